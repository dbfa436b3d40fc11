"""Election of a story's original, in the order of issue 5 §3, and republication lags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crawler.dedup.election import CopyInfo, elect_original, republication_lags

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def _copy(
    site: str, outlet: str | None = None, domain: str | None = None, pub: int | None = None, fetch: int = 0
) -> CopyInfo:
    return CopyInfo(
        site_host=site,
        outlet=outlet,
        outlet_domain=domain,
        published_at=T0 + timedelta(minutes=pub) if pub is not None else None,
        fetched_at=T0 + timedelta(minutes=fetch),
    )


def test_own_site_copy_beats_everything() -> None:
    copies = [
        _copy("nabd.test", "Ahram", "ahram.org.eg", pub=0),
        _copy("www.ahram.org.eg", "Ahram", "ahram.org.eg", pub=30, fetch=500),
        _copy("mogaz.test", "Shorouk", "shorouknews.com", pub=-60),
    ]
    e = elect_original(copies)
    assert (e.index, e.method, e.outlet) == (1, "own_site", "Ahram")
    assert republication_lags(copies, e.index) == [-1800, 0, -5400]


def test_credit_agreement_then_earliest_credited_copy() -> None:
    copies = [
        _copy("a.test", "Masrawy", pub=10),
        _copy("b.test", "Ahram", pub=20),
        _copy("c.test", "Ahram", pub=15),
        _copy("d.test", None, pub=0),
    ]
    e = elect_original(copies)
    assert (e.index, e.method, e.outlet) == (2, "credit_agreement", "Ahram")


def test_credit_tie_goes_to_the_earliest() -> None:
    copies = [_copy("a.test", "X", pub=10), _copy("b.test", "Y", pub=5)]
    assert elect_original(copies).outlet == "Y"


def test_earliest_published_then_earliest_fetched() -> None:
    copies = [
        _copy("a.test", pub=10, fetch=1),
        _copy("b.test", pub=None, fetch=0),
        _copy("c.test", pub=5, fetch=9),
    ]
    e = elect_original(copies)
    assert (e.index, e.method) == (2, "earliest_published")
    # Lags use publication times when both copies have one, fetch times otherwise.
    assert republication_lags(copies, 2) == [300, -540, 0]
    copies = [_copy("a.test", fetch=7), _copy("b.test", fetch=3)]
    assert (elect_original(copies).index, elect_original(copies).method) == (1, "earliest_fetched")


def test_single_copy() -> None:
    e = elect_original([_copy("a.test")])
    assert (e.index, e.method, e.outlet) == (0, "earliest_fetched", None)

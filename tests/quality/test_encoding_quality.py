"""No garbled page: every page of ../shared/corpus through the real decode (bench/encoding.py's definition).

A page is garbled when its decoded text holds a letter or symbol that the page's correctly decoded text does
not contain (mojibake always brings new characters: "Ã©", "â€™", "أ¼"). Independently, every gold title of the
fundus and newspaper4k sets must occur in the decoded page.
"""

from __future__ import annotations

import pytest

from tests.quality.bench import load_bench, need_corpus

pytestmark = pytest.mark.quality


@pytest.mark.parametrize("collection", ["aeb", "fundus", "htmldate", "trafilatura", "newspaper4k"])
def test_no_garbled_page(collection: str) -> None:
    need_corpus()
    bench = load_bench("encoding")
    rows = bench.scan([collection])[collection]
    assert len(rows) >= 30
    garbled = {key: "".join(sorted(chars))[:20] for key, chars, _ in rows if chars}
    assert garbled == {}
    if collection in ("fundus", "newspaper4k"):
        missing = [key for key, _, found in rows if found is False]
        assert missing == [], "gold title not in the decoded page"

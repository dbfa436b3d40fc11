"""Fingerprints: an exact content hash, word-shingle sets, MinHash signatures and their LSH band keys.

Two kinds of band keys find candidates (both go to the indexed ``article_bands`` table):
- *full* bands: MinHash of all the shingles; a pair with Jaccard 0.5 becomes a candidate with
  probability 0.87, 0.6 -> 0.99, 0.2 -> 0.05, unrelated news (J < 0.02) ~ 1e-6 per pair.
- *lead* bands: MinHash of the opening words of the body. Aggregators often keep only the first
  paragraphs ("read more at the source"): a truncated copy has a low Jaccard with the full text
  but the same lead.
Candidates are then verified on the exact shingle sets (``verify``), never on band hits alone.

Shingle sets are sorted arrays of 32-bit hashes and signatures arrays of 32-bit values: a sixth of the memory
of Python sets, and bytes (not thousands of objects) when a fingerprint crosses from a processing worker to the
writer. MinHash is datasketch's ``affine32`` scheme computed here with numpy (the same signatures, checked by a
test against datasketch): importing datasketch brings scipy along, about 60 MiB in every process.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from crawler.dedup.normalize import normalize_for_matching

SHINGLE_WORDS = 3
SEED = 20241129
FULL_BANDS, FULL_ROWS = 32, 4
LEAD_BANDS, LEAD_ROWS = 10, 3
NUM_PERM = FULL_BANDS * FULL_ROWS
LEAD_PERM = LEAD_BANDS * LEAD_ROWS
# Below this many body words the title takes part in the fingerprint (a two-line flash says little alone).
SHORT_BODY_WORDS = 60
# The lead: the first words of the body, taken from lines long enough to be prose (tickers and
# "breaking news" bars are short lines).
LEAD_WORDS = 60
LEAD_LINE_MIN_WORDS = 10
# Containment path of the verification: the smaller text is (nearly) inside the larger one and its lead
# is there too, so the shared part is the story itself, not a footer both happen to carry.
CONTAINMENT_MIN = 0.6
LEAD_CONTAINMENT_MIN = 0.8
# A lightly edited copy (a reworded lead, a sentence changed here and there) keeps most of its text and most
# of its lead. On the labelled set no pair of different stories gets above containment 0.6 (a follow-up that
# reuses a paragraph: lead 0.47), so this second tier only recovers edited copies.
EDITED_CONTAINMENT_MIN = 0.75
EDITED_LEAD_CONTAINMENT_MIN = 0.7
MIN_SHINGLES_FOR_CONTAINMENT = 15

_LINES = re.compile(r"\n+")


Hashes = npt.NDArray[np.uint32]  # a set of 32-bit shingle hashes, sorted, unique (see shingle_hash)
Signature = npt.NDArray[np.uint32]  # one MinHash value per permutation


def _same(a: npt.NDArray[np.uint32] | None, b: npt.NDArray[np.uint32] | None) -> bool:
    return a is b or (a is not None and b is not None and np.array_equal(a, b))


# Arrays compare element-wise, so equality is written out (and the hash is the content hash's).
@dataclass(frozen=True, slots=True, eq=False)
class Fingerprint:
    """Everything dedup needs to know about one article's text."""

    content_hash: str
    shingles: Hashes
    lead: Hashes
    minhash: Signature
    lead_minhash: Signature | None
    # Its LSH band keys, computed with it (in the processing worker, not in the writer's transaction).
    keys: tuple[int, ...] = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fingerprint):
            return NotImplemented
        return (
            self.content_hash == other.content_hash
            and _same(self.shingles, other.shingles)
            and _same(self.lead, other.lead)
            and _same(self.minhash, other.minhash)
            and _same(self.lead_minhash, other.lead_minhash)
            and self.keys == other.keys
        )

    def __hash__(self) -> int:
        return hash(self.content_hash)


@dataclass(frozen=True, slots=True, eq=False)
class Shingled:
    """The exact sets only: what verification needs (no MinHash to compute for a candidate)."""

    content_hash: str
    shingles: Hashes
    lead: Hashes


@dataclass(frozen=True, slots=True)
class Verdict:
    same: bool
    score: float  # the similarity that decided: Jaccard, or containment on the containment path
    jaccard: float
    containment: float
    lead_containment: float


def content_hash(title: str, body: str) -> str:
    """Hex sha256 of the normalised body (the title only when there is no body): identical text, even
    under another headline, gives an identical hash."""
    return _digest(normalize_for_matching(body).split(), title)


def _digest(body_words: list[str], title: str) -> str:
    text = " ".join(body_words) or normalize_for_matching(title)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _shingles(words: list[str]) -> set[str]:
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def _lead_words(lines: list[list[str]]) -> list[str]:
    words: list[str] = []
    for line_words in lines:
        if len(line_words) >= LEAD_LINE_MIN_WORDS:
            words.extend(line_words)
            if len(words) >= LEAD_WORDS:
                break
    return words[:LEAD_WORDS]


def _prepare(title: str, body: str) -> tuple[str, set[str], set[str]]:
    """(content hash, all shingles, lead shingles), normalising the text once.

    Normalisation is per character and collapses whitespace, so the words of the normalised body are the
    words of its normalised lines in order: the hash is the one ``content_hash`` gives.
    """
    lines = [normalize_for_matching(line).split() for line in _LINES.split(body)]
    body_words = [w for line in lines for w in line]
    title_words = normalize_for_matching(title).split() if len(body_words) < SHORT_BODY_WORDS else []
    return _digest(body_words, title), _shingles(title_words + body_words), _shingles(_lead_words(lines))


def shingle_sets(title: str, body: str) -> tuple[set[str], set[str]]:
    """(all shingles, lead shingles) of an article."""
    _digest, full, lead = _prepare(title, body)
    return full, lead


def shingle_hash(shingle: str) -> int:
    """The 32-bit hash MinHash takes of a shingle (datasketch's ``sha1_hash32``). The sets keep these instead
    of the strings: a collision (about one pair in 2**32) moves a similarity by one shingle at most."""
    return struct.unpack("<I", hashlib.sha1(shingle.encode("utf-8")).digest()[:4])[0]


def _hashed(shingles: Iterable[str]) -> Hashes:
    """The set's hashes, sorted and unique (two shingles may share a hash)."""
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s.encode("utf-8")).digest()[:4] for s in shingles])
    hashes = np.frombuffer(digests, dtype="<u4").astype(np.uint32)  # shingle_hash of each, at once
    hashes.sort()
    return hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))] if len(hashes) else hashes


_MAX32 = np.uint32(0xFFFFFFFF)


@cache
def _permutations(num_perm: int) -> tuple[Signature, Signature]:
    """datasketch's ``affine32`` permutations for ``SEED``: h -> a * h + b mod 2**32, ``a`` odd."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv: Hashes) -> Hashes:
    # MurmurHash3's finalizer, the pre-mix datasketch applies before permuting (uint32 products wrap).
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def _minhash(hashes: Hashes, num_perm: int) -> Signature:
    if not len(hashes):
        return np.full(num_perm, _MAX32, dtype=np.uint32)
    a, b = _permutations(num_perm)
    permuted = _fmix32(hashes).reshape(-1, 1) * a + b
    return permuted.min(axis=0)


def fingerprint(title: str, body: str) -> Fingerprint:
    digest, full, lead = _prepare(title, body)
    hashes, lead_hashes = _hashed(full), _hashed(lead)
    minhash = _minhash(hashes, NUM_PERM)
    lead_minhash = _minhash(lead_hashes, LEAD_PERM) if len(lead) >= MIN_SHINGLES_FOR_CONTAINMENT else None
    return Fingerprint(
        digest, hashes, lead_hashes, minhash, lead_minhash, tuple(_keys(minhash, lead_minhash))
    )


def shingled(title: str, body: str) -> Shingled:
    digest, full, lead = _prepare(title, body)
    return Shingled(digest, _hashed(full), _hashed(lead))


def _band_key(kind: bytes, band: int, rows: np.ndarray) -> int:
    # Band index and kind are mixed in: equal rows in different bands are not a collision.
    digest = hashlib.blake2b(kind + band.to_bytes(2, "big") + rows.astype("<u8").tobytes(), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


def band_keys(signature: Fingerprint | Signature) -> list[int]:
    """One signed 64-bit key per LSH band (full bands, then lead bands), for ``article_bands.band_key``: a
    fingerprint's distinct keys, sorted; a signature's one per full band, in band order."""
    if isinstance(signature, Fingerprint):
        return list(signature.keys) if signature.keys else _keys(signature.minhash, signature.lead_minhash)
    hv = signature
    return [_band_key(b"F", i, hv[i * FULL_ROWS : (i + 1) * FULL_ROWS]) for i in range(FULL_BANDS)]


def _keys(minhash: Signature, lead_minhash: Signature | None) -> list[int]:
    keys = band_keys(minhash)
    if lead_minhash is not None:
        hv = lead_minhash
        keys += [_band_key(b"L", i, hv[i * LEAD_ROWS : (i + 1) * LEAD_ROWS]) for i in range(LEAD_BANDS)]
    return sorted(set(keys))


def similarity(sig_a: Fingerprint | Signature, sig_b: Fingerprint | Signature) -> float:
    """Estimated Jaccard similarity from two MinHash signatures."""
    a = sig_a.minhash if isinstance(sig_a, Fingerprint) else sig_a
    b = sig_b.minhash if isinstance(sig_b, Fingerprint) else sig_b
    return float(np.count_nonzero(a == b)) / len(a)


def overlap(a: Hashes, b: Hashes) -> int:
    """How many hashes two sets share (each is unique: in the two sorted together, a shared hash is the only
    way two neighbours can be equal)."""
    if not len(a) or not len(b):
        return 0
    both = np.concatenate((a, b))
    both.sort()
    return int(np.count_nonzero(both[1:] == both[:-1]))


def verify(a: Fingerprint | Shingled, b: Fingerprint | Shingled, threshold: float) -> Verdict:
    """Exact verification of a candidate pair on the shingle sets.

    Same story when the Jaccard similarity reaches ``threshold``, or when the smaller text is contained in
    the larger one (truncated copy, copy with a paragraph dropped) *and* its lead is too: a long wire footer
    or site ticker shared by two different stories is contained, but the stories' leads are not.
    """
    if a.content_hash == b.content_hash:
        return Verdict(True, 1.0, 1.0, 1.0, 1.0)
    sa, sb = a.shingles, b.shingles
    if not len(sa) or not len(sb):
        return Verdict(False, 0.0, 0.0, 0.0, 0.0)
    inter = overlap(sa, sb)
    jac = inter / (len(sa) + len(sb) - inter)
    small, large = (a, b) if len(sa) <= len(sb) else (b, a)
    cont = inter / len(small.shingles)
    lead_cont = overlap(small.lead, large.shingles) / len(small.lead) if len(small.lead) else 0.0
    if jac >= threshold:
        return Verdict(True, jac, jac, cont, lead_cont)
    contained = (
        len(small.shingles) >= MIN_SHINGLES_FOR_CONTAINMENT
        and len(small.lead) >= MIN_SHINGLES_FOR_CONTAINMENT
        and (
            (cont >= CONTAINMENT_MIN and lead_cont >= LEAD_CONTAINMENT_MIN)
            or (cont >= EDITED_CONTAINMENT_MIN and lead_cont >= EDITED_LEAD_CONTAINMENT_MIN)
        )
    )
    return Verdict(contained, cont if contained else jac, jac, cont, lead_cont)

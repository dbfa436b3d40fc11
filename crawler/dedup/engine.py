"""Story assignment: the one algorithm behind the database (``crawler.db.stories``) and the in-memory index
(``crawler.dedup.memory_index``), so the quality gates test what production runs.

A batch of texts is placed as if one after another: each text joins the story of an identical text, else of
a verified near-duplicate (LSH band candidates, most shared bands first), else starts a new story; stories a
text bridges are merged into the oldest. What is already stored is asked for once per batch (``StoryStore``);
texts of the same batch find each other in memory.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from crawler.dedup.fingerprint import Fingerprint, Shingled, band_keys, verify

# Candidates: at most this many per text (most shared bands first), this many verified, this many per story
# (a story with hundreds of copies needs one verified copy, not all of them).
MAX_CANDIDATES = 200
MAX_VERIFY = 40
MAX_VERIFY_PER_STORY = 3


@dataclass(frozen=True, slots=True)
class Entry:
    """One text to place. ``doc`` is its key in the store, ``order`` sorts it among stored texts (ties of
    band hits go to the older text)."""

    doc: Any  # the store's key for the text (an article id, a document id)
    order: int
    fp: Fingerprint
    keys: tuple[int, ...] = ()

    @classmethod
    def of(cls, doc: Any, order: int, fp: Fingerprint) -> Entry:
        return cls(doc, order, fp, tuple(band_keys(fp)))


class Posting(NamedTuple):
    """A stored text under one band key: which story it is in, and what to ask the store for its shingles.
    A tuple: a batch reads thousands of them (a frozen dataclass costs several times more to build)."""

    doc: Any  # the store's key for the text (an article id, a document id)
    order: int
    story: int
    content_hash: str


class StoryStore(Protocol):
    """What the algorithm needs from where stories live. Story ids are ints; a new story gets a larger id
    than every existing one (the oldest story survives a merge)."""

    def exact_stories(self, hashes: Sequence[str]) -> dict[str, set[int]]:
        """Stories holding a text with each content hash."""
        ...

    def postings(self, keys: Sequence[int]) -> dict[int, list[Posting]]:
        """Stored texts (already in a story) under each band key."""
        ...

    def shingles(self, postings: Sequence[Posting]) -> dict[Hashable, Shingled]:
        """The shingle sets of these stored texts, for verification."""
        ...

    def create_stories(self, firsts: Sequence[Entry]) -> list[int]:
        """One new story per entry (its first text), ids in the order given."""
        ...

    def merge(self, into: int, others: Sequence[int], reason: str) -> None:
        """Every text of ``others`` now belongs to ``into``."""
        ...

    def place(self, placed: Sequence[tuple[Entry, int]]) -> None:
        """Record each entry's story and its band keys (it is a candidate for later texts from now on)."""
        ...


@dataclass(slots=True)
class _Stories:
    """Story identities during one batch: stored ids, and new stories (negative until created)."""

    alias: dict[int, int] = field(default_factory=dict)
    new: list[int] = field(default_factory=list)  # provisional ids of new stories, in creation order

    def resolve(self, sid: int) -> int:
        while sid in self.alias:
            sid = self.alias[sid]
        return sid

    def fresh(self) -> int:
        sid = -(len(self.new) + 1)
        self.new.append(sid)
        return sid


def _age(sid: int) -> tuple[int, int]:
    # Stored stories (positive ids) are older than this batch's new ones (-1, -2, ... in creation order).
    return (0, sid) if sid > 0 else (1, -sid)


def assign(entries: Sequence[Entry], store: StoryStore, threshold: float) -> list[int]:
    """Place every entry in its story; returns each entry's final story id (after the batch's merges)."""
    if not entries:
        return []
    exact = store.exact_stories(sorted({e.fp.content_hash for e in entries}))
    stored = store.postings(sorted({k for e in entries for k in e.keys}))
    # Shingles of every stored candidate the batch will likely verify, asked for at once.
    wanted: dict[Hashable, Posting] = {}
    for e in entries:
        for cand in _candidates(e, stored, {}, entries, [], exact.get(e.fp.content_hash, set()), int):
            if isinstance(cand, Posting):
                wanted[cand.doc] = cand
    texts = dict(store.shingles(list(wanted.values())))

    stories = _Stories()
    local: dict[int, list[int]] = defaultdict(list)  # band key -> indexes of this batch's entries
    first_with_hash: dict[str, int] = {}
    story_of: list[int] = []
    for i, e in enumerate(entries):
        known = {stories.resolve(s) for s in exact.get(e.fp.content_hash, ())}
        if e.fp.content_hash in first_with_hash:
            known.add(stories.resolve(story_of[first_with_hash[e.fp.content_hash]]))
        matched = set(known)
        for cand in _candidates(e, stored, local, entries, story_of, known, stories.resolve):
            sid = stories.resolve(cand.story if isinstance(cand, Posting) else story_of[cand])
            if sid in matched:
                continue
            other = entries[cand].fp if isinstance(cand, int) else _stored_text(cand, texts, store)
            if verify(e.fp, other, threshold).same:
                matched.add(sid)
        if matched:
            target = min(matched, key=_age)
            others = sorted(matched - {target}, key=_age)
            if stored_others := [s for s in others if s > 0]:
                store.merge(target, stored_others, f"bridged by article {e.doc}")
            for s in others:
                stories.alias[s] = target
        else:
            target = stories.fresh()
        story_of.append(target)
        first_with_hash.setdefault(e.fp.content_hash, i)
        for k in e.keys:
            local[k].append(i)

    final = [stories.resolve(s) for s in story_of]
    firsts: dict[int, int] = {}  # provisional id -> the first entry placed in it
    for i, s in enumerate(final):
        if s < 0:
            firsts.setdefault(s, i)
    ordered = sorted(firsts, key=_age)
    created = dict(zip(ordered, store.create_stories([entries[firsts[s]] for s in ordered]), strict=True))
    final = [created.get(s, s) for s in final]
    store.place(list(zip(entries, final, strict=True)))
    return final


def _stored_text(cand: Posting, texts: dict[Hashable, Shingled], store: StoryStore) -> Shingled:
    found = texts.get(cand.doc)
    if found is None:  # a candidate the first look did not foresee (a merge in this batch moved the caps)
        texts.update(store.shingles([cand]))
        found = texts[cand.doc]
    return found


def _candidates(
    e: Entry,
    stored: dict[int, list[Posting]],
    local: dict[int, list[int]],
    entries: Sequence[Entry],
    story_of: Sequence[int],
    known: set[int],
    resolve: Callable[[int], int],
) -> list[Posting | int]:
    """The candidates worth verifying, best first: most shared band keys, then the older text; at most
    ``MAX_CANDIDATES`` looked at, ``MAX_VERIFY_PER_STORY`` per story and ``MAX_VERIFY`` in all, none of a
    story in ``known``. Stored texts are Postings, this batch's earlier texts their index in ``entries``."""
    hits: Counter[Hashable] = Counter()
    found: dict[Hashable, tuple[int, Posting | int, int]] = {}
    for k in e.keys:
        for p in stored.get(k, ()):
            if p.doc != e.doc:
                hits[p.doc] += 1
                found[p.doc] = (p.order, p, p.story)
        for j in local.get(k, ()):
            hits[("batch", j)] += 1
            found[("batch", j)] = (entries[j].order, j, story_of[j])
    ranked = sorted(hits, key=lambda d: (-hits[d], found[d][0]))[:MAX_CANDIDATES]
    per_story: Counter[int] = Counter()
    out: list[Posting | int] = []
    for d in ranked:
        _order, cand, story = found[d]
        sid = resolve(story)
        if sid in known or per_story[sid] >= MAX_VERIFY_PER_STORY:
            continue
        per_story[sid] += 1
        out.append(cand)
        if len(out) >= MAX_VERIFY:
            break
    return out


def band_keys_of(entries: Sequence[Entry]) -> set[int]:
    """Every band key of the entries (what a writer locks before placing them)."""
    return {k for e in entries for k in e.keys}

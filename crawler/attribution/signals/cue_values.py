"""Names the registry does not know, read where the page itself says "source": "المصدر: صوت الوادي الجديد",
"Source: The Riverside Chronicle", a sidebar box headed "عن المصدر", a label/value row "Provided by | X".

The name is cut with the registry's help and the soft ends credit lines share ("وتحت مسؤوليته", "under a
licence"); a credited name becomes an unverified outlet for operators to review, never a fuzzy match.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from crawler.attribution import cues
from crawler.attribution.context import AttributionContext
from crawler.attribution.features import block_features, self_reference, text_features
from crawler.attribution.names import evidence, read_name
from crawler.attribution.signals.text_names import credit_blocks
from crawler.items import Evidence, PageBlock
from crawler.outlets.matcher import tokens

_WORD = re.compile(r"[^\W_]+")
# Words between a cue and the name: "Source: from X", "نقلا عن موقع X", "publié par X", "via the X".
# Words between a cue and the name: prepositions, and the rest of the cue phrase ("مصدر الخبر", "المصدر الأصلي").
_FILLER = cues.PREPOSITIONS | cues._set("عبر") | cues.CUE_TAIL
_SCAN = 8  # in a credit line, a preposition this many words after the cue may introduce the name
MAX_BLOCK_TOKENS = 60  # a credit is a line, not a paragraph
_PROSE_TOKENS = 25
_RESERVED_TO = frozenset(cues._set("محفوظه محفوظة"))
# Class/id words of an element that holds the source's name and nothing else (not an author's).
_VALUE_MARKS = cues.CREDIT_MARKS - {"author", "byline", "license", "licence", "readmore", "caas"}
_PATH_WORDS = re.compile(r"[>.#\s_-]+")
# An Arabic word ending in a possessive pronoun ("أصحابها" its owners, "مصادرهم" their sources).
_POSSESSED = re.compile("[\u0621-\u064a]{3,}(?:ها|هم|هما|هن)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_VERSION = re.compile(r"^\d+\.\d")
# Prepositions of provenance: "from X" says where a text came from; "on X", "in X" may say anything.
_FROM = cues._set("من عن from von aus de dal da desde")
_SLOT_MARKS = _VALUE_MARKS | {"cite"}  # <cite>: the element HTML has for naming a source
_SLOT_PARTS = re.compile(r"\s*[/|·•]\s*|\s[-–—]\s")
_PRINTED_DOMAIN = re.compile(r"^\(?\s*(?:[a-z0-9-]+\.)+[a-z]{2,}\s*\)?$", re.I)
_KICKER_END = re.compile(r"[|›»:•]\s*$")
_EDGE_MARKS = re.compile(r"^[\W_]+|[\W_]+$")  # "📰 X |", "X ›", "(X)"
_DATE_LIKE = re.compile(r"\d{1,2}[:.]\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def cue_values(ctx: AttributionContext) -> list[Evidence]:
    out: list[Evidence] = []
    # Texts that label other blocks: a table's column titles ("Source | Bias | Headline"), not values.
    labels = {b.label for b in ctx.extracted.blocks if b.label}
    headed = credit_headed(ctx)
    for block in (*ctx.extracted.blocks, *credit_blocks(ctx)):
        text = block.text
        if not text or len(text) > 400:
            continue
        folded = cues.fold_tokens(text)
        if len(folded) > MAX_BLOCK_TOKENS:
            continue
        folded_all = tokens(text)[0]
        label = block.label or block.heading or headed.get(block.index, "")
        values: list[tuple[str, tuple[str, ...]]] = []
        seen: set[str] = set()
        if label and cues.is_credit_heading(label) and len(folded) <= 8 and text not in labels:
            values.append((text, cues.fold_tokens(label)))  # the whole block is the value of a "Source" label
        elif block.credit_slot and len(folded) <= 4 and not any(t.isdigit() for t in folded):
            values.append((text, ()))  # the slot where this site shows the source (learned across its pages)
        elif (
            (set(block.marks) | set(_PATH_WORDS.split(block.path.lower()))) & _VALUE_MARKS
            and len(folded) <= 6
            and not any(t.isdigit() for t in folded)
            and not cues.has_any(folded, cues.STRONG | cues.WEAK | cues.REPORTING)
            and not ctx.matcher.find(tokens(text)[0], ctx.country)
        ):
            values.append((text, ()))  # <span class="provider">X</span>: the element is the source's slot
        slot_values = _slot_spans(block)
        slots = list(dict.fromkeys(v for v, _ in slot_values))  # page order, not a set's hash order
        unknown_ok = {v for v, ok in slot_values if ok}
        values += [(v, ()) for v in slots if v != text]
        place = ctx.block_place(block)
        # A credit is a line at the article's edges; the middle of the body is prose ("قال لـ النشرة إن").
        if place == "body_mid" or (place == "body_first" and len(folded) > _PROSE_TOKENS):
            continue
        values += _after_cues(text)
        registered = (
            [folded_all[h.start : h.end] for h in ctx.matcher.find(folded_all, ctx.country)] if values else []
        )
        # "Source: Ministry of Transport": the line credits an institution; no later read of it ("Transport")
        # names a publisher either.
        cited = [v for v, _ in values if cues.has_any(cues.fold_tokens(v)[:2], cues.INSTITUTIONS)]
        for value, before in values:
            if any(c.endswith(value) for c in cited):
                continue
            found = read_name(ctx, value, allow_unknown=True)
            if value in slots and _PRINTED_DOMAIN.match(value):
                record = ctx.registry.by_domain(value)
                found = (
                    (record, record.name)
                    if record and not ctx.names_site(record, record.name, None)
                    else None
                )
            if found is not None and found[0] is not None and value in slots and found[1] not in seen:
                # A meta line's source slot holding a registered name: the slot says it is the source.
                seen.add(found[1])
                feats = block_features(block, place)
                feats.update(kind_cue_value=1.0, slot_span=1.0, name_only=1.0)
                if "figure" not in block.marks:
                    feats.pop("photo", None)  # "Staff / X:" in a <cite> is the story's credit, not a photo's
                out.append(
                    evidence(
                        "cue_value",
                        value,
                        found[0],
                        found[1],
                        where=f"block {block.index} {place}/{block.zone}",
                        features=feats,
                        block=block.index,
                    )
                )
                continue
            if found is None or found[0] is not None:
                continue  # nothing, or a registered name (text_names has it)
            if value in slots and value not in unknown_ok and value != text:
                continue
            name = found[1]
            mine = tokens(name)[0]
            noun_first = bool(mine) and cues.has_any((mine[0],), cues.OUTLET_NOUNS)
            if any(_inside(mine, reg) or (noun_first and _inside(reg, mine)) for reg in registered):
                # "الأنباء القطرية" cut out of a registered "وكالة الأنباء القطرية", or a registered name
                # after an outlet noun ("بصحيفة القاهرة الإخبارية اليوم"): text_names has the name itself
                continue
            if before and before[-1] in _RESERVED_TO and _without_clitic(name):
                name = _without_clitic(name)[0]  # "محفوظة لبوابة النخيل": rights reserved *to* the outlet
            forms = [name, *_without_clitic(name)]
            if any(ctx.names_site(None, n, None) for n in forms) or cues.has_any(
                cues.fold_tokens(name), cues.STRONG
            ):
                continue  # the site's own footer ("جميع الحقوق محفوظة لبوابة الخليج")
            if any(ctx.registry.match_name(n, ctx.country) for n in forms[1:]):
                continue  # "لروز اليوسف": a registered name behind a preposition (text_names has it)
            if cues.has_any(cues.fold_tokens(name)[:1], cues.CALENDAR):
                continue  # "نشر في الثلاثاء 3 نوفمبر", "Published Monday": a date, not a name
            if _VERSION.match(name):
                continue  # "CC BY 4.0 from X": a licence version, not a name
            if _DATE_LIKE.search(name) or sum(ch.isdigit() for ch in name) * 3 > len(name):
                continue  # "am 27.04.24 um 07:39 Uhr": a date, not a name
            if " " not in name and _POSSESSED.search(name):
                continue  # "لأصحابها", "مصادرهم": a noun with a possessive pronoun is no name
            if name[:1].isascii() and name[:1].isalpha() and name[:1].islower():
                continue  # Latin-script names are capitalised; "s own", "here" are words
            if name in seen:
                continue
            seen.add(name)
            feats = block_features(block, place)
            feats["kind_cue_value"] = 1.0
            feats.update(text_features(before, (), len(folded), len(cues.fold_tokens(name))))
            if value in slots:
                feats.update(slot_span=1.0, name_only=1.0)
            if before and cues.has_any(before[-1:], _FROM):
                feats["from_preposition"] = 1.0  # "… هذا الخبر من X": the name is where the article came from
            if _agent_only(before, folded) and not set(block.marks) & _VALUE_MARKS:
                # "by" says who posted it, not where it is from: no source cue at all.
                feats.pop("cue_adjacent", None)
                feats.pop("cue_strong", None)
                feats["agent_cue"] = 1.0
            out.append(
                evidence(
                    "cue_value",
                    text[:160],
                    None,
                    name,
                    where=f"block {block.index} {place}/{block.zone}",
                    features=feats,
                    block=block.index,
                )
            )
    return out


def credit_headed(ctx: AttributionContext) -> dict[int, str]:
    """Blocks right after a short block that is a credit heading ("مصدر الخبر", "Source", "Provided by") in the
    same zone, when the page map gave them no heading of their own: a box's title and its first line."""
    out: dict[int, str] = {}
    blocks = ctx.extracted.blocks
    after = {b.index: nxt for b, nxt in itertools.pairwise(blocks)}
    for prev, block in itertools.pairwise(blocks):
        nxt = after.get(block.index)
        if (
            nxt is not None
            and nxt.path == block.path == prev.path
            and not nxt.links
            and len(cues.fold_tokens(nxt.text)) <= 3
            and not cues.is_list_heading(nxt.text)
        ):
            continue  # a row of column titles ("Source | Rating | Headline"), not a box and its line
        if (
            not (block.label or block.heading)
            and block.zone == prev.zone
            and block.index == prev.index + 1
            and not prev.links
            and block.tag not in _HEADINGS
            and len(cues.fold_tokens(block.text)) <= 10
            and _only_cue_words(prev.text)
        ):
            out[block.index] = prev.text
    return out


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CUE_WORDS = cues.STRONG | cues.CUE_TAIL | cues.PREPOSITIONS | cues.FILLER


def _only_cue_words(text: str) -> bool:
    """A box title made of cue words only ("مصدر الخبر", "Source", "Provided by"): no digits, no names."""
    words = cues.fold_tokens(text)
    return (
        0 < len(words) <= 3
        and cues.cue_strength(words) >= 1.0
        and all(cues.has_any((w,), _CUE_WORDS) for w in words)
    )


def _without_clitic(name: str) -> list[str]:
    """ "لبوابة الخليج" -> "بوابة الخليج": the preposition Arabic writes onto the next word."""
    first, _, rest = name.partition(" ")
    if len(first) > 3 and first[0] in "لبو" and "\u0621" <= first[1] <= "\u064a":
        return [f"{first[1:]} {rest}".strip()]
    return []


def _inside(short: list[str], long_: list[str]) -> bool:
    """``short`` is a run of ``long_``'s tokens."""
    n = len(short)
    return 0 < n <= len(long_) and any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def _after_cues(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(text after a cue, tokens up to the cue) for every strong cue word, and in a line that holds a
    strong cue for every weak one too ("Story from X, republished with permission"): the model weighs each."""
    norm = unicodedata.normalize("NFKC", text).replace("©", " copyright ")  # "© 2026 X" reads as a cue
    words = list(_WORD.finditer(norm))
    folded = [cues.fold(m.group()) for m in words]
    credit_line = len(folded) <= 30 and cues.cue_strength(tuple(folded)) >= 1.0
    # A line about the article itself ("تم نقل هذا الخبر آليا من X") names where it came from after "from",
    # whatever its verb, when "this news" comes before the "from" ("… عن محتوى هذا الخبر", responsibility
    # for this news's content, names nobody).
    itself_at = next(
        (k for k in range(len(folded) - 1) if self_reference(tuple(folded[k : k + 2]))), len(folded)
    )
    about_itself = len(folded) <= 30 and itself_at < len(folded)
    out: list[tuple[str, tuple[str, ...]]] = []
    meta_line = len(folded) <= 12
    for i, token in enumerate(folded):
        strength = cues.cue_strength((token,))
        if meta_line and cues.has_any((token,), cues.LINE_ONLY):
            strength = 1.0
        weak_ok = (credit_line and strength > 0 and not cues.has_any((token,), cues.BYLINE)) or (
            about_itself and i > itself_at and cues.has_any((token,), _FROM)
        )
        if strength < 1.0 and not weak_ok:
            continue
        if cues.has_any(tuple(folded[max(0, i - 2) : i]), cues.NEGATIONS):
            continue  # "لن يتم نشر عنوان بريدك", "will not be published": no credit
        j = i + 1
        # "© 2026 X", "Source: from X": prepositions and a year stand between the cue and the name
        while (
            j < len(words) and (cues.has_any((folded[j],), _FILLER) or _YEAR.match(folded[j])) and j - i <= 3
        ):
            j += 1
        if j >= len(words) or cues.cue_strength((folded[j],)) >= 1.0:
            continue  # "المصدر الأصلي: X": the later cue reads the value
        # "قد نشرت تفاصيل الخطة", "published a report": what follows a verb directly is its object.
        direct = j == i + 1 and cues.has_any((token,), cues.VERB_CUES)
        start = words[j].start()
        # Keep an opening bracket or quote the name starts with ("المصدر: (أبوظبي - البيان)").
        while start > 0 and norm[start - 1] in "«\"“(['":
            start -= 1
        if not direct:
            out.append((norm[start:], tuple(folded[:j])))
        if strength < 1.0 or not credit_line:
            continue
        # "تم نشر هذا الخبر لأول مرة على X", "Cet article est paru hier dans X": the name follows a
        # preposition a few words after the cue.
        for k in range(j, min(len(words) - 1, i + _SCAN)):
            if cues.has_any((folded[k],), cues.PREPOSITIONS) and not cues.has_any(
                (folded[k + 1],), _FILLER | cues.STRONG
            ):
                out.append((norm[words[k + 1].start() :], tuple(folded[: k + 1])))
    return out


_SOURCE_CUES = cues.STRONG - cues.VERB_CUES - cues.AGENTS


def _slot_spans(block: PageBlock) -> list[tuple[str, bool]]:
    """Inline elements of the block marked as the source's slot (``<span class="src">من اللواء</span>``,
    ``<span class="chip-provider">X ›</span>``), their leading cue words and trailing marks left out; with
    whether the value may be a name the registry does not know."""
    out = []
    for words, text in block.spans:
        if _PRINTED_DOMAIN.match(text):
            out.append((text.strip("() "), False))  # "(globalnews.ca)" by a headline: where the link leads
            continue
        if block.position == "title" and _KICKER_END.search(text) and not any(ch.isdigit() for ch in text):
            # "<h1><span>📰 X |</span> headline</h1>": a chip set apart inside the headline (registered only)
            value = _EDGE_MARKS.sub("", text).strip()
            if value and len(cues.fold_tokens(value)) <= 4:
                out.append((value, False))
            continue
        if not set(words) & _SLOT_MARKS or any(ch.isdigit() for ch in text):
            continue
        pieces = _SLOT_PARTS.split(text)  # "Staff / <a>The West Australian</a>:" (a <cite>)
        for piece in pieces:
            parts = piece.split()
            cued = False
            while parts and cues.has_any(cues.fold_tokens(parts[0]), cues.PREPOSITIONS | cues.STRONG):
                parts.pop(0)
                cued = True
            value = _EDGE_MARKS.sub("", " ".join(parts)).strip()
            if value and len(cues.fold_tokens(value)) <= 6:
                # Of "أحمد السيد | عبر X" only the cued part may be an unknown name: the other is the author.
                out.append((value, len(pieces) == 1 or cued))
    return out


def _agent_only(before: tuple[str, ...], line: tuple[str, ...]) -> bool:
    """The name is the agent of a publication verb ("نشر بواسطة X", "Publié par X", "Posted by X") and nothing
    in the line says it is where the story comes from ("originally", "source", "republished"): the usual
    author slot of a post, not a credit (unless the element itself is marked as the source's slot)."""
    if not before or not cues.has_any(before[-1:], cues.AGENTS):
        return False
    if self_reference(line):
        return False  # "تمت كتابة هذا الخبر بواسطة X": the agent of this article is its origin
    return not (
        cues.has_any(line, _SOURCE_CUES | cues.ORIGIN | cues.AFTER)
        or cues.has_any(before[:-1], cues.LINE_ONLY)
    )

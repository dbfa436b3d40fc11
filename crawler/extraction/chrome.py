"""Chrome inside the body, found by shape rather than wording (issue 9).

An extractor's body can still hold the aggregator's furniture: a related-stories list, an inline "read also"
box, a share or follow bar, a credit or promo line after the story. Phrase lists remember the layouts they were
written for; these rules look at what any site's furniture is made of, in any language:

- a block that is mostly link text (a list of other stories, a "Related: <title>" line, a row of outlet names);
- a block whose class/id words say related/share/newsletter/promo/... when the story's own paragraphs do not
  carry that word (a theme wrapping the whole article in "social-post" keeps it);
- a short line closing the body that names the crawled site itself (its own CTA or footer sentence), or a
  passage anywhere in it naming the site and linking to one of the site's service pages (a subscription call);
- a short line at the body's tail edge that sits in another element than the story's paragraphs (a footer,
  credit or CTA line after the text), not an item of a list;
- a small box nested among the story's paragraphs (``PageBlock.box``) that holds a form control (a newsletter
  or poll box) or a block made only of a link beside its other text (a "read also" card: linked title and
  teaser; a promo: a line and its button), or pictures with a short line each (a gallery strip's captions);
  a quotation (<blockquote>: an embedded post) is never a box.

Prose is protected by length: a long paragraph with a link or two is never dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from crawler.furniture import FURNITURE_MARKS, story_marks
from crawler.items import PageBlock

# Class/id words of furniture: the shared ones, plus theme and widget names; it leaves out list words ('more', 'read', 'latest'), which
# article wrappers carry too.
CHROME_MARKS = FURNITURE_MARKS | frozenset(
    [
        "advertising",
        "alsoread",
        "authorbox",
        "carousel",
        "disqus",
        "jp",
        "promoted",
        "readalso",
        "recommendation",
        "recommendations",
        "relatedposts",
        "seealso",
        "sharer",
        "shares",
        "signup",
        "subscription",
        "tagcloud",
        "yarpp",
    ]
)
_LINK_SHARE = 0.6  # link text over block text: at or past this, a block is a list of links
_LINK_WORDS = 40  # ... unless it is a passage this long
_MARK_WORDS = 25  # a marked block longer than this is prose the theme happens to wrap
_ROW_SHARE = 0.75  # ... and three links or more with this share: a row of links at any length
_SITE_LINE_WORDS = 16  # a closing line naming the site itself, at most this long
_EDGE_WORDS = 14  # a tail-edge line this short, in another element than the story's paragraphs
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?؟。]\W{0,2}$")
_NON_WORD = re.compile(r"[\W_]+")
_CELLS = frozenset({"li", "td", "th", "dd", "dt"})
_BOX_WORDS = 60  # a box nested among the story's paragraphs with more words than this is a passage of it
_LINK_ONLY = 0.9  # link text over block text: the block is a link (a card's title, a button)
_SERVICE_CHARS = 15  # the one path segment of a site's service page (/subscribe), at most this long
_CAPTION_WORDS = 30  # a line beside a picture of a strip, at most this long, is its caption


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _link_share(block: PageBlock) -> float:
    text = "".join(block.text.split())
    if not text:
        return 0.0
    linked = sum(len("".join(link.text.split())) for link in block.links if not link.image_only)
    return min(1.0, linked / len(text))


def chrome_keys(blocks: Sequence[PageBlock], site: Iterable[str] = (), url: str = "") -> set[str]:
    """Whitespace-free texts of body blocks that are furniture by shape (see the module's rules). ``site``:
    the names the crawled site goes by, squashed (``title.site_names``); ``url``: the page's address."""
    body = [b for b in blocks if b.position == "body" and b.text.strip()]
    if len(body) < 2:
        return set()  # one block is the story or nothing: never empty it
    # Marks every story paragraph shares belong to the article's wrapper, not to a piece of furniture.
    common = story_marks(body)
    paths = Counter(b.path for b in body)
    story_path, story_count = paths.most_common(1)[0]
    chrome: set[str] = set()
    for block in body:
        n = _words(block.text)
        share = _link_share(block)
        # A row of links (a ticker, "more stories") is chrome at any length; prose never is mostly links.
        linked = (n <= _LINK_WORDS and share >= _LINK_SHARE) or (
            len(block.links) >= 3 and share >= _ROW_SHARE
        )
        marked = n <= _MARK_WORDS and bool((set(block.marks) - common) & CHROME_MARKS)
        if linked or marked:
            chrome.add(_key(block.text))
    chrome |= _box_keys(blocks, body)
    # The tail edge: short lines after the story's last paragraph in its own element.
    if story_count >= 3:
        for block in reversed(body):
            if block.path == story_path:
                break
            # Not an item of a list or a table (ingredients, standings close a story), nor a lone heading word,
            # nor a sentence (a footnote under a table ends with its full stop).
            if (
                3 <= _words(block.text) <= _EDGE_WORDS
                and block.siblings <= 2
                and block.tag not in _CELLS
                and not _SENTENCE_END.search(block.text)
            ):
                chrome.add(_key(block.text))
    # The site's own line closing the body ("join <site> on Telegram", "<site> app"): short, no sentence,
    # naming the crawled site itself. A story rarely ends on its own site's name without a full stop.
    names = [n for n in site if len(n) >= 4]
    # The site's own call anywhere in the body ("This article is offered by <site>: subscribe"): a passage
    # naming the site itself that links to one of the site's own service pages (/subscribe, /newsletters),
    # where a story links to stories.
    host = _host(url)
    for block in body:
        if (
            names
            and host
            and _words(block.text) <= _LINK_WORDS
            and any(_service_page(link.href, host) for link in block.links if not link.image_only)
            and any(n in _squash(block.text) for n in names)
        ):
            chrome.add(_key(block.text))
    for block in body[-2:]:
        if (
            names
            and _words(block.text) <= _SITE_LINE_WORDS
            and not _SENTENCE_END.search(block.text)
            and any(n in _squash(block.text) for n in names)
        ):
            chrome.add(_key(block.text))
    kept = [b for b in body if _key(b.text) not in chrome]
    if sum(_words(b.text) for b in kept) < 0.5 * sum(_words(b.text) for b in body):
        return set()  # the rules would take most of the text: the page is not shaped as they assume
    return chrome


def _box_keys(blocks: Sequence[PageBlock], body: Sequence[PageBlock]) -> set[str]:
    """Body blocks of a small box among the story's paragraphs whose make-up is furniture's: a form control,
    a link standing alone as one of its blocks next to other text (a card, a promo with its button), or
    pictures with a short line each (a gallery's captions)."""
    boxed = {b.box for b in body if b.box >= 0}
    if not boxed:
        return set()
    members: dict[int, list[PageBlock]] = {}
    for block in blocks:
        if block.box in boxed:
            members.setdefault(block.box, []).append(block)
    keys: set[str] = set()
    for box in members.values():
        texts = [b for b in box if b.text.strip()]
        if len(texts) < (1 if box[0].box_form else 2):
            continue
        # A strip of pictures with a short line each (a gallery, a slider): the lines are captions.
        pictures = sum(link.has_image for b in box for link in b.links)
        strip = pictures >= max(2, len(texts) - 1) and all(_words(b.text) <= _CAPTION_WORDS for b in texts)
        if not strip and sum(_words(b.text) for b in texts) > _BOX_WORDS:
            continue
        link_only = any(b.links and _link_share(b) >= _LINK_ONLY for b in texts)
        if box[0].box_form or link_only or strip:
            keys.update(_key(b.text) for b in texts if b.position == "body")
    return keys


def without_chrome(paragraphs: list[str], chrome: set[str]) -> list[str]:
    return [p for p in paragraphs if _key(p) not in chrome] if chrome else paragraphs


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _service_page(href: str, host: str) -> bool:
    """A page of the site that is no story: one short path segment of letters only (/abonnement,
    /newsletters/, /subscribe); a story's address has a slug of words, digits or a date."""
    parts = urlsplit(href)
    if (parts.hostname or "").removeprefix("www.") != host or parts.query:
        return False
    segments = [s for s in parts.path.split("/") if s]
    return len(segments) == 1 and segments[0].isalpha() and len(segments[0]) <= _SERVICE_CHARS


def _squash(text: str) -> str:
    """As ``title.site_names`` squashes a name: lower case, no spaces or punctuation."""
    return _NON_WORD.sub("", text.lower())


def _key(text: str) -> str:
    return "".join(text.split())

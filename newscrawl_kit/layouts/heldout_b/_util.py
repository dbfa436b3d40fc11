"""Helpers shared by the set-B layouts: safe distractors, dates in several languages, share links, and the
final ``Rendered`` (whether the page carries the original URL is read from the page itself, never declared).

Nothing here decides how a page credits its outlet: every layout writes its own markup and wordings.
"""

from __future__ import annotations

import html
import random
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, urlsplit

from newscrawl_kit.layouts.base import CopySpec, Rendered, Source

# Photo/wire credits a caption may carry, per language, with the other names each one goes by. A caption never
# names the story's own source (an uncredited copy of a wire story must stay uncredited).
CAPTION_WIRES: dict[str, tuple[tuple[str, ...], ...]] = {
    "ar": (
        ("رويترز", "Reuters"),
        ("أ ف ب", "فرانس برس", "AFP"),
        ("الأناضول", "Anadolu", "AA"),
        ("أسوشيتد برس", "AP"),
        ("د ب أ", "DPA"),
        ("أرشيفية",),
        ("وكالات",),
    ),
    "en": (
        ("Reuters",),
        ("AP Photo", "AP", "Associated Press"),
        ("Getty Images",),
        ("AFP via Getty Images", "AFP", "Agence France-Presse"),
        ("PTI Photo", "PTI", "Press Trust of India"),
        ("Shutterstock",),
        ("File photo",),
    ),
    "fr": (
        ("AFP", "Agence France-Presse"),
        ("Reuters",),
        ("Keystone", "Keystone-ATS", "ATS"),
        ("Belga",),
        ("MAP", "Maghreb Arabe Presse"),
        ("APS", "Algérie Presse Service"),
        ("Photo d'archives",),
    ),
    "es": (
        ("EFE",),
        ("Reuters",),
        ("Europa Press",),
        ("AP", "Associated Press"),
        ("Archivo",),
    ),
    "pt": (
        ("Agência Brasil",),
        ("Reuters",),
        ("Lusa",),
        ("Estadão Conteúdo", "Estadão"),
        ("Arquivo",),
    ),
    "tr": (
        ("AA", "Anadolu Ajansı", "Anadolu"),
        ("DHA", "Demirören Haber Ajansı"),
        ("İHA", "İhlas Haber Ajansı"),
        ("Reuters",),
        ("Arşiv",),
    ),
    "de": (
        ("dpa", "Deutsche Presse-Agentur"),
        ("Reuters",),
        ("AFP",),
        ("Archivbild",),
    ),
}


def source_ids(src: Source) -> list[str]:
    """Every string whose presence on a page credits ``src``."""
    ids = [src.name, src.domain]
    if src.name_latin:
        ids.append(src.name_latin)
    return [i for i in ids if i]


def _same_body(names: tuple[str, ...], src: Source) -> bool:
    ids = [i.casefold() for i in source_ids(src)]
    for name in names:
        n = name.casefold()
        if any(n == i or n in i.split() or i in n for i in ids):
            return True
    return False


def caption_credit(spec: CopySpec, rng: random.Random, language: str) -> str:
    """A wire or photo credit for a caption: the agency the outlet credited, else a wire, never the source."""
    src = spec.story.source
    agency = spec.story.agency
    if agency and not _same_body((agency,), src) and rng.random() < 0.5:
        return agency
    pool = [names for names in CAPTION_WIRES.get(language, CAPTION_WIRES["en"]) if not _same_body(names, src)]
    return rng.choice(pool)[0]


def text_of(fragment: str) -> str:
    """The visible text of an HTML fragment (no scripts in it), as a browser's textContent would join it."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def chrome_list(spec: CopySpec, texts: list[str], body: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Chrome texts worth checking: long enough, shown once in the list, and not part of the article body."""
    paragraphs = [" ".join(p.split()) for p in (body or spec.paragraphs)]
    out: list[str] = []
    for text in texts:
        t = " ".join(text.split())
        if len(t) >= 20 and t not in out and not any(t in p for p in paragraphs) and t != spec.story.title:
            out.append(t)
    return tuple(out)


def finish(spec: CopySpec, page: str, chrome: list[str], body: tuple[str, ...] | None = None) -> Rendered:
    src = spec.story.source
    exposes = src.article_url in html.unescape(page)
    if spec.family is None and exposes:
        raise AssertionError("an uncredited copy carries the original URL")
    return Rendered(page, exposes, chrome_list(spec, chrome, body), body)


def slug_of(src: Source) -> str:
    if src.slug:
        return src.slug
    host = urlsplit(src.home_url).hostname or src.domain
    return host.removeprefix("www.").split(".")[0]


def refuse_slug_url(spec: CopySpec) -> None:
    """An uncredited copy at a URL that names its outlet would be a wrong label."""
    slug = slug_of(spec.story.source)
    if spec.family != "url_slug" and slug in urlsplit(spec.url).path.strip("/").split("/"):
        raise ValueError(f"uncredited copy (family {spec.family!r}) at a URL carrying the slug {slug!r}")


def local(dt: datetime, hours: float) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


MONTHS = {
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "tr": (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
}
WEEKDAYS = {
    "ar": ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": (
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
EASTERN_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def long_date(dt: datetime, language: str, weekday: bool = False) -> str:
    months = MONTHS.get(language, MONTHS["en"])
    day = f"{dt.day} {months[dt.month - 1]} {dt.year}"
    if language == "en":
        day = f"{months[dt.month - 1]} {dt.day}, {dt.year}"
    elif language in ("pt", "es"):
        day = f"{dt.day} de {months[dt.month - 1]} de {dt.year}"
    if weekday:
        day = f"{WEEKDAYS.get(language, WEEKDAYS['en'])[dt.weekday()]} {day}"
    return day


def hours_between(later: datetime, earlier: datetime) -> int:
    return max(1, int((later - earlier).total_seconds() // 3600))


def share_links(url: str, title: str, networks: tuple[str, ...]) -> list[tuple[str, str]]:
    """(network, href) pairs for share buttons pointing at the copy itself."""
    u, t = quote(url, safe=""), quote(title, safe="")
    hrefs = {
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={u}",
        "x": f"https://twitter.com/intent/tweet?url={u}&text={t}",
        "whatsapp": f"https://api.whatsapp.com/send?text={t}%20{u}",
        "telegram": f"https://t.me/share/url?url={u}&text={t}",
        "linkedin": f"https://www.linkedin.com/sharing/share-offsite/?url={u}",
        "email": f"mailto:?subject={t}&body={u}",
        "reddit": f"https://www.reddit.com/submit?url={u}&title={t}",
    }
    return [(n, hrefs[n]) for n in networks]

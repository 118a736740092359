"""Town headings of round-ups, sitreps and bulletins.

Many reports list their items under a place and a colon ("- Pemba: police dispersed a
protest with tear gas", "Sud - Les Cayes: protesters blocked the main road"). The colon
is a hard break for the rules (:mod:`~geo.incidents.clauses`), which keeps a country or
region heading ("SERBIA: students blocked ...", "Far North: Boko Haram kidnapped ...")
out of its items' events, as the labels want: a container heading is ``None``. A *town*
heading whose item names no site of its own is the item's event site: the colon after it is
no break (:func:`heading_colons`), so the item's events reach it.

Not a heading: the document's first words, which are the dateline of a wire or newspaper
story ("QUETTA: At least 26 people were killed ..."): a dateline is where the story is
filed from.

Examples
--------
>>> from gazetteer.model import Mention, Resolution
>>> text = "Round-up.\\n- Pemba: police dispersed a protest."
>>> m = Mention(12, 17, "Pemba", None, 1, Resolution.UNRESOLVED, 0.0)
>>> heading_colons(text, 10, len(text), [m])
({17: 12}, frozenset())
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer.model import Mention, PlaceKind, Resolution

__all__ = ["WIDE_KINDS", "heading_colons", "is_town", "title_line", "wide_subject"]

# Kinds of place that contain towns: a heading of these kinds is a container.
WIDE_KINDS = frozenset((PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.REGION, PlaceKind.CONTINENT))

# What may precede a heading on its line: a bullet, and a wider heading or the item's
# date with a dash ("- Gonaives:", "Nord-Ouest - Port-de-Paix:", "• Kismayo:",
# "• 24 January – Kutum:").
_BEFORE_HEADING = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?(?:[A-Z0-9][^\n:;.]{0,40}?[ \t][-–—][ \t]+)?")
# The colon closing a heading, with the item after it ("Pemba: A protest ...").
# A bracket or a capitalised region after a comma may locate the town first: "- Tassia
# (Tillabéri): soldiers clashed ...", "• 3 May – Kutum, North Darfur: a man was taken ...".
_HEADING_COLON = re.compile(
    r"[ \t]*(?:\([^()\n:]{1,40}\)[ \t]*|,[ \t]*[A-Z][^\n:;,.()]{1,40})?:[ \t]+\S")
# Kinds of place an item names as its own site, below the heading ("Kismayo: a grenade in
# the Farjano neighbourhood"; a municipality too: "near Culiacán").
_SITE_KINDS = frozenset((PlaceKind.ADMIN2, PlaceKind.CITY, PlaceKind.OTHER, PlaceKind.WATER))


def is_town(mention: Mention) -> bool:
    """Whether ``mention`` may head its item as a town: a place smaller than a district,
    or a name the gazetteer does not know (countries and regions it knows)."""
    place = mention.place
    return place is None or place.kind not in WIDE_KINDS


def _names_site(mention: Mention) -> bool:
    """Whether ``mention``, inside an item, is a site of its own: a town, a district, a
    square or a name the gazetteer does not know ("at the Place de la Nation")."""
    place = mention.place
    return place is None or place.kind in _SITE_KINDS


def _colon_after(text: str, line_start: int, mention: Mention) -> int | None:
    """Offset of the colon closing ``mention`` as the heading of its line, else ``None``."""
    if _BEFORE_HEADING.fullmatch(text, line_start, mention.start) is None:
        return None
    m = _HEADING_COLON.match(text, mention.end)
    return text.index(":", mention.end) if m else None


def _item_end(text: str, colon: int, end: int) -> int:
    """End of the item after ``colon``: the end of its line or of the sentence."""
    eol = text.find("\n", colon, end)
    return end if eol < 0 else eol


def heading_colons(
    text: str, start: int, end: int, mentions: Sequence[Mention],
) -> tuple[dict[int, int], frozenset[int]]:
    """The colons in ``[start, end)`` that close a heading, as ``(town, wide)``.

    ``town``: the colons closing a town heading whose item names no other town ("- Gonaives:
    Police arrested a former MP"; not "Jeremie: police freed a hostage in the commune of
    Moron", where Moron is the site; a wider place in the item is only its container:
    "- Port-de-Paix: police seized arms arriving from Florida"), each with the start of its
    heading. ``wide``: the colons closing a heading the gazetteer knows as a country or a
    region ("- Far North: Boko Haram kidnapped ..."): a container, never its item's site.
    ``mentions`` are the sentence's mentions, sorted by start."""
    if text.find(":", start, end) < 0:
        return {}, frozenset()
    found: dict[int, int] = {}
    wide = set()
    for k, m in enumerate(mentions):
        line_start = max(start, text.rfind("\n", 0, m.start) + 1)
        colon = _colon_after(text, line_start, m)
        if colon is None or colon >= end:
            continue
        if not is_town(m):
            wide.add(colon)
            continue
        if not text[:line_start].strip():
            continue  # "QUETTA: At least 26 people were killed": the story's dateline
        stop = _item_end(text, colon, end)
        name = m.text.casefold()
        if any(colon < n.start < stop and _names_site(n) and n.text.casefold() != name for n in mentions[k + 1 :]):
            continue  # "Kismayo: a grenade was thrown in the Farjano neighbourhood": the item's own place
        found[colon] = m.start
    return found, frozenset(wide)


# The title line of a humanitarian report: "SYRIA: Flash Update No. 8 – Escalation of
# hostilities in the north-east (as of 15 January 2025)", "Humanitarian Situation Update #3 |
# Gaza Strip". It names the report's subject, no event of its own: the items below tell them.
_REPORT_TITLE = re.compile(
    r"(?:Flash|Situation|Humanitarian|Emergency|Access|Protection)\s+(?:Situation\s+)?"
    r"(?:Update|Report|Snapshot|Bulletin|Brief|Overview)s?\b|\bSitrep\b|\bSITREP\b",
)


def title_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the report title that opens the sentence ``[start, end)``, if any: its
    first line, when it names a report ("Flash Update No. 3", "Situation Report").

    Examples
    --------
    >>> text = "SUDAN: Flash Update No. 4 - Fighting in Khartoum (15 February 2025)"
    >>> title_line(text, 0, len(text))
    (0, 67)
    """
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    line = text[start:line_end]
    if len(line) > 200 or not _REPORT_TITLE.search(line):
        return None
    return start, line_end


# A region named as one: "Sumy Oblast", "As-Sweida Governorate", "North Darfur State".
_REGION_WORD_AFTER = re.compile(r"\s+(?:Oblast|Governorate|Region|Province|State|District|County|Department)\b")


def wide_subject(text: str, mention: Mention, kind: PlaceKind | None) -> bool:
    """Whether ``mention`` names a country or a region (by the gazetteer or by the word
    after it), not a site."""
    own = mention.resolution is not Resolution.APPROXIMATE  # not a site placed at its region
    return own and kind in WIDE_KINDS or _REGION_WORD_AFTER.match(text, mention.end) is not None

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
filed from. A first line that is a headline of its own, without final punctuation, is a
heading though ("Masisi: clashes in several villages, thousands displaced\nThe ...").

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

from gazetteer.model import Mention, PlaceKind

__all__ = [
    "HEADING_KIND", "PROVINCE_KINDS", "WIDE_KINDS", "dateline", "heading_colon", "heading_colons", "heading_namesakes", "is_town",
    "title_line", "wide_subject",
]

# Kinds of place that contain towns: a heading of these kinds is a container.
WIDE_KINDS = frozenset((PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.REGION, PlaceKind.CONTINENT))

# What may precede a heading on its line: a bullet, and a wider heading or the item's
# date with a dash ("- Gonaives:", "Nord-Ouest - Port-de-Paix:", "• Kismayo:",
# "• 24 January – Kutum:").
# The date may also come with a comma: "- 13 Nov, Mafa:", "• March 19, Huwara:".
_BEFORE_HEADING = re.compile(
    r"[ \t]*(?:[-–•*][ \t]*)?(?:[A-Z0-9][^\n:;.]{0,40}?[ \t][-–—][ \t]+"
    r"|(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}),[ \t]+)?"
)
#: The kind of a small place a bulletin item may name after its heading's name ("Vovchansk
#: community:", "- Bilozerka hromada:"): a pattern, case-insensitive; not a district, which only
#: contains its items ("Kupiansk district: the village of X was shelled").
HEADING_KIND = r"(?i:community|communities|hromada|hromadas|village|town|city|settlement|municipality|commune)"
# The colon closing a heading, with the item after it ("Pemba: A protest ...", "Esman
# community: shelling"). A bracket or a capitalised region after a comma may locate the town
# first: "- Tassia (Tillabéri): soldiers clashed ...", "• 3 May – Kutum, North Darfur: a man was taken ...".
_HEADING_COLON = re.compile(
    r"(?:[ \t]+" + HEADING_KIND + r"\b)?"
    r"[ \t]*(?:\([^()\n:]{1,40}\)[ \t]*|,[ \t]*[A-Z][^\n:;,.()]{1,40})?:[ \t]+\S")
# The kind noun right after a heading's name: "Bilozerka hromada:".
_KIND_AFTER = re.compile(r"[ \t]+" + HEADING_KIND + r"\b")
# A bullet opening a line: "- ", "• ".
_BULLET = re.compile(r"[ \t]*[-–•*]")
# A headline: a first line without final punctuation, the text going on below it
# ("Masisi: clashes in several villages\nThe civil society reports ...").
_HEADLINE = re.compile(r"[^\n]*[^.!?\s](?<![.!?][\"'”’)])[ \t]*\n\s*\S")
# A place an item names only as the far end of a road or a move, not where it happened:
# "- Nioro: gendarmes defused an IED on the road to Diema", "the gangs withdraw towards X".
_ROUTE_END = re.compile(
    r"(?:\b(?:road|highway|route|axis)\s+(?:to|from|towards|linking\s+\S+\s+(?:to|and|with))|\btowards?|"
    r"\bin\s+the\s+direction\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# Kinds of wide place that still head an item told of them alone: provinces, districts, regions.
PROVINCE_KINDS = frozenset((PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.REGION))
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


def heading_colon(text: str, line_start: int, start: int, end: int) -> int | None:
    """Offset of the colon closing the place at ``[start, end)`` as the heading of the line (or
    item) starting at ``line_start``, else ``None``: "- Pemba: police ...", "Esman community:
    shelling", "• 3 May – Kutum, North Darfur: a man ...".

    Examples
    --------
    >>> text = "- Bilozerka hromada: shelling damaged a house."
    >>> heading_colon(text, 0, 2, 11)
    19
    """
    if _BEFORE_HEADING.fullmatch(text, line_start, start) is None:
        return None
    m = _HEADING_COLON.match(text, end)
    return text.index(":", end) if m else None


def dateline(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the heading at ``[start, end)`` on the line starting at ``line_start`` is the
    document's dateline ("QUETTA: At least 26 people were killed ..."): the first line, not a
    headline of its own, and not an item: no bullet before the name, no kind noun after it
    ("- Pemba: ...", "Esman community: ..." are items even on the first line)."""
    if text[:line_start].strip() or _HEADLINE.match(text, line_start):
        return False
    return not _BULLET.match(text, line_start, start) and not _KIND_AFTER.match(text, end)


def _item_end(text: str, colon: int, end: int) -> int:
    """End of the item after ``colon``: the end of its line or of the sentence."""
    eol = text.find("\n", colon, end)
    return end if eol < 0 else eol


def heading_colons(
    text: str, start: int, end: int, mentions: Sequence[Mention],
) -> tuple[dict[int, int], frozenset[int]]:
    """The colons in ``[start, end)`` that close a heading, as ``(town, wide)``.

    ``town``: the colons closing a town (or province) heading whose item names no other town ("- Gonaives:
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
        colon = heading_colon(text, line_start, m.start, m.end)
        if colon is None or colon >= end:
            continue
        stop = _item_end(text, colon, end)
        name = m.text.casefold()
        item = [n for n in mentions[k + 1 :] if colon < n.start < stop and n.text.casefold() != name]
        own_site = any(_names_site(n) and not _ROUTE_END.search(text, max(colon, n.start - 40), n.start) for n in item)
        if not is_town(m) and (not _is_province(m) or any(is_town(n) or _is_province(n) for n in item)):
            wide.add(colon)  # "SERBIA: students blocked ...", "Ituri: 51 dead in an attack at Djaiba": a container
            continue
        if dateline(text, line_start, m.start, m.end):
            if not is_town(m):
                wide.add(colon)
            continue  # "QUETTA: At least 26 people were killed": the story's dateline
        if own_site:
            continue  # "Kismayo: a grenade was thrown in the Farjano neighbourhood": the item's own place
        # a town, or a province the item locates nothing in: "Magway: clashes in two townships
        # displaced 4,500 people" (the province is the only place told)
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
    return kind in WIDE_KINDS or _REGION_WORD_AFTER.match(text, mention.end) is not None


def _is_province(mention: Mention) -> bool:
    """Whether ``mention`` is a province, district or region below a country: the only place
    its item is told of when the item names no town ("Lac: fishermen kidnapped in the islands")."""
    place = mention.place
    return place is not None and place.kind in PROVINCE_KINDS


def heading_namesakes(headings: dict[int, int], mentions: Sequence[Mention], chosen: list[list], roles: list) -> None:
    """A town heading left without events takes those of its namesake in its item: "El Fasher:
    The RSF announced that it had taken full control of El Fasher" (the speech verb cuts the
    heading off the capture, told of the same town). ``mentions`` are the sentence's, sorted,
    with their ``chosen`` events and ``roles`` (changed in place)."""
    heads = set(headings.values())
    for j, m in enumerate(mentions):
        if m.start not in heads or chosen[j]:
            continue
        name = m.text.casefold()
        for k in range(j + 1, len(mentions)):
            if mentions[k].text.casefold() == name and chosen[k]:
                chosen[j], roles[j] = list(chosen[k]), roles[k]
                break

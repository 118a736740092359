"""A name the gazetteer lacks, placed at the province the text anchors it to, is read as a
site of its own: it keeps its events and its point, and does not contain the district or
town named beside it as if it were the province."""

from __future__ import annotations

import pytest

from gazetteer.model import Mention, Resolution
from geo.incidents import tag_mentions
from geo.model import Document
from tests.geo.incidents.incident_helpers import AIR, ATTACK, place

PROVINCE = place("Oyo Rise", "A", "ADM1", country="NG", admin1_code="99")
DISTRICT = place("Gwer Hills", "A", "ADM2", country="NG", admin1_code="99")


def _mentions(text: str, approximate: tuple[str, ...]) -> list[Mention]:
    out = []
    for name, where in (("Oyo Rise", PROVINCE), ("Gwer Hills", DISTRICT)):
        if name in text:
            start = text.index(name)
            out.append(Mention(start, start + len(name), name, where, 3, Resolution.GAZETTEER, 1.0))
    for name in approximate:
        start = text.index(name)
        out.append(Mention(start, start + len(name), name, PROVINCE, 2, Resolution.APPROXIMATE, 0.5))
    return sorted(out, key=lambda m: m.start)


@pytest.mark.parametrize(
    ("text", "names", "label"),
    [
        ("Herders attacked villages in Gwer Hills of Oyo Rise State, killing 17 people in night raids on "
         "Tse-Akaa and Abagu settlements.", ("Tse-Akaa", "Abagu"), ATTACK),
        ("Jets bombed Kwara Dutse and Ungwan Kaji, two hamlets of Gwer Hills in Oyo Rise, on Sunday.",
         ("Kwara Dutse", "Ungwan Kaji"), AIR),
    ],
)
def test_villages_placed_at_their_province_keep_their_events(text, names, label):
    tagged = {tm.mention.text: tm for tm in tag_mentions(Document("t", text, None), _mentions(text, names))}
    for name in names:
        assert (tagged[name].primary.incident_type, tagged[name].primary.sub_event_type) == label
        assert tagged[name].mention.place is PROVINCE  # the point stays the anchor's

"""Headings of round-ups and bulletins (geo.incidents.headings): a town heading whose item
names no site of its own is where the item happened; a country heading, or a region heading
whose item names a town, only contains its items and stays ``None``; the town before a colon at the very start of a
story is its dateline. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import re

import pytest

from gazetteer.model import Mention, Place, Resolution

from .incident_helpers import (
    ARRESTS,
    CLASH,
    INTERVENTION,
    NONE,
    PEACEFUL,
    SHELLING,
    primary,
)

# GeoNames feature codes of the kinds of place the tests need
_CODES = {"town": ("P", "PPL"), "country": ("A", "PCLI"), "region": ("A", "ADM1")}


def _mentions(text: str, **kinds: str) -> list[Mention]:
    """Mentions of every occurrence of each name, resolved to a place of the given kind
    (``Kibera="town"``; spaces in names as ``_``)."""
    out = []
    for key, kind in kinds.items():
        name = key.replace("_", " ")
        fclass, fcode = _CODES[kind]
        place = Place(f"test:{key}", name, 0.0, 0.0, "XX", feature_class=fclass, feature_code=fcode)
        found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
        assert found, f"{name!r} is not in the text"
        out += [Mention(m.start(), m.end(), m.group(), place, 1, Resolution.GAZETTEER, 1.0) for m in found]
    return sorted(out, key=lambda m: m.start)


def _read(text: str, **kinds: str) -> dict[str, tuple[str, str | None]]:
    return primary(text, mentions=_mentions(text, **kinds))


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("- Korvel: Police arrested three men accused of selling rifles to a gang.", ARRESTS),
        ("- Korvel: about 800 traders marched to the town hall against a new market tax.", PEACEFUL),
        ("- Korvel: the town was hit by six artillery shells overnight; no casualties.", SHELLING),
        ("Korvel: A sit-in by nurses over unpaid wages was broken up by police with tear gas.", INTERVENTION),
    ],
)
def test_a_town_heading_is_the_site_of_an_item_naming_no_place(item, expected):
    text = f"WEEKLY BRIEF, 3-9 March\n{item}"
    assert _read(text, Korvel="town")["Korvel"] == expected


def test_a_bracket_locating_the_heading_town_keeps_it_a_heading():
    text = "WEEKLY BRIEF\n- Korvel (Dassa province): soldiers clashed with insurgents at dawn."
    assert _read(text, Korvel="town", Dassa="region")["Korvel"] == CLASH


@pytest.mark.parametrize(
    ("text", "heading", "kind"),
    [
        ("WEEKLY BRIEF\nVELMARIA: Police arrested three men accused of selling rifles to a gang.", "VELMARIA", "country"),
        # a region heading whose item names a town of its own; a region heading alone is the
        # only place its item tells of and takes it (test_incidents_hd)
        ("WEEKLY BRIEF\n- Upper Dassa: about 800 traders marched in Korvel against a new market tax.", "Upper_Dassa",
         "region"),
    ],
)
def test_a_country_or_region_heading_only_contains_its_item(text, heading, kind):
    kinds = {heading: kind, "Korvel": "town"} if "Korvel" in text else {heading: kind}
    assert _read(text, **kinds)[heading.replace("_", " ")] == NONE


def test_a_town_heading_gives_way_to_the_town_its_item_names():
    text = "WEEKLY BRIEF\n- Korvel: gunmen attacked the market of Brisk, a village east of the town."
    got = _read(text, Korvel="town", Brisk="town")
    assert got["Korvel"] == NONE and got["Brisk"] != NONE


def test_the_heading_town_at_the_start_of_a_story_is_its_dateline():
    text = "KORVEL: At least 12 people were killed when gunmen opened fire on a bus in Dassa province on Friday."
    assert _read(text, KORVEL="town", Dassa="region")["KORVEL"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "WEEKLY BRIEF\nVELMARIA\n- Korvel: Police arrested three men accused of selling rifles to a gang.",
        "WEEKLY BRIEF\nVELMARIA - Korvel: Police arrested three men accused of selling rifles to a gang.",
    ],
)
def test_the_country_over_a_town_heading_stays_a_container(text):
    got = _read(text, VELMARIA="country", Korvel="town")
    assert got["Korvel"] == ARRESTS and got["VELMARIA"] == NONE

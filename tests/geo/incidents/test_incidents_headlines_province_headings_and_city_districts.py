"""Headings, bulletin items, colon lists and fronted districts: where their events go."""

from __future__ import annotations

import dataclasses

import pytest

from gazetteer.model import Mention, Place, Resolution
from geo.incidents import tag_mentions
from geo.model import Document

from .incident_helpers import (
    ABDUCTION,
    AIR,
    CLASH,
    DISRUPTED,
    NONE,
    SHELLING,
    find_mentions,
    place,
    primary,
    resolved,
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a headline of its own line, without final punctuation: the town heads its item
        (("Rutshuru: fighting between rebels and militiamen in several villages, hundreds flee\n"
          "The local administrator said the clashes began at dawn."), "Rutshuru", CLASH),
        (("Kalehe: fighting between rebels and militiamen around several villages (translated from French)\n"
          "The local administrator said the clashes began at dawn."), "Kalehe", CLASH),
    ],
)
def test_first_line_headline_town_heading_takes_its_item(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the first words of a story ending in a full stop: a dateline, where it is filed from
        (("KALEHE: Fighting between rebels and militiamen killed three people on Sunday.\n"
          "The local administrator said the clashes began at dawn."), "KALEHE"),
        ("Bunyakiri: Fighting between rebels and militiamen went on all day, officials said.", "Bunyakiri"),
    ],
)
def test_first_line_dateline_stays_none(text, name):
    assert primary(text, name)[name] == NONE


def _province_item(text: str, province: str, town: str | None = None) -> dict[str, tuple[str, str | None]]:
    places = {province: place(province, "A", "ADM1", "NE", admin1_code="04")}
    if town is not None:
        places[town] = place(town, "P", "PPL", "NE", admin1_code="04", population=5000)
    return primary(text, *places, mentions=resolved(text, places))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weekly security brief\n- Tahoua: gunmen abducted four traders on Tuesday.\n- Other news.", ABDUCTION),
        ("Weekly security brief\n• Tahoua: gunmen kidnapped a village chief and his two sons.", ABDUCTION),
    ],
)
def test_province_heading_takes_an_item_that_names_no_town(text, expected):
    assert _province_item(text, "Tahoua")["Tahoua"] == expected


def test_province_heading_with_a_town_in_its_item_is_a_container():
    text = "Weekly security brief\n- Tahoua: gunmen abducted four traders in Tillia on Tuesday."
    found = _province_item(text, "Tahoua", "Tillia")
    assert found["Tahoua"] == NONE
    assert found["Tillia"] == ABDUCTION


@pytest.mark.parametrize(
    ("text", "heading", "expected"),
    [
        ("Sahel round-up\n- Menaka: soldiers found and defused a mine on the road to Anderamboukane.\n- Gao: calm.",
         "Menaka", DISRUPTED),
        ("Sahel round-up\n- Menaka: gunmen ambushed an army patrol, then withdrew towards Anderamboukane.",
         "Menaka", CLASH),
    ],
)
def test_town_heading_keeps_its_item_when_the_other_place_is_only_a_road_end(text, heading, expected):
    assert primary(text, heading, "Anderamboukane")[heading] == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Warplanes bombed several villages in Idlib province: Kafr Nabl, Ariha and Sarmin.",
         ("Kafr Nabl", "Ariha", "Sarmin"), AIR),
        ("Artillery shelled border villages across northern Tahoua: Tillia, Tassara and Abalak.",
         ("Tillia", "Tassara", "Abalak"), SHELLING),
    ],
)
def test_names_after_a_colon_closing_an_events_place_are_its_sites(text, names, expected):
    region = "Idlib" if "Idlib" in text else "Tahoua"
    found = primary(text, region, *names)
    assert all(found[n] == expected for n in names)


def _unresolved(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, None, 1, Resolution.UNRESOLVED, 0.0)


def _city(name: str, population: int) -> Place:
    return place(name, "P", "PPLA", "UA", admin1_code="04", population=population)


@pytest.mark.parametrize(
    "text",
    [
        "In Dnipro, in the Shevchenkivskyi district, a drone hit a block of flats, injuring two women.",
        "In Dnipro, in the Shevchenkivskyi neighbourhood, a drone struck a parked car.",
    ],
)
def test_second_fronted_district_of_a_big_city_is_the_site(text):
    mentions = resolved(text, {"Dnipro": _city("Dnipro", 950_000)}) + [_unresolved(text, "Shevchenkivskyi")]
    found = primary(text, "Dnipro", "Shevchenkivskyi", mentions=sorted(mentions, key=lambda m: m.start))
    assert found["Shevchenkivskyi"] == AIR


def test_district_the_gazetteer_put_in_its_city_is_the_site():
    text = "In Dnipro, in the Shevchenkivskyi district, a drone hit a block of flats."
    city = dataclasses.replace(_city("Dnipro", 950_000), matched_name="Dnipro")
    start = text.index("Shevchenkivskyi")
    mentions = resolved(text, {"Dnipro": city}) + [
        Mention(start, start + len("Shevchenkivskyi"), "Shevchenkivskyi", city, 1, Resolution.GAZETTEER, 1.0)]
    found = primary(text, "Dnipro", "Shevchenkivskyi", mentions=sorted(mentions, key=lambda m: m.start))
    assert found["Shevchenkivskyi"] == AIR


@pytest.mark.parametrize(
    ("town", "town_pop", "district", "district_pop"),
    [
        ("Vovchansk", 17_000, "Chuhuiv", 31_000),  # a rural district named after its bigger town
        ("Vovchansk", 17_000, "Chuhuiv", 0),  # a district of unknown size after a small town
    ],
)
def test_second_fronted_district_larger_than_the_town_only_locates_it(town, town_pop, district, district_pop):
    text = f"In {town}, in the {district} district, a drone hit a car, injuring the driver."
    places = {town: _city(town, town_pop), district: _city(district, district_pop)}
    found = primary(text, town, district, mentions=resolved(text, places))
    assert found[town] == AIR
    assert found[district] == NONE


def test_unknown_town_before_a_fronted_district_keeps_its_event():
    text = "In Vovchansk, in the Chuhuiv district, a drone hit a car."
    assert primary(text, "Vovchansk", mentions=find_mentions(text, "Vovchansk", "Chuhuiv"))["Vovchansk"] == AIR


@pytest.mark.parametrize(
    "text",
    [
        "Weekly round-up\n\nKassala: The army said on Monday that it had retaken Kassala after two days of fighting.",
        "Weekly round-up\n- Kassala: Residents said the militia had stormed Kassala at dawn and seized the market.",
    ],
)
def test_town_heading_takes_the_events_of_its_namesake_in_the_item(text):
    # read without the learned gate, which may still demote the heading
    heading, namesake = tag_mentions(Document("t", text), find_mentions(text, "Kassala"), gate=False)
    assert namesake.primary.incident_type != NONE[0]
    assert (heading.primary.incident_type, heading.primary.sub_event_type) == (
        namesake.primary.incident_type, namesake.primary.sub_event_type)

"""Displacement precision on holdouts 19-37: places the displaced only crossed or passed
(rivers, lakes, seas, bridges, towns passed through, roads and corridors), returns
allowed or evacuations planned or advocated, peacekeepers and patients evacuated, and
flights dated years before the article (not running totals "since 2017"). Every
sentence here is new (none is from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import DISPLACED, NONE, primary

WHEN = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "crossed", "reached"),
    [
        ("Hundreds of families fleeing the fighting crossed the Mekong river into Thailand this week.",
         "Mekong", "Thailand"),
        ("Thousands of villagers fled by canoe across Lake Tanganyika toward Kigoma.", "Lake Tanganyika", "Kigoma"),
        ("Families fleeing the clashes walked across the Sava bridge into Brcko.", "Sava", "Brcko"),
    ],
)
def test_water_the_displaced_crossed_takes_no_displacement(text, crossed, reached):
    got = primary(text, crossed, reached, when=WHEN)
    assert got[crossed] == NONE
    assert got[reached] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 3,000 residents fled to the villages beside the Kaladan river.", "Kaladan"),
        ("Displaced families are arriving in Cross River State from Cameroon.", "Cross River"),
        ("Civilians streamed north towards the Black Sea coast to escape the shelling.", "Black Sea"),
    ],
)
def test_land_named_after_water_still_takes_the_flight(text, name):
    assert primary(text, name, when=WHEN)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "passed", "reached"),
    [
        ("The displaced families travelled in buses that passed through Zakho and reached Duhok.", "Zakho", "Duhok"),
        ("Thousands of residents fled towards Goma passing by Kibumba after the attack.", "Kibumba", "Goma"),
        ("Many villagers fled the fighting and walked for three days through Tine to Adre.", "Tine", "Adre"),
        ("Thousands of families fled Khan Younis along Rashid road on Monday.", "Rashid", "Khan Younis"),
    ],
)
def test_a_place_passed_on_the_way_takes_no_displacement(text, passed, reached):
    got = primary(text, passed, reached, when=WHEN)
    assert got[passed] == NONE
    assert got[reached] == DISPLACED


def test_a_border_crossing_returns_go_through_still_takes_them():
    text = "More than 5,000 Afghans returned from Pakistan through the Torkham crossing this week."
    assert primary(text, "Torkham", when=WHEN)["Torkham"] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials said the displaced will be allowed to return to northern Kharkiv next month.", "Kharkiv"),
        ("The evacuation of the families of the Borova community is being planned, officials said.", "Borova"),
        ("The agency continues to advocate for voluntary evacuations from Pokrovsk.", "Pokrovsk"),
    ],
)
def test_a_return_or_evacuation_still_to_come_or_advocated_is_no_displacement(text, name):
    assert primary(text, name, when=WHEN)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A peacekeeper was injured and evacuated to Abyei.", "Abyei"),
        ("The Red Cross helped with the evacuation of patients from Kherson.", "Kherson"),
    ],
)
def test_peacekeepers_and_patients_evacuated_are_not_displaced(text, name):
    assert primary(text, name, when=WHEN)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The family first fled their home in Khan Younis in November 2023.", "Khan Younis"),
        ("Most of them had fled Mosul during the fighting in 2017.", "Mosul"),
    ],
)
def test_a_flight_dated_years_before_the_article_is_background(text, name):
    assert primary(text, name, when=WHEN)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("More than 40,000 people have been displaced to Bunia since 2023.", "Bunia"),
        ("About 2000 people have fled to Kalemie this week.", "Kalemie"),
        ("Many had sheltered in Kosti after the war began in April 2023, and this week thousands "
         "fled to Kassala.", "Kassala"),
    ],
)
def test_running_totals_counts_and_other_clauses_years_keep_the_flight(text, name):
    assert primary(text, name, when=WHEN)[name] == DISPLACED

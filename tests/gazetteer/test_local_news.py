"""US local-news conventions: streets, cars, people and counties written with place names.

The sentences are made up for these tests; they pin the mechanisms of
:mod:`gazetteer.evidence` and the recogniser/resolver rules that use them.
"""

from __future__ import annotations

import pytest

from gazetteer import PlaceKind
from gazetteer.geoparser import Geoparser


def _texts(geoparser: Geoparser, text: str) -> list[str]:
    return [m.text for m in geoparser(text)]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Officers searched a duplex at 412 Memphis St. in Alexandria on Monday.", "Memphis", "Alexandria"),
        ("The new clinic opens on DeKalb Ave. next week, officials in Atlanta said.", "DeKalb", "Atlanta"),
        ("A water main broke near Lakeview and Harrison streets in Toledo.", "Harrison", "Toledo"),
        ("The mobile home at Lot No. 9 burned down outside Urbana.", "Lot", "Urbana"),
    ],
)
def test_street_names_and_lot_numbers_are_not_places(geoparser, text, absent, present):
    found = _texts(geoparser, text)
    assert absent not in found and present in found


@pytest.mark.parametrize(
    ("text", "make"),
    [
        ("Deputies stopped a 2004 Cadillac near Paris on Friday. The Cadillac had no plates.", "Cadillac"),
        ("A 1999 white Toyota struck the rail. Witnesses said the Toyota never braked.", "Toyota"),
        ("A silver Toyota was later found abandoned in Lexington.", "Toyota"),
    ],
)
def test_a_car_make_after_a_model_year_or_colour_is_not_a_place_anywhere_in_the_story(geoparser, text, make):
    assert make not in _texts(geoparser, text)


def test_a_model_year_after_the_definite_article_still_leaves_the_place(geoparser):
    assert "Beijing" in _texts(geoparser, "Tickets for the 2008 Beijing Olympics sold out quickly.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The victim, Tasha R. Whitmore, had moved to Columbus in May.", "Tasha"),
        ("Police charged Dennis Quarrie, 41, of Dayton. Quarrie was jailed in Dayton.", "Quarrie"),
        ("The tenant, Kevin O’Connor, refused to leave. O’Connor was arrested.", "O’Connor"),
        ("Neighbours said Patrick Ellery and Breonna Ellery were treated in Urbana.", "Breonna"),
    ],
)
def test_given_names_and_surnames_of_people_in_the_story_are_not_places(geoparser, text, absent):
    assert absent not in _texts(geoparser, text)


def test_a_town_that_says_something_is_still_a_town(geoparser):
    text = "Gainesville says it will repave the square. Gainesville residents asked for it."
    assert _texts(geoparser, text).count("Gainesville") == 2


@pytest.mark.parametrize("county", ["Butler County", "Perry County", "Hall County"])
def test_a_county_written_with_its_head_needs_no_other_evidence(geoparser, county):
    text = f"The audit says {county} employees owe back taxes."
    assert county in _texts(geoparser, text)


def test_a_word_glued_before_a_bigger_place_only_modifies_it(geoparser):
    found = _texts(geoparser, "Metro Vancouver banned the disposal of drugs in sinks.")
    assert "Metro" not in found and "Vancouver" in found


def test_places_joined_by_a_hyphen_are_both_kept(geoparser):
    found = _texts(geoparser, "The Paris-Henry County Rescue Squad bought a boat.")
    assert "Paris" in found


def test_the_english_indefinite_article_is_not_an_arabic_one(geoparser):
    found = geoparser("An Albany man was arrested on Tuesday.")
    assert [m.text for m in found] == ["Albany"]


def test_a_state_named_in_the_story_pulls_its_towns_into_it(geoparser):
    text = ("Albany police arrested a man on Tuesday. Agents of the Georgia Bureau of Investigation "
            "searched his home in Albany.")
    towns = [m for m in geoparser(text) if m.text == "Albany"]
    assert towns and all(m.place.country_code == "US" and m.place.admin1_code == "GA" for m in towns)


def test_a_national_capital_owns_its_name_over_a_division(geoparser):
    found = [m for m in geoparser("Lawmakers in Washington debated the budget on Monday.") if m.text == "Washington"]
    assert found and found[0].place.kind is PlaceKind.CITY and found[0].place.feature_code == "PPLC"

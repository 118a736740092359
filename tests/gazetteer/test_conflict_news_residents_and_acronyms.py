"""Conflict-news speakers, organisations and data gaps, as behaviours (sentences written for these tests).

* ``residents of X said``: the residents speak, so X (or any item of a list after ``residents of``)
  is a place, not a person's surname, and the phrase is evidence for an everyday-word name;
* a name the text once places in a container (``TRIPOLI, Lebanon``) keeps it where it is repeated alone;
* a place that ends an organisation's name before its acronym (``... Mission in Liberia (UNMIL)``)
  is the organisation, not the place; a state's own long name (``... of the Congo (DRC)``) stays a place;
* crossings, camps and district seats that GeoNames' cities500 lacks for want of a population figure
  are in the curated towns.
"""

from __future__ import annotations

import pytest

from gazetteer.model import PlaceKind

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Drones circled over the south all night, and residents of Marjayoun and Tyre said the strikes "
         "resumed at dawn.", "Tyre", "LB"),
        ("Tanks withdrew from the camp on Friday. Residents of Nuseirat said they found their homes "
         "flattened.", "Nuseirat", "PS"),
    ],
)
def test_residents_of_a_place_speak_for_it(geoparser, text, name, country):
    mention = by_text(geoparser(text)).get(name)
    assert mention is not None and mention.place.country_code == country


def test_repeated_name_keeps_the_container_the_text_gave_it(geoparser):
    text = ("TRIPOLI, Lebanon — Troops patrolled two Tripoli districts on Sunday after a night of sniper "
            "fire, the army said.")
    assert [m.place.country_code for m in geoparser(text) if m.text.lower() == "tripoli"] == ["LB", "LB"]


def test_name_placed_in_two_containers_lends_neither(geoparser):
    text = ("The festival moved from Paris, Texas, to Paris, France, last year; this summer Paris hosts "
            "the finals.")
    found = [m for m in geoparser(text) if m.text == "Paris"]
    assert [m.place.country_code for m in found[:2]] == ["US", "FR"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The United Nations Mission in Liberia (UNMIL) handed its last base in Zwedru to the army.", "Liberia"),
        ("Fighters of the Movement for Democracy in Chad (MDC) attacked an army post near Abeche.", "Chad"),
    ],
)
def test_place_ending_an_acronymed_organisation_is_not_the_place(geoparser, text, name):
    assert name not in by_text(geoparser(text))


def test_state_long_name_before_its_acronym_stays_a_place(geoparser):
    text = "Rebels in the Democratic Republic of the Congo (DRC) seized another mining town on Monday."
    places = [m.place for m in geoparser(text) if m.place is not None]
    assert any(p.kind is PlaceKind.COUNTRY and p.country_code == "CD" for p in places)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Aid convoys crossed at Bab al-Hawa on Tuesday after a week of closures.", "Bab al-Hawa", "SY"),
        ("Families walked from Abu Shouk to Tawila after paramilitary shelling hit the camp.", "Abu Shouk", "SD"),
        ("Insurgents raided Palma again, and the Mozambican army sent reinforcements from Mueda.", "Palma", "MZ"),
        ("Fighting between rival militias near Akobo in Jonglei state displaced thousands.", "Akobo", "SS"),
    ],
)
def test_uncounted_crossings_camps_and_seats_are_places(geoparser, text, name, country):
    mention = by_text(geoparser(text)).get(name)
    assert mention is not None and mention.place.country_code == country and mention.place.kind is PlaceKind.CITY

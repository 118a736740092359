"""Displacement told by returns, relocations, crossings and shelters: the noun of a movement
("returns from", "relocations to the camps of"), people who quit a place for others, cross
from one place to another, are forcibly moved, find refuge, or stay in buildings used as
shelters. Precision: "returns" as a verb of things ("tourism returns"), buildings used as
storage, a prison's inmates. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, NONE, primary

_FLIGHT = "Thousands of people fled the fighting in the north last week. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FLIGHT + "Some families have quit Gorom towards Kaya and Fada.", "Kaya"),
        (_FLIGHT + "About 400 people were seen crossing from Ruhwa to Bugarama on Monday.", "Bugarama"),
        (_FLIGHT + "Others crossed the lake in canoes to find refuge in Kalehe.", "Kalehe"),
        (_FLIGHT + "Many families walked for three days before reaching Adre.", "Adre"),
    ],
)
def test_people_leaving_crossing_or_finding_refuge_is_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FLIGHT + "Relocations from the border to the camps of Goz Beida and Djabal continued.", "Goz Beida"),
        ("WEEKLY BULLETIN - Returns from Libya and Algeria\n\n" + _FLIGHT, "Libya"),
        (_FLIGHT + "Others were deported through Ouallam.", "Ouallam"),
    ],
)
def test_returns_and_relocations_told_as_nouns_or_deportation_routes_are_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FLIGHT + "Schools and mosques in Tessaoua are being used as shelters.", "Tessaoua"),
        (_FLIGHT + "Some 300 families are living in transitional shelters in Marawi.", "Marawi"),
        (_FLIGHT + "Another 90 people are staying in schools in Ocosingo.", "Ocosingo"),
    ],
)
def test_buildings_used_as_shelters_for_the_displaced_are_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


def test_people_forcibly_moved_by_armed_men_are_displaced():
    text = "Soldiers forcibly moved about 80 residents of Vasylivka to Tokmak last week."
    assert primary(text, "Tokmak")["Tokmak"] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "returns" as a verb of a thing, not people coming back
        (_FLIGHT + "Ferries to Basilan have resumed as trade returns to the islands.", "Basilan"),
        # a warehouse used as storage shelters nobody
        (_FLIGHT + "A warehouse in Kousseri is being used as storage for seed.", "Kousseri"),
        # a prison's inmates moved are no displaced people
        (_FLIGHT + "The inmates of the central prison were shifted to Bertoua.", "Bertoua"),
    ],
)
def test_returns_of_things_storage_and_moved_prisoners_are_no_displacement(text, name):
    assert primary(text, name)[name] == NONE

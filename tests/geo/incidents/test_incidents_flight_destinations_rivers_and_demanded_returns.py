"""Displacement, second round: where people travelled to when the travel is their flight
(the end of the journey, and the names listed after it); arrivals whose clause ends on an
aside about a place dated by an old year ("the latter still recovering from the 2024
attack"); origins dated by "since 8 December 2024" (a running total, not an old flight);
places after a demanded return (protesters' villages, not a displacement); rivers crossed on
the way ("the river X", "across the X into Y"). Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import DISPLACED, NONE, PEACEFUL, primary

_WAR = "Fighting between the army and the militia displaced 30,000 people in the state last week. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_WAR + "Some reached Kosti, and smaller numbers travelled north to Ed Dueim and Rabak.", "Ed Dueim"),
        (_WAR + "Some reached Kosti, and smaller numbers travelled north to Ed Dueim and Rabak.", "Rabak"),
    ],
)
def test_journey_told_as_flight_ends_at_a_destination(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked a bus travelling to Kaduna on Sunday.", "Kaduna"),
        ("A convoy of fuel trucks travelling to Goma and Bukavu was ambushed on Sunday.", "Bukavu"),
    ],
)
def test_a_journey_of_no_displaced_keeps_its_ends_as_frames(text, name):
    assert primary(text, name)[name] != DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 2,100 people newly displaced from Arbinda arrived in Dori and Gorom-Gorom, "
         "the latter still recovering from the March 2023 attack.", "Dori"),
        ("About 2,100 people newly displaced from Arbinda arrived in Dori and Gorom-Gorom, "
         "the former hit by floods in 2022.", "Gorom-Gorom"),
    ],
)
def test_an_aside_dated_by_an_old_year_does_not_date_the_arrival(text, name):
    assert primary(text, name, when=date(2025, 6, 10))[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Since 8 December 2024, some 200,000 Afghans have returned from neighbouring countries, "
         "including 120,000 from Iran and 80,000 from Pakistan.", "Pakistan"),
        ("Since December 8, 2024, some 200,000 Afghans have returned from Iran.", "Iran"),
    ],
)
def test_a_running_total_since_a_day_of_last_year_locates_the_displaced(text, name):
    assert primary(text, name, when=date(2025, 4, 2))[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Hundreds of displaced families rallied on Friday, demanding their return to their homes in "
         "Tal Rifaat and an end to the shelling.", "Tal Rifaat", PEACEFUL),
        ("Thousands of displaced people protested in Mekelle demanding their return to Alamata and Korem.",
         "Korem", NONE),
        ("Thousands of displaced people protested in Mekelle demanding their return to Alamata and Korem.",
         "Mekelle", PEACEFUL),
    ],
)
def test_places_of_a_demanded_return_take_no_displacement(text, name, expected):
    # a lone place of the rally still takes the rally ("Tal Rifaat"), never the displacement
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dozens of families from Kayes fled to Bakel, on the other side of the river Senegal.", "Senegal"),
        ("The air strikes sent 2,000 villagers across the Salween into Thailand.", "Salween"),
    ],
)
def test_a_river_crossed_on_the_way_is_no_displacement(text, name):
    assert primary(text, name)[name] != DISPLACED

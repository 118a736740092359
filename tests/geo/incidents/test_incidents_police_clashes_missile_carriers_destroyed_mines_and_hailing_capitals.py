"""False violent tags, third pass: the police clashing with a crowd, fleets reported by the
missiles they carry, stocks of mines destroyed, areas named by who holds them ("the
liberated area of X"), capitals hailing strikes and places named as the owners of allies.
Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISRUPTED, INTERVENTION, NONE, RIOT, SHELLING, primary

EXCESSIVE = ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Tarsus, riot police clashed with students outside the rector's office on Friday.", "Tarsus"),
        ("Police and gendarmes clashed on Saturday with hundreds of farmers' supporters near the prefecture in Lannion.",
         "Lannion"),
    ],
)
def test_the_police_clashing_with_a_crowd_is_a_protest_with_intervention(text, name):
    assert primary(text, name)[name] == INTERVENTION


def test_the_police_clashing_with_a_crowd_and_killing_is_excessive_force():
    text = "A teenager was killed and dozens were hurt when soldiers clashed with thousands of demonstrators in central Puno on Friday."
    assert primary(text, "Puno")["Puno"] == EXCESSIVE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Students clashed with police in Tarsus, hurling stones at the officers.", "Tarsus"),
        ("Riot police clashed with demonstrators in Lannion, where the crowd set fire to two police cars.", "Lannion"),
    ],
)
def test_a_crowd_fighting_the_police_is_still_a_riot(text, name):
    assert primary(text, name)[name] == RIOT


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("At dawn there were two warships in the Baltic Sea and three in the Barents Sea, one of them a cruise "
         "missile carrier with a total salvo of up to eight missiles, the navy said.", ("Baltic Sea", "Barents Sea")),
    ],
)
def test_missiles_a_ship_carries_are_no_strike_at_sea(text, names):
    found = primary(text, *names)
    assert all(found[n] == NONE for n in names)


def test_a_salvo_of_rockets_fired_at_a_place_is_still_a_strike():
    text = "The militia said it fired a salvo of rockets at an army base near Safed."
    assert primary(text, "Safed")["Safed"] == SHELLING


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, near the village of Pradera, former fighters destroyed 900 anti-personnel mines before UN observers.",
        "Army engineers destroyed their stockpile of landmines at a range outside Pradera.",
    ],
)
def test_mines_destroyed_by_those_who_hold_them_are_disrupted_weapons_use(text):
    assert primary(text, "Pradera")["Pradera"] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nine injured villagers were taken to a clinic in the liberated area of Kani Township.", "Kani Township"),
    ],
)
def test_an_area_named_liberated_tells_who_holds_it_not_a_taking(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talks resume in Geneva; Ankara hails air strikes on militant camps", "Ankara"),
        ("Drones of the partners of Jubaland struck militant hideouts near Bardera on Friday.", "Jubaland"),
    ],
)
def test_a_capital_hailing_strikes_or_an_owner_of_allies_takes_no_strike(text, name):
    assert primary(text, name)[name] == NONE

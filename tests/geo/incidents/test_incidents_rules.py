"""What a capture, a raid or a weapon noun becomes when no one fights: offices or arms
taken over, raids that end in arrests, drones downed, bombs found and detonated, arrests
made over an attack, and an event noun told as planned. Every sentence here is new
(none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, DISRUPTED, HANDOVER, IED, NONE, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militiamen loyal to the former mayor took control of the town hall in Bangassou on Monday.", "Bangassou"),
        ("Forces loyal to the rival faction took over the municipal offices in Bosaso on Tuesday.", "Bosaso"),
        ("Rebels took control of Kamanyola without a shot being fired, residents said.", "Kamanyola"),
    ],
)
def test_takeover_of_offices_or_without_a_shot_is_a_non_violent_transfer(text, name):
    assert primary(text, name)[name] == HANDOVER


def test_arms_sites_taken_over_by_the_army_are_disrupted_weapons_use():
    text = "The army said it had taken over a tunnel complex and seized rocket launchers near Sidon."
    assert primary(text, "Sidon")["Sidon"] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a raid whose clause goes on with arrests, told as a participle
        ("Police carried out 30 raids in the Ciudad Bolivar district, arresting 41 suspected gang members.",
         "Ciudad Bolivar", ARRESTS),
        # arrests made over an attack are not the attack
        ("Police said nine suspects were arrested in Bokkos in connection with the attack.", "Bokkos", ARRESTS),
    ],
)
def test_raids_and_arrests_over_an_attack_are_arrests(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # drones downed, after a launch told with a list of places
        ("Air defences said 25 drones launched from Oryol and Bryansk were downed over the Chernihiv region.",
         "Chernihiv", DISRUPTED),
        # bombs told as found, then blown up by engineers: a controlled detonation
        ("Army engineers detonated three roadside bombs found near Galkayo.", "Galkayo", DISRUPTED),
        # a bomb that militants set off is an attack
        ("Militants detonated a roadside bomb near Galkayo, killing two soldiers.", "Galkayo", IED),
    ],
)
def test_weapons_downed_or_found_are_disrupted_not_fired(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups say further demolitions are planned in Silwan.",
        "More air strikes are expected in Marib, officials said.",
    ],
)
def test_event_noun_told_as_planned_did_not_happen(text):
    name = "Silwan" if "Silwan" in text else "Marib"
    assert primary(text, name)[name] == NONE

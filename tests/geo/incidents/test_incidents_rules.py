"""What a capture, a raid or a weapon noun becomes when no one fights: offices or arms
taken over, raids that end in arrests, drones downed, bombs found and detonated, arrests
made over an attack, an event noun told as planned, a strike that is a walkout, walking out of
a place, and an armed group laying down its arms. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    AIR,
    ARRESTS,
    CHANGE,
    DISRUPTED,
    HANDOVER,
    IED,
    NONE,
    PEACEFUL,
    primary,
)


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shops in Kupwara stayed closed on Monday in a strike against the arrest of a cleric.", "Kupwara"),
        ("Drivers in Lagos began a three-day strike on Monday.", "Lagos"),
        ("Nurses in Kisumu joined an indefinite strike to demand unpaid allowances.", "Kisumu"),
        ("Packing plants in Uruapan halted work in a strike over extortion by cartels.", "Uruapan"),
    ],
)
def test_a_strike_that_is_called_joined_or_shuts_shops_is_a_walkout(text, name):
    assert primary(text, name)[name] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Russian strike on Kharkiv killed three people on Sunday.", "Kharkiv"),
        ("Two civilians were killed in a strike on a car near Nabatieh.", "Nabatieh"),
    ],
)
def test_a_strike_on_a_target_is_still_a_military_strike(text, name):
    assert primary(text, name)[name] == AIR


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The fighters walked out of the bush near Gwoza to surrender to soldiers.", "Gwoza", NONE),
        ("Opposition lawmakers walked out of parliament in Kampala on Tuesday.", "Kampala", PEACEFUL),
    ],
)
def test_walking_out_of_a_place_is_no_walkout(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Some 300 ADF fighters surrendered to the army in Beni on Friday.", "Beni", CHANGE),
        ("More than 150 Maoist rebels laid down their arms in Sukma on Saturday.", "Sukma", CHANGE),
        # no armed group: a gun amnesty
        ("Residents surrendered 40 unlicensed guns at the police station in Marawi.", "Marawi", NONE),
    ],
)
def test_an_armed_group_laying_down_its_arms_is_a_change_of_activity(text, name, expected):
    assert primary(text, name)[name] == expected


def test_troops_entering_a_town_without_a_shot_is_a_non_violent_transfer():
    text = "Government troops entered Kidal without firing a shot after the rebels withdrew."
    assert primary(text, "Kidal")["Kidal"] == HANDOVER

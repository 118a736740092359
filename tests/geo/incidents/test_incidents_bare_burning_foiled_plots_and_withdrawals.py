"""Strategic developments read as None, third round: property burnt with its noun a few
words on, weapons stopped on their way to a place or carried as small arms, plans foiled,
positions taken up after the other side withdrew, sites left behind by a pullback, and
truces announced. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISRUPTED, HANDOVER, LOOTING, NONE, primary

AGREEMENT = ("Strategic developments", "Agreement")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Kandira, the militia burned about forty houses on Sunday, residents said.", "Kandira"),
        ("Gunmen burnt a grain store in Tafara on Monday.", "Tafara"),
        ("Armed men burned three polling booths and the ballot boxes in Maruba.", "Maruba"),
    ],
)
def test_a_bare_burn_verb_with_property_a_few_words_on_destroys_property(text, name):
    assert primary(text, name)[name] == LOOTING


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Three miners burned to death when a fire broke out in a shaft near Kandira.", "Kandira"),
        ("The fire burned for six hours in Tafara before it was put out.", "Tafara"),
    ],
)
def test_a_bare_burn_verb_with_no_property_after_it_destroys_nothing(text, name):
    assert primary(text, name)[name] != LOOTING


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The city's mayor said 30 drones heading for Kursk were shot down overnight.", "Kursk"),
        ("Air defences intercepted two missiles headed towards Haifa on Tuesday.", "Haifa"),
    ],
)
def test_weapons_brought_down_on_their_way_to_a_place_are_disrupted_there(text, name):
    assert primary(text, name)[name] == DISRUPTED


def test_people_heading_for_a_place_take_no_disrupted_weapons_use():
    text = "Police intercepted a bus carrying migrants heading for Tijuana on Sunday."
    assert primary(text, "Tijuana")["Tijuana"] == NONE


def test_a_boat_stopped_with_small_arms_aboard_is_disrupted_weapons_use():
    text = "The coast guard intercepted a fishing boat carrying pistols and grenades near Lamu on Friday."
    assert primary(text, "Lamu")["Lamu"] == DISRUPTED


@pytest.mark.parametrize(
    "text",
    [
        "Police said they had foiled a plan to bomb a bridge in Mosul.",
        "Intelligence officers thwarted a plot to attack the airport in Mosul last week.",
    ],
)
def test_a_foiled_plan_to_attack_is_disrupted_weapons_use_at_its_target(text):
    assert primary(text, "Mosul")["Mosul"] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Government soldiers took up positions in Kadugli after the rebels withdrew on Sunday.", "Kadugli"),
        ("The rebels pulled their fighters out of the hills, and army units deployed in Kadugli.", "Kadugli"),
    ],
)
def test_positions_taken_up_or_a_deployment_after_the_other_side_withdrew_are_a_handover(text, name):
    assert primary(text, name)[name] == HANDOVER


def test_positions_taken_up_with_no_withdrawal_are_no_handover():
    text = "Government soldiers took up positions around Kadugli on Sunday."
    assert primary(text, "Kadugli")["Kadugli"] != HANDOVER


def test_sites_left_behind_by_a_pullback_change_hands():
    text = "The rebel troops pulled back to the river, leaving positions in Kalehe and Minova, residents said."
    got = primary(text, "Kalehe", "Minova")
    assert got["Kalehe"] == HANDOVER and got["Minova"] == HANDOVER


@pytest.mark.parametrize(
    "text",
    [
        "On Friday the governor announced a new ceasefire with the clan elders in Baidoa.",
        "The council announced a truce in Baidoa after talks with the two militias.",
    ],
)
def test_a_truce_announced_is_an_agreement_where_it_holds(text):
    assert primary(text, "Baidoa")["Baidoa"] == AGREEMENT


def test_burnt_property_does_not_follow_captives_led_away_to_a_river():
    text = "The raiders burned 12 houses in Masiki and took away ten people, who were led towards the Ituri river."
    got = primary(text, "Masiki", "Ituri")
    assert got["Ituri"] == NONE

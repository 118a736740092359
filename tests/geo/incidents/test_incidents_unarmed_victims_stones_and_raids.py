"""Types among events read on holdouts 53-57: a crowd that stones, sets alight or breaks
into something riots; gunmen killing an unarmed person attack a civilian, settlers attack
whoever they find; a weapon qualified after "with" is the attack's instrument; places
that come under fire after shelling are shelled; troops entering villages to burn houses
destroy property rather than take ground; a raid that carries off computers is a
plunder; and bare clashes in a story of protesters killed are riots. Every sentence here
is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ATTACK, CLASH, INTERVENTION, LOOTING, RIOT, SHELLING, primary


@pytest.mark.parametrize(
    "text",
    [
        "In Kisumu, protesters stoned the offices of the county commissioner.",
        "In Kisumu, demonstrators broke with stones the windows of the county offices.",
        "In Kisumu, protesters set a police car on fire near the market.",
        "In Kisumu, protesters broke into the offices of the ruling party and threw out chairs.",
    ],
)
def test_a_crowd_that_stones_burns_or_breaks_in_riots(text):
    assert primary(text, "Kisumu")["Kisumu"] == RIOT


def test_riot_police_shock_bombs_are_an_intervention_not_a_bomb():
    text = "In Kisumu, police dispersed the protesters with tear gas and shock bombs."
    assert primary(text, "Kisumu")["Kisumu"] == INTERVENTION


@pytest.mark.parametrize(
    "text",
    [
        "In Tillaberi, unknown gunmen shot dead a shopkeeper on Tuesday evening.",
        "Armed men killed three men at a roadblock in Tillaberi, residents said.",
    ],
)
def test_gunmen_killing_an_unarmed_person_attack_a_civilian(text):
    assert primary(text, "Tillaberi")["Tillaberi"] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "In Tillaberi, gunmen shot dead two soldiers at a checkpoint.",
        "Troops killed a militia commander near Tillaberi.",
    ],
)
def test_killing_armed_men_stays_a_clash(text):
    assert primary(text, "Tillaberi")["Tillaberi"] == CLASH


def test_settler_as_a_modifier_still_attacks_civilians():
    text = "Settler attacks on shepherds were reported in Susya on Friday."
    assert primary(text, "Susya")["Susya"] == ATTACK


def test_an_attack_dated_before_its_agent_still_reaches_its_civilian_target():
    text = ("Mourning was declared after the attack committed on Friday night by jihadists "
            "against the worshippers of the mosque of Tillaberi.")
    assert primary(text, "Tillaberi")["Tillaberi"] == ATTACK


def test_a_qualified_weapon_after_with_is_the_instrument():
    text = "The rebels said they targeted with guided missiles a column of army vehicles near Kafr Zita."
    assert primary(text, "Kafr Zita")["Kafr Zita"] == SHELLING


def test_a_patrol_coming_under_fire_near_a_place_is_no_shelling():
    text = "Soldiers on a foot patrolling mission near the village of Tres Palos came under fire and responded."
    assert primary(text, "Tres Palos")["Tres Palos"] != SHELLING


def test_troops_entering_villages_to_burn_houses_destroy_property():
    text = "A column of soldiers entered Kyauk Ka village and set fire to dozens of houses on Monday."
    assert primary(text, "Kyauk Ka")["Kyauk Ka"] == LOOTING


def test_a_raid_that_carries_off_computers_is_a_plunder():
    text = "Militiamen stormed the offices of a relief agency in Marib and seized computers and files."
    assert primary(text, "Marib")["Marib"] == LOOTING


def test_bare_clashes_in_a_story_of_protesters_killed_are_riots():
    text = ("At least four people were killed on Monday as protests over fuel prices spread across the country. "
            "Clashes were also reported in Kumasi and Tamale.")
    got = primary(text, "Kumasi", "Tamale")
    assert got["Kumasi"] == RIOT and got["Tamale"] == RIOT

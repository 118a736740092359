"""Battles the tagger used to miss or mistype: an attack whose weapon belongs to another
clause, recaptures told "earlier" or of a place held since a year, armies and armed groups
known by their initials, the regaining of control as a noun, an engagement told with its
outcome, fighters killed in the passive, and fighting reported after an unreal clause.
Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import CLASH, GOV_REGAINS, IED, NSO, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the weapon is the subject of a later clause of its own
        ("Rebels said they attacked a border post near Tamou on Friday, and army helicopters bombed Kollo.", "Tamou"),
        # the weapon is told in an earlier clause of its own
        ("A patrol struck a landmine near Kollo, and militants attacked a barracks in Tamou.", "Tamou"),
    ],
)
def test_attack_does_not_borrow_the_weapon_of_another_coordinate_clause(text, name):
    assert primary(text, name)[name] == CLASH


def test_attack_noun_still_takes_the_weapon_told_before():
    text = ("Militants drove a car bomb into the gate of the Kollo barracks, and police later "
            "detained a suspected organiser of the attack in Tamou.")
    assert primary(text, "Tamou")["Tamou"] != CLASH


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The insurgents had earlier seized Barawe and two nearby villages.", "Barawe", NSO),
        ("Government troops have earlier recaptured Kolwezi from the militia.", "Kolwezi", GOV_REGAINS),
    ],
)
def test_earlier_after_an_auxiliary_is_news_not_an_earlier_event(text, name, expected):
    assert primary(text, name, when=date(2025, 3, 1))[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had retaken Pakokku, a river port held by resistance fighters since 2022.",
        "Troops regained control of Pakokku, a market town controlled by the rebels since 2023.",
    ],
)
def test_year_of_a_place_held_in_an_apposition_does_not_date_the_recapture(text):
    assert primary(text, "Pakokku", when=date(2025, 3, 1))["Pakokku"] == GOV_REGAINS


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The ENDF said it had retaken several kebeles around Debark.", "Debark", GOV_REGAINS),
        ("The SSPDF and the SPLA-IO clashed near Malakal on Sunday.", "Malakal", CLASH),
        ("Fighters of the TNLA attacked a police station in Hsipaw.", "Hsipaw", CLASH),
    ],
)
def test_armies_and_armed_groups_known_by_their_initials_are_armed_actors(text, name, expected):
    assert primary(text, name)[name] == expected


def test_regaining_of_control_as_a_noun_is_a_recapture():
    text = "The army announced the regaining of control over Tillaberi and two villages after heavy fighting."
    assert primary(text, "Tillaberi")["Tillaberi"] == GOV_REGAINS


@pytest.mark.parametrize("outcome", ["dispersed", "repelled", "killed"])
def test_engagement_told_with_its_outcome_is_a_clash(outcome):
    text = f"Soldiers engaged and {outcome} a group of insurgents near Macomia on Friday."
    assert primary(text, "Macomia")["Macomia"] == CLASH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said six soldiers had been killed near Kidal on Tuesday.", CLASH),
        ("Four militants have been wounded near Kidal, the police said.", CLASH),
        # a blast told in the clause still types the toll
        ("Two soldiers were killed by a roadside bomb near Kidal.", IED),
    ],
)
def test_fighters_killed_in_the_passive_fell_in_a_clash(text, expected):
    assert primary(text, "Kidal")["Kidal"] == expected


def test_former_fighters_killed_in_the_passive_are_no_clash():
    text = "Three former rebel combatants were killed near Kidal on Tuesday."  # they laid down their arms
    assert primary(text, "Kidal")["Kidal"] != CLASH


def test_fighting_reported_after_an_unreal_clause_is_real():
    text = "The rebels said they would never leave Lashio, and fighting was reported near Kutkai on Monday."
    assert primary(text, "Kutkai")["Kutkai"] == CLASH

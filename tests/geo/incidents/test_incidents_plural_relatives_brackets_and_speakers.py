"""Attachment of events to the places of their sentence, read on holdouts 53-57: a
relative clause after a list named by a plural kind tells of every item, a list cut by
a bracket goes on inside and after it, a projectile fired from afar still hit where it
landed, a fronted place or its residents tell what happened there, and a victim's
doing in a "while" clause places the harm. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, ATTACK, DISPLACED, NONE, SHELLING, AIR, IED, primary


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of families left the Lomar and Dovik villages, where shelling has become a daily event, for Kessel.",
        "Officials counted the damage in the Lomar and Dovik communities, where shelling hit homes on Friday.",
    ],
)
def test_a_relative_clause_after_a_plural_kind_tells_of_every_item(text):
    got = primary(text, "Lomar", "Dovik")
    assert got["Lomar"] == SHELLING and got["Dovik"] == SHELLING


def test_a_relative_clause_after_a_plain_list_still_tells_only_of_the_last():
    text = "The army warned people not to return to frontier villages, including Lomar and Dovik, where troops remain."
    assert primary(text, "Lomar", "Dovik")["Lomar"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "About 40,000 people remain displaced, mostly in Varo, Kessel (particularly Lomar and Dovik districts) and Tarn.",
        "About 40,000 people remain displaced, mostly in Kessel (Lomar and Dovik districts) and Tarn.",
    ],
)
def test_a_list_cut_by_a_bracket_goes_on_inside_and_after_it(text):
    got = primary(text, "Kessel", "Lomar", "Dovik", "Tarn")
    assert all(got[name] == DISPLACED for name in ("Kessel", "Lomar", "Dovik", "Tarn"))


def test_a_bracket_that_names_another_name_of_the_place_shares_its_event():
    text = "A drone strike hit a pickup truck on the outskirts of Kessel (Lomar Tarn) on Sunday."
    assert primary(text, "Kessel", "Lomar Tarn")["Lomar Tarn"] == AIR


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed two soldiers near Varo (Kessel province) on Tuesday.",
        "A roadside bomb killed two soldiers near Varo (Kessel region) on Tuesday.",
    ],
)
def test_a_bracket_that_only_locates_the_place_in_a_division_takes_no_event(text):
    got = primary(text, "Varo", "Kessel")
    assert got["Varo"] == IED and got["Kessel"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Mortar rounds fired by the militia from the hills landed in the Lomar district on Friday, wounding three.",
        "Artillery shells fired by the army from its hilltop base landed in Lomar on Friday, wounding three people.",
        "Rockets launched by the rebels from the forest landed in the Lomar district, wounding a woman.",
    ],
)
def test_a_projectile_fired_from_afar_hit_where_it_landed(text):
    assert primary(text, "Lomar")["Lomar"] == SHELLING


@pytest.mark.parametrize(
    "text",
    [
        "In Kessel, the capital of the eastern province, witnesses said a drone hit the bus station.",
        "In Kessel, the largest town of the valley, residents said a drone hit the bus station at dawn.",
    ],
)
def test_a_fronted_place_with_an_apposition_takes_what_its_witnesses_tell(text):
    assert primary(text, "Kessel")["Kessel"] == AIR


def test_a_fronted_place_takes_what_was_reported_that_happened_there():
    text = "In Kessel, local sources reported that gunmen shot dead a shopkeeper on Sunday."
    assert primary(text, "Kessel")["Kessel"] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kessel said soldiers had arrested four young men from the town.",
        "Villagers in Kessel said police arrested a teacher on Monday.",
    ],
)
def test_residents_of_a_place_tell_what_happened_there(text):
    assert primary(text, "Kessel")["Kessel"] == ARRESTS


def test_residents_who_only_heard_fighting_are_not_its_place():
    text = "Residents of the nearby Kessel district said they heard explosions for an hour."
    assert primary(text, "Kessel")["Kessel"] == NONE


def test_a_victims_doing_in_a_while_clause_places_the_harm():
    text = "Two farmers were injured by a landmine explosion while they were working in their fields outside Kessel."
    assert primary(text, "Kessel")["Kessel"] == IED


def test_a_which_clause_after_a_plural_kind_is_no_relative_of_the_places():
    text = "The Lomar and Dovik regions, which are mostly farmland, have seen the heaviest arson attacks since the coup."
    got = primary(text, "Lomar", "Dovik")
    assert got["Lomar"] == got["Dovik"]

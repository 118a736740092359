"""False violence, second pass (holdouts 43-52): property destroyed with no one attacked,
handovers and unopposed advances, states named only as an authority, a standing or an
adversary, background told in a "when" clause or with "that year", a salvo all downed,
arms as cargo, a plane landing, and a campaign that only frames the deed. Every sentence
here is new (none is from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import ABDUCTION, CLASH, DISRUPTED, HANDOVER, IED, LOOTING, NONE, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants blew up the telephone mast of Garbahaarey on Sunday.", "Garbahaarey"),
        ("The insurgents blew up a telecommunication tower near Beled Hawo overnight.", "Beled Hawo"),
        ("Settlers destroyed a water well in the hamlet of Susiya on Friday, residents said.", "Susiya"),
        ("Soldiers destroyed the solar panels of a school in Umm al-Kheir.", "Umm al-Kheir"),
    ],
)
def test_works_blown_up_or_destroyed_with_no_one_hurt_are_property_destruction(text, name):
    assert primary(text, name)[name] == LOOTING


def test_burning_of_houses_told_as_a_noun_is_property_destruction_not_a_riot():
    text = "Monitors documented the burning of houses in the village of Beit Yashout on Thursday."
    assert primary(text, "Beit Yashout")["Beit Yashout"] == LOOTING


def test_a_bridge_blown_up_stays_a_bombing():
    text = "Rebels blew up a road bridge at Kolwezi on Monday, cutting the highway."
    assert primary(text, "Kolwezi")["Kolwezi"] == IED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last week the army took over positions in Yaroun after Israeli forces pulled out.", "Yaroun"),
        ("Troops took control of Dhobley after the militants withdrew from it.", "Dhobley"),
    ],
)
def test_positions_taken_over_after_the_other_side_pulled_out_are_a_handover(text, name):
    assert primary(text, name)[name] == HANDOVER


def test_a_recapture_after_the_other_side_pulled_out_stays_a_battle():
    text = "The army said it had recaptured Bulo Burde after the militants pulled out overnight."
    assert primary(text, "Bulo Burde")["Bulo Burde"][0] == "Battles"


def test_fighting_that_left_dead_is_no_withdrawal():
    text = "Troops took control of Bentiu after fighting that left dozens dead."
    assert primary(text, "Bentiu")["Bentiu"] != HANDOVER


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli troops moved into the demilitarised buffer zone near Hader on Sunday.", "Hader"),
        ("Occupation forces advanced into the vicinity of Jamla and set up a checkpoint.", "Jamla"),
    ],
)
def test_an_advance_into_open_ground_or_to_dig_in_is_a_handover(text, name):
    assert primary(text, name)[name] == HANDOVER


def test_an_entry_that_digs_in_after_a_fight_stays_a_battle():
    text = "Rebels entered the village of Kalma and set up positions after heavy clashes with the army."
    assert primary(text, "Kalma")["Kalma"][0] == "Battles"


def test_an_entry_before_an_unopposed_dig_in_is_not_a_battle():
    text = "Israeli troops entered the village of Kalma and bulldozed farmland."
    assert primary(text, "Kalma")["Kalma"] in (HANDOVER, LOOTING)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soldiers shot dead 12 people queuing for flour in Deir al-Balah, Gaza health authorities said.", "Gaza"),
        ("A drone killed four farmers in Kadugli, Sudan health officials said.", "Sudan"),
        ("Tehran called the strike on Damascus an attack on Iran's sovereignty.", "Iran"),
        ("Curfews were lifted after last spring's hostilities with Eritrea, officials said.", "Eritrea"),
    ],
)
def test_a_state_named_as_authority_standing_or_adversary_takes_no_violence(text, name):
    assert primary(text, name)[name] == NONE


def test_an_event_told_in_a_when_clause_after_an_earlier_campaign_is_background():
    text = ("The strike hit a substation rebuilt after the winter attacks, when missiles destroyed "
            "a plant in Burshtyn, the operator said.")
    assert primary(text, "Burshtyn", when=date(2025, 8, 1))["Burshtyn"] == NONE


def test_fighting_that_year_is_background():
    text = "She fled Rutshuru in 2022. Her shop in Kiwanja was looted during fighting that year, she said."
    assert primary(text, "Kiwanja", when=date(2025, 3, 1))["Kiwanja"][0] != "Battles"


def test_kidnapping_as_a_standing_business_is_no_abduction():
    text = "Abduction for ransom has become a thriving business in Kogi, where gangs roam the forests."
    assert primary(text, "Kogi")["Kogi"] != ABDUCTION


def test_a_campaign_that_only_frames_the_deed_is_no_clash():
    text = "Troops of Operation Hadin Kai, in continuation of offensive operations in the North East, rescued 14 captives."
    assert primary(text, "North East")["North East"] != CLASH


def test_a_fighting_patrol_is_no_fight():
    text = "Troops on fighting patrol searched the hamlet of Bita and found nobody."
    assert primary(text, "Bita")["Bita"] != CLASH


def test_a_salvo_all_downed_is_a_disrupted_weapons_use():
    text = "Drones targeted the Bryansk region overnight; officials said all were shot down over Bryansk."
    assert primary(text, "Bryansk")["Bryansk"] == DISRUPTED


def test_a_salvo_almost_all_downed_is_still_a_strike():
    text = "Russia launched 200 drones at Lviv overnight, and officials said almost all of them were shot down."
    assert primary(text, "Lviv")["Lviv"][0] == "Explosions/Remote violence"


def test_arms_carried_as_cargo_are_no_shelling():
    text = "A lorry loaded with mortar rounds and rifles left the camp at Mieh Mieh under army escort."
    assert primary(text, "Mieh Mieh")["Mieh Mieh"] == NONE


def test_a_plane_landing_is_no_air_strike():
    text = "Supporters blocked roads in Tripoli after officials barred a chartered plane from landing at Tripoli airport."
    assert primary(text, "Tripoli")["Tripoli"][0] != "Explosions/Remote violence"

"""Violent events read on holdouts 53-57 that had no trigger: a force's advance told where it
was made, an enemy "defeated near" settlements, a war side's claim of a place, infiltration
groups, fighters' camps destroyed near villages, shells fired by someone that "landed in"
districts, people taken whose whereabouts are unknown, a toll of civilians told before any
aircraft in the story, a shelling whose "so far" only counts no casualties, and a later
clause's month that dates only that clause. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import (
    ABDUCTION,
    AIR,
    ARRESTS,
    ATTACK,
    CLASH,
    NONE,
    SHELLING,
    primary,
)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces advanced near Ortova and in Belmir over the weekend, the general staff said.",
        "Government troops advanced in Ortova and near Belmir on Tuesday.",
        "The rebels continued to advance south-east of Ortova and north of Belmir this week.",
    ],
)
def test_a_force_advancing_near_or_in_a_place_fights_there(text):
    got = primary(text, "Ortova", "Belmir")
    assert got["Ortova"][0] == CLASH[0] and got["Belmir"][0] == CLASH[0]


@pytest.mark.parametrize(
    "text",
    [
        "The talks had advanced in rounds held in Ortova before they were frozen.",
        "In earlier decades the boundary line was advanced in Ortova by surveyors.",
        "Russian troops were advancing towards Ortova, analysts said.",
    ],
)
def test_an_advance_of_talks_a_line_or_towards_a_place_is_no_fight_there(text):
    assert primary(text, "Ortova")["Ortova"] == NONE


def test_enemy_manpower_defeated_near_settlements_is_a_clash():
    text = "Units and equipment of the enemy were defeated near the settlements of Ortova and Belmir."
    got = primary(text, "Ortova", "Belmir")
    assert got["Ortova"] == CLASH and got["Belmir"] == CLASH


def test_a_war_side_claiming_named_villages_took_them():
    text = "Russian forces pressed on in the region, and Moscow claimed Ortova and Belmir on Sunday."
    got = primary(text, "Ortova", "Belmir")
    assert got["Ortova"][0] == "Battles" and got["Belmir"][0] == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "The militia claimed Ortova had been shelled by the army on Monday.",
        "The army said the militants claimed responsibility for the blast in Ortova's market, then fled.",
    ],
)
def test_a_claim_of_what_someone_did_takes_no_place(text):
    assert primary(text, "Ortova")["Ortova"][1] not in ("Non-state actor overtakes territory",
                                                         "Government regains territory")


@pytest.mark.parametrize(
    "text",
    [
        "Enemy infiltration groups were spotted between Ortova and Belmir, where troops are fighting.",
        "The army repelled an infiltration attempt by the militia near Ortova and Belmir.",
    ],
)
def test_infiltration_groups_or_attempts_are_a_clash_where_they_were(text):
    got = primary(text, "Ortova", "Belmir")
    assert got["Ortova"][0] == "Battles" and got["Belmir"][0] == "Battles"


def test_shells_fired_by_militants_that_landed_in_districts_hit_them():
    text = "Mortar rounds fired by the insurgents landed in the Ortova and Belmir districts of the capital overnight."
    got = primary(text, "Ortova", "Belmir")
    assert got["Ortova"] == SHELLING and got["Belmir"] == SHELLING


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, nine farmers were taken from a hamlet near Ortova by gunmen; their whereabouts remain unknown.",
        "In Ortova, militiamen detained 14 young men at a checkpoint, whose whereabouts are still unknown.",
    ],
)
def test_people_taken_by_armed_men_whose_whereabouts_are_unknown_were_abducted(text):
    assert primary(text, "Ortova")["Ortova"] == ABDUCTION


def test_an_arrest_with_no_whereabouts_unknown_stays_an_arrest():
    text = "In Ortova, police detained 14 young men at a checkpoint on Monday."
    assert primary(text, "Ortova")["Ortova"] == ARRESTS


def test_a_civilian_toll_told_before_any_aircraft_in_the_story_is_an_attack():
    text = (
        "Militiamen stormed the villages of Ortova and Belmir on Sunday and burned the houses.\n\n"
        "Elders said at least 19 civilians were killed in Ortova alone.\n\n"
        "Later, army drones struck militia positions near Kasso."
    )
    assert primary(text, "Ortova", "Belmir", "Kasso")["Ortova"] == ATTACK


def test_a_civilian_toll_told_after_strikes_is_not_read_as_a_ground_attack():
    text = (
        "Warplanes struck several villages in the district on Sunday.\n\n"
        "Elders said at least 19 civilians were killed in Ortova alone."
    )
    assert primary(text, "Ortova")["Ortova"] != ATTACK


def test_no_casualties_so_far_leaves_a_shelling_the_days_news():
    text = ("Government forces shelled with dozens of rockets the villages of Ortova and Belmir since this "
            "morning, causing damage, with no casualties reported so far.")
    got = primary(text, "Ortova", "Belmir", when=date(2024, 10, 17))
    assert got["Ortova"] == SHELLING and got["Belmir"] == SHELLING


def test_a_running_total_so_far_is_still_no_event():
    text = "Government forces have shelled Ortova hundreds of times so far this year."
    assert primary(text, "Ortova", when=date(2024, 10, 17))["Ortova"] == NONE


def test_a_month_in_a_later_and_that_clause_does_not_date_the_event():
    text = ('The ministry said that 12 militants were "neutralised" in the areas of Ortova and Belmir, '
            "and that the operation will go on despite the truce offered in February by the group.")
    got = primary(text, "Ortova", "Belmir", when=date(2025, 4, 20))
    assert got["Ortova"][0] == "Battles" and got["Belmir"][0] == "Battles"


def test_fighters_camps_destroyed_near_villages_are_a_clash_there():
    text = "The security forces destroyed the camps of the armed group near Ortova and Belmir, the council said."
    got = primary(text, "Ortova", "Belmir")
    assert got["Ortova"] == CLASH and got["Belmir"] == CLASH


def test_fighters_hideouts_destroyed_with_aircraft_are_an_air_strike():
    text = "Troops backed by warplanes destroyed hideouts of the militant cells east of Ortova."
    assert primary(text, "Ortova")["Ortova"] == AIR


def test_camps_of_the_displaced_destroyed_by_floods_are_no_clash():
    text = "Floods destroyed the camps of the displaced families near Ortova last night."
    assert primary(text, "Ortova")["Ortova"][0] != "Battles"

"""Document context that spoiled right readings on holdouts 43-57: the article's date read
against a relative clause's month, a year closing a "since" phrase, a name's year, a thing's
state "closed since", a month of another event noun, a report told now, the displaced still
away; story flags letting camps of gangs and armed men arriving count as displacement, and
aircraft elsewhere turning a group's raids into air raids; anaphors that went to a dateline
or past the place the noun had named. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import (
    ARRESTS,
    ATTACK,
    CLASH,
    DISPLACED,
    NONE,
    PEACEFUL,
    primary,
)


@pytest.mark.parametrize(
    "text",
    [
        ("In Velora province, where rebels launched an offensive in June, government troops attacked rebel "
         "positions near Ortova."),
        ("The Kenyan contingent, which has been in Velora since March 2021, clashed with militants near Ortova "
         "on Monday."),
    ],
)
def test_a_relative_clauses_date_does_not_date_the_main_clause_after_it(text):
    assert primary(text, "Ortova", when=date(2025, 9, 10))["Ortova"][0] == CLASH[0]


def test_the_relative_clauses_own_event_stays_dated():
    text = "In Velora province, where rebels seized Ortova in June, troops patrolled the roads on Monday."
    assert primary(text, "Ortova", when=date(2025, 9, 10))["Ortova"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Kenya agreed in Nairobi to expand its deployment.",
        "The government decided in Nairobi to boost the deployment.",
    ],
)
def test_a_noun_trigger_an_intended_infinitive_governs_is_no_event(text):
    assert primary(text, "Nairobi")["Nairobi"] == NONE


def test_a_state_expelling_a_foreign_force_retakes_no_place():
    text = "The junta has expelled French troops and formed a confederation with Ortova and Belmir."
    got = primary(text, "Ortova", "Belmir")
    assert got["Ortova"] == NONE and got["Belmir"] == NONE


def test_a_date_that_opens_a_later_clause_with_its_own_subject_dates_only_that_clause():
    text = ("Earlier this month French troops left their base in Ortova, and in November they withdrew from "
            "Belmir in the south.")
    got = primary(text, "Ortova", "Belmir", when=date(2025, 1, 28))
    assert got["Ortova"][0] == "Strategic developments" and got["Belmir"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Thousands rallied in Ortova on Sunday, the largest protests since the military coup in 2021.",
        "Hundreds marched in Ortova on Friday, the biggest demonstration since the disputed vote in 2020.",
    ],
)
def test_a_year_closing_a_since_phrase_after_the_event_dates_what_it_is_measured_against(text):
    assert primary(text, "Ortova", when=date(2025, 6, 2))["Ortova"][0] == PEACEFUL[0]


def test_a_since_year_with_a_when_clause_still_dates_that_clause():
    text = "The raids are the worst since 2021, when rebels briefly seized Ortova."
    assert primary(text, "Ortova", when=date(2025, 6, 2))["Ortova"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Among the dead are signatories of the Peace Accord of 2016, assassinated in their homes in Ortova.",
        "The victims included members of the Truth Commission of 2019, assassinated last week in Ortova.",
    ],
)
def test_the_year_of_a_capitalised_name_does_not_date_the_event(text):
    assert primary(text, "Ortova", when=date(2025, 1, 20))["Ortova"][0] == ATTACK[0]


def test_a_month_named_with_of_and_a_year_still_dates():
    text = "In October of 2022, gunmen shot dead five farmers in Ortova."
    assert primary(text, "Ortova", when=date(2025, 1, 20))["Ortova"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Ortova staged a sit-in to demand the reopening of the bridge to Belmir, closed since 2019.",
        "Farmers in Ortova held a protest against the closure of the road to Belmir, blocked since 2020.",
    ],
)
def test_a_things_state_since_a_year_does_not_date_the_protest(text):
    assert primary(text, "Ortova", when=date(2025, 3, 1))["Ortova"][0] == PEACEFUL[0]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Ortova detained a student leader over violence linked to protests in November.",
        "Police in Ortova arrested two men suspected of taking part in riots in October.",
    ],
)
def test_a_month_after_another_event_noun_dates_that_noun_not_the_arrest(text):
    assert primary(text, "Ortova", when=date(2025, 3, 14))["Ortova"] == ARRESTS


@pytest.mark.parametrize(
    "text",
    [
        "Survivors reported that soldiers killed villagers in Ortova in April.",
        "Witnesses told reporters that gunmen killed six traders in Ortova in April.",
    ],
)
def test_an_event_a_source_reports_now_is_news_whatever_its_month(text):
    assert primary(text, "Ortova", when=date(2025, 6, 20))["Ortova"][0] == ATTACK[0]


@pytest.mark.parametrize(
    "text",
    [
        "Families displaced from Ortova in 2022 have still not returned.",
        "Villagers who fled Ortova in 2021 remain displaced in camps.",
    ],
)
def test_people_still_away_since_an_old_flight_are_a_running_total(text):
    assert primary(text, "Ortova", when=date(2025, 3, 1))["Ortova"] == DISPLACED


@pytest.mark.parametrize(
    "text",
    [
        ("Thousands of families fled their villages last week. Bandits operate from camps in forests "
         "straddling Ortova and Belmir."),
        "Thousands of residents fled on Monday. The militants hide in camps in Ortova and Belmir.",
    ],
)
def test_camps_armed_men_operate_from_shelter_no_displaced(text):
    got = primary(text, "Ortova", "Belmir")
    assert got["Ortova"] == NONE and got["Belmir"] == NONE


def test_armed_men_arriving_in_a_story_of_flight_are_no_displaced():
    text = ("Thousands fled the area on Monday. Men armed with rifles arrived on motorbikes from Ortova and "
            "burned the market.")
    assert primary(text, "Ortova")["Ortova"] != DISPLACED


def test_an_anaphor_does_not_refer_back_to_the_dateline():
    text = ("ORTOVA, May 3 (Reuters) - Police imposed a curfew in Ortova district on Friday after clashes. "
            "Men with sticks and crude bombs attacked a rally in the town's main square.")
    assert primary(text, "ORTOVA", "Ortova")["ORTOVA"] == NONE


def test_a_dateline_named_nowhere_else_is_still_the_town_referred_to():
    text = ("ORTOVA, May 3 (Reuters) - Gunmen attacked a market on Sunday, killing six. "
            "Soldiers later clashed with the gunmen on the edge of the city.")
    assert primary(text, "ORTOVA")["ORTOVA"] != NONE


def test_an_anaphor_names_again_the_place_its_noun_called_earlier():
    text = ("Jets bombed the port of Ortova on Monday, the first raid since the Belmir war began. "
            "Warplanes hit the port again at night.")
    assert primary(text, "Ortova", "Belmir")["Belmir"] == NONE


def test_an_anaphor_for_an_unnamed_place_located_by_a_town_does_not_go_to_the_town():
    text = ("\"They come every morning,\" he said, pointing to the village, south of Ortova. "
            "Last week settlers set fire to olive trees near the village's edge.")
    assert primary(text, "Ortova")["Ortova"] == NONE


def test_a_named_groups_raids_are_no_air_raids_in_a_story_with_aircraft():
    text = "Jets bombed Belmir on Monday. In eastern Ortova, RSF raids on villages displaced 5,000 people."
    assert primary(text, "Ortova")["Ortova"][0] != "Explosions/Remote violence"


def test_movement_restrictions_that_remain_in_force_are_no_new_measure():
    text = "Troops shelled Belmir on Monday. Movement restrictions remain in force in Ortova."
    assert primary(text, "Ortova")["Ortova"] == NONE

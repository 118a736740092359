"""Protest recall read on holdouts 53-57: a strike told by how it spread, shops closing in
solidarity, a crowd told by its count of persons, a rally told by how it went on, crowds
filling a square and people walking peacefully through a town, road blockades in a story
that leads with protests, a camp outside a seat of power, a crowd celebrating a political
turn, people detained while carrying placards, and a "where" clause after a square near a
landmark. Journeys to a protest are no flight. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, INTERVENTION, NONE, OTHER, PEACEFUL, primary


@pytest.mark.parametrize(
    "text",
    [
        "The strike began on Monday in Mersin, the main port, and spread to Adana and Konya, the union said.",
        "The strike spread to Adana and Konya on Wednesday.",
        "The strike has spread to Adana and Konya, drivers said.",
    ],
)
def test_a_strike_that_spread_is_a_walkout(text):
    got = primary(text, "Adana", "Konya")
    assert got["Adana"] == PEACEFUL and got["Konya"] == PEACEFUL


def test_a_strike_that_spread_in_a_story_of_air_raids_stays_an_air_raid():
    text = "Warplanes hit Adana; the strike destroyed a depot in Konya."
    assert primary(text, "Konya")["Konya"][0] != "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "Bakeries and pharmacies in Adana and Konya closed in solidarity.",
        "Shops in Adana and Konya stayed shut in solidarity on Thursday.",
    ],
)
def test_shops_closing_in_solidarity_join_a_strike(text):
    got = primary(text, "Adana", "Konya")
    assert got["Adana"] == PEACEFUL and got["Konya"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "In Telavi, about 500 persons gathered in front of the town hall.",
        "In Telavi, some 200 individuals gathered outside the governor's office on Sunday.",
    ],
)
def test_a_crowd_told_by_its_count_of_persons_gathers_in_protest(text):
    assert primary(text, "Telavi")["Telavi"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, on Freedom Square the rally went on for a fourth night.",
        "On Freedom Square the rally continued past midnight.",
        "On Freedom Square the rally was cut short by heavy rain.",
    ],
)
def test_a_rally_told_by_how_it_went_on_was_held(text):
    assert primary(text, "Freedom Square")["Freedom Square"] == PEACEFUL


def test_a_market_rally_that_went_on_is_no_protest():
    text = "In Frankfurt, stocks rose and the rally went on for a third day."
    assert primary(text, "Frankfurt")["Frankfurt"] == NONE


def test_crowds_filling_a_square_protest_there_and_their_towns_of_origin_are_no_flight():
    text = ("Crowds filled Liberty Square on Sunday, many of them having arrived on foot from Arad and "
            "Deva over the past days.")
    got = primary(text, "Liberty Square", "Arad", "Deva")
    assert got["Liberty Square"] == PEACEFUL
    assert got["Arad"] != DISPLACED and got["Deva"] != DISPLACED


def test_families_arriving_in_a_protest_story_are_still_displaced():
    text = "As protests went on in the capital, around 200 families fleeing the fighting arrived in Deva."
    assert primary(text, "Deva")["Deva"] == DISPLACED


@pytest.mark.parametrize(
    "text",
    [
        "In Arad and Deva residents walked peacefully through the centre with drums.",
        "Others walked peacefully through Arad and Deva, waving flags.",
    ],
)
def test_walking_peacefully_through_a_town_is_a_march(text):
    got = primary(text, "Arad", "Deva")
    assert got["Arad"] == PEACEFUL and got["Deva"] == PEACEFUL


def test_blockades_in_a_story_that_leads_with_protests_are_protests():
    text = ("Students kept up protests in the capital for a tenth day on Monday, blocking bridges and "
            "junctions.\n\nBlockades were also reported in Arad, Deva and Sibiu.")
    got = primary(text, "Arad", "Deva", "Sibiu")
    assert got["Arad"] == PEACEFUL and got["Sibiu"] == PEACEFUL


def test_a_blockade_that_cuts_a_town_off_is_no_protest_even_in_a_protest_story():
    text = ("Sit-ins and protests spread across the province on Monday.\n\n"
            "The blockade has left Deva without fuel and medicine for weeks.")
    assert primary(text, "Deva")["Deva"] != PEACEFUL


def test_blockades_without_a_protest_lead_stay_strategic():
    text = "Militias tightened their grip on the highway. Blockades were also reported in Arad and Deva."
    assert primary(text, "Arad")["Arad"] == OTHER


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of families have camped outside the parliament in Sibiu on Tuesday.",
        "Dozens of retired teachers were camping outside the governor's office in Sibiu on Friday.",
    ],
)
def test_a_camp_outside_a_seat_of_power_is_a_sit_in(text):
    assert primary(text, "Sibiu")["Sibiu"] == PEACEFUL


def test_camping_outside_a_town_is_no_sit_in():
    text = "Hundreds of herders camped outside Sibiu on Friday with their flocks."
    assert primary(text, "Sibiu")["Sibiu"] != PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "Crowds celebrated the agreement in Tabqa and Manbij on Monday night.",
        "Thousands of people celebrating the fall of the governor gathered in Tabqa and Manbij.",
    ],
)
def test_crowds_celebrating_a_political_turn_demonstrate(text):
    got = primary(text, "Tabqa", "Manbij")
    assert got["Tabqa"] == PEACEFUL and got["Manbij"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "Fans celebrated the title in Tabqa late into the night.",
        "Thousands of families celebrated the wedding season in Tabqa.",
    ],
)
def test_crowds_celebrating_a_win_or_a_feast_do_not_protest(text):
    assert primary(text, "Tabqa")["Tabqa"] == NONE


def test_people_detained_while_carrying_placards_are_protesters_met_with_force():
    text = "In Chimoio, the police detained for a few hours a group of nurses who carried placards."
    assert primary(text, "Chimoio")["Chimoio"] == INTERVENTION


def test_a_where_clause_after_a_square_near_a_landmark_tells_of_the_square():
    text = "By evening, marchers had reached the edge of Azadi Square near parliament, where police fired tear gas."
    assert primary(text, "Azadi Square")["Azadi Square"] == INTERVENTION

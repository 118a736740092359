"""Displacement, third round: people told leaving a place in the progressive ("were leaving
A for B") or leaving "the locality" towards somewhere; the vehicles that carry the displaced
("onto trucks bound for X"); a share of the movers ("a smaller number reached X"); a list
of arrival places that goes on after a bracket ("in A (B and C districts), D and E"). Every
sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, find_mentions, primary

_KISMAYO = ("Kismayo", "Farjano", "Galbeet", "Dhobley", "Afmadow")

_WAR = "Fighting between the army and the militia displaced 30,000 people in the state last week. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_WAR + "Dozens of families were leaving Balcad for Afgooye and Wanlaweyn, elders said.", "Balcad"),
        (_WAR + "Dozens of families were leaving Balcad for Afgooye and Wanlaweyn, elders said.", "Wanlaweyn"),
        (_WAR + "Villagers of Bafut have begun to leave the locality towards Mbengwi and Batibo.", "Bafut"),
        (_WAR + "Villagers of Bafut have begun to leave the locality towards Mbengwi and Batibo.", "Batibo"),
    ],
)
def test_people_leaving_a_place_for_another_are_displaced_at_both(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The explosion ripped through the market, leaving Kandahar residents in shock.", "Kandahar"),
        ("The minister was leaving Geneva for Doha when the talks collapsed.", "Geneva"),
    ],
)
def test_leaving_without_displaced_movers_is_no_flight(text, name):
    assert primary(text, name)[name] != DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_WAR + "In Kitchanga, families piled sacks and chickens onto trucks bound for Kirotshe and Mweso.", "Kirotshe"),
        (_WAR + "In Kitchanga, families piled sacks and chickens onto trucks bound for Kirotshe and Mweso.", "Mweso"),
        (_WAR + "Some 90 households set off in a convoy bound for Kalehe.", "Kalehe"),
    ],
)
def test_vehicles_bound_for_a_place_carry_the_displaced_there(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_WAR + "A grain ship bound for Mombasa was turned back on Monday.", "Mombasa"),
        (_WAR + "Aid trucks bound for Kirotshe were stopped at a checkpoint.", "Kirotshe"),
    ],
)
def test_ships_and_aid_trucks_bound_for_a_place_move_no_displaced(text, name):
    assert primary(text, name)[name] != DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_WAR + "Most went to Mirebalais and Lascahobas; a smaller number reached Cange on foot.", "Cange"),
        (_WAR + "A larger number reached Thomonde by the mountain tracks.", "Thomonde"),
    ],
)
def test_a_share_of_the_movers_counts_as_people(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_WAR + "New arrivals were recorded in Kismayo (Farjano and Galbeet districts), Dhobley and Afmadow.", "Dhobley"),
        (_WAR + "New arrivals were recorded in Kismayo (Farjano and Galbeet districts), Dhobley and Afmadow.", "Afmadow"),
    ],
)
def test_a_list_of_arrival_places_goes_on_after_a_bracket(text, name):
    assert primary(text, mentions=find_mentions(text, *_KISMAYO))[name] == DISPLACED


def test_a_comma_after_a_bracket_without_a_closing_and_starts_no_list():
    text = _WAR + "New arrivals were recorded in Kismayo (Farjano district), Dhobley officials said."
    assert primary(text, mentions=find_mentions(text, "Kismayo", "Farjano", "Dhobley"))["Dhobley"] != DISPLACED

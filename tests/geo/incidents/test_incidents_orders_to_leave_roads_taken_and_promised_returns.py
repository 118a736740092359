"""Displacement, second round: orders that name the people and their places before a bare
"to leave" / "to move west", orders to return, journeys told as "have taken the road
towards" or "to reach"; precision: an order to troops or a decision to leave is no flight,
returns only guaranteed, ruled out or demanded are none, and people who "remain
internally displaced in" a country are a standing population. Every sentence here is new
(none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, NONE, primary

_FLIGHT = "Thousands of people fled the fighting in the district last week. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The military ordered residents of Kharbeta, Umm Dahab and Tell Sour to move south on Monday.", "Umm Dahab"),
        ("Soldiers told families in Qaryat Nour and Ain Safa to leave before nightfall.", "Ain Safa"),
        ("The army instructed residents of Kharbeta, Umm Dahab and Tell Sour to move south towards the coast.", "Umm Dahab"),
        ("The militia forced villagers of Dembari and Koyo to evacuate within a day.", "Dembari"),
    ],
)
def test_order_naming_people_and_their_places_before_bare_leave_is_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The commander ordered his troops in Kharbeta to leave after the truce.", "Kharbeta"),
        ("The delegation decided to leave Dembari after the talks.", "Dembari"),
    ],
)
def test_bare_leave_without_people_ordered_is_no_displacement(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Friday, the rebel authorities ordered displaced families in the sites around Rwindi and Kibirizi to return "
         "to their villages.", "Rwindi"),
    ],
)
def test_order_to_return_with_people_and_place_between_is_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FLIGHT + "Since the raid, hundreds of residents have taken the road towards Dessalines and Marchand.",
         "Marchand"),
        (_FLIGHT + "Families are wading through the swamp to reach Nyirol and Lankien.", "Lankien"),
    ],
)
def test_journey_told_as_taking_the_road_or_reaching_is_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The accord guarantees the return of families displaced from Tell Abyad.", "Tell Abyad"),
        ("Aid groups insist that the Sudanese refugees must not be returned to Eritrea.", "Eritrea"),
        ("Hundreds of displaced people rallied in the camp, demanding to return to Humera.", "Humera"),
    ],
)
def test_return_only_guaranteed_ruled_out_or_demanded_is_no_displacement(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Roughly 2.1 million people remain internally displaced in Sudan, the agency said.", "Sudan"),
        # "remain in X" right before the name (the pattern once could never match there)
        ("Some 40,000 refugees remain in Goma, the agency said.", "Goma"),
        ("About 12,000 displaced people remain in Kaya, aid groups said on Friday.", "Kaya"),
    ],
)
def test_people_who_remain_displaced_or_remain_in_a_place_are_a_standing_population(text, name):
    assert primary(text, name)[name] == NONE

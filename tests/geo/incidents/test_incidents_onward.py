"""Displacement wording found on the blind holdouts of the fourth round (19, 20, 24-30):
onward legs ("others continued to Y", "walked as far as Z"), evacuees carried to a
transit centre, returns and repatriations, flight caused by an attack ("prompting
5,000 people to flee to X"), and one person's flight. Every sentence here is new."""

from __future__ import annotations

import dataclasses

import pytest

from .incident_helpers import DISPLACED, NONE, find_mentions, place, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Families who fled the shelling reached Kramatorsk, and many continued to Dnipro by train.", "Dnipro"),
        ("Thousands fled the fighting in Kadugli, and some walked as far as Dilling.", "Dilling"),
        ("Displaced families from Tal Tamr began leaving toward Hasakah on Sunday.", "Hasakah"),
        ("Most of the displaced moved westwards to Deir al-Balah after the evacuation order.", "Deir al-Balah"),
        ("Residents fled the clashes; others have gone to Bossangoa, aid workers said.", "Bossangoa"),
    ],
)
def test_an_onward_leg_of_a_flight_is_displacement_where_it_ends(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("On Monday 140 evacuees were brought to the transit centre in Pavlohrad.", "Pavlohrad", DISPLACED),
        ("Evacuations from the border area go on. Over the past day 95 people were taken out from the villages "
         "of Velyka Pysarivka and Krasnopillia, the regional administration said.", "Krasnopillia", DISPLACED),
        ("Two soldiers wounded in the attack were taken to a hospital in Zaporizhzhia.", "Zaporizhzhia", NONE),
        ("The detained suspects were brought to Odesa for questioning.", "Odesa", NONE),
    ],
)
def test_people_carried_somewhere_are_displaced_only_when_they_are_evacuees(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ministry said 120 Iraqi families were repatriated on Tuesday from the Roj camp.", "Roj"),
        ("Gunmen burned homes in Kamuli, prompting about 2,000 people to flee to Mbale.", "Mbale"),
        ("Some 800 people crossed the border to Guatemala over the weekend after the cartel attacks.",
         "Guatemala"),
        ("Many residents were forced from the Balata camp during the raid.", "Balata"),
        ("Thousands have fled the jihadist attacks around Bandiagara. An elderly woman who reached Mopti "
         "with her grandchildren said her village was burned.", "Mopti"),
    ],
)
def test_returns_repatriations_and_caused_flight_are_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


def test_tourists_who_came_from_a_city_are_not_displaced():
    text = "Thousands of pilgrims and tourists who came from Addis Ababa filled the square as clashes went on nearby."
    assert primary(text, "Addis Ababa")["Addis Ababa"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Families who tried to return to Yaroun after the truce were turned back at an army checkpoint.", "Yaroun"),
        ("Civilians in Goma continued to face hunger and disease, the UN said.", "Goma"),
        ("The deal lets farmers return to fields around Djugu before the planting season.", "Djugu"),
    ],
)
def test_a_return_tried_or_to_the_fields_and_going_on_facing_attacks_are_no_displacement(text, name):
    assert primary(text, name)[name] == NONE


def test_people_who_continue_to_cross_into_a_country_are_displaced():
    text = "Fighting goes on near Maungdaw, and thousands of Rohingya continue to cross into Bangladesh."
    assert primary(text, "Bangladesh")["Bangladesh"] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The war in Yemen has displaced more than four million people, the UN said.", "Yemen"),
        ("More than 700,000 people are internally displaced in Mozambique, according to the IOM.", "Mozambique"),
    ],
)
def test_a_country_holding_only_a_count_of_the_displaced_is_no_place_of_flight(text, name):
    assert primary(text, mentions=_as_country(text, name))[name] == NONE


def test_a_country_people_fled_into_is_displacement():
    text = "Fighting near Maiduguri forced about 3,000 residents to flee into Cameroon on Sunday."
    assert primary(text, mentions=_as_country(text, "Cameroon"))["Cameroon"] == DISPLACED


def _as_country(text, name):
    country = place(name, "A", "PCLI")
    return [dataclasses.replace(m, place=country) for m in find_mentions(text, name)]


def test_the_injured_evacuated_to_hospitals_are_not_displaced():
    text = "A missile hit a building in Beersheba; six people were injured and evacuated to hospitals in Ashkelon."
    assert primary(text, "Ashkelon")["Ashkelon"] == NONE

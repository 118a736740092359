"""Riots and protests: a landmark's relative clause does not reach into the next sentence,
gatherings that celebrate a political turn or plead with the authorities, strikes that are
held, shutdowns called by a group, protest stands, and tyres burned with a vehicle. Every
sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import MOB, NONE, PEACEFUL, RIOT, primary


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The raiders came from a forest that stretches into Bako. In Temi on Friday, a mob beat to death "
         "a man accused of stealing cattle.", "Temi", MOB),
        ("Fighting went on in the hills which extend into Bako. In Temi, a mob lynched a suspected thief.",
         "Temi", MOB),
    ],
)
def test_landmark_relative_clause_stops_at_the_sentence_end(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Thousands gathered at the Liberty Square in Temi to celebrate the withdrawal of foreign troops.",
         "Temi", PEACEFUL),
        ("Crowds gathered on Sunday in Temi to celebrate the exit from the regional bloc, waving flags.",
         "Temi", PEACEFUL),
        ("Hundreds of families gathered in Temi to celebrate the harvest festival.", "Temi", NONE),
    ],
)
def test_gathering_to_celebrate_a_political_turn_is_a_protest(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 50 mothers of missing conscripts gathered outside the governor's office in Temi to urge "
        "the authorities to trace their sons.",
    ],
)
def test_gathering_to_plead_with_the_authorities_is_a_protest(text):
    assert primary(text, "Temi")["Temi"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "Market vendors in Temi held a strike on Tuesday to demand safer roads.",
        "Nurses at the main hospital in Temi are holding a strike for a third day over unpaid allowances.",
    ],
)
def test_a_held_strike_is_a_walkout(text):
    assert primary(text, "Temi")["Temi"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "A shutdown called by tribal bodies was observed in Temi on Monday.",
        "Shops and schools stayed closed in Temi during a bandh against the killing of a trader.",
    ],
)
def test_shutdown_called_by_a_group_is_a_protest(text):
    assert primary(text, "Temi")["Temi"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Temi organised a stand in solidarity with the soldiers on the front.",
        "Students in Temi staged a stand in support of the national army.",
    ],
)
def test_protest_stand_is_a_protest(text):
    assert primary(text, "Temi")["Temi"] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demonstrators set fire to tyres and a minibus in Temi.", RIOT),
        ("Angry students burned tyres and two police cars in Temi on Thursday.", RIOT),
        ("Demonstrators set fire to tyres in Temi.", PEACEFUL),
    ],
)
def test_tyres_burned_with_a_vehicle_are_a_riot(text, expected):
    assert primary(text, "Temi")["Temi"] == expected

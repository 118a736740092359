"""Riots read on holdouts 43-57: what a crowd throws when stones come second, angry
citizens or villagers as a mob, a fire "set" with its article, a crowd's deed told by
"they" after the crowd, a bulletin item's fronted place kept by the gate, and attacks by
others on protesters that are no riot by the protesters. Every sentence here is new
(none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import MOB, RIOT, primary


@pytest.mark.parametrize(
    "text",
    [
        "In Velmora about 300 people threw eggs and stones at the ruling party's office on Friday.",
        "Youths in Velmora hurled bottles and rocks at the town hall overnight.",
        "In Velmora, masked youths threw projectiles at police lines near the station.",
    ],
)
def test_a_crowd_throwing_stones_named_second_or_projectiles_riots(text):
    assert primary(text, "Velmora")["Velmora"] == RIOT


@pytest.mark.parametrize(
    "text",
    [
        "In Velmora, a group of angry citizens attacked a tax collector and beat him on Tuesday.",
        "Angry villagers in Velmora attacked the driver after the crash, witnesses said.",
    ],
)
def test_angry_citizens_or_villagers_attacking_someone_are_a_mob(text):
    assert primary(text, "Velmora")["Velmora"] == MOB


@pytest.mark.parametrize(
    "text",
    [
        "In Velmora, a crowd broke into the town library and set a fire in its reading room.",
        "In Velmora, demonstrators set several fires near the mayor's office.",
    ],
)
def test_a_crowd_setting_a_fire_with_its_article_riots(text):
    assert primary(text, "Velmora")["Velmora"] == RIOT


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Dorvan set fire to the customs post, while in Velmora they torched a party office.",
        "Demonstrators in Dorvan blocked the ring road, and in Velmora they also torched two buses.",
    ],
)
def test_they_after_a_crowd_makes_the_crowds_arson_a_riot(text):
    assert primary(text, "Dorvan", "Velmora")["Velmora"] == RIOT


@pytest.mark.parametrize(
    "text",
    [
        "- In Velmora, residents lynched a suspected thief on Sunday.",
        "\u2022 In Velmora, villagers lynched two alleged cattle rustlers overnight.",
    ],
)
def test_a_bulletin_items_fronted_place_keeps_its_mob_violence(text):
    assert primary(text, "Velmora")["Velmora"] == MOB


@pytest.mark.parametrize(
    "text",
    [
        "In Velmora, bandits armed with clubs attacked traders and protesters outside the market.",
        "In Velmora, gunmen attacked journalists and demonstrators near the court.",
    ],
)
def test_armed_men_attacking_protesters_is_no_riot_by_them(text):
    assert primary(text, "Velmora")["Velmora"] != RIOT


@pytest.mark.parametrize(
    "text",
    [
        "In Velmora, supporters of the mayor armed with sticks attacked protesters outside the town hall.",
        "In Velmora, a group carrying party flags attacked students who were protesting against the dean.",
        "In Velmora, a group of party loyalists attacked protesters outside the town hall.",
    ],
)
def test_a_group_of_civilians_attacking_protesters_stays_a_riot(text):
    assert primary(text, "Velmora")["Velmora"][0] == RIOT[0]

"""Recall of remote violence and of attacks on civilians (helper study on holdouts
19-37): a road named by its town or leading out of it, a bomb told going off, deaths
by the fire of a named side, what a victim was doing when hit ("while working"), and
civilians killed told in a passive. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ATTACK, IED, NONE, primary, violent, labels

AIR = ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("An enemy drone struck a van on the road of the town of Qlayaa on Friday, wounding the driver.",
         "Qlayaa", AIR),
        ("A drone strike hit a motorbike on the road of the village of Yater, killing its rider.", "Yater", AIR),
    ],
)
def test_a_strike_on_the_road_of_a_town_is_in_the_town(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A roadside bomb exploded under a minibus on the road out of Gwoza, killing nine passengers.", "Gwoza", IED),
        ("Hundreds of families fled on the main road out of Gwoza on Tuesday.", "Gwoza", ("Displacement", None)),
    ],
)
def test_a_blast_on_the_road_out_of_a_town_is_by_the_town(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the district on Monday. A bomb ripped through the cattle market in Bama, killing six traders.",
        "Militants remain active in the area. Two bombs went off near the bus station in Bama on Friday.",
    ],
)
def test_a_bomb_told_going_off_is_an_explosion(text):
    assert primary(text, "Bama")["Bama"] == IED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb disposal team cleared the school in Bama on Friday.", False),
        ("A bomb threat closed the airport in Bama on Friday.", False),
    ],
)
def test_bomb_words_without_a_blast_stay_non_violent(text, expected):
    assert violent(labels(text, "Bama")["Bama"]) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two teenagers were killed by Israeli fire in Khuza'a on Sunday, medics said.", "Khuza'a"),
        ("A shepherd was wounded by enemy fire near Marwahin, the agency reported.", "Marwahin"),
    ],
)
def test_casualties_by_the_fire_of_a_named_side_are_violence(text, name):
    assert violent(labels(text, name)[name])


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in a fire at a warehouse in Kherson on Sunday.",
        "Firefighters said three people were injured by the fire in Kherson.",
    ],
)
def test_a_blaze_that_kills_stays_no_violence(text):
    assert primary(text, "Kherson")["Kherson"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A tractor driver was hit by an FPV drone while ploughing a field near Vesele; he died in hospital.", "Vesele"),
        ("A fisherman was struck by a drone while mending his nets near Bilohirka on Tuesday.", "Bilohirka"),
    ],
)
def test_a_victim_hit_while_working_is_hit_where_he_worked(text, name):
    assert primary(text, name)[name] == AIR


def test_a_protest_keeps_its_cut_before_a_victims_circumstance():
    text = ("Protesters stormed the town hall in Ukhrul and police fired tear gas, after a teacher was shot "
            "dead by gunmen while driving home near Litan.")
    assert primary(text, "Ukhrul")["Ukhrul"] != ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Insurgents raided several villages last week. Civilians were reportedly killed and granaries burned "
         "in Nangade and Chitunda.", "Chitunda"),
        ("Armed bandits roam the district. Four villagers were killed on their farms near Gusau on Sunday.", "Gusau"),
    ],
)
def test_civilians_killed_in_a_story_of_armed_violence_are_attacked(text, name):
    assert primary(text, name)[name] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Armed groups fight over the state. More than 600 people have been killed in Zacatecas since then.",
        "Two civilians were killed in a car crash in Zacatecas on Sunday, police said.",
    ],
)
def test_running_tolls_and_accidents_are_no_attack(text):
    assert primary(text, "Zacatecas")["Zacatecas"] != ATTACK


ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, armed men seized 30 schoolgirls from a secondary school in Jangebe.",
        "Bandits seized dozens of passengers from two buses near Jangebe overnight.",
    ],
)
def test_armed_men_seizing_people_is_an_abduction(text):
    assert primary(text, "Jangebe")["Jangebe"] == ABDUCTION


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 30 suspects in a raid in Jangebe on Thursday.",
        "Gunmen took the farmers in the direction of the Rugu forest near Jangebe.",
    ],
)
def test_people_seized_by_police_or_carried_off_somewhere_give_no_abduction_there(text):
    assert primary(text, "Jangebe")["Jangebe"] != ABDUCTION

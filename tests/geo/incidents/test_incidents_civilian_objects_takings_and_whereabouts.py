"""Violence against civilians read on holdouts 43-57: people abducted "from" a village
were taken there, however long the count before it; people led out of their shelters or
gone without trace were abducted; an attack that goes on to kill civilians is an attack
on civilians, not a clash; and a group the lexicon does not know that kills people named
as civilians, in a story of armed violence, attacks civilians. Every sentence here is
new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ABDUCTION, ATTACK, CLASH, DISPLACED, NONE, primary

_WAR = "Government troops and rebels fought near the river on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "Bandits abducted at least 25 people, most of them girls and their mothers, from the village of Dogon Ruwa late on Friday.",
        "Gunmen kidnapped at least 12 farmers from the village of Dogon Ruwa on Tuesday.",
    ],
)
def test_people_abducted_from_a_village_after_a_long_count_were_taken_there(text):
    assert primary(text, "Dogon Ruwa")["Dogon Ruwa"] == ABDUCTION


def test_people_evacuated_from_a_district_to_a_town_are_still_displaced():
    text = "Evacuation: another 40 people, among them 12 children, were taken from the eastern villages of Dogon district to Sabuwa."
    assert primary(text, "Dogon", "Sabuwa") == {"Dogon": DISPLACED, "Sabuwa": DISPLACED}


@pytest.mark.parametrize(
    "text",
    [
        "Four brothers were taken from their tents in Dogon Ruwa overnight by masked men.",
        "In Dogon Ruwa, armed men took out from their homes eight farmers at dawn.",
        "Three teachers were seized at a roadblock near Dogon Ruwa, and their whereabouts remain unknown.",
    ],
)
def test_people_led_out_of_their_shelters_or_gone_without_trace_were_abducted(text):
    assert primary(text, "Dogon Ruwa")["Dogon Ruwa"] == ABDUCTION


@pytest.mark.parametrize(
    "name,text",
    [
        ("Kaliba", "Militants raided on Thursday the settlement of Kaliba, where they killed five herders."),
        ("Nambo", "Jihadists attacked the island of Nambo on Monday, where they killed three fishermen."),
    ],
)
def test_an_attack_that_goes_on_to_kill_civilians_is_an_attack_on_civilians(name, text):
    assert primary(text, name)[name] == ATTACK


def test_an_attack_that_kills_soldiers_stays_a_clash():
    text = "Militants attacked the base at Kaliba on Thursday, where they killed five soldiers."
    assert primary(text, "Kaliba")["Kaliba"] == CLASH


@pytest.mark.parametrize(
    "text",
    [
        _WAR + "Elders said the TPLA killed six villagers in Kaliba on Sunday.",
        _WAR + "The KRF killed four farmers near Kaliba, residents said.",
    ],
)
def test_an_unknown_group_killing_civilians_in_a_war_story_attacks_civilians(text):
    assert primary(text, "Kaliba")["Kaliba"] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        _WAR + "A court in Kaliba heard that the TPLA killed six people in 2019.",
        "The TPLA killed six villagers in Kaliba, according to a novel published on Monday.",
    ],
)
def test_killings_of_anyone_or_outside_a_war_story_tell_no_attack_on_civilians(text):
    assert primary(text, "Kaliba")["Kaliba"] == NONE

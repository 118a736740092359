"""Mends of a review of the tagger: "peaceful" tells a protest but no bloodless capture; an
attempted strike is stopped only by what its own sentence or the next one (not a separate
incident) tells; "security forces" holds no armed word besides the police; a law enforcement
storming that seizes goods is a search, not a plunder; former fighters and civilians killed
in any passive tense are attacked civilians. Every sentence here is new (none is
from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    ARRESTS,
    ATTACK,
    CLASH,
    DISRUPTED,
    HANDOVER,
    LOOTING,
    NSO,
    PEACEFUL,
    RIOT,
    primary,
)

# A story whose lead tells no protest: the marchers come later.
_LEAD = "KAMPALA, June 2 - Parliament passed the budget on Tuesday, state radio said.\n\n"
_MARCHERS = "Thousands of marchers filled the streets of the capital after the vote.\n\n"
# A story that leads with road blockades by protesters.
_BLOCKADE_LEAD = ("Teachers kept up protests in the capital for a fifth day on Tuesday, blocking avenues "
                  "and roundabouts.\n\n")


# ---------------------------------------------------------------- A1: "peaceful"
@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the town of Kuma after heavy fighting, ending years of peaceful life there.",
        "Jihadists seized the peaceful town of Kuma after a gun battle.",
    ],
)
def test_a_peaceful_place_or_past_is_no_bloodless_capture(text):
    assert primary(text, "Kuma")["Kuma"] == NSO


def test_a_capture_told_without_a_fight_stays_a_handover():
    text = "Insurgents took control of Kuma without a fight on Sunday."
    assert primary(text, "Kuma")["Kuma"] == HANDOVER


@pytest.mark.parametrize(
    "text",
    [
        "Nurses held a peaceful rally in Kuma on Monday after masked men attacked a clinic.",
        "Nurses rallied peacefully in Kuma on Monday after masked men attacked a clinic.",
    ],
)
def test_a_protest_told_peaceful_keeps_no_riot_of_its_clause(text):
    assert primary(text, "Kuma")["Kuma"] != RIOT


# ---------------------------------------------------------------- A2: attempts stopped
@pytest.mark.parametrize(
    "text",
    [
        ("Gunmen tried to attack a police post in Kuma on Monday. In a separate incident, a rocket "
         "destroyed a house in Tala."),
        "Gunmen tried to attack an army post in Kuma on Monday. Elsewhere, a drone was shot down over Tala.",
        ("Gunmen tried to attack an army post in Kuma on Monday. A week later the district council "
         "approved the budget, and in the evening a rocket destroyed a shed in Tala."),
    ],
)
def test_an_attempt_is_not_stopped_by_a_strike_told_apart_or_far_away(text):
    assert primary(text, "Kuma")["Kuma"] != DISRUPTED


@pytest.mark.parametrize(
    "text",
    [
        ("Soldiers attempted to attack the harbour of Kuma with two uncrewed boats overnight. Both boats "
         "were destroyed by the navy."),
        ("The enemy is trying to attack Kuma. Air defence is working over the city, and three UAVs have "
         "been shot down."),
    ],
)
def test_an_attempted_remote_attack_stopped_in_the_next_sentence_stays_disrupted(text):
    assert primary(text, "Kuma")["Kuma"] == DISRUPTED


# ---------------------------------------------------------------- A3: security forces are police
def test_an_attack_with_stones_on_security_forces_is_a_riot():
    text = "Young men attacked security forces with stones in Kuma."
    assert primary(text, "Kuma")["Kuma"] == RIOT


def test_a_beating_by_security_forces_in_a_story_of_marchers_is_force_on_protesters():
    text = _LEAD + _MARCHERS + "In Tala, a teacher was beaten to death by security forces near the bus park."
    assert primary(text, "Tala")["Tala"] == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    ("sentence", "protest"),
    [
        ("Blockades were also reported in Kuma, where security forces were deployed.", True),
        ("Blockades were also reported in Kuma, where soldiers were deployed.", False),
    ],
)
def test_blockades_of_a_protest_story_stay_protests_beside_security_forces_only(sentence, protest):
    got = primary(_BLOCKADE_LEAD + sentence, "Kuma")["Kuma"]
    assert (got == PEACEFUL) is protest


def test_a_clash_with_an_armed_group_beside_security_forces_stays_a_battle():
    text = "Security forces clashed with militants near Kuma on Friday, leaving six dead."
    assert primary(text, "Kuma")["Kuma"] == CLASH


# ---------------------------------------------------------------- A4: law enforcement storming
@pytest.mark.parametrize(
    "text",
    [
        "Police stormed the offices of the party in Kuma and seized computers and documents.",
        "Security agents stormed the home of a journalist in Kuma and confiscated his laptops.",
    ],
)
def test_a_law_enforcement_storming_that_seizes_goods_is_a_search(text):
    assert primary(text, "Kuma")["Kuma"] == ARRESTS


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the offices of an aid group in Kuma and seized computers and vehicles.",
        "Police stormed the market in Kuma and looted shops, traders said.",
    ],
)
def test_a_storming_by_others_or_with_pillage_stays_a_looting(text):
    assert primary(text, "Kuma")["Kuma"] == LOOTING


# ---------------------------------------------------------------- B6: one passive subject
@pytest.mark.parametrize(
    "text",
    [
        "As militants roamed the district, two demobilised fighters were killed in Kuma on Sunday.",
        "Four villagers had been killed in Kuma by the time the army arrived.",
    ],
)
def test_former_fighters_and_civilians_killed_in_any_passive_tense_are_attacked_civilians(text):
    assert primary(text, "Kuma")["Kuma"] == ATTACK


def test_fighters_killed_in_a_passive_toll_fell_in_a_clash():
    text = "As militants roamed the district, two fighters were killed in Kuma on Sunday."
    assert primary(text, "Kuma")["Kuma"] == CLASH

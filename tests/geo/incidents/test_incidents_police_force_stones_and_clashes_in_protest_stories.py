"""Protests, riots and the police's force, found on holdouts 53-57: a killing by the police
in a story that tells protests anywhere, bare clashes in a story of protests, an attack on
the police with stones, an attempted storming told after a demand, and rioting in a
coordinate clause with a place of its own. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ATTACK, CLASH, PEACEFUL, RIOT, primary

EXCESSIVE = ("Protests", "Excessive force against protesters")

# A story whose lead tells no protest: the protests come later.
_LEAD = "HARARE, May 4 - The president dissolved the cabinet on Monday, state television said.\n\n"
_MARCHERS = "Thousands of marchers converged on the capital from the townships.\n\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In Chitungwiza, police killed at least five persons, witnesses said.", "Chitungwiza"),
        ("In Epworth, a student was beaten to death by police near the market.", "Epworth"),
        ("In Norton, a teacher died after being beaten by police at a roadblock.", "Norton"),
    ],
)
def test_a_killing_by_the_police_in_a_story_of_protests_is_excessive_force(sentence, name):
    assert primary(_LEAD + _MARCHERS + sentence, name)[name] == EXCESSIVE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no protest anywhere in the story: an attack on civilians
        (_LEAD + "In Chitungwiza, police killed at least five persons, witnesses said.", "Chitungwiza"),
        # the police killed suspects: no protesters
        (_LEAD + _MARCHERS + "In Chitungwiza, police shot dead three suspected robbers.", "Chitungwiza"),
    ],
)
def test_a_police_killing_outside_a_protest_story_or_of_suspects_is_no_force_on_protesters(text, name):
    assert primary(text, name)[name] != EXCESSIVE


def test_a_police_operation_against_a_gang_is_no_force_on_protesters():
    text = (_LEAD + _MARCHERS + "In Mbare, a police operation against a drug gang left nine people dead, "
            "officials said.")
    assert primary(text, "Mbare")["Mbare"] != EXCESSIVE


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a mob and the police in the sentence: the story's clashes are riots
        ("A mob burned a police post in Gweru, while clashes in Kadoma left eleven dead.", "Kadoma"),
    ],
)
def test_bare_clashes_in_a_story_of_protests_are_riots(sentence, name):
    assert primary(_LEAD + _MARCHERS + sentence, name)[name] == RIOT


def test_bare_clashes_in_a_story_without_protests_stay_battles():
    text = _LEAD + "Rebels and soldiers fought for hours, and clashes in Kadoma left eleven dead."
    assert primary(text, "Kadoma")["Kadoma"] == CLASH


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A police spokesman said officers had been attacked with stones in Kwekwe on Tuesday.", "Kwekwe"),
        ("Youths attacked police officers with rocks and bottles in Chegutu.", "Chegutu"),
    ],
)
def test_an_attack_on_the_police_with_stones_is_a_riot(text, name):
    assert primary(text, name)[name] == RIOT


def test_an_attack_on_the_police_by_gunmen_stays_a_battle():
    assert primary("Gunmen attacked police officers with machetes and rifles in Chegutu.", "Chegutu")["Chegutu"] == CLASH


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # the storming in its own clause after a demand still happened, at its own place
        ("Hundreds rallied in Freedom Square demanding the resignation of the cabinet, and some of the "
         "protesters tried to storm the parliament building in al-Nasr street.", "al-Nasr", RIOT),
        # ... and the rally the demand belongs to stays peaceful
        ("Hundreds rallied in Freedom Square demanding the resignation of the cabinet, and some of the "
         "protesters tried to storm the parliament building in al-Nasr street.", "Freedom Square", PEACEFUL),
    ],
)
def test_an_attempted_storming_after_a_demand_is_a_riot_of_its_own_place(text, name, label):
    assert primary(text, "Freedom Square", "al-Nasr")[name] == label


def test_a_coordinate_clause_that_reports_more_keeps_the_demand():
    text = "The minister said the killers would be punished, and that he was considering a curfew in Lusaka."
    assert primary(text, "Lusaka")["Lusaka"] != ATTACK


def test_looting_in_a_clause_with_its_own_place_leaves_a_road_blockade_peaceful():
    text = ("In Kafue, protesters barricaded the main highway for several hours, and in Mazabuka several "
            "shops belonging to traders were looted, residents said.")
    assert primary(text, "Kafue")["Kafue"] == PEACEFUL

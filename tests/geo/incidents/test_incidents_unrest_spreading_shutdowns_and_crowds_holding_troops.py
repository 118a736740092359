"""Crowds that hold troops or beat someone, unrest that spreads, strikes told by what they
shut, crowd nouns in a protest story, occupations and stones, and where a town's citizens
demonstrated."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    INTERVENTION,
    MOB,
    NONE,
    PEACEFUL,
    RIOT,
    primary,
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 150 villagers retained 12 soldiers in Tambo for two days after a farmer was killed.", "Tambo"),
        ("In Balboa, residents surrounded and held 30 soldiers overnight.", "Balboa"),
        ("In Piendamo, blockaders took over the police post and briefly held three officers.", "Piendamo"),
        ("In the village of Horodok, locals surrounded a patrol car and beat an enlistment officer.", "Horodok"),
        ("An asonada was reported in the rural area of Suarez on Tuesday.", "Suarez"),
    ],
)
def test_civilians_holding_troops_or_beating_someone_are_a_mob(text, name):
    assert primary(text, name)[name] == MOB


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels held 20 soldiers near Tambo for a week.", "Tambo"),
        ("Supporters of the mayor held a rally in Balboa.", "Balboa"),
        ("The home side beat the visitors 3-1 in Piendamo.", "Piendamo"),
    ],
)
def test_holding_and_beating_words_without_civilians_doing_it_are_no_mob(text, name):
    assert primary(text, name)[name] != MOB


def test_unrest_spreading_to_towns_takes_the_rioting_of_the_sentence():
    text = ("Overnight, unrest spread to Mersin, Adana and Kocaeli, and to the Esenyurt district of Istanbul, "
            "where youths smashed the windows of foreign-owned shops.")
    found = primary(text, "Mersin", "Adana", "Kocaeli", "Esenyurt")
    assert set(found.values()) == {RIOT}


def test_unrest_spreading_with_no_violence_told_is_a_protest():
    text = "Unrest spread to Pirot and Vranje on Sunday as the teachers' dispute went on."
    found = primary(text, "Pirot", "Vranje")
    assert found["Pirot"] == PEACEFUL and found["Vranje"] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "names", "label"),
    [
        ("Nurses walked out across the country on Monday. The stoppage closed offices in Lyon and Nantes.",
         ("Lyon", "Nantes"), PEACEFUL),
        ("Protesters marched in Chimoio on Monday. Most shops and markets in central Beira stayed shut.",
         ("Beira",), PEACEFUL),
    ],
)
def test_what_a_strike_shut_is_a_protest(text, names, label):
    found = primary(text, *names)
    assert all(found[n] == label for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shops in Beira stayed shut for the Eid holiday.", "Beira"),
        ("Gunmen attacked the town, and shops in Beira remained closed.", "Beira"),
    ],
)
def test_shops_shut_without_a_strike_or_a_protest_story_are_no_protest(text, name):
    assert primary(text, name)[name] != PEACEFUL


def test_gatherings_in_a_list_of_towns_told_peaceful_are_protests():
    text = "Gatherings in Lille, Rennes, Dijon, Tours and Metz were mostly peaceful, organisers said."
    found = primary(text, "Lille", "Rennes", "Dijon", "Tours", "Metz")
    assert set(found.values()) == {PEACEFUL}


def test_plural_crowd_nouns_in_a_protest_story_are_protests():
    text = ("Thousands of protesters marched in Skopje on Friday against the new law. "
            "Nightly rallies went on outside the government building in Bitola.")
    assert primary(text, "Bitola")["Bitola"] == PEACEFUL


def test_banned_gatherings_in_a_protest_story_are_no_protest():
    text = ("Protesters marched in Skopje on Friday. "
            "The authorities banned all gatherings in Bitola and Ohrid.")
    found = primary(text, "Bitola", "Ohrid")
    assert found["Bitola"] == NONE and found["Ohrid"] == NONE


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Fishermen blocked access to the port of Mongla on Tuesday.", "Mongla", PEACEFUL),
        ("In Kumanovo, students occupied the faculty building to demand the dean's resignation.", "Kumanovo",
         PEACEFUL),
        ("A group of teachers camped outside the senate in Asuncion.", "Asuncion", PEACEFUL),
        ("In the town of Tetovo a rally demanded the resignation of the mayor.", "Tetovo", PEACEFUL),
        ("Police scuffled with opposition supporters outside the court in Gyumri.", "Gyumri", INTERVENTION),
        ("In Bakirkoy the police intervened with pepper gas against students who blocked the avenue.", "Bakirkoy",
         INTERVENTION),
    ],
)
def test_crowds_told_by_what_they_did_are_protests(text, name, label):
    assert primary(text, name)[name] == label


def test_troops_occupying_a_building_are_no_protest():
    text = "Soldiers occupied the school building in Kumanovo."
    assert primary(text, "Kumanovo")["Kumanovo"] != PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Narok, angry youths stoned the police station after the arrest.", "Narok"),
        ("The minister's motorcade came under a hail of stones at Bannu.", "Bannu"),
        ("Another statue was pulled down in Maracay.", "Maracay"),
        ("Youths threw stones at the French embassy in the Plateau district of Abidjan.", "Plateau"),
        ("In Sombor, according to witnesses, a group of men threw flares at the marchers.", "Sombor"),
    ],
)
def test_stones_flares_and_statues_pulled_down_are_riots(text, name):
    assert primary(text, name)[name] == RIOT


def test_a_stoning_to_death_is_no_riot():
    text = "A woman was stoned to death in Ghazni province."
    assert primary(text, "Ghazni")["Ghazni"] != RIOT


def test_the_citizens_of_a_town_who_demonstrated_with_no_other_site_protested_there():
    text = ("Dozens of the citizens of Kosti came out in a demonstration in front of the locality offices, "
            "condemning the killing of farmers near Rabak.")
    found = primary(text, "Kosti", "Rabak")
    assert found["Kosti"] == PEACEFUL


def test_the_citizens_of_a_town_who_marched_elsewhere_take_no_protest():
    text = "The citizens of Kosti marched through Rabak on Friday."
    found = primary(text, "Kosti", "Rabak")
    assert found["Kosti"] == NONE and found["Rabak"] == PEACEFUL


def test_a_killing_a_crowd_denounces_is_no_force_against_it():
    text = ("Hundreds demonstrated outside the state police headquarters in Jalingo, "
            "denouncing the killing of 12 farmers by herders.")
    assert primary(text, "Jalingo")["Jalingo"] == PEACEFUL

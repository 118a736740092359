"""Violence against civilians, second round: attacks on aid convoys, ambulances and
health workers; an attack whose later passive toll names civilians; gatherings that
are an attack's victims, not protests; an attack noun that restates a strike; shrapnel
wounds that tell an explosive attack; ground incursions into camps. Every sentence here
is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import AIR, ATTACK, CLASH, INTERVENTION, SHELLING, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unknown gunmen attacked an aid convoy near Bokoro on Tuesday night.", "Bokoro"),
        ("An ambulance was hit by gunfire near Wadi Halfa on Friday.", "Wadi Halfa"),
        ("Armed men attacked a UNICEF convoy outside Kutum, the agency said.", "Kutum"),
    ],
)
def test_an_attack_on_aid_convoys_and_ambulances_is_an_attack_on_civilians(text, name):
    assert primary(text, name)[name] == ATTACK


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (("The mission condemned the attack against the locality of Tembo, in which two nurses "
          "and a teacher were killed."), "Tembo", ATTACK),
        ("A pickup was hit by gunfire near Mabanga; a driver was wounded.", "Mabanga", ATTACK),
        (("The mission condemned the attack against the locality of Tembo, in which two "
          "soldiers were killed."), "Tembo", CLASH),
    ],
)
def test_an_attack_is_read_by_the_victims_its_later_toll_names(text, name, expected):
    assert primary(text, name)[name] == expected


def test_a_toll_told_apart_with_its_own_place_and_source_does_not_type_the_attack():
    text = "Troops raided Kanto; the ministry said a teenager was shot dead in Belsa."
    assert primary(text, "Kanto")["Kanto"] != ATTACK


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (("Militiamen stormed the village of Umm Dalam and fired on the farmers who were gathered "
          "near the well, killing 30."), "Umm Dalam"),
        ("Rebels attacked a chapel in Kiseni overnight, killing 12 worshippers during a prayer vigil.", "Kiseni"),
    ],
)
def test_a_gathering_of_people_an_attack_hit_is_no_protest(text, name):
    assert primary(text, name)[name] == ATTACK


def test_people_fired_on_while_protesting_still_protest():
    text = "Police fired tear gas at students who were protesting outside the ministry in Mekele."
    assert primary(text, "Mekele")["Mekele"] == INTERVENTION


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (("A massive strike on Zaporizhzhia killed 14 people, including two children, the deadliest "
          "attack on the city this month."), "Zaporizhzhia", AIR),
        (("The strikes came two days after gunmen attacked the village of Wana, killing four "
          "residents."), "Wana", ATTACK),
    ],
)
def test_an_attack_noun_that_restates_a_strike_takes_the_strike(text, name, expected):
    assert primary(text, name)[name] == expected


def test_shrapnel_wounds_make_an_attack_on_villages_shelling():
    text = "The villages of Tetkino and Gluškovo were attacked: in Tetkino a woman received shrapnel wounds."
    assert primary(text, "Gluškovo")["Gluškovo"] == SHELLING


def test_ground_incursions_into_a_camp_are_no_attack_on_civilians():
    text = "Reports spoke of heavy airstrikes and ground incursions in Nur Shams camp on Monday."
    assert primary(text, "Nur Shams")["Nur Shams"] != ATTACK

"""Mechanisms found on blind holdout 9: places of those who react to an event
(condemnations, threats), forces named after their state, clauses with a pronoun
subject or a verb of orders of their own, containers named as "X region of Y",
casualty wording that tells a one-sided killing, and explosions that were air
defence at work. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    AIR, ATTACK, CLASH, DISPLACED, DISRUPTED, IED, NONE, PEACEFUL, SHELLING, labels, place, primary, resolved,
    violent,
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mourners in Misrata condemned the car bombing that killed six.", "Misrata"),
        ("Officials in Niamey denounced the ambush that killed 12 soldiers.", "Niamey"),
        ("Church leaders in Kinshasa deplored the massacre of villagers by the rebels.", "Kinshasa"),
    ],
)
def test_the_place_of_those_who_condemn_an_attack_takes_no_violence(text, name):
    assert not violent(labels(text, name)[name])


def test_a_condemned_attack_keeps_the_place_told_after_the_verb():
    text = "The United Nations condemned the shelling of a school in Kherson on Sunday."
    assert labels(text, "Kherson")["Kherson"] == {SHELLING}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkish troops have threatened a fresh offensive against Tal Rifaat.", "Tal Rifaat"),
        ("The junta threatened air strikes on Lashio if the rebels did not withdraw.", "Lashio"),
    ],
)
def test_a_threatened_attack_is_no_event_at_its_target(text, name):
    assert labels(text, name)[name] == {NONE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The paramilitaries accused the army of an air raid on the market of Mellit which led to killing "
         "40 people, and they threatened to respond in El Obeid.", {"Mellit": AIR, "El Obeid": NONE}),
        ("Militia fighters attacked Mellit, killing 30 people, and they then held a rally in El Obeid.",
         {"Mellit": ATTACK, "El Obeid": PEACEFUL}),
    ],
)
def test_a_clause_with_a_pronoun_subject_keeps_the_event_before_from_its_place(text, expected):
    assert primary(text, *expected) == expected


@pytest.mark.parametrize("force", ["the armed forces of Russia", "the army of Ethiopia", "troops of Chad"])
def test_the_state_a_force_belongs_to_is_its_actor_not_the_place_of_its_attack(force):
    state = force.split()[-1]
    text = f"Local sources said {force} shelled the village of Dubrava overnight."
    got = primary(text, state, "Dubrava")
    assert got == {state: NONE, "Dubrava": SHELLING}


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # an unknown village, its province and region, and the country holding them
        ("Gunmen attacked the village of Tangaye, in the province of Yatenga, Nord region of Burkina Faso.",
         {"Yatenga": place("Yatenga", "A", "ADM2", "BF", "10"), "Nord": place("Nord", "A", "ADM1", "BF", "10"),
          "Burkina Faso": place("Burkina Faso", "A", "PCLI", "BF")},
         {"Yatenga": NONE, "Nord": NONE, "Burkina Faso": NONE}),
        # "the Khartoum district of Bahri": the district is the place, the city only its container
        ("Drones struck a fuel depot in the Khartoum district of Bahri.",
         {"Khartoum": place("Khartoum", "P", "PPLC", "SD", "29", 5_000_000),
          "Bahri": place("Bahri", "P", "PPL", "SD", "29", 1_000_000)},
         {"Bahri": AIR}),
    ],
)
def test_a_country_named_as_holding_a_region_only_locates_the_event(text, places, expected):
    names = [n for n in ("Tangaye",) if n in text]
    ms = resolved(text, {**places, **{n: None for n in names}})
    got = primary(text, mentions=ms)
    assert {n: got[n] for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army struck a command centre in Rafah and issued evacuation orders for eastern parts of Jabalia.",
         {"Rafah": AIR, "Jabalia": DISPLACED}),
        ("The brigade shelled positions near Huliaipole and then returned to its base in Orikhiv.",
         {"Huliaipole": SHELLING, "Orikhiv": NONE}),
        ("Jets struck a depot near Luuq and returned to their base in Baidoa.",
         {"Luuq": AIR, "Baidoa": NONE}),
    ],
)
def test_a_verb_phrase_of_orders_or_movement_keeps_the_event_before_from_its_places(text, expected):
    got = primary(text, *expected)
    assert {n: got[n] for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("In Taiz, a girl was killed by a sniper's bullet on Tuesday.", "Taiz", ATTACK),
        ("A 15-year-old was shot dead by a soldier at a checkpoint near Nablus.", "Nablus", ATTACK),
        # fighters killed by fighters: a clash
        ("Two soldiers were killed by militants near Mora.", "Mora", CLASH),
    ],
)
def test_a_civilian_killed_by_an_armed_man_is_an_attack_not_a_clash(text, name, expected):
    assert primary(text, name)[name] == expected


def test_an_explosion_heard_during_an_interception_is_no_bombing():
    text = ("In Zaporizhzhia the blasts residents heard were air defence at work: it shot down "
            "four drones over the Shevchenkivskyi district.")
    got = labels(text, "Zaporizhzhia", "Shevchenkivskyi")
    assert not violent(got["Zaporizhzhia"])
    assert got["Shevchenkivskyi"] == {DISRUPTED}


def test_an_explosion_without_an_interception_stays_a_bombing():
    text = "A powerful explosion tore through a market in Bossaso, killing four."
    assert labels(text, "Bossaso")["Bossaso"] == {IED}

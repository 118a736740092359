"""False violence read on holdouts 38-42 and 31-37: "the confrontations" that go on with
a protest told just before are that protest, a riot of a coordinate clause with its own
place does not make a protest elsewhere violent, the sound of strikes heard in another
district is no strike there, a place where refugees were interviewed is no event site,
and a single missile the sentence says was intercepted did not strike its target. Every
sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import AIR, CLASH, DISRUPTED, NONE, RIOT, SHELLING, primary

EXCESSIVE = ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired live rounds at marchers in Beira on Monday, killing two. "
        "The confrontations were concentrated in Munhava and Chaimite.",
        "Security forces shot dead three demonstrators in Beira. The clashes were concentrated in Munhava and Chaimite.",
    ],
)
def test_the_clashes_after_a_protest_are_that_protest(text):
    got = primary(text, "Munhava", "Chaimite")
    assert got["Munhava"] == EXCESSIVE and got["Chaimite"] == EXCESSIVE


def test_the_clashes_after_a_battle_stay_a_battle():
    text = "Rebels attacked an army post in Beira on Monday. The clashes took place mainly in Munhava."
    assert primary(text, "Munhava")["Munhava"] == CLASH


def test_the_clashes_after_a_protest_in_a_new_paragraph_are_not_carried():
    text = ("Police fired live rounds at marchers in Beira on Monday, killing two.\n\n"
            "Insurgents attacked a police post in Mocimboa. The clashes took place mainly in Munhava.")
    assert primary(text, "Munhava")["Munhava"] == CLASH


@pytest.mark.parametrize(
    "text",
    [
        "Farmers have blocked roads in Otavalo for a week, and a farmer was shot dead during clashes with troops in Cayambe.",
        "Thousands marched peacefully in Otavalo, and a group of men torched cars in Cayambe.",
    ],
)
def test_a_riot_in_a_coordinate_clause_with_its_own_place_leaves_the_protest_unviolent(text):
    assert primary(text, "Otavalo", "Cayambe")["Otavalo"][0] == "Protests"


def test_a_riot_of_the_same_crowd_at_the_same_place_stays_a_riot():
    text = "Thousands marched in Otavalo, and some of them torched cars."
    assert primary(text, "Otavalo")["Otavalo"] == RIOT


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes targeted a depot near Qusayr, and the sounds of the explosions were heard in Zahra and Akrama.",
        "Jets struck an arms store outside Qusayr, and the noise of the blasts was heard in Zahra and Akrama.",
    ],
)
def test_the_sound_of_strikes_told_before_heard_elsewhere_is_no_strike_there(text):
    got = primary(text, "Qusayr", "Zahra", "Akrama")
    assert got["Qusayr"] == AIR and got["Zahra"] == NONE and got["Akrama"] == NONE


def test_explosions_heard_with_no_strike_told_are_the_event():
    text = "Loud explosions were heard in Zahra overnight, residents said."
    assert primary(text, "Zahra")["Zahra"][0] == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Refugees interviewed in Kutupalong described heavy shelling in Buthidaung.",
        "Villagers interviewed at Kutupalong reported shelling of Buthidaung last week.",
    ],
)
def test_where_refugees_were_interviewed_is_no_event_site(text):
    got = primary(text, "Kutupalong", "Buthidaung")
    assert got["Kutupalong"] == NONE and got["Buthidaung"] == SHELLING


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said they launched a ballistic missile at Ramon airport; the army said it was intercepted.",
        "Militants fired a rocket at Sderot on Friday, and the military said it had been shot down.",
    ],
)
def test_a_single_missile_said_to_be_intercepted_did_not_strike_its_target(text):
    name = "Ramon" if "Ramon" in text else "Sderot"
    assert primary(text, name)[name] in (NONE, DISRUPTED)


def test_a_single_missile_that_hit_still_strikes():
    text = "Militants fired a rocket at Sderot on Friday, and it hit a house."
    assert primary(text, "Sderot")["Sderot"] == SHELLING

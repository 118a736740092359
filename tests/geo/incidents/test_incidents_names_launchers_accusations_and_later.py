"""False violence read on holdouts 43-47, second pass: a trigger word inside a place's own
name, weapons and gangs named by a violent word, police sweeps, a missile the army says
it intercepted, a state in the possessive before its named armed group, the platform a
missile was fired from, a force sent away after a coup, a sentence told as later than an
old one, what a running series brought about, a denied accusation and a ministry's full
name. True events next to them stay violent. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import ABDUCTION, ARRESTS, DISPLACED, DISRUPTED, NONE, SHELLING, primary, violent

WHEN = date(2025, 8, 10)


def _violent(text: str, *names: str, when: date = WHEN) -> dict[str, bool]:
    return {k: violent({v}) for k, v in primary(text, *names, when=when).items()}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Soldiers were deployed along the Massacre river near Dogon on Sunday.", "Massacre"),
        ("Traders from Fort Battle said the market reopened near Dogon.", "Fort Battle"),
    ],
)
def test_a_trigger_word_inside_a_place_name_tells_no_event(text, name):
    assert not any(_violent(text, name, "Dogon").values())


def test_a_massacre_told_next_to_a_river_named_massacre_still_places_it():
    text = "Gunmen massacred 12 villagers in Dogon, near the Massacre river, on Sunday."
    assert violent({primary(text, "Dogon", when=WHEN)["Dogon"]})


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard stopped a canoe carrying assault rifles near Dogon on Friday.",
        "Police seized two assault weapons in a house in Dogon.",
    ],
)
def test_assault_rifles_are_a_weapon_not_an_assault(text):
    assert not _violent(text, "Dogon")["Dogon"]


@pytest.mark.parametrize(
    "text",
    [
        "Police dismantled a kidnapping cell in Dogon on Friday.",
        "Detectives dismantled a kidnapping gang based in Dogon, arresting five suspects.",
    ],
)
def test_a_gang_named_by_its_trade_is_no_kidnapping_at_the_place(text):
    assert not _violent(text, "Dogon")["Dogon"]


def test_a_search_and_strike_operation_is_a_police_sweep_not_an_air_strike():
    text = "During a search and strike operation in Dogon, police detained nine suspects."
    assert primary(text, "Dogon", when=WHEN)["Dogon"] == ARRESTS


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired a ballistic missile at Dogon on Sunday, the army said, adding it had intercepted the missile.",
        "The militia launched a drone at Dogon overnight, and the military said it downed it.",
    ],
)
def test_a_lone_missile_the_army_says_it_intercepted_is_disrupted(text):
    assert primary(text, "Dogon", when=WHEN)["Dogon"] == DISRUPTED


def test_a_weapon_that_destroyed_its_target_is_still_a_strike():
    text = "Fighters hit an army truck near Dogon with a guided missile on Sunday and destroyed it."
    assert violent({primary(text, "Dogon", when=WHEN)["Dogon"]})


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kandaria's Houthis fired a ballistic missile at Dogon on Sunday, adding it had intercepted the missile.",
         "Kandaria"),
        ("Kandaria's Hezbollah launched rockets at Dogon on Sunday.", "Kandaria"),
    ],
)
def test_a_state_before_its_named_armed_group_is_the_actor_not_a_place(text, name):
    assert primary(text, name, "Dogon", when=WHEN)[name] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "The navy said the missiles had been fired from enemy warships near Dogon.",
        "Officials said the rockets were launched from submarines off Dogon.",
    ],
)
def test_the_platform_a_missile_was_fired_from_is_no_strike_site(text):
    assert not _violent(text, "Dogon")["Dogon"]


def test_a_force_sent_away_after_coups_regains_no_territory():
    text = "Foreign troops have been forced out of Kandaria and Dogon after coups, officials said."
    assert not any(_violent(text, "Kandaria", "Dogon").values())


def test_a_force_driven_out_by_fighting_still_loses_the_place():
    text = "Government forces drove the rebels out of Dogon after heavy fighting on Sunday."
    assert violent({primary(text, "Dogon", when=WHEN)["Dogon"]})


@pytest.mark.parametrize(
    "text",
    [
        "Since March 2023, the jihadists have blocked the road. Two months later, gunmen ambushed a bus near Dogon.",
        "Tension has been high since the February 3 bombing in Kandaria. The army later carried out raids in Dogon.",
    ],
)
def test_a_sentence_told_as_later_than_an_old_date_is_background(text):
    assert not _violent(text, "Dogon")["Dogon"]


def test_a_sentence_told_as_later_than_a_recent_day_stays_news():
    text = "Police said on Friday that a body was found. A day later, gunmen ambushed a bus near Dogon."
    assert violent({primary(text, "Dogon", when=WHEN)["Dogon"]})


def test_what_a_running_series_since_a_month_prompted_is_background():
    text = "Since January the rebels have attacked ships off the coast, prompting British strikes on rebel targets in Dogon."
    assert not _violent(text, "Dogon")["Dogon"]


def test_a_deed_named_in_a_denied_accusation_is_not_news():
    text = "Kandaria accuses the militia of abducting four soldiers in Dogon, a charge the militia denied."
    assert primary(text, "Dogon", when=WHEN)["Dogon"] == NONE


def test_a_deed_named_in_an_accusation_without_denial_stays():
    text = "Kandaria accused the militia of abducting four soldiers in Dogon on Saturday."
    assert primary(text, "Dogon", when=WHEN)["Dogon"] == ABDUCTION


def test_a_state_in_a_ministry_full_name_is_no_strike_site():
    text = "Statement of the Ministry of Foreign Affairs of Kandaria on the missile strike on Dogon"
    got = primary(text, "Kandaria", "Dogon", when=WHEN)
    assert got["Kandaria"] == NONE
    assert got["Dogon"] == SHELLING


def test_a_second_locative_after_the_fighting_people_fled_is_where_they_arrived():
    text = ("Rebel fighters have attacked army posts. The authorities took in 200 people who fled the fighting "
            "in Kandaria, in the Dogon and Kalfou districts.")
    got = primary(text, "Kandaria", "Dogon", "Kalfou", when=WHEN)
    assert violent({got["Kandaria"]})
    assert not violent({got["Dogon"]}) and not violent({got["Kalfou"]})
    assert got["Kalfou"] == DISPLACED

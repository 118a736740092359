"""Protests found on holdouts 43-47: killings in a story of protesters killed, rallies named
without a protest verb, roads blocked by name or as a subject, protest items headed by their
town, demonstrations after a riot told elsewhere, the state's fire on a sit-in, crowds that
come out under a slogan, and the old date of a protest's cause. Every sentence here is new
(none is from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.incidents.clauses import SentenceContext
from geo.incidents.events import DocumentContext
from geo.incidents.rules import evaluate

from .incident_helpers import ATTACK, NONE, PEACEFUL, RIOT, primary

EXCESSIVE = ("Protests", "Excessive force against protesters")

_PROTEST_LEAD = (
    "LA PAZ, March 3 - At least five people were killed as protests against fuel prices spread "
    "across Bolivia on Sunday, rights groups said.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Two people were shot dead in Sucre and one in Tarija, according to the ombudsman.", "Sucre"),
        ("A student was shot dead by soldiers near the Oruro bus terminal.", "Oruro"),
    ],
)
def test_killings_in_a_story_of_protesters_killed_are_excessive_force(sentence, name):
    assert primary(_PROTEST_LEAD + sentence, name)[name] == EXCESSIVE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an armed group named in the sentence: its own killing
        (_PROTEST_LEAD + "Gunmen shot dead two traders in Sucre.", "Sucre"),
        # no protest story: a killing of civilians
        ("LA PAZ, March 3 - Talks on fuel prices resumed on Sunday.\n\n"
         "Two people were shot dead in Sucre, according to the ombudsman.", "Sucre"),
    ],
)
def test_killings_outside_a_protest_story_or_by_gunmen_stay_attacks(text, name):
    assert primary(text, name)[name] == ATTACK


def test_killings_a_strike_is_held_over_are_no_force_on_protesters():
    text = _PROTEST_LEAD + "Bus drivers in Tarija have struck twice since three drivers were killed by extortion gangs."
    assert primary(text, "Tarija")["Tarija"] != EXCESSIVE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will not give up," said a pensioner at the rally in Tbilisi.', "Tbilisi"),
        ("Residents of Zawiya held a sit-in on Monday, while in Tarhuna a rally backed Haftar.", "Tarhuna"),
        ("Several thousand people took part in a peace march in Bamenda against the kidnappings.", "Bamenda"),
    ],
)
def test_a_rally_or_march_named_as_a_noun_is_a_protest(text, name):
    assert primary(text, name)[name] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stocks fell after a rally in Frankfurt.", "Frankfurt"),
        ("Students announced a large rally in Kragujevac for next month.", "Kragujevac"),
    ],
)
def test_a_market_rally_or_an_announced_rally_is_no_protest(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("About 800 truckers blocked the Trans-Andean highway near Uspallata on Tuesday over fuel prices.",
         ("Uspallata",)),
        ("The highway between Jacmel and Marigot was blocked by farmers demanding seeds.", ("Jacmel", "Marigot")),
    ],
)
def test_roads_blocked_by_name_or_as_a_subject_are_protests(text, names):
    found = primary(text, *names)
    assert all(found[n] == PEACEFUL for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "The army blocked the release of funds for Uspallata.",
        "The highway between Jacmel and Marigot was closed to traffic.",
    ],
)
def test_a_road_closed_or_a_release_blocked_is_no_protest(text):
    found = primary(text, *[n for n in ("Uspallata", "Jacmel") if n in text])
    assert all(v == NONE for v in found.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reports from the regions\n\nCochabamba: Some 5,000 miners marched from the university to the main square "
         "against the reform.", "Cochabamba"),
        ("Reports from the regions\n- Jacmel: Protesters blocked the coastal road with burning tyres over power cuts.",
         "Jacmel"),
    ],
)
def test_a_protest_item_headed_by_its_town_is_a_protest_there(text, name):
    assert primary(text, name)[name] == PEACEFUL


def test_a_country_heading_of_an_item_with_its_own_town_takes_no_protest():
    text = "Reports from the regions\n\nPortugal: Thousands of nurses marched in Porto on Saturday over pay."
    found = primary(text, "Portugal", "Porto")
    assert found["Portugal"] == NONE and found["Porto"] == PEACEFUL


def test_demonstrations_after_a_riot_told_in_a_relative_clause_are_peaceful():
    text = ("The video sparked anger in Hama, where youths in the old city attacked shops of the minority, "
            "and demonstrations in Latakia and Tartus.")
    found = primary(text, "Latakia", "Tartus")
    assert found == {"Latakia": PEACEFUL, "Tartus": PEACEFUL}


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Two demonstrators were killed when police opened fire on the sit-in on Jinnah Road in Turbat.",
         "opened fire", EXCESSIVE),
        ("Protesters threw stones at the police and attacked the district office in Turbat.", "attacked", RIOT),
    ],
)
def test_the_state_opening_fire_on_a_sit_in_is_excessive_force_not_a_riot(text, verb, expected):
    ctx = SentenceContext(text, 0, len(text))
    found = {text[e.trigger[0]:e.trigger[1]]: (e.event_type, e.sub_event_type) for e in evaluate(ctx, DocumentContext())}
    assert found[verb] == expected


def test_crowds_that_came_out_under_a_slogan_protest_in_every_square_listed():
    text = ("Tens of thousands of people came out in the squares of Amran, Hajjah, Marib and Taiz on Friday, "
            "under the slogan \"With Lebanon until victory\".")
    found = primary(text, "Amran", "Hajjah", "Marib", "Taiz", "Lebanon")
    assert found["Amran"] == found["Hajjah"] == found["Taiz"] == PEACEFUL
    assert found["Lebanon"] == NONE


def test_an_old_date_in_a_protests_cause_leaves_the_protest_news():
    text = ("In Dnipro, several hundred people rallied on Sunday demanding the release of marines captured "
            "in Mariupol two years ago.")
    assert primary(text, "Dnipro", when=date(2024, 5, 1))["Dnipro"] == PEACEFUL

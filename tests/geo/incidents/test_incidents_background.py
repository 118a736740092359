"""Background told as such: an event dated months before the article, what a superlative
is measured against, and running records over years. Every sentence here is new (none is
from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import AIR, ATTACK, NONE, SHELLING, primary


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        ("In October, a car bomb killed 19 people at the bus station in Beledweyne.", "Beledweyne",
         date(2024, 3, 5)),
        ("Gunmen overran the police post in Kwanza in November, killing six officers.", "Kwanza", date(2024, 4, 10)),
        # a month of last year, told as past
        ("Last September, militiamen massacred 40 villagers in Djugu.", "Djugu", date(2024, 2, 20)),
    ],
)
def test_event_dated_four_or_more_months_back_in_its_own_clause_is_background(text, name, when):
    assert primary(text, name, when=when)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name", "when", "expected"),
    [
        # a day nearer the trigger dates it: the old month dates the clause it sits in
        ("Drones struck Kharkiv on Friday in a wave like the one that hit the city in December.", "Kharkiv",
         date(2024, 5, 10), AIR),
        # a month still to come is no background
        ("Artillery shelled the depots in Avdiivka meant to supply the town until the end of November.",
         "Avdiivka", date(2024, 5, 10), SHELLING),
        # two or three months back, a main clause is still the news
        ("In March, soldiers executed 14 villagers in Kidal, a rights group said on Tuesday.", "Kidal",
         date(2024, 6, 4), ATTACK),
    ],
)
def test_event_dated_recently_or_by_a_nearer_day_stays_news(text, name, when, expected):
    assert primary(text, name, when=when)[name] == expected


@pytest.mark.parametrize(
    ("text", "names", "name"),
    [
        ("The shelling of Donetsk was the heaviest since August, when 30 people were killed in Horlivka.",
         ("Donetsk", "Horlivka"), "Horlivka"),
        ("Soldiers burned 40 houses in Mankon, the worst arson since the army launched its sweep in Bafut.",
         ("Mankon", "Bafut"), "Bafut"),
    ],
)
def test_what_a_superlative_is_measured_against_since_is_background(text, names, name):
    assert primary(text, *names)[name] == NONE


def test_a_bare_date_ends_the_comparison():
    text = "The heaviest shelling since March hit Zaporizhzhia overnight."
    assert primary(text, "Zaporizhzhia")["Zaporizhzhia"] == SHELLING


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Boko Haram has killed thousands of people in Borno over the past decade.", "Borno"),
        ("Cartels have killed hundreds of police officers in Guerrero in recent years.", "Guerrero"),
        ("Zamfara has seen a sharp rise in attacks by armed bandits.", "Zamfara"),
        ("Drone strikes have this year repeatedly hit oil depots in Belgorod.", "Belgorod"),
    ],
)
def test_running_record_over_years_or_a_trend_is_no_event(text, name):
    assert primary(text, name)[name] == NONE

"""False violence from earlier events told inside a sentence about something else: a relative
clause on an event noun a date places before the news, and a restrictive relative clause
dated by a recent span ("who attacked X earlier this month")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.geo.incidents.incident_helpers import ATTACK, CLASH, NONE, primary


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        # an attributive month after the article's month names last year's attack
        ("Unrest spread through the valley after the October 14 ambush on a bus at Korani.",
         "Korani", date(2025, 2, 3)),
        # ... and the relative clause on it tells of that same attack
        ("Unrest spread through the valley after the October 14 ambush on a bus at Korani that killed 12 people.",
         "Korani", date(2025, 2, 3)),
    ],
)
def test_relative_clause_on_dated_event_noun_is_background(text, name, when):
    assert primary(text, name, when=when)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name", "when", "expected"),
    [
        # the article's own month: news
        ("Police blamed the May 18 bombing of a bus depot in Tarvel, which wounded 30, on the group.",
         "Tarvel", date(2025, 5, 20), ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        # a later arrest is news, though it names the month of older protests
        ("Police detained four men in Dorvo on Monday over beatings during the November rallies.",
         "Dorvo", date(2025, 2, 3), ("Strategic developments", "Arrests")),
    ],
)
def test_month_of_event_noun_dates_only_that_noun(text, name, when, expected):
    assert primary(text, name, when=when)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        ("The governor said the group was sheltering the gunmen who stormed a checkpoint in Marbek earlier this month.",
         "Marbek", date(2025, 4, 25)),
        ("Elders vowed to hand over the youths who torched a police post in Sulto earlier this month.",
         "Sulto", date(2025, 4, 25)),
    ],
)
def test_restrictive_relative_dated_by_recent_span_is_background(text, name, when):
    assert primary(text, name, when=when)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name", "when", "expected"),
    [
        # what was said is news, even with "earlier this month"
        ("Officials said that gunmen stormed a checkpoint in Marbek earlier this month.",
         "Marbek", date(2025, 4, 25), CLASH),
        # a restrictive relative with no span before the news is news
        ("Police arrested the gunmen who killed two farmers in Sulto on Sunday.",
         "Sulto", date(2025, 4, 25), ATTACK),
    ],
)
def test_restrictive_relative_without_old_span_stays_news(text, name, when, expected):
    assert primary(text, name, when=when)[name][0] == expected[0]

"""Background told with relative time: a month or a span before the news, a count of a
series, a case on trial, an event an opening "after" phrase follows. Events told with
recent dates stay news."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import AIR, ATTACK, CLASH, IED, NONE, NSO, SHELLING, primary

AUGUST = date(2025, 8, 18)  # a day late enough in the month that last month is weeks back
EARLY_AUGUST = date(2025, 8, 3)


@pytest.mark.parametrize("text, name", [
    ("In July, traffic on the Dorva bridge was stopped for a day after a drone attack.", "Dorva"),
    ("In July, rebels overran the police station in Melko, a blow to the governor.", "Melko"),
])
def test_sentence_opening_on_last_month_dates_its_clauses(text, name):
    assert primary(text, name, when=AUGUST)[name] == NONE


def test_sentence_opening_on_last_month_read_days_later_is_news():
    text = "In July, rebels overran the police station in Melko, a blow to the governor."
    assert primary(text, "Melko", when=EARLY_AUGUST)["Melko"] != NONE


def test_bare_last_month_in_main_clause_read_weeks_later_is_background():
    text = "The militia seized Melko and its airstrip in July, and now controls the whole valley."
    assert primary(text, "Melko", when=AUGUST)["Melko"] == NONE


def test_bare_last_month_in_main_clause_read_days_later_is_news():
    text = "The militia seized Melko and its airstrip in July, residents said."
    assert primary(text, "Melko", when=EARLY_AUGUST)["Melko"] == NSO


def test_month_starting_a_span_does_not_date_the_event():
    text = "Rebels have fought troops near Melko since late July, residents said."
    assert primary(text, "Melko", when=AUGUST)["Melko"] == CLASH


@pytest.mark.parametrize("text, name", [
    # an "and" joining two objects opens no clause between the trigger and its month
    ("The rebels captured Tarsa and the army's southern depot there last March in a night assault.", "Tarsa"),
    # a dated main clause dates the "after" clause that follows it
    ("The minister resigned in May after police shot dead two students in Tarsa.", "Tarsa"),
])
def test_old_month_dates_joined_objects_and_earlier_after_clause(text, name):
    assert primary(text, name, when=AUGUST)[name] == NONE


def test_and_opening_a_new_clause_keeps_its_own_event():
    text = "The rebels captured Varna in March, and the army shelled Tarsa on Sunday."
    assert primary(text, "Tarsa", when=AUGUST)["Tarsa"] == SHELLING


@pytest.mark.parametrize("text, name", [
    ("The militia, which overran Kessa and Dolo this year, said it had opened talks.", "Kessa"),
    ("The brigade, which deployed to Kessa earlier this month, said the road was calm.", "Kessa"),
])
def test_relative_clause_with_span_before_the_news_is_background(text, name):
    assert primary(text, name, when=AUGUST)[name] == NONE


def test_relative_clause_keeps_the_main_clause_news():
    text = "The militia, which overran Dolo this year, shelled Kessa on Monday, residents said."
    assert primary(text, "Kessa", when=AUGUST)["Kessa"] == SHELLING


@pytest.mark.parametrize("text, name", [
    ("It was the third deadly ambush on the Varo highway this year, officials said.", "Varo"),
    ("The strike was the fourth such raid on the Kiba market this month.", "Kiba"),
])
def test_event_counted_in_a_series_of_the_year_is_not_new(text, name):
    assert primary(text, name, when=AUGUST)[name] == NONE


def test_event_counted_in_a_week_is_news():
    text = "It was the second air strike in a week on the Kiba market, killing four traders."
    assert primary(text, "Kiba", when=AUGUST)["Kiba"] == AIR


@pytest.mark.parametrize("text, name", [
    ("This month's bombing in Lorsa drew wide condemnation from the churches.", "Lorsa"),
])
def test_this_months_event_named_by_possessive_is_background(text, name):
    assert primary(text, name, when=AUGUST)[name] == NONE


def test_defendants_case_is_background():
    text = "Prosecutors said the defendants had taken part in the shelling of homes in Pivny."
    assert primary(text, "Pivny", when=AUGUST)["Pivny"] == NONE


@pytest.mark.parametrize("text, name, expected", [
    ("Following the 2 August bombing in Salka that killed nine people, traders shut their shops.", "Salka", NONE),
    ("Following the bombing on Friday in Salka that killed nine people, police closed the market.", "Salka", IED),
])
def test_opening_after_phrase_dated_a_week_back_is_background(text, name, expected):
    assert primary(text, name, when=AUGUST)[name] == expected


@pytest.mark.parametrize("text, name", [
    ("The rebels, who have besieged Hadra for more than a year, refused the truce.", "Hadra"),
])
def test_perfect_over_a_length_of_years_is_a_record(text, name):
    assert primary(text, name, when=AUGUST)[name] == NONE


@pytest.mark.parametrize("text, name, expected", [
    ("Gunmen attacked a bus near Rilo on Monday, killing six passengers.", "Rilo", ATTACK),
    ("Soldiers and rebels clashed near Rilo last week, residents said.", "Rilo", CLASH),
    ("Gunmen killed six passengers near Rilo yesterday.", "Rilo", ATTACK),
    ("A drone struck a car near Rilo earlier today, killing two men.", "Rilo", AIR),
    # a length of days is news, not a record
    ("Rebels have shelled Rilo for two days, residents said.", "Rilo", SHELLING),
])
def test_events_with_recent_dates_stay_violent(text, name, expected):
    assert primary(text, name, when=AUGUST)[name] == expected

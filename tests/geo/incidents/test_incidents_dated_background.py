"""Background events are not the news of the text: old dates, habits, totals, series,
rankings, verdicts and reports denied or not seen."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import AIR, ATTACK, CLASH, NONE, SHELLING, primary

JUNE = date(2025, 6, 20)


@pytest.mark.parametrize("text, name, expected", [
    # a day and month premodifying the event noun: an earlier event
    ("Officials said the raids targeted camps tied to the 3 May bombing of a bus in Kalora.", "Kalora", NONE),
    # the month right after the event noun: "the massacre in March"
    ("Militias were blamed for the massacre in March in the Dembe area, where dozens died.", "Dembe", NONE),
    ("Militias were blamed for the attack on the market in February in Dembe.", "Dembe", NONE),
    # an old year after "in a": the clause's event is dated
    ("Production stopped at the mine near Kolwa, where rebels killed nine guards in a 2019 raid.", "Kolwa", NONE),
])
def test_event_dated_before_the_article_is_background(text, name, expected):
    assert primary(text, name, when=JUNE)[name] == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Gunmen killed nine guards near Kolwa on Monday, officials said.", "Kolwa", ATTACK),
    ("Rebels and soldiers clashed last week near Kolwa, residents said.", "Kolwa", CLASH),
    # a month this month still dates news
    ("The massacre in June in Dembe left 40 dead, the governor said.", "Dembe", ATTACK),
])
def test_event_told_with_a_recent_date_is_news(text, name, expected):
    assert primary(text, name, when=JUNE)[name] == expected


@pytest.mark.parametrize("text, name", [
    ("The coastguard said it had no new reports of attacks on fishing boats near Lamu this week.", "Lamu"),
    ("Scouts saw no signs of the massing of assault units near Torvik.", "Torvik"),
    ("The army rejected as fabrications reports by local radio about killings of herders in Mabor.", "Mabor"),
    ("Clashes around the Kelda crossing, which lasted until late April, have not resumed.", "Kelda"),
])
def test_event_not_seen_denied_or_stopped_is_none(text, name):
    assert primary(text, name, when=JUNE)[name] == NONE


@pytest.mark.parametrize("text, name", [
    ("Militants still carry out sporadic raids in the hills around Sorra.", "Sorra"),
    ("The district of Sorra has seen repeated attacks on its police posts.", "Sorra"),
    ("The league, which campaigns against forced disappearances in Sorra, held a meeting.", "Sorra"),
])
def test_habit_or_cause_is_not_an_event(text, name):
    assert primary(text, name, when=JUNE)[name] == NONE


def test_habit_told_in_the_past_with_a_day_is_news():
    text = "Militants carried out repeated raids on Sorra on Tuesday, police said."
    assert primary(text, "Sorra", when=JUNE)["Sorra"] != NONE


@pytest.mark.parametrize("text, name", [
    ("Activists say drone strikes have killed hundreds of civilians in Varga province.", "Varga"),
    ("The army has killed thousands of fighters in Varga, officials said.", "Varga"),
    ("Bandits shot dead 12 villagers near Tolu, the latest in a spate of killings across Varga.", "Varga"),
])
def test_running_total_or_series_is_not_the_place_of_the_news(text, name):
    assert primary(text, name, when=JUNE)[name] == NONE


@pytest.mark.parametrize("text, name, expected", [
    ("Drones struck a fuel depot in Tolu on Sunday, killing three, in what was the deadliest attack in Varga this year.",
     "Varga", NONE),
    ("It was the largest air raid in Varga's history.", "Varga", NONE),
    ("Drones struck a fuel depot in Tolu on Sunday, killing three.", "Tolu", AIR),
])
def test_the_domain_a_superlative_ranks_over_is_not_the_event_place(text, name, expected):
    assert primary(text, name, when=JUNE)[name] == expected


@pytest.mark.parametrize("text, name, expected", [
    ("The government said the seizure of Marek was a violation of the truce.", "Marek", NONE),
    ("Artillery shelled Marek on Friday, the governor said.", "Marek", SHELLING),
])
def test_event_judged_is_not_told(text, name, expected):
    assert primary(text, name, when=JUNE)[name] == expected


def test_the_violence_a_comparison_starts_from_takes_no_carried_event():
    text = ("Militants dropped bombs from drones on Koru on Sunday, killing two. "
            "Officials said it was the first such attack since the violence erupted in Lenta in 2022.")
    assert primary(text, "Koru", "Lenta", when=JUNE)["Lenta"] == NONE

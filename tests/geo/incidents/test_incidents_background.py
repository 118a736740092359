"""Background told as such: an event dated months before the article, what a superlative
is measured against, running records over months or years, a month premodifying an event
noun, and a month or more back. Every sentence here is new (none is from a labelled set)."""

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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jihadists have burned dozens of schools in Tillaberi over the past 18 months.", "Tillaberi"),
        ("Gangs have kidnapped more than 300 people in Zamfara in recent months, a senator said.", "Zamfara"),
        ("Police say bandits have killed 40 herders across Kebbi so far this year.", "Kebbi"),
        # "this year" with a perfect before the trigger
        ("Militias, which residents say have torched 12 villages in Djugu this year, deny the charge.", "Djugu"),
        ("Separatists have ambushed army convoys near Bamenda throughout the last two years.", "Bamenda"),
    ],
)
def test_a_span_of_months_or_years_makes_a_running_record(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # weeks and days are still the news
        ("Shelling killed 15 civilians in Avdiivka over the past week, the governor said.", "Avdiivka", SHELLING),
        # "this year" without a perfect counts, it does not total
        ("Gunmen shot dead a councillor in Celaya on Monday, the fourth such killing this year.", "Celaya", ATTACK),
    ],
)
def test_a_span_of_weeks_or_a_count_this_year_stays_news(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        ("Aid convoys have not reached Tawila since the RSF's February offensive on the camp.", "Tawila",
         date(2025, 6, 2)),
        ("Talks stalled after the March shelling of Kupiansk, diplomats said.", "Kupiansk", date(2025, 5, 20)),
        ("Traders in Goma are still counting losses from the January looting of Birere market.", "Birere",
         date(2025, 4, 9)),
    ],
)
def test_a_month_premodifying_an_event_noun_names_an_earlier_event(text, name, when):
    assert primary(text, name, when=when)[name] == NONE


def test_a_month_premodifying_an_event_noun_of_the_articles_month_stays_news():
    text = "The May 4 shelling of Kupiansk killed three people, officials said."
    assert primary(text, "Kupiansk", when=date(2025, 5, 6))["Kupiansk"] == SHELLING


@pytest.mark.parametrize(
    "text",
    [
        "Rebels overran Rubaya a month ago, and the army is regrouping.",
        "A month after rebels overran Rubaya, the army is still regrouping.",
        "Rebels overran Rubaya earlier this year, and the army is still regrouping.",
        "A year ago, gunmen massacred 30 villagers in Rubaya.",
    ],
)
def test_a_month_or_more_back_is_background(text):
    assert primary(text, "Rubaya")["Rubaya"] == NONE

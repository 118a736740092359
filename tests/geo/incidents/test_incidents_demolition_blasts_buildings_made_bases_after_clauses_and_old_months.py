"""False violence found on holdouts 58-62, second round: blasts of a demolition and
buildings taken over as a base are no attack; an "after" clause with a site of its own
keeps its event; past background told by a fronted month, a span "after"
an earlier event or "the days that followed" it; a place named only to locate the place
before it. Every sentence here is new."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import (
    ARRESTS,
    ATTACK,
    BASE,
    CLASH,
    LOOTING,
    NONE,
    primary,
    violent,
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soldiers carried out detonation operations in Marwahin, where they blew up several houses near the mosque.",
         "Marwahin"),
        ("The army blew up a row of homes in Yaroun, where loud blasts were heard across the valley.", "Yaroun"),
    ],
)
def test_blasts_of_buildings_blown_up_are_a_demolition(text, name):
    assert primary(text, name)[name] == LOOTING


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops took over three houses in Beit Ummar and turned them into a military post.", "Beit Ummar"),
        ("Soldiers took over a school in Qarawa and converted it into barracks, residents said.", "Qarawa"),
    ],
)
def test_buildings_taken_over_and_made_a_military_site_are_a_base(text, name):
    assert primary(text, name)[name] == BASE


def test_a_town_taken_over_stays_a_capture():
    found = primary("Rebels took over Qarawa after heavy fighting with the army.", "Qarawa")
    assert violent({found["Qarawa"]})


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police arrested nine men in Hodan and Wadajir after a grenade exploded near the market on Sunday.",
         ("Hodan", "Wadajir")),
        ("Security forces detained 12 suspects in Hodan after rockets landed near the airport overnight.", ("Hodan",)),
    ],
)
def test_an_after_clause_with_a_site_of_its_own_keeps_its_event(text, names):
    found = primary(text, *names)
    assert all(found[n] == ARRESTS for n in names)


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        # a relative clause inside the subject the fronted month dates
        ("In November, a drone that crossed the border struck a market in Ashdod, wounding nine people.",
         "Ashdod", date(2025, 2, 20)),
        # "according to" names a source, it tells no report of now
        ("In December, at least 50 people were killed in an attack on Kaya, according to local officials.",
         "Kaya", date(2025, 2, 5)),
    ],
)
def test_a_fronted_month_two_months_back_is_background(text, name, when):
    assert primary(text, name, when=when)[name] == NONE


def test_a_fronted_month_reported_now_stays_news():
    text = "In December, soldiers shot dead 14 villagers in Kaya, a rights group said on Tuesday."
    assert primary(text, "Kaya", when=date(2025, 2, 5))["Kaya"] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "The two sides signed a truce in Doha on Sunday, two weeks after the fierce clashes around Tessit.",
    ],
)
def test_an_event_weeks_before_that_dates_the_news_is_background(text):
    assert primary(text, "Tessit", when=date(2025, 4, 1))["Tessit"] == NONE


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Fighting broke out in November when gunmen raided a convoy near Tall. In the weeks that followed, "
         "clashes spread to Sadda and Bagan.", date(2025, 1, 10), NONE),
        ("Gunmen raided a convoy near Tall on Monday. In the days that followed, clashes spread to Sadda.",
         date(2025, 1, 10), CLASH),
    ],
)
def test_the_days_that_followed_an_old_event_are_background(text, when, expected):
    assert primary(text, "Sadda", when=when)["Sadda"] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Mambasa territory, west of Bunia, ADF fighters clashed with soldiers around Biakato on Sunday.", "Bunia"),
        ("In Irumu territory, south of Bunia, militiamen clashed with the army near Komanda on Friday.", "Bunia"),
    ],
)
def test_a_place_named_only_to_locate_another_takes_no_event(text, name):
    names = [n for n in ("Mambasa", "Irumu", "Bunia", "Biakato", "Komanda") if n in text]
    assert primary(text, *names)[name] == NONE

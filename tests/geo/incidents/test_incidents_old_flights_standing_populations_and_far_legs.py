"""Displacement legs and dated displacement found on holdouts 38-47: the end of a leg of
people carried away told far after its start, the rest of a return or a departure told
without its verb ("..., most of them from X", "most of them for Y"), a departure dated
by a deal's year, a place whose own flight is dated years back while the clause names
other displaced people, and counts of people where they already are. Every sentence
here is new."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import DISPLACED, NONE, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Evacuation: another 52 residents, among them 9 children, were taken from the frontline villages of the "
         "Kupiansk district, bordering Belgorod region, to Balakliia and Zmiiv.", "Zmiiv"),
        ("Russian shelling forced families to flee the border. Since Monday 640 persons, including 90 children, were taken out of the Bilopillia and Khotin "
         "communities to Konotop and Shostka.", "Shostka"),
    ],
)
def test_the_end_of_a_carried_leg_far_from_its_verb_is_displacement(text, name):
    names = ("Konotop", name) if "Konotop" in text else (name,)
    assert primary(text, *names)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two months after the army recaptured the town, thousands of people have come back, "
         "most of them from Kosti, Rabak and Sennar.", "Rabak"),
        ("Amid the shelling, some 1,800 people have left the border area since March, most of them for Okhtyrka.",
         "Okhtyrka"),
    ],
)
def test_the_rest_of_a_return_or_a_departure_without_its_verb_is_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A convoy of 310 refugees left the Goudoumaria camp on Sunday for Damasak and Mobbar, under the "
         "agreement signed in Niamey in 2019, the UN said.", "Mobbar"),
    ],
)
def test_a_departure_is_news_when_the_old_year_dates_only_a_deal_named_after_it(text, name):
    assert primary(text, name, when=date(2025, 4, 2))[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The displacement camps near the town already shelter families who fled from Hpasawng in 2022.", "Hpasawng"),
        ("Most of the evacuees are elderly, some of whom had already fled once in 2022 from villages near Vovcha.",
         "Vovcha"),
        ("About 9,000 families displaced by the 2019 siege of Kidapawan remain in transitional shelters in Makilala.",
         "Kidapawan"),
    ],
)
def test_a_place_of_a_flight_dated_years_back_takes_no_other_displacement_of_its_clause(text, name):
    assert primary(text, name, when=date(2025, 6, 10))[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 9,000 families displaced by the 2019 siege of Kidapawan remain in transitional shelters in Makilala.",
         "Makilala"),
        ("Families who fled Hpasawng in 2022 have now returned to Loilem, local officials said.", "Loilem"),
    ],
)
def test_a_place_after_a_flight_of_the_news_keeps_its_displacement(text, name):
    assert primary(text, name, when=date(2025, 6, 10))[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands fled the fighting this week. More than 800,000 Rohingya refugees already live in camps in Teknaf.",
         "Teknaf"),
        ("New arrivals were registered on Monday. The Goudoumaria camp, near the border, already hosts about "
         "40,000 refugees.", "Goudoumaria"),
    ],
)
def test_people_counted_where_they_already_are_are_no_displacement(text, name):
    assert primary(text, name)[name] == NONE

"""False violence: background, headings, journeys and takings with no fight.

Pins mechanisms that keep violent readings off places that are not the site of a
violent event told as news: the season before the article ("Last winter, ..."), a
"where"/"when"/"in which" clause on an event the sentence dates as background, a
span of years ("for years"), an all-caps heading over bulleted items, the ends of a
journey listed with "and", a road's ends after the place an event was near, a lake
a place lies on the edge of, a monitor's count of attacks, troops who enter villages
and burn houses, and an entry told as made with no fighting.
"""

from __future__ import annotations

from datetime import date

import pytest

from geo.model import VIOLENT_TYPES

from .incident_helpers import ABDUCTION, CLASH, HANDOVER, LOOTING, NONE, labels, place, primary, resolved


def _violent(found: set) -> bool:
    return any(t in VIOLENT_TYPES for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last winter, rocket strikes cut power to much of Odesa for days.", "Odesa"),
        ("Last summer, drone attacks on the port of Izmail destroyed grain silos.", "Izmail"),
    ],
)
def test_an_event_of_last_season_is_background(text, name):
    assert not _violent(labels(text, name, when=date(2025, 11, 20))[name])


def test_a_season_that_dates_an_earlier_event_after_since_leaves_the_news_violent():
    text = ("Jets carried out three raids on the outskirts of Saraqib, the first in the area since "
            "the raids that hit Binnish last autumn.")
    assert _violent(labels(text, "Saraqib", when=date(2025, 3, 4))["Saraqib"])


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        # a "where" clause on a place of a massacre told as weeks before
        ("The raid comes three weeks after the massacre in Kibirizi, where militiamen killed at least 60 villagers.",
         ("Kibirizi",), date(2025, 6, 10)),
        # "in which" on protests dated by an old year
        ("In 2018, fuel price rises set off protests in which dozens of people were killed, many of them in Rustavi.",
         ("Rustavi",), date(2025, 6, 10)),
        # "when" on a span the news is measured against
        ("The fighting was the heaviest in the region since March and April, when clashes in Sabha and Ubari "
         "killed more than 50 people.", ("Sabha", "Ubari"), date(2025, 8, 2)),
    ],
)
def test_a_relative_clause_on_a_background_event_is_background(text, names, when):
    got = labels(text, *names, when=when)
    for name in names:
        assert not _violent(got[name]), name


def test_a_where_clause_with_its_own_day_stays_news():
    text = ("Government forces regularly shell rebel-held towns in the north, including Kafr Nabl, "
            "where a rocket strike on Monday destroyed a school.")
    assert _violent(labels(text, "Kafr Nabl", when=date(2025, 2, 12))["Kafr Nabl"])


def test_a_siege_held_for_years_is_a_running_record():
    text = "The militants have besieged villages in the east for years, including Tessit and Boulkessi."
    got = labels(text, "Tessit", "Boulkessi", when=date(2025, 9, 1))
    assert got["Tessit"] == {NONE}
    assert got["Boulkessi"] == {NONE}


def test_an_all_caps_heading_over_bulleted_items_frames_them_only():
    text = ("Weekly security update\n\nTIGRAY\n- Armed men ambushed a bus near Adigrat on 3 May, "
            "wounding four passengers.\n\nAFAR\n- Gunmen kidnapped two traders near Semera on 4 May.")
    got = primary(text, "TIGRAY", "Adigrat", "AFAR", "Semera", when=date(2025, 5, 6))
    assert got["TIGRAY"] == NONE
    assert got["AFAR"] == NONE
    assert got["Semera"] == ABDUCTION


@pytest.mark.parametrize(
    ("text", "ends", "scene"),
    [
        ("Bandits kidnapped 14 traders travelling by bus from Kano and Zaria to a market in Lokoja near Okene on Sunday.",
         ("Kano", "Zaria", "Lokoja"), "Okene"),
        ("Gunmen abducted nine pilgrims travelling from Sokoto and Gusau to Funtua near Tsafe on Sunday.",
         ("Sokoto", "Gusau", "Funtua"), "Tsafe"),
    ],
)
def test_every_start_of_a_journey_listed_with_and_is_a_frame(text, ends, scene):
    got = labels(text, *ends, scene, when=date(2025, 4, 2))
    for end in ends:
        assert got[end] == {NONE}, end
    assert ABDUCTION in got[scene]


def test_the_road_ends_after_the_place_an_attack_was_near_are_frames():
    text = "Militants ambushed a supply convoy near Sevare on the road between Mopti and Gao on Monday."
    got = labels(text, "Sevare", "Mopti", "Gao", when=date(2025, 4, 2))
    assert got["Mopti"] == {NONE}
    assert got["Gao"] == {NONE}
    assert _violent(got["Sevare"])


def test_the_road_ends_with_no_other_site_still_take_the_ambush():
    text = "Militiamen ambushed an army convoy on the road between Mopti and Gao on Monday, killing five soldiers."
    got = labels(text, "Mopti", "Gao", when=date(2025, 4, 2))
    assert _violent(got["Mopti"])


def test_a_lake_a_place_lies_on_the_edge_of_only_locates_it():
    text = "Insurgents kidnapped six fishermen in the village of Kinasserom on the edge of Lake Chad on Sunday."
    mentions = resolved(text, {"Kinasserom": place("Kinasserom", "P", "PPL", "NE"),
                               "Lake Chad": place("Lake Chad", "H", "LK", "NE")})
    got = primary(text, when=date(2025, 4, 2), mentions=mentions)
    assert got["Lake Chad"] == NONE
    assert got["Kinasserom"] == ABDUCTION


@pytest.mark.parametrize(
    "text",
    [
        "The monitoring system verified 44 attacks on health care in Moldova in May, which killed six people.",
        "The monitor recorded 12 new attacks on schools in Moldova during the month.",
    ],
)
def test_a_monitors_count_of_attacks_in_a_country_is_no_event(text):
    assert not _violent(labels(text, "Moldova", when=date(2025, 6, 20))["Moldova"])


def test_troops_who_enter_villages_and_burn_houses_destroy_property_not_fight():
    text = "A column of soldiers entered the villages of Kyauk Ta and Sin Lan and set fire to more than 40 houses."
    got = primary(text, "Kyauk Ta", "Sin Lan", when=date(2025, 4, 2))
    assert got["Sin Lan"] == LOOTING


def test_an_entry_told_with_no_fighting_is_a_non_violent_transfer():
    text = ("Army units and allied militias entered Bulo Burte on Friday after the insurgents withdrew, "
            "residents said, adding that no fighting took place.")
    assert primary(text, "Bulo Burte", when=date(2025, 4, 2))["Bulo Burte"] == HANDOVER


def test_an_entry_fought_for_stays_a_battle():
    text = "Army units entered Bulo Burte on Friday after heavy fighting with the insurgents, residents said."
    assert primary(text, "Bulo Burte", when=date(2025, 4, 2))["Bulo Burte"][0] == CLASH[0]

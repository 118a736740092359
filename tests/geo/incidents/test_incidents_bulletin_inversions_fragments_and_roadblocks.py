"""Missed events found on blind holdouts 48-52: headline present tenses ("bombard"),
fronted bulletin lists ("Hit were A and B", "Under the fire were ..."), fallen fragments,
roads and bridges blocked by crowds, confrontations and encounters with armed men,
arrivals recorded, camps emptied, and the road "of A to B". Every sentence here is new
(none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    AIR, CLASH, DISPLACED, DISRUPTED, NONE, PEACEFUL, SHELLING, primary,
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Sudan: army warplanes bombard Mellit and Kabkabiya", "Kabkabiya", AIR),
        ("Headline: jets bombard Saraqib overnight, residents say", "Saraqib", AIR),
        ("The militia's artillery continued to pound Dilling for a third day.", "Dilling", SHELLING),
    ],
)
def test_present_tense_bombardment_and_continued_pounding_are_strikes(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Russian troops shelled the district again. Hit were Ilarionove, Pidhorodne and Mezhova communities.",
         ("Ilarionove", "Mezhova")),
        ("The enemy kept up its shelling. In the Kupiansk area under the fire were Kivsharivka and Senkove.",
         ("Kivsharivka", "Senkove")),
    ],
)
def test_a_fronted_list_of_places_hit_in_a_war_bulletin_is_shelled(text, names):
    got = primary(text, *names)
    assert all(got[n] == SHELLING for n in names)


def test_the_hardest_hit_are_no_strike():
    text = "Drought hit the region again this year. The hardest hit were farmers around Mezhova."
    assert primary(text, "Mezhova")["Mezhova"] == NONE


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Drones were launched at the north overnight. Falling fragments damaged a roof in Safed.", "Safed", DISRUPTED),
        ("Russian drones crossed the border and were shot down. Fragments were found in a field near Tomaszow.", "Tomaszow",
         DISRUPTED),
    ],
)
def test_fallen_fragments_in_a_war_story_are_a_disrupted_weapon(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Farmers set up roadblocks in Kalisz and Konin on Tuesday over grain imports.", ("Kalisz", "Konin")),
        ("Thousands of students blocked the two bridges in Kaunas for an hour.", ("Kaunas",)),
        ("Teachers blocked the Slavija junction in Belgrade for three hours.", ("Belgrade",)),
    ],
)
def test_roads_and_bridges_blocked_by_a_crowd_are_a_protest(text, names):
    got = primary(text, *names)
    assert all(got[n] == PEACEFUL for n in names)


def test_soldiers_setting_up_roadblocks_are_no_protest():
    text = "Soldiers set up roadblocks in Kalisz after the storm."
    assert primary(text, "Kalisz")["Kalisz"] != PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vigilantes confronted the bandits near Dansadau on Friday, killing three.", "Dansadau"),
        ("Troops killed four gunmen in close-quarters encounters in Tangi.", "Tangi"),
    ],
)
def test_confronting_armed_men_and_armed_encounters_are_clashes(text, name):
    assert primary(text, name)[name] == CLASH


def test_the_first_town_of_a_road_of_a_to_b_is_no_site():
    text = "Hunters clashed with insurgents near Benisheikh on the road of Damboa to Biu on Sunday."
    got = primary(text, "Benisheikh", "Damboa")
    assert got["Benisheikh"] == CLASH and got["Damboa"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting displaced 12,000 people last week. Arrivals were recorded in Baidoa and Dinsor.", "Dinsor"),
        ("Thousands of families have fled the raids. The Balata and Askar camps are almost entirely emptied of residents.", "Balata"),
    ],
)
def test_arrivals_recorded_and_camps_emptied_are_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED

"""Strategic developments read on holdouts 19-37: a night's or a day's total of drones
brought down is that night's news, air defence confronting targets "in the skies of" a
city places the interception there, groups burning or handing over batches of weapons
or giving them up at a ceremony change their activity, and a town handed back is a
non-violent transfer. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import CHANGE, DISRUPTED, HANDOVER, NONE, primary


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said that in total during the night 61 drones were destroyed, including 14 over Tula region.",
        "In total, overnight 33 drones were shot down, among them 9 over Tula region.",
    ],
)
def test_a_total_of_one_night_still_places_the_interceptions(text):
    assert primary(text, "Tula")["Tula"] == DISRUPTED


def test_a_running_total_in_total_is_still_no_event():
    text = "In total, since the start of the war, 2,000 drones were destroyed over Tula region."
    assert primary(text, "Tula")["Tula"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "The air defence of the country confronted hostile drones in the skies of Qom and Yazd.",
        "Air defence systems engaged enemy targets in the skies of Qom and Yazd overnight, state media said.",
    ],
)
def test_air_defence_in_the_skies_of_a_city_places_the_interception_there(text):
    got = primary(text, "Qom", "Yazd")
    assert got["Qom"] == DISRUPTED and got["Yazd"] == DISRUPTED


def test_the_skies_of_a_country_without_an_interception_stay_a_frame():
    text = "Airliners avoided the skies of Yemen after the war began."
    assert primary(text, "Yemen")["Yemen"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Forty rebel fighters burned their rifles at a ceremony outside Zakho on Saturday.", "Zakho"),
        ("The front handed over 800 more rifles in a decommissioning ceremony in Cotabato town.", "Cotabato"),
        ("The movement handed over a second batch of weapons in the Baddawi camp on Tuesday.", "Baddawi"),
    ],
)
def test_a_group_giving_up_its_weapons_changes_its_activity_there(text, name):
    assert primary(text, name)[name] == CHANGE


def test_residents_handing_in_guns_without_a_group_or_ceremony_are_no_change():
    text = "Residents of Zakho handed in 40 hunting guns to the police this week."
    assert primary(text, "Zakho")["Zakho"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Hsipaw was handed back to the military on Monday under a truce brokered by China.",
        "The rebels handed back to the army the town of Hsipaw on Monday.",
    ],
)
def test_a_town_handed_back_is_a_non_violent_transfer(text):
    assert primary(text, "Hsipaw")["Hsipaw"] == HANDOVER

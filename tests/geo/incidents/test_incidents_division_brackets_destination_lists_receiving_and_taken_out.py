"""Displacement read on holdouts 58-62: flows whose origin a bracket locates ("A commune (B
region) towards C"), destinations listed after a displacing verb ("to A town and B", "towards
A, B and C"), people displaced "an estimated" count, evacuees "taken out", a "left" whose
destination a remnant tells ("most of them to X"), a count "more of them" evacuated, places
that take the displaced in ("host communities in X report overcrowding", "receiving 1,000
nationals") and a bracket of origins after a place of arrival. Every sentence here is new
(none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, NONE, primary


@pytest.mark.parametrize(
    "text",
    [
        "Since early May, some 4,000 people have fled insecurity in Dorvel commune (Kastra region) towards Ormin, Belsa and Tavrik.",
        "Over 900 families fled the violence in Dorvel (Kastra province) towards Ormin, Belsa and Tavrik.",
    ],
)
def test_a_bracket_locating_the_origin_does_not_cut_the_flight_from_its_destinations(text):
    got = primary(text, "Dorvel", "Kastra", "Ormin", "Belsa", "Tavrik")
    assert [got[n] for n in ("Dorvel", "Ormin", "Belsa", "Tavrik")] == [DISPLACED] * 4
    assert got["Kastra"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between armed groups near Dorvel displaced an estimated 2,100 households to Ormin town and Belsa.",
        "Raids by armed groups on villages near Dorvel have displaced an estimated 9,000 people, mostly towards Ormin, Belsa and Tavrik.",
    ],
)
def test_every_listed_destination_of_people_displaced_by_fighting_takes_the_displacement(text):
    names = [n for n in ("Ormin", "Belsa", "Tavrik") if n in text]
    got = primary(text, "Dorvel", *names)
    assert all(got[n] == DISPLACED for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "The evacuation of the district goes on. Since Friday, about 1,300 people have been taken out, most of them to Ormin and some to Belsa.",
        "The evacuation of the district goes on. Elderly residents were taken out of Ormin and Belsa by volunteers.",
    ],
)
def test_people_taken_out_in_an_evacuation_are_displaced(text):
    got = primary(text, "Ormin", "Belsa")
    assert got["Ormin"] == DISPLACED and got["Belsa"] == DISPLACED


@pytest.mark.parametrize(
    "text",
    [
        "Authorities widened the evacuation zone; about 240 residents have left so far, most of them to Ormin.",
        "The shelling went on and some 90 villagers have left since Sunday, many of them to Ormin.",
    ],
)
def test_people_who_left_take_their_flight_to_where_most_of_them_went(text):
    assert primary(text, "Ormin")["Ormin"] == DISPLACED


@pytest.mark.parametrize(
    "text",
    [
        "Rescue volunteers evacuated 15 more of them on Friday, taking them to Ormin.",
        "A police unit evacuated 30 of them overnight and drove them to Ormin.",
    ],
)
def test_officials_evacuating_a_count_of_the_people_told_before_displace_them(text):
    assert primary(text, "Ormin")["Ormin"] == DISPLACED


@pytest.mark.parametrize(
    "text, names",
    [
        ("Thousands have fled the fighting in the east. Host communities in Ormin and Belsa report overcrowding.",
         ("Ormin", "Belsa")),
        ("Thousands have fled the fighting across the border. Officials in Ormin reported receiving about 2,000 Kastran nationals.",
         ("Ormin",)),
    ],
)
def test_a_place_taking_in_people_in_a_story_of_flight_is_displacement(text, names):
    got = primary(text, *names)
    assert all(got[n] == DISPLACED for n in names)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Residents spent the night in shelters in Ormin as sirens sounded.", "Ormin"),
        ("Thousands have fled the fighting. Host communities in Ormin received seeds and tools this week.", "Ormin"),
        ("The main hospital in Ormin received 25 wounded people overnight.", "Ormin"),
    ],
)
def test_air_raid_shelters_and_wounded_received_are_no_displacement(text, name):
    assert primary(text, name)[name] != DISPLACED


@pytest.mark.parametrize(
    "text",
    [
        "Thousands have fled the fighting. New arrivals were registered in Ormin (from Belsa and Tavrik) this week.",
        "Thousands have fled the fighting. New arrivals were registered in Ormin (mostly from Belsa and Tavrik).",
    ],
)
def test_a_bracket_of_origins_after_a_place_of_arrival_takes_the_flight(text):
    got = primary(text, "Ormin", "Belsa", "Tavrik")
    assert got["Ormin"] == DISPLACED and got["Belsa"] == DISPLACED and got["Tavrik"] == DISPLACED

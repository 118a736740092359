"""Displacement wording found on holdouts 19-35: the rest of a flight told
without its verb ("..., most of them to X"), people a relative pronoun refers back to
("displacing 2,000, many of whom fled"), armed actors who displace people or order them
out, movers named far from their verb, migrants and nationals entering a district, a road
taken toward a town; and the leaving that is no flight (an operator's personnel, the
victims flown out). Every sentence here is new."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, NONE, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("More than 9,000 people have fled the clashes in the hills, the governor said on Monday, "
         "most of them to the towns of Kalehe and Minova.", "Minova"),
        ("About 50,000 people have returned to Wad Madani since the army retook it, most of them from Kosti.", "Kosti"),
        ("Some 4,000 villagers fled the raids, officials said, many of them into the camps of Dori.", "Dori"),
    ],
)
def test_the_remnant_of_a_flight_without_its_verb_is_displacement_where_it_goes(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militiamen raided Djugu and Fataki, killing nine people and displacing about 2,000, "
         "many of whom fled to Bunia.", "Bunia"),
        ("Bandits stormed the market in Anka, killing 12 villagers and wounding 20 more, most of whom "
         "fled to Gusau.", "Gusau"),
    ],
)
def test_people_a_relative_pronoun_refers_back_to_are_no_fleeing_fighters(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Tuesday the army issued new displacement orders for parts of Beit Lahia, where thousands "
         "still live.", "Beit Lahia"),
        ("Gunmen torched homes in Kwall and displaced more than 1,500 residents.", "Kwall"),
    ],
)
def test_an_armed_actor_displacing_people_or_ordering_them_out_is_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shelling resumed overnight. Meanwhile, hundreds of displaced Yazidi families from the camps "
         "around Duhok began leaving toward Sinjar.", "Sinjar"),
        ("Troops shelled the valley, and over 800 families have migrated from Mamund to Khar.", "Khar"),
        ("Rebels shelled the town for days. Some residents have moved on to Goma, aid workers said.", "Goma"),
    ],
)
def test_movers_far_from_their_verb_or_migrating_are_displaced(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Fighting in Rakhine forced many to flee. Officials said about 8,000 Rohingya have entered "
         "Ukhia subdistrict this month, crossing near Whaikhyang.", "Whaikhyang", DISPLACED),
        ("Fighting in Rakhine forced many to flee. Officials said about 8,000 Rohingya have entered "
         "Ukhia subdistrict this month.", "Ukhia", DISPLACED),
        ("Rebels entered Kitshanga on Sunday after heavy fighting.", "Kitshanga", ("Battles", "Non-state actor overtakes territory")),
    ],
)
def test_people_who_entered_a_place_in_a_story_of_flight_are_displaced(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After the gangs attacked Mirebalais, dozens of families took the road toward Hinche.", "Hinche"),
        ("Thousands of people fled the insurgents into the forest or along the road to Montepuez.", "Montepuez"),
    ],
)
def test_a_road_taken_by_people_fleeing_leads_to_their_destination(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After the rebel advance the mining company suspended work and announced the evacuation of its "
         "personnel to Lubumbashi.", "Lubumbashi"),
        ("Gunmen shot three nurses near the clinic; the victims were evacuated by helicopter to Jayapura.",
         "Jayapura"),
        ("Militias attacked the camp. Food aid for the displaced families was sent from Kampala.", "Kampala"),
    ],
)
def test_personnel_victims_and_aid_that_move_are_no_displacement(text, name):
    assert primary(text, name)[name] == NONE

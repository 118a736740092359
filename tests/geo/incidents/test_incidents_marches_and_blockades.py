"""Protests and riots found on holdouts 19-37: where a march set out from, sit-ins in
front of public buildings, "dead city" shutdowns, road blockades with a demand, strikes
paralysing districts, diplomatic protests, protests inspired by others, promised and
banned protests, the topic of a march, damage a crowd does in the street, and a fronted
place before "residents said". Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import MOB, NONE, PEACEFUL, RIOT, place, primary, resolved


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hundreds of teachers marched from Liberty Square to the ministry to demand back pay.", ("Liberty Square",)),
        ("The opposition held marches from the Ortachala and Gldani districts toward parliament.", ("Ortachala", "Gldani")),
    ],
)
def test_where_a_march_set_out_from_is_a_protest_place(text, names):
    found = primary(text, *names)
    assert all(found[n] == PEACEFUL for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "The column, which marched out from Pakokku town, burned two villages.",
        "Soldiers marched from Pakokku to the front line on Monday.",
    ],
)
def test_troops_marching_from_a_place_make_no_protest_there(text):
    assert primary(text, "Pakokku")["Pakokku"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Farmers staged a sit-in in front of the departmental delegation in Hinche to demand seeds.",
        "Dozens of nurses gathered outside the prefecture in Bouaké to demand unpaid wages.",
    ],
)
def test_a_crowd_in_front_of_a_public_building_protests_in_its_town(text):
    name = "Hinche" if "Hinche" in text else "Bouaké"
    assert primary(text, name)[name] == PEACEFUL


def test_a_dead_city_shutdown_is_a_protest_where_it_is_kept():
    text = 'In Atakpamé and Bassar, markets stayed shut in answer to a "dead city" call by opposition parties.'
    found = primary(text, "Atakpamé", "Bassar")
    assert found == {"Atakpamé": PEACEFUL, "Bassar": PEACEFUL}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coca growers kept up road blockades in Chapare province to demand the release of their leader.", "Chapare"),
        ("Miners blockaded the highway near Oruro for a second day to protest a new mining law.", "Oruro"),
    ],
)
def test_road_blockades_with_a_demand_are_a_protest(text, name):
    assert primary(text, name)[name] == PEACEFUL


def test_a_strike_paralysing_districts_is_a_protest_in_those_districts():
    text = "Taxi drivers went on strike in Dakar on Monday, paralysing traffic in districts such as Pikine and Rufisque."
    found = primary(text, "Dakar", "Pikine", "Rufisque")
    assert found["Pikine"] == PEACEFUL and found["Rufisque"] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The foreign ministry in Rabat summoned Algeria's ambassador to protest over the border incident.", ("Algeria",)),
        ("The ministry in Doha handed the Iranian envoy a protest memorandum over the seizure of a tanker.", ("Doha",)),
        ("The accord signed in Addis Ababa drew sharp protests from the government in Mogadishu.", ("Addis Ababa", "Mogadishu")),
    ],
)
def test_a_protest_one_state_lodges_with_another_is_no_demonstration(text, names):
    found = primary(text, *names)
    assert all(found[n] == NONE for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rallies were largely inspired by student-led protests in Sri Lanka that toppled the president.", "Sri Lanka"),
        ("The movement says its sit-ins are modelled on the occupations in Chile.", "Chile"),
    ],
)
def test_protests_a_movement_was_inspired_by_are_no_event(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The opposition rejects the deal and promises new protests in Gavar and Sevan next week.", ("Gavar", "Sevan")),
        ("The authorities have banned political demonstrations in Conakry until further notice.", ("Conakry",)),
    ],
)
def test_promised_or_banned_protests_are_no_event(text, names):
    found = primary(text, *names)
    assert all(found[n] == NONE for n in names)


@pytest.mark.parametrize(
    ("text", "rally", "topic"),
    [
        ("Thousands marched in Amman on Friday in marches of solidarity with Jenin.", "Amman", "Jenin"),
        ("Supporters rallied in Najaf to denounce the strikes on Lebanon.", "Najaf", "Lebanon"),
        ('Crowds rallied in Hodeidah on Friday, chanting "Death to Israel".', "Hodeidah", "Israel"),
    ],
)
def test_the_place_a_march_is_about_is_only_its_topic(text, rally, topic):
    found = primary(text, rally, topic)
    assert found[rally][0] == "Protests" and found[topic] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Kragujevac, demonstrators smashed windows at the town hall.", "Kragujevac"),
        ("Protesters in Maturín tore down a statue of the former governor.", "Maturín"),
        ("In Barinas, crowds toppled a statue of the late president on Monday.", "Barinas"),
    ],
)
def test_damage_a_crowd_does_in_the_street_is_a_riot(text, name):
    assert primary(text, name)[name] == RIOT


@pytest.mark.parametrize(
    "text",
    [
        "Shops were looted in Kaduna. In Zaria, residents said a mob beat a man to death.",
        "In Zaria, witnesses said a mob lynched a man accused of theft.",
    ],
)
def test_a_fronted_place_reaches_what_residents_said_happened_there(text):
    mentions = resolved(text, {"Zaria": place("Zaria", "P", "PPLA2", "NG", population=400000)})
    assert primary(text, "Zaria", mentions=mentions)["Zaria"] == MOB


def test_a_fronted_place_does_not_take_an_event_told_of_another_named_place():
    text = "In Dnipro, officials said Russian drones struck Kherson overnight."
    assert primary(text, "Dnipro", "Kherson")["Dnipro"] == NONE

"""Roles of place mentions that take no event: a state or group named as the agent, a place
addressed or of origin (a victim's too: "a trader from X"), a seat, a locator that only
orients the reader, and what an event recalls. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    ABDUCTION,
    AIR,
    ATTACK,
    LOOTING,
    NONE,
    RIOT,
    SHELLING,
    primary,
)


@pytest.mark.parametrize(
    ("text", "names", "name"),
    [
        # the subject after a dateline's dash
        ("ODESA, Ukraine — Russia pounded the port of Izmail with drones overnight, officials said.",
         ("Russia", "Izmail"), "Russia"),
        # the subject of a relative clause with a verb of its own
        ("Jets struck a school in Khan Younis, in the area that Israel had declared a safe zone.",
         ("Khan Younis", "Israel"), "Israel"),
        # an attacker that keeps doing it
        ("A drone hit a bus near Kherson as Russia kept up daily attacks on the city.", ("Kherson", "Russia"),
         "Russia"),
        # a group of the place, after a possessive
        ("Gunmen killed 12 villagers near Djibo in raids by Mali's jihadist militants.", ("Djibo", "Mali"), "Mali"),
        ("A truce reached with Qatar's mediation halted the air strikes on Gaza.", ("Qatar", "Gaza"), "Qatar"),
        # a state accused or blamed
        ("Colombia's army accused Venezuela of sheltering the rebels who attacked Tibu.", ("Venezuela", "Tibu"),
         "Venezuela"),
        # where a group comes from, and where its handlers are
        ("The group, which originated in Mozambique, attacked villages in Mtwara on Sunday.",
         ("Mozambique", "Mtwara"), "Mozambique"),
        ("Investigators said the bombers were in contact with handlers in Syria during the siege of the mall.",
         ("Syria",), "Syria"),
    ],
)
def test_state_or_group_named_as_an_actor_takes_no_event(text, names, name):
    assert primary(text, *names)[name] == NONE


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        ("In Kalehe, on the western shore of Lake Kivu, rioters burned a market on Monday.",
         ("Kalehe", "Lake Kivu"), "Lake Kivu", NONE),
        ("In Kalehe, on the western shore of Lake Kivu, rioters burned a market on Monday.",
         ("Kalehe", "Lake Kivu"), "Kalehe", RIOT),
        # a locator told first: the place after it is still the event's
        ("Further north, on the opposite bank of the Niger, the village of Ayorou came under mortar fire.",
         ("Niger", "Ayorou"), "Niger", NONE),
        ("Further north, on the opposite bank of the Niger, the village of Ayorou came under mortar fire.",
         ("Niger", "Ayorou"), "Ayorou", SHELLING),
        ("Jets hit two tanks near Tiyas, the site of an air base east of Homs.", ("Tiyas", "Homs"), "Homs", NONE),
        ("Jets hit two tanks near Tiyas, the site of an air base east of Homs.", ("Tiyas", "Homs"), "Tiyas", AIR),
    ],
)
def test_locator_set_off_by_commas_only_orients_the_reader(text, names, name, expected):
    assert primary(text, *names)[name] == expected


def test_edge_of_a_place_without_a_comma_before_is_still_where_it_happened():
    text = "Settlers set fire to two cars on the edge of Sinjil, north of Ramallah."
    assert primary(text, "Sinjil", "Ramallah")["Sinjil"] == LOOTING


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The Police Command in Zamfara State said bandits abducted 20 farmers in Tsafe.", "Zamfara", NONE),
        ("The Police Command in Zamfara State said bandits abducted 20 farmers in Tsafe.", "Tsafe", ABDUCTION),
    ],
)
def test_police_command_in_a_place_is_its_seat(text, name, expected):
    assert primary(text, "Zamfara", "Tsafe")[name] == expected


def test_where_a_victim_is_from_is_no_antecedent_of_the_town():
    text = ("A grenade exploded at a bus stand in Sopore on Friday. The wounded included a trader from Baramulla. "
            "It was the third attack in the town this month.")
    assert primary(text, "Sopore", "Baramulla")["Baramulla"] == NONE


@pytest.mark.parametrize(
    ("text", "names", "name"),
    [
        # what an event calls to mind
        ("The ambush echoed the 2021 killings of soldiers in Inata.", ("Inata",), "Inata"),
        ("The bombing recalled the massacre in Solhan, residents said.", ("Solhan",), "Solhan"),
        # an ordinal measured since an earlier event
        ("It was the second drone attack on the port since the October bombing of a fuel depot in Sevastopol.",
         ("Sevastopol",), "Sevastopol"),
        ("It was the first grenade attack in the city since the killing of three soldiers in Tral.",
         ("Tral",), "Tral"),
    ],
)
def test_what_an_event_recalls_or_is_counted_since_is_only_referred_to(text, names, name):
    assert primary(text, *names)[name] == NONE


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        # a division of any country, even with a direction before the larger place
        ("Militiamen torched houses in the Kabo sub-prefecture of northern Ouham.", ("Kabo", "Ouham"), "Kabo",
         LOOTING),
        # the next item of a list named with its kind shares the first item's role
        ("Soldiers fired on a bus bound for Ciudad Juarez and the state of Chihuahua near Villa Ahumada.",
         ("Ciudad Juarez", "Chihuahua", "Villa Ahumada"), "Chihuahua", NONE),
        # traders are people in a place, not a stock market
        ("Gunmen shot dead two traders in Bannu on Tuesday.", ("Bannu",), "Bannu", ATTACK),
    ],
)
def test_divisions_list_items_and_traders_take_their_place_roles(text, names, name, expected):
    assert primary(text, *names)[name] == expected

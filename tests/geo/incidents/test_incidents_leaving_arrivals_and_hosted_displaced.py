"""Displacement read from who leaves and how the move is told: the subject of "left their"
decides between people fleeing and a force leaving its site; the nearest named subject
decides whether the ones fleeing are fighters; shares ("smaller numbers"), bare counts and
households with their origin move as people; people sent across a border; the displaced
hosted, staying or heading back somewhere; counts in brackets; migrants in a maritime
update. Precision: a crowd of protesters on its way, a return demanded, a flight years
ago, a person reached by phone and a refugee response plan are no displacement. Every
sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, HANDOVER, NONE, primary

_FLIGHT = "Thousands of people fled the fighting in the north last week. "
_WAR = "Militants attacked army posts in the district on Sunday, killing four soldiers. "


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (_WAR + "Hundreds of families left their camps in Kurmuk on Monday.", "Kurmuk", DISPLACED),
        (_WAR + "Thousands of civilians left their shelters in Yei on Monday.", "Yei", DISPLACED),
        ("Burundian troops left their base in Kamanyola on Tuesday.", "Kamanyola", HANDOVER),
        ("After the deal, rebel fighters left their positions in Nyabibwe.", "Nyabibwe", HANDOVER),
    ],
)
def test_subject_decides_whether_left_their_is_flight_or_a_force_leaving(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (("Gunmen from a rebel faction torched a school near Lainya, and the residents of nearby hamlets "
          "left their homes towards Tadmait for fear of new raids."), "Tadmait"),
        ("A militia looted shops in the market, and the families of the quarter fled to Birao.", "Birao"),
    ],
)
def test_nearest_named_subject_decides_the_ones_fleeing(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a share of the movers
        (_FLIGHT + "Most went to the camps near the border; smaller numbers reached Renk.", "Renk"),
        # a bare count after a flight
        (_FLIGHT + "Officials in the district said about 7,500 have arrived in Wau since Friday.", "Wau"),
        # households named with their origin, in a war story
        (_WAR + "Around 200 families from Mandera have arrived in Elwak in recent days.", "Elwak"),
        # a count glossed in brackets stays the subject
        (_FLIGHT + "On 3 March, 90 households (410 people) left Tawila camp for Kebkabiya.", "Kebkabiya"),
    ],
)
def test_shares_counts_and_households_move_as_people(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Army drones struck Mese on Friday, sending some 2,000 villagers across the Salween into Mae Hong Son.",
         "Mae Hong Son", DISPLACED),
        ("Shelling around Menaka pushed 1,500 people across the border into Niger.", "Niger", DISPLACED),
        # "across" with nobody sent: no flight
        (_WAR + "Residents said patrols now stretch across the plain to Kumasi.", "Kumasi", NONE),
    ],
)
def test_people_sent_across_a_border_are_displaced(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FLIGHT + "Many are hosted in Sumbe and Lobito, where schools are full.", "Lobito"),
        (_FLIGHT + "Some have moved into the city, while others are heading back towards Walikale.", "Walikale"),
        (_FLIGHT + "Most of them are staying in the Kalobeyei settlement.", "Kalobeyei"),
    ],
)
def test_displaced_hosted_staying_or_heading_back_are_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


def test_migrants_landed_in_a_maritime_update_are_displacement():
    text = ("Some 640 migrants were intercepted at sea this week. "
            "They were disembarked at Misrata, and 300 people who set off from Libya arrived in Malta.")
    got = primary(text, "Misrata", "Malta")
    assert got["Misrata"] == DISPLACED
    assert got["Malta"] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # protesters on their way
        ("Crowds packed the central square, many of them having arrived by bus from Kisumu.", "Kisumu"),
        # a return asked for
        (_FLIGHT + "Families in the camps are calling for their return to Bentiu.", "Bentiu"),
        # a flight years ago
        (_FLIGHT + "Many of the families who left Kandahar more than 30 years ago have no papers.", "Kandahar"),
        # a person reached on the telephone
        (_WAR + "A farmer from Dablo reached by phone from Kaya described the attack.", "Kaya"),
        # a plan named for refugees
        (_FLIGHT + "A refugee response plan for the region was presented in Nairobi on Tuesday.", "Nairobi"),
    ],
)
def test_crowds_demands_old_flights_calls_and_plans_are_no_displacement(text, name):
    assert primary(text, name)[name] == NONE

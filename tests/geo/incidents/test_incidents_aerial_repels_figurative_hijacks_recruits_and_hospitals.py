"""False violence found on holdouts 58-62: attacks from the air told as repelled are a
disrupted weapons use; places drones were launched from "the directions of", the
hospital town of the wounded and the town where attackers were recruited take no
event; the places a fight displaced people to are where they went; protests
"hijacked" figuratively are no abduction; the capture of a wanted man is an arrest.
Every sentence here is new."""

from __future__ import annotations

import pytest

from .incident_helpers import ABDUCTION, ARRESTS, CLASH, DISPLACED, DISRUPTED, NONE, NSO, primary, violent


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscow said a drone attack on Feodosia had been repelled overnight.", "Feodosia"),
        ("The ministry said missile attacks on the port of Tuapse were repelled early on Friday.", "Tuapse"),
        ("Ukrainian drones set fire to a fuel depot near Engels on Sunday. Russian officials said attacks in "
         "the Saratov and Penza regions had been repelled.", "Penza"),
    ],
)
def test_repelled_attacks_from_the_air_are_disrupted_weapons_use(text, name):
    assert primary(text, name)[name] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ukrainian troops repelled a Russian assault near Kupiansk on Tuesday.", "Kupiansk"),
        ("Drones hit a depot in Tokmak. Further south, attacks by Russian infantry near Robotyne were repelled.",
         "Robotyne"),
    ],
)
def test_repelled_ground_attacks_stay_battles(text, name):
    assert primary(text, name)[name] == CLASH


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shahed drones struck Odesa overnight; they were launched from the directions of Primorsk and Kursk.",
         "Primorsk"),
        ("Rockets hit Sderot after they were fired from the direction of Beit Hanoun.", "Beit Hanoun"),
    ],
)
def test_launch_sites_told_as_directions_take_no_event(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A drone struck a bus in Nikopol; two passengers were wounded and hospitalised in Dnipro.", "Dnipro"),
        ("Gunmen shot a trader in Kaduna, who was later admitted to hospital in Zaria.", "Zaria"),
    ],
)
def test_where_the_wounded_are_hospitalised_is_no_event(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting between rival militias near Kalehe has displaced some 3,000 families, mostly towards Minova "
         "and Bukavu.", "Minova"),
        ("Raids by armed groups on farms around Djibo displaced about 900 households to Kaya.", "Kaya"),
    ],
)
def test_where_a_fight_displaced_people_to_is_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police accused criminals of hijacking the peaceful protests in Enugu and Owerri.", "Enugu"),
        ("The governor said thugs had hijacked the rally in Ibadan.", "Ibadan"),
    ],
)
def test_figurative_hijacking_is_no_abduction(text, name):
    assert not violent({primary(text, name)[name]})


def test_hijacking_a_vehicle_stays_an_abduction():
    text = "Gunmen hijacked a bus carrying 30 passengers near Katsina on Monday."
    assert primary(text, "Katsina")["Katsina"] == ABDUCTION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen torched cars in Culiacán after the capture of an alleged leader of the cartel in Navolato.",
         "Navolato"),
        ("The army announced the capture of a senior commander of the gang in Tumaco.", "Tumaco"),
    ],
)
def test_capture_of_a_wanted_man_is_an_arrest(text, name):
    assert primary(text, name)[name] == ARRESTS


def test_capture_of_a_town_stays_a_takeover():
    text = "Rebels of the armed group announced the capture of Bunagana on Sunday."
    assert primary(text, "Bunagana")["Bunagana"] == NSO


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prosecutors said gunmen recruited in Buenaventura carried out the attack on the police station in Jamundí.",
         "Buenaventura"),
        ("Officials said the militants trained in camps in Kunar had bombed the market in Peshawar.", "Kunar"),
    ],
)
def test_where_attackers_were_recruited_or_trained_is_no_event(text, name):
    assert primary(text, name)[name] == NONE

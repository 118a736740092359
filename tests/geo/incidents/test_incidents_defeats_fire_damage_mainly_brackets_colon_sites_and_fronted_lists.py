"""Violent events the tagger used to read as none: defeats kept up, fire damage, qualifier
brackets, colon lists of struck sites, and fronted places the gate wrongly doubted."""

from __future__ import annotations

import pytest

from tests.geo.incidents.incident_helpers import (
    AIR,
    ATTACK,
    CLASH,
    NONE,
    SHELLING,
    primary,
)


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("The southern grouping continued to defeat the enemy near Vesele, Marivka and Zorya.",
     ("Vesele", "Marivka", "Zorya"), CLASH),
    ("Units of the central group kept moving into the enemy's rear, defeating units of the enemy near "
     "Hrushivka and Lypove.",
     ("Hrushivka", "Lypove"), CLASH),
])
def test_defeat_of_the_enemy_kept_up_or_told_as_a_participle_is_a_clash(text, names, expected):
    found = primary(text, *names)
    assert all(found[n] == expected for n in names), found


def test_an_aim_to_defeat_the_enemy_is_no_clash():
    assert primary("The commander vowed to defeat the enemy near Vesele by winter.", "Vesele")["Vesele"] == NONE


@pytest.mark.parametrize(("text", "names"), [
    ("Units of the western group inflicted fire damage on manpower of the enemy in the areas of "
     "Kamyanka and Sosnivka.", ("Kamyanka", "Sosnivka")),
    ("The northern grouping is inflicting fire damage on enemy equipment near Dubky.", ("Dubky",)),
])
def test_inflicted_fire_damage_is_shelling(text, names):
    found = primary(text, *names)
    assert all(found[n] == SHELLING for n in names), found


@pytest.mark.parametrize(("text", "names"), [
    ("Overnight 96 drones (mostly Shaheds) attacked Kamyanka, Sosnivka and Dubky.",
     ("Kamyanka", "Sosnivka", "Dubky")),
    ("About 150 drones of several types (mainly FPV) attacked Lypove and Zorya.", ("Lypove", "Zorya")),
])
def test_a_bracket_saying_what_most_of_the_weapons_were_does_not_cut_the_clause(text, names):
    found = primary(text, *names)
    assert all(found[n] == AIR for n in names), found


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Ukraine said its drones struck fuel tanks at three air bases on Saturday: Sokolovo in the Tambor "
     "region, Verkhnyaya near Ostrog and Lesnoye.", ("Sokolovo", "Verkhnyaya", "Lesnoye"), AIR),
    ("The navy said missiles hit two refineries: Pribrezhny of the Kalmar region and Ozyorsk.",
     ("Pribrezhny", "Ozyorsk"), SHELLING),
])
def test_struck_sites_spelled_out_after_a_colon_each_located_are_the_strike_sites(text, names, expected):
    found = primary(text, *names)
    assert all(found[n] == expected for n in names), found


def test_names_after_a_colon_with_no_attack_before_it_get_no_strike():
    text = "The ministry listed the new air bases: Sokolovo in the Tambor region and Lesnoye."
    found = primary(text, "Sokolovo", "Lesnoye")
    assert found["Sokolovo"] == NONE and found["Lesnoye"] == NONE, found


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("In Marib, six people, including two children, were killed when drones hit a market.", ("Marib",), AIR),
    ("In Tlacotepec, Oaxaca, a local councillor and two other people were killed when gunmen opened "
     "fire at a funeral on Friday.", ("Tlacotepec", "Oaxaca"), ATTACK),
])
def test_gate_keeps_a_fronted_place_whose_clause_names_victims_killed_when_the_attack_came(text, names, expected):
    assert primary(text, *names)[names[0]] == expected


@pytest.mark.parametrize(("text", "names"), [
    ("In Dubky and Lypove, 22 drones were launched at homes and barns.", ("Dubky", "Lypove")),
    ("In Zorya and Vesele, 9 drones were launched at sheds and a garage overnight.", ("Zorya", "Vesele")),
])
def test_gate_keeps_a_fronted_list_of_places_whose_clause_tells_the_strike(text, names):
    found = primary(text, *names)
    assert all(found[n] == AIR for n in names), found

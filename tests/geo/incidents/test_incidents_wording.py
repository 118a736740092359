"""Wording found on blind holdout 10: knife attacks, charges that name a crime,
earlier events and comparisons, what a protest remembers, a drone's "strike by",
thrown grenades, weapons seized, evacuation orders and refuge taken. Every
sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    ARRESTS, ATTACK, DISPLACED, DISRUPTED, NONE, PEACEFUL, RIOT, labels, primary, violent,
)

EXCESSIVE = ("Protests", "Excessive force against protesters")
GRENADE = ("Explosions/Remote violence", "Grenade")
AIR = ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text",
    [
        "A teenager was stabbed near a bus stop in Brixton on Sunday evening.",
        "Two people were hacked to death with machetes in Beni overnight.",
        "A stabbing outside a nightclub in Brixton left one man dead.",
    ],
)
def test_a_knife_attack_is_an_attack_at_its_place(text):
    name = "Brixton" if "Brixton" in text else "Beni"
    assert primary(text, name)[name] == ATTACK


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Police in Leeds arrested two men on suspicion of murder.", "Leeds", ARRESTS),
        ("Detectives in Bristol charged a woman with attempted murder on Friday.", "Bristol", NONE),
    ],
)
def test_a_crime_named_in_a_charge_is_no_event_where_the_police_are(text, name, expected):
    assert primary(text, name)[name] == expected


def test_a_charge_does_not_hide_the_attack_told_after_it():
    text = "Police arrested a man on suspicion of murder after a woman was stabbed in Salford on Friday."
    assert primary(text, "Salford")["Salford"] == ATTACK


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Damascus protested to Israel's envoy over earlier air strikes in Quneitra province.", "Quneitra"),
        ("The ministry cited previous attacks by jihadists on Gao when it asked for reinforcements.", "Gao"),
        ("Observers drew comparisons with the deadly riots in Bangui.", "Bangui"),
    ],
)
def test_an_earlier_or_compared_event_is_no_event_of_the_day(text, name):
    assert not violent(labels(text, name)[name])


def test_a_protest_fired_on_keeps_excessive_force_when_it_remembers_a_riot():
    text = ("Soldiers fired live rounds at protesters marking the anniversary of last year's looting "
            "of the palace, killing four in Conakry.")
    assert primary(text, "Conakry")["Conakry"] == EXCESSIVE


def test_a_protest_with_rioting_today_is_a_violent_demonstration():
    text = "Protesters looted shops and torched cars in Conakry after the vote."
    assert primary(text, "Conakry")["Conakry"] == RIOT


def test_a_strike_by_a_drone_is_no_walkout():
    text = "As a result of a strike by an FPV drone on a minibus in Nikopol, two passengers were wounded."
    assert primary(text, "Nikopol")["Nikopol"] == AIR


def test_a_strike_by_dock_workers_is_a_protest():
    text = "A strike by dock workers closed the port of Mombasa for a second day."
    assert primary(text, "Mombasa")["Mombasa"] == PEACEFUL


def test_a_thrown_grenade_is_a_grenade_attack_even_far_from_its_toll():
    text = ("A grenade was thrown at a crowded hall hosting a wedding reception in Cotabato City late "
            "Saturday, wounding eleven guests.")
    assert primary(text, "Cotabato City")["Cotabato City"] == GRENADE


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized rifles and ammunition during a search of farms around Bunia.",
        "Police recovered a cache of weapons from a house in Bunia on Monday.",
        "Officers confiscated a pistol and a machete in Bunia.",
    ],
)
def test_weapons_seized_are_a_disrupted_weapons_use(text):
    assert primary(text, "Bunia")["Bunia"] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The army issued evacuation orders for Beit Lahia on Thursday.", ("Beit Lahia",)),
        ("Dozens of families from Ndu have taken refuge in Bamenda.", ("Ndu", "Bamenda")),
    ],
)
def test_evacuation_orders_and_refuge_taken_are_displacement(text, names):
    got = primary(text, *names)
    assert all(got[n] == DISPLACED for n in names)


def test_soldiers_evacuating_their_own_wounded_displace_nobody():
    text = "The assailants fled toward Djibo and the soldiers were evacuated to Kaya."
    assert not any(label == DISPLACED for label in labels(text, "Kaya")["Kaya"])


# ----------------------------------------------------------------------------- found on blind holdout 11


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The wounded were evacuated by helicopter to Gao.", "Gao"),
        ("Several injured soldiers were evacuated toward Mopti overnight.", "Mopti"),
    ],
)
def test_the_wounded_evacuated_somewhere_are_no_displacement_there(text, name):
    assert primary(text, name)[name] == NONE


def test_the_ends_of_an_axis_are_no_place_of_what_happened_on_the_road():
    text = "A mine exploded under a supply truck near Gorom-Gorom, on the axis Dori-Markoye, killing two."
    got = primary(text, "Gorom-Gorom", "Dori", "Markoye")
    assert got["Dori"] == got["Markoye"] == NONE
    assert violent({got["Gorom-Gorom"]})


def test_the_axis_of_a_town_is_its_front_line():
    text = "Rebels targeted an army vehicle with a guided missile on the axis of Kafranbel, destroying it."
    assert violent(labels(text, "Kafranbel")["Kafranbel"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The junta bought armed drones as it struggles to contain jihadist attacks in the Tahoua region.",
         "Tahoua"),
        ("Kabul accused militants hiding in Kunar of planning the bombing.", "Kunar"),
        ("Tourists were warned away after last month's fighting in Rubavu, police said.", "Rubavu"),
    ],
)
def test_attacks_to_be_contained_planned_or_of_last_month_are_no_event_of_the_day(text, name):
    assert not violent(labels(text, name)[name])


def test_what_caused_a_flight_stays_out_of_where_people_fled():
    text = "Because of the battle between soldiers and rebels, some 2,000 villagers fled to villages near Shwebo."
    assert labels(text, "Shwebo")["Shwebo"] == {DISPLACED}


def test_residents_who_woke_up_to_gunfire_are_no_rioters():
    text = ("Residents of Bafoussam woke up to heavy gunfire as soldiers and separatist fighters clashed in "
            "the Tamdja neighbourhood.")
    got = labels(text, "Bafoussam")["Bafoussam"]
    assert not got & {RIOT, ("Riots", "Mob violence")}


def test_the_side_drones_were_launched_from_is_no_target():
    text = "The drones that hit the substation in Vasylivka were launched from the side of Marhanets."
    got = primary(text, "Vasylivka", "Marhanets")
    assert got["Marhanets"] == NONE
    assert got["Vasylivka"] == AIR


def test_raids_launched_by_the_count_are_air_raids():
    text = "The aggression launched seven raids on the port of Mocha and the district of Maqbanah."
    got = primary(text, "Mocha", "Maqbanah")
    assert got == {"Mocha": AIR, "Maqbanah": AIR}


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of families abandoned their homes in Kalehe toward Bukavu for fear of the rebels.",
        "The populations of Kalehe have left their villages towards Bukavu after threats by armed men.",
    ],
)
def test_families_leaving_their_homes_are_displaced_at_both_ends(text):
    got = primary(text, "Kalehe", "Bukavu")
    assert got == {"Kalehe": DISPLACED, "Bukavu": DISPLACED}

"""Violent events the tagger used to read as nothing (holdouts 53-57): a dated bulletin item
headed by its town and region, a list of places a colon spells out, gunmen killing miners, a
person taken from his home, a fight that spread towards its places, and a strike that hit
part of a building in a town. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ABDUCTION, AIR, ATTACK, CLASH, NONE, SHELLING, primary


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Incidents affecting health care\n"
         "• 3 March – Kabkabiya, North Darfur: a drone hit the town's only clinic, killing two nurses.", AIR),
        ("Incidents affecting health care\n"
         "• March 4 – Kabkabiya, North Darfur: artillery shells struck a pharmacy, wounding three.", SHELLING),
        ("Incidents affecting health care\n"
         "• 5 March – Kabkabiya, North Darfur: a pharmacist was taken from his home by gunmen.", ABDUCTION),
    ],
)
def test_a_dated_bulletin_item_headed_by_a_town_and_its_region_is_told_at_the_town(text, label):
    assert primary(text, "Kabkabiya")["Kabkabiya"] == label


def test_the_region_after_the_heading_town_stays_no_event():
    text = ("Incidents affecting health care\n"
            "• 3 March – Kabkabiya, North Darfur: a drone hit the town's only clinic, killing two nurses.")
    assert primary(text, "Kabkabiya", "North Darfur")["North Darfur"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Drone strikes were recorded in three districts of Kharkiv: Saltivka, Pyatykhatky and Oleksiivka.",
        "Russian artillery shelled four villages: Saltivka, Pyatykhatky and Oleksiivka.",
    ],
)
def test_places_a_colon_lists_after_a_plural_noun_of_places_take_the_event(text):
    got = primary(text, "Saltivka", "Pyatykhatky", "Oleksiivka")
    assert all(v[0] == "Explosions/Remote violence" for v in got.values()), got


def test_a_colon_that_opens_a_clause_after_a_noun_of_places_still_cuts():
    text = "Officials visited three villages: Saltivka residents said the shelling had stopped in Borova."
    assert primary(text, "Saltivka", "Borova")["Saltivka"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Bandits killed four gold miners near Tembo on Friday.",
        "Armed men attacked miners at a camp outside Tembo, killing six.",
    ],
)
def test_gunmen_killing_miners_is_an_attack_not_a_mining_accident(text):
    assert primary(text, "Tembo")["Tembo"] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Six miners died when a gold mine collapsed near Tembo on Friday.",
        "Four miners were killed in an explosion in a coal mine near Tembo.",
    ],
)
def test_miners_killed_in_a_mine_accident_are_no_violence(text):
    assert primary(text, "Tembo")["Tembo"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen raided the district overnight. A doctor was taken from his home in Tembo by armed men.",
        "Militiamen raided the district overnight. A midwife was taken from her house in Tembo by gunmen.",
    ],
)
def test_a_person_taken_from_his_or_her_home_by_armed_men_is_an_abduction(text):
    assert primary(text, "Tembo")["Tembo"] == ABDUCTION


@pytest.mark.parametrize(
    "text",
    [
        "Rebels and soldiers clashed again. The fighting started at Kanyabayonga before spreading towards Kirumba "
        "and Luofu.",
        "Rebels and soldiers clashed again. The fighting erupted at Kanyabayonga and spread to Kirumba and Luofu "
        "by nightfall.",
    ],
)
def test_places_a_fight_spread_towards_are_kept_by_the_gate(text):
    got = primary(text, "Kanyabayonga", "Kirumba", "Luofu")
    assert got["Kirumba"] == CLASH and got["Luofu"] == CLASH, got


@pytest.mark.parametrize(
    "text",
    [
        "A drone damaged the roof of a children's hospital in Kupiansk.",
        "A missile destroyed the gym of a school in Kupiansk.",
    ],
)
def test_a_strike_on_part_of_a_building_in_a_town_is_kept_by_the_gate(text):
    assert primary(text, "Kupiansk")["Kupiansk"][0] == "Explosions/Remote violence"

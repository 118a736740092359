"""Places only mentioned next to a non-violent event, which used to take it: the ends of a
blocked road or a pipeline, a road's ends after the place a base was set up in, a region
fronted with a compass word, a blockade already in place, armed men the word "fleeing"
describes, marchers' home towns, words on a banner, the people a rally supports, a border
post's other state, an invasion's state, a country as the seat of the police, and an old
fronted date that goes on to a second verb. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import (
    AIR, ARRESTS, BASE, DISPLACED, NONE, OTHER, PEACEFUL, primary, place, resolved, violent, labels,
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Angry traders blocked the Kano-Zaria expressway for most of Tuesday.", ("Kano", "Zaria")),
        ("Farmers barricaded the Gulu-Kitgum highway on Friday to protest land seizures.", ("Gulu", "Kitgum")),
        ("Youths cut off the main Bouake-Katiola road with burning tyres.", ("Bouake", "Katiola")),
    ],
)
def test_the_ends_of_a_blocked_road_take_no_protest(text, names):
    found = primary(text, *names)
    assert all(found[n] == NONE for n in names)


def test_the_ends_of_a_pipeline_take_no_property_destruction():
    text = "Saboteurs set fire to a section of the Chad-Cameroon oil pipeline near Kribi on Sunday."
    found = primary(text, "Chad", "Cameroon")
    assert found["Chad"] == NONE and found["Cameroon"] == NONE


def test_a_road_between_two_towns_after_the_base_town_only_locates_it():
    text = "Soldiers set up a new base in Tessit, on the main road between Gao and Ansongo, on Monday."
    found = primary(text, "Tessit", "Gao", "Ansongo")
    assert found["Tessit"] == BASE
    assert found["Gao"] == NONE and found["Ansongo"] == NONE


def test_a_region_fronted_with_a_compass_word_is_the_container_of_the_arrest_town():
    text = "In southern Kayin, soldiers arrested nine men in Kawkareik on Sunday."
    mentions = resolved(text, {
        "Kayin": place("Kayin", "A", "ADM1", country="MM", admin1_code="05"),
        "Kawkareik": place("Kawkareik", "P", "PPL", country="MM", admin1_code="05"),
    })
    found = primary(text, mentions=mentions)
    assert found["Kayin"] == NONE and found["Kawkareik"] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelbo has been under blockade for almost three years.", "Kelbo"),
        ("In the north, the blockade of Kelbo and Nassoumbou persists.", "Kelbo"),
        ("The blockade has left Kelbo without fuel or flour.", "Kelbo"),
    ],
)
def test_a_blockade_already_in_place_is_no_new_event(text, name):
    assert primary(text, name)[name] == NONE


def test_a_blockade_imposed_is_still_an_event():
    assert primary("Jihadists imposed a blockade on Kelbo on Monday.", "Kelbo")["Kelbo"] == OTHER


def test_armed_men_called_fleeing_are_not_displaced():
    text = "Aircraft sent from Gao later struck the fleeing militants near Tessit."
    found = primary(text, "Gao", "Tessit")
    assert found["Gao"] == NONE
    assert found["Tessit"] == AIR


@pytest.mark.parametrize(
    ("text", "home", "site"),
    [
        ("Hundreds of residents of Kidira marched on Monday through Bakel to demand clean water.", "Kidira", "Bakel"),
        ("The populations of the commune of Dablo have marched this Friday in Kaya against the attacks.", "Dablo",
         "Kaya"),
    ],
)
def test_the_home_of_marchers_who_marched_elsewhere_takes_no_protest(text, home, site):
    found = primary(text, home, site)
    assert found[home] == NONE and found[site] == PEACEFUL


def test_marchers_at_home_still_protest_there():
    text = "Hundreds of residents of Kidira marched to the prefecture on Monday to demand clean water."
    assert primary(text, "Kidira")["Kidira"] == PEACEFUL


def test_a_place_in_the_words_of_a_banner_takes_no_protest():
    text = 'Demonstrators in Bunia waved placards reading "Djugu wants peace" on Saturday.'
    found = primary(text, "Bunia", "Djugu")
    assert found["Bunia"] == PEACEFUL and found["Djugu"] == NONE


def test_the_people_a_rally_supports_are_not_where_it_was():
    text = "Dozens rallied in Amman on Friday in support of Palestinians in Rafah."
    found = primary(text, "Amman", "Rafah")
    assert found["Amman"] == PEACEFUL and found["Rafah"] == NONE


def test_the_state_across_a_border_post_takes_no_protest():
    text = "Soldiers fired tear gas at protesters in Kasindi, near the border post with Uganda."
    assert not labels(text, "Kasindi", "Uganda").get("Uganda", {NONE}) - {NONE}


def test_the_state_of_an_invasion_told_without_its_object_is_no_protest_site():
    text = "Thousands rallied in Tbilisi on Sunday, the biggest protest there since Russia's invasion."
    found = primary(text, "Tbilisi", "Russia")
    assert found["Tbilisi"] == PEACEFUL and found["Russia"] == NONE


def test_a_country_named_as_the_seat_of_the_police_holds_the_arrest_town():
    text = "Police in Togo detained an opposition activist at his home in Lome on Friday."
    mentions = resolved(text, {
        "Togo": place("Togo", "A", "PCLI", country="TG"),
        "Lome": place("Lome", "P", "PPLC", country="TG", admin1_code="05"),
    })
    found = primary(text, mentions=mentions)
    assert found["Togo"] == NONE and found["Lome"] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In March 2023, gunmen attacked Bokkos and forced hundreds of families to flee to Mangu.", "Mangu"),
        ("In March 2023, fighting in and around Bokkos killed dozens and forced families to flee to Mangu.", "Mangu"),
    ],
)
def test_an_old_fronted_date_dates_the_flight_of_a_second_verb(text, name):
    assert primary(text, name, when=date(2024, 5, 1))[name] != DISPLACED


def test_a_recent_fronted_date_keeps_the_flight():
    text = "In April 2024, gunmen attacked Bokkos and forced hundreds of families to flee to Mangu."
    assert primary(text, "Mangu", when=date(2024, 5, 1))["Mangu"] == DISPLACED


def test_the_violence_of_an_old_fronted_date_is_background_for_every_verb():
    text = "In November, gunmen attacked Bokkos and burned houses in Mangu."
    assert not violent(labels(text, "Bokkos", "Mangu", when=date(2025, 4, 8))["Mangu"])

"""Violence that only displaced people, law enforcement raids, capitals named for their
regimes, kept-up attempts, road ends listed with a kind, and bearings from unnamed landmarks."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, DISPLACED, NONE, primary

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militia fighters attacked army posts in the north. The fighting has displaced tens of thousands of "
         "people in Tarkana and closed its schools.", "Tarkana"),
        ("Militia fighters attacked army posts in the north. Violence displaced some 2,000 villagers in Oruvo "
         "and closed its market.", "Oruvo"),
    ],
)
def test_violence_as_subject_of_a_displacing_verb_leaves_the_places_after_it_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


def test_violence_before_a_pushing_verb_without_people_keeps_its_site():
    text = "Heavy shelling pushed the rebels out of Merkano on Tuesday, the army said."
    assert primary(text, "Merkano")["Merkano"][0] in VIOLENT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warplanes struck targets in the north overnight. In the capital, state security agents raided "
         "the offices of a trade union in Belvara and seized documents.", "Belvara"),
        ("Drones hit a depot on Sunday. Police raided three homes in Kostrel and took away computers, "
         "the ministry said.", "Kostrel"),
    ],
)
def test_a_raid_by_law_enforcement_is_an_arrest_operation_not_an_air_strike(text, name):
    assert primary(text, name)[name] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Air defences downed seven drones overnight. The Minsora regime again shelled the port of Teldar.",
         "Minsora"),
        ("Air defences downed seven drones overnight. The attempt of the Minsora regime to strike the port "
         "of Teldar was foiled.", "Minsora"),
        ("Rebels shelled the town on Monday. Minsora and federal troops clashed in Darvel on Tuesday.", "Minsora"),
    ],
)
def test_a_place_named_for_its_regime_or_forces_is_an_actor(text, name):
    assert primary(text, name)[name] == NONE


def test_a_place_followed_by_and_a_people_and_forces_is_no_actor():
    text = "Artillery shelled Varnek and Ukrainian forces returned fire on Monday."
    assert primary(text, "Varnek")["Varnek"][0] in VIOLENT


def test_attempts_kept_up_in_the_present_tell_no_strike():
    text = ("Air defences downed seven drones overnight. Gunmen shot a farmer in Dorvask. The enemy continues "
            "its attempts to strike the energy facilities of Korvel, the regional headquarters said.")
    assert primary(text, "Korvel")["Korvel"] == NONE


def test_both_ends_of_a_road_reopened_by_a_recapture_take_nothing():
    text = ("Rebels shelled the town on Monday. The army's recapture of Jebel Tarif has reopened the road between Amrak town and Sulto, "
            "allowing aid convoys to pass.")
    found = primary(text, "Amrak", "Sulto")
    assert found["Amrak"] == NONE and found["Sulto"] == NONE


def test_a_bearing_after_an_unnamed_landmark_only_locates_it():
    text = "Hostilities between the army and the rebel front continued around the dam and the old bridge, east of Karvena."
    assert primary(text, "Karvena")["Karvena"] == NONE

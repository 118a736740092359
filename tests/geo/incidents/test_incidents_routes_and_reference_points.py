"""Routes, origins, destinations and reference points read on holdouts 31-42: the ends of
a road named by its two towns are no event site when the event is placed near a third
town or the road only ranks a series, a convoy's starting town and the place captives
were taken to are not attacked, a capital told as a bearing only locates the site, the
rest of a region travellers set out from is their origin, and a state named as the owner
of an attacked territory only frames the sites named after it. Every sentence here is
new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ABDUCTION, AIR, ATTACK, CLASH, DISRUPTED, IED, NONE, primary


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a pickup on the road of Tarsa - Mebruk near the town of Kellam, killing two men.",
        "A drone struck a pickup on the Tarsa - Mebruk road near Kellam, killing two men.",
        "A drone struck a pickup on the highway of Tarsa-Mebruk near the village of Kellam, killing two men.",
    ],
)
def test_road_named_by_its_ends_puts_the_event_at_the_nearer_town(text):
    got = primary(text, "Tarsa", "Mebruk", "Kellam")
    assert got["Tarsa"] == NONE and got["Mebruk"] == NONE
    assert got["Kellam"] == AIR


@pytest.mark.parametrize(
    "text",
    [
        "It was the third mass kidnapping on the Tarsa-Mebruk highway this year.",
        "It was the deadliest ambush on the Tarsa - Mebruk road in years.",
    ],
)
def test_road_a_series_is_ranked_along_is_no_event_site(text):
    got = primary(text, "Tarsa", "Mebruk")
    assert got["Tarsa"] == NONE and got["Mebruk"] == NONE


def test_road_named_by_its_ends_without_a_nearer_town_keeps_the_event():
    text = "Gunmen kidnapped eleven travellers on the Tarsa-Mebruk road on Sunday."
    got = primary(text, "Tarsa", "Mebruk")
    assert got["Tarsa"] == ABDUCTION and got["Mebruk"] == ABDUCTION


@pytest.mark.parametrize(
    "text",
    [
        "The lorries had left Tarsa for Mebruk when gunmen opened fire on them near Kellam.",
        "The buses had departed Tarsa on Monday for Mebruk when fighters ambushed them near Kellam.",
    ],
)
def test_convoy_origin_left_for_a_destination_is_not_attacked(text):
    got = primary(text, "Tarsa", "Mebruk", "Kellam")
    assert got["Tarsa"] == NONE and got["Mebruk"] == NONE
    assert got["Kellam"] == CLASH


def test_a_town_left_in_ruins_is_still_the_site():
    text = "The shelling left Tarsa in ruins."
    assert primary(text, "Tarsa")["Tarsa"] != NONE


@pytest.mark.parametrize(
    "text",
    [
        "The trader was abducted in Tarsa and taken to a remote airstrip near Mebruk.",
        "The trader was abducted in Tarsa and taken to a prison in Mebruk.",
    ],
)
def test_where_captives_were_taken_is_no_abduction_site(text):
    got = primary(text, "Tarsa", "Mebruk")
    assert got["Tarsa"] == ABDUCTION and got["Mebruk"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed an arms depot in Kellam province, north of the capital Tarsa, residents said.",
        "Jets bombed an arms depot in Kellam province, 40 km north of the capital, Tarsa, residents said.",
    ],
)
def test_capital_told_as_a_bearing_only_locates_the_site(text):
    got = primary(text, "Kellam", "Tarsa")
    assert got["Kellam"] == AIR and got["Tarsa"] == NONE


def test_rest_of_region_travellers_set_out_from_is_their_origin():
    text = ("The marchers had set out from Tarsa and other towns in Kellam, clashing with police "
            "at Mebruk on Tuesday.")
    got = primary(text, "Tarsa", "Kellam", "Mebruk")
    assert got["Tarsa"] == NONE and got["Kellam"] == NONE
    assert got["Mebruk"] != NONE


@pytest.mark.parametrize(
    "text",
    [
        "In a new aggression against the territory of the Republic of Veldora, enemy jets struck a depot "
        "in Tarsa and a bridge near Mebruk.",
        "Two drones crashed on the territory of Veldora overnight, one of them exploding near Mebruk.",
    ],
)
def test_owner_of_attacked_territory_only_frames_the_sites(text):
    got = primary(text, "Veldora", "Mebruk")
    assert got["Veldora"] == NONE and got["Mebruk"] != NONE


def test_territory_as_the_only_location_keeps_the_event():
    text = "Air defence destroyed twelve drones over the territory of Kellam region overnight."
    assert primary(text, "Kellam")["Kellam"] == DISRUPTED


@pytest.mark.parametrize(
    "text",
    [
        "In Kellam district, a bomb planted under a bridge over the Tarsa river killed two soldiers.",
    ],
)
def test_fronted_division_keeps_the_event_when_only_a_river_is_named_in_it(text):
    assert primary(text, "Kellam", "Tarsa")["Kellam"] == IED


def test_attacked_convoy_near_a_town_keeps_its_violent_type():
    text = "A convoy heading to Tarsa was attacked near Mebruk on Monday; five drivers were killed."
    got = primary(text, "Tarsa", "Mebruk")
    assert got["Tarsa"] == NONE and got["Mebruk"] in (ATTACK, CLASH)

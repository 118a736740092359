"""Non-violent events the tagger used to miss, read on holdouts 43-47: shop-closure
strikes, marches told by their likeness, roads told blocked by residents or with burning
tyres, movement restrictions and armed strikes imposed by armed groups, weapons handed
over or surrendered, debris that damages buildings, devices neutralised, a
closing "in total" and a participle dating a road, not the march. Every sentence here is
new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import CHANGE, DISRUPTED, LOOTING, NONE, OTHER, PEACEFUL, primary


@pytest.mark.parametrize(
    "text",
    [
        "Against the killing of a trader, a shutter-down strike was observed in Sibi and Mastung.",
        "Traders observed a complete wheel-jam strike in Sibi and Mastung on Thursday.",
    ],
)
def test_a_shop_closure_strike_is_a_peaceful_protest(text):
    got = primary(text, "Sibi", "Mastung")
    assert got["Sibi"] == PEACEFUL and got["Mastung"] == PEACEFUL


def test_a_march_told_by_its_likeness_is_a_protest():
    assert primary("A similar march was held in Myeik on Sunday.", "Myeik")["Myeik"] == PEACEFUL


def test_a_participle_dates_the_road_not_the_march():
    text = "Hundreds of traders of Gorom marched to demand the reopening of the market, closed since October."
    assert primary(text, "Gorom")["Gorom"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "Roads remained blocked in Azuay province, with rocks and burning tyres at Cuenca and Azogues.",
        "The highway was blocked by villagers in Cuenca and Azogues, who demanded water.",
    ],
)
def test_a_road_told_blocked_by_residents_or_with_tyres_is_a_protest(text):
    got = primary(text, "Cuenca", "Azogues")
    assert got["Cuenca"] == PEACEFUL and got["Azogues"] == PEACEFUL


def test_a_road_blocked_by_a_landslide_is_no_protest():
    text = "The road was blocked by a landslide near Cuenca on Monday."
    assert primary(text, "Cuenca")["Cuenca"] == NONE


def test_supporters_named_at_length_still_make_a_road_blockade():
    text = "Supporters of former governor Luis Camacho blocked roads near Warnes."
    assert primary(text, "Warnes")["Warnes"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "Movement restrictions imposed by the FARC dissidents in Argelia and El Plateado left villagers confined.",
        "The dissident front has restricted movement in Argelia and El Plateado since Friday, killing a driver.",
    ],
)
def test_movement_restrictions_by_an_armed_group_are_other_developments(text):
    got = primary(text, "Argelia", "El Plateado")
    assert got["Argelia"] == OTHER and got["El Plateado"] == OTHER


def test_an_armed_strike_is_no_labour_strike():
    text = "The rebels declared an armed strike in Argelia on Monday."
    assert primary(text, "Argelia")["Argelia"] == OTHER


def test_restrictions_on_movement_with_no_armed_group_are_no_event():
    text = "Restrictions on movement were eased in Argelia for the festival."
    assert primary(text, "Argelia")["Argelia"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Village elders handed over 30 unlicensed firearms to the provincial government in Datu Piang.",
        "Six members of the cell surrendered with their rifles to the army in Datu Piang on Friday.",
        "About 120 more rifles were surrendered in Datu Piang this week.",
    ],
)
def test_weapons_handed_over_or_surrendered_change_a_group(text):
    assert primary(text, "Datu Piang")["Datu Piang"] == CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down drones overnight; debris damaged two houses and a garage in Obukhiv.",
        "Drones were intercepted overnight, and debris hit a warehouse in Obukhiv.",
    ],
)
def test_debris_that_damages_buildings_is_a_disrupted_weapons_use(text):
    assert primary(text, "Obukhiv")["Obukhiv"] == DISRUPTED


def test_air_defence_working_in_an_area_is_a_disrupted_weapons_use():
    text = "Air defence is working in the area of Foros, the governor said."
    assert primary(text, "Foros")["Foros"] == DISRUPTED


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers neutralised an improvised explosive device at the entrance of Makalondi on Friday.",
        "Engineers deactivated 9 explosive devices buried along a track near Makalondi.",
    ],
)
def test_devices_neutralised_are_a_disrupted_weapons_use(text):
    assert primary(text, "Makalondi")["Makalondi"] == DISRUPTED


def test_a_road_going_to_a_town_is_not_where_the_device_was():
    text = ("At the exit of the village of Boni, on the road going to Hombori, an explosive device was detected "
            "and neutralised by army engineers.")
    got = primary(text, "Boni", "Hombori")
    assert got["Boni"] == DISRUPTED and got["Hombori"] == NONE


def test_a_closing_total_sums_the_burnings_of_the_clause():
    text = "Soldiers set fire to the hamlets of Kan Thar and Ywa Ma, and 200 houses were burned down in total."
    got = primary(text, "Kan Thar", "Ywa Ma")
    assert got["Kan Thar"] == LOOTING and got["Ywa Ma"] == LOOTING


def test_a_running_total_with_since_is_still_background():
    text = "In total, 300 houses have been burned in Kan Thar since the coup."
    assert primary(text, "Kan Thar")["Kan Thar"] == NONE

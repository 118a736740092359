"""Non-violent readings found on holdouts 31-37: tyres burned to block a
road are a protest, not a riot; air defence seen at work over a place, falling debris
and devices made safe are a disrupted weapons use; fighters surrendering to an army
change their group's activity; an armed force withdrawing from a place hands it over.
Every sentence here is new."""

from __future__ import annotations

import pytest

from .incident_helpers import CHANGE, DISRUPTED, HANDOVER, INTERVENTION, NONE, PEACEFUL, RIOT, primary


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Hundreds of traders blocked the main road in Lomé with burning tyres to protest a new market tax.",
         "Lomé", PEACEFUL),
        ("Students burned tyres outside the university in Kumasi, demanding lower fees, until police "
         "fired tear gas.", "Kumasi", INTERVENTION),
        ("Dozens of youths rallied in Tamale against the power cuts and burned tyres at the roundabout.",
         "Tamale", PEACEFUL),
    ],
)
def test_tyres_burned_to_block_a_road_are_a_protest_not_a_riot(text, name, label):
    assert primary(text, name)[name] == label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters burned tyres and threw stones at police in Tamale, witnesses said.", "Tamale"),
        ("Demonstrators burned tyres and looted two shops in Kumasi on Friday.", "Kumasi"),
    ],
)
def test_tyres_burned_beside_stones_or_looting_stay_a_riot(text, name):
    assert primary(text, name)[name] == RIOT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The air force said its air defences were activated over Kerman overnight.", "Kerman"),
        ("Interceptors were seen over Haifa shortly after midnight, residents said.", "Haifa"),
        ("Residents filmed air defences bringing down two drones over Yazd.", "Yazd"),
        ("Over the village of Pidhirne, a drone was suppressed by electronic warfare.", "Pidhirne"),
        ("The drone's warhead was safely neutralized by sappers in an orchard near Ocnita.", "Ocnita"),
    ],
)
def test_air_defence_at_work_and_devices_made_safe_are_disrupted_weapons_use(text, name):
    assert primary(text, name)[name] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The air force shot down several drones overnight, and debris fell on a parking lot in Zarqa.", "Zarqa"),
        ("Debris also fell near the village of Kadyivka, damaging a barn, the governor said after the drone attack.",
         "Kadyivka"),
    ],
)
def test_debris_falling_in_a_story_of_drones_is_disrupted_weapons_use(text, name):
    assert primary(text, name)[name] == DISRUPTED


def test_debris_after_an_earthquake_is_no_disrupted_weapons_use():
    text = "Debris fell onto cars in Izmit after the earthquake shook the region."
    assert primary(text, "Izmit")["Izmit"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Some 30 terrorists and their wives surrendered to troops at Monguno this week.", "Monguno"),
        ("Nine followers of the sect surrendered to the Army in Datu Piang, handing over rifles.", "Datu Piang"),
    ],
)
def test_fighters_surrendering_to_an_army_change_their_activity(text, name):
    assert primary(text, name)[name] == CHANGE


def test_a_suspect_surrendering_to_police_is_no_change_of_a_group():
    text = "The driver surrendered to police in Kisumu on Monday."
    assert primary(text, "Kisumu")["Kisumu"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebel fighters withdrew on Sunday from their positions around Sake, residents said.", "Sake"),
        ("The militia completed its withdrawal from Kalehe on Friday.", "Kalehe"),
        ("Government troops pulled out of the market town of Bentiu overnight.", "Bentiu"),
    ],
)
def test_an_armed_force_withdrawing_from_a_place_hands_it_over(text, name):
    assert primary(text, name)[name] == HANDOVER


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The fighters withdrew in the direction of Mubi after the clash.", "Mubi"),
        ("The opposition party withdrew from the coalition talks in Lusaka.", "Lusaka"),
        ("The rebels pulled back towards their stronghold of Kiwanja.", "Kiwanja"),
    ],
)
def test_where_a_force_withdraws_to_or_a_party_leaves_talks_is_no_handover(text, name):
    assert primary(text, name)[name] != HANDOVER

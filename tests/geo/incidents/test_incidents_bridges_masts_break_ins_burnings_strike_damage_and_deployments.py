"""Property destroyed in other wordings, strike damage, and deployments that are no event."""

from __future__ import annotations

import pytest

from tests.geo.incidents.incident_helpers import (
    AIR,
    CHANGE,
    HANDOVER,
    LOOTING,
    NONE,
    SHELLING,
    labels,
    primary,
)


@pytest.mark.parametrize(
    "text, name",
    [
        # the passive after a noun phrase carrying an allegation: the deed is real
        ("The house of a young man accused of a stabbing attack was demolished by the army in Beita.", "Beita"),
        ("The shop of a trader suspected of a stabbing was bulldozed by soldiers on Monday in Huwara.", "Huwara"),
    ],
)
def test_passive_demolition_after_alleged_deed_is_property_destruction(text, name):
    assert primary(text, name)[name] == LOOTING


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gunmen had destroyed the bridge on the road to the market near Kaoura overnight.", "Kaoura"),
        ("The insurgents also burned a customs checkpoint at Gorom.", "Gorom"),
        ("Rebels destroyed two checkpoints outside Tanout.", "Tanout"),
    ],
)
def test_bridges_and_checkpoints_destroyed_by_armed_men_are_property_destruction(text, name):
    assert primary(text, name)[name] == LOOTING


@pytest.mark.parametrize(
    "text, name",
    [
        ("An aid agency's depot in Mahmoudiya was broken into by armed men on Sunday night.", "Mahmoudiya"),
        ("Statues of the former president were defaced in Sylhet.", "Sylhet"),
        ("The burnings were reported in Comalapa and in the nearby ranches.", "Comalapa"),
        ("Armed settlers damaged water tanks and a greenhouse in Umm al-Kheir.", "Umm al-Kheir"),
    ],
)
def test_break_ins_defacing_burnings_and_damaged_water_works_are_property_destruction(text, name):
    assert primary(text, name)[name] == LOOTING


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Ukrainian shelling killed a woman in Vovchansk and damaged power lines near Tetkino.", "Tetkino", SHELLING),
        ("The air force said its jets had destroyed a bridge near Lgov, cutting a supply route of the enemy troops.", "Lgov", AIR),
    ],
)
def test_damage_told_with_a_strike_from_afar_is_the_strike(text, name, label):
    found = labels(text, name)[name]
    assert label in found and LOOTING not in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("The governor said additional soldiers had been deployed to the Kebbi region after the raid.", "Kebbi"),
        ("The police deployed hundreds of officers in Tamale ahead of the funeral.", "Tamale"),
        ("The army sent reinforcements to Djibasso on Wednesday.", "Djibasso"),
    ],
)
def test_troops_sent_to_a_place_are_no_event_there(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("The occupiers have deployed a new headquarters of artillery units in Hola Prystan.", "Hola Prystan", CHANGE),
        ("The army completed its deployment in Marwahin after the enemy troops withdrew.", "Marwahin", HANDOVER),
    ],
)
def test_headquarters_deployed_or_deployment_after_withdrawal_keeps_its_event(text, name, label):
    assert primary(text, name)[name] == label

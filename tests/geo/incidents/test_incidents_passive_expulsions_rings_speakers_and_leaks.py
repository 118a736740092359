"""Known wrong readings, as mechanisms: fighters pushed out of a place lose it, a
criminal ring broken up is an arrest, speakers and victims' origins are no event
sites, bangs heard elsewhere are no strike there, dedications and named cities carry
no events, and a storming that drives families out is displacement. Every sentence
here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, DISPLACED, GOV_REGAINS, INTERVENTION, NONE, NSO, primary


@pytest.mark.parametrize(
    "text",
    [
        "Rebels were pushed out of Kidal after two days of heavy fighting.",
        "ISIS fighters were pushed out of Tal Afar by Iraqi troops on Sunday.",
        "The jihadists were driven out of Kidal after a week of fighting with the army.",
    ],
)
def test_rebels_pushed_out_of_a_town_lose_it_to_the_government(text):
    name = "Kidal" if "Kidal" in text else "Tal Afar"
    assert primary(text, name)[name] == GOV_REGAINS


def test_soldiers_forced_out_by_rebels_lose_it_to_the_rebels():
    text = "Government soldiers were forced out of Bunia by M23 rebels on Tuesday."
    assert primary(text, "Bunia")["Bunia"] == NSO


@pytest.mark.parametrize(
    "text",
    [
        "Police broke up a kidnapping ring in Kaduna and freed four victims.",
        "Detectives broke up an arms trafficking network operating in Kaduna.",
    ],
)
def test_a_criminal_ring_broken_up_is_an_arrest_operation(text):
    assert primary(text, "Kaduna")["Kaduna"] == ARRESTS


def test_a_rally_broken_up_is_still_an_intervention():
    text = "Police broke up a rally of opposition supporters in Kaduna."
    assert primary(text, "Kaduna")["Kaduna"] == INTERVENTION


@pytest.mark.parametrize(
    "text",
    [
        "Bandits shot dead three herders near Konduga, and local officials in Dikwa said many families had returned.",
        "Gunmen killed a trader near Konduga, while residents in Dikwa told reporters the road was closed.",
    ],
)
def test_speakers_in_a_clause_after_the_violence_stay_none(text):
    got = primary(text, "Konduga", "Dikwa")
    assert got["Dikwa"] == NONE and got["Konduga"] != NONE


def test_a_victims_home_community_is_only_his_origin():
    text = "The victim, a young herder from the community of Tarabuco, was shot dead by police near Sucre."
    got = primary(text, "Tarabuco", "Sucre")
    assert got["Tarabuco"] == NONE and got["Sucre"] != NONE


def test_kidnapping_victims_brought_from_towns_were_not_kidnapped_there():
    text = "Police said the gang held kidnapping victims brought from Ambato and Riobamba in a house in Quito."
    got = primary(text, "Ambato", "Riobamba")
    assert got["Ambato"] == NONE and got["Riobamba"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Syrian jets carried out three air strikes on the outskirts of Saraqib, and the monitor heard the explosions in Binnish.",
        "Drones struck a fuel depot near Saraqib and residents heard the sound of the blasts in Binnish.",
    ],
)
def test_explosions_heard_elsewhere_after_strikes_are_no_strike_there(text):
    got = primary(text, "Saraqib", "Binnish")
    assert got["Binnish"] == NONE and got["Saraqib"] != NONE


def test_people_an_attack_is_dedicated_to_are_no_event_site():
    text = "The group said it shelled an Israeli position near Shlomi in solidarity with the Palestinian people in Gaza."
    assert primary(text, "Gaza")["Gaza"] == NONE


def test_a_named_port_city_does_not_send_its_strike_back_to_an_earlier_capital():
    text = (
        "Ukrainian drones hit an oil refinery in Kapotnya overnight.\n\n"
        "The attack came hours before talks in Jeddah, where Washington hoped Kyiv would agree to a truce.\n\n"
        "In Ukraine, Russian drones struck the port city of Odesa overnight."
    )
    got = primary(text, "Kyiv", "Odesa")
    assert got["Kyiv"] == NONE and got["Odesa"] != NONE


@pytest.mark.parametrize(
    "text",
    [
        "Troops stormed the Balata camp and forced dozens of families to leave their houses.",
        "Soldiers raided Balata camp and forced residents to leave their homes at gunpoint.",
    ],
)
def test_a_storming_that_drives_families_out_is_displacement(text):
    assert primary(text, "Balata")["Balata"] == DISPLACED


def test_refusing_to_leave_ones_home_is_no_displacement():
    text = "Residents of Balata refused to leave their homes despite the warnings."
    assert primary(text, "Balata")["Balata"] == NONE

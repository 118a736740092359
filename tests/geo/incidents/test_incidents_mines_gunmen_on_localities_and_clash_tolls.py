"""Types among violent events: a vehicle that hit a mine set off a remote explosive,
irregular armed men (gunmen, gangs, settlers) attacking a settlement attacked its people,
an incursion "of" a group skips the group to find its target, fire opened on a people
named by its demonym is an attack on civilians, and a weapon of another day's clause
does not type an attack. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ATTACK, CLASH, IED, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Three soldiers died when their patrol vehicle hit a landmine outside Kidal, the army said.", "Kidal"),
        ("A farmer was killed when his cart struck a mine in a field near Izium.", "Izium"),
        ("An army lorry hit an improvised explosive device near Damboa, wounding five soldiers.", "Damboa"),
    ],
)
def test_a_vehicle_that_hit_a_mine_is_a_remote_explosive(text, name):
    assert primary(text, name)[name] == IED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked on Wednesday the locality of Sebba, killing seven residents.", "Sebba"),
        ("Gang members attacked the hillside commune of Thomassin overnight, burning homes.", "Thomassin"),
        ("Armed individuals attacked the community of San Miguel, leaving three dead.", "San Miguel"),
        ("Dozens of settlers attacked shepherds grazing their flocks near Duma.", "Duma"),
    ],
)
def test_irregular_armed_men_attacking_a_settlement_attack_civilians(text, name):
    assert primary(text, name)[name] == ATTACK


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the state's men fought back in the same sentence
        ("Gang members stormed the town of Hinche, overwhelming police after hours of gunfire.", "Hinche"),
        # insurgents are no irregular band: their assault on a town is a fight
        ("Insurgents attacked the town of Mueda on Sunday, the ministry said.", "Mueda"),
    ],
)
def test_an_attack_on_a_settlement_met_by_the_state_or_by_insurgents_stays_a_clash(text, name):
    assert primary(text, name)[name] == CLASH


def test_an_incursion_of_a_group_skips_the_group_to_find_its_target():
    text = "Eight civilians died during an incursion of the militia rebels in the village of Mambasa."
    assert primary(text, "Mambasa")["Mambasa"] == ATTACK


def test_fire_opened_on_a_people_named_by_demonym_is_an_attack_on_civilians():
    text = "Troops opened fire on Palestinians gathering near the crossing at Rafah, killing five."
    assert primary(text, "Rafah")["Rafah"] == ATTACK


def test_a_mine_of_another_days_clause_does_not_type_an_ambush():
    text = "Supply trucks were ambushed near Djibo, and on Friday an escort hit a mine near Arbinda."
    got = primary(text, "Djibo", "Arbinda")
    assert got["Djibo"] == CLASH and got["Arbinda"] == IED


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between the army and ELN guerrillas in Saravena left four people dead on Monday.",
        "Heavy clashes broke out between two rebel factions in Saravena, leaving six people dead.",
    ],
)
def test_people_killed_in_a_clash_are_the_clash_toll(text):
    assert primary(text, "Saravena")["Saravena"] == CLASH

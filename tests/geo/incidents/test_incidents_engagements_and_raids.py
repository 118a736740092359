"""Battles told in a state bulletin's words: troops that "engaged" an armed group,
fighters "neutralised" (not a mine or a drone made safe), fighters "dislodged from" a
place; vigilantes fighting beside troops are a militia, not a mob; and armed men who
"entered X and killed" residents raided it rather than took it."""

from __future__ import annotations

import pytest

from tests.geo.incidents.incident_helpers import (
    ATTACK,
    CLASH,
    DISRUPTED,
    GOV_REGAINS,
    MOB,
    primary,
)


@pytest.mark.parametrize("text, place", [
    ("Soldiers on patrol engaged bandits near Gusau on Thursday, the army said.", "Gusau"),
    ("In the Menaka area, ground units engaged an armed terrorist group.", "Menaka"),
    ("Police commandos engaged the gunmen in a forest outside Kajuru.", "Kajuru"),
])
def test_troops_engaging_an_armed_group_is_a_clash(text: str, place: str) -> None:
    assert primary(text, place)[place] == CLASH


@pytest.mark.parametrize("text, place", [
    ("The army said it had neutralised 14 terrorists near Diapaga on Sunday.", "Diapaga"),
    ("Security forces neutralised about twenty assailants during an operation in Tillaberi.", "Tillaberi"),
    ("Troops engaged kidnappers near Kankara, neutralising six and rescuing 11 hostages.", "Kankara"),
    ("Five militants were neutralised in an operation near Razmak, the military said.", "Razmak"),
])
def test_fighters_neutralised_are_a_clash(text: str, place: str) -> None:
    assert primary(text, place)[place] == CLASH


@pytest.mark.parametrize("text, place", [
    ("Sappers neutralised two anti-tank mines near Izium.", "Izium"),
])
def test_a_device_neutralised_is_no_clash(text: str, place: str) -> None:
    assert primary(text, place)[place] == DISRUPTED


@pytest.mark.parametrize("text, place", [
    ("The army dislodged the rebels from the village of Kibirizi on Wednesday.", "Kibirizi"),
    ("Government forces dislodged CODECO fighters from several positions around Djugu, a spokesman said.", "Djugu"),
])
def test_fighters_dislodged_from_a_place_lose_it(text: str, place: str) -> None:
    assert primary(text, place)[place] == GOV_REGAINS


@pytest.mark.parametrize("text, place, label", [
    ("Soldiers and vigilantes fought off bandits who raided Maru overnight.", "Maru", CLASH),
    ("Vigilantes and hunters killed four bandits during a gunfight near Tsafe.", "Tsafe", CLASH),
    ("Vigilantes lynched a suspected thief in Onitsha.", "Onitsha", MOB),
])
def test_vigilantes_beside_troops_or_against_bandits_are_no_mob(
        text: str, place: str, label: tuple[str, str]) -> None:
    assert primary(text, place)[place] == label


@pytest.mark.parametrize("text, place", [
    ("A band of some 30 gunmen entered Kiwanja, killed two farmers and left before dawn.", "Kiwanja"),
    ("Armed men entered the village of Bani at night and shot three shepherds, residents said.", "Bani"),
])
def test_armed_men_entering_to_kill_raid_rather_than_capture(text: str, place: str) -> None:
    assert primary(text, place)[place] == ATTACK

"""Battles told without a clash verb: fire heard, defeats inflicted, attempted assaults,
fire traded, armed camps overrun, and a fight placed after a ", however," aside."""

from __future__ import annotations

import pytest

from tests.geo.incidents.incident_helpers import ATTACK, CLASH, NONE, primary


@pytest.mark.parametrize("text, place", [
    ("Units of the Centre group defeated manpower and equipment of the enemy in the area of Myrnohrad.",
     "Myrnohrad"),
    ("Defeat was inflicted on formations of two assault brigades near the settlement of Dobropillia.",
     "Dobropillia"),
])
def test_defeat_inflicted_on_enemy_troops_is_a_clash(text: str, place: str) -> None:
    assert primary(text, place)[place] == CLASH


@pytest.mark.parametrize("text, place", [
    ("The opposition's amendment was defeated in the parliament in Dodoma on Tuesday.", "Dodoma"),
    ("The incumbent defeated the opposition candidate in Kisumu by a wide margin.", "Kisumu"),
])
def test_a_vote_defeated_is_no_battle(text: str, place: str) -> None:
    assert primary(text, place)[place] == NONE


@pytest.mark.parametrize("text, place", [
    ("Gunfire and explosions rocked Mopti overnight, residents said, a day after jihadists attacked an "
     "army post nearby.", "Mopti"),
    ("Explosions and gunfire shook Kidal for hours on Sunday as rebels and soldiers fought for the base.",
     "Kidal"),
])
def test_gunfire_and_explosions_together_are_a_clash_not_a_bombing(text: str, place: str) -> None:
    assert primary(text, place)[place] == CLASH


@pytest.mark.parametrize("text, place", [
    ("Militants attempted to storm a police station in Wana before dawn, officials said.", "Wana"),
    ("Russian assault groups tried to break through the defences near Siversk twice on Monday.", "Siversk"),
])
def test_an_attempted_assault_is_a_clash(text: str, place: str) -> None:
    assert primary(text, place)[place] == CLASH


def test_an_attempted_assault_never_made_is_none() -> None:
    text = "Militants never tried to attack the garrison in Razmak, the army said."
    assert primary(text, "Razmak")["Razmak"] == NONE


@pytest.mark.parametrize("text, place", [
    ("Soldiers traded fire with gunmen in Tepic for about an hour on Sunday.", "Tepic"),
    ("Border guards of the two countries exchanged heavy fire near Torkham on Friday.", "Torkham"),
])
def test_fire_traded_is_a_clash(text: str, place: str) -> None:
    assert primary(text, place)[place] == CLASH


def test_a_military_camp_overrun_with_a_town_is_a_clash_not_an_attack_on_civilians() -> None:
    text = "Hundreds of fighters stormed the town of Kaya on Monday, overrunning a military camp before withdrawing."
    assert primary(text, "Kaya")["Kaya"] == CLASH


def test_a_refugee_camp_stormed_is_still_an_attack_on_civilians() -> None:
    text = "Gunmen stormed a refugee camp near Kaga-Bandoro, killing 12 people, a UN official said."
    assert primary(text, "Kaga-Bandoro")["Kaga-Bandoro"] == ATTACK


@pytest.mark.parametrize("text, places", [
    ("Rebels said fighting went on this week, however, in Rutshuru and Lubero territories.",
     ("Rutshuru", "Lubero")),
])
def test_a_however_aside_keeps_the_fight_with_its_places(text: str, places: tuple[str, ...]) -> None:
    got = primary(text, *places)
    assert all(got[p] == CLASH for p in places)


def test_however_opening_a_new_clause_still_cuts() -> None:
    text = "Troops clashed with rebels in Rutshuru on Monday, however, Lubero stayed calm, residents said."
    got = primary(text, "Rutshuru", "Lubero")
    assert got["Rutshuru"] == CLASH and got["Lubero"] == NONE


def test_gunfire_heard_in_a_story_of_armed_men_is_a_clash() -> None:
    text = ("M23 rebels advanced on the city overnight. Heavy gunfire was still heard on Monday in the "
            "Himbi and Katindo neighbourhoods.")
    got = primary(text, "Himbi", "Katindo")
    assert got["Himbi"] == CLASH and got["Katindo"] == CLASH


def test_gunfire_with_no_armed_men_in_the_story_is_none() -> None:
    text = "Gunfire rang out in Mardan late on Saturday as the election results came in."
    assert primary(text, "Mardan")["Mardan"] == NONE

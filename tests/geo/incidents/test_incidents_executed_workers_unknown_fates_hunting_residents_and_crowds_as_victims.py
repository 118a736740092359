"""Attacks on civilians and mob violence: executions named by the victims' trade, people
taken whose fate is unknown, a passive killing by armed men, attacks whose civilian target
comes before their agent; a band of men or a crudely armed crowd attacking is a riot, a
manhunt by residents a mob, and a crowd shot or wounded is the victim, not the rioter."""

from __future__ import annotations

import pytest

from tests.geo.incidents.incident_helpers import (
    ABDUCTION,
    ATTACK,
    CLASH,
    MOB,
    NONE,
    RIOT,
    primary,
)

EXCESSIVE = ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text, place", [
    ("Jihadists executed three shepherds near Gossi on Friday, residents said.", "Gossi"),
    ("The militia executed two traders in Kumbo on Sunday, accusing them of helping the army.", "Kumbo"),
])
def test_execution_of_people_named_by_trade_is_an_attack(text: str, place: str) -> None:
    assert primary(text, place)[place] == ATTACK


@pytest.mark.parametrize("text, place", [
    ("Gunmen stopped a minibus outside Dori and four travellers were taken; their fate remains unknown.", "Dori"),
])
def test_people_taken_whose_fate_is_unknown_are_abducted(text: str, place: str) -> None:
    assert primary(text, place)[place] == ABDUCTION


@pytest.mark.parametrize("text, place, label", [
    ("A local councillor was shot dead on Friday night by gunmen on a motorbike in Uruapan.", "Uruapan", ATTACK),
    # armed men as the victims stay a clash
    ("Three soldiers were shot dead by gunmen near Kidal on Friday.", "Kidal", CLASH),
])
def test_passive_killing_by_armed_men_is_typed_by_its_victims(text: str, place: str, label: tuple[str, str]) -> None:
    assert primary(text, place)[place] == label


@pytest.mark.parametrize("text, places", [
    ("On Monday, attacks on villages by armed groups in Mecufi and Chiure forced some 3,000 people to flee.",
     ("Mecufi", "Chiure")),
])
def test_attack_on_civilian_target_before_its_agent_is_an_attack(text: str, places: tuple[str, ...]) -> None:
    found = primary(text, *places)
    assert all(found[p] == ATTACK for p in places)


@pytest.mark.parametrize("text, place, label", [
    ("On Saturday in Kolomyia, a group of men assaulted and attacked two officials handing out summonses.",
     "Kolomyia", MOB),
    ("In Bangui, youths armed with clubs and knives attacked stalls run by foreign traders.", "Bangui", RIOT),
])
def test_band_of_men_or_crudely_armed_youths_attacking_riot(text: str, place: str, label: tuple[str, str]) -> None:
    assert primary(text, place)[place] == label


@pytest.mark.parametrize("text, place, label", [
    ("After the robbery, villagers hunted down the thieves on the outskirts of Kisii.", "Kisii", MOB),
    # troops hunting fighters is no mob
    ("Troops hunted down the attackers in the forest near Beni.", "Beni", NONE),
])
def test_manhunt_by_residents_is_mob_violence(text: str, place: str, label: tuple[str, str]) -> None:
    assert primary(text, place)[place] == label


@pytest.mark.parametrize("text, place", [
    ("Three marchers were shot dead in Kankan when gendarmes clashed with the procession.", "Kankan"),
    ("A demonstrator was wounded by gunfire in Cusco as police broke up the march.", "Cusco"),
])
def test_crowd_shot_by_the_state_is_excessive_force_not_a_riot(text: str, place: str) -> None:
    assert primary(text, place)[place] == EXCESSIVE

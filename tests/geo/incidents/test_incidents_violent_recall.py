"""Recall of violent events: wording the lexicon lacked ("shellings", "fired upon", a bare
"confrontation", "decapitated", "the liberation of the settlement of X"), a bracketed
acronym that cut a clause, a list after "shelling of", places that "came under fire",
and a road told by its ends before the place it happened near."""

from __future__ import annotations

import pytest

from tests.geo.incidents.incident_helpers import (
    ABDUCTION,
    ATTACK,
    CLASH,
    GOV_REGAINS,
    IED,
    INTERVENTION,
    NONE,
    SHELLING,
    primary,
)

# A war story's first sentence: gives the document its armed context.
_WAR = "Russian troops pressed their offensive in the east on Tuesday. "


@pytest.mark.parametrize("text, places, label", [
    ("Eleven artillery shellings hit Vovchansk and Zolochiv overnight.", ("Vovchansk", "Zolochiv"), SHELLING),
    ("A patrol was fired upon near Jolo on Friday, the army said.", ("Jolo",), CLASH),
    ("There was a confrontation near Mueda between government troops and insurgents on Monday.",
     ("Mueda",), CLASH),
    ("Militants decapitated a farmer in Macomia, residents said.", ("Macomia",), ATTACK),
])
def test_missing_violent_wording_is_read(text: str, places: tuple[str, ...], label: tuple[str, str]) -> None:
    found = primary(text, *places)
    assert all(found[p] == label for p in places)


@pytest.mark.parametrize("text, place", [
    ("In Compton, where confrontations broke out on Saturday, deputies fired tear gas at the crowd.", "Compton"),
])
def test_a_confrontation_beside_crowd_control_is_no_battle(text: str, place: str) -> None:
    assert primary(text, place)[place] == INTERVENTION


@pytest.mark.parametrize("text, places", [
    ("Heavy fighting between the Kachin Independence Army (KIA) and the military was reported in Bhamo and "
     "Mansi townships.", ("Bhamo", "Mansi")),
    ("Clashes between the Sudan Armed Forces (SAF) and the paramilitaries continued in Omdurman.", ("Omdurman",)),
])
def test_a_bracketed_acronym_does_not_cut_the_clause(text: str, places: tuple[str, ...]) -> None:
    found = primary(text, *places)
    assert all(found[p] == CLASH for p in places)


@pytest.mark.parametrize("text, place", [
    ("Imphal, Jun 3 (PTI) Security forces recovered a cache of rifles in Churachandpur, police said.", "Imphal"),
])
def test_a_dateline_agency_bracket_still_cuts(text: str, place: str) -> None:
    assert primary(text, place)[place] == NONE


@pytest.mark.parametrize("text, places", [
    ("Shelling of Kupiansk and Borova went on through the night.", ("Kupiansk", "Borova")),
])
def test_every_place_listed_after_shelling_of_is_shelled(text: str, places: tuple[str, ...]) -> None:
    found = primary(text, *places)
    assert all(found[p] == SHELLING for p in places)


@pytest.mark.parametrize("text, places", [
    ("In Tashkent, the foreign ministers of Kazakhstan and Kyrgyzstan signed a border agreement.",
     ("Kyrgyzstan",)),
])
def test_states_listed_after_their_officials_stay_actors(text: str, places: tuple[str, ...]) -> None:
    found = primary(text, *places)
    assert all(found[p] == NONE for p in places)


@pytest.mark.parametrize("text, places", [
    (_WAR + "Kupiansk itself, as well as the Borova and Shevchenkove communities came under fire.",
     ("Borova", "Shevchenkove")),
])
def test_places_that_came_under_fire_in_a_war_story_were_shelled(text: str, places: tuple[str, ...]) -> None:
    found = primary(text, *places)
    assert all(found[p] == SHELLING for p in places)


@pytest.mark.parametrize("text, place", [
    (_WAR + "The mayor of Poltava came under fire over the new budget.", "Poltava"),
])
def test_a_person_under_fire_is_criticism(text: str, place: str) -> None:
    assert primary(text, place)[place] == NONE


@pytest.mark.parametrize("text, places", [
    (_WAR + "The defence ministry said the village of Tykhe has been liberated.", ("Tykhe",)),
    (_WAR + "Units completed the liberation of the settlement of Kostiantynivka.", ("Kostiantynivka",)),
])
def test_a_settlement_liberated_in_a_war_story_is_regained(text: str, places: tuple[str, ...]) -> None:
    found = primary(text, *places)
    assert all(found[p] == GOV_REGAINS for p in places)


@pytest.mark.parametrize("text, near, ends, label", [
    ("Gunmen kidnapped four traders on the Kumbo-Ndop road near Tatum on Thursday.", "Tatum",
     ("Kumbo", "Ndop"), ABDUCTION),
    ("A roadside bomb hit an army truck on the road between Mora and Kolofata, near the village of Kerawa.",
     "Kerawa", ("Mora", "Kolofata"), IED),
])
def test_a_road_told_by_its_ends_gives_the_event_to_the_place_near_it(
        text: str, near: str, ends: tuple[str, ...], label: tuple[str, str]) -> None:
    found = primary(text, near, *ends)
    assert found[near] == label
    assert all(found[e] == NONE for e in ends)


@pytest.mark.parametrize("text, places", [
    ("Gunmen kidnapped four traders on the road between Kumbo and Ndop on Thursday.", ("Kumbo", "Ndop")),
])
def test_a_road_between_two_places_with_no_other_place_keeps_the_event(text: str, places: tuple[str, ...]) -> None:
    found = primary(text, *places)
    assert all(found[p] == ABDUCTION for p in places)

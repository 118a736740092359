"""Violent sites the tagger read as nothing: the first place of a list taken for the container
of the others, and places the learned gate demoted though they hang plainly on the event (what
the victims were doing, a toll or harm clause after the strike's, a relative clause inside a
list or after a fronted place, a bracketed region in a heading, a fronted toll before the
damage), and a toll that opens its paragraph under a time stamp, its cause told after it."""

from __future__ import annotations

import pytest

from tests.geo.incidents.incident_helpers import (
    AIR,
    ATTACK,
    CLASH,
    IED,
    NONE,
    SHELLING,
    primary,
)

# A live blog's first entry: a wave of drones, its sites told in later entries.
_WAVE = "Russia launched 300 drones at Ukraine overnight, the air force said. "


@pytest.mark.parametrize("text, places, label", [
    ("Near Vasylivka, Tokmak and Polohy, shelling damaged power lines overnight.",
     ("Vasylivka", "Tokmak", "Polohy"), SHELLING),
    ("Forty artillery strikes were recorded on the territories of Velykyi Burluk, Kindrashivka and Dvorichna.",
     ("Velykyi Burluk", "Kindrashivka", "Dvorichna"), SHELLING),
])
def test_the_first_place_of_a_list_is_no_container_of_the_others(
        text: str, places: tuple[str, ...], label: tuple[str, str]) -> None:
    found = primary(text, *places)
    assert all(found[p] == label for p in places)


@pytest.mark.parametrize("text, place, label", [
    ("Three boys were killed by a landmine while herding goats near Paletwa.", "Paletwa", IED),
    ("A farmer was killed by unexploded ordnance while ploughing in a field in Maarat Misrin.",
     "Maarat Misrin", IED),
])
def test_what_the_victims_were_doing_leaves_the_site(text: str, place: str, label: tuple[str, str]) -> None:
    assert primary(text, place)[place] == label


@pytest.mark.parametrize("text, place, label", [
    ("Russian drones attacked the Sumy region overnight, an elderly man was wounded in Shostka district.",
     "Shostka", AIR),
    ("Russian forces attacked the Kherson region with drones, damaging a clinic in Bilozerka.", "Bilozerka", AIR),
])
def test_a_toll_or_harm_clause_after_the_strike_names_its_site(text: str, place: str, label: tuple[str, str]) -> None:
    assert primary(text, place)[place] == label


@pytest.mark.parametrize("text, places, label", [
    (("Rockets from a launcher hit the Leninsky district, where a pensioner was wounded in her yard, and the "
     "Voroshilovsky district."), ("Leninsky", "Voroshilovsky"), SHELLING),
    (("Indian shelling across the border killed at least six villagers in Neelum town, where a mosque and shops "
     "were hit, and in Athmuqam and Kel, officials said."), ("Neelum", "Athmuqam", "Kel"), SHELLING),
])
def test_a_relative_clause_does_not_break_a_list_of_sites(
        text: str, places: tuple[str, ...], label: tuple[str, str]) -> None:
    found = primary(text, *places)
    assert all(found[p] == label for p in places)


@pytest.mark.parametrize("text, place, label", [
    (("In Diabaly, where an influential preacher close to the junta lives, the attackers were repelled after two "
     "hours, the army said."), "Diabaly", CLASH),
])
def test_a_relative_clause_after_a_fronted_place_keeps_it_the_site(
        text: str, place: str, label: tuple[str, str]) -> None:
    assert primary(text, place)[place] == label


@pytest.mark.parametrize("text, places, label", [
    (("- 3 April, Umm al-Khair (Masafer Yatta): About 20 settlers, some of them armed, attacked shepherds with "
     "clubs, injuring three."), ("Umm al-Khair", "Masafer Yatta"), ATTACK),
])
def test_a_heading_with_a_bracketed_region_heads_its_item(
        text: str, places: tuple[str, ...], label: tuple[str, str]) -> None:
    found = primary(text, *places)
    assert all(found[p] == label for p in places)


@pytest.mark.parametrize("text, place", [
    (("In Bilytske, a drone hit a warehouse. In Novodonetske, 2 people were killed and 5 wounded, 9 houses and a "
     "shop were damaged."), "Novodonetske"),
    (("In Bilytske, a drone hit a warehouse. In Novodonetske, 1 person was injured and a school and 3 cars were "
     "damaged."), "Novodonetske"),
])
def test_a_fronted_toll_before_the_damage_keeps_the_place_the_site(text: str, place: str) -> None:
    assert primary(text, place)[place] == AIR


@pytest.mark.parametrize("text, place, label", [
    (_WAVE + "\n\n10:15\nAt least three people were killed and 12 injured in Zaporizhzhia, the governor said. "
     "Fires broke out in two districts, where a drone hit a warehouse.", "Zaporizhzhia", AIR),
])
def test_a_toll_under_a_time_stamp_takes_the_strike_told_after_it(
        text: str, place: str, label: tuple[str, str]) -> None:
    assert primary(text, place)[place] == label


@pytest.mark.parametrize("text, place", [
    # the toll's paragraph tells no strike: no event is carried
    (_WAVE + "\n\n10:15\nAt least three people were killed and 12 injured in Zaporizhzhia, the governor said. "
     "Talks resumed in the afternoon.", "Zaporizhzhia"),
])
def test_no_strike_is_carried_to_a_toll_whose_paragraph_tells_none(text: str, place: str) -> None:
    assert primary(text, place)[place] == NONE

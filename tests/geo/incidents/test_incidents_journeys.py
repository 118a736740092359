"""A place reached by a path takes a violent event only when the violence travels it.

Pins :mod:`geo.incidents.journeys` and the defaults built on it: the end of a
movement ("a ferry bound for A", "convoys diverted to B", "the bodies were carried
to a morgue in C", "according to officials in D") gets no violence told in its
clause, unless the event itself heads the path ("clashes spread to A", "rockets
fired into B", "the offensive toward C"); a casualty word that only names victims
("the wounded") is no event; "the camp" after "a camp in A" in the same sentence is
that camp, not a place of the sentences before.
"""

from __future__ import annotations

from datetime import date

import pytest

from geo.incidents.journeys import heads_path, located_on_path, path_preposition

from .incident_helpers import NONE, labels, violent


def _labels(text: str, *names: str) -> dict[str, set[tuple[str, str | None]]]:
    return labels(text, *names, when=date(2024, 9, 3))


@pytest.mark.parametrize(
    ("text", "scene", "end"),
    [
        ("Bandits killed five passengers of a minibus going to Kaduna in an ambush near Zaria.", "Zaria", "Kaduna"),
        ("A roadside bomb in Bosaso struck a truck hauling cement to Garowe, killing the driver.", "Bosaso", "Garowe"),
        ("Police in Nador shot dead three migrants trying to reach Melilla on Friday.", "Nador", "Melilla"),
    ],
)
def test_the_end_of_a_movement_takes_no_violence_of_its_clause(text, scene, end):
    got = _labels(text, scene, end)
    assert violent(got[scene]), scene
    assert got[end] == {NONE}, end


@pytest.mark.parametrize(
    ("text", "reached"),
    [
        ("Heavy clashes between the army and the rebels spread to Kalehe on Friday.", "Kalehe"),
        ("Militants fired three rockets into Sderot overnight, damaging two homes.", "Sderot"),
        ("Government troops pressed their offensive toward Kidal on Tuesday.", "Kidal"),
        ("Rebels swept into Kamanyola at dawn, taking control of the border post.", "Kamanyola"),
    ],
)
def test_violence_that_travels_the_path_still_reaches_its_end(text, reached):
    assert violent(_labels(text, reached)[reached])


@pytest.mark.parametrize(
    ("text", "scene", "located"),
    [
        ("Drone strikes killed six people in Bentiu, according to the health ministry in Juba.", "Bentiu", "Juba"),
        ("Militants attacked a convoy in Nyunzu that was carrying food aid to warehouses in Kalemie.", "Nyunzu",
         "Kalemie"),
    ],
)
def test_a_place_that_only_locates_the_end_of_a_path_takes_no_violence(text, scene, located):
    got = _labels(text, scene, located)
    assert violent(got[scene]), scene
    assert got[located] == {NONE}, located


@pytest.mark.parametrize(
    "second",
    [
        "The wounded fighters are being treated at a military hospital in Idlib, but the army is blocking the road.",
        "The injured persons are receiving treatment at a hospital in Idlib, where the army has closed the road.",
    ],
)
def test_the_wounded_named_where_they_are_treated_are_no_event_there(second):
    text = "Jets bombed a market in Maaret al-Numan on Sunday. " + second
    got = _labels(text, "Maaret al-Numan", "Idlib")
    assert violent(got["Maaret al-Numan"])
    assert got["Idlib"] == {NONE}


def test_a_later_the_city_skips_a_place_that_only_locates_where_the_wounded_went():
    text = ("Rockets hit Sumy on Monday, and the injured were flown to hospitals in Kyiv. "
            "Fighting continued on the outskirts of the city overnight.")
    got = _labels(text, "Sumy", "Kyiv")
    assert violent(got["Sumy"])
    assert got["Kyiv"] == {NONE}


def test_the_camp_named_earlier_in_its_sentence_is_the_one_an_anaphor_means():
    text = ("Survivors were treated at a clinic in Kalemie. On the same day rebels attacked an army camp "
            "in Minembwe and seized the camp after hours of fighting.")
    got = _labels(text, "Kalemie", "Minembwe")
    assert got["Kalemie"] == {NONE}
    assert violent(got["Minembwe"])


@pytest.mark.parametrize(
    ("left", "path"),
    [
        ("Passengers queued for a flight to ", True),
        ("The families were moving toward the town of ", True),
        ("A shell landed next to ", False),
        ("Gunfire was heard to the east of ", False),
        ("The road runs from Goma to ", False),
        ("Smoke rose over ", False),
    ],
)
def test_a_path_is_told_by_a_directional_preposition_not_by_location_words(left, path):
    text = left + "Xville."
    assert (path_preposition(text, 0, len(left)) is not None) is path


def test_the_event_heads_its_path_when_its_trigger_comes_right_before_the_preposition():
    text = "Artillery shells fell on villages. Missiles were launched toward Haifa."
    prep = path_preposition(text, 35, text.index("Haifa"))
    assert heads_path(text, (35, 43), prep)
    assert not heads_path(text, (0, 16), prep)


def test_a_place_inside_the_noun_phrase_a_path_reaches_is_located_on_it():
    text = "The survivors were moved to tents in Rafah and Deir al-Balah."
    assert located_on_path(text, 0, text.index("Rafah"))
    assert located_on_path(text, 0, text.index("Deir"))
    assert not located_on_path("Families returned to Rafah.", 0, 21)

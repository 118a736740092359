"""Non-violent developments the tagger missed: sites handed to a force, a force leaving
its base or withdrawing its troops, people confined by an armed group in a list of
places, and towns shut in by gates or fences. Every sentence here is new (none is from
a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import HANDOVER, NONE, OTHER, primary

WAR = "Fighting between the army and the rebels has killed dozens this month. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (WAR + "The insurgents handed Kalemie back to the army on Friday under a deal.", "Kalemie"),
        (WAR + "The rebels handed Rutshuru back to the military after talks in Doha.", "Rutshuru"),
    ],
)
def test_a_named_town_handed_back_to_a_force_changes_hands(text, name):
    assert primary(text, name)[name] == HANDOVER


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (WAR + "The base in Gao was handed to the Malian army at a ceremony on Monday.", "Gao"),
        (WAR + "The camp at Tessalit was handed over to the national army on Sunday.", "Tessalit"),
    ],
)
def test_a_site_handed_to_an_army_changes_hands(text, name):
    assert primary(text, name)[name] == HANDOVER


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volunteers handed leaflets to residents in Kalemie on Friday.", "Kalemie"),
        ("The documents in Kalemie were handed to the court on Friday.", "Kalemie"),
    ],
)
def test_a_thing_handed_over_is_no_handover_of_territory(text, name):
    assert primary(text, name)[name] != HANDOVER


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (WAR + "Last week UN troops left their base in Kidal in the north.", "Kidal"),
        (WAR + "The commander said it had withdrawn troops from positions near Kupyansk overnight.", "Kupyansk"),
    ],
)
def test_a_force_leaving_its_site_hands_over_the_place(text, name):
    assert primary(text, name)[name] == HANDOVER


def test_residents_leaving_their_homes_is_no_handover():
    text = WAR + "Many residents left their homes in Kidal last week."
    assert primary(text, "Kidal")["Kidal"] != HANDOVER


@pytest.mark.parametrize(
    "text",
    [
        WAR + "The rebels imposed a blockade, confining some 5,000 people in Tadó, Bagadó and Lloró.",
        WAR + "New gates installed at the entrances of Bagadó and Lloró cut the road to Tadó.",
        WAR + "The army closed all checkpoints at Bagadó and Lloró on Monday.",
        WAR + "A metal fence was erected around Bagadó and Lloró last week.",
    ],
)
def test_places_shut_in_by_an_armed_side_are_other_developments(text):
    got = primary(text, "Bagadó", "Lloró")
    assert got["Bagadó"] == OTHER and got["Lloró"] == OTHER


def test_a_fence_in_a_story_without_arms_is_no_development():
    text = "A new fence was erected around Lloró's football pitch by the council."
    assert primary(text, "Lloró")["Lloró"] == NONE

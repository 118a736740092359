"""Journeys told apart from where they end, and a count in brackets that cuts no
clause: "returned over the past month to X", "crossed the river by canoe to Y",
"walking some 40 km south to Z", "the majority (64%) moved to relatives in W".
Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, NONE, primary

_WAR = "Clashes between the army and rebels displaced thousands of families last month. "


@pytest.mark.parametrize(
    "text, name",
    [
        (_WAR + "Some 9,000 people have returned over the past month to Dilling.", "Dilling"),
        (_WAR + "About 300 families crossed the Atbara river by canoe to Khashm el Girba.", "Khashm el Girba"),
        (_WAR + "Most of the villagers were walking some 40 km south to Kadugli.", "Kadugli"),
        (_WAR + "Many residents travelled north on donkey carts to Rashad.", "Rashad"),
    ],
)
def test_a_journey_verb_reaches_its_place_across_a_short_gap(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    "text, name",
    [
        # no displaced movers, or no place ending the journey after the gap
        (_WAR + "The minister returned on Sunday to Dilling.", "Dilling"),
        (_WAR + "Gunmen stopped a minibus and seized six passengers travelling from Dilling to Kadugli.", "Kadugli"),
        (_WAR + "Families returned home after the rains, the governor of Kadugli said.", "Kadugli"),
    ],
)
def test_a_gapped_journey_verb_needs_displaced_movers_and_a_destination(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    "text",
    [
        _WAR + "The majority (64%) moved to relatives in Kadugli.",
        _WAR + "The majority (about 5,000) moved to host families in Kadugli.",
    ],
)
def test_a_bracketed_count_does_not_cut_the_movers_from_their_verb(text):
    assert primary(text, "Kadugli")["Kadugli"] == DISPLACED

"""False violent tags, third pass: entries told as unopposed ("without any
resistance"), places named only in a relative clause telling where a landmark lies
("the hills, which straddle A and B"), state fire on a protest told after the
killing ("..., killing three, as protests spread"), and crowds that storm and loot
with no protest. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ATTACK, CLASH, HANDOVER, LOOTING, RIOT, labels, primary, violent

EXCESSIVE = ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebel fighters entered the town of Moreno without any resistance on Friday, residents said.", "Moreno"),
        ("Government troops took control of Lakar without any fighting after the militia left overnight.", "Lakar"),
        ("The militia seized the border post at Dunto without a fight, local officials said.", "Dunto"),
    ],
)
def test_an_entry_or_capture_told_as_unopposed_is_a_handover(text, name):
    assert primary(text, name)[name] == HANDOVER


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warplanes bombed militant hideouts in the Tarsa hills, which straddle Ebor, Kanta and Velle provinces, "
         "killing six fighters.", "Kanta"),
        ("Warplanes bombed militant hideouts in the Tarsa hills, which straddle Ebor, Kanta and Velle provinces, "
         "killing six fighters.", "Velle"),
        ("In Marru state, which borders Dosso, gunmen killed seven herders on Tuesday, police said.", "Dosso"),
        ("Fighters slipped into the town through a drainage tunnel that runs under the river from Polvik, "
         "officers said.", "Polvik"),
    ],
)
def test_a_place_in_a_relative_clause_telling_where_a_landmark_lies_takes_no_violence(text, name):
    assert not violent(labels(text, name)[name])


def test_the_place_the_relative_clause_describes_keeps_its_event():
    text = "In Marru state, which borders Dosso, gunmen killed seven herders in Uttam on Tuesday, police said."
    assert primary(text, "Uttam")["Uttam"] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Police opened fire on opposition supporters in Bawku on Sunday, killing two people, as protests over "
        "the vote count spread.",
        "Soldiers shot dead three young men in Bawku overnight as demonstrations against the fuel price rise grew.",
    ],
)
def test_state_forces_killing_at_a_protest_told_after_is_excessive_force(text):
    assert primary(text, "Bawku")["Bawku"] == EXCESSIVE


def test_a_killing_by_militants_beside_a_separate_protest_stays_a_clash():
    text = ("Militants killed three soldiers in an ambush near Bawku on Sunday, while in the capital protesters "
            "blocked roads over power cuts.")
    assert primary(text, "Bawku")["Bawku"] == CLASH


def test_a_celebrating_crowd_that_storms_and_loots_a_residence_is_looting():
    text = ("Jubilant crowds filled the streets after the ruler fled, and some stormed his villa in the Karsi "
            "district and looted its furniture.")
    assert primary(text, "Karsi")["Karsi"] == LOOTING


def test_protesters_who_storm_and_loot_are_still_a_riot():
    text = "In Karsi, protesters angry over the new tax stormed the town hall and looted its furniture."
    assert primary(text, "Karsi")["Karsi"] == RIOT

"""Riots and property destruction read on holdouts 43-47: a crowd's next verb after an
allegation ("a mob beat a man accused of theft and set fire to ...") is no charge, a
participle clause ("..., setting fire to shops") keeps the subject of the clause before
it, and farmers or blockaders burning a police car riot as demonstrators do. Every
sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, LOOTING, NONE, RIOT, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A crowd beat a man accused of theft and set fire to a police post in Tarbela.", "Tarbela"),
        ("Protesters chased a driver suspected of sorcery and set fire to his shop in Korogwe.", "Korogwe"),
    ],
)
def test_a_crowds_arson_after_an_allegation_is_a_riot_not_a_charge(text, name):
    assert primary(text, name)[name][0] == RIOT[0]


def test_an_arrest_on_a_charge_of_arson_keeps_the_arson_a_charge():
    text = "Police in Korogwe arrested two men accused of setting fire to a market."
    assert primary(text, "Korogwe")["Korogwe"] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Friday night protesters marched through Tarbela, setting fire to two buses.", "Tarbela"),
        ("Farmers blocked the highway at Korogwe and burned a police vehicle.", "Korogwe"),
        ("Blockaders burned a police vehicle near Korogwe on Monday.", "Korogwe"),
    ],
)
def test_unarmed_crowds_setting_fire_riot(text, name):
    assert primary(text, name)[name] == RIOT


def test_armed_men_setting_fire_in_a_participle_clause_destroy_property():
    text = "Gunmen drove through Korogwe at dawn, setting fire to several shops."
    assert primary(text, "Korogwe")["Korogwe"] == LOOTING


def test_a_fire_in_a_participle_clause_without_people_is_no_event():
    text = "The drought hit Korogwe hard, setting farmers against herders over water."
    assert primary(text, "Korogwe")["Korogwe"] == NONE

"""Battles the tagger missed on holdouts 19-37: a clash met on a force's attempted
advance, the last place of a "near A, B and towards C" list of attacks, a town
cleared of fighters, a defence holding back the enemy, control announced as a noun
and a place named after a dash. Every sentence here is new (none is from a labelled
set)."""

from __future__ import annotations

import pytest

from geo.incidents.tagger import tag_mentions
from geo.model import Document

from .incident_helpers import CLASH, GOV_REGAINS, NONE, NSO, find_mentions, primary


def _primary_without_gate(text: str, name: str) -> tuple[str, str | None]:
    """The rules' own primary reading of ``name`` (the learned gate off)."""
    ms = find_mentions(text, name)
    tm = tag_mentions(Document("t", text), ms, gate=False)[0]
    return tm.primary.incident_type, tm.primary.sub_event_type


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hezbollah said its fighters clashed with an Israeli unit trying to advance towards the village of Rmeish.",
         "Rmeish"),
        ("The fighters ambushed a column that attempted to advance toward Bani Walid and clashed with it for hours.",
         "Bani Walid"),
        ("Troops fought off militants who tried to push towards Mocimboa da Praia on Sunday.", "Mocimboa da Praia"),
    ],
)
def test_a_clash_met_on_an_attempted_advance_reaches_the_place_aimed_at(text, name):
    assert _primary_without_gate(text, name) == CLASH


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Government troops clashed with rebels in Abyei before advancing towards Rmeish.", "Rmeish"),
        ("Families fled the clashes towards Rmeish.", "Rmeish"),
    ],
)
def test_an_advance_or_a_flight_after_the_fighting_does_not_bring_it_to_the_goal(text, name):
    assert primary(text, name)[name][0] != "Battles"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In the Siversk direction, the enemy attacked 4 times near Bilohorivka, Vyimka and towards Serebrianka.",
         "Serebrianka"),
        ("The invaders carried out nine attacks near Novopavlivka, Kotlyne and in the direction of Udachne.",
         "Udachne"),
    ],
)
def test_the_last_item_of_a_near_list_of_attacks_is_attacked_too(text, name):
    assert _primary_without_gate(text, name) == CLASH


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Troops are still clearing the town of Tal Abyad of the remaining militants.", "Tal Abyad", CLASH),
        ("The army said it had cleared the village of Kobani from terrorists by Friday.", "Kobani", CLASH),
        ("Sappers cleared the village of Kobani of mines left after the war.", "Kobani", NONE),
        ("Volunteers cleared the town of Tal Abyad of rubble and debris.", "Tal Abyad", NONE),
    ],
)
def test_a_place_cleared_of_fighters_is_a_battle_but_not_one_cleared_of_mines(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Defenders in the Belgorod region are holding back the enemy; nine combat clashes were recorded.",
         "Belgorod"),
        ("Brigades near Vuhledar held back the enemy offensive for a third day.", "Vuhledar"),
    ],
)
def test_holding_back_the_enemy_is_fighting_where_it_is_held(text, name):
    assert primary(text, name)[name] == CLASH


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The government forces announced on Friday the end of the military operation and the full control "
         "of the Janzour district.", "Janzour", GOV_REGAINS),
        ("The rebel coalition announced their complete control of the town of Maban after a week of fighting.",
         "Maban", NSO),
        ("The army retains its full control of Janzour, the ministry said.", "Janzour", NONE),
    ],
)
def test_control_announced_as_a_noun_is_a_capture_but_control_retained_is_not(text, name, expected):
    assert _primary_without_gate(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Units of the Centre group liberated the last village in the district held by the enemy – Novohrodivka.",
         "Novohrodivka"),
        ("Soldiers recaptured the two remaining settlements of the area – Kamianka and Novohrodivka.",
         "Novohrodivka"),
    ],
)
def test_a_place_named_after_a_dash_takes_the_event_of_the_clause_before(text, name):
    assert _primary_without_gate(text, name)[0] == "Battles"

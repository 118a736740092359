"""Remote violence told in the wording of front-line bulletins: a hit told without its
weapon ("a house was hit in X", "X was hit 12 times", "there were hits on a depot"), a
place shelled in a relative clause after a path ("advanced toward X, which is shelled
daily"), a stressed place ("X itself, which ..., is pounded") and the sea before a port
("the Caspian port of X"). Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from geo.incidents.tagger import tag_mentions
from geo.model import Document

from .incident_helpers import AIR, NONE, PEACEFUL, SHELLING, find_mentions, place, primary, resolved


def rules_primary(text: str, name: str) -> tuple[str, str | None]:
    """The rules' own primary reading of the first mention of ``name`` (the learned gate
    judges the site, not the wording pinned here)."""
    tm = tag_mentions(Document("t", text), find_mentions(text, name), gate=False)[0]
    return tm.primary.incident_type, tm.primary.sub_event_type


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Russian drones struck the region overnight. A school was hit in Bilhorod, officials said.",
         "Bilhorod", AIR),
        ("Russian shelling of the district went on. Ternivka was hit 12 times.", "Ternivka", SHELLING),
        ("Drones attacked the region after midnight. There were hits on a warehouse in Zarichne.",
         "Zarichne", AIR),
        ("Israeli jets struck targets across the south, and a house was also hit in Aitaroun.",
         "Aitaroun", AIR),
    ],
)
def test_a_hit_told_without_its_weapon_is_a_strike_in_a_story_of_strikes(text, name, expected):
    assert rules_primary(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian drones struck the region overnight. A cyclist was hit by a car in Bilhorod.", "Bilhorod"),
        ("Russian drones struck the region overnight. Farmers in Zarichne were hit hard by the drought.",
         "Zarichne"),
        ("The town of Ternivka was hit by heavy rain, flooding dozens of houses.", "Ternivka"),
    ],
)
def test_a_hit_by_an_agent_or_a_manner_is_no_strike(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian drones pounded the coast overnight. Fuel tanks in Chornomorsk were hit, killing two dock workers.",
         "Chornomorsk"),
    ],
)
def test_dock_workers_killed_by_a_hit_make_no_labour_strike(text, name):
    assert primary(text, name)[name] not in (PEACEFUL, NONE)


def test_a_depot_hit_that_caught_fire_is_a_strike_not_a_disaster():
    text = "Drones attacked the region overnight. In Reni, a grain terminal was hit; two barges caught fire."
    assert primary(text, "Reni")["Reni"] == AIR


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops have since pushed toward Velykomykhailivka, which is shelled every day, officials say.",
        "The front has crept toward Velykomykhailivka, which was shelled again on Monday.",
    ],
)
def test_a_place_reached_by_a_path_takes_the_shelling_of_its_own_relative_clause(text):
    assert rules_primary(text, "Velykomykhailivka") == SHELLING


def test_a_place_stressed_with_itself_takes_the_events_of_its_relative_clause():
    text = "Kurakhove itself, which once had 18,000 residents, is shelled daily."
    assert rules_primary(text, "Kurakhove") == SHELLING


@pytest.mark.parametrize(
    ("text", "sea", "port"),
    [
        ("Ukrainian drones hit an oil terminal in the Caspian port of Makhachkala on Sunday.", "Caspian",
         "Makhachkala"),
        ("Drones hit fuel tanks in the Azov Sea port of Berdiansk overnight.", "Azov Sea", "Berdiansk"),
    ],
)
def test_the_sea_before_a_port_only_locates_the_port(text, sea, port):
    mentions = resolved(text, {sea: place(sea, "H", "SEA", "XX"),
                               port: place(port, "P", "PPLA", "XX", population=500000)})
    found = primary(text, sea, port, mentions=mentions)
    assert found[port] == AIR
    assert found[sea] == NONE

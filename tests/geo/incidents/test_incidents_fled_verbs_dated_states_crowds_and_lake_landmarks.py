"""Mends after a review of the day's changes: verbs with a short stem ("fled", "led", "bred")
still cut a mention off its trigger in the gate; people who leave a town in a story of
crowds and clashes are displaced unless they are the crowd on its way; a date that dates a
noun ("the bridge, closed since 2022"), a held state or a relative clause closed before the
trigger leaves the trigger news, for years, months and "since" alike; a lake or sea named as
such ("Lake X", "the X Sea") is a landmark after "beyond", "over" or "by the edge of", and
wadis and marshes are no water. Every sentence here is new."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer.model import Place
from geo.incidents.clauses import SentenceContext
from geo.incidents.gate import mention_features
from geo.incidents.paths import is_water
from geo.incidents.roles import MentionRoles

from .incident_helpers import ARRESTS, DISPLACED, NONE, PEACEFUL, primary

WHEN = date(2025, 5, 20)


def _direct(text: str, name: str, trigger: str) -> set[str]:
    """The gate's ``direct=`` feature of ``name`` for a violent ``trigger`` of ``text``."""
    start, t0 = text.index(name), text.index(trigger)
    feats = mention_features(text, start, start + len(name), (0, len(text)), "place", None,
                             [("Violence against civilians", "Attack", (t0, t0 + len(trigger)), 0.8)])
    return {f for f in feats if f.startswith("direct=")}


# 1. "fled", "bred", "sped": short stems are verbs, and a verb in the gap is no plain object
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Gunmen attacked the hamlet and fled across Tessoro.", "attacked"),
        ("Bandits raided the farms and bred panic in Tessoro.", "raided"),
        ("Militants attacked the checkpoint and sped off across Tessoro.", "attacked"),
    ],
)
def test_a_short_stemmed_verb_after_the_trigger_keeps_the_place_from_being_its_object(text, trigger):
    assert _direct(text, "Tessoro", trigger) == {"direct=no"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the party's youth wing in Tessoro.",
        "Gunmen attacked a wedding in Tessoro.",
    ],
)
def test_nouns_ending_like_verbs_still_leave_the_place_the_object(text):
    assert _direct(text, "Tessoro", "attacked") == {"direct=object"}


# 2. a crowd word in the sentence does not make leaving families marchers
@pytest.mark.parametrize(
    "text, town",
    [
        ("After clashes between protesters and police, an estimated 400 families left Dorvani town, "
         "moving to relatives in nearby villages.", "Dorvani"),
        ("A crowd of residents left Dorvani on foot after clashes with the police, heading for villages nearby.",
         "Dorvani"),
    ],
)
def test_people_leaving_a_town_in_a_story_of_crowds_are_displaced(text, town):
    assert primary(text, town, when=WHEN)[town] == DISPLACED


def test_marchers_arriving_at_a_rally_are_still_no_displaced_people():
    text = "Thousands of protesters filled the square in Dorvani, many having arrived on foot from Kelmo."
    assert primary(text, "Dorvani", "Kelmo", when=WHEN) == {"Dorvani": PEACEFUL, "Kelmo": NONE}


# 3. a date of the noun, the state or the relative clause, for a year, a month or "since"
@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after a comma dates its noun, a year after "since"
        ("Hundreds marched in Dorvani on Sunday to demand the reopening of the bridge, closed since 2022.", PEACEFUL),
        # ... a month, and "shut" with no -ed
        ("Traders rallied in Dorvani to demand the reopening of the cattle market, shut since February.", PEACEFUL),
        # a relative clause closed before the trigger dates itself, with a month too
        ("In Dorvani, where a curfew has been in force since January, police arrested 12 youths on Saturday.",
         ARRESTS),
    ],
)
def test_a_date_of_a_noun_or_a_relative_clause_leaves_the_event_news(text, expected):
    assert primary(text, "Dorvani", when=WHEN)["Dorvani"] == expected


def test_an_old_month_of_the_event_itself_still_makes_it_background():
    text = "In February, soldiers burned houses in Dorvani."
    assert primary(text, "Dorvani", when=WHEN)["Dorvani"] == NONE


# 8. a lake or sea by its name is a landmark; wadis and marshes are no water
def _roles(text: str, *names: str) -> list[str]:
    ctx = SentenceContext(text, 0, len(text))
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [r.value for r in MentionRoles(text, spans, ctx.segments, [None] * len(spans))]


@pytest.mark.parametrize(
    "text, water",
    [
        ("Artillery shelled Dorvani beyond Lake Kelmo on Tuesday.", "Lake Kelmo"),
        ("Gunmen attacked fishermen in Dorvani by the edge of Lake Kelmo.", "Lake Kelmo"),
        ("Troops shelled rebel positions in Dorvani over the Kelmo Sea.", "Kelmo Sea"),
    ],
)
def test_water_named_as_a_lake_or_sea_only_tells_where_the_event_place_lies(text, water):
    assert _roles(text, "Dorvani", water) == ["place", "qualifier"]
    assert primary(text, "Dorvani", water, when=WHEN)[water] == NONE


def test_a_place_beyond_another_is_no_landmark_unless_it_is_water():
    assert _roles("Artillery shelled Dorvani beyond Kelmo on Tuesday.", "Dorvani", "Kelmo") == ["place", "place"]


@pytest.mark.parametrize(
    "code, water",
    [("STM", True), ("LK", True), ("SEA", True), ("WAD", False), ("MRSH", False), ("SWMP", False)],
)
def test_only_crossable_gazetteer_water_counts_as_water(code, water):
    place = Place("test:kelmo", "Kelmo", 0.0, 0.0, "XX", None, "H", code)
    assert is_water("Kelmo", " and", place) is water

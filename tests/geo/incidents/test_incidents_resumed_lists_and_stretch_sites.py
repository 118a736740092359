"""Attachment: which places an event of the sentence reaches. A list resumed after a
relative clause ("hit the port of A, where ships were docked, as well as the airport
in B"), the targets of an attack told by a noun ("air strikes on A and B went on"),
and a place near a stretch told by its two ends ("a bus between A and B near C").
Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from geo.incidents.tagger import tag_mentions
from geo.model import Document

from .incident_helpers import ABDUCTION, AIR, CHANGE, IED, NONE, PEACEFUL, find_mentions, primary


def rules_primary(text: str, name: str) -> tuple[str, str | None]:
    """The rules' own primary reading of the first mention of ``name`` (the learned gate
    judges the site, not the wording pinned here)."""
    tm = tag_mentions(Document("t", text), find_mentions(text, name), gate=False)[0]
    return tm.primary.incident_type, tm.primary.sub_event_type


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        ("Drones struck a fuel depot in Kalach, which supplies the garrison, and the rail yard in Liski.",
         ("Kalach", "Liski"), "Liski", AIR),
        ("Demonstrations against the new tax continued in Mombasa, where a curfew was declared last week, and in Kisumu.",
         ("Mombasa", "Kisumu"), "Kisumu", PEACEFUL),
        ("Air strikes hit the airport at Sabha, where two cargo planes were parked, as well as a depot in Ubari.",
         ("Sabha", "Ubari"), "Ubari", AIR),
    ],
)
def test_a_list_resumed_after_a_relative_clause_takes_the_event_before_it(text, names, name, expected):
    mentions = find_mentions(text, *names)
    tm = tag_mentions(Document("t", text), mentions, gate=False)
    got = {m.mention.text: (m.primary.incident_type, m.primary.sub_event_type) for m in tm}
    assert got[name] == expected


@pytest.mark.parametrize(
    ("text", "names", "name", "event_before", "event_after"),
    [
        # the relative's own event does not reach the resumed item
        ("Demonstrations against the new tax continued in Mombasa, where a curfew was declared last week, and in "
         "Kisumu.", ("Mombasa", "Kisumu"), "Kisumu", PEACEFUL, CHANGE),
        # a relative clause with a list of its own keeps its last item
        ("Drones hit a convoy near Kassala, which was carrying food, tents, and the staff of the clinic in Gedaref.",
         ("Kassala", "Gedaref"), "Gedaref", AIR, None),
        # ", and in B gunmen set up a checkpoint": a clause of its own, not a resumed list
        ("Jets bombed a market in Maarrat, where a child was killed, and in Saraqib gunmen set up a checkpoint.",
         ("Maarrat", "Saraqib"), "Saraqib", AIR, None),
    ],
)
def test_a_resumed_item_takes_only_the_event_before_the_relative_clause(text, names, name, event_before, event_after):
    mentions = find_mentions(text, *names)
    tm = tag_mentions(Document("t", text), mentions, gate=False)
    got = {m.mention.text: {(r.incident_type, r.sub_event_type) for r in m.readings} for m in tm}
    before_reached = event_before in got[names[0]] and event_before in got[name]
    if event_after is None:
        assert not before_reached
    else:
        assert before_reached and event_after not in got[name]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Air strikes on Kafranbel and Hass resumed on Monday.", ("Kafranbel", "Hass"), AIR),
        ("Drone strikes against Marib and Sirwah continued overnight.", ("Marib", "Sirwah"), AIR),
    ],
)
def test_the_second_target_of_an_attack_noun_is_no_subject_acting(text, names, expected):
    tm = tag_mentions(Document("t", text), find_mentions(text, *names), gate=False)
    assert (tm[1].primary.incident_type, tm[1].primary.sub_event_type) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A roadside bomb hit a truck between Beledweyne and Bulo Burte near Jalalaqsi; two died.", "Jalalaqsi", IED),
        ("Gunmen abducted 14 travellers on their way from Katsina to Kankara near Dandume on Sunday.", "Dandume",
         ABDUCTION),
    ],
)
def test_a_place_near_a_stretch_told_by_its_two_ends_is_where_it_happened(text, name, expected):
    assert rules_primary(text, name) == expected


def test_a_place_near_a_single_town_only_locates_it():
    text = "Gunmen killed two farmers in Gusau near Tsafe on Friday."
    assert primary(text, "Gusau", "Tsafe")["Tsafe"] == NONE

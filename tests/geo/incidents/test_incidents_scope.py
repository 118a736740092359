"""The scope of an event: the places of its own clause, not those of a clause with a
verb of its own, and not the main clause's places for an event told as background
("after weeks of fighting"). Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from geo.incidents.clauses import SentenceContext
from geo.incidents.scope import Opening, clause_openings, time_adjuncts

from .incident_helpers import AIR, ARRESTS, CLASH, DISPLACED, INTERVENTION, NONE, NSO, PEACEFUL, SHELLING, primary


@pytest.mark.parametrize(
    ("text", "names", "name"),
    [
        # a coordinate clause with its own subject and verb
        ("Militants shelled the outskirts of Bentiu overnight, and a donor meeting on the crisis began in "
         "Geneva on Monday.", ("Bentiu", "Geneva"), "Geneva"),
        ("A drone struck a fuel depot in Kursk, and trains bound for Voronezh were held for hours.",
         ("Kursk", "Voronezh"), "Voronezh"),
        ("Fighting raged in Omdurman, and the airline moved its flights to Kassala.", ("Omdurman", "Kassala"),
         "Kassala"),
        # its subject may hold a participle in commas
        ("Jets bombed a bridge near Sumy, and the mayor, speaking in Poltava, appealed for generators.",
         ("Sumy", "Poltava"), "Poltava"),
        # an event-less clause before the event's own clause
        ("Troops searched farms along the road to Kolwezi, and two miners were shot dead near Likasi.",
         ("Kolwezi", "Likasi"), "Kolwezi"),
        # a participle that is no event of its own
        ("In Hargeisa and Berbera, protesters blocked the main roads, stranding lorries near Wajaale.",
         ("Hargeisa", "Berbera", "Wajaale"), "Wajaale"),
    ],
)
def test_event_does_not_reach_a_place_in_another_clause(text, names, name):
    assert primary(text, *names)[name] == NONE


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        # a list, with or without the serial comma, is no clause
        ("Jets bombed Ariha, Saraqib, and Binnish on Monday.", ("Ariha", "Saraqib", "Binnish"), "Binnish", AIR),
        ("Students in Kandy, Galle and Matara marched peacefully.", ("Kandy", "Galle", "Matara"), "Galle",
         PEACEFUL),
        # names coordinated in a subject or after a preposition share its verb
        ("Police in Nakuru and Eldoret dispersed protesters with tear gas.", ("Nakuru", "Eldoret"), "Nakuru",
         INTERVENTION),
        ("Clashes between herders and farmers in Bokkos and Mangu killed 12 people.", ("Bokkos", "Mangu"),
         "Mangu", CLASH),
        # a clause without a place of its own goes on at the place before
        ("Troops entered Kutum on Monday, and fighting went on for hours.", ("Kutum",), "Kutum", CLASH),
        # the next clause names its own event
        ("Rockets hit Sderot and Ashkelon overnight, and air raid sirens sounded across the south.",
         ("Sderot", "Ashkelon"), "Ashkelon", SHELLING),
        # a flight goes on past its clause to where the displaced arrive
        ("Thousands of villagers fled Tawila after militias attacked the town, and others crossed the "
         "border into Chad.", ("Tawila", "Chad"), "Chad", DISPLACED),
    ],
)
def test_event_still_reaches_its_own_clause_and_lists(text, names, name, expected):
    assert primary(text, *names)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Security forces arrested 60 people in Dhaka after days of clashes with students.", "Dhaka", ARRESTS),
        ("Rebels captured Walikale after weeks of fighting with the army.", "Walikale", NSO),
        ("Families displaced by the fighting arrived in Kosti after the raids on their villages.", "Kosti",
         DISPLACED),
        # the main event may itself be violent
        ("Heavy clashes erupted in Misrata after the killing of a commander.", "Misrata", CLASH),
    ],
)
def test_background_event_gives_way_to_the_clause_event(text, name, expected):
    assert primary(text, name)[name] == expected


def test_background_event_still_reaches_a_place_inside_it():
    text = "Police arrested 30 people in Garissa after a raid on a camp near Dadaab."
    assert primary(text, "Garissa", "Dadaab")["Garissa"] == ARRESTS
    assert primary(text, "Garissa", "Dadaab")["Dadaab"] != NONE


def _openings(text: str, *names: str) -> list[tuple[str, str]]:
    ctx = SentenceContext(text, 0, len(text))
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    pieces = ctx.pieces(ctx.segments[0])
    return [(text[a:b].strip(), kind.value) for (a, b), kind in zip(pieces, clause_openings(ctx, pieces, spans))
            if kind]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Shells hit Avdiivka, and the governor travelled to Pokrovsk.", ("Avdiivka", "Pokrovsk"),
         [("and the governor travelled to Pokrovsk.", Opening.COORDINATE.value)]),
        ("The siege ended after the garrison surrendered its guns in Kapoeta.", ("Kapoeta",),
         [("after the garrison surrendered its guns in Kapoeta.", Opening.SEQUENTIAL.value)]),
        ("Drones hit Sloviansk, forcing schools in Kramatorsk to close.", ("Sloviansk", "Kramatorsk"),
         [("forcing schools in Kramatorsk to close.", Opening.PARTICIPLE.value)]),
        # no clause: shared subject, names in a list, a hyphenated adjective, a casualty participle
        ("Gunmen raided Bama, and abducted 20 women.", ("Bama",), []),
        ("Raids hit Dori, Djibo, and Kaya on Friday.", ("Dori", "Djibo", "Kaya"), []),
        ("Missiles struck Lahore and Pakistani-administered Kashmir.", ("Lahore",), []),
        ("A bomb hit Kidal, killing six.", ("Kidal",), []),
    ],
)
def test_clause_openings_need_a_subject_and_a_verb(text, names, expected):
    assert _openings(text, *names) == expected


def test_time_adjunct_is_a_verbless_phrase_of_time():
    text = "Rebels took Lubero after days of shelling, after the army withdrew."
    ctx = SentenceContext(text, 0, len(text))
    assert [text[a:b] for a, b in time_adjuncts(ctx, ctx.segments[0])] == ["after days of shelling,"]


# ----------------------------------------------------------------------------- an event dated against another


@pytest.mark.parametrize(
    ("text", "names", "name"),
    [
        # "<the event> came ... after <another event in X>": the event told before is not in X
        ("The bombing came two days after police detained three suspects in Kandahar.", ("Kandahar",),
         "Kandahar"),
        ("The raids come weeks after dozens of herders were abducted in Birnin Gwari.", ("Birnin Gwari",),
         "Birnin Gwari"),
        ("The shelling happened as negotiators gathered in Jeddah for another round.", ("Jeddah",), "Jeddah"),
        # ", the same day <another event in X>"
        ("Militants stormed the prison in Kumbo on Friday, the same day a truce took effect in Buea.",
         ("Kumbo", "Buea"), "Buea"),
        ("Fighter jets pounded Tora Bora overnight, the same night a truce took effect in Paktia.",
         ("Tora Bora", "Paktia"), "Paktia"),
    ],
)
def test_event_dated_against_another_does_not_reach_its_places(text, names, name):
    assert primary(text, *names)[name] in (NONE, ARRESTS)


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        # the other event keeps its own place
        ("The bombing came two days after police detained three suspects in Kandahar.", ("Kandahar",),
         "Kandahar", ARRESTS),
        ("Fighter jets pounded Tora Bora overnight, the same night a truce took effect in Paktia.",
         ("Tora Bora", "Paktia"), "Tora Bora", AIR),
        ("Gunmen attacked a checkpoint in Mopti on Sunday, the same day soldiers clashed with rebels near Gao.",
         ("Mopti", "Gao"), "Gao", CLASH),
    ],
)
def test_event_dated_against_another_keeps_its_own_place(text, names, name, expected):
    assert primary(text, *names)[name] == expected


def test_dated_by_opening_is_told_apart():
    text = "The strike came hours after a court in Kigali sentenced an opposition leader."
    ctx = SentenceContext(text, 0, len(text))
    pieces = ctx.pieces(ctx.segments[0])
    assert Opening.DATED_BY in clause_openings(ctx, pieces, [])


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        # rioting told before a clause of time does not type a protest inside it
        ("Youths torched police posts in Tabatinga as anger grew over a teenager shot during a protest in "
         "Leticia.", ("Tabatinga", "Leticia"), "Leticia", PEACEFUL),
        ("Rioters looted shops in Nakuru after a student died during a march in Eldoret.", ("Nakuru", "Eldoret"),
         "Eldoret", PEACEFUL),
    ],
)
def test_rioting_before_a_clause_of_time_does_not_type_the_protest_in_it(text, names, name, expected):
    assert primary(text, *names)[name][0] == expected[0]

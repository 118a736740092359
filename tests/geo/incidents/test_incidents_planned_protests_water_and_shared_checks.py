"""One mechanism where twin helpers disagreed: a planned protest is no protest whatever word
tells it, a protest told peaceful or with its rioting negated, an opening "following"
phrase, people made to leave, the year of a month, the previous sentence of a "later"
opening, a whole salvo downed, the one test of water, and the lexicon's shelter and
"taken from" phrases. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.incidents.background import dated_before, later_than_old
from geo.incidents.clauses import SentenceContext
from geo.incidents.protests import protest_label

from .incident_helpers import (
    DISPLACED,
    DISRUPTED,
    NONE,
    PEACEFUL,
    RIOT,
    labels,
    primary,
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Activists vowed a rally in Minsk.", "Minsk"),
        ("Opposition parties called for a general strike in Kisumu on Monday.", "Kisumu"),
        ("The teachers' union decided to stage a strike in Nakuru.", "Nakuru"),
        ("Organisers announced a march in Gulu for Saturday.", "Gulu"),
        ("Youth leaders threatened a sit-in at the governor's office in Lira.", "Lira"),
    ],
)
def test_a_vowed_called_planned_or_threatened_protest_is_no_protest_whatever_word_tells_it(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands marched in Gulu on Saturday.", "Gulu"),
        ("Teachers went on strike in Nakuru on Monday.", "Nakuru"),
    ],
)
def test_a_protest_held_is_still_a_protest(text, name):
    assert primary(text, name)[name] == PEACEFUL


def _label(text: str, word: str) -> tuple[str, str]:
    ctx = SentenceContext(text, 0, len(text))
    i = text.index(word)
    unit = next(u for u in ctx.units if u.start <= i < u.end)
    return protest_label(ctx, ctx.segment_of(unit.start), (unit.start, unit.end))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Demonstrators marched peacefully through Gulu amid clashes with police.", "marched"),
        ("Students held peaceful marches in Gulu amid clashes with police.", "marches"),
        ("Students marched in Gulu without clashes with the police.", "marched"),
        ("Students marched in Gulu with no violent clashes reported.", "marched"),
    ],
)
def test_a_protest_told_peaceful_before_or_after_or_with_its_rioting_negated_stays_peaceful(text, word):
    assert _label(text, word) == PEACEFUL


def test_a_protest_amid_clashes_is_violent():
    assert _label("Students marched in Gulu amid clashes with police.", "marched") == RIOT


@pytest.mark.parametrize(
    "text",
    [
        "Following weeks of riots between youths and the police in Lira, students marched in Gulu.",
        "After the riots in Lira, students marched in Gulu.",
    ],
)
def test_rioting_in_an_opening_following_phrase_is_not_the_protests(text):
    assert _label(text, "marched") == PEACEFUL
    assert primary(text, "Gulu")["Gulu"] == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "Shelling forced dozens of families to leave their homes in Kupiansk.",
        "Shelling prompted hundreds of families to leave their homes in Kupiansk.",
    ],
)
def test_people_made_or_prompted_to_leave_are_displaced(text):
    assert DISPLACED in labels(text, "Kupiansk")["Kupiansk"]


def test_people_refusing_to_leave_are_not_displaced():
    assert primary("Residents refused to leave their homes in Kupiansk.", "Kupiansk")["Kupiansk"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "In December 2024 the group seized the town.",
        "In December 2024, the group seized the town.",
        "In December the group seized the town.",
    ],
)
def test_last_months_date_is_read_alike_with_its_year_and_a_comma_or_without(text):
    ctx = SentenceContext(text, 0, len(text))
    unit = next(u for u in ctx.units if u.phrase.startswith("seized"))
    assert dated_before(ctx, date(2025, 1, 15), unit, ctx.segment_of(unit.start))


def test_a_month_later_this_year_is_no_old_date():
    text = "The group will try to seize the town in November this year."
    ctx = SentenceContext(text, 0, len(text))
    unit = next(u for u in ctx.units if u.phrase.startswith("seize"))
    assert not dated_before(ctx, date(2025, 4, 15), unit, ctx.segment_of(unit.start))


@pytest.mark.parametrize(
    "before",
    [
        "The army shelled the town in March 2023, Lt. Gen. Musa said. ",
        "Gen. Musa said the army shelled the town in March 2023. ",
    ],
)
def test_a_later_opening_reads_the_previous_sentence_past_abbreviations(before):
    text = before + "A month later, rebels attacked the town."
    start = len(before)
    assert later_than_old(SentenceContext(text, start, len(text)), date(2025, 1, 15))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia launched two missiles at Odesa, both of which were intercepted.", "Odesa"),
        ("Drones targeted Sumy overnight; the air force said all were shot down.", "Sumy"),
        ("Drones targeted Sumy overnight, each of which was destroyed by air defence.", "Sumy"),
    ],
)
def test_a_whole_salvo_downed_by_a_pronoun_is_disrupted(text, name):
    assert primary(text, name)[name] == DISRUPTED


def test_a_salvo_mostly_downed_still_struck():
    found = primary("Russia launched two missiles at Odesa, most of which were intercepted.", "Odesa")
    assert found["Odesa"] != DISRUPTED


@pytest.mark.parametrize(
    ("text", "names", "water"),
    [
        ("Rebels shelled the town of Sake on Lake Kivu.", ("Sake", "Lake Kivu"), "Lake Kivu"),
        ("Gunmen attacked Sake across Lake Kivu.", ("Sake", "Lake Kivu"), "Lake Kivu"),
        ("Fishermen fled by boat across Lake Albert to Ntoroko after the raids.", ("Lake Albert", "Ntoroko"),
         "Lake Albert"),
    ],
)
def test_a_lake_named_as_such_is_water_that_only_orients(text, names, water):
    assert primary(text, *names)[water] == NONE


def test_photos_taken_of_border_areas_are_no_evacuation():
    text = "Satellite photos taken of the border areas near Vovchansk show new trenches."
    assert primary(text, "Vovchansk")["Vovchansk"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "After the shelling, families were sleeping at a school in Vovchansk.",
        "After the shelling, displaced families were living in tents in Vovchansk.",
        "After the shelling, families were staying in schools in Vovchansk.",
    ],
)
def test_people_sheltering_in_public_buildings_or_tents_are_displaced(text):
    assert primary(text, "Vovchansk")["Vovchansk"] == DISPLACED

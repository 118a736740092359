"""The violence gate reads fronted places and bulletin headings with the shared recognisers
(:func:`geo.incidents.fronted.fronted_lead`, :func:`geo.incidents.headings.heading_colon`,
:func:`geo.incidents.headings.dateline`) and protects more structural sites: a relative
clause on the place, a gapped clause after a passive trigger, a "when" clause after a
fronted place, a multi-word name in the object, a road named by its ends before the place
and a list of locatives.

The sentences are written for these tests (none comes from a labelled set).
"""

from __future__ import annotations

import pytest

from geo.incidents.fronted import fronted_lead
from geo.incidents.gate import PROTECTED, mention_features, shared_scores
from geo.incidents.headings import dateline, heading_colon

from .incident_helpers import MOB, NSO, primary


def _direct(text: str, name: str, trigger: str, *others: str) -> str:
    """The ``direct=`` value of the first mention ``name`` read with ``trigger``; ``others`` are
    the other places of the sentence."""
    start, t0 = text.index(name), text.index(trigger)
    spans = [(text.index(o), text.index(o) + len(o)) for o in others]
    feats = mention_features(text, start, start + len(name), (0, len(text)), "place", None,
                             [("Violence against civilians", "Attack", (t0, t0 + len(trigger)), 0.8)], spans)
    (direct,) = [f for f in feats if f.startswith("direct=")]
    assert bool(feats & PROTECTED) == (direct != "direct=no")
    return direct.removeprefix("direct=")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("- In the town of ", "in"),
        ("Lakeside district:\nat ", "at"),
        ("Across the lake in ", "in"),
        ("Elsewhere, near ", "near"),
        ("Shops were closed; in the village of ", "in"),
        ("Soldiers stayed in ", None),
    ],
)
def test_the_shared_fronted_lead_knows_bullets_colons_lines_and_settlement_nouns(lead, expected):
    assert fronted_lead(lead) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Lysivka community: drones hit a barn.", "Lysivka"),
        ("Dovzhyk hromada: 4 shells, no casualties.", "Dovzhyk"),
        ("• Marle: a curfew was declared.", "Marle"),
    ],
)
def test_a_place_before_its_kind_noun_or_after_a_bullet_heads_an_item_even_on_the_first_line(text, name):
    start = text.index(name)
    assert heading_colon(text, 0, start, start + len(name)) == text.index(":")
    assert not dateline(text, 0, start, start + len(name))


def test_a_bare_name_and_colon_opening_a_story_is_its_dateline():
    text = "KORVEL: Gunmen killed four traders at a market on Monday."
    assert dateline(text, 0, 0, 6)


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Weekly update.\n- Dovhe community: the enemy fired on a farm with mortars.", "Dovhe", "fired"),
        ("Weekly update.\nMarivka: The rebels announced they had seized the police post.", "Marivka", "seized"),
        ("Weekly update. Lutova: 3 drone strikes; Pisky hromada: shelling of a school.", "Pisky", "shelling"),
    ],
)
def test_a_heading_protects_its_place_whatever_verb_its_item_goes_on_with(text, name, trigger):
    assert _direct(text, name, trigger) == "heading"


def test_a_dateline_heading_is_not_protected():
    text = "MARIVKA: The rebels announced they had seized the police post."
    assert _direct(text, "MARIVKA", "seized") == "no"


@pytest.mark.parametrize(
    ("text", "name", "trigger", "others"),
    [
        ("- In Tarnava, a mob lynched two suspected thieves.", "Tarnava", "lynched", ()),
        ("In Kosovar, three guards were wounded when rioters stormed the depot.", "Kosovar", "rioters", ()),
        ("• In Dubeni, Lakeland County, two nurses were injured when a crowd stoned the clinic.", "Dubeni", "crowd",
         ("Lakeland County",)),
    ],
)
def test_a_fronted_place_after_a_bullet_or_before_a_when_clause_of_harm_is_protected(text, name, trigger, others):
    assert _direct(text, name, trigger, *others) == "fronted"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("In southern Vardonia, jets struck three towns.", "Vardonia", "jets"),
        ("In Kosovar, officials said a curfew began when rioters burned the depot.", "Kosovar", "rioters"),
    ],
)
def test_a_fronted_region_part_or_a_when_clause_after_speech_is_not_protected(text, name, trigger):
    assert _direct(text, name, trigger) == "no"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("The fighting moved to the edges of Ngara, where heavy shelling was reported overnight.", "Ngara", "shelling"),
        ("Rebels pulled back to Kiboko, which they shelled with mortars.", "Kiboko", "shelled"),
        ("Residents fled to Somo, where 12 people were killed on Friday.", "Somo", "killed"),
    ],
)
def test_a_relative_clause_on_the_place_holding_the_trigger_protects_it(text, name, trigger):
    assert _direct(text, name, trigger) == "relative"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("The leaders of Ngara, which expelled the foreign troops, met in May.", "Ngara", "expelled"),
        ("Aid reached Kiboko, where officials said the shelling had stopped.", "Kiboko", "shelling"),
    ],
)
def test_a_relative_clause_whose_subject_is_the_place_or_a_speaker_does_not_protect_it(text, name, trigger):
    assert _direct(text, name, trigger) == "no"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Lutsk a school and a shop were damaged, in Lutsivka a barn.", "Lutsivka"),
        ("Two fishermen were wounded, near Ostriv a woman and her son.", "Ostriv"),
    ],
)
def test_a_gapped_clause_after_a_passive_trigger_shares_its_verb(text, name):
    trigger = "were damaged" if "damaged" in text else "were wounded"
    assert _direct(text, name, trigger) == "gapped"


def test_a_place_after_a_passive_trigger_with_a_verb_of_its_own_is_no_gapped_clause():
    text = "A school was damaged, in Lutsivka officials counted the losses."
    assert _direct(text, "Lutsivka", "was damaged") == "no"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Militants overran the Northern Frontier Rangers' (NFR) outpost in Kadugli.", "Kadugli", "overran"),
        ("Rebels shelled the barracks of the army's 9th Mountain Brigade in Dilling.", "Dilling", "shelled"),
    ],
)
def test_a_run_of_capitalised_words_in_the_object_counts_as_one_name(text, name, trigger):
    assert _direct(text, name, trigger) in ("object", "target")


def test_a_road_named_by_its_two_ends_before_the_place_is_cut_out_of_the_gap():
    text = "A truck hit a mine on the axis Kaya-Barsalogho, near Dablo, killing two men."
    assert _direct(text, "Dablo", "mine", "Kaya", "Barsalogho") == "object"


@pytest.mark.parametrize(
    "text",
    [
        "Grenades were thrown near a mosque in Kalabo, at the central bus depot and outside a bank in Sesheke.",
        "Grenades were thrown outside a bank in Kalabo and in front of a clinic in Sesheke.",
    ],
)
def test_the_places_of_a_list_of_locatives_share_one_score(text):
    trigger = (0, 8)
    a, b = text.index("Kalabo"), text.index("Sesheke")
    assert shared_scores(text, [(a, a + 6, trigger, 0.9), (b, b + 7, trigger, 0.3)]) == [0.9, 0.9]


@pytest.mark.parametrize(
    "text",
    [
        "Grenades were thrown near a mosque in Kalabo, and police searched houses in Sesheke.",
        "Grenades were thrown near a mosque in Kalabo's old quarter and in Sesheke.",
    ],
)
def test_a_locative_list_with_a_verb_or_a_bare_last_locative_shares_no_score(text):
    trigger = (0, 8)
    a, b = text.index("Kalabo"), text.index("Sesheke")
    assert shared_scores(text, [(a, a + 6, trigger, 0.9), (b, b + 7, trigger, 0.3)]) == [0.9, 0.3]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Daily brief.\n- In Tarnava, a mob lynched two suspected thieves on Sunday.", "Tarnava", MOB),
        ("Daily brief.\nMarivka: The rebels announced they had seized full control of Marivka.", "Marivka", NSO),
    ],
)
def test_the_gate_keeps_the_violent_reading_of_a_bulleted_or_headed_site(text, name, expected):
    assert primary(text, name)[name] == expected

"""The learned violence gate: its weights load, its features, and what it demotes.

The sentences are written for these tests (none comes from a labelled set). Those
pinning demotions depend on the shipped weights: after retraining the gate
(``benchmarks/train_gate.py``), a change here is a change in behaviour to look at.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from geo.incidents.analysis import analyse
from geo.incidents.gate import (
    PROTECTED,
    ViolenceGate,
    demote,
    load_gate,
    mention_features,
    shared_scores,
)
from geo.incidents.tagger import tag_incidents, tag_mentions
from geo.model import VIOLENT_TYPES, Document

from .incident_helpers import find_mentions

WHEN = date(2025, 3, 3)


def test_the_shipped_weights_load():
    raw = json.loads(resources.files("geo.incidents").joinpath("data/gate.json").read_text("utf-8"))
    gate = load_gate()
    assert 0.0 < gate.threshold < 1.0
    assert gate.threshold == raw["threshold"]
    assert "bias" in gate.weights and len(gate.weights) > 100
    assert all(isinstance(w, float) for w in gate.weights.values())
    assert load_gate() is gate  # read once


def test_probability_is_a_logistic_of_the_summed_weights():
    gate = ViolenceGate({"bias": 1.0, "b1=near": 2.0, "kind=country": -4.0}, 0.5)
    assert gate.probability(["bias"]) == pytest.approx(0.7310586)
    assert gate.probability(["bias", "b1=near", "unknown=feature"]) == pytest.approx(0.9525741)
    assert gate.demotes(["bias", "kind=country"]) and not gate.demotes(["bias"])
    assert ViolenceGate({"bias": -1000.0}, 0.5).probability(["bias"]) == 0.0


def test_features_name_the_context_and_mask_names_and_numbers():
    text = "Nurses in Kigoma received 9 wounded patients after armed men attacked the Nduta camp."
    start = text.index("Kigoma")
    trigger = text.index("attacked")
    feats = mention_features(
        text, start, start + 6, (0, len(text)), "place", "city",
        [("Battles", "Armed clash", (trigger, trigger + 8), 0.7), ("Displacement", None, None, 0.5)],
        others=[(text.index("Nduta"), text.index("Nduta") + 5)],
        segments=[(0, len(text))],
    )
    assert {"b1=in", "b2=nurses in", "a1=received", "kind=city", "role=place", "rt=Battles",
            "tdir=after", "tw=attacked", "alt=Displacement", "places_between=0", "cuts=0"} <= feats
    assert {"btw=9", "aw=9", "btw=wounded"} <= feats  # numbers are "9"
    assert "bw=C" not in feats and "b1=nurses" not in feats  # the sentence's first word is not a name


def test_features_of_a_trigger_in_another_sentence():
    text = "Residents of Kharkiv spent the night in shelters. Bombs struck the city."
    feats = mention_features(text, 13, 20, (0, 49), "place", None,
                             [("Explosions/Remote violence", None, (56, 62), 0.6)])
    assert "tdir=elsewhere" in feats and not any(f.startswith("btw=") for f in feats)


def test_features_mark_direct_sites():
    text = "Gunmen killed five people in Dutsinma, police in Kano said. Mykolaiv was shelled overnight."
    first = (0, text.index(" Mykolaiv"))

    def direct(name: str, trigger: str, sentence: tuple[int, int]) -> set[str]:
        start, t0 = text.index(name), text.index(trigger)
        feats = mention_features(text, start, start + len(name), sentence, "place", None,
                                 [("Violence against civilians", "Attack", (t0, t0 + len(trigger)), 0.8)])
        return {f for f in feats if f.startswith("direct=")}

    assert direct("Dutsinma", "killed", first) == {"direct=object"}  # object and locative of the trigger
    assert direct("Kano", "killed", first) == {"direct=no"}  # a comma and another place between
    assert direct("Mykolaiv", "shelled", (first[1] + 1, len(text))) == {"direct=subject"}  # passive subject


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mykolaiv was shelled by Russian forces on Sunday.", "Mykolaiv"),
        ("Gunmen killed five people in Dutsinma on Sunday.", "Dutsinma"),
        # the event comes from the next sentence ("the town"): the rules tied it to the place on purpose
        ("Officials in Kupiansk met aid workers on Monday. Russian missiles struck the town at night.", "Kupiansk"),
    ],
)
def test_protected_mentions_are_never_demoted(text, name):
    occurrences = analyse(Document("t", text, WHEN), find_mentions(text, name), gate=False)
    before = occurrences[0].readings()
    assert before[0].incident_type in VIOLENT_TYPES
    demote(text, occurrences, ViolenceGate({"bias": -10.0}, 0.5))  # a gate that believes nothing
    assert occurrences[0].readings() == before


def test_protection_overrides_the_probability():
    gate = ViolenceGate({"bias": -10.0}, 0.5)
    assert gate.demotes(["bias", "direct=no"])
    assert not any(gate.demotes(["bias", f]) for f in PROTECTED)


def test_a_demoted_mention_keeps_its_best_non_violent_reading():
    text = "Troops clashed with gunmen in Kafanchan and arrested 12 suspects."
    occurrences = analyse(Document("t", text), find_mentions(text, "Kafanchan"), gate=False)
    assert occurrences[0].readings()[0].incident_type == "Battles"
    demote(text, occurrences, ViolenceGate({"bias": -10.0}, 0.5))  # a gate that believes nothing
    assert [(r.incident_type, r.sub_event_type) for r in occurrences[0].readings()] == [
        ("Strategic developments", "Arrests")]


def test_a_demoted_mention_without_one_is_only_mentioned():
    text = "Rioters looted shops and torched cars in Kafanchan, and police arrested 40 people there."
    occurrences = analyse(Document("t", text), find_mentions(text, "Kafanchan"), gate=False)
    demote(text, occurrences, ViolenceGate({"bias": -10.0}, 0.5))
    assert [r.incident_type for r in occurrences[0].readings()] == ["None"]


def test_a_gate_that_believes_everything_changes_nothing():
    text = "Jets bombed the outskirts of Idlib overnight, and the wounded were taken to Ariha."
    mentions = find_mentions(text, "Idlib", "Ariha")
    before = [o.readings() for o in analyse(Document("t", text), mentions, gate=False)]
    occurrences = analyse(Document("t", text), mentions, gate=False)
    demote(text, occurrences, ViolenceGate({"bias": 10.0}, 0.5))
    assert [o.readings() for o in occurrences] == before


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where the wounded were treated, not where the attack was
        ("Nurses in Kigoma received 9 wounded patients after armed men attacked the Nduta camp on Friday.",
         "Kigoma"),
        # where the wounded were treated, not where the bus was attacked
        ("Doctors in Mombasa treated 14 people wounded when gunmen attacked a bus near Lamu.", "Mombasa"),
        # where the condemnation came from
        ("The bombing in Kandahar drew condemnation from officials in Islamabad.", "Islamabad"),
        # what the fighting is said to be for
        ("The militants said the raids were in support of Muslims in Kashmir.", "Kashmir"),
        # where the mourners live, not where the strike fell
        (("The people of Hermel buried the young man who was killed yesterday in the drone strike on the "
          "outskirts of Baalbek."), "Hermel"),
    ],
)
def test_the_gate_demotes_places_that_are_not_the_site(text, name):
    mentions = find_mentions(text, name)
    doc = Document("t", text, WHEN)
    assert tag_mentions(doc, mentions, gate=False)[0].primary.incident_type in VIOLENT_TYPES  # the rules alone
    assert [r.incident_type for r in tag_mentions(doc, mentions, gate=True)[0].readings] == ["None"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nurses in Kigoma received 9 wounded patients after armed men attacked the Nduta camp on Friday.",
         "Nduta"),
        (("The people of Hermel buried the young man who was killed yesterday in the drone strike on the "
          "outskirts of Baalbek."), "Baalbek"),
        ("Jets bombed the outskirts of Idlib overnight, killing four civilians.", "Idlib"),
        ("A roadside bomb hit an army truck near Mandera, and the injured soldiers were evacuated to Nairobi.",
         "Mandera"),
        ("Drones struck a fuel depot in Novoshakhtinsk overnight, and flights at Rostov airport were suspended.",
         "Novoshakhtinsk"),
        ("Shells hit the market of Kostiantynivka on Tuesday, killing three.", "Kostiantynivka"),
        ("Mykolaiv was shelled by Russian forces on Sunday.", "Mykolaiv"),
    ],
)
def test_the_gate_keeps_event_sites(text, name):
    mentions = find_mentions(text, name)
    doc = Document("t", text, WHEN)
    rules = tag_mentions(doc, mentions, gate=False)[0].primary
    gated = tag_mentions(doc, mentions, gate=True)[0].primary
    assert rules.incident_type in VIOLENT_TYPES
    assert (gated.incident_type, gated.sub_event_type) == (rules.incident_type, rules.sub_event_type)


def test_incidents_follow_the_gate():
    text = "Nurses in Kigoma received 9 wounded patients after armed men attacked the Nduta camp on Friday."
    mentions = find_mentions(text, "Kigoma", "Nduta")

    def types(gate: bool) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for i in tag_incidents(Document("t", text, WHEN), mentions, gate=gate):
            out.setdefault(i.mention.text, set()).add(i.incident_type)
        return out

    assert types(gate=False) == {"Kigoma": {"Battles"}, "Nduta": {"Violence against civilians"}}
    assert types(gate=True) == {"Kigoma": {"None"}, "Nduta": {"Violence against civilians"}}


def test_the_gate_is_on_by_default():
    text = "Nurses in Kigoma received 9 wounded patients after armed men attacked the Nduta camp on Friday."
    doc, mentions = Document("t", text, WHEN), find_mentions(text, "Kigoma")
    assert tag_mentions(doc, mentions) == tag_mentions(doc, mentions, gate=True)
    assert tag_mentions(doc, mentions) != tag_mentions(doc, mentions, gate=False)
    assert tag_incidents(doc, mentions) == tag_incidents(doc, mentions, gate=True)


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        # the locative of the verb that tells that the trigger noun happened
        ("A roadside bomb exploded near a bus in Gao on Sunday.", "Gao", "roadside bomb", "happened"),
        ("A shell left over from the war went off under a cart near Kuito.", "Kuito", "shell", "happened"),
        ("Mortar rounds landed in the market of Kassala.", "Kassala", "Mortar rounds", "no"),  # "of": not a rule
        # ... but not of another verb after it
        ("The blast prompted residents to flee to Kassala.", "Kassala", "blast", "no"),
        # the locative of the trigger's subject, right before the trigger verb
        ("Soldiers in Kindu shot dead two fishermen.", "Kindu", "shot dead", "agent"),
        ("Nurses in Kigoma received patients after gunmen attacked a camp.", "Kigoma", "attacked", "no"),
        # a predicate coordinated with the trigger's
        ("Youths drove a truck into the town hall in Kumasi and set it alight.", "Kumasi", "set it alight", "conj"),
        # the locative of an event noun, unless a recalled one
        ("Bandits killed six traders going home in an ambush near Funtua.", "Funtua", "killed", "event"),
        ("The raid revived memories of the 2019 massacre at Funtua.", "Funtua", "raid", "no"),
        # the place of the trigger's target
        ("Gunmen abducted 40 pupils from a school in Kagara.", "Kagara", "abducted", "target"),
        ("Jets shelled the positions of the militia in Tawila.", "Tawila", "shelled", "target"),
        ("Ten died in an attack blamed on ADF fighters against a camp in Oicha.", "Oicha", "attack", "target"),
        ("The bombing drew condemnation from officials in Quetta.", "Quetta", "bombing", "no"),
        ("Rockets were launched from hills near Marjayoun.", "Marjayoun", "Rockets", "no"),
        ("Gangs have killed dozens of bus drivers in Lima this year.", "Lima", "killed", "no"),
    ],
)
def test_direct_sites_are_named_by_their_structure(text, name, trigger, expected):
    start, t0 = text.index(name), text.index(trigger)
    feats = mention_features(text, start, start + len(name), (0, len(text)), "place", None,
                             [("Violence against civilians", "Attack", (t0, t0 + len(trigger)), 0.8)])
    assert {f for f in feats if f.startswith("direct=")} == {f"direct={expected}"}
    assert bool(feats & PROTECTED) == (expected != "no")


def test_a_coordinated_list_shares_its_best_score():
    text = "Jets bombed Ariha, Saraqib and the town of Binnish, while talks went on in Ankara and Sochi."
    bombed, talks = (5, 11), (62, 66)

    def at(name: str, trigger: tuple[int, int], score: float) -> tuple[int, int, tuple[int, int], float]:
        return (text.index(name), text.index(name) + len(name), trigger, score)

    items = [at("Binnish", bombed, 0.4), at("Ariha", bombed, 0.9), at("Saraqib", bombed, 0.2),
             at("Ankara", talks, 0.3), at("Sochi", talks, 0.1)]
    assert shared_scores(text, items) == [0.9, 0.9, 0.9, 0.3, 0.3]
    # another trigger breaks the list
    assert shared_scores(text, [at("Ariha", bombed, 0.9), at("Saraqib", talks, 0.2)]) == [0.9, 0.2]


def test_a_list_is_kept_when_the_gate_believes_one_member():
    text = "Warplanes targeted villages near Aleppo, and the cities of Kafr Nabl, Jericho and the town of Qaminas."
    names = ("Kafr Nabl", "Jericho", "Qaminas")
    doc = Document("t", text, WHEN)
    rules = [m.primary for m in tag_mentions(doc, find_mentions(text, *names), gate=False)]
    gated = [m.primary for m in tag_mentions(doc, find_mentions(text, *names), gate=True)]
    assert all(r.incident_type in VIOLENT_TYPES for r in rules)
    assert gated == rules

"""The learned type model: its weights load, how it scores, and which events it drops.

The sentences are written for these tests (none comes from a labelled set). The tests
of mechanisms use hand-made weights; those that pin what the shipped model drops depend
on its weights: after retraining (``benchmarks/train_types.py``), a change there is a
change in behaviour to look at.
"""

from __future__ import annotations

import dataclasses
import json
import math
from importlib import resources

import pytest

from geo.incidents import EVENT_TYPES, SUB_EVENT_TYPES, tag_mentions
from geo.incidents.analysis import analyse
from geo.incidents.gate import PROTECTED, occurrence_features
from geo.incidents.typemodel import (
    TypeModel,
    load_type_model,
    revise,
    sentence_words,
)
from geo.model import Document

from .incident_helpers import find_mentions, primary

NONE_AT = EVENT_TYPES.index("None")


def _towards_none(weight: float) -> tuple[float, ...]:
    """A weight tuple that only raises the score of ``None``."""
    return tuple(weight if i == NONE_AT else 0.0 for i in range(len(EVENT_TYPES)))


def _occurrences(text: str, *names: str):
    return analyse(Document("t", text), find_mentions(text, *names), gate=False)


def test_the_shipped_weights_load():
    raw = json.loads(resources.files("geo.incidents").joinpath("data/types.json").read_text("utf-8"))
    model = load_type_model()
    assert model.classes == EVENT_TYPES
    assert model.margin == raw["margin"] and -1.0 < model.margin < 1.0
    assert "bias" in model.weights and len(model.weights) > 1000
    assert all(len(w) == len(EVENT_TYPES) for w in model.weights.values())
    assert load_type_model() is model  # read once


def test_scores_are_independent_logistics_of_the_summed_weights():
    model = TypeModel(("Battles", "None"), {"bias": (1.0, -1.0), "b1=near": (2.0, 0.0)}, 0.1)
    p = model.probabilities(["bias", "b1=near", "unknown=feature"])
    assert p["Battles"] == pytest.approx(0.9525741) and p["None"] == pytest.approx(0.2689414)
    assert TypeModel(("None",), {"bias": (-1000.0,)}, 0.1).probabilities(["bias"]) == {"None": 0.0}


@pytest.mark.parametrize("margin, support, kept", [
    (0.1, 0.2, True), (0.1, -0.05, True), (0.1, -0.09, True), (0.1, -0.11, False), (0.1, -0.4, False),
    # a negative margin asks the event to lead None
    (-0.1, 0.2, True), (-0.1, 0.11, True), (-0.1, 0.09, False), (-0.1, -0.05, False),
])
def test_an_event_is_kept_unless_none_beats_it_by_the_margin(margin, support, kept):
    # a lone place in its sentence; None's score is 0.5 (logit 0), the event's 0.5 + support
    text = "Residents fled to Katsina."
    occurrences = _occurrences(text, "Katsina")
    assert occurrences[0].events
    logit = -math.log(1 / (0.5 + support) - 1)
    model = TypeModel(EVENT_TYPES, {"bias": tuple(logit if t == "Displacement" else 0.0 for t in EVENT_TYPES)}, margin)
    assert model.support({"bias"}, "Displacement") == pytest.approx(support)
    revise(text, occurrences, model)
    assert bool(occurrences[0].events) is kept


@pytest.mark.parametrize("text, words", [
    ("Gunmen attacked Kafr Nabl, 3 km away.", {"sw=gunmen", "sw=attacked", "sw=kafr", "sw=nabl", "sw=km", "sw=away"}),
    ("The army's long-held \"anniversary\" raid", {"sw=the", "sw=army's", "sw=long-held", "sw=anniversary", "sw=raid"}),
])
def test_sentence_words_are_the_lower_cased_words_once_each(text, words):
    assert sentence_words(text, (0, len(text))) == words
    assert sentence_words("Ignored. " + text, (9, 9 + len(text))) == words


def test_a_word_far_from_the_place_reaches_the_model():
    # "anniversary" lies outside every window of the gate's features around Katsina
    text = "Residents fled to Katsina last week, officials said at a ceremony marking the anniversary."
    occurrences = _occurrences(text, "Katsina")
    spans = [(o.mention.start, o.mention.end) for o in occurrences]
    assert "aw=anniversary" not in occurrence_features(text, occurrences[0], spans)
    revise(text, occurrences, TypeModel(EVENT_TYPES, {"sw=parade": _towards_none(10.0)}, 0.1))
    assert occurrences[0].events
    revise(text, occurrences, TypeModel(EVENT_TYPES, {"sw=anniversary": _towards_none(10.0)}, 0.1))
    assert not occurrences[0].events


@pytest.mark.parametrize("protected", sorted(PROTECTED))
def test_a_place_that_hangs_plainly_on_its_trigger_is_never_dropped(protected):
    model = TypeModel(EVENT_TYPES, {"bias": _towards_none(10.0)}, 0.1)
    assert model.support({"bias"}, "Battles") < -0.49
    assert model.support({"bias", protected}, "Battles") == 1.0


def test_only_the_events_the_model_does_not_believe_are_dropped():
    text = "Gunmen killed five people in Dutsinma, and residents fled to Katsina."
    occurrences = _occurrences(text, "Dutsinma", "Katsina")
    assert [o.events[0][0].event_type for o in occurrences] == ["Violence against civilians", "Displacement"]
    spans = [(o.mention.start, o.mention.end) for o in occurrences]
    assert "b1=to" in occurrence_features(text, occurrences[1], spans)
    revise(text, occurrences, TypeModel(EVENT_TYPES, {"b1=to": _towards_none(10.0)}, 0.1))
    assert [bool(o.events) for o in occurrences] == [True, False]
    assert occurrences[1].readings()[0].incident_type == "None"


def test_a_protected_place_keeps_its_event_when_the_model_drops_the_rest():
    text = "Gunmen killed five people in Dutsinma, and residents fled to Katsina."
    occurrences = _occurrences(text, "Dutsinma", "Katsina")
    revise(text, occurrences, TypeModel(EVENT_TYPES, {"bias": _towards_none(10.0)}, 0.1))
    assert [bool(o.events) for o in occurrences] == [True, False]  # "killed five people in Dutsinma"


@pytest.mark.parametrize("weights, kept", [
    ({"b1=of": _towards_none(10.0)}, [True, True, True]),  # only Binnish reads as unfounded: its list holds it
    ({"bias": _towards_none(10.0)}, [False, False, False]),
])
def test_a_coordinated_list_is_kept_or_dropped_together(weights, kept):
    text = "Jets carried out raids on the outskirts, hitting the towns of Binnish, Taftanaz and Sarmin."
    occurrences = _occurrences(text, "Binnish", "Taftanaz", "Sarmin")
    assert all(o.events for o in occurrences)
    revise(text, occurrences, TypeModel(EVENT_TYPES, weights, 0.1))
    assert [bool(o.events) for o in occurrences] == kept


def test_the_shipped_model_is_on_by_default_and_off_with_the_gate():
    # one of the model's known costs (conftest.OVERRULED_BY_THE_TYPE_MODEL): it depends on the weights
    text = "Nurses at the main hospital in Temi are holding a strike for a third day over unpaid allowances."
    mentions = find_mentions(text, "Temi")
    rules_alone = tag_mentions(Document("t", text), mentions, gate=False)[0].primary
    assert (rules_alone.incident_type, rules_alone.sub_event_type) == ("Protests", "Peaceful protest")
    assert primary(text, "Temi")["Temi"] == ("None", None)


def _towards(event_type: str, weight: float) -> tuple[float, ...]:
    """A weight tuple that only raises the score of ``event_type``."""
    return tuple(weight if t == event_type else 0.0 for t in EVENT_TYPES)


_SUB_TYPES = {"Battles": {"": "Armed clash", "fled": "Government regains territory"},
              "Strategic developments": {"": "Other", "fled": "Non-violent transfer of territory"}}


@pytest.mark.parametrize("scores, switch, expected", [
    ({"Battles": 0.9, "Riots": 0.5}, 0.1, "Battles"),
    ({"Battles": 0.55, "Riots": 0.5}, 0.1, None),  # leads by less than the switch
    ({"Battles": 0.9, "Riots": 0.5}, math.inf, None),  # no switch given: never
    ({"None": 0.9, "Riots": 0.5}, 0.1, None),  # None is a drop, never a type change
    ({"Riots": 0.9, "Battles": 0.5}, 0.1, None),  # the rules' type leads
    ({"Battles": 0.9, "Riots": 0.5, "Protests": 0.3}, 0.1, None),  # a protest is never made violent
    ({"Strategic developments": 0.9, "Riots": 0.5, "Protests": 0.3}, 0.1, "Strategic developments"),
])
def test_another_event_type_is_preferred_only_by_more_than_the_switch(scores, switch, expected):
    logit = {t: -math.log(1 / p - 1) for t, p in scores.items()}
    model = TypeModel(EVENT_TYPES, {"bias": tuple(logit.get(t, -20.0) for t in EVENT_TYPES)}, 0.1, switch)
    rules_type = "Protests" if "Protests" in scores else "Riots"
    assert model.retyped(model.probabilities({"bias"}), rules_type) == expected


@pytest.mark.parametrize("event_type, word, sub", [
    ("Battles", "fled", "Government regains territory"),
    ("Strategic developments", "fled", "Non-violent transfer of territory"),
    ("Battles", "clashed", "Armed clash"),  # a word without an entry: the type's default
    ("Displacement", "fled", None),  # no sub-types
])
def test_a_retyped_event_takes_the_sub_type_its_trigger_word_most_often_had(event_type, word, sub):
    assert TypeModel(EVENT_TYPES, {}, 0.1, 0.1, _SUB_TYPES).sub_event_type(event_type, word) == sub


def test_a_retyped_event_keeps_its_trigger_and_takes_the_new_type_and_sub_type():
    text = "Gunmen killed five people in Dutsinma, and residents fled to Katsina."
    occurrences = _occurrences(text, "Dutsinma", "Katsina")
    before = occurrences[1].events[0][0]
    assert before.event_type == "Displacement"
    retype = {"b1=to": _towards("Strategic developments", 10.0)}
    revise(text, occurrences, TypeModel(EVENT_TYPES, retype, 0.1, 0.1, _SUB_TYPES))
    after = occurrences[1].readings()[0]
    assert (after.incident_type, after.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert after.trigger == before.trigger and text[slice(*after.trigger)] == "fled"
    assert occurrences[0].readings()[0].incident_type == "Violence against civilians"  # "b1=to" is Katsina's only


def test_a_place_reading_of_the_preferred_type_is_put_first_instead():
    text = "Residents fled to Katsina."
    occurrences = _occurrences(text, "Katsina")
    event, confidence, state = occurrences[0].events[0]
    deal = dataclasses.replace(event, event_type="Strategic developments", sub_event_type="Agreement")
    occurrences[0].events.append((deal, confidence, state))
    retype = {"bias": _towards("Strategic developments", 10.0)}
    revise(text, occurrences, TypeModel(EVENT_TYPES, retype, 0.1, 0.1, _SUB_TYPES))
    assert [e.sub_event_type for e, _, _ in occurrences[0].events] == ["Agreement", None]


def test_a_place_that_hangs_plainly_on_its_trigger_is_never_retyped():
    text = "Gunmen killed five people in Dutsinma."
    occurrences = _occurrences(text, "Dutsinma")
    revise(text, occurrences, TypeModel(EVENT_TYPES, {"bias": _towards("Battles", 10.0)}, 0.1, 0.1, _SUB_TYPES))
    assert occurrences[0].readings()[0].incident_type == "Violence against civilians"


def test_the_shipped_sub_types_give_every_type_with_sub_types_a_default():
    model = load_type_model()
    assert 0.0 < model.switch < 1.0
    for event_type in EVENT_TYPES:
        if event_type not in ("None", "Displacement"):
            assert SUB_EVENT_TYPES[model.sub_event_type(event_type, "")] == event_type
    assert all(SUB_EVENT_TYPES[sub] == t for t, table in model.sub_types.items() for sub in table.values())

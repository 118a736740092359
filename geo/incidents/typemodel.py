"""A learned second check on every event reading: :class:`TypeModel`.

The rules, and after them the gate (:mod:`~geo.incidents.gate`), give each mention its
best reading. The gate checks only violent readings, and only whether the place is
the site. The type model reads the same features (:func:`~geo.incidents.gate.mention_features`:
the words around the mention, the words between it and its trigger, its role and
place kind, the rules' readings) and every word of the mention's sentence
(:func:`sentence_words`: "anniversary", "threatened", "hospital" far from the place),
and scores each of the eight types (ACLED's six, ``Displacement`` and ``None``) with
one logistic regression per type. It was trained on the rules' readings of blind
holdouts *before* the rules were fitted to them (and on the current rules' readings of
the studied sets), so it has learnt where the rules' first reading of unseen text tends
to give an event to a place that is only mentioned near it.

It overrules the rules in two ways (:func:`revise`):

* **drop**: when its score for ``None`` beats its score for the rules' type by
  :attr:`TypeModel.margin`, the event is dropped and the place is only mentioned. The
  places of a coordinated list read with one trigger are kept or dropped together, as
  the gate does (:func:`~geo.incidents.gate.shared_scores`).
* **retype**: when its score for another event type beats its score for the rules'
  type by :attr:`TypeModel.switch`, the event takes that type, unless the new type is
  violent and the rules' is not. The place's own reading of that type comes first if
  the rules made one; otherwise the event keeps its trigger and date, takes the
  sub-event type the training data most often gave the new type after that trigger
  word (:meth:`TypeModel.sub_event_type`), and its actors are read for the new type.

It never touches the event of a place that hangs plainly on its trigger (the gate's
:data:`~geo.incidents.gate.PROTECTED` features: "shelled Kharkiv", "Kharkiv was
shelled", "in an ambush near Zaria"), and it never makes an event where the rules
read none.

Like the gate it is on by default and off with ``gate=False`` (``incidentmap parse
--no-gate``): then the rules alone decide.

The weights are trained by ``benchmarks/train_types.py`` and shipped as
``geo/incidents/data/types.json``; inference is sums of weights and a logistic, in pure
Python.

Examples
--------
>>> model = TypeModel(("Battles", "None", "Riots"), {"bias": (0.0, 0.0, -9.0), "b1=from": (-2.0, 2.0, 0.0),
...                    "sw=mob": (-1.0, 0.0, 10.0)}, margin=0.1, switch=0.2, sub_types={"Riots": {"": "Mob violence"}})
>>> model.support({"bias", "b1=in"}, "Battles")  # kept: None does not beat Battles
0.0
>>> round(model.support({"bias", "b1=from"}, "Battles"), 2)  # dropped: below -margin
-0.76
>>> model.retyped(model.probabilities({"bias", "sw=mob"}), "Battles"), model.sub_event_type("Riots", "clashes")
('Riots', 'Mob violence')
>>> sorted(sentence_words("Gunmen attacked Kafr Nabl, 3 km away.", (0, 38)))
['sw=attacked', 'sw=away', 'sw=gunmen', 'sw=kafr', 'sw=km', 'sw=nabl']
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

from geo.incidents.gate import (
    PROTECTED,
    occurrence_features,
    sentence_spans,
    shared_scores,
)
from geo.incidents.readings import Occurrence
from geo.incidents.taxonomy import NONE, VIOLENT_EVENT_TYPES

__all__ = ["TypeModel", "load_type_model", "revise", "sentence_words", "trigger_word"]

_WORD = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True, slots=True)
class TypeModel:
    """One-vs-rest logistic regression over the eight types, and when to drop an event.

    Parameters
    ----------
    classes
        The types scored, in the order of each weight tuple.
    weights
        Feature name -> one weight per class; a feature not in it weighs nothing.
    margin
        How much the score for ``None`` must beat the score for the rules' type
        before the event is dropped; a negative margin drops an event whose lead over
        ``None`` is below ``-margin``.
    switch
        How much the score for another event type must beat the score for the rules'
        type before the event takes it; infinite (never) unless given.
    sub_types
        Event type -> the first word of a trigger -> the sub-event type a retyped event
        takes; the word ``""`` holds the type's default.
    """

    classes: tuple[str, ...]
    weights: Mapping[str, Sequence[float]]
    margin: float
    switch: float = math.inf
    sub_types: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """The model's score of each type, independently (they need not sum to 1).

        Examples
        --------
        >>> TypeModel(("None",), {"bias": (0.0,)}, 0.1).probabilities(["bias"])
        {'None': 0.5}
        """
        z = [0.0] * len(self.classes)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                z = [a + b for a, b in zip(z, w, strict=True)]
        return {c: _logistic(v) for c, v in zip(self.classes, z, strict=True)}

    def support(self, features: Iterable[str], rules_type: str) -> float:
        """How much more the model believes ``rules_type`` than ``None`` (from -1 to
        1); a protected mention's support is 1. An event whose support (shared along
        its coordinated list) is below ``-margin`` is dropped (:func:`revise`)."""
        features = set(features)
        if features & PROTECTED:
            return 1.0
        i, j = self.classes.index(rules_type), self.classes.index(NONE)
        z_rules = z_none = 0.0  # only the two columns compared, summed as probabilities() sums them
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                z_rules += w[i]
                z_none += w[j]
        return _logistic(z_rules) - _logistic(z_none)

    def retyped(self, p: Mapping[str, float], rules_type: str) -> str | None:
        """The event type the model prefers to ``rules_type`` by more than :attr:`switch`,
        given its scores ``p`` (:meth:`probabilities`); ``None`` when it prefers none, when
        it prefers ``None`` (a drop, not a change), or when its choice is violent and the
        rules' type is not (it never makes a place violent)."""
        best = max(self.classes, key=p.__getitem__)
        if best in (NONE, rules_type) or best in VIOLENT_EVENT_TYPES and rules_type not in VIOLENT_EVENT_TYPES:
            return None
        return best if p[best] - p[rules_type] > self.switch else None

    def sub_event_type(self, event_type: str, word: str) -> str | None:
        """The sub-event type a retyped event of ``event_type`` takes after a trigger
        whose first word is ``word`` (:func:`trigger_word`; ``None`` for a type without
        sub-types)."""
        table = self.sub_types.get(event_type, {})
        return table.get(word, table.get(""))


def sentence_words(text: str, sentence: tuple[int, int]) -> set[str]:
    """The type model's bag of words of a sentence: ``sw=`` and each lower-cased word
    (letters, apostrophes and hyphens; numbers left out), once each."""
    s0, s1 = sentence
    return {f"sw={w}" for w in _WORD.findall(text[s0:s1].lower())}


def _logistic(z: float) -> float:
    if z < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


@functools.cache
def load_type_model() -> TypeModel:
    """The type model shipped with the package (``geo/incidents/data/types.json``)."""
    raw = json.loads(resources.files("geo.incidents").joinpath("data/types.json").read_text("utf-8"))
    return TypeModel(tuple(raw["classes"]), {f: tuple(w) for f, w in raw["weights"].items()}, float(raw["margin"]),
                     float(raw.get("switch", math.inf)), raw.get("sub_types", {}))


def trigger_word(text: str, trigger: tuple[int, int]) -> str:
    """The first word of a trigger, lower-cased, as :attr:`TypeModel.sub_types` keys it.

    Examples
    --------
    >>> trigger_word("Gunmen Attacked the camp", (7, 15))
    'attacked'
    """
    found = _WORD.search(text[trigger[0]:trigger[1]].lower())
    return found.group() if found else ""


def revise(
    text: str, occurrences: Sequence[Occurrence], model: TypeModel, known: Mapping[int, set[str]] | None = None
) -> None:
    """Drop the events of the occurrences ``model`` believes are only mentioned, and retype
    those it reads as another event type (see the module docstring); ``occurrences`` are
    changed in place. ``known`` holds, by ``id()``, the gate's features of occurrences
    already read (:func:`~geo.incidents.gate.demote` keeps those of the occurrences it
    leaves as they were)."""
    known = known or {}
    spans = sentence_spans(occurrences)
    checked = [o for o in occurrences if o.events]
    words: dict[tuple[int, int], set[str]] = {}
    scores: list[dict[str, float] | None] = []  # every type's score, for the unprotected events a retype may take
    items = []
    for occ in checked:
        if occ.sentence not in words:
            words[occ.sentence] = sentence_words(text, occ.sentence)
        features = (known.get(id(occ)) or occurrence_features(text, occ, spans[occ.sentence])) | words[occ.sentence]
        rules_type = occ.events[0][0].event_type
        if model.switch < math.inf and not features & PROTECTED:  # one pass over the weights for both
            p = model.probabilities(features)
            support = p[rules_type] - p[NONE]
        else:
            p, support = None, model.support(features, rules_type)
        scores.append(p)
        items.append((occ.mention.start, occ.mention.end, occ.events[0][0].trigger, support))
    for occ, p, support in zip(checked, scores, shared_scores(text, items), strict=True):
        if support < -model.margin:
            occ.events.clear()
        elif p is not None and (new := model.retyped(p, occ.events[0][0].event_type)) is not None:
            _retype(text, occ, new, model)


def _retype(text: str, occ: Occurrence, event_type: str, model: TypeModel) -> None:
    """Put the occurrence's reading of ``event_type`` first, or give its first event that type."""
    for k, (event, _, _) in enumerate(occ.events):
        if event.event_type == event_type:
            occ.events.insert(0, occ.events.pop(k))
            return
    event, confidence, state = occ.events[0]
    sub = model.sub_event_type(event_type, trigger_word(text, event.trigger))
    occ.events[0] = (dataclasses.replace(event, event_type=event_type, sub_event_type=sub), confidence, state)

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

It overrules the rules in one way only: when its score for ``None`` beats its score
for the rules' type by :attr:`TypeModel.margin` (0.1 as shipped), the event is dropped
and the place is only mentioned. It never drops the event of a place that hangs
plainly on its trigger (the gate's :data:`~geo.incidents.gate.PROTECTED` features:
"shelled Kharkiv", "Kharkiv was shelled", "in an ambush near Zaria"), and it keeps or
drops the places of a coordinated list read with one trigger together, as the gate
does (:func:`~geo.incidents.gate.shared_scores`). It never makes an event, and never
changes one event type into another: on the holdouts nobody had studied, such changes
broke more readings than they fixed (``benchmarks/train_types.py``).

Like the gate it is on by default and off with ``gate=False`` (``incidentmap parse
--no-gate``): then the rules alone decide.

The weights are trained by ``benchmarks/train_types.py`` and shipped as
``geo/incidents/data/types.json``; inference is sums of weights and a logistic, in pure
Python.

Examples
--------
>>> model = TypeModel(("Battles", "None"), {"bias": (0.0, 0.0), "b1=from": (-2.0, 2.0)}, margin=0.1)
>>> model.support({"bias", "b1=in"}, "Battles")  # kept: None does not beat Battles
0.0
>>> round(model.support({"bias", "b1=from"}, "Battles"), 2)  # dropped: below -margin
-0.76
>>> sorted(sentence_words("Gunmen attacked Kafr Nabl, 3 km away.", (0, 38)))
['sw=attacked', 'sw=away', 'sw=gunmen', 'sw=kafr', 'sw=km', 'sw=nabl']
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from geo.incidents.gate import (
    PROTECTED,
    occurrence_features,
    sentence_spans,
    shared_scores,
)
from geo.incidents.readings import Occurrence
from geo.incidents.taxonomy import NONE

__all__ = ["TypeModel", "drop_unfounded", "load_type_model", "sentence_words"]

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
    """

    classes: tuple[str, ...]
    weights: Mapping[str, Sequence[float]]
    margin: float

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
        its coordinated list) is below ``-margin`` is dropped (:func:`drop_unfounded`)."""
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
    return TypeModel(tuple(raw["classes"]), {f: tuple(w) for f, w in raw["weights"].items()}, float(raw["margin"]))


def drop_unfounded(
    text: str, occurrences: Sequence[Occurrence], model: TypeModel, known: Mapping[int, set[str]] | None = None
) -> None:
    """Drop the events of the occurrences ``model`` believes are only mentioned (see the
    module docstring); ``occurrences`` are changed in place. ``known`` holds, by ``id()``, the
    gate's features of occurrences already read (:func:`~geo.incidents.gate.demote` keeps
    those of the occurrences it leaves as they were)."""
    known = known or {}
    spans = sentence_spans(occurrences)
    checked = [o for o in occurrences if o.events]
    words: dict[tuple[int, int], set[str]] = {}
    items = []
    for occ in checked:
        if occ.sentence not in words:
            words[occ.sentence] = sentence_words(text, occ.sentence)
        features = (known.get(id(occ)) or occurrence_features(text, occ, spans[occ.sentence])) | words[occ.sentence]
        items.append((occ.mention.start, occ.mention.end, occ.events[0][0].trigger,
                      model.support(features, occ.events[0][0].event_type)))
    for occ, support in zip(checked, shared_scores(text, items), strict=True):
        if support < -model.margin:
            occ.events.clear()

"""A learned check on the rules' violent readings: :class:`ViolenceGate`.

The rules sometimes give a violent event to a place that is only near it in the
sentence: the city whose health ministry gave the toll, the town a convoy was
heading for, the country a conference was about. The gate is a small logistic
regression over sparse, readable features of the mention's context (the words
before and after it, the words between it and the trigger of its violent reading,
its role and place kind, the rules' own readings) that scores how likely the
mention is the site of the violent event. When the rules' best reading is violent
and the score falls below the gate's threshold, the mention is *demoted*: its
violent readings are dropped, so that it keeps its best non-violent reading, or
none. A mention whose event the rules read from another sentence (an anaphor, a
carried-over event), or that is the trigger's own object, locative or passive
subject with nothing but the event phrase between them ("shelled Kharkiv",
"killed five people in Dutsinma", "Kharkiv was shelled"), is never demoted
(:data:`PROTECTED`). The gate is opt-in: ``tag_mentions(..., gate=True)`` or
``tag_incidents(..., gate=True)``.

The weights are trained by ``benchmarks/train_gate.py`` on the labelled incident
sets and shipped as ``geo/incidents/data/gate.json``; inference is a sum of
weights and a logistic, deterministic and in pure Python.

Examples
--------
>>> text = "Police in Kano said gunmen killed five people in Dutsinma."
>>> feats = mention_features(text, 10, 14, (0, len(text)), "place", None,
...                          [("Violence against civilians", "Attack", (27, 33), 0.8)])
>>> sorted(f for f in feats if f.startswith(("b1=", "a1=", "tdir=")))
['a1=said', 'b1=in', 'tdir=after']
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from geo.incidents.readings import Occurrence
from geo.incidents.taxonomy import VIOLENT_EVENT_TYPES

__all__ = ["PROTECTED", "ReadingTuple", "ViolenceGate", "demote", "load_gate", "mention_features"]

ReadingTuple = tuple[str, str | None, tuple[int, int] | None, float]
"""A reading as the gate sees it: ``(type, sub-event type, trigger span, confidence)``."""

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_WINDOW = 5  # words on each side of the mention
_BETWEEN = 12  # words between the mention and its trigger


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Closed-class words: a gap word outside them ending in -ed/-ing counts as a verb.
_FUNCTION = _set("""
    in at near on outside around inside across over under into onto from to toward towards through via between among
    against with without by for of off along behind beyond within throughout upon about after before since during
    until amid despite following the a an this that these those its their his her it they he she we who which where
    when whose what and but or while as because although though if than so yet nor was were is are be been being has
    have had will would could can may might should did does do not no said says told reported according claimed
    announced added stated confirmed also later then still already more least some several many all C 9""")
#: Words that open another clause (speech, time, relatives, contrast).
_CLAUSE = _set(
    "said says told according reported claimed announced where which who when while as because since after before "
    "following but")
_LOCATIVE = _set("in at near on outside around inside across over under within throughout along off")
_PATH = _set("from to toward towards into via through onto")
#: A path, purpose or agent between trigger and place: the place may be an end, an aim or an actor.
_NOT_SITE = _set("for against to toward towards by from into with of retake")
_AUXILIARY = _set("was were is are be been being has have had also reportedly again repeatedly")
_PASSIVE = _set("was were is are been")
#: Features of the mentions the gate never demotes (:meth:`ViolenceGate.demotes`): the
#: trigger is in another sentence (an anaphor or a carried-over event, which the rules
#: tied to the place on purpose), or the place is the trigger's own object or
#: locative ("shelled Kharkiv", "killed five people in Dutsinma") or its passive
#: subject ("Kharkiv was shelled"), with nothing but the event phrase between them.
PROTECTED = frozenset(("tdir=elsewhere", "direct=overlap", "direct=object", "direct=subject"))


def _words(text: str, first: bool = False) -> list[str]:
    """Lower-cased words of ``text``; a capitalised word (a name, unless it opens
    the sentence: ``first``) becomes ``"C"`` and a number ``"9"``."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isdigit():
            out.append("9")
        elif w[0].isupper() and (len(w) > 1 and w.isupper() or not (first and m.start() == 0)):
            out.append("C")  # a name or an acronym
        else:
            out.append(w.lower())
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def mention_features(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    role: str,
    kind: str | None,
    readings: Sequence[ReadingTuple],
    others: Sequence[tuple[int, int]] = (),
    segments: Sequence[tuple[int, int]] = (),
) -> set[str]:
    """The gate's features of one mention occurrence.

    Parameters
    ----------
    text
        The document text.
    start, end
        The mention's offsets.
    sentence
        The offsets of the mention's sentence.
    role
        The mention's role in its sentence (:class:`~geo.incidents.roles.Role` value).
    kind
        The gazetteer kind of the resolved place (``"country"``, ``"city"``, ...), or ``None``.
    readings
        The rules' readings of the mention, best first; the first one is the one gated.
    others
        The spans of the other place mentions of the sentence.
    segments
        The hard clause segments of the sentence (:class:`~geo.incidents.clauses.SentenceContext`).

    Returns
    -------
    set of str
        Binary features, each named ``"<group>=<value>"``.
    """
    s0, s1 = sentence
    before = _words(text[s0:start], first=True)
    after = _words(text[end:s1])
    kind_of, sub, trigger, confidence = readings[0] if readings else ("None", None, None, 0.0)
    feats = {
        "bias",
        f"rt={kind_of}",
        f"rs={sub}",
        f"role={role}",
        f"kind={kind}",
        f"conf={round(confidence, 1)}",
        f"b1={before[-1] if before else '^'}",
        f"a1={after[0] if after else '$'}",
        f"b2={' '.join(before[-2:]) if len(before) > 1 else '^'}",
        f"a2={' '.join(after[:2]) if len(after) > 1 else '$'}",
        f"places={_bucket(len(others))}",
    }
    feats.update(f"bw={w}" for w in before[-_WINDOW:])
    feats.update(f"aw={w}" for w in after[:_WINDOW])
    for other in readings[1:]:
        feats.add(f"alt={other[0]}" if other[0] not in VIOLENT_EVENT_TYPES else "alt=violent")
    if trigger is None:
        feats.add("tdir=none")
        return feats
    t0, t1 = trigger
    feats.add(f"tw={' '.join(text[t0:t1].lower().split())}")
    if not s0 <= t0 < s1:
        feats.add("tdir=elsewhere")  # read from another sentence (anaphora, carry-over)
        return feats
    if t0 >= end:
        lo, hi, direction = end, t0, "after"
    elif t1 <= start:
        lo, hi, direction = t1, start, "before"
    else:
        lo, hi, direction = start, start, "overlap"
    feats.add(f"tdir={direction}")
    gap_text = text[lo:hi]
    gap = _words(gap_text)
    feats.add(f"tdist={_bucket(len(gap))}")
    feats.update(f"btw={w}" for w in (gap if len(gap) <= _BETWEEN else gap[:_BETWEEN // 2] + gap[-_BETWEEN // 2:]))
    feats.add(f"commas={min(gap_text.count(','), 3)}")
    between = sum(1 for a, b in others if lo <= a and b <= hi)
    feats.add(f"places_between={min(between, 3)}")
    cuts = 0
    if segments:
        cuts = sum(1 for a, _ in segments if lo < a <= hi)
        feats.add(f"cuts={min(cuts, 2)}")
    verbs = sum(1 for w in gap if w not in _FUNCTION and w.endswith(("ed", "ing")))
    clause = [w for w in gap if w in _CLAUSE]
    feats.add(f"gapverbs={min(verbs, 2)}")
    feats.add(f"gapclause={min(len(clause), 2)}")
    feats.update(f"gcl={w}" for w in clause)
    feats.add(f"dirb1={direction}:{_prep_class(before[-1] if before else '^')}")
    plain = not gap_text.count(",") and not between and not cuts and not clause
    hyphen = text[t0 - 1:t0] == "-" or text[t1:t1 + 1] == "-"  # "rebel-held", "Russian-occupied"
    if direction == "overlap":
        feats.add("direct=overlap")
    elif (direction == "before" and plain and not hyphen and len(gap) <= 6 and not verbs and not set(gap) & _NOT_SITE
          and (not gap or gap[-1] in _LOCATIVE)):
        feats.add("direct=object")  # "shelled Kharkiv", "killed five people in Dutsinma"
    elif direction == "after" and plain and gap and set(gap) <= _AUXILIARY and set(gap) & _PASSIVE and len(gap) <= 3:
        feats.add("direct=subject")  # "Kharkiv was shelled"
    else:
        feats.add("direct=no")
    return feats


def _prep_class(word: str) -> str:
    if word in _LOCATIVE:
        return "loc"
    if word in _PATH:
        return "path"
    return word if word in ("of", "by", "C", "^") else "fn" if word in _FUNCTION else "w"


@dataclass(frozen=True, slots=True)
class ViolenceGate:
    """Logistic-regression weights and the demotion threshold.

    ``weights`` maps feature names (see :func:`mention_features`) to weights; a
    feature not in it weighs nothing.
    """

    weights: dict[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        """How likely the mention is the site of its violent reading.

        Examples
        --------
        >>> ViolenceGate({"bias": 0.0}, 0.3).probability(["bias"])
        0.5
        """
        z = sum(self.weights.get(f, 0.0) for f in features)
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def demotes(self, features: Iterable[str]) -> bool:
        """Whether a violent reading with these features should be dropped: never
        for a protected mention (:data:`PROTECTED`), otherwise when the probability
        falls below the threshold."""
        features = set(features)
        return not features & PROTECTED and self.probability(features) < self.threshold


@functools.cache
def load_gate() -> ViolenceGate:
    """The gate shipped with the package (``geo/incidents/data/gate.json``)."""
    raw = json.loads(resources.files("geo.incidents").joinpath("data/gate.json").read_text("utf-8"))
    return ViolenceGate(dict(raw["weights"]), float(raw["threshold"]))


def demote(text: str, occurrences: Sequence[Occurrence], gate: ViolenceGate) -> None:
    """Drop the violent readings of the occurrences the gate does not believe.

    An occurrence is gated when its best reading is violent; when the gate demotes
    it, all its violent readings go, so that it keeps its best non-violent reading
    (a protest, an arrest, displacement), or none. ``occurrences`` are changed in place.
    """
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for occ in occurrences:
        spans.setdefault(occ.sentence, []).append((occ.mention.start, occ.mention.end))
    for occ in occurrences:
        if not occ.events or occ.events[0][0].event_type not in VIOLENT_EVENT_TYPES:
            continue
        m = occ.mention
        first, _, state = occ.events[0]
        s0, s1 = occ.sentence
        ctx = state.ctx
        segments = [(a, b) for a, b, _ in ctx.segments] if ctx.start == s0 and s0 <= first.trigger[0] < s1 else ()
        feats = mention_features(
            text, m.start, m.end, occ.sentence, occ.role.value,
            m.place.kind.value if m.place is not None else None,
            [(e.event_type, e.sub_event_type, e.trigger, c) for e, c, _ in occ.events],
            [s for s in spans[occ.sentence] if s != (m.start, m.end)],
            segments,
        )
        if gate.demotes(feats):
            occ.events[:] = [x for x in occ.events if x[0].event_type not in VIOLENT_EVENT_TYPES]

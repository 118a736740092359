"""Events told in the sentence next to a place's, for a place still without one.

* "Odesa came under fire again. A missile hit a grain terminal, injuring six": a
  sentence that announces trouble at its places (:data:`SCENE_WORDS`), followed in
  the same paragraph by a sentence with events and no place of its own, gives its
  event-less places those events;
* "Attacks killed nearly 200 people. The violence was concentrated in Bokkos": a
  place where "the violence" of the sentence before happened takes its events, unless
  that noun is told as unreal or background in its own sentence ("The killings recall
  the massacre in X in March 2022");
* "Police fired on marchers in Beira. The clashes were worst in Munhava": "the clashes"
  with no one named that go on with a protest of the sentence before are that protest
  (:func:`protest_clashes`), not a battle;
* "Drones hit Nikopol district overnight. A man was injured in Marhanets": a toll told
  with no cause of its own, right after strikes in the same paragraph, is the strikes'
  (:func:`strike_toll`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from datetime import date as Date
from functools import partial

from gazetteer.model import Mention
from geo.incidents.anaphora import ANAPHOR_FACTOR, true_role
from geo.incidents.clauses import SentenceContext
from geo.incidents.events import DocumentContext, Event
from geo.incidents.lexicon import Cue, Rule
from geo.incidents.matcher import DocumentScan, normalize
from geo.incidents.modality import is_unreal
from geo.incidents.readings import Occurrence, SentenceState
from geo.incidents.roles import MentionRoles, Role
from geo.incidents.rules import evaluate
from geo.incidents.selection import select

__all__ = ["EVENT_NOUNS", "SCENE_WORDS", "carry_over", "protest_clashes", "strike_toll"]

# "The confrontations were registered mainly on ...": clashes the sentence before told.
_DEFINITE_CLASHES = re.compile(r"(?<!\S)(?:the|these|those|such)\s+(?:\S+\s+)?$")
_CLASH_NOUN = re.compile(r"^(?:clashes|confrontations?|skirmishes)$")
_STREET_TYPES = frozenset(("Protests", "Riots"))

# The place is where "the violence" of the sentence before happened ("The violence was
# concentrated in the Bokkos and Barkin Ladi areas").
EVENT_NOUNS = (
    "violence", "attack", "attacks", "fighting", "clashes", "killings", "massacre", "assault", "raid",
    "raids", "strikes", "shelling", "bombing", "bombings", "explosion", "explosions", "blast", "blasts",
    "unrest",
)
_EVENT_ANAPHOR = re.compile(
    r"(?<!\S)(?:the|this|these|that)\s+(?:(?:latest|deadly|recent|same|worst|renewed)\s+)?"
    r"(?:violence|attacks?|fighting|clashes|killings|massacre|assault|raids?|strikes|shelling|"
    r"bombings?|explosions?|blasts?|unrest|violence)\s+(?:\S+\s+){0,3}?"
    r"(?:in|at|near|around)\s+(?:the\s+)?(?:(?:\S+\s+){0,3}?(?:and|or)\s+(?:the\s+)?)?$"
)

# "since the violence erupted in X": the violence that opened a period, not the events before
# ("the first use of drones since the violence erupted in X in May 2023")
_SINCE_ANAPHOR = re.compile(r"(?<!\S)since\s+(?:the|this|these|that)\s+(?:\S+\s+){1,6}?(?:in|at|near|around)\s")

# A sentence that announces trouble at a place without saying what happened, so the
# next sentence (with no place of its own) tells it: "Odesa came under fire again."
SCENE_WORDS = (
    "violence", "unrest", "siren", "sirens", "explosions", "came under", "comes under", "come under",
    "under attack", "under fire", "was hit", "were hit", "hit again", "struck again", "another night",
    "shelter", "shelters", "bloodshed", "carnage", "flared", "flare", "woke to", "awoke to",
)


def carry_over(
    text: str, doc: DocumentContext, scanned: DocumentScan, when: Date | None, sentences: list[tuple[int, int]],
    by_sentence: dict[int, list[int]], anaphors: dict[int, list[tuple[int, int, str]]],
    out: Sequence[Occurrence | None], mentions: Sequence[Mention], has_trigger: Callable[[int], bool],
    contexts: dict[int, SentenceContext], roles_of: dict[int, MentionRoles],
) -> None:
    """Give the event-less places of each sentence the events told in the sentence
    before ("the violence ... in X") or after (a scene sentence), as the module says.

    ``by_sentence`` holds the indexes in ``mentions`` (and ``out``) of the mentions
    of each sentence, ``anaphors`` the sentences with anaphors, ``has_trigger`` tells
    whether a sentence has a trigger word, and ``contexts``, ``roles_of`` are the
    sentence contexts and mention roles computed so far (added to as needed).
    """
    n_sentences = len(sentences)
    starts = [a for a, _ in sentences]

    def sentences_with(group: str) -> set[int]:
        return {bisect.bisect_right(starts, a) - 1 for a, _ in scanned.words(group)}

    def give(k: int, idxs: list[int], picked: list[tuple[Event, float]], state: SentenceState,
             where: Callable[[Mention], bool] | None = None) -> None:
        """Give the ``picked`` events of a sentence next to ``k`` to the event-less places
        of ``k`` (only those ``where`` says the events happened, if given): "Drones hit Y
        overnight. A man was injured in X" gives X the strike."""
        for i in idxs:
            occ = out[i]
            if occ is None or occ.events:
                continue
            if where is not None and not where(occ.mention):
                continue
            if true_role(text, k, sentences, by_sentence, mentions, contexts, roles_of, i) is not Role.PLACE:
                continue
            occ.events = [(e, round(e.confidence * f * ANAPHOR_FACTOR * 0.9, 3), state) for e, f in picked]

    event_nouns: set[int] | None = None
    scenes: set[int] | None = None
    for k, idxs in by_sentence.items():
        waiting = [i for i in idxs if not out[i].events]
        if k > 0 and len(waiting) < len(idxs):
            protest_clashes(text, doc, sentences, k, idxs, out, contexts)
        if not waiting:
            continue
        s0, s1 = sentences[k]
        # "the violence ... in X": the events of the previous sentence
        if k > 0 and by_sentence.get(k - 1):
            if event_nouns is None:
                event_nouns = sentences_with("event")
        if k > 0 and by_sentence.get(k - 1) and k in event_nouns:
            before = [o for o in (out[i] for i in by_sentence[k - 1]) if o is not None and o.events]
            if before:
                for i in idxs:
                    occ = out[i]
                    if occ is None or occ.events:
                        continue
                    m = occ.mention
                    lead = normalize(text[max(s0, m.start - 80) : m.start])
                    if _EVENT_ANAPHOR.search(lead) and not _SINCE_ANAPHOR.search(lead) \
                            and not _unreal_noun(text, contexts, k, s0, s1, max(s0, m.start - 80), m.start, when) \
                            and true_role(text, k, sentences, by_sentence, mentions, contexts, roles_of, i) is Role.PLACE:
                        # not a frame: "... and the monitor heard the explosions in X" (X only heard them)
                        best = max(before, key=lambda o: o.events[0][1])
                        occ.events = [(e, round(c * ANAPHOR_FACTOR, 3), st) for e, c, st in best.events]
        # the next sentence tells what happened
        if len(waiting) < len(idxs):
            continue  # the sentence has its own events: its story is told
        toll = strike_toll(text, doc, sentences, k, contexts) if k > 0 else []
        if toll:
            state = SentenceState(contexts.get(k) or SentenceContext(text, s0, s1), when)
            give(k, idxs, toll, state, where=partial(toll_place, text, state.ctx))
            continue
        if k + 1 >= n_sentences or (k + 1) in by_sentence or (k + 1) in anaphors or not has_trigger(k + 1):
            continue
        n0 = sentences[k + 1][0]
        if "\n\n" in text[s1:n0] or "\n\n" in text[s0:s1].strip():
            continue
        if scenes is None:
            scenes = sentences_with("scene")
        if k not in scenes:
            continue
        ctx, events = _events_of(text, doc, sentences, contexts, k + 1)
        if not events:
            continue
        give(k, idxs, select([(e, 1.0) for e in events]), SentenceState(ctx, when))


def _events_of(
    text: str, doc: DocumentContext, sentences: list[tuple[int, int]], contexts: dict[int, SentenceContext], j: int,
) -> tuple[SentenceContext, list[Event]]:
    """The context of sentence ``j`` (the one computed so far, else a new one) and its
    events that are not weak: "Drones hit Nikopol district overnight." gives the strike."""
    ctx = contexts.get(j) or SentenceContext(text, *sentences[j])
    return ctx, [e for e in evaluate(ctx, doc) if not e.weak] if ctx.units else []


# Casualty words that tell a toll: "a man was injured in X", "two civilians were killed in Y".
_TOLL_WORDS = frozenset(("killed", "wounded", "injured", "died", "dead"))
_TOLL_TYPES = frozenset(("Explosions/Remote violence",))
# ... and of attacks and clashes: "Gunmen attacked villages east of the river. In X, at least 20
# civilians were killed" (not a change of hands: "the army retook A. Two soldiers died in B").
_TOLL_SUBTYPES = frozenset((("Violence against civilians", "Attack"), ("Battles", "Armed clash")))
# How many sentences after a toll that opens its paragraph may tell its cause.
_PARAGRAPH_SPAN = 3


def _toll_cause(event: Event) -> bool:
    """Whether ``event`` is a strike, an attack or a clash a toll right after it can be of."""
    return event.event_type in _TOLL_TYPES or (event.event_type, event.sub_event_type) in _TOLL_SUBTYPES


def strike_toll(
    text: str, doc: DocumentContext, sentences: list[tuple[int, int]], k: int, contexts: dict[int, SentenceContext],
) -> list[tuple[Event, float]]:
    """The strikes, attacks or clashes of sentence ``k - 1`` (picked as readings) when sentence ``k`` only tells
    a toll with no cause and no event of its own, in the same paragraph: "Jets bombed the
    villages near Hakha on Monday. Two civilians were killed in Lungpi village." A toll
    denied ("no one was injured in X") tells nothing."""
    s0, s1 = sentences[k]
    p1 = sentences[k - 1][1]
    if "\n\n" in text[p1:s0]:
        return []
    ctx = contexts.get(k)
    if ctx is None:  # most often a sentence without trigger words: read it only if a toll word is there
        lowered = text[s0:s1].lower()
        if not any(w in lowered for w in _TOLL_WORDS):
            return []
        ctx = SentenceContext(text, s0, s1)
    if not any(u.phrase in _TOLL_WORDS and any(t.rule is Rule.CASUALTY for t in u.triggers) for u in ctx.units):
        return []
    if ctx.flag(Cue.NEGATION) or ctx.flag(Cue.DENIAL) or ctx.flag(Cue.IRREALIS) or ctx.flag(Cue.HISTORY):
        return []
    if any(not e.weak for e in evaluate(ctx, doc)):
        return []  # the sentence tells its own event
    _, events = _events_of(text, doc, sentences, contexts, k - 1)
    if not events and "\n" in text[p1:s0]:
        events = _paragraph_events(text, doc, sentences, contexts, k)
    strikes = [e for e in events if _toll_cause(e)]
    if not strikes or len(strikes) < len(events):
        return []
    return select([(e, 1.0) for e in strikes])


def _paragraph_events(
    text: str, doc: DocumentContext, sentences: list[tuple[int, int]], contexts: dict[int, SentenceContext], k: int,
) -> list[Event]:
    """The events of the other sentences of the paragraph of a toll that opens it (the line before
    it a heading or a time stamp): "08:40\nAt least two people were killed in X. Fires broke out in
    three districts, where a drone hit a residential building." gives the drone strike."""
    events: list[Event] = []
    for j in range(k + 1, min(k + 1 + _PARAGRAPH_SPAN, len(sentences))):
        if "\n\n" in text[sentences[j - 1][1] : sentences[j][0]]:
            break
        events += _events_of(text, doc, sentences, contexts, j)[1]
    return events


# Where a toll is told, right after its word ("a man was injured in X", "killed, including a
# woman cycling in Y") or fronted ("In X, a woman was killed"); not where the wounded were
# cared for ("the injured were taken to hospital in X", "hospitalised in Y").
_TOLL_AT = re.compile(r"(?:in|near|at|outside|around)\s+(?:the\s+)?(?:(?:village|town|city|settlement|community)\s+of\s+)?$")
_TOLL_FRONTED = re.compile(r"^\s*(?:in|at|near)\s+(?:the\s+)?(?:(?:village|town|city|settlement|community)\s+of\s+)?$")
_CARE = re.compile(
    r"(?<!\S)(?:hospital\w*|clinic|medical|taken|took|sent|shifted|transported|transferred|evacuated|"
    r"treated|treating|brought|rushed|received)(?!\S)"
)


def toll_place(text: str, ctx: SentenceContext, mention: Mention) -> bool:
    """Whether ``mention`` is where the toll of ``ctx`` happened: right after a passive toll
    word ("was injured in X") or fronted before it ("In X, a woman was killed"), and not
    where the wounded were cared for."""
    for u in ctx.units:
        if u.phrase not in _TOLL_WORDS or not any(t.rule is Rule.CASUALTY for t in u.triggers):
            continue
        if u.end <= mention.start <= u.end + 60:
            gap = normalize(text[u.end : mention.start])
            if _TOLL_AT.search(gap) and not _CARE.search(gap):
                return True
        elif mention.end <= u.start and _TOLL_FRONTED.match(normalize(text[ctx.start : mention.start])):
            gap = normalize(text[mention.end : u.start])
            if not _CARE.search(gap) and not ctx.has(Cue.HARD_BREAK, mention.end, u.start):
                return True
    return False


def _unreal_noun(
    text: str, contexts: dict[int, SentenceContext], k: int, s0: int, s1: int, lo: int, hi: int, when: Date | None,
) -> bool:
    """Whether the event noun before a place in ``[lo, hi)`` is told in its own sentence as
    unreal or background ("The killings recall the massacre in X in March 2022"): no event of
    the sentence before goes to a place of an earlier one."""
    ctx = contexts.get(k) or SentenceContext(text, s0, s1)
    return any(
        lo <= u.start and u.end <= hi and u.triggers
        and is_unreal(ctx, when, u, u.triggers[0], ctx.segment_of(u.start))
        for u in ctx.units
    )


def _bare_clash(text: str, ctx: SentenceContext, event: Event) -> bool:
    """Whether ``event`` is a battle read from a definite clash noun in a sentence that
    names no armed actor and no crowd: "the confrontations were registered mainly on
    the avenue"."""
    if event.event_type != "Battles":
        return False
    t0, t1 = event.trigger
    if not _CLASH_NOUN.match(normalize(text[t0:t1])):
        return False
    return (_DEFINITE_CLASHES.search(normalize(text[max(ctx.start, t0 - 30) : t0])) is not None
            and not ctx.flag(Cue.ARMED) and not ctx.flag(Cue.CROWD))


def protest_clashes(
    text: str, doc: DocumentContext, sentences: list[tuple[int, int]], k: int, idxs: list[int],
    out: Sequence[Occurrence | None], contexts: dict[int, SentenceContext],
) -> None:
    """Give the places of "the clashes" of sentence ``k`` the protest of the sentence
    before, when that sentence tells a protest or riot and no battle: "Police fired live
    rounds at marchers in Beira. The confrontations were worst in Munhava": Munhava had
    the protest the police fired on, not an armed clash."""
    s0, s1 = sentences[k]
    ctx = contexts.get(k) or SentenceContext(text, s0, s1)
    clashing = [i for i in idxs if out[i] is not None and out[i].events
                and _bare_clash(text, ctx, out[i].events[0][0])]
    if not clashing:
        return
    p1 = sentences[k - 1][1]
    if "\n\n" in text[p1:s0]:
        return  # a new paragraph starts a new story
    _, events = _events_of(text, doc, sentences, contexts, k - 1)
    street = [e for e in events if e.event_type in _STREET_TYPES]
    if not street or any(e.event_type == "Battles" for e in events):
        return
    picked = select([(e, 1.0) for e in street])
    for i in clashing:
        occ = out[i]
        _, conf, state = occ.events[0]
        occ.events = [(e, round(conf * f, 3), state) for e, f in picked]

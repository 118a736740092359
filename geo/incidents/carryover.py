"""Events told in the sentence next to a place's, for a place still without one.

* "Odesa came under fire again. A missile hit a grain terminal, injuring six": a
  sentence that announces trouble at its places (:data:`SCENE_WORDS`), followed in
  the same paragraph by a sentence with events and no place of its own, gives its
  event-less places those events;
* "Attacks killed nearly 200 people. The violence was concentrated in Bokkos": a
  place where "the violence" of the sentence before happened takes its events.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from datetime import date as Date

from gazetteer.model import Mention
from geo.incidents.anaphora import ANAPHOR_FACTOR, true_role
from geo.incidents.clauses import SentenceContext
from geo.incidents.events import DocumentContext
from geo.incidents.matcher import DocumentScan, normalize
from geo.incidents.readings import Occurrence, SentenceState
from geo.incidents.roles import MentionRoles, Role
from geo.incidents.rules import evaluate
from geo.incidents.selection import select

__all__ = ["EVENT_NOUNS", "SCENE_WORDS", "carry_over"]

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

    event_nouns: set[int] | None = None
    scenes: set[int] | None = None
    for k, idxs in by_sentence.items():
        waiting = [i for i in idxs if not out[i].events]
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
                    if _EVENT_ANAPHOR.search(lead) and not _SINCE_ANAPHOR.search(lead):
                        best = max(before, key=lambda o: o.events[0][1])
                        occ.events = [(e, round(c * ANAPHOR_FACTOR, 3), st) for e, c, st in best.events]
        # the next sentence tells what happened
        if len(waiting) < len(idxs):
            continue  # the sentence has its own events: its story is told
        if k + 1 >= n_sentences or (k + 1) in by_sentence or (k + 1) in anaphors or not has_trigger(k + 1):
            continue
        n0, n1 = sentences[k + 1]
        if "\n\n" in text[s1:n0] or "\n\n" in text[s0:s1].strip():
            continue
        if scenes is None:
            scenes = sentences_with("scene")
        if k not in scenes:
            continue
        ctx = contexts.get(k + 1) or SentenceContext(text, n0, n1)
        events = [e for e in evaluate(ctx, doc) if not e.weak] if ctx.units else []
        if not events:
            continue
        state = SentenceState(ctx, when)
        picked = select([(e, 1.0) for e in events])
        for i in idxs:
            occ = out[i]
            if occ is None or occ.events:
                continue
            if true_role(text, k, sentences, by_sentence, mentions, contexts, roles_of, i) is not Role.PLACE:
                continue
            occ.events = [(e, round(e.confidence * f * ANAPHOR_FACTOR * 0.9, 3), state) for e, f in picked]

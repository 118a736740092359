"""Whether a sentence tells of armed violence at all.

:func:`armed_in` finds an armed word in a stretch of the sentence, though a former
fighter is no armed context ("a former rebel who had signed the peace deal");
:func:`armed_besides_police` finds one that is neither the police nor a casualty
word; :func:`disaster` tells a disaster or an accident from armed violence ("the
hurricane tore through X, destroying homes"), though what an attack leaves behind is
no disaster of its own ("shelling set a depot on fire"); and :func:`former_fighter`
tells a former fighter as the target of an attack ("gunmen killed a former rebel"):
a civilian.

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Gunmen killed a former rebel in Tumaco."
>>> ctx = SentenceContext(text, 0, len(text))
>>> armed_in(ctx, 0, 6, (0, 0)), former_fighter(ctx, 13, len(text))
(True, True)
"""

from __future__ import annotations

import re

from geo.incidents.clauses import SentenceContext
from geo.incidents.lexicon import Cue
from geo.incidents.policing import CASUALTY_WORDS, POLICE_WORDS

__all__ = ["armed_besides_police", "armed_in", "disaster", "former_fighter"]

# A former fighter is no armed man: "a former rebel", "ex combatants", "demobilised fighters".
_FORMER = re.compile(r"(?<!\S)(?:former|ex|retired|demobili[sz]ed|disarmed)\s+(?:\S+\s+)?$")


def armed_in(ctx: SentenceContext, a: int, b: int, skip: tuple[int, int], casualties: bool = True) -> bool:
    """Whether an armed word lies in ``[a, b)`` outside ``skip``; a former fighter
    ("a former rebel who had signed the peace deal") is no armed context."""
    former: bool | None = None
    for h in ctx.by_cue.get(Cue.ARMED, ()):
        if (
            a <= h.start
            and h.end <= b
            and not (skip[0] <= h.start and h.end <= skip[1])
            and (casualties or h.phrase not in CASUALTY_WORDS)
        ):
            if former is None:
                norm = ctx.norm
                former = "former" in norm or "ex " in norm or "retired" in norm or "demobili" in norm \
                    or "disarmed" in norm
            if not (former and _FORMER.search(ctx.norm_at(max(a, h.start - 25), h.start))):
                return True
    return False


# What an attack leaves behind is no disaster of its own: "a strike on Belgorod ...
# a section of a building collapsed", "shelling set a depot on fire".
_AFTERMATH = frozenset(("collapse", "collapsed", "fire", "fires", "blaze"))
# Words that only set a scene where accidents happen: with an armed word near, the
# violence is armed ("gunmen killed five gold miners near X", "bandits raided a gold mine").
_SETTING = frozenset(("miners", "gold mine", "coal mine"))


def disaster(ctx: SentenceContext, aftermath: bool = True) -> bool:
    """Whether the sentence tells of a disaster or an accident, not of armed violence:
    an aftermath word (only with ``aftermath``) or a setting word (:data:`_SETTING`) only
    counts when no armed word besides casualties, and no crowd, is near."""
    hits = ctx.by_cue.get(Cue.DISASTER)
    if not hits:
        return False
    hits = [h for h in hits if not any(u.start <= h.start and h.end <= u.end and u.phrase != h.phrase
                                       for u in ctx.units)]  # "opened fire" is no fire
    if not hits:
        return False
    if any(h.phrase not in _AFTERMATH and h.phrase not in _SETTING for h in hits):
        return True
    if not aftermath and not any(h.phrase in _SETTING for h in hits):
        return False
    # "crowds attacked the embassies, setting fires": the fires are the riot's
    return not (armed_in(ctx, ctx.start, ctx.end, (0, 0), casualties=False) or ctx.flag(Cue.CROWD))


def armed_besides_police(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether an armed word other than the police or a casualty lies in ``[a, b)``; a word
    inside a police word is the police ("security forces" holds "forces")."""
    armed = ctx.by_cue.get(Cue.ARMED, ())
    police = [(h.start, h.end) for h in armed if h.phrase in POLICE_WORDS]
    return any(
        a <= h.start and h.end <= b and h.phrase not in POLICE_WORDS and h.phrase not in CASUALTY_WORDS
        and not any(p0 <= h.start and h.end <= p1 for p0, p1 in police)
        for h in armed
    )


def former_fighter(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether a former fighter ("a former rebel") is the target in ``[a, b)``: a civilian."""
    return any(_FORMER.search(ctx.norm_at(max(a, h.start - 25), h.start)) for h in ctx.hits(Cue.ARMED, a, b))

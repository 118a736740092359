"""Police taking back a building or a square from a crowd: no territory changes hands.

"Police entered a building occupied by students and cleared the encampment" and
"rioters stormed Congress before security forces regained control" read like
territory being taken ("entered", "occupied", "regained control"), but the
other side is a crowd, not an armed group: ACLED codes the police action as an
intervention in a demonstration. :func:`crowd_policed` tells the rules when a
capture, recapture or entry word is such an intervention.

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Police entered the campus and cleared a protest camp, arresting 40 students."
>>> crowd_policed(SentenceContext(text, 0, len(text)))
True
>>> text = "Troops and police entered the town after rebels withdrew."
>>> crowd_policed(SentenceContext(text, 0, len(text)))
False
"""

from __future__ import annotations

import re

from geo.incidents.clauses import SentenceContext
from geo.incidents.lexicon import Cue, Rule

__all__ = ["crowd_policed", "POLICE_WORDS", "CASUALTY_WORDS"]

POLICE_WORDS = frozenset(
    ["police", "policeman", "policemen", "security forces", "riot police", "gendarmes", "gendarmerie"]
)
CASUALTY_WORDS = frozenset(
    "killed killing wounded injured dead casualties shot shooting kill kills massacre".split()
)
_PROTEST_RULES = frozenset((Rule.PROTEST, Rule.CROWD_EVENT, Rule.INTERVENTION))
# Where a crowd holds out, and crowds that storm: "a protest camp", "an encampment",
# "a building occupied by students", "supporters stormed".
_CROWD_SCENE = re.compile(
    r"(?<!\S)(?:encampments?|protest\s+camps?|sit\s+ins?|(?:occupied|held|seized)\s+by\s+(?:\S+\s+)?"
    r"(?:students|protesters|demonstrators|activists|supporters|rioters|workers)|"
    r"(?:supporters|protesters|demonstrators|rioters|students|crowds?|mobs?)\s+(?:\S+\s+){0,6}?"
    r"(?:stormed|occupied|invaded|broke\s+into|overran|took\s+over))(?!\S)"
)


def crowd_policed(ctx: SentenceContext) -> bool:
    """Whether the sentence pits police (and no army or armed group) against a crowd.

    Police must be the only armed word of the sentence (casualty words aside), and
    a crowd must be there: a crowd word, a protest trigger or a crowd scene
    (:data:`_CROWD_SCENE`).
    """
    armed = [h for h in ctx.by_cue.get(Cue.ARMED, ()) if h.phrase not in CASUALTY_WORDS]
    police = [(h.start, h.end) for h in armed if h.phrase in POLICE_WORDS]
    if not police or any(
        h.phrase not in POLICE_WORDS and not any(p0 <= h.start and h.end <= p1 for p0, p1 in police)
        for h in armed
    ):
        return False  # "security forces" holds "forces"; soldiers or rebels: a real fight
    if Cue.CROWD in ctx.by_cue or _CROWD_SCENE.search(ctx.norm):
        return True
    return any(t.rule in _PROTEST_RULES for u in ctx.units for t in u.triggers)

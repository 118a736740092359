"""A court's punishment is no event: "executed a man convicted of drug trafficking".

:func:`extrajudicial` tells an execution that is a killing of people outside any
court from a sentence carried out; :func:`punished` tells a protester punished
("sentenced two protesters") from a protest.
"""

from __future__ import annotations

import re

from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.displacement import PEOPLE_WORDS

__all__ = ["extrajudicial", "punished"]

# A court's sentence carried out is no attack on civilians ("Iran executed a man
# convicted of drug trafficking").
_JUDICIAL = re.compile(
    r"(?<!\S)(?:convicted|sentenced|sentence|sentences|court|courts|judiciary|hanged|hanging|hangings|"
    r"death\s+row|lethal\s+injection|capital\s+punishment|death\s+penalty|trafficking|convicts?)(?!\S)"
)
_EXECUTED_WHOM = re.compile(
    r"^\s+(?:\S+\s+){0,4}?(?:men|man|women|boys|girls|prisoners|detainees|captives|hostages|soldiers|"
    r"civilians?|villagers|residents|people|children|members|fighters|suspects|youths|farmers|"
    # people named by their trade or kin: "executed four herders near X", "executed two traders"
    r"herders|herdsmen|fishermen|shepherds|traders|merchants|workers|teachers|students|pupils|worshippers|"
    r"passengers|drivers|miners|farmhands|labourers|laborers|persons|individuals|families|relatives|"
    r"elders|chiefs|civil\s+servants)(?!\S)"
)


def extrajudicial(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> bool:
    """Whether "executed" is a killing of people outside any court: people are its
    object ("executed 20 villagers") or subject ("civilians were executed"), and no
    court, sentence or conviction is in the sentence."""
    a, b, _ = seg
    if _JUDICIAL.search(ctx.norm_at(ctx.start, ctx.end)):
        return False
    after = _EXECUTED_WHOM.match(ctx.norm_at(span[1], min(b, span[1] + 50)))
    before = ctx.norm_at(max(a, span[0] - 50), span[0])
    return after is not None or (
        before.rstrip().endswith(("were", "was", "been")) and PEOPLE_WORDS.search(before) is not None
    )


# A protester as the one punished: "executed a protester", "sentenced two protesters".
_PUNISHED = re.compile(
    r"(?<!\S)(?:executed|execute|hanged|hang|sentenced|convicted|jailed|imprisoned|pardoned|tried)\s+"
    r"(?:(?:a|an|the|one|two|three|\S*\d\S*|young|jailed|detained)\s+)?$"
)


def punished(before: str) -> bool:
    """Whether normalized ``before`` ends with a punishment of the protester after it."""
    return ("execut" in before or "hang" in before or "sentenc" in before or "convict" in before
            or "jail" in before or "impris" in before or "pardon" in before or "tried" in before) \
        and _PUNISHED.search(before) is not None

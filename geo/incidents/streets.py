"""Street violence and civilian action, told apart from armed violence and from each other.

A fight with sticks and stones, or clashes during a rally, is a riot, not a battle
(:func:`crude_weapons`, :func:`during_rally`); a blockade set up by miners or
farmers is a protest, not a siege (:func:`civilian_blockade`); a strike that is
called, staged or joined, that lasts "48 hours" or is "indefinite", that shuts shops
or is over pay is a walkout, not a military strike (:func:`labour_strike`); and rioting told
before a clause of time does not make a protest inside that clause violent
(:func:`told_apart`: "protesters torched buildings in A as anger spread over a man
killed during a protest in B").

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Rival groups fought with sticks and stones outside the college."
>>> crude_weapons(SentenceContext(text, 0, len(text)), 0, len(text))
True
"""

from __future__ import annotations

import re

from geo.incidents.clauses import SUBORDINATORS, SentenceContext
from geo.incidents.lexicon import Cue, Rule
from geo.incidents.matcher import Unit
from geo.incidents.violence import armed_besides_police

__all__ = ["civilian_blockade", "crude_weapons", "during_rally", "labour_strike", "story_blockade", "told_apart"]

# Weapons of street fights, not of armed groups: "fought each other with sticks and bricks".
_CRUDE_WEAPONS = re.compile(
    r"(?<!\S)(?:sticks|stones|bricks|brickbats|clubs|iron\s+rods|bamboo\s+sticks|batons|machetes|knives|"
    r"rocks|bottles)(?!\S)"
)
_RALLY_RULES = frozenset((Rule.PROTEST, Rule.CROWD_EVENT))
# Civilians who block roads: "thousands of miners kept up a blockade of the highway".
_BLOCKADERS = re.compile(
    r"(?<!\S)(?:miners|workers|farmers|truckers|drivers|residents|villagers|students|protesters|demonstrators|"
    r"activists|traders|teachers|fishermen|taxi\s+drivers|transporters|indigenous|communities|unions?)\s+"
    r"(?:\S+\s+){0,5}$"
)

# A walkout, told by the strike noun's own phrase: its kind or length right before it
# ("an indefinite strike", "a 48-hour strike"), a verb of calling or joining ("called a
# strike", "joined the strike", "held a strike"), the shutting it causes ("shops stayed shut in a
# strike"), or what it is over or by ("a strike over unpaid wages", "to demand"); the
# shop closures of South Asia ("a shutter-down strike was observed in X", "traders
# observed a wheel-jam strike").
_WALKOUT_BEFORE = re.compile(
    r"(?<!\S)(?:(?:indefinite|general|national|nationwide|countrywide|citywide|open\s+ended|sit\s+down|wildcat|"
    r"token|warning|partial|total|transport|teachers|doctors|nurses|workers|labour|labor|union|solidarity|"
    r"(?:\d+|one|two|three|four|five|six|seven)\s+(?:hour|day|week)(?:\s+long)?|day\s+long|week\s+long|"
    r"shutter\s+down|shutterdown|wheel\s+jam|wheeljam)\s+"
    r"|(?:call(?:ed|s|ing)?(?:\s+off)?|announc\w*|stag(?:ed|e|es|ing)|declar\w*|began|begin\w*|start\w*|"
    r"join\w*|organi[sz]\w*|observ(?:ed|e|es|ing)|held|hold|holds|holding|suspend\w*|extend\w*|end(?:ed|s|ing)?)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"|(?:shut|closed|shuttered|deserted|stayed\s+(?:home|away)|downed\s+tools|stopped\s+work\w*)\s+"
    r"(?:\S+\s+){0,8}?(?:in|during|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2})$"
)
_WALKOUT_AFTER = re.compile(
    r"^\s+(?:(?:over|for|against)\s+(?:\S+\s+){0,3}?(?:pay|wages?|salar\w+|pensions?|arrears|conditions|jobs|"
    r"benefits|contracts?|tax\w*|fuel|prices|extortion|insecurity|reforms?|privati\w+|layoffs|dismissals)"
    r"|to\s+(?:demand|protest|press|denounce|push|reject|oppose|call\s+for)|called\s+by"
    r"|(?:was|were|is|being)\s+observed"
    r"|by\s+(?:\S+\s+){0,2}?(?:workers|unions?|drivers|teachers|doctors|nurses|staff|employees|traders|"
    r"transporters|truckers|miners|students|lecturers|dockers|dockworkers))(?!\S)"
)
# A strike told by how it went on, which no military strike does: it spread to other
# towns or entered another day ("the strike spread to A and B", "the strike began in A
# and spread to B", "the walkout entered its third week").
_STRIKE_WENT_ON = re.compile(
    r"^\s+(?:(?:has\s+|had\s+|have\s+|then\s+|later\s+|quickly\s+)?spread\w*\s+(?:to|across|into|through)"
    r"|(?:began|started|erupted)\s+(?:\S+\s+){0,14}?and\s+(?:has\s+|had\s+|then\s+|later\s+|quickly\s+|since\s+)?spread\w*\s+"
    r"(?:to|across|into|through)"
    r"|(?:entered|went\s+into|is\s+in|was\s+in)\s+(?:its|a)\s+(?:\S+\s+)?(?:day|week|month))(?!\S)"
)


def labour_strike(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the strike noun at ``span`` (in the clause ``[a, b)``) is a walkout:
    "teachers began an indefinite strike", "shops stayed shut in a strike against
    extortion", "a strike over unpaid wages". Not "killed in a strike on a depot".

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Shops stayed shut for a second day in a strike against cartels."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> labour_strike(ctx, 0, len(text), (40, 46))
    True
    """
    return _WALKOUT_BEFORE.search(ctx.norm_at(max(a, span[0] - 80), span[0])) is not None \
        or _WALKOUT_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 50))) is not None \
        or _STRIKE_WENT_ON.match(ctx.norm_at(span[1], min(ctx.end, span[1] + 140))) is not None


def crude_weapons(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether ``[a, b)`` names the weapons of a street fight: sticks, stones, bricks."""
    return _CRUDE_WEAPONS.search(ctx.norm_at(a, b)) is not None


def during_rally(ctx: SentenceContext, a: int, b: int, unit: Unit) -> bool:
    """Whether a protest or rally word is in ``[a, b)`` besides the fighting word
    ``unit``: "clashes erupt in X during party rally" are a riot."""
    return any(
        a <= u.start < b and u is not unit and any(t.rule in _RALLY_RULES for t in u.triggers) for u in ctx.units
    )


def civilian_blockade(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether the blockade word at ``span`` is set up by civilians (miners, farmers,
    residents) with no armed actor before it in the clause from ``a``: a protest."""
    return _BLOCKADERS.search(ctx.norm_at(max(a, span[0] - 70), span[0])) is not None \
        and not armed_besides_police(ctx, a, span[0])


# A blockade that cuts a place off is a siege, whoever keeps it: "the blockades have left
# X without food", "the blockade has cut off X", "the blockade of X", "the blockade on Gaza"
# ("has left", "had left": a blockade kept, rules.blockade_kept, which runs first).
_SIEGE_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:cut\s+off|isolated|starved)|have\s+left|(?:of|on|around)\s+(?:the\s+)?[A-Z])"
)


def story_blockade(ctx: SentenceContext, protest_story: bool, b: int, span: tuple[int, int]) -> bool:
    """Whether the blockade word at ``span`` is a road blockade of the protests the story
    leads with ("students blocked bridges in A ... Blockades were also reported in B and
    C"): no armed actor besides the police in the sentence, and no place cut off."""
    if not protest_story or _SIEGE_AFTER.match(ctx.text, span[1], min(b, span[1] + 40)):
        return False
    return not armed_besides_police(ctx, ctx.start, ctx.end)


def told_apart(ctx: SentenceContext, lo: int, hi: int) -> bool:
    """Whether a clause of time opens between the end ``lo`` of a rioting word and a
    protest word at ``hi``: in "protesters set fire to buildings in A as anger spread
    over a driver run over during a protest in B", the protest in B is not the riot."""
    return any(lo <= h.start < hi and h.phrase in SUBORDINATORS for h in ctx.by_cue.get(Cue.SOFT_BREAK, ()))

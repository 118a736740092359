"""Casualties: who was killed or wounded, by whom, and whether the words tell an event.

:func:`casualty_label` types a casualty word: excessive force when the state kills at
a protest, an attack on civilians when civilians are its victims
(:func:`passive_civilians`: "a child was killed by a sniper's bullet on Monday"), an
armed clash when armed men follow it. A casualty word needs an armed word, unless
civilians were shot or killed in a story of armed violence (:func:`shot_civilians`:
"two farmers were shot in their field"; :func:`civilians_killed`: "civilians were
reportedly killed in X") or by the fire of a named side (:func:`by_hostile_fire`:
"eleven people were killed by Israeli fire"); it tells no event when it only names
the victims of one told elsewhere (:func:`names_victims`: "the wounded were taken to
hospitals in X"). Bodies found tell a killing with a mark of violence or in a story of
armed violence, not pulled from ruins (:func:`bodies_found`: "the bodies of four men
with gunshot wounds were found near X").

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Soldiers killed 45 civilians in Konna."
>>> ctx = SentenceContext(text, 0, len(text))
>>> casualty_label(ctx, ctx.segments[0], (9, 15))
('Violence against civilians', 'Attack')
"""

from __future__ import annotations

import re

from geo.incidents.attacks import civilian_victim, passive_subject, shrapnel_told, unarmed_object
from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.events import DocumentContext
from geo.incidents.labels import AC, ATT, EF
from geo.incidents.lexicon import DEMONYMS, Cue
from geo.incidents.matcher import CueHit, Unit
from geo.incidents.protests import state_fire_on_protest
from geo.incidents.violence import _FORMER, armed_besides_police, armed_in, disaster

__all__ = [
    "bodies_found",
    "by_hostile_fire",
    "casualty_label",
    "civilians_killed",
    "names_victims",
    "passive_civilians",
    "shot_civilians",
]

# Fire of a named side or an armed source: "killed by Israeli fire", "wounded by enemy fire",
# "shot by army snipers" (not "killed in a fire", "by fire crews").
_HOSTILE_FIRE_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,3}?by\s+(?:the\s+)?(\S+)\s+(?:(?:forces|army|troops|soldiers)\s+)?(?:fire|gunfire|bullets|snipers?|sniper\s+fire)(?!\S)"
)
_HOSTILE_FIRE_SOURCES = frozenset(
    ("enemy", "army", "military", "occupation", "sniper", "naval", "regime", "militia", "troops", "soldiers")
)


def casualty_label(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> tuple[str, str]:
    """Type of a casualty word from who killed and who was killed around it."""
    a, b, _ = seg
    if ctx.hits(Cue.CROWD, span[1], b) and ctx.has(Cue.GOVERNMENT, a, span[0]) or state_fire_on_protest(ctx, a, span):
        # "police opened fire on opposition supporters, killing four, as protests spread":
        # the state's lethal force against a protest
        return EF
    explosive = shrapnel_told(ctx, a, b)
    if explosive:
        return explosive  # "in A a man received shrapnel wounds": hit by an explosion
    if civilian_victim(ctx, a, span) or passive_civilians(ctx, span) or unarmed_object(ctx, span, b):
        return ATT  # "gunmen killed two men at a checkpoint in X": whoever killed them
    if armed_in(ctx, span[1], min(b, span[1] + 40), span, casualties=False):
        return AC
    if passive_combatants(ctx, span):
        return AC  # "nine soldiers had been killed in X": fighters fell in a fight
    return ATT


# A passive verb right before a casualty word: "civilians were (reportedly) killed".
_PASSIVE_BEFORE = re.compile(r"(?<!\S)(?:were|was)\s+(?:\S+ly\s+)?$")
# Men under arms, the subject of a passive toll.
_COMBATANTS = re.compile(
    r"^(?:soldiers?|troops|servicem[ae]n|militants?|fighters?|combatants?|insurgents?|rebels?|militiam[ae]n|"
    r"jihadists?|terrorists?|paramilitaries|gunm[ae]n|attackers|assailants)$"
)


def _fighter(ctx: SentenceContext, hit: CueHit) -> bool:
    """Whether an armed word names men under arms now ("soldiers", not "former combatants"
    nor "demobilised combatants", :data:`~geo.incidents.violence._FORMER`)."""
    return bool(_COMBATANTS.match(hit.phrase)) and not _FORMER.search(
        ctx.norm_at(max(ctx.start, hit.start - 25), hit.start))


def passive_combatants(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether men under arms, the nearest of the armed and civilian words before it, are the
    subject of the passive casualty at ``span``: "nine soldiers had been killed in X" (not "a
    child was killed by a sniper's bullet", :func:`passive_civilians`)."""
    return any(not civilian and _fighter(ctx, h) for h, civilian in passive_subject(ctx, span))


def passive_civilians(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether civilians are the subject of the passive casualty at ``span``, the nearest
    of the armed and civilian words before it: "a child was killed by a sniper's bullet
    on Monday" is an attack on civilians, whoever fired."""
    return any(civilian for _, civilian in passive_subject(ctx, span))


# People named by what happened to them: "the wounded", "the injured persons", "most of the dead".
_VICTIM_NOUNS = frozenset(("wounded", "injured", "dead", "casualties", "martyrs"))
_DEFINITE_BEFORE = re.compile(r"(?<!\S)(?:the|these|those)\s+$")

# Bodies found, or left where they were found: "the bodies of six men were found dumped
# beside a road", "police found the bodies of five men", "bodies were left on a highway".
_FOUND_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,12}?(?:were|was|been|being|are|is|had\s+been|have\s+been)\s+(?:later\s+|also\s+)?"
    r"(?P<verb>found|discovered|recovered|dumped|left|abandoned|unearthed|exhumed|retrieved|pulled)(?!\S)(?!\s+to\s)"
)
_FOUND_BEFORE = re.compile(
    r"(?<!\S)(?P<verb>found|discovered|recovered|retrieved|unearthed|exhumed)\s+(?:the\s+)?(?:\S+\s+){0,2}$"
)
# Marks of a violent death: "bearing signs of torture", "with gunshot wounds".
_VIOLENT_DEATH = re.compile(
    r"(?<!\S)(?:tortur\w*|gunshot|bullet\w*|shot|bound|blindfold\w*|handcuffed|mutilat\w*|dismember\w*|"
    r"decapitat\w*|beheaded|execut\w*|dumped|stab\w*|signs\s+of\s+violence|hands\s+tied)(?!\S)"
)
# Bodies pulled from the ruins of a strike or a disaster: their event is told elsewhere.
_RUINS = re.compile(r"(?<!\S)(?:rubble|debris|ruins|wreckage|collapsed|sea|river|boat|shipwreck|drowned)(?!\S)")
_LEFT_BEHIND = frozenset(("found", "discovered", "dumped", "left", "abandoned"))


def bodies_found(ctx: SentenceContext, doc: DocumentContext, seg: Segment, span: tuple[int, int]) -> bool:
    """Whether bodies were found, in a killing: with a mark of violence or an armed
    actor in the sentence, or left behind ("were found", "were dumped") in an article
    about armed violence; not pulled from ruins or water, nor after a disaster.

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "The bodies of four men with gunshot wounds were found near Apatzingan."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> bodies_found(ctx, DocumentContext(), ctx.segments[0], (4, 10))
    True
    """
    a, b, _ = seg
    found = _FOUND_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 110))) or _FOUND_BEFORE.search(
        ctx.norm_at(max(a, span[0] - 40), span[0]))
    if found is None or disaster(ctx):
        return False
    sentence = ctx.norm_at(ctx.start, ctx.end)
    if _RUINS.search(sentence):
        return False
    return bool(_VIOLENT_DEATH.search(sentence) or armed_besides_police(ctx, ctx.start, ctx.end)
                or (doc.armed and found.group("verb") in _LEFT_BEHIND))


# What follows "shot" when people were shot, not filmed: "shot in their car", "shot dead".
_SHOT_HOW = re.compile(r"^\s+(?:dead|in|inside|outside|near|at|by|while|on|and|as)(?!\S)")


def shot_civilians(ctx: SentenceContext, doc: DocumentContext, a: int, unit: Unit) -> bool:
    """Whether civilians named just before a bare "shot" were shot, in an article
    about armed violence, with no armed word in the sentence ("a couple and their
    infant son, shot in their car on a road outside X").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Two farmers were shot in their field near Bama."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> shot_civilians(ctx, DocumentContext(armed=True), 0, Unit(17, 21, "shot", ()))
    True
    """
    if unit.phrase != "shot" or not doc.armed:
        return False
    if not _SHOT_HOW.match(ctx.norm_at(unit.end, unit.end + 12)):
        return False  # "shot a film", "shot to fame"
    return ctx.has(Cue.CIVILIAN, max(a, unit.start - 60), unit.start)


# Civilians told killed as the subject of a passive, in a story of armed violence:
# "civilians were reportedly killed and houses burned in X", "two farmers were killed near Y".
# (a simple past: "have been killed in X since" is a running toll; in a story of strikes
# the toll is the strikes', typed by them)
_PASSIVE_CASUALTIES = frozenset(("killed", "murdered", "wounded", "injured"))


def civilians_killed(ctx: SentenceContext, doc: DocumentContext, a: int, unit: Unit) -> bool:
    """Whether civilians are the subject of a passive casualty word right before it, in an
    article about armed violence ("civilians were reportedly killed in X").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Civilians were reportedly killed in Ocua."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> civilians_killed(ctx, DocumentContext(armed=True), 0, Unit(26, 32, "killed", ()))
    True
    """
    if unit.phrase not in _PASSIVE_CASUALTIES or not doc.armed or doc.aviation and doc.remote_before(ctx.end):
        return False  # a toll after strikes were told of may be theirs; not one told before them
    before = ctx.norm_at(max(a, unit.start - 40), unit.start)
    m = _PASSIVE_BEFORE.search(before)
    if m is None:
        return False
    end = unit.start - (len(before) - m.start())
    return ctx.has(Cue.CIVILIAN, max(a, end - 25), end)


def by_hostile_fire(ctx: SentenceContext, span: tuple[int, int], b: int) -> bool:
    """Whether a casualty word is told as caused by the fire of a named side or an armed
    source ("eleven people were killed by Israeli fire near X", "wounded by enemy fire").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Two boys were wounded by Russian fire in Kherson."
    >>> by_hostile_fire(SentenceContext(text, 0, len(text)), (14, 21), len(text))
    True
    """
    m = _HOSTILE_FIRE_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 50)))
    return bool(m) and (m.group(1) in DEMONYMS or m.group(1) in _HOSTILE_FIRE_SOURCES)


def names_victims(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether a casualty word only names the victims of an event told elsewhere, as
    a definite noun ("the wounded were taken to hospitals in X", "the injured persons
    are treated in Y"): the clause tells where they are now, not an event.

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "The wounded were taken to hospitals in Nablus."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> names_victims(ctx, 0, Unit(4, 11, "wounded", ()))
    True
    """
    if unit.phrase not in _VICTIM_NOUNS:
        return False
    return _DEFINITE_BEFORE.search(ctx.norm_at(max(a, unit.start - 12), unit.start)) is not None

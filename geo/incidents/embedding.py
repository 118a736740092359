"""Relative clauses inside a sentence's subject: their events stay inside them.

In "Militants who attacked Kanda last week had trained in Bosaso" the attack is
in Kanda, not in Bosaso; in "Families of those killed in the Beslan siege
gathered in Moscow" the siege is not in Moscow; in "Parents of the students who
disappeared in Iguala ten years ago marched through Mexico City" the old date
dates the disappearance, not the march. :func:`subject_relatives` finds such
clauses: a "who" (or "those killed", "people displaced", ...) opening before any
trigger of its segment, closed by the main verb that follows it; so does a "which"
right after a short subject ("The RSF, which holds most of X, has launched ..."). A relative
clause after the main verb ("soldiers killed two men who were guarding a post in
X") is no subject: its place is where the main event happened, and it is left alone.

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Militants who attacked Kanda last week had trained in Bosaso."
>>> ctx = SentenceContext(text, 0, len(text))
>>> [text[a:b] for a, b in subject_relatives(ctx, ctx.segments[0])]
['who attacked Kanda last week ']
"""

from __future__ import annotations

import re

from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.lexicon import Cue

__all__ = ["subject_relatives", "is_main_verb"]

# "who" opens a relative clause; so does a participle after a people noun ("those
# killed in the siege", "residents displaced by the floods").
_PEOPLE = frozenset(
    "those people civilians residents villagers families students victims men women children".split()
)
_WHO = frozenset(("who", "whom"))
_PARTICIPLES = frozenset(
    "killed wounded injured abducted kidnapped detained arrested displaced evacuated executed massacred "
    "murdered shot".split()
)
_WORD = re.compile(r"\S+")
_AUXILIARIES = frozenset("had has have was were is are will would did could can must".split())
_IRREGULAR_PAST = frozenset(
    "went came fled took held told said fought met led ran began gave made saw found left "
    "brought sent spent kept stood sat rose won lost".split()
)
# Words after which a verb-like word is no main verb: it is a participle or an
# adjective ("the fortified town"), or the verb continues the relative clause
# ("who attacked and looted ...").
_NOT_BEFORE_MAIN_VERB = frozenset(
    "the a an its their his her this that these those and or of in on at by for with from to into "
    "been be being was were is are had has have who whom which very most more newly heavily recently "
    "then also not never".split()
)
_MAX_OPENING = 90  # characters from the segment start to the opener: a subject is short


def subject_relatives(ctx: SentenceContext, seg: Segment) -> tuple[tuple[int, int], ...]:
    """Spans ``(start, end)`` of the relative clauses in the subject of ``seg``.

    A clause counts when it opens within the first words of the segment, with no
    trigger word before it, and a main verb closes it before the segment ends: an
    auxiliary ("had"), or a past form not right after a determiner, preposition
    or auxiliary ("marched", "gathered", "fled").
    """
    cached = ctx.relatives.get(seg)
    if cached is not None:
        return cached
    a, b, _ = seg
    bound = min(b, a + _MAX_OPENING)
    r0 = -1
    for u in ctx.units:  # no trigger may come before the opener
        if a <= u.start < b:
            if u.start < bound:
                bound = u.start + 1
                if u.phrase in _PARTICIPLES:  # "those killed in ...", "residents displaced by ..."
                    before = ctx.norm_at(max(a, u.start - 12), u.start).split()
                    if before and before[-1] in _PEOPLE:
                        r0 = u.start
            break
    if r0 < 0:
        for h in ctx.by_cue.get(Cue.SOFT_BREAK, ()):
            if a <= h.start < bound and h.phrase in _WHO:
                r0 = h.start
                break
    if r0 < 0 and _subject_which(ctx, seg):
        r0 = a
    found: tuple[tuple[int, int], ...] = ()
    if r0 >= 0:
        end = _main_verb(ctx, r0, b)
        if end is not None:
            found = ((r0, end),)
    ctx.relatives[seg] = found
    return found


def _subject_which(ctx: SentenceContext, seg: Segment) -> bool:
    """Whether ``seg`` is a relative clause opening with "which" right after a short
    subject with no trigger word ("The RSF, which still holds most of X, has launched
    ..."): a relative clause in the subject, closed by the main verb."""
    a, _, relative = seg
    if not relative or ctx.norm_at(a, a + 6).split()[:1] != ["which"] or a - ctx.start > _MAX_OPENING:
        return False
    return ctx.text[ctx.start : a].rstrip().endswith(",") and not any(
        ctx.start <= u.start < a and u.triggers for u in ctx.units)


def _main_verb(ctx: SentenceContext, start: int, b: int) -> int | None:
    """Start of the main verb after a relative clause opening at ``start``, or ``None``.

    The relative clause's own verb (the first word) and at least one more word come
    first; a comma ends the search unless a main verb follows it right away.
    """
    text = ctx.text
    norm = ctx.norm_at(start, b)
    words = [(start + w.start(), start + w.end(), w.group()) for w in _WORD.finditer(norm)]
    prev = None
    for k, (w0, w1, word) in enumerate(words):
        if k >= 2 and prev is not None and is_main_verb(word, text[w0], prev):
            return w0
        if "," in text[w1 : w1 + 1] and k >= 1:
            if k + 1 < len(words) and is_main_verb(words[k + 1][2], text[words[k + 1][0]], "_"):
                return words[k + 1][0]
            return None
        prev = word
    return None


def is_main_verb(word: str, first_char: str, prev: str) -> bool:
    """Whether normalized ``word`` (whose first raw character is ``first_char``) reads as
    a finite verb after the word ``prev``: an auxiliary ("had", "were"), or a past form
    ("marched", "fled") not right after a determiner, preposition, auxiliary or adverb,
    and not capitalised (a name).

    Examples
    --------
    >>> is_main_verb("opened", "o", "conference"), is_main_verb("fortified", "f", "the")
    (True, False)
    """
    if not first_char.islower() or prev in _NOT_BEFORE_MAIN_VERB or prev.endswith("ly"):
        return False
    return word in _AUXILIARIES or word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


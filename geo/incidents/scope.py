"""The scope of an event: which places of its segment its trigger reaches.

An event reaches the places of its own clause: the place in a phrase after it ("in
X", "near X"), its object ("shelled X"), its subject ("X was hit"), and the names
listed after them. It does not reach a place in another clause that has a verb of
its own, even inside one segment: in "a rocket hit a house in Janzour, and flights
at Mitiga airport were diverted to Misrata" the rocket is not at Mitiga or Misrata;
in "troops pursued the fighters toward the Messalo river, and two fishermen were
beheaded near Mucojo" the killing is not at the river.

:func:`clause_openings` tells which soft pieces of a segment open such a clause:

* ``COORDINATE`` — "and"/"but" and a subject of its own with a finite verb ("and a
  conference on Sudan opened in London"; not "and burned the shops", which shares
  the subject before it, nor "and Lyon", which continues a list);
* ``SEQUENTIAL`` — a clause of time told apart from the event ("after the mission
  handed over its camps of A and B"), or ``SIMULTANEOUS`` ("as the party held a
  rally in the town");
* ``PARTICIPLE`` — a participle that is no event of its own ("..., stranding
  hundreds of tourists near X", "..., committing Kigali to withdraw");
* ``VERB_PHRASE`` — "and" and a past verb that is no event of its own, sharing the
  subject before it ("struck a command centre in A and issued evacuation orders
  for parts of B"), or ", and" and a past verb of an event of its own ("shelled A,
  and arrested four men from B"): the event does not reach the places of that verb;
* ``DATED_BY`` — the clause or phrase of time an event told before is only dated
  by ("the attack came hours after a court in A sentenced two men", "the protests
  come weeks after workers were kidnapped in B"): the event is not at its places.

:func:`event_groups` cuts a segment at those clauses and then, inside each clause,
keeps apart two events with their own places (:func:`group_pieces`). A clause
without a verb of its own never opens a group: a list goes on ("raids hit Kafr
Nabl, Jericho, and Qaminas"). A clause whose event has no place of its own keeps
the place of the clause before ("troops entered X on Monday, and fighting went on
for hours"), and a place-less event clause lends its event to a clause of the same
time ("gunmen opened fire on worshippers as they left a mosque in X").

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "A rocket hit a house in Janzour, and flights at Mitiga were diverted."
>>> ctx = SentenceContext(text, 0, len(text))
>>> pieces = ctx.pieces(ctx.segments[0])
>>> [(text[a:b], kind.value) for (a, b), kind in zip(pieces, clause_openings(ctx, pieces, [])) if kind]
[('and flights at Mitiga were diverted.', 'coordinate')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from enum import Enum

from geo.incidents.clauses import SUBORDINATORS, Segment, SentenceContext
from geo.incidents.embedding import is_main_verb
from geo.incidents.events import Event
from geo.incidents.lexicon import Cue
from geo.incidents.taxonomy import VIOLENT_EVENT_TYPES

__all__ = ["Opening", "clause_openings", "event_groups", "group_pieces", "nested_apart", "time_adjuncts"]


class Opening(str, Enum):
    """How a soft piece opens a clause of its own."""

    COORDINATE = "coordinate"
    SEQUENTIAL = "sequential"
    SIMULTANEOUS = "simultaneous"
    PARTICIPLE = "participle"
    VERB_PHRASE = "verb phrase"
    DATED_BY = "dated by"


_WORD = re.compile(r"\S+")
_COORDINATORS = frozenset(("and", "but"))
_SEQUENTIAL = frozenset(("after", "before", "since", "until", "because", "once"))
_SIMULTANEOUS = frozenset(("as", "when"))
# Words that open the verb phrase of the subject before, not a subject of their own.
_VERB_LIKE = frozenset("then also later was were is are has have had will would could can may might "
                       "should did does not never".split())
_MODALS = frozenset(("may", "might", "should", "does", "do"))
# Past forms the main-verb test does not know (it reads "-ed" and the commonest ones).
_MORE_PAST = frozenset("withdrew fell broke drove struck overran threw flew swept spread burst rode shook "
                       "grew drew arose".split())
# "-ing" words that are prepositions, not participle clauses.
_NOT_PARTICIPLES = frozenset(
    "including during according following regarding concerning excluding pending notwithstanding "
    "amounting bringing raising".split()
)
_VERB_REACH = 14  # words from the opener to the clause's verb
_VERB_CHARS = 160  # and characters
# Where a clause of its own may open: a quick test before reading the pieces.
_COMMA_HINT = re.compile(r",\s+(?:and|[a-z]{3,}ing|(?:on\s+)?the\s+(?:same|very))\s|\sand\s+(?:then\s+)?[a-z]{3,}(?:ed|ew|ft|et|ld|nt)\s")  # in the raw text
_OPENERS = _SEQUENTIAL | _SIMULTANEOUS
# Casualty participles that tell what an event did ("..., killing nine"): no clause of their own.
_CONSEQUENCES = frozenset(("killing", "wounding", "injuring", "leaving"))
# Impact participles that tell where the event before landed ("shelled the district,
# hitting A, B and C"; "drones struck the region, damaging homes in X"), and what a strike
# shut down ("drivers went on strike, paralysing transport in A and B"): no clause of their own.
_IMPACT_PARTICIPLES = frozenset(("hitting", "damaging", "destroying", "paralysing", "paralyzing", "crippling"))
# An event told before, dated against another: "the attack came (just) hours after", "the
# protests come two weeks after", "the strike happened as".
_DATED_OPENERS = frozenset(("after", "following", "amid", "as", "when", "since", "before"))
_SAME_TIME = re.compile(
    r"(?:on\s+)?the\s+(?:same|very)\s+(?:day|night|week|morning|afternoon|evening|hour|time|moment)\s+"
    r"(?:that\s+|when\s+|as\s+)?\S+\s+(?:\S+\s+){0,8}?\S+(?:ed|ew|ok|ft|ent|ame|an|ell|uck)(?!\S)"
)
_CAME = re.compile(
    r"(?<!\S)(?:came|comes|come|coming|happened|happens|occurred|occurs|took\s+place|takes\s+place)\s+"
    r"(?:(?:just|only|barely|some|about|nearly|almost|less\s+than|more\s+than|a\s+day|a\s+week|a\s+month|"
    r"a\s+year|a\s+few|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+|hours?|days?|weeks?|"
    r"months?|years?|minutes?|shortly|soon|immediately|barely)\s+){0,4}$"
)


# The same, with the span set off by a comma after the event: "signed a deal in A, eleven
# days after the clashes around B", ", two weeks after ...".
_SPAN_AFTER_COMMA = re.compile(
    r",\s+(?:(?:just|only|barely|some|about|nearly|almost|less\s+than|more\s+than)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s*$"
)


def _subject_verb(ctx: SentenceContext, start: int, end: int, cross_commas: bool) -> bool:
    """Whether the normalized words from ``start`` (right after the opener) to ``end``
    are a subject followed by a finite verb, within a few words.

    The first word must not be verb-like ("and then fled", "and abducted 20"); the
    search stops at the first comma unless ``cross_commas`` (a subject with a
    participle or an apposition in commas: "and the candidate, campaigning in X,
    accused ..."). A word after a hyphen is no verb ("Pakistani-administered").
    """
    text = ctx.text
    base = max(start, ctx.start)
    words = _WORD.finditer(ctx.norm, base - ctx.start, min(end, start + _VERB_CHARS, ctx.end) - ctx.start)
    m = next(words, None)
    if m is None:
        return False
    first = m.group()
    if first in _VERB_LIKE or first.endswith(("ed", "ing")) and text[ctx.start + m.start()].islower():
        return False
    if not cross_commas and text[ctx.start + m.end() : ctx.start + m.end() + 1] == ",":
        return False
    prev = first
    for k, m in enumerate(words, 1):
        if k > _VERB_REACH:
            break
        w0, w1, word = ctx.start + m.start(), ctx.start + m.end(), m.group()
        if text[w0 - 1] != "-" and (
            ((word in _MODALS or word in _MORE_PAST) and text[w0].islower()) or is_main_verb(word, text[w0], prev)
        ) and not (word.endswith("ed") and ctx.norm_at(w1, w1 + 4) == " by "):  # "the market used by"
            return True
        if not cross_commas and text[w1 : w1 + 1] == ",":
            return False
        prev = word
    return False


def clause_openings(
    ctx: SentenceContext, pieces: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]],
    end: int | None = None, wanted: Sequence[bool] | None = None,
) -> list[Opening | None]:
    """How each of ``pieces`` (the soft pieces of one segment) opens a clause, or ``None``.

    A coordinate clause follows a comma (", and"): "A and B marched" and "fighting
    between A and B continued" coordinate names, not clauses. A piece opening with
    one of the place mentions ``spans`` is a clause only when no place ends right
    before its comma ("A, B, and C were hit" is one list) and its verb comes
    before the next comma ("and Lyon, police said" continues a list). ``end``
    bounds the search for the clause's verb (the segment end by default); only the
    pieces marked in ``wanted`` are read (all by default).
    """
    out: list[Opening | None] = [None] * len(pieces)
    if not pieces:
        return out
    stop = end if end is not None else pieces[-1][1]
    text = ctx.text
    ends = {e for _, e in spans}
    for i, (p0, p1) in enumerate(pieces):
        if not i or (wanted is not None and not wanted[i]):
            continue
        m = _WORD.search(ctx.norm, p0 - ctx.start, p1 - ctx.start)
        if m is None:
            continue
        w0, w1 = ctx.start + m.start(), ctx.start + m.end()
        word = m.group()
        if (word in _DATED_OPENERS and (_CAME.search(ctx.norm_at(max(ctx.start, p0 - 60), p0))
                                        or _SPAN_AFTER_COMMA.search(text, max(ctx.start, p0 - 40), p0))) \
                or (text[p0 - 1 : p0] == "," and _SAME_TIME.match(ctx.norm_at(w0, stop))):
            out[i] = Opening.DATED_BY  # "the attack came hours after ...", "..., the same day a truce
            # took effect in X": another event, dated against
        elif word in _COORDINATORS:
            comma = len(text[ctx.start : w0].rstrip()) + ctx.start - 1
            if text[comma : comma + 1] != ",":
                if word == "and" and _verb_phrase(ctx, w1, p1):
                    out[i] = Opening.VERB_PHRASE
                continue
            listed = any(w1 < s <= w1 + 5 for s, _ in spans)
            if listed and len(text[ctx.start : comma].rstrip()) + ctx.start in ends:
                continue  # "A, B, and C were hit": one list
            nxt = _WORD.search(ctx.norm, w1 - ctx.start, stop - ctx.start)
            if nxt is not None and nxt.group() == "that":  # "..., and that the bombing may have been"
                w1 = ctx.start + nxt.end()
            if _subject_verb(ctx, w1, stop, cross_commas=not listed):
                out[i] = Opening.COORDINATE
            elif word == "and" and _event_verb_phrase(ctx, w1, p1):
                out[i] = Opening.VERB_PHRASE
        elif word in _SEQUENTIAL or word in _SIMULTANEOUS:
            if _prepositional_as(ctx, w0):
                continue
            if _subject_verb(ctx, w1, stop, cross_commas=False):
                out[i] = Opening.SEQUENTIAL if word in _SEQUENTIAL else Opening.SIMULTANEOUS
        elif (word.endswith("ing") and len(word) > 5 and word not in _NOT_PARTICIPLES
              and word not in _CONSEQUENCES and word not in _IMPACT_PARTICIPLES and text[p0 - 1 : p0] == "," and text[w0].islower()
              and not any(u.start == w0 and u.triggers for u in ctx.units)):
            out[i] = Opening.PARTICIPLE
    return out


# "as" opening a phrase, not a clause of time: "as a result of artillery shelling a woman was wounded".
_AS_PHRASE = re.compile(r"as\s+(?:a\s+(?:result|consequence)|part)\s+of(?!\S)")


def _prepositional_as(ctx: SentenceContext, pos: int) -> bool:
    """Whether the "as" at ``pos`` opens a phrase ("as a result of"), not a clause."""
    return _AS_PHRASE.match(ctx.norm, pos - ctx.start) is not None


# Past verbs of orders, statements and movements: a verb phrase of their own is no
# part of the event before ("... and issued evacuation orders for B").
_NO_EVENT_VERBS = frozenset(
    "issued announced ordered declared imposed lifted urged called asked demanded promised pledged "
    "warned signed met returned withdrew retreated left headed travelled traveled flew moved relocated "
    "sent published released reopened resumed appealed reported told informed summoned transferred handed".split()
)


def _verb_phrase(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` open a verb phrase of an order, a
    statement or a movement ("and issued orders", "and then withdrew"), sharing the
    subject before."""
    words = _WORD.finditer(ctx.norm, start - ctx.start, end - ctx.start)
    m = next(words, None)
    if m is not None and m.group() == "then":
        m = next(words, None)
    if m is None:
        return False
    w0, word = ctx.start + m.start(), m.group()
    if not ctx.text[w0].islower() or word not in _NO_EVENT_VERBS:
        return False
    return not any(u.start == w0 and u.triggers for u in ctx.units)


def _event_verb_phrase(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` open, after a comma, a verb phrase of
    a non-violent event of its own sharing the subject before ("..., and arrested four
    men from the town of B"): the places after that verb are its own, not those of the
    violence before (a second attack, "..., and attacked B", goes on as one clause)."""
    m = _WORD.search(ctx.norm, start - ctx.start, end - ctx.start)
    if m is None or not m.group().endswith("ed"):
        return False
    w0 = ctx.start + m.start()
    return ctx.text[w0].islower() and any(
        u.start == w0 and u.triggers and all(t.event_type not in VIOLENT_EVENT_TYPES for t in u.triggers)
        for u in ctx.units)


_ADJUNCT_OPENERS = frozenset(("after", "following", "since", "before", "because"))
_ADJUNCT_HINT = re.compile(r"(?<!\S)(?:after|following|since|before|because)\s")


def time_adjuncts(ctx: SentenceContext, seg: Segment, spans: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Pieces of ``seg`` that date its event by an earlier one, or give its cause,
    without a clause of their own: "after weeks of fighting", "after the arrest of X",
    "after storming the prison", "because of the battle". Such a piece is background: its event stays inside it when the
    clause has a specific event of its own ("captured the town after weeks of
    fighting"). A piece with a subject and a verb ("after the army withdrew") is a
    clause, not an adjunct; "amid" and "as" tell what went on at the same time and
    are not background.

    Examples
    --------
    >>> text = "Rebels captured Rubaya after weeks of fighting, residents said."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> [text[a:b] for a, b in time_adjuncts(ctx, ctx.segments[0])]
    ['after weeks of fighting,']
    """
    a, b, _ = seg
    if _ADJUNCT_HINT.search(ctx.norm, a - ctx.start, b - ctx.start) is None:
        return []
    pieces = ctx.pieces(seg)
    out = []
    for p0, p1 in pieces:
        m = _WORD.search(ctx.norm, p0 - ctx.start, p1 - ctx.start)
        if m is None or m.group() not in _ADJUNCT_OPENERS:
            continue
        if not _subject_verb(ctx, ctx.start + m.end(), b, cross_commas=False):
            out.append((p0, p1))
    return out


def _consequence(ctx: SentenceContext, event: Event) -> bool:
    """Whether ``event`` is a casualty participle, which belongs to the event before it."""
    return event.generic and ctx.norm_at(*event.trigger) in _CONSEQUENCES


_LIST_OPENING = re.compile(r"^[\s,]*(?:(?:and|or|as\s+well\s+as)\s+)?(?:the\s+)?$")


def _opens_with_place(ctx: SentenceContext, start: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a piece begins with a place mention ("and Lyon ..."): it continues a list."""
    return any(
        start <= s < start + 30 and _LIST_OPENING.match(ctx.text[start:s]) for s, _ in spans
    )


def _marked(pieces: Sequence[tuple[int, int]], positions: Sequence[int]) -> list[bool]:
    """Which of the contiguous ``pieces`` hold one of ``positions``."""
    out = [False] * len(pieces)
    starts = [p0 for p0, _ in pieces]
    for pos in positions:
        i = bisect.bisect_right(starts, pos) - 1
        if 0 <= i and pos < pieces[i][1]:
            out[i] = True
    return out


def _between(has_event: Sequence[bool], has_place: Sequence[bool]) -> list[bool]:
    """Which pieces have an event or a place both before them and from them on: only
    there can a clause opening keep anything apart."""
    n = len(has_event)
    filled = [e or p for e, p in zip(has_event, has_place, strict=True)]
    after = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        after[i] = after[i + 1] or filled[i]
    out, seen = [], False
    for i in range(n):
        out.append(seen and after[i])
        seen = seen or filled[i]
    return out


# An unnamed site of a clause's own, no stand-in for a named place: "after mortar rounds
# landed near the airport", "after a bomb went off at a checkpoint" (not "in the area").
_OWN_SITE = re.compile(
    r"(?<!\S)(?:near|at|outside|inside|on)\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:area|region|town|city|village|vicinity|district|outskirts|place|site|scene|same|border)(?!\S))"
    r"(?:airport|base|barracks|checkpoint|market|port|harbou?r|camp|station|bridge|stadium|prison|"
    r"hospital|mosque|church|school|university|ministry|embassy|palace|parliament|compound|junction|highway|road)(?!\S)"
)


def _unnamed_site(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether ``[a, b)`` names a site of its own without a place name ("near the airport")."""
    return _OWN_SITE.search(ctx.norm_at(a, b)) is not None


def _cut_clauses(
    openings: Sequence[Opening | None], has_event: Sequence[bool], has_place: Sequence[bool],
    own_site: Callable[[int, int], bool],
) -> list[int]:
    """Indexes of the pieces where a new clause group starts (the first piece excluded).

    A clause is the run of pieces from one opening to the next. It is cut from the
    group before it when both hold something (an event or a place) and:

    * a coordinate clause: unless the group before has no event and the clause's
      event has no place of its own (the event happened at the place before);
    * a clause of time or a participle with no event of its own: a sequential one
      always, a simultaneous one or a participle when the group before has its place.
    * a sequential clause with an event at an unnamed site of its own (``own_site(i, j)``
      for its pieces ``i`` to ``j``),
      after a group with its event and its place: "arrested suspects in A and B after
      mortar rounds landed near the airport" (the rounds did not land in A or B).

    A clause of time with its own event is left to :func:`group_pieces`.
    """
    n = len(openings)
    bounds = [i for i in range(1, n) if openings[i]] + [n]
    cuts = []
    g_event = any(has_event[: bounds[0]])
    g_place = any(has_place[: bounds[0]])
    for k, i in enumerate(bounds[:-1]):
        j = bounds[k + 1]
        c_event, c_place = any(has_event[i:j]), any(has_place[i:j])
        kind = openings[i]
        cut = False
        if (g_event or g_place) and (c_event or c_place):
            if kind is Opening.COORDINATE:
                cut = g_event or c_place
            elif kind is Opening.DATED_BY:
                cut = True
            elif kind is Opening.VERB_PHRASE:
                cut = c_place  # its places are the verb's, not the event's before
            elif not c_event:
                cut = kind is Opening.SEQUENTIAL or g_place
            elif kind is Opening.SEQUENTIAL and not c_place and g_event and g_place:
                cut = own_site(i, j)
        if cut:
            cuts.append(i)
            g_event, g_place = c_event, c_place
        else:
            g_event, g_place = g_event or c_event, g_place or c_place
    return cuts


def event_groups(
    ctx: SentenceContext,
    seg: Segment,
    events: Sequence[Event],
    spans: Sequence[tuple[int, int]],
    unreal: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The groups of segment ``seg`` whose events reach only the places inside them.

    Parameters
    ----------
    ctx
        The sentence.
    seg
        One of its hard segments.
    events
        The events whose triggers lie in ``seg``.
    spans
        The place mentions inside ``seg``.
    unreal
        Triggers of events that did not happen ("vowed to retake X"): no event, but
        a clause of their own.
    """
    a, b, _ = seg
    if not spans or all(e.weak for e in events):
        return [(a, b)]
    first, last = spans[0][0], spans[-1][0]
    for e in events:
        t = e.trigger[0]
        if t < first:
            first = t
        elif t > last:
            last = t
    stop = min(b, last + 12)
    soft = [h for h in ctx.by_cue.get(Cue.SOFT_BREAK, ()) if a <= h.start < b]
    hint = _COMMA_HINT.search(ctx.text, first, stop) is not None or any(
        first < h.start < stop and h.phrase in _OPENERS for h in soft)
    if not hint and len(spans) < 2:
        return [(a, b)]  # no clause opens between the events and the place
    # a clause of its own: a real event that is no mere consequence ("..., killing
    # nine"), or an event that did not happen
    heads = [e.trigger for e in events if not e.weak and not _consequence(ctx, e)]
    heads += [t for t in unreal if a <= t[0] < b]
    opens = frozenset(h.start for h in soft if h.phrase in SUBORDINATORS and not _prepositional_as(ctx, h.start))
    if not hint and len(heads) < 2 and not opens:
        return [(a, b)]
    pieces = ctx.pieces(seg)
    has_event = _marked(pieces, [t[0] for t in heads])
    has_place = _marked(pieces, [s for s, _ in spans])
    openings = clause_openings(ctx, pieces, spans, b, _between(has_event, has_place)) if hint \
        else [None] * len(pieces)
    def own_site(i: int, j: int) -> bool:
        return any(_unnamed_site(ctx, p0, p1) for p0, p1 in pieces[i:j])

    cuts = _cut_clauses(openings, has_event, has_place, own_site) if any(openings) else []
    groups: list[tuple[int, int]] = []
    for c0, c1 in zip([0, *cuts], [*cuts, len(pieces)]):
        part = pieces[c0:c1]
        g0, g1 = part[0][0], part[-1][1]
        places = sum(1 for s, _ in spans if g0 <= s < g1)
        if places >= 2 and (sum(has_event[c0:c1]) >= 2 or any(g0 <= o < g1 for o in opens)):
            subordinate = [p0 in opens for p0, _ in part] if opens else None
            groups += group_pieces(
                part,
                has_event[c0:c1],
                has_place[c0:c1],
                [ctx.starts_with_locative(p0, p1) for p0, p1 in part],
                [_opens_with_place(ctx, p0, spans) and openings[c0 + k] is None for k, (p0, _) in enumerate(part)],
                subordinate,
                [ctx.starts_coordinate(p0, p1) or _protest_noun_coordinate(ctx, p0, p1) for p0, p1 in part],
            )
        else:
            groups.append((g0, g1))
    return groups


# "..., and demonstrations in A and B": protests told by a noun after "and", with places of
# their own, an elliptical clause of their own (not part of an attack told before).
_PROTEST_NOUN_COORDINATE = re.compile(
    r"(?:,\s+)?(?:and|while)\s+(?:(?:similar|peaceful|large|mass|student|angry)\s+)?"
    r"(?:demonstrations|protests|rallies|marches|sit\s+ins|vigils)\s+(?:were\s+held\s+)?(?:in|at)(?!\S)"
)


def _protest_noun_coordinate(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether ``[a, b)`` opens with "and" and protest nouns with a place: "and demonstrations
    in Idlib and Aleppo" after "where students attacked a dormitory"."""
    return _PROTEST_NOUN_COORDINATE.match(ctx.norm_at(a, b).lstrip()) is not None


def nested_apart(nested: Sequence[tuple[int, int]], trigger: int, mention: int) -> bool:
    """Whether one of ``trigger`` and ``mention`` is inside one of the subject relative
    clauses ``nested`` (:func:`~geo.incidents.embedding.subject_relatives`) and the
    other is not ("militants who attacked A had trained in B")."""
    return any((r0 <= trigger < r1) != (r0 <= mention < r1) for r0, r1 in nested)


def group_pieces(
    pieces: Sequence[tuple[int, int]],
    has_event: Sequence[bool],
    has_place: Sequence[bool],
    fronted: Sequence[bool],
    listed: Sequence[bool] | None = None,
    subordinate: Sequence[bool] | None = None,
    coordinate: Sequence[bool] | None = None,
) -> list[tuple[int, int]]:
    """Join the soft pieces of a clause into groups, one event each.

    A new group starts at a piece with an event when the current group already
    has an event and a place, and the new piece (with the event-less pieces that
    follow it) has a place too. An event-less piece that opens with "in"/"near"
    and precedes such a piece opens the new group ("..., and in Y, troops
    clashed"). A piece marked ``listed`` opens with a place name ("... in Marseille
    and Lyon on a night of unrest") and never starts a group: it continues a list.
    A piece marked ``subordinate`` (a clause of time: "after", "as") with its own
    event and place also starts a group after event-less pieces that hold a place:
    in "mediators met in Doha, days after a strike killed seven in Deir al-Balah"
    the strike is not in Doha; so does a piece with an event and a place after an
    event-less subordinate clause ("As talks went on in Doha, strikes hit Khan Younis").
    A piece marked ``coordinate`` (", and cars were set alight in B": a clause with
    its own subject) with its own event and place starts a group even when the
    group before has no place: "a man was shot dead" is not said to be in B.

    Examples
    --------
    >>> group_pieces([(0, 10), (10, 20), (20, 30)], [True, False, True], [True, True, True], [False, False, False])
    [(0, 20), (20, 30)]
    >>> group_pieces([(0, 10), (10, 20)], [True, False], [True, True], [False, False])
    [(0, 20)]
    >>> group_pieces([(0, 10), (10, 20)], [False, True], [True, True], [False, False], None, [False, True])
    [(0, 10), (10, 20)]
    """
    n = len(pieces)
    groups = []
    g_start = pieces[0][0]
    g_event = g_place = False
    # a subordinate piece with neither event nor place is a preamble that closes at its comma
    # ("Following the exactions of the terrorists, the people of A and B abandoned ..."): no clause of time
    leads = [bool(subordinate and subordinate[k] and (has_event[k] or has_place[k])) for k in range(n)]
    g_sub = leads[0]
    i = 0
    while i < n:
        start_new = False
        own_subject = g_event and not g_place and coordinate and coordinate[i] and has_event[i]
        if own_subject or (g_place and not g_event and subordinate and (subordinate[i] or g_sub) and has_event[i]
                           and not (listed and listed[i])):
            k = i + 1
            place = has_place[i]
            while not place and k < n and not has_event[k]:
                place = has_place[k]
                k += 1
            start_new = place
        elif g_event and g_place and not (listed and listed[i]):
            j = i
            if fronted[i] and not has_event[i] and i + 1 < n and has_event[i + 1]:
                j = i + 1
            if has_event[j]:
                k = j + 1
                place = has_place[i] or has_place[j]
                while not place and k < n and not has_event[k]:
                    place = has_place[k]
                    k += 1
                start_new = place
        if start_new:
            groups.append((g_start, pieces[i][0]))
            g_start = pieces[i][0]
            g_event = g_place = False
            g_sub = leads[i]
        elif leads[i] and not (g_event or g_place):
            g_sub = True  # "Two years | after the war ended in X, ...": the group is the subordinate clause
        g_event = g_event or has_event[i]
        g_place = g_place or has_place[i]
        i += 1
    groups.append((g_start, pieces[-1][1]))
    return groups

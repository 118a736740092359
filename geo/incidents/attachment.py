"""Which events of a sentence reach which of its place mentions.

:func:`reachable` picks the segments of a sentence whose events can reach a mention
(the tagger reads only their triggers); :func:`attach` gives each mention the events
of its own clause group (:func:`~geo.incidents.scope.event_groups`), each with an
attachment factor that falls off with the distance to the trigger, and the events
of a relative clause right after it ("..., where Turkish forces established a post").
On the way, it keeps background events told in a time adjunct ("after weeks of
fighting") to the places of that adjunct, keeps a protest's topic ("rallied in A
against the war in B") from reaching B, and hands a flight on to the destinations
of the next clause. :func:`on_path` keeps from a mention reached by a path ("taken
to hospitals in X") the violent events that do not travel that path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from geo.incidents.clauses import SentenceContext
from geo.incidents.embedding import subject_relatives
from geo.incidents.events import Event
from geo.incidents.journeys import heads_path, path_preposition, thrust_path
from geo.incidents.labels import AGR, ARR, DWU, LOOT
from geo.incidents.scope import _subject_verb, event_groups, nested_apart, time_adjuncts
from geo.incidents.taxonomy import BATTLES, DISPLACEMENT, PROTESTS, RIOTS, VIOLENT_EVENT_TYPES

__all__ = ["LIST_BETWEEN", "attach", "on_path", "reachable", "site_bound"]

# Between a place and the relative clause after it: "X, where ...", "X, in which ...".
# "X town, where ...": the place's kind may come between.
_RELATIVE_GLUE = re.compile(
    # "A and B communities, where ...": the kind after a list, plural
    r"^(?:\s+(?:towns?|city|cities|villages?|camps?|districts?|areas?|provinces?|states?|regions?|count(?:y|ies)|"
    r"ports?|communities|neighbou?rhoods?|municipalities|hromadas|squares?|streets?|avenues?))?"
    # "X square near parliament, where ...": a landmark with no name of its own, inside X
    r"(?:\s+(?:near|next\s+to|outside|opposite)\s+(?:the\s+)?[a-z]+(?:\s+(?:building|house|office|palace))?)?"
    # "X itself, which ...": the place stressed
    r"(?:\s+itself)?[\s,]*(?:(?:in|at)\s+)?$"
)
_NEAR = 60  # characters: a trigger this close to a mention reaches it fully
# Between two items of a list of places: "A and B", "A, or the B".
LIST_BETWEEN = re.compile(r"^\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:the\s+)?$")  # not "Odesa, Ukraine"
# Between two items of a list: "A, B and C"; a comma alone only ahead of an "and" that
# closes the list (see :func:`_relative_list`).
_LIST_COMMA = re.compile(r"^\s*,\s+(?:the\s+)?$")
# A list named by a plural kind of place, then a relative clause that tells of them all:
# "the A and B communities, where shelling has become daily". Without the plural the
# clause may tell only of the last ("villages, including A and B, where troops remain").
_PLURAL_WHERE = re.compile(
    r"^\s+(?:towns|cities|villages|camps|districts|areas|provinces|states|regions|counties|"
    r"communities|neighbou?rhoods|municipalities|hromadas|localities|settlements)\s*,?\s*$"
)


# The rest of a flight told before, with no verb of its own: "... have fled, the government
# said, most of them to the cities of A and B"; "returned to X, most of them from A"; "have
# left the border area, most of them for X".
_REMNANT = re.compile(
    r"(?<!\S)(?:many|most|some|others|half|the\s+rest|the\s+majority|thousands|hundreds)\s+"
    r"(?:of\s+(?:them|whom)\s+)?(?:to|from|into|toward|towards|for)\s+"
)
_REMNANT_REACH = 90  # characters from the remnant to the last place of its list


def _remnant_start(ctx: SentenceContext, span: tuple[int, int]) -> int | None:
    """Where the verbless remnant of a flight ("most of them to") before the mention at
    ``span`` starts, or ``None`` (no remnant, or a trigger word in between)."""
    lo = max(ctx.start, span[0] - _REMNANT_REACH)
    found = list(_REMNANT.finditer(ctx.norm_at(lo, span[0])))
    if not found:
        return None
    start = lo + found[-1].start()
    if any(start < u.start < span[0] and u.triggers for u in ctx.units):
        return None  # "most of whom moved westwards to X": a verb of its own
    return start


# A list resumed after a relative clause: "hit the port of A, where ships were docked, as well as
# the airport in B"; "continued in A, where a curfew was imposed, and in B". The place after it
# is one more item of the clause before the relative, not of the relative clause.
_RESUMED = re.compile(
    r",\s+(?:and|as\s+well\s+as)\s+(?:(?:in|at|on|near|around)\s+)?(?:the\s+)?"
)
# The words of the resumed item before its place, with no way of its own: "the oil terminal in
# B", not "toward B" (", and toward B" goes on with the relative's own flight).
_RESUMED_HEAD = re.compile(r"^(?:(?!(?:to|toward|towards|into|from|for|by|with|against)\s)[\w'’-]+\s+){0,5}$")
_RESUMED_REACH = 60  # characters from the resumption to the place it lists


def _resumed_list(ctx: SentenceContext, seg: tuple[int, int, bool], spans: list[tuple[int, int]]) -> int | None:
    """Where a relative segment ``seg`` gives way again to the list of the clause before
    it (", as well as the airport in B"), or ``None``. The rest of the segment must hold
    no trigger word and no verb of its own: ", and in B troops clashed" is a clause. A
    relative clause with a list of its own ("which provides for A, B, and C") keeps the
    items after it, and so does one with a way of its own ("fleeing toward A, a
    district of the city, and toward B")."""
    a, b, relative = seg
    if not relative:
        return None
    for m in _RESUMED.finditer(ctx.text, a, b):
        start = m.end()
        if "," in ctx.text[a : m.start()]:
            return None  # the relative's own list: "which provides for the withdrawal of A, the return of B, and C"
        if not any(start <= s < min(b, start + _RESUMED_REACH) and _RESUMED_HEAD.match(ctx.text[start:s])
                   for s, _ in spans):
            continue
        if any(m.start() < u.start < b and u.triggers for u in ctx.units):
            return None
        if _subject_verb(ctx, start, b, cross_commas=False):
            return None
        return m.start()
    return None


def reachable(ctx: SentenceContext, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Segments whose events can reach a mention: those holding one, relative
    clauses right after one, and the segments before a remnant of a flight ("most of
    them to X")."""
    out = []
    remnants = [r for r in (_remnant_start(ctx, sp) for sp in spans) if r is not None]
    for seg in ctx.segments:
        a, b, relative = seg
        if any(a <= s < b for s, _ in spans) or (
            relative and any(e <= a and _RELATIVE_GLUE.match(ctx.text[e:a]) for _, e in spans)
        ) or any(a < r for r in remnants):
            out.append(seg)
    return out


def _remnant_flight(ctx: SentenceContext, events: list[Event], spans: list[tuple[int, int]],
                    out: list[list[tuple[Event, float]]]) -> None:
    """Gives a mention after the remnant of a flight ("..., most of them to the cities of
    X") the displacement told before the remnant in its sentence."""
    for j, span in enumerate(spans):
        if any(e.event_type == DISPLACEMENT for e, _ in out[j]):
            continue
        start = _remnant_start(ctx, span)
        if start is None:
            continue
        fled = [e for e in events if e.event_type == DISPLACEMENT and e.trigger[1] <= start]
        if fled:
            out[j].append((fled[-1], 0.9))


# The share of downed drones or missiles told after the total, with no verb of its own:
# "shot down 12 drones over the region: 9 over the A district and 3 over B"; "..., 4 over C".
_SHARE = re.compile(
    r"(?<![\w-])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|another|one)\s+(?:more\s+)?"
    r"(?:over|above)\s+(?:the\s+)?(?:(?:territory|skies|sky)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:city|town|region|district)\s+of\s+)?$"
)


def _downed_shares(ctx: SentenceContext, events: list[Event], spans: list[tuple[int, int]],
                   out: list[list[tuple[Event, float]]]) -> None:
    """Gives a mention after the share of a total shot down ("..., 4 over X") the disrupted
    weapons use told before it in its sentence."""
    for j, span in enumerate(spans):
        if out[j]:
            continue
        lo = max(ctx.start, span[0] - 40)
        share = _SHARE.search(ctx.norm_at(lo, span[0]))
        if share is None:
            continue
        start = lo + share.start()
        if any(start < u.start < span[0] and u.triggers for u in ctx.units):
            continue
        downed = [e for e in events if (e.event_type, e.sub_event_type) == DWU and e.trigger[1] <= start]
        if downed:
            out[j].append((downed[-1], 0.9))


# What an agreement provides for, after its venue: "signed a deal in A that commits B to ...",
# "signed a declaration in A aimed at ending fighting in B", "in A ..., paving the way for ...".
_AGREEMENT_CONTENT = re.compile(
    r"(?<!\S)(?:that|which|who|aimed\s+at|paving\s+the\s+way|commits?|committing|would|will|covering|"
    r"to\s+end|ending)(?!\S)"
)
_VENUE_BEFORE = re.compile(r"(?<!\S)(?:in|at)\s+(?:the\s+)?$")


def _agreement_content(
    ctx: SentenceContext, spans: list[tuple[int, int]], out: list[list[tuple[Event, float]]],
) -> None:
    """Takes the agreement from a place named in what it provides for, when the agreement has
    its venue before it ("signed a peace deal in A that commits B to withdraw from C": A only)."""
    venue: list[bool] | None = None  # whether each place has "in"/"at" before it, read at the first agreement
    for j, span in enumerate(spans):
        agreed = [e for e, _ in out[j] if (e.event_type, e.sub_event_type) == AGR and e.trigger[1] <= span[0]]
        if not agreed:
            continue
        if venue is None:
            venue = [_VENUE_BEFORE.search(ctx.norm_at(max(ctx.start, s0 - 8), s0)) is not None for s0, _ in spans]
        venues = [k for k in range(j) if out[k] and venue[k]]  # (out changes as the loop goes)
        if not any(_AGREEMENT_CONTENT.search(ctx.norm_at(spans[k][1], span[0])) for k in venues):
            continue
        out[j][:] = [(e, f) for e, f in out[j] if e not in agreed]


def attach(
    ctx: SentenceContext, events: list[Event], spans: list[tuple[int, int]],
    unreal: Sequence[tuple[int, int]] = (), onward: list[list[tuple[Event, float]]] | None = None,
) -> list[list[tuple[Event, float]]]:
    """Events reaching each mention, with an attachment factor.

    The events of a segment reach the mentions of their own group
    (:func:`~geo.incidents.scope.event_groups`). ``unreal`` holds the triggers that
    did not happen ("vowed to retake X"): they give no event, but their clause is
    one of its own, which the events of the clause before do not reach.

    A flight goes on past its clause: ``onward``, when given, receives for each
    mention of an event-less group the displacement of the group before it, for a
    destination to take ("villagers fled A, and others crossed into B").
    """
    out: list[list[tuple[Event, float]]] = [[] for _ in spans]
    for seg in ctx.segments:
        a, b, relative = seg
        resumed = _resumed_list(ctx, seg, spans)
        if resumed is not None:
            _resume(spans, seg, resumed, out)
            seg = (a, resumed, relative)
            b = resumed
        seg_events = [e for e in events if a <= e.trigger[0] < b]
        if not seg_events:
            continue
        inside = [j for j, (s, _) in enumerate(spans) if a <= s < b]
        strong = [e for e in seg_events if not e.weak]
        groups = event_groups(ctx, seg, seg_events, [spans[j] for j in inside], unreal) if inside else [(a, b)]
        fled: list[Event] = []
        nested = subject_relatives(ctx, seg)
        # a flight crosses a "who" clause ("people who fled A arrived in B": both places), not
        # a "which" one ("the war, which began in A, has displaced 12 million")
        flight_crosses = not any(ctx.norm_at(r0, r0 + 6).startswith("which") for r0, _ in nested)
        adjuncts = time_adjuncts(ctx, seg) if inside and len(strong or seg_events) >= 2 else []
        for g0, g1 in groups:
            g_events = [e for e in seg_events if g0 <= e.trigger[0] < g1]
            usable = [e for e in g_events if not e.weak] or g_events
            if adjuncts:
                usable = _foreground(usable, adjuncts, spans, inside, g0, g1, out)
            if onward is not None and fled and not g_events:
                for j in inside:
                    if g0 <= spans[j][0] < g1:
                        onward[j].extend((e, 0.9) for e in fled)
            fled = [e for e in usable if e.event_type == DISPLACEMENT]
            for j in inside:
                if g0 <= spans[j][0] < g1:
                    out[j].extend(
                        (e, _distance_factor(e, spans[j])) for e in usable
                        if not _in_protest_topic(ctx, e, spans[j], g0, spans)
                        and not (nested and (e.event_type != DISPLACEMENT or not flight_crosses)
                                 and nested_apart(nested, e.trigger[0], spans[j][0]))
                    )
        if relative:  # "..., where Turkish forces established a post": the places before it
            for j in _relative_list(ctx.text, spans, a):
                out[j].extend((e, 0.9) for e in (strong or seg_events))
    _bracket_lists(ctx, spans, out)
    _origin_brackets(ctx, spans, out)
    _remnant_flight(ctx, events, spans, out)
    _downed_shares(ctx, events, spans, out)
    _agreement_content(ctx, spans, out)
    return out


# A list cut by a bracket: "displaced to A (particularly B and C districts) and D"; "shelled
# A (also known as B)". The kind of place may come between the place and the bracket.
_PLACE_KINDS = (
    r"(?:towns?|city|cities|villages?|camps?|districts?|areas?|provinces?|states?|regions?|count(?:y|ies)|"
    r"communities|neighbou?rhoods?|municipalit(?:y|ies)|governorates?|hromadas?)"
)
_BEFORE_BRACKET = re.compile(rf"^(?:\s+{_PLACE_KINDS})?\s*$")
# What opens a bracket of places: nothing, or a word that picks them out.
_BRACKET_LEAD = re.compile(
    r"^\(\s*(?:(?:particularly|especially|mainly|mostly|notably|namely|including|or|"
    r"(?:also\s+)?known\s+as)\s+)?(?:the\s+)?$"
)
# Not a division named alone: "near A (B province)" only locates A in B.
_BRACKET_TAIL = re.compile(
    rf"^(?!\s+(?:province|region|governorate|state|county|department|oblast|prefecture|district)\b)"
    rf"(?:\s+{_PLACE_KINDS})?\s*$"
)
# The list going on after the bracket: "...) and D", "...), as well as in D".
_BRACKET_CLOSE = re.compile(
    r"^\)\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:(?:in|at|on|near|around)\s+)?(?:the\s+)?$"
)


def _brackets_after_places(
    ctx: SentenceContext, spans: list[tuple[int, int]]
) -> Iterator[tuple[int, int, int, list[int]]]:
    """Each bracket segment ``[a, b)`` right after a place, or after a place and its kind
    ("in A district (...)"): ``(a, b, last, inside)``, ``last`` the place before it and
    ``inside`` the places in it (indexes into ``spans``)."""
    text = ctx.text
    for a, b, _ in ctx.segments:
        if text[a : a + 1] != "(":
            continue
        last = next((j for j in range(len(spans) - 1, -1, -1) if spans[j][1] <= a), None)
        if last is None or not _BEFORE_BRACKET.match(text[spans[last][1] : a]):
            continue
        yield a, b, last, [j for j, (s, _) in enumerate(spans) if a <= s < b]


def _bracket_lists(ctx: SentenceContext, spans: list[tuple[int, int]], out: list[list[tuple[Event, float]]]) -> None:
    """Gives the places of a list cut by a bracket the events of the place before the
    bracket: the places inside it, when it holds only places and no trigger word
    ("remain displaced in A (particularly B and C districts)"), and the item that goes
    on after it ("... and D")."""
    text = ctx.text
    for a, b, last, inside in _brackets_after_places(ctx, spans):
        if not out[last]:
            continue
        found = [(e, 0.9) for e, _ in out[last]]
        if inside and _bracket_of_places(ctx, spans, inside, a, b):
            for j in inside:
                _add(out[j], found)
        after = next((j for j, (s, _) in enumerate(spans) if s >= b), None)
        if after is not None and _BRACKET_CLOSE.match(text[b : spans[after][0]]):
            _add(out[after], found)
        elif after is not None and _BRACKET_COMMA.match(text[b : spans[after][0]]):
            for j in list_closed_by_and(text, spans, after):
                _add(out[j], found)


# A bracket that tells where the people who reached the place before it came from:
# "new arrivals were recorded in A (from B and C)", "(mainly from villages of the D valley)".
_FROM_BRACKET_LEAD = re.compile(
    r"^\(\s*(?:(?:mainly|mostly|most|many|largely|chiefly|all)\s+)?(?:of\s+them\s+)?from\s+(?:the\s+)?"
    rf"(?:(?:\w+\s+){{0,2}}?{_PLACE_KINDS}\s+of\s+(?:the\s+)?)?$"
)


def _origin_brackets(ctx: SentenceContext, spans: list[tuple[int, int]], out: list[list[tuple[Event, float]]]) -> None:
    """Gives the places of a bracket of origins the flight of the place before it: in "new
    arrivals were recorded in A (from B and C)" people fled B and C for A."""
    text = ctx.text
    for a, b, last, inside in _brackets_after_places(ctx, spans):
        fled = [(e, 0.9) for e, _ in out[last] if e.event_type == DISPLACEMENT]
        if fled and inside and _FROM_BRACKET_LEAD.match(text[a : spans[inside[0]][0]]) \
                and not any(a <= u.start < b and u.triggers for u in ctx.units):
            for j in inside:
                _add(out[j], fled)


# The list going on after the bracket with a comma: "arrivals in A (B and C districts), D and E".
_BRACKET_COMMA = re.compile(r"^\)\s*,\s+(?:the\s+)?$")


def list_closed_by_and(text: str, spans: list[tuple[int, int]], first: int) -> list[int]:
    """The items of the list that starts at mention ``first`` when an "and" or "or" closes
    it ("D, E and F"), else none: a bare comma after a bracket may open a new clause."""
    items = [first]
    for k in range(first + 1, len(spans)):
        glue = text[spans[k - 1][1] : spans[k][0]]
        if _LIST_COMMA.match(glue):
            items.append(k)
        elif LIST_BETWEEN.match(glue):
            return items + [k]
        else:
            break
    return []


def _bracket_of_places(ctx: SentenceContext, spans: list[tuple[int, int]], inside: list[int], a: int, b: int) -> bool:
    """Whether the bracket ``a``-``b`` holds only the list of places ``inside``."""
    text = ctx.text
    if any(a <= u.start < b and u.triggers for u in ctx.units):
        return False
    if not _BRACKET_LEAD.match(text[a : spans[inside[0]][0]]) or not _BRACKET_TAIL.match(text[spans[inside[-1]][1] : b]):
        return False
    return all(
        LIST_BETWEEN.match(text[spans[j][1] : spans[k][0]]) or _LIST_COMMA.match(text[spans[j][1] : spans[k][0]])
        for j, k in zip(inside, inside[1:])
    )


def _add(found: list[tuple[Event, float]], more: list[tuple[Event, float]]) -> None:
    """Adds to ``found`` the events of ``more`` it does not hold yet."""
    have = {id(e) for e, _ in found}
    found.extend((e, f) for e, f in more if id(e) not in have)


# A part of a place named before it: "the A district of B", "the A neighbourhood of B".
_PART_OF_GLUE = re.compile(
    r"^\s+(?:district|neighbou?rhood|quarter|suburb|area|municipality|village|camp)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$"
)


# The same, with the larger place named: "the A district of B, where ..." tells of A.
_PART_OF_NAMED = re.compile(
    r"^\s+(?:district|neighbou?rhood|quarter|suburb|area|municipality|village|camp)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}[\s,]*$"
)


def _relative_list(text: str, spans: list[tuple[int, int]], a: int) -> list[int]:
    """The mentions a relative clause starting at ``a`` tells of: the place right before
    it and the items of the list it closes ("the A and B communities, where shelling has
    become daily": both)."""
    last = next((j for j in range(len(spans) - 1, -1, -1) if spans[j][1] <= a), None)
    if last is None or not _RELATIVE_GLUE.match(text[spans[last][1] : a]):
        return []
    where = text.startswith("where", a)
    plural = _PLURAL_WHERE.match(text[spans[last][1] : a])
    if plural and not where:
        return []  # "the A and B regions, which are mostly farmland, have seen ...": the regions are its subject
    out = [last]
    if last and _PART_OF_GLUE.match(text[spans[last - 1][1] : spans[last][0]]):
        out.append(last - 1)  # "the A district of B, where a crowd smashed windows": A is the place told of
    if not plural:
        return out
    closed = False  # an "and" seen between two items: the commas before it list too
    for j in range(last - 1, -1, -1):
        between = text[spans[j][1] : spans[j + 1][0]]
        if LIST_BETWEEN.match(between):
            closed = True
        elif not (closed and _LIST_COMMA.match(between)):
            break
        out.append(j)
    return out


def _resume(spans: list[tuple[int, int]], seg: tuple[int, int, bool], resumed: int,
            out: list[list[tuple[Event, float]]]) -> None:
    """Gives the places of a list resumed after a relative clause ("..., as well as the
    airport in B") the events of the last place before that relative clause."""
    before = [j for j, (s, _) in enumerate(spans) if s < seg[0]]
    if not before or not out[before[-1]]:
        return
    for j, (s, _) in enumerate(spans):
        if resumed <= s < seg[1]:
            out[j].extend((e, 0.9) for e, _ in out[before[-1]])


def _foreground(
    usable: list[Event], adjuncts: list[tuple[int, int]], spans: list[tuple[int, int]], inside: list[int],
    g0: int, g1: int, out: list[list[tuple[Event, float]]],
) -> list[Event]:
    """The events of a group that reach its places when some are background, told in
    a time adjunct ("captured Rubaya after weeks of fighting"): with a specific event
    of its own outside the adjuncts, the clause keeps it, and an adjunct's event only
    reaches the places inside that adjunct (given to ``out`` here)."""
    def adjunct_of(pos: int) -> tuple[int, int] | None:
        return next((x for x in adjuncts if x[0] <= pos < x[1]), None)

    back = [e for e in usable if adjunct_of(e.trigger[0]) is not None]
    if not back or not any(not e.generic and adjunct_of(e.trigger[0]) is None for e in usable):
        return usable
    for j in inside:
        if g0 <= spans[j][0] < g1:
            where = adjunct_of(spans[j][0])
            if where is not None:
                out[j].extend((e, _distance_factor(e, spans[j])) for e in back if adjunct_of(e.trigger[0]) == where)
    return [e for e in usable if adjunct_of(e.trigger[0]) is None]


_TOPIC = re.compile(
    r"(?<!\S)(?:against|over|demanding|to\s+demand|in\s+support\s+of|(?:in|of)\s+solidarity\s+with|"
    # "marches of solidarity with X", "rallied to denounce the strikes on X", "chanting 'Death to X'",
    # "came out under the slogan 'Steadfast with X'"
    r"to\s+denounce|death\s+to|under\s+the\s+slogans?|"
    r"to\s+protest|to\s+mark|condemning|calling\s+for|to\s+call\s+for|denouncing|for\s+the|"
    r"demanded|demand|called\s+for|urged|condemned|denounced|an\s+end\s+to|"
    r"accountability\s+for)(?!\S)"
)


# What a protest can be about that happens somewhere else ("against the war in B").
_REMOTE_TOPIC = re.compile(
    r"(?<!\S)(?:war|wars|offensive|killings?|attacks?|strikes|bombings?|bombardment|occupation|"
    r"invasion|siege|crackdown|genocide|massacres?|violence|treatment|policy|policies|situation|"
    r"conflict|blockade|arrests?|detention|deaths?|jailing|imprisonment|election|elections|"
    r"government|regime|operations?|actions|plight|persecution|fighting|shooting|executions?)(?!\S)"
)
# A verb that closes the topic phrase: "Protests over water shortages spread across X".
_TOPIC_END = re.compile(
    r"(?<!\S)(?:spread|spreads|erupted|erupt|continued|continue|continues|entered|took\s+place|"
    r"(?:were|was)\s+held|broke\s+out|swept|sweep|rocked|grew|turned|escalated|raged|resumed|"
    r"reached|hit|engulfed|gripped|as\s+did)(?!\S)"  # "..., as did crowds in C": C's own rally
)
# "against" naming whom force was used on, not what the protest is about: "tear gas against
# protesters in A, B and C" (all three are protest sites).
_CROWD_TARGET = re.compile(
    r"\s*(?:the\s+)?(?:\S+\s+)?(?:protesters|demonstrators|marchers|crowds?|rioters|mourners|"
    r"students|youths|worshippers)(?!\S)"
)
_AT_PLACE = re.compile(
    r"(?<!\S)(?:in|at)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?:(?:city|town|capital)\s+of\s+)?$"
)


def _in_protest_topic(
    ctx: SentenceContext, event: Event, span: tuple[int, int], start: int,
    spans: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether the mention is in what a protest is about ("rallied in A against the war in B").

    A place right after "in" at the end of a topic with no remote happening in it
    ("protesting against a proposed finance bill in Nairobi") is where the protest
    is, unless the protest already has a place before it (another of ``spans``
    from the group's ``start`` on).
    """
    if event.event_type not in (PROTESTS, RIOTS) or span[0] < event.trigger[1]:
        return False
    before = [x for x in spans if event.trigger[1] <= x[0] and x[1] <= span[0]]
    if before and LIST_BETWEEN.match(ctx.text[before[-1][1] : span[0]]):
        # the next item of a list shares the first one's part: "blocked roads in A and B"
        return _in_protest_topic(ctx, event, before[-1], start, spans)
    between = ctx.norm_at(event.trigger[1], span[0])
    topic = next((t for t in _TOPIC.finditer(between) if not _crowd_target(between, t)), None)
    if topic is None:
        return False
    rest = between[topic.end():]
    if _TOPIC_END.search(rest):
        return False
    if not _AT_PLACE.search(rest) or _REMOTE_TOPIC.search(rest):
        return True
    return any(start <= s < span[0] for s, _ in spans) if spans else True


def _crowd_target(between: str, topic: re.Match[str]) -> bool:
    """Whether the topic word is "against" before the crowd itself ("live rounds against
    protesters in A"): force used on the protest, not its cause."""
    return topic.group() == "against" and _CROWD_TARGET.match(between, topic.end()) is not None


def _distance_factor(event: Event, span: tuple[int, int]) -> float:
    gap = max(event.trigger[0] - span[1], span[0] - event.trigger[1], 0)
    return 1.0 if gap <= _NEAR else max(0.8, 1.0 - (gap - _NEAR) / 600)


def on_path(
    text: str, ctx: SentenceContext, spans: list[tuple[int, int]], j: int,
    found: list[tuple[Event, float]], paths: list[tuple[int, int] | None],
) -> list[tuple[Event, float]]:
    """The events of ``found`` that reach mention ``j`` when it is reached by a path
    (:mod:`~geo.incidents.journeys`): a violent event only when it travels that path.
    ``paths`` collects the preposition of each mention looked at (``None`` for none);
    the next item of a list shares it ("taken to hospitals in A and B")."""
    while len(paths) < j:
        paths.append(None)
    prep = path_preposition(text, ctx.segment_of(spans[j][0])[0], spans[j][0])
    if prep is None and j and paths[j - 1] is not None and _next_item(text, spans, j):
        prep = paths[j - 1]
    paths.append(prep)
    if prep is None or any(prep[1] <= e.trigger[0] < spans[j][0] for e, _ in found):
        return found
    own = _own_relative(ctx, spans[j])
    thrust = thrust_path(text, prep)  # "clashed with a force trying to advance towards X": met on the way
    leaving = _LEAVING_PATH.search(text, max(0, prep[0] - 60), prep[0]) is not None
    return [(e, f) for e, f in found if not site_bound(e) or heads_path(text, e.trigger, prep)
            or (own is not None and own[0] <= e.trigger[0] < own[1]) or (thrust and e.event_type == BATTLES)
            or e.event_type not in VIOLENT_EVENT_TYPES and not leaving]  # "supplier to the terrorists at the
    # market in A was arrested": no one left for A, the arrest stays


# The kind of the place before a list's "and": "to A town and B".
_KIND_BEFORE_LIST = re.compile(rf"^\s+{_PLACE_KINDS}(?=\s*,?\s+(?:and|or)\s)")


def _next_item(text: str, spans: list[tuple[int, int]], j: int) -> bool:
    """Whether mention ``j`` is the next item of a list after mention ``j - 1``: "A and B",
    "A town and B", or "A, B and C" (a bare comma only in a list an "and" closes)."""
    glue = text[spans[j - 1][1] : spans[j][0]]
    kind = _KIND_BEFORE_LIST.match(glue)
    if LIST_BETWEEN.match(glue[kind.end() if kind else 0 :]):
        return True
    return bool(_LIST_COMMA.match(glue)) and j in list_closed_by_and(text, spans, j - 1)


# A path of leaving, or of people carried off, which looting and arrests do not travel:
# "looted shops before withdrawing in the direction of A", "left on motorbikes towards B",
# "detained 20 men, taking them to C", "then conducted to the camp of D", "captives who were
# led towards the E river", "arrested a commander at the airport and flew him to F".
_LEAVING_PATH = re.compile(
    r"(?<![\w'’-])(?:withdr[ae]w\w*|retreat\w*|fle[de]\w*|escap\w*|leav\w*|left|mov(?:ed|ing)|head(?:ed|ing)|"
    r"return\w*|taken|taking|took|conducted|transferred|drove|driven|carried|sent|led|escorted|"
    r"flew|flown|airlifted|transported|extradited|deported)\s+"
    r"(?:(?!and\s|but\s)[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# Events that stay where they were done, like violence: "looted shops before withdrawing in
# the direction of A", "arrested two men and took them to B" (A and B only end a path).
_SITE_BOUND = frozenset((LOOT, ARR))


def site_bound(event: Event) -> bool:
    """Whether ``event`` happened where it was done, so a place only reached by a path does
    not take it: violence, looting and arrests (a deployment or a truce may head a path)."""
    return event.event_type in VIOLENT_EVENT_TYPES or (event.event_type, event.sub_event_type) in _SITE_BOUND


def _own_relative(ctx: SentenceContext, span: tuple[int, int]) -> tuple[int, int] | None:
    """The relative clause right after the mention at ``span``, which tells of the place
    itself whatever path reached it: "pushed toward X, which is shelled every day"."""
    for a, b, relative in ctx.segments:
        if a >= span[1]:
            glue = ctx.text[span[1] : a]
            return (a, b) if relative and (_RELATIVE_GLUE.match(glue) or _PART_OF_NAMED.match(glue)) else None
    return None

"""Is an event dated well before the article: background, not the news of the text?

A year or a month in the trigger's clause can date its event before the article's
news window:

* a year more than a year back ("in 2019"; last year's only from March on), unless
  it is attributive to another noun ("the 2008 war") or past a marking word ("to
  mark the killings in 1915"), or it opens a later participle clause;
* a month two or more months back in a relative clause ("the M23, which captured
  Goma in January", read in June) or a phrase of time ("after the stabbing of a boy
  in X in March"); a whole month back without a day is enough in a relative clause;
* a month four or more months back in the main clause, when it is the date nearest
  the trigger in its own clause piece ("In November, a suicide bomber killed 26
  people in X", read in March; "the RSF overran the camp in April", read in
  August). A day nearer the trigger ("marched on Saturday ... the collapse that
  killed 15 in November") dates it instead, and a month in a clause of its own
  dates only that clause; an "and" that joins objects opens none ("seized X and the
  command's headquarters there last August"), and a month before the trigger dates the
  "after" phrase that follows it ("In June, the field was halted after a rocket attack");
* last month without a day in the main clause, once the article is ten days into its
  month ("in November the army seized X", read on 12 December), unless it starts a span
  ("since late May").

Other spans before the news: a relative clause with "this year", "earlier this month" or
"last month" (:func:`past_relative`: "the group, which seized X this year, said ..."); an
event counted in a series of the year, the month or a span of months (:func:`counted`:
"the second mass abduction on the road this year", "the third kidnapping in the zone in
two months"); a sentence opening on "after" or "following" an event
dated a week or more back (:func:`earlier_opening`: "Following the 16 March fire in X
that killed 61, residents ...", read on 24 March).

A month after the article's month is last year's only when told as past ("in
November", "last October"); "until the end of October" is to come. A month that
premodifies an event noun ("the April killing", "the group's January offensive")
names an earlier event when it is not the article's own month, as an old year does
("the 2023 siege"), also with its day ("the 22 April attack"); so does a month two or
more months back right after an event noun ("the massacre in December in X"). An old
year after "in a" dates the clause ("killed dozens of people in a 2021 attack").

A span of months or years makes a clause a running record, not one event
(:func:`running_record`): "over the past 18 months", "in recent years", "have besieged
X for more than a year", "so far this year", and "this year" with a perfect ("have killed 20 drivers this year"); weeks and
days are still news ("over the past week").

Examples
--------
>>> from datetime import date
>>> from geo.incidents.clauses import SentenceContext
>>> text = "In November, a suicide bomber killed 26 people at the station."
>>> ctx = SentenceContext(text, 0, len(text))
>>> unit = next(u for u in ctx.units if u.phrase == "suicide bomber")
>>> dated_before(ctx, date(2025, 3, 12), unit, ctx.segment_of(unit.start))
True
>>> dated_before(ctx, date(2024, 12, 2), unit, ctx.segment_of(unit.start))
False
"""

from __future__ import annotations

import re
from datetime import date as Date
from functools import lru_cache

from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.dates import DATE_EXPRESSION, MONTHS, resolve_date
from geo.incidents.embedding import subject_relatives
from geo.incidents.lexicon import CUES, Cue
from geo.incidents.matcher import Unit, normalize
from geo.incidents.sentences import split_sentences

__all__ = [
    "CONCESSIVE_OPENER", "LATER_ORDINAL", "MARKING", "SUPERLATIVE", "apart", "counted", "dated_before",
    "dates_other", "earlier_opening", "held_since", "later_than_old", "old_year", "opening_end", "participle_after",
    "past_relative", "relative_dated", "running_record", "year_dated_noun",
]

MARKING = frozenset(
    "anniversary commemorate commemorates commemorated commemorating commemoration remember "
    "remembered remembers remembering recalled memorial memorials".split()
) | frozenset(  # ... and likened to an earlier event: "the killings recall the massacre in X"
    p for p, cues in CUES.items() if Cue.HISTORY in cues and p.endswith((" after", " since", " of", " the"))
)
"""Words of remembrance: a date past them dates what is remembered."""

LATER_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
"""An ordinal past the first, as a series counts its events: "the fourth such raid",
"the 12th attack" (a regular expression without anchors, on normalized text)."""
# Any ordinal: "the first grenade attack", "the second mass abduction".
_ORDINAL = rf"(?:first|{LATER_ORDINAL})"

SUPERLATIVE = rf"(?:\w+est|worst|best|most(?:\s+\w+)?|{_ORDINAL}|only)"
"""A superlative or an ordinal, what comes after "since" is measured against: "the
deadliest since", "the first grenade attack in the city since", "the fourth night of
protests since" (a regular expression without anchors, on normalized text)."""

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
# A day right after a month, on the raw text: "March 3" (not "In December, 39 civilians").
_DAY_NEXT = re.compile(r"\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d,.]\d)(?!\d)")
_DAY_BEFORE = re.compile(r"\d\s+(?:of\s+)?$")
_RELATIVE_PRONOUN = re.compile(r"(?<!\S)(?:that|which|whose)\s+(?:\S+\s+){0,4}$")
# "that" after a verb of saying opens what was said: "refugees reported that armed men killed ...".
_SAID_THAT = re.compile(
    r"(?<!\S)(?:said|say|says|told|tell|(?:told|tell|tells)\s+[a-z]+|reported|report|added|stated|claimed|confirmed|announced|alleged|"
    r"warned|testified|recounted|recalled|explained|insisted|believe|believes)\s+$"
)
_TIME_OPENER = re.compile(r"(?<!\S)(?:after|following)\s+(?:(?:the|a|an|last|their|its)\s+)?(?:\S+\s+){0,2}$")
# A participle clause after a comma ("carrying photographs of relatives killed since 2019"), not
# "including", which goes on with the event itself ("bombings abroad, including a double bombing
# in X in March 2024") unless a participle of its own follows ("including rifles looted in 2023").
_PARTICIPLE_PIECE = re.compile(r",\s+(?:(?!including\s)[a-z]+ing\s|including\s+(?:[^\s,;]+\s+){1,3}?[a-z]{2,}ed\s)")
_ATTRIBUTIVE = re.compile(r"(?<!\S)(?:the|a|an|its|their|s|this|that)\s+$")
# A determiner before a month that may carry its day first: "the 22 April attack".
_ATTRIBUTIVE_DAY = re.compile(r"(?<!\S)(?:the|a|an|its|their|s|this|that)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$")
# An event noun dated by a month right after it: "the massacre in December in X", "the
# attack on the camp in March" (no verb in between: a noun phrase, not a clause).
_NOUN_MONTH = re.compile(
    r"^\s+(?:(?:on|at|in|of|near|against)\s+(?:(?!(?:was|were|is|are|has|have|had|which|that|who|when|and|but)\s)"
    r"(?!\S+ed\s)\S+\s+){1,5}?)?(?:in|during)\s+(?:early\s+|late\s+|mid\s+)?$"
)
_PAST_FORMS = frozenset("struck fought shot overran retook took fell hit blew stole swept".split())
_NOUN_DETERMINER = re.compile(r"(?<!\S)(?:the|a|an|its|their|s|last)\s+(?:[a-z-]+\s+){0,2}$")
# A noun dated by an attributive year, and the relative clause that tells of it: "the 2019
# unrest in which buildings were burned in X", "the 2016 siege, during which ..." (then, not now).
_DATED_NOUN_WHICH = re.compile(
    r"(?<!\S)(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?:[a-z]+\s+){1,2}(?:in|during)\s+which(?!\S)"
)
# An attributive year after "in" or "during" dates the clause: "where militants killed
# dozens of people in a 2021 attack".
_IN_ATTRIBUTIVE = re.compile(r"(?<!\S)(?:in|during)\s+(?:the|a|an|its|their)\s+$")
# A month as the premodifier of a noun: "the April killing", "the May 3 attack".
_MONTH_NOUN = re.compile(r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?!of\s|and\s|to\s|or\s)[a-z]")
# A month told as past: "in November", "last October", "since March", "late April".
_PAST_MONTH = re.compile(r"(?<!\S)(?:in|last|since|late|early|mid|on|during)\s+$")
# Words that open a clause of their own between a date and the trigger.
_OPENER = re.compile(r"(?<!\S)(?:that|which|who|whom|whose|where|when|after|following|before|since|as|while|and)(?!\S)")
# "and" before a capitalised name joins a list of places, it opens no clause: "attacks on
# army posts in A, B and C in July".
_LIST_AND = re.compile(r"(?<=\s)and(?=\s+[A-Z])")
_OWN_CLAUSE = re.compile(r"^\W*when(?!\S)")  # "since March, when hundreds were killed": the month's own clause
# An aside on a place just named, which its own years date: ", the latter still recovering
# from the 2024 massacre", ", the former hit by floods in 2023".
_APPOSITIVE = re.compile(r",\s+the\s+(?:latter|former)(?!\S)", re.IGNORECASE)
# An "and" that joins two objects, with no verb after it up to the date: "seized Lashio and
# the military's headquarters there last August" (not "and the army retook it in August").
_OBJECT_AND = re.compile(
    r"(?<!\S)and(?=(?:\s+(?!(?:was|were|is|are|has|have|had|did|then|later|they|it|he|she|we)(?!\S))"
    r"(?!\S+ed(?!\S))(?!(?:took|fell|hit|shot|struck|overran|retook|blew|swept|fought|began|came|went)(?!\S))\S+)*\s*$)"
)
# A date after the trigger, after an "and", that a subject and its verb follow: it opens a
# clause of its own ("..., and in December they withdrew from B").
_AND_BEFORE_DATE = re.compile(r"(?<!\S)and\s+(?:in|on|during|since|by|early|late|mid|\s)*$")
_DATE_OPENS_CLAUSE = re.compile(
    r"(?:\s*,?\s*(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d|last\s+year|this\s+year))?\s*,?\s+"
    r"(?:they|he|she|it|we|the\s+[a-z]+)\s+(?:also\s+)?"
    r"(?:[a-z]{3,}ed|took|fought|struck|hit|seized|fled|left|came|went|began|overran|withdrew|drew|shot|"
    r"had|have|has|was|were)(?![\w-])"
)
# Openers of a clause that tell an earlier event, so a month before the trigger still dates
# the trigger: "In June, the field was halted after a rocket attack" (not "In June, X said that").
_EARLIER_OPENERS = frozenset(("after", "following"))
# Relative pronouns: a clause inside a noun phrase, dated with the rest of a sentence its
# fronted month opens ("In December, a missile that evaded interception hit X").
_RELATIVES = frozenset(("that", "which", "who", "whom", "whose"))
#: Months back from which a main clause's own date makes its event background.
MAIN_CLAUSE_MONTHS = 4
#: Months back from which a bare month ("in July", no day) dates a main clause's event.
BARE_MONTHS = 2
#: Day of the article's month from which last month, bare, dates a main clause's event: "in
#: November the army seized X", read on 12 December (not read on 2 December: days ago).
LAST_MONTH_DAY = 10


# The opening of a fronted concessive phrase, at the head of a sentence, a clause or a dash
# piece, or after the bullet of an item: "Despite", "- in spite of" (also read by :mod:`~geo.incidents.roles`).
CONCESSIVE_OPENER = r"(?:^[-\u2013\u2014\u2022*]?|[.:;\n]|\s[-\u2013\u2014]\s)\s*(?:despite|in\s+spite\s+of|notwithstanding)"
# A fronted concessive phrase, closed by a comma before the main clause: "Despite the truce
# agreed in January, clashes were reported near X" (January dates the truce, not the clashes).
_CONCESSIVE_LEAD = re.compile(CONCESSIVE_OPENER + r"\s[^,;]*$", re.IGNORECASE)


def _in_concessive(ctx: SentenceContext, pos: int, t0: int) -> bool:
    """Whether the date at ``pos`` lies in a fronted "despite" phrase that a comma
    closes before the trigger at ``t0``: "Despite the ceasefire agreed in January,
    sporadic clashes were reported near X" is news, the ceasefire is the old event."""
    if pos >= t0:
        return False
    lead = ctx.text[ctx.start:pos]
    return _CONCESSIVE_LEAD.search(lead) is not None and "," in ctx.text[pos:t0]


# A clause of its own after the trigger, opened by a comma and "and that" or "but": its month
# dates it alone ("17 fighters were killed in A, and that the operations will continue despite
# the call made in February").
_LATER_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:that|the|it|they|he|she|we)\s")


def year_dated_noun(ctx: SentenceContext, published: Date | None, a: int, b: int) -> bool:
    """Whether the clause ``[a, b)`` is the "in which" clause of a noun an old attributive
    year dates ("the 2019 unrest in which ..."), read at ``published``."""
    if published is None:
        return False
    lo = max(ctx.start, a - 50)
    noun = _DATED_NOUN_WHICH.search(ctx.norm_at(lo, min(b, a + 20)))
    return noun is not None and a <= lo + noun.end() and _year_back(int(noun.group(1)), published)


def dated_before(ctx: SentenceContext, published: Date | None, unit: Unit, seg: Segment) -> bool:
    """Whether a year or a month in ``seg`` dates the event of ``unit`` well before
    ``published`` (see the module docstring)."""
    if published is None:
        return False
    a, b, relative = seg
    t0, t1 = unit.start, unit.end
    for m in _YEAR.finditer(ctx.text, a, b):
        if _year_back(int(m.group(1)), published) and not _in_concessive(ctx, m.start(), t0) \
                and _dates_event(ctx, m.start(), m.end(), unit) and not apart(ctx, seg, m.start(), t0) \
                and not dates_other(ctx, t0, t1, m.start(), m.end()) and not _since_after(ctx, t1, m.start()):
            return True
    dates = [h for h in ctx.by_cue.get(Cue.DATE, ()) if a <= h.start < b]
    for h in dates:
        month = MONTHS.get(h.phrase)
        if month is None or not ctx.text[h.start].isupper():
            continue
        lead = ctx.norm_at(max(a, h.start - 8), h.start)
        own_year = _own_year(ctx, published, h.end)
        if month > published.month and not _PAST_MONTH.search(lead) and own_year is None \
                and not _month_of_event(ctx, a, h.start, h.end, unit):
            continue  # "until the end of October": to come
        year = published.year - (month > published.month)
        if own_year is not None and own_year <= published.year:
            year = own_year  # "in January 2024", read in February 2025: 13 months back; "in August last year"
        back = _months_back(published, year, month)
        bare = not _DAY_NEXT.match(ctx.text, h.end, min(ctx.end, h.end + 8)) \
            and not _DAY_BEFORE.search(ctx.norm_at(max(a, h.start - 5), h.start))
        if not _dates_event(ctx, h.start, h.end, unit) or _in_concessive(ctx, h.start, t0) \
                or dates_other(ctx, t0, t1, h.start, h.end):
            continue  # "marched to demand the reopening of the market, shut since March"
        if h.start >= t1 and _LATER_CLAUSE.search(ctx.text, t1, h.start):
            continue  # "said that X were killed in A, and that talks go on despite the call of February"
        if back >= 1 and _attributive_month(ctx, a, h.start, h.end):
            return True  # "since the April killing of 26 tourists at X", read in May
        if back >= 2 and _noun_month(ctx, a, h.start, unit):
            return True  # "blamed for the massacre in December in X", read in March
        if (back >= 2 or (back == 1 and bare)) and (relative or _describes_noun(ctx, a, unit, adjunct=back >= 2)):
            return True  # "the deal that Ethiopia signed in January", read in June
        if _other_noun_dated(ctx, unit, h.start):
            continue  # "arrested an activist over violence linked to rallies in December": the rallies' month
        if back >= MAIN_CLAUSE_MONTHS and _own_date(ctx, h.start, h.end, unit, dates):
            return True  # "In November, a suicide bomber killed 26 people in X", read in March
        if back >= BARE_MONTHS and bare and _own_date(ctx, h.start, h.end, unit, dates) \
                and not _reported(ctx, unit, _fronted_month(ctx, h.start, h.end)):
            return True  # "militants attacked army posts in X in July", read in September
        if back == 1 and bare and _last_month(ctx, published, a, h.start) \
                and _own_date(ctx, h.start, h.end, unit, dates) and not _reported(ctx, unit):
            return True  # "In December, the group seized X", read on 10 January; "in November the army seized Y", read 12 December
    return False


# A "since" phrase after the trigger, up to a year: what the event is measured against.
_SINCE_PHRASE = re.compile(r"(?<!\S)since\s+(?:[^\s,;:]+\s+){1,6}in\s+$")
# A verb in it: "since troops drove them out in 2016" tells an event of its own.
_SINCE_VERB = re.compile(r"(?<!\S)(?:[a-z]{3,}ed|took|seized|drove|fought|began|broke|came|fell|won|lost|overran|was|were|had)(?!\S)")
# A participle after a determiner describes its noun: "since the disputed vote in 2020".
_ADJECTIVE_PARTICIPLE = re.compile(r"(?<!\S)(?:the|a|an|its|their|this|that)\s+[a-z]+ed(?!\S)")
# A "when" clause after the year tells what happened then: "since 2021, when ISWAP seized X".
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|during\s+which|in\s+which)(?!\w)")


def _since_after(ctx: SentenceContext, t1: int, y0: int) -> bool:
    """Whether the year at ``y0`` closes a "since" phrase after the trigger ending at ``t1``:
    "thousands rallied in X on Wednesday, the biggest protests since the invasion in 2022"
    (the year dates the invasion)."""
    if y0 <= t1:
        return False
    since = _SINCE_PHRASE.search(ctx.norm_at(max(t1, y0 - 70), y0))
    return since is not None and not _SINCE_VERB.search(_ADJECTIVE_PARTICIPLE.sub(" ", since.group())) \
        and not _WHEN_AFTER.match(ctx.text, y0 + 4, min(ctx.end, y0 + 20))


# A year that starts a running total: "displaced since 2017", "since May 2023", "since the 2020 war".
_YEAR_LEAD = re.compile(
    r"(?<!\S)(?:in|during|of|the|early|late|mid|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+$"
)
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s")
# A noun and the participle that describes it, with its own place or date after: "the
# agreement signed in X in 2017", "a camp opened in 2012" (not "were displaced in 2019").
_REDUCED_RELATIVE = re.compile(
    r"(?<!\S)(?!(?:was|were|been|be|is|are|has|have|had|being|and|or|not|who|they)\s)[a-z]+\s+"
    r"(?:[a-z]{2,}ed|built|set\s+up|held|made|begun|drawn\s+up)\s+(?:in|at|on|by|near|under|between)\s"
)
# ... with a day of the month too: "since 8 December 2024", "since December 8, 2024".
_SINCE_BEFORE = re.compile(
    r"(?<!\S)(?:since|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[a-z]+\s+)?(?:\d{1,2}\W*\s+)?$"
)


# The month told right before a year: "in January 2024".
_MONTH_BEFORE = re.compile(r"(?<![a-z])([a-z]+)\s+$")


def _month_year_back(ctx: SentenceContext, y0: int, year: int, published: Date) -> bool:
    """Whether the year at ``y0`` follows its month and the two lie a year or more before
    ``published`` ("in January 2024", read in February 2025)."""
    m = _MONTH_BEFORE.search(ctx.norm_at(max(ctx.start, y0 - 12), y0))
    month = MONTHS.get(m.group(1)) if m else None
    return month is not None and _months_back(published, year, month) >= 12


def _months_back(published: Date, year: int, month: int) -> int:
    """How many months ``month`` of ``year`` lies before ``published``: 13 for January 2024
    read in February 2025."""
    return (published.year - year) * 12 + published.month - month


def _year_back(year: int, published: Date) -> bool:
    """Whether ``year`` lies far enough before ``published`` to date background: more than
    a year back, or last year once the article is past February."""
    return year < published.year - 1 or (year == published.year - 1 and published.month > 2)


def _between(ctx: SentenceContext, lo: int, hi: int) -> str:
    """The normalized text of ``[lo, hi)`` with each "and" of a list of places blanked:
    what may open a clause between a date and a trigger."""
    return normalize(_LIST_AND.sub(lambda m: " " * len(m.group()), ctx.text[lo:hi]))


def old_year(ctx: SentenceContext, published: Date | None, unit: Unit, seg: Segment) -> bool:
    """Whether a year of ``seg`` at least a year before ``published`` dates the event of
    ``unit`` itself ("the family fled in October 2023", read in 2025), not as the start
    of a running total ("displaced since 2017")."""
    if published is None:
        return False
    a, b, _ = seg
    for m in _YEAR.finditer(ctx.text, a, b):
        if _year_back(int(m.group(1)), published) or _month_year_back(ctx, m.start(), int(m.group(1)), published):
            lead = ctx.norm_at(max(a, m.start() - 20), m.start())
            if _SINCE_BEFORE.search(lead) or not _YEAR_LEAD.search(lead):
                continue  # "since 2017"; "about 2000 people" is no year
            if unit.end <= m.start() and _OPENER.search(_between(ctx, unit.end, m.start())):
                continue  # "came back from Egypt, where they sheltered after the war broke out in 2023"
            if unit.end <= m.start() and _APPOSITIVE.search(ctx.text, unit.end, m.start()):
                continue  # "arrived in A and B, the latter still recovering from the 2024 massacre"
            if unit.end <= m.start() and _REDUCED_RELATIVE.search(_between(ctx, unit.end, m.start())):
                continue  # "left the camp on Saturday under the agreement signed in X in 2017": the deal's year
            if m.end() <= unit.start and _NEW_CLAUSE.search(ctx.text[m.end() : unit.start]):
                continue  # "... after the war broke out in April 2023, and from camps around X"
            if _caused_by_dated(ctx, m.start(), unit):
                return True  # "families displaced by the 2017 siege of X": the flight is the siege's
            if _dates_event(ctx, m.start(), m.end(), unit) and not apart(ctx, seg, m.start(), unit.start) \
                    and not participle_after(ctx, unit.end, m.start()):
                return True
    return False


# The cause of a flight, dated by its year: "displaced by the 2017 siege", "uprooted by the 2023 floods".
_BY_DATED = re.compile(r"^\s+by\s+(?:the|a|an|its|their)\s+$")


def _caused_by_dated(ctx: SentenceContext, y0: int, unit: Unit) -> bool:
    """Whether the year at ``y0`` dates the cause the flight of ``unit`` is told "by", right
    after its verb ("some 13,000 families displaced by the 2017 siege of X remain ...")."""
    return unit.end <= y0 <= unit.end + 16 and _BY_DATED.match(ctx.norm_at(unit.end, y0)) is not None


# A sentence told as someone's report closes with its source: "..., a rights group said on
# Tuesday.", "..., according to the report."
_CLOSING_REPORT = re.compile(
    r"(?:,\s*(?:[\w'’-]+\s+){0,6}?(?:said|says|reported|reports|announced|found)(?:\s+on\s+\w+|\s+\w+day)?"
    r"|according\s+to\s+(?:[\w'’-]+\s*){1,6})\W*$"
)


# A source opening the sentence, then what it reports: "Refugees reported that armed men ...",
# "Witnesses told AFP that soldiers ...".
_OPENING_REPORT = re.compile(
    r"^\W*(?:[a-z][\w'’-]*\s+){1,4}(?:reported|said|say|says|told\s+\S+|testified|recounted)\s+that\s+"
    r"(?:[^\s,;:]+\s+){0,8}$"
)


def _reported(ctx: SentenceContext, unit: Unit, fronted: bool = False) -> bool:
    """Whether the sentence of ``unit`` closes with the source that reports it now ("In
    March, soldiers executed 14 villagers in X, a rights group said on Tuesday"): the
    report is the news, whatever the month of the event. After a ``fronted`` month a
    closing "according to" only names the source of a past event, it tells no report
    of now ("In December, gunmen killed 200 people in X, according to the UN")."""
    closing = _CLOSING_REPORT.search(ctx.text, unit.end, ctx.end)
    if closing is not None and not (fronted and closing.group().startswith("according")):
        return True
    # ... or opens with it: "Refugees reported that armed men killed civilians in X in May"
    return _OPENING_REPORT.match(ctx.norm_at(ctx.start, unit.start)) is not None


# An "and" that joins a second past verb to the same subject ("killed 200 people and forced
# ..."), or two prepositions of one place ("fighting in and around X").
_SHARED_PREDICATE = re.compile(
    r"(?<!\S)and(?=\s+(?:\S+ly\s+)?[a-z]+(?:ed|ew|ook|ove|ent|ught)\s)|(?<=in\s)and(?=\s+around\s)"
)


def _own_date(ctx: SentenceContext, d0: int, d1: int, unit: Unit, dates: list) -> bool:
    """Whether the date at ``[d0, d1)`` is the one of the trigger's own clause piece:
    no clause opens between them (unless it is the date's own "when", an "and" that
    joins objects, or, after the date, an "after" phrase of an earlier event), and no
    other date lies nearer the trigger."""
    lo, hi = (d1, unit.start) if d1 <= unit.start else (unit.end, d0)
    between = _between(ctx, lo, hi)
    fronted = _fronted_month(ctx, d0, d1)
    if d1 <= unit.start and fronted:
        # "In January 2024, fighting killed 200 people and forced thousands to flee to X": the
        # second verb goes on with the subject the fronted month dates
        ahead = _between(ctx, lo, min(ctx.end, hi + 20))  # the verb right after an "and" too
        between = _SHARED_PREDICATE.sub(lambda m: " " * len(m.group()), ahead)[: len(between)]
    if d0 > unit.start and _AND_BEFORE_DATE.search(between) and _DATE_OPENS_CLAUSE.match(ctx.text, d1, ctx.end):
        return False  # "French troops left A earlier this month, and in December they withdrew from B": B's date
    if d0 > unit.start:
        between = _OBJECT_AND.sub(lambda m: " " * len(m.group()), between)
    found = {m.group() for m in _OPENER.finditer(between)}
    if fronted and d1 <= unit.start:
        found -= _RELATIVES  # "In December, a missile that evaded interception hit a playground in X"
    if found and not (d1 <= unit.start and (_OWN_CLAUSE.match(between) or found <= _EARLIER_OPENERS)):
        return False
    gap = abs(unit.start - d0)
    return not any(h.start != d0 and abs(unit.start - h.start) < gap and not (fronted and h.phrase in _WEEKDAYS)
                   for h in dates)


# A month fronted to date the whole sentence: "In April, a missile strike on X killed 35
# people on Palm Sunday" (the weekday is a day of that April, not a date of its own).
_FRONTED_MONTH = re.compile(r"^\W*(?:in|during)\s+(?:(?:early|late|mid)\s+)?$")
_FRONTED_MONTH_END = re.compile(r"\s*(?:,?\s*(?:1[89]|20)\d\d)?\s*,")
_WEEKDAYS = frozenset(f"{d}day" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"))


def _fronted_month(ctx: SentenceContext, d0: int, d1: int) -> bool:
    """Whether the month at ``[d0, d1)`` opens the sentence, set off by a comma ("In April, ...")."""
    return _FRONTED_MONTH.match(ctx.norm_at(ctx.start, d0)) is not None \
        and _FRONTED_MONTH_END.match(ctx.text, d1, min(ctx.end, d1 + 8)) is not None


# A month that starts a span ("since late May", "from April") or takes a year ("in August last
# year": the year dates it).
_SPAN_LEAD = re.compile(r"(?<!\S)(?:since|from|until|till|by)\s+(?:(?:early|late|mid)\s+)?$")
# The year of a month right after it: "in January 2024", "in August last year", "in
# December 2024 the group seized X", with a comma or without.
_MONTH_YEAR = re.compile(r"\s*,?\s+(?:(1[89]\d\d|20\d\d)(?!\d)|(last|this)\s+year(?!\w))")


def _own_year(ctx: SentenceContext, published: Date, m1: int) -> int | None:
    """The year told right after the month ending at ``m1`` ("January 2024", "August
    last year"), else ``None``: the one reading of a month's year."""
    m = _MONTH_YEAR.match(ctx.text, m1, min(ctx.end, m1 + 14))
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    return published.year - (m.group(2) == "last")


def _last_month(ctx: SentenceContext, published: Date, a: int, m0: int) -> bool:
    """Whether the month at ``m0``, last month's (its year already read), is told as a
    date well before the article: read from the article's day :data:`LAST_MONTH_DAY` on,
    not as the start of a span ("since late May")."""
    return published.day >= LAST_MONTH_DAY and not _SPAN_LEAD.search(ctx.norm_at(max(a, m0 - 16), m0))


def _attributive_month(ctx: SentenceContext, a: int, m0: int, m1: int) -> bool:
    """Whether the month at ``[m0, m1)`` premodifies a noun ("the group's January
    offensive", "the March earthquake"): it names an earlier event."""
    return _ATTRIBUTIVE_DAY.search(ctx.norm_at(max(a, m0 - 12), m0)) is not None \
        and _MONTH_NOUN.match(ctx.text, m1, m1 + 12) is not None


def _month_of_event(ctx: SentenceContext, a: int, m0: int, m1: int, unit: Unit) -> bool:
    """Whether the month at ``[m0, m1)`` premodifies the event noun of ``unit``, or the noun
    whose relative clause ``unit`` opens ("the November 21 attack", "the November 21 attack
    on X that killed 40", read in January): a deed already done, so last year's month.
    Another trigger is not dated so: "detained ... during the December protests"."""
    return _attributive_month(ctx, a, m0, m1) and (
        0 <= unit.start - m1 <= 12 and bool(unit.triggers) or _dated_noun_relative(ctx, m1, unit))


def _other_noun_dated(ctx: SentenceContext, unit: Unit, m0: int) -> bool:
    """Whether the month at ``m0``, after the trigger of ``unit``, postmodifies another
    event noun between them: "police arrested an activist on charges linked to rallies in
    December" dates the rallies, not the arrest."""
    kinds = {t.event_type for t in unit.triggers}
    return any(
        unit.end < u.start and u.end <= m0 and u.triggers and _NOUN_MONTH.match(ctx.norm_at(u.end, m0))
        and not u.phrase.rsplit(" ", 1)[-1].endswith("ed")
        and not kinds & {t.event_type for t in u.triggers}  # not "bombings, including a bombing in X in March"
        for u in ctx.units
    )


def _noun_month(ctx: SentenceContext, a: int, m0: int, unit: Unit) -> bool:
    """Whether the month at ``m0`` postmodifies the event noun of ``unit`` ("the massacre
    in December", "the raid on the camp in March"), with no verb in between."""
    last = unit.phrase.rsplit(" ", 1)[-1]
    if last.endswith("ed") or last in _PAST_FORMS:
        return False  # "the gunmen attacked in March": a verb, the main-clause rule dates it
    return unit.end <= m0 and _NOUN_DETERMINER.search(ctx.norm_at(max(a, unit.start - 30), unit.start)) is not None \
        and _NOUN_MONTH.match(ctx.norm_at(unit.end, m0)) is not None


# Spans of months or years: what happened over them is a record ("over the past 18
# months", "in recent years", "throughout the last decade", "so far this year").
_RECORD_SPAN = re.compile(
    r"(?<!\S)(?:(?:over|in|during|throughout|across|for)\s+the\s+(?:past|last|previous|preceding)\s+"
    r"(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|few|several|"
    r"couple\s+of|many)\s+)?(?:years?|decades?|months)"
    r"|in\s+recent\s+(?:years|months|decades)|over\s+the\s+years"
    r"|so\s+far\s+this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)(?!\S)"
)
_THIS_YEAR = re.compile(r"(?<!\S)this\s+year(?!\S)")
# A record span that only measures a superlative told after the event: "clashes have caused
# the largest displacement recorded in X in recent decades" (not "killed 115 in one of the
# worst attacks in recent years": the event itself ranked, no record seen).
_RANKED_RECORD = re.compile(
    rf"(?<!\S){SUPERLATIVE}\s+(?:\S+\s+){{0,3}}?(?:recorded|registered|seen|witnessed|documented|observed)\s+"
    r"(?:\S+\s+){0,4}$"
)


def _ranks_consequence(ctx: SentenceContext, a: int, unit: Unit, span_start: int) -> bool:
    """Whether the record span at ``span_start`` measures a superlative told after ``unit``.

    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Fighting in X has caused the largest exodus seen in the region in recent years."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> unit = next(u for u in ctx.units if u.phrase == "fighting")
    >>> _ranks_consequence(ctx, 0, unit, text.index("in recent"))
    True
    """
    return _RANKED_RECORD.search(ctx.norm_at(max(a, unit.end), span_start)) is not None
# A length of months or years after the trigger: "which have besieged the city for more than a year".
_DURATION = re.compile(
    r"(?<!\S)for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?(?:a|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|eighteen|\d+|several|many)\s+(?:years?|decades?|months)(?!\S)"
    # a bare span of years: "JNIM has besieged towns in X for years"
    r"|(?<!\S)for\s+(?:years|decades)(?!\S)"
)
_PRESENT_PERFECT = re.compile(r"(?<!\S)(?:has|have)\s+(?:\S+ly\s+|been\s+)?$")
_PERFECT = re.compile(r"(?<!\S)(?:has|have|had)(?!\S)")


def running_record(ctx: SentenceContext, seg: Segment, unit: Unit) -> bool:
    """Whether the clause ``seg`` of ``unit`` tells a record over months or years,
    not one event: a span of time ("over the past year", "in recent months"), a
    perfect with a length of months or years ("have besieged X for more than a year"), or
    "this year" with a perfect before the trigger ("gangs, which have killed dozens
    of drivers in X this year"; not "the second such assault this year").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Militants have carried out similar killings in X over the past year."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> unit = next(u for u in ctx.units if u.phrase == "killings")
    >>> running_record(ctx, ctx.segment_of(unit.start), unit)
    True
    """
    a, b, _ = seg
    clause = ctx.norm_at(a, b)
    if "year" not in clause and "month" not in clause and "decade" not in clause:
        return False
    span = _RECORD_SPAN.search(clause)
    if span and not _ranks_consequence(ctx, a, unit, a + span.start()):
        return True
    if _PRESENT_PERFECT.search(ctx.norm_at(max(a, unit.start - 20), unit.start)) \
            and _DURATION.search(ctx.norm_at(unit.end, min(b, unit.end + 80))):
        return True  # "the RSF, which have besieged the city for more than a year"
    return _THIS_YEAR.search(clause) is not None and \
        _PERFECT.search(ctx.norm_at(max(a, unit.start - 60), unit.start)) is not None


# A recent span that still lies before the news: what a relative clause tells with it is
# what its noun did before ("the group, which seized X this year, said ...").
_RECENT_SPAN = re.compile(r"(?<!\S)(?:this\s+year|(?:earlier|late|early)\s+this\s+month|last\s+month)(?!\S)")
_RELATIVE_OPENER = re.compile(r"^\W*(?:which|who|that|whose)(?!\S)")


# A restrictive relative pronoun right before the trigger, on a noun with its article
# inside the clause (an object's, not the subject's): "serving the terrorists who attacked ...".
_RESTRICTIVE_BEFORE = re.compile(
    r"\S\s+(?:the|those|these)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+(who|which|that)\s+(?:[a-z]+ly\s+)?$"
)


def _restrictive_past(ctx: SentenceContext, seg: Segment, unit: Unit) -> bool:
    """Whether the trigger of ``unit`` opens a restrictive relative clause (no comma) on an
    object that a span before the news dates: "serving the agenda of the terrorists who
    attacked a train in X earlier this month" names the men by an earlier deed; not what
    was said ("officials said that gunmen attacked X earlier this month") nor the subject's
    own deed ("Gunmen who attacked X last month had crossed from Y")."""
    a, b, _ = seg
    lo = max(a, unit.start - 60)
    rel = _RESTRICTIVE_BEFORE.search(ctx.norm_at(lo, unit.start))
    if rel is None or _SAID_THAT.search(ctx.norm_at(max(a, lo + rel.start(1) - 30), lo + rel.start(1))):
        return False
    comma = ctx.text.find(",", unit.end, b)
    return _RECENT_SPAN.search(ctx.norm_at(unit.end, b if comma < 0 else comma)) is not None


def past_relative(ctx: SentenceContext, seg: Segment, unit: Unit) -> bool:
    """Whether ``seg`` is a relative clause that dates its event by a span before the news
    ("the group, which seized X and Y this year, said it had shelled Z"; "Uganda, which
    deployed troops to X earlier this month, denied ..."): what the noun did before, as
    a relative clause with a month back already is ("which captured X in January").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "The militia, which overran the town this year, said it would hold talks."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> past_relative(ctx, ctx.segment_of(ctx.units[0].start), ctx.units[0])
    True
    """
    a, b, relative = seg
    if not relative:
        return _restrictive_past(ctx, seg, unit)
    comma = ctx.text.find(",", a + 1, b)  # the relative clause ends at its comma: "which overran X this year, shelled Y"
    end = b if comma < 0 else comma
    clause = ctx.norm_at(a, end)
    return unit.start < end and _RELATIVE_OPENER.match(clause) is not None and _RECENT_SPAN.search(clause) is not None


# An event counted in a series of the year or the month: "it was the second mass abduction
# on the road this year", "the fourth such raid this month" (a count that tells the news
# again; the places of its phrase are those of the series).
_ORDINAL_BEFORE = re.compile(rf"(?<!\S)the\s+{_ORDINAL}\s+(?:such\s+)?(?:[\w-]+\s+){{0,2}}$")
_COUNT_SPAN = re.compile(
    r"^(?:\s+(?!(?:that|which|who|where|when|and|but|after|as|since)(?!\S))\S+){0,8}?\s+"
    r"(?:this\s+(?:year|month)"
    # "the third kidnapping in the zone in two months", "the fourth such raid since January"
    r"|in\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|several|a\s+few|\d+)\s+(?:weeks|months)"
    r"|since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"the\s+(?:start|beginning)\s+of))(?!\S)"
)


def counted(ctx: SentenceContext, a: int, t0: int, t1: int) -> bool:
    """Whether the event noun at ``[t0, t1)`` is counted in a series of the year or
    the month ("the second mass abduction on the road this year"): the count tells
    again an event told elsewhere, its own phrase places the series."""
    return _ORDINAL_BEFORE.search(ctx.norm_at(max(a, t0 - 40), t0)) is not None \
        and _COUNT_SPAN.match(ctx.norm_at(t1, t1 + 80)) is not None


# A sentence opening on an earlier event: "Following the 3 May bombing of the market in X,
# residents marched on the town hall" (the phrase up to the first comma).
_AFTER_OPENING = re.compile(r"\W*(?:[A-Z][A-Z ]+:\s*)?(?:after|following|since)\s", re.IGNORECASE)
#: Days back from which a dated event in an opening "after" phrase is background.
OPENING_DAYS = 7


def opening_end(ctx: SentenceContext, a: int) -> int:
    """The comma closing an "after", "following" or "since" phrase that opens the clause
    at ``a`` ("Following the clashes in A on 5 May, students marched in B"), else -1:
    what lies before it came before the rest of the clause."""
    if not _AFTER_OPENING.match(ctx.text, a, ctx.end):
        return -1
    return ctx.text.find(",", a, ctx.end)


def earlier_opening(ctx: SentenceContext, published: Date | None, unit: Unit) -> bool:
    """Whether ``unit`` lies in a sentence-opening "after" or "following" phrase that
    dates its event by a day a week or more before the article ("Following the 16 March
    fire in X that killed 61 people, residents clashed with police in X on 17 March",
    read on 24 March): the event the news follows, not the news (not "Following the
    demonstrations on Tuesday in X")."""
    if published is None:
        return False
    comma = opening_end(ctx, ctx.start)
    if comma < 0 or not ctx.start <= unit.start < comma:
        return False
    phrase = ctx.text[ctx.start : comma]
    day = DATE_EXPRESSION.search(phrase)
    if day is None:
        return False
    when = resolve_date(phrase, published, near=day.start())
    return when is not None and (published - when).days >= OPENING_DAYS


def participle_after(ctx: SentenceContext, t1: int, pos: int) -> bool:
    """Whether a participle clause opens between the trigger's end ``t1`` and a date at
    ``pos``: "held a march in X, carrying photographs of relatives killed since 2019"
    dates the killings, not the march."""
    return pos > t1 and _PARTICIPLE_PIECE.search(ctx.text, t1, pos) is not None


# A state of the people a protest is about, dated after their noun: "marched to demand the
# return of relatives missing since 2021", "rallied for the men held since March".
_STATE_DATED = re.compile(
    r"(?<!\S)(?:relatives|people|men|women|children|sons|daughters|students|activists|prisoners|detainees|"
    r"journalists|leaders|members|workers|residents|families|soldiers|hostages)\s+(?:\S+\s+)?"
    r"(?:missing|held|detained|jailed|imprisoned|disappeared|abducted|kidnapped|kept|behind\s+bars|in\s+custody)"
    r"\s+(?:since\s+(?:(?:early|late|mid|the)\s+)?)?$"
)


# A place's state told in an apposition after it, with its agent: "retook X, a river town
# held by the rebels since 2023", "the camp, controlled by the group since".
_PLACE_STATE_DATED = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[^\s,;]+\s+){1,6}?)?(?:[a-z]+(?:ed|en|wn)|held)\s+by\s+(?:[^\s,;]+\s+){1,4}?"
    r"(?:since\s+(?:(?:early|late|mid|the)\s+)?)?$"
)


# A participle or a thing's state after a comma dates the noun it follows, not the event:
# "marched to demand the reopening of the road, closed since December", "the market, shut
# since March", "the market in X, closed since 2014".
_NOUN_DATED = re.compile(
    r",\s+(?:(?:which|that)\s+(?:has|had|have)\s+been\s+)?(?:[a-z]+(?:ed|en|wn)|shut|cut|held|under\s+[a-z]+)\s+"
    r"(?:since\s+(?:(?:early|late|mid|the)\s+)?)?$"
)


def held_since(ctx: SentenceContext, t1: int, pos: int) -> bool:
    """Whether a date (or its "since") at ``pos``, after the trigger's end ``t1``, dates the
    state of the people the event is about, not the event: "marched to demand the return of
    relatives missing since 2021"; or the state of the place it took: "regained control of X,
    a river town held by the rebels since 2023"; or of the noun a participle after a comma
    describes: "demanding the reopening of the road, closed since 2022"."""
    return pos > t1 and (_STATE_DATED.search(ctx.norm_at(t1, pos)) is not None
                         or _PLACE_STATE_DATED.search(ctx.text, t1, pos) is not None
                         or _NOUN_DATED.search(ctx.text, t1, pos) is not None)


def dates_other(ctx: SentenceContext, t0: int, t1: int, d0: int, d1: int) -> bool:
    """Whether the date (or "since") at ``d0``..``d1`` dates something other than the event of
    the trigger at ``t0``..``t1``: a participle clause after it ("carrying photographs of
    relatives killed since 2019"), a held state ("the road, closed since March") or a relative
    clause closed before it ("In X, where a curfew has held since 2022, police arrested ...")."""
    return participle_after(ctx, t1, d0) or held_since(ctx, t1, d0) or relative_dated(ctx, d0, d1, t0)


# A relative clause set off by commas, holding a date, before the trigger: "In Togo,
# where a state of emergency has been in place since 2022, police arrested ...".
_RELATIVE_OPEN = re.compile(r",\s+(?:where|which|who)\s+[^,;]*$")
_CLAUSE_CLOSED = re.compile(r"[^,;]*,\s(?![^,;]*(?<!\S)(?:who|which|that|where|whose)\s)")


def relative_dated(ctx: SentenceContext, d0: int, d1: int, t0: int) -> bool:
    """Whether the date (or "since") at ``d0``..``d1`` dates a relative clause that closes
    with a comma before the trigger at ``t0``, not the trigger's event."""
    return d1 <= t0 and _RELATIVE_OPEN.search(ctx.text, max(ctx.start, d0 - 120), d0) is not None \
        and _CLAUSE_CLOSED.match(ctx.text, d1, t0) is not None


def apart(ctx: SentenceContext, seg: Segment, pos: int, t0: int) -> bool:
    """Whether a word at ``pos`` and the trigger at ``t0`` are on two sides of a
    subject relative clause's edge: "who disappeared ten years ago marched"."""
    return any((r0 <= pos < r1) != (r0 <= t0 < r1) for r0, r1 in subject_relatives(ctx, seg))


def _describes_noun(ctx: SentenceContext, a: int, unit: Unit, adjunct: bool = True) -> bool:
    """Whether the trigger sits in a relative clause describing a noun ("a deal that
    Ethiopia signed in January") or, if ``adjunct``, in a phrase of time dating
    another event ("the amnesty was launched after the fatal stabbing of a boy in X
    in March")."""
    lo = max(a, unit.start - 50)
    before = ctx.norm_at(lo, unit.start)
    rel = _RELATIVE_PRONOUN.search(before)
    if rel is not None and rel.group().startswith("that") \
            and _SAID_THAT.search(ctx.norm_at(max(ctx.start, lo + rel.start() - 40), lo + rel.start())):
        rel = None  # "refugees reported that armed men killed civilians in X in May": what was said
    return rel is not None or (adjunct and _TIME_OPENER.search(before) is not None)


# A year after "of" that ends a capitalised name: "the Peace Agreement of 2016".
_NAME_OF_YEAR = re.compile(
    r"(?<![\w'’-])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Spring|Summer|Autumn|Winter|End|Beginning|Start)\s)[A-Z][\w'’-]+\s+of\s+$"
)


# The rest of a noun an attributive date dates, up to a subject relative clause that
# tells more of it: "the April 22 attack on tourists near X that killed 26".
_NOUN_TO_RELATIVE = re.compile(
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+[a-z-]+(?:\s+(?:on|at|in|of|near|against|targeting)"
    r"(?:\s+(?!(?:was|were|is|are|has|have|had|which|that|who|when|where|and|but)(?!\S))(?![a-z]+ed(?!\S))[^\s,;]+){1,5})*"
    r"\s*,?\s+(?:that|which)\s+(?:[a-z]+ly\s+)?$"
)


def _dated_noun_relative(ctx: SentenceContext, y1: int, unit: Unit) -> bool:
    """Whether the trigger of ``unit`` opens a subject relative clause on the event noun
    an attributive date ending at ``y1`` dates: "the November 21 attack on a convoy at X
    that killed 40 people" tells of that attack, not of a new one."""
    if unit.start <= y1 or unit.start - y1 > 120:
        return False
    head = [u for u in ctx.units if u.triggers and 0 <= u.start - y1 <= 12 and u.end <= unit.start]
    return bool(head) and _NOUN_TO_RELATIVE.fullmatch(ctx.norm_at(y1, unit.start)) is not None


def _dates_event(ctx: SentenceContext, y0: int, y1: int, unit: Unit) -> bool:
    """Whether an old date in the clause dates the event of ``unit``.

    An attributive year ("the 2008 war", "last year's protests") dates only the
    noun right after it; a date past a marking word ("to mark the anniversary of the
    killings in 1915") dates what is remembered, not the march.
    """
    lead = ctx.norm_at(max(ctx.start, y0 - 12), y0)
    if _NAME_OF_YEAR.search(ctx.text, max(ctx.start, y0 - 40), y0):
        return unit.end <= y0 <= unit.end + 4  # "the Peace Agreement of 2016": the name's year, unless "the Massacre of 2016"
    if _ATTRIBUTIVE.search(lead):
        if _IN_ATTRIBUTIVE.search(lead) and unit.end <= y0 and not _OPENER.search(ctx.norm_at(unit.end, y0)):
            return True  # "militants killed dozens of people in a 2021 attack"
        return 0 <= unit.start - y1 <= 12 or _dated_noun_relative(ctx, y1, unit)
    lo, hi = (unit.end, y0) if unit.end <= y0 else (y1, unit.start)
    return not any(lo <= h.start and h.end <= hi and h.phrase in MARKING for h in ctx.by_cue.get(Cue.HISTORY, ()))


# A sentence told as later than the one before: "A month later, rockets fired at a boat near
# X killed dozens", "India later carried out strikes on Y" (after a sentence dated in April).
_LATER_OPENING = re.compile(
    r"^\W*(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+later"
    r"|(?:[a-z]+\s+){1,3}?later\s+[a-z]+(?:ed|took|struck|fought|shot|hit|began|launched)"
    # the days after the event told before: "In the days that followed, clashes spread to X"
    r"|(?:in|over|during)\s+the\s+(?:days|weeks|months)\s+that\s+followed"
    r"|(?:in|over|during)\s+the\s+following\s+(?:days|weeks|months))(?!\S)"
)
# A bare month after "in" (no day): "violence flared in November when gunmen ambushed a convoy".
_IN_BARE_MONTH = re.compile(r"(?<!\S)(?:in|during)\s+(?:(?:early|late|mid)\s+)?$", re.IGNORECASE)
_CAPITAL_MONTH = re.compile(
    r"(?<![\w-])(January|February|March|April|May|June|July|August|September|October|November|December)(?![\w-])"
)


def _dated_old(sentence: str, published: Date) -> bool:
    """Whether ``sentence`` names a year, or a month, well before ``published``."""
    if any(_year_back(int(m.group(1)), published) for m in _YEAR.finditer(sentence)):
        return True
    for m in _CAPITAL_MONTH.finditer(sentence):
        month = MONTHS.get(m.group(1).lower())
        if month is None or (m.start() == 0 and m.group(1) == "May"):
            continue
        back = (published.month - month) % 12
        if back >= MAIN_CLAUSE_MONTHS:
            return True
        bare = not _DAY_NEXT.match(sentence, m.end()) and _MONTH_YEAR.match(sentence, m.end()) is None
        if back >= BARE_MONTHS and bare and _IN_BARE_MONTH.search(sentence, max(0, m.start() - 14), m.start()):
            return True  # "Violence flared in November when gunmen ambushed a convoy", read in January
    return False


def later_than_old(ctx: SentenceContext, published: Date | None) -> bool:
    """Whether the sentence opens as later than the sentence before ("A month later, ...",
    "India later carried out strikes ...") and that one is dated well before ``published``
    ("Since August 2023, ...", "since the April 22 attack", read in August): background.
    Read once a sentence, whatever trigger asks."""
    if published is None:
        return False
    return _later_than_old(ctx.text, ctx.start, ctx.norm_at(ctx.start, min(ctx.end, ctx.start + 50)), published)


@lru_cache(maxsize=64)
def _later_than_old(text: str, start: int, opening: str, published: Date) -> bool:
    """:func:`later_than_old` of the sentence at ``start`` of ``text``, whose normalized
    opening is ``opening``."""
    if _LATER_OPENING.match(opening) is None:
        return False
    lo = max(0, start - 400)
    spans = split_sentences(text[lo:start])
    return bool(spans) and _dated_old(text[lo + spans[-1][0] : lo + spans[-1][1]], published)

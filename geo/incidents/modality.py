"""Is a trigger a real event, or negated, intended, hypothetical, or background?

* negation a few words before ("no air strikes", "did not attack") or right after
  ("fighting has not resumed");
* an infinitive after an intention ("vowed to capture", "allowed Turkey to
  establish"), unless the verb before "to" makes it real ("forced to flee",
  "continued to shell"); protests are real after a motion ("gathered to protest");
* an irrealis or denial word earlier in the clause ("would", "any", "threatened",
  "warned of", "to prevent", "denied"), unless a new clause starts in between
  ("urged calm after militants attacked ...");
* a protest announced, called, vowed, threatened or scheduled, whatever word tells it
  ("activists vowed a rally in X", "the union decided to stage a strike in Y");
* told as to come after the event noun: "further demolitions are planned in X", "the
  first handover of rifles is planned for March in X";
* waning: "fighting in X has slowed", "the shelling subsided";
* background: "years ago", "a month after", "earlier this year", "anniversary of",
  running totals and records ("so far", "since 2011", "over the past 18 months", "in
  recent years", "have killed 20 drivers this year", "has seen a sharp rise in"), what
  a superlative or an ordinal is measured against ("the deadliest since March, when
  ...", "the first attack since ..."), a year or a month well before the article date,
  also as a premodifier ("the group's January offensive")
  (:mod:`~geo.incidents.background`), a span before the news in a relative clause
  ("the group, which seized X this year, said"), a count of a series ("the second mass
  abduction on the road this year"), an opening "following" phrase dated a week back, a
  court's proceedings over it ("convicted over the massacre in X", "the defendants took
  part in the shelling of X"), an arrest over it ("detained over posts praising the
  attack", "arrested ... in connection with the attack"), an earlier one ("over earlier
  strikes", "last month's fighting", "this month's massacre");
* told again: the subject of "came", "followed" or "is part of" at the start of a
  sentence ("The attack came despite a ceasefire declared after the earthquake that
  devastated X", "The killings are part of a war ...");
* not news at all: reports the sentence calls false ("reports of clashes in X are
  false") or rejects ("dismissed reports of a massacre in X"), nothing reported or
  seen ("no new reports of attacks"), what a protest or a campaign is against ("a
  sit-in against drone attacks"), an event judged ("the capture of X was a violation");
* not one event: a habit ("cells still carry out sporadic attacks", "has seen
  repeated attacks"), a toll in the perfect ("drone strikes have killed hundreds"), the
  series the news is the latest of ("the latest in a wave of killings");
* stopped: "hostilities around X, which lasted until March, have not resumed".

An arrest told as done ("suspects accused of plotting an attack have been
arrested") is real whatever plot or charge its subject carries.

Running totals and old months do not stop displacement: people displaced since the
start of a war still live in the place. A flight dated by a year of its own clause
well before the article ("the family fled their home in October 2023", read in 2025)
is background.
"""

from __future__ import annotations

import re
from datetime import date as Date

from geo.incidents.background import (
    LATER_ORDINAL,
    MARKING,
    SUPERLATIVE,
    apart,
    counted,
    dated_before,
    dates_other,
    earlier_opening,
    later_than_old,
    old_year,
    past_relative,
    running_record,
    year_dated_noun,
)
from geo.incidents.clauses import SUBORDINATORS, Segment, SentenceContext
from geo.incidents.lexicon import SLICE_CUES, Cue, Rule, Trigger
from geo.incidents.matcher import Unit
from geo.incidents.taxonomy import DISPLACEMENT, PROTESTS

__all__ = ["is_unreal", "negated", "ordered_away", "planned_protest"]

_INTENT = frozenset(
    "plan plans planned planning threaten threatens threatened vow vows vowed intend intends intended "
    "want wants wanted call calls called urge urges urged ask asks asked prepare prepares prepared "
    "preparing going set about expected hope hopes hoped aim aims aimed ready allowed allow permitted "
    "sought seek seeks decided decide agreed refused".split()
)
_PROTEST_VERBS = frozenset(
    "protest demonstrate rally march riot".split()
)
# Orders that move people: "the military ordered residents to leave the area".
_ORDERED = frozenset("ordered orders order told instructed".split())
_NEG_AFTER = re.compile(
    r"^\s+(?:(?:has|have|had|did|does|do|was|were|is|are)\s+(?:not|never)"
    r"|(?:hasn|haven|hadn|didn|doesn|don|wasn|weren|isn|aren)\s+t)(?!\S)"
)
_SCOPE_END = frozenset(("after", "following", "amid", "as", "since", "because", "when", "while", "but"))
_CONTINUE = frozenset(SLICE_CUES[Cue.CONTINUE])
_TRIED = frozenset(("tried", "try", "tries", "trying", "attempted", "attempting"))
_SINCE_DATE = re.compile(
    r"^\s+(?:the\s+)?(?:start|beginning|outbreak|\d{4}|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)(?!\S)"
)
_SUPERLATIVE = re.compile(rf"(?<!\S){SUPERLATIVE}(?!\S)")
# A "since" clause closed by its own verb: what follows is the main clause again ("the
# heaviest strikes since the war began hit X, with 11 strikes on Y").
_SINCE_CLOSED = re.compile(r"^\s+(?:\S+\s+){1,5}?(?:began|begun|started|erupted|broke\s+out|took\s+effect|ended)\s")
# A span of this month or week is the news of days: "detained 7,000 people since the start of the
# month" (not "since the start of the war").
_SINCE_THIS_MONTH = re.compile(r"^\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:month|week)(?!\S)")
# A sentence that opens with a running span: "Since November the Houthis have attacked ships".
_SINCE_OPENING = re.compile(r"^\W*since" + _SINCE_DATE.pattern[1:])
# What a running series brought about, told in a participle: "..., prompting U.S. strikes in X".
_CONSEQUENCE = re.compile(r"(?<!\S)(?:prompting|triggering|sparking|provoking|drawing)\s+(?:\S+\s+){0,4}$")


# A deed an accusation names, the accused's denial told after it: "Damascus accuses the group
# of abducting two soldiers in X, a charge the group denied".
_ACCUSED_OF = re.compile(r"(?<!\S)(?:accuses|accused|accusing|blames|blamed|blaming)\s+(?:\S+\s+){1,4}?(?:of|for)\s+(?:\S+\s+){0,3}$")
_CHARGE_DENIED = re.compile(
    r"(?<!\S)(?:a|an|the)\s+(?:charge|claim|accusation|allegation)s?\s+(?:that\s+|which\s+)?(?:\S+\s+){0,3}?"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses)(?!\S)"
)


def _denied_accusation(ctx: SentenceContext, a: int, t0: int, t1: int) -> bool:
    """Whether the trigger is a deed named by an accusation that the sentence says the
    accused denied: "X accuses the group of abducting soldiers in Y, a charge it denied"."""
    if _ACCUSED_OF.search(ctx.norm_at(max(a, t0 - 60), t0)) is None:
        return False
    return _CHARGE_DENIED.search(ctx.norm_at(t1, ctx.end)) is not None


def _running_consequence(ctx: SentenceContext, a: int, t0: int) -> bool:
    """Whether the trigger at ``t0`` is what a running series told since a date brought
    about: "Since November the Houthis have attacked shipping, prompting strikes in X"."""
    if _CONSEQUENCE.search(ctx.norm_at(max(a, t0 - 45), t0)) is None:
        return False
    return _SINCE_OPENING.match(ctx.norm_at(ctx.start, min(ctx.end, ctx.start + 30))) is not None
_MODALS = frozenset(("would", "could", "might", "will", "may"))
_ARRESTS = "Arrests"
# "to" right before a base verb, past a quote mark or an adverb: "vowed to \"liberate\" X",
# "ordered the army to completely liberate the area".
_TO_BEFORE = re.compile(r"(?:^|(?<=\s))to\s+(?:(?!\S*\d)\S+ly\s+)?$")
_CAN = frozenset(("can", "cannot"))
# "can" before a word of saying tells no capability: "I can confirm that ...", "we can report"
_CAN_SAY = re.compile(r"^\s+(?:now\s+|also\s+)?(?:confirm|say|report|tell|announce|state|reveal|assure|see)(?!\S)")
_ABDUCTION = "Abduction/forced disappearance"
_DISRUPTED = "Disrupted weapons use"
_RESCUED = re.compile(
    r"(?<!\S)(?:rescue[sd]?|rescuing|free[sd]?|freeing|released?|releasing|liberated?|liberating)\s+"
    r"(?:(?:\S*\d\S*|the|all|two|three|four|five|six|several|dozens\s+of)\s+)?$"
)
# A passive that reports the deed done: "have been arrested", "were detained"
_DONE_TO = re.compile(r"(?<!\S)(?:were|was|have\s+been|has\s+been|had\s+been)\s+$")
# An event told as an earlier one: "over earlier strikes in X", "previous attacks on Y",
# "past raids on Z", "this month's massacre in W" (not "similar rallies were held in Z": the
# same day's); "earlier" after an auxiliary is an adverb of the news ("the group had earlier
# taken X": recent news told before the lead)
_EARLIER = re.compile(
    r"(?<!\S)(?<!had\s)(?<!has\s)(?<!have\s)(?<!was\s)(?<!were\s)(?<!been\s)"
    r"(?:earlier|previous|prior|past|former|(?:last|this)\s+(?:month|year)\s+s)\s+$")
# An event a week or more back that dates the news, right before its trigger: "signed a deal
# on Friday, eleven days after the deadly clashes around X", "two weeks after the attack on Y".
_WEEKS_AFTER = re.compile(
    r"(?i)(?<!\S)(?:(?:seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|[7-9]|[1-9]\d)\s+days"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:weeks?|months?|years?))"
    r"\s+after\s+(?:the|a|an|last|its|their)\s+[^,;:()]*$"
)
# A sentence set in a whole war, told as a frame: "During the war, Israeli strikes flattened
# large parts of X", "During the 2020 conflict, ..." (a war's toll, not the news).
_WAR_FRAME = re.compile(r"\W*(?:during|throughout)\s+the\s+(?:[\w-]+\s+){0,2}?(?:war|conflict)\s*,", re.IGNORECASE)
# A modal right after the event noun: "renewed fighting could derail the truce".
# An event noun told as to come: "further demolitions are planned in X", "strikes are expected",
# "the first handover of rifles and explosives is planned for March in X".
_PLANNED_AFTER = re.compile(
    # the noun's "of" phrase may come between: "the evacuation of the residents of the X community is being planned"
    r"^\s+(?:of\s+(?:(?!(?:that|which|who|but)\s)(?!\S+ed\s)\S+\s+){1,5}?)?"
    # or its target and place: "further strikes on rebel targets in A and B are likely"
    r"(?:(?:on|against)\s+(?:(?!(?:that|which|who|but|and|or)\s)(?!\S+ed\s)\S+\s+){1,3}?in\s+)?"
    r"(?:(?!(?:that|which|who|but)\s)(?!\S+ed\s)\S+\s+){0,4}?(?:are|is|were|was|remain|remains)\s+(?:\S+ly\s+|still\s+|now\s+)?(?:planned|expected|scheduled|due|"
    # "an attack on X remains possible" (not "evacuation is possible only on foot": a means)
    r"feared|likely|(?:possible|probable)(?!\s+only)|imminent|being\s+planned|being\s+prepared)(?!\S)"
)
# A place counting the people it shelters, then what they fled in a relative clause: "the
# camp shelters about 60,000 people, most of them herders who fled attacks on A and B".
_SHELTERS_COUNT = re.compile(
    r"(?<!\S)(?:shelters|sheltering|hosts|hosting|houses|housing|accommodates|accommodating|"
    r"(?:is|are|now)\s+home\s+to)\s+(?:\S+\s+){0,3}?\d"
)
# The flight (``FLED``) or what was fled (``WHAT``) right after "who": "who fled attacks by X on A".
_WHO_FLED = re.compile(
    r"(?<!\S)who\s+(?:had\s+|have\s+|has\s+)?(?:(?P<what>fled|escaped)\s+(?:the\s+|recent\s+|repeated\s+)?)?$"
)


def _sheltered_flight(ctx: SentenceContext, t0: int) -> bool:
    """Whether the trigger at ``t0`` is the flight, or what was fled, in a relative clause
    on people a place is told to shelter: "the camp shelters about 60,000 people who fled
    attacks by the militia on A": a standing population, not news of A."""
    left = ctx.norm_at(max(ctx.start, t0 - 30), t0)
    if "who" not in left or _WHO_FLED.search(left) is None:
        return False
    return _SHELTERS_COUNT.search(ctx.norm_at(ctx.start, t0)) is not None


# An attack told as repelled or foiled after its noun: "attacks on airfields in the X and Y
# regions had been repelled", "the assault on the base was thwarted".
_REPELLED_AFTER = re.compile(
    r"^\s+(?:(?:on|against|in|at|near|of)\s+(?:(?!(?:that|which|who|but|and\s+\S+ed)\s)(?!\S+ed\s)\S+\s+){1,8}?)?"
    r"(?:had|have|has|was|were|is|are)\s+(?:been\s+)?(?:\S+ly\s+)?(?:repelled|repulsed|foiled|thwarted|averted|"
    r"prevented|beaten\s+back|fought\s+off)(?!\S)"
)
# "the displaced", "the evacuated": a participle made a noun of the people, whose modal is theirs
# ("the displaced will be allowed to return to X": no one has returned yet).
_PEOPLE_NOUN = re.compile(r"(?<!\S)the\s+$")
# A return or an evacuation asked for has not happened: "protested demanding their return
# to X", "called for the evacuation of Y", "the right of the displaced to return to Z".
_DEMANDED = re.compile(
    r"(?<!\S)(?:demanding|demand|demands|demanded|calling\s+for|call\s+for|calls\s+for|called\s+for|"
    r"pressing\s+for|pushing\s+for|urging|right\s+to|right\s+of\s+return|the\s+right\s+of\s+\S+\s+to|"
    # promised or ruled out, not done: "the deal guarantees the return of people displaced
    # from X", "refugees must not be returned to Y", "protesters demanding to return to Z"
    r"guarantees?|guaranteed|guaranteeing|(?:must|should|cannot|can\s+not|may\s+not)\s+(?:not\s+)?be)"
    r"(?:\s+(?:the|their|a|safe|voluntary|dignified|immediate|an|to))*\s*$"
)


def demanded(ctx: SentenceContext, a: int, t0: int) -> bool:
    """Whether the displacement word at ``t0`` (in a clause from ``a``) is only asked for:
    "protested demanding their return to X", "called for the evacuation of Y"."""
    return _DEMANDED.search(ctx.norm_at(max(a, t0 - 40), t0)) is not None


# An order or a force that moves people named after it, with their places, before "to":
# "ordered residents of A, B and C to move west", "told people in D, in western E, to leave".
_ORDER_VERB = re.compile(
    r"(?<!\S)(?:ordered|ordering|orders|order|told|telling|instructed|instructing|forced|forcing|forces|"
    r"compelled|compelling|obliged|obliging)\s+"
)
# The people so moved, first after the verb ("residents of", "displaced people in", "families"),
# then at most 16 words to "to".
_ORDERED_PEOPLE = re.compile(
    r"(?:(?:all|the|remaining|some|\d\S*|thousands\s+of|hundreds\s+of)\s+)*(?:\S+\s+)?"
    r"(?:civilians|villagers|residents|families|people|inhabitants|population|households|displaced|refugees|"
    r"migrants|[a-z]{3,}(?:ians|ese|is))\s+(?:\S+\s+){0,16}?to\s*$"  # "told Palestinians to move south to X"
)


def ordered_away(ctx: SentenceContext, to_end: int) -> bool:
    """Whether the bare "to leave", "to move west" before ``to_end`` is people made to go
    by an order or a force, named right after its verb ("ordered residents of A and B to
    move west", "an order for all of X, instructing residents to move south"), not "the
    team decided to leave" or "told its troops to leave". The clause is not a bound: the
    places may come between commas ("people in A, in western B, to leave")."""
    before = ctx.norm_at(max(ctx.start, to_end - 160), to_end)
    return any(_ORDERED_PEOPLE.match(before, v.end()) for v in _ORDER_VERB.finditer(before))


_MODAL_AFTER = re.compile(
    r"^\s+(?:(?!that\s|which\s|who\s|\S+ed\s)\S+\s+){0,3}?(?P<modal>would|could|might|will|may)\s+"
    r"(?!have\s+been\b)"
)


# The object of a foiling: "troops foiled a kidnapping attempt", "thus foiling an ambush
# attempt"; it did not happen (a fight with the foilers is told by its own word).
_FOILED_BEFORE = re.compile(r"(?<!\S)(?:foil|thwart)(?:ed|ing|s)?\s+(?:an?|the)\s+(?:\S+\s+){0,2}$")


# What a weapon made safe did not do: "dismantled an explosive device before it exploded",
# "defused the bomb before it could go off".
_PREEMPTED = re.compile(
    r"(?<!\S)before\s+(?:it|they|the\s+(?:device|devices|bomb|bombs|mine|mines|explosives?|ied|ieds))\s+"
    r"(?:could\s+|had\s+|was\s+able\s+to\s+)?$"
)

_MADE_SAFE = re.compile(
    r"(?<!\S)(?:defused|dismantled|neutrali[sz]ed|deactivated|disarmed|defusing|dismantling|"
    r"neutrali[sz]ing|deactivating|intercepted|shot\s+down|removed|found|discovered|detected|located)(?!\S)"
)


# An attacker stopped before his deed: "a suicide bomber was shot dead at a checkpoint in X
# before he could detonate his vest" (the bomb did not go off).
_STOPPED_BEFORE = re.compile(
    r"^[^.;]{0,80}?(?<!\S)before\s+(?:he|she|they|the\s+\S+)\s+(?:could|was\s+able\s+to|were\s+able\s+to|managed\s+to)\s+"
    r"(?:detonate|blow|explode|set\s+off|trigger|carry\s+out|launch|attack|strike|open\s+fire)(?!\S)"
)


def _stopped(ctx: SentenceContext, t1: int) -> bool:
    """Whether the attacker at the trigger was stopped before he could act: "a suicide
    bomber was shot dead in X before he could detonate his vest"."""
    return _STOPPED_BEFORE.match(ctx.norm_at(t1, min(ctx.end, t1 + 140))) is not None


def _preempted(ctx: SentenceContext, t0: int) -> bool:
    """Whether the explosion at ``t0`` is what a weapon made safe earlier in the sentence
    did not do: "the police defused a bomb near X before it exploded"."""
    if _PREEMPTED.search(ctx.norm_at(max(ctx.start, t0 - 40), t0)) is None:
        return False
    return _MADE_SAFE.search(ctx.norm_at(ctx.start, t0)) is not None


def negated(ctx: SentenceContext, a: int, pos: int) -> bool:
    """Whether a negation stands a few words before the word at ``pos``, in the clause
    from ``a``: "no air strikes", "did not attack", "without clashes with the security
    forces", "there were no violent clashes"."""
    return any(a <= h.start and h.end <= pos and pos - h.end <= 45 and len(ctx.norm_at(h.end, pos).split()) <= 2
               for h in ctx.by_cue.get(Cue.NEGATION, ()))


# A protest announced, called, vowed, threatened or scheduled is still to come, whatever
# word tells it: "activists vowed a rally in X", "students announced a march in Y", "the
# union decided to stage a strike in Z" (not "the ministry announced a curfew after protests").
_PROTEST_PLANNED = re.compile(
    r"(?<!\S)(?:announc(?:e|es|ed|ing)|plann?(?:ed|ing|s)?|call(?:s|ed|ing)?\s+for|schedul(?:e|es|ed|ing)|"
    r"vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|(?:will|would)\s+(?:hold|stage)|"
    r"(?:plan\w*|vow\w*|decided|agreed|intends?|intended|wants?|wanted|hopes?|hoped|prepar\w*|"
    r"call(?:s|ed|ing)?\s+on\s+\S+|urg(?:e|es|ed|ing)\s+\S+)\s+to\s+(?:hold|stage|organi[sz]e|launch|join))\s+"
    r"(?:(?!(?:that|which|who|and|but|or|after|following|amid|over|against|since|as|when|while|despite|during|"
    r"in|at|on|by|from|to|with)\s)\S+\s+){0,3}$"
)


def planned_protest(ctx: SentenceContext, a: int, t0: int) -> bool:
    """Whether the protest word at ``t0`` is what someone plans, calls for, vows or
    threatens: "activists vowed a rally in X", "called for a general strike in Y"."""
    return _PROTEST_PLANNED.search(ctx.norm_at(max(a, t0 - 60), t0)) is not None


def is_unreal(ctx: SentenceContext, published: Date | None, unit: Unit, trig: Trigger, seg: Segment) -> bool:
    """Whether the event of ``trig`` at ``unit`` did not happen as reported news.

    ``published`` is the article date, used to recognise old years and months.

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Rebels vowed to attack Goma."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> unit = ctx.units[0]
    >>> is_unreal(ctx, None, unit, unit.triggers[0], ctx.segment_of(unit.start))
    True
    """
    seg = ctx.main_clause(seg, unit.start)  # "In X, where ... in August, troops attacked Y": the main clause
    a, b, _ = seg
    t0, t1 = unit.start, unit.end
    if negated(ctx, a, t0):
        return True  # "no air strikes", "did not attack"
    if _NEG_AFTER.match(ctx.norm_at(t1, t1 + 25)) or _negated_past_relative(ctx, t1):
        return True  # "fighting has not resumed"; "hostilities around X, which lasted until March, have not resumed"
    if _NO_REPORT.search(ctx.norm_at(max(a, t0 - 80), t0)) or _dismissed_reports(ctx, a, t0):
        return True  # "no new reports of attacks in X"; "rejected as lies reports about executions in X"
    if trig.sub_event_type != _DISRUPTED and _FOILED_BEFORE.search(ctx.norm_at(max(a, t0 - 40), t0)):
        return True  # "troops foiled a kidnapping attempt near X"
    if trig.sub_event_type != _DISRUPTED and (_preempted(ctx, t0) or _stopped(ctx, t1)):
        return True  # "dismantled an explosive device near X before it exploded"
    if _REPELLED_AFTER.match(ctx.norm_at(t1, min(b, t1 + 80))) and not _is_past_verb(unit.phrase):
        return True  # "attacks on airfields in X had been repelled": foiled, told as disrupted
    if _PLANNED_AFTER.match(ctx.norm_at(t1, t1 + 80)) and not _is_past_verb(unit.phrase):
        return True  # "further demolitions are planned in X"
    if any(t1 < h.start < t1 + 40 and h.phrase in _MODALS for h in ctx.by_cue.get(Cue.IRREALIS, ())) \
            and (not _is_past_verb(unit.phrase) or _PEOPLE_NOUN.search(ctx.norm_at(max(a, t0 - 6), t0))):
        modal = _MODAL_AFTER.match(ctx.norm_at(t1, min(b, t1 + 40)))
        if modal and not _COORDINATION.search(modal.group()) and not ctx.text[t1 + modal.start("modal")].isupper():
            return True  # "renewed fighting could derail the truce"; not "in May"
    if trig.event_type == PROTESTS and trig.rule is not Rule.INTERVENTION and planned_protest(ctx, a, t0):
        return True  # "activists vowed a rally in X": a plan, no protest yet
    if trig.base_verb:
        before = ctx.norm_at(max(a, t0 - 60), t0)
        to = _TO_BEFORE.search(before)  # "vowed to \"liberate", "ordered the army to completely liberate"
        if to is not None:
            governing = before[: to.start()].split()[-6:]  # "forced more than a million people to flee"
            if unit.phrase in _PROTEST_VERBS:
                if _INTENT.intersection(governing):
                    return True
            elif trig.event_type == DISPLACEMENT and (_ORDERED.intersection(governing) or ordered_away(ctx, max(a, t0 - 60) + to.end())):
                pass  # "ordered 100,000 people to leave the area", "ordered displaced people in sites around X to return": an evacuation
            elif trig.event_type == DISPLACEMENT and _TRIED.intersection(governing):
                return True  # "residents who tried to return to X were turned back"
            elif not _CONTINUE.intersection(governing):
                return True
    elif _intended_object(ctx, a, t0):
        return True  # "Rwanda agreed in Kigali to boost its deployment": a plan for the deployment
    # "suspects accused of plotting to attack X have been arrested": the arrest was made
    done = trig.sub_event_type == _ARRESTS and _DONE_TO.search(ctx.norm_at(max(a, t0 - 20), t0)) is not None
    last = -1
    for cue in () if done else (Cue.IRREALIS, Cue.DENIAL):
        for h in ctx.by_cue.get(cue, ()):
            if a <= h.start and h.end <= t0 and h.end > last and not apart(ctx, seg, h.start, t0):
                if h.phrase == "may" and ctx.text[h.start].isupper():
                    continue  # the month of May
                if h.phrase == "going to" and ctx.text[h.end:h.end + 2].strip()[:1].isupper():
                    continue  # "on the road going to Djenne": a road's way, no intention
                if h.phrase in _CAN and _CAN_SAY.match(ctx.norm_at(h.end, h.end + 16)):
                    continue  # "I can confirm that the handover of X was completed": a statement
                last = h.end
    if last >= 0 and not any(
        last <= h.start < t0 and h.phrase in _SCOPE_END for h in ctx.by_cue.get(Cue.SOFT_BREAK, ())
    ) and not _comma_coordinate_between(ctx, seg, last, t0):
        return True
    if Cue.WANING in ctx.by_cue and _waned(ctx.norm_at(t1, min(b, t1 + 70))):
        return True  # "fighting in X has slowed since talks began"
    if _sheltered_flight(ctx, t0):
        return True  # "the camp shelters 60,000 people who fled attacks on A": who it holds, no news
    if trig.event_type == DISPLACEMENT and demanded(ctx, a, t0):
        return True  # "displaced people protested demanding the return to their villages in X"
    if trig.event_type == DISPLACEMENT:  # running totals of displaced people still locate them
        return _old_flight(ctx, published, unit, seg)
    if trig.sub_event_type == _ABDUCTION and _RESCUED.search(ctx.norm_at(max(a, t0 - 30), t0)):
        return True  # "troops rescued 14 kidnapped victims": a rescue, the kidnapping is told elsewhere
    if _EARLIER.search(ctx.norm_at(max(a, t0 - 16), t0)):
        return True  # "protested over earlier strikes in X", "after last month's fighting in Y"
    if _WAR_FRAME.match(ctx.text, ctx.start, t0):
        return True  # "During the war, strikes flattened large parts of X"
    if _WEEKS_AFTER.search(ctx.text, max(a, t0 - 100), t0):
        return True  # "eleven days after the deadly clashes around X": the earlier event dates the news
    if _told_again(ctx, t0, t1):
        return True  # "The attack came despite a ceasefire ... that devastated X": told before
    if _followed_earlier(ctx, a, b, t0):
        return True  # "The strikes follow attacks on refineries in X earlier this month": the earlier ones
    if _reported_falsely(ctx, a, t0, t1) or _protest_topic(ctx, a, t0) or _CAMPAIGN_TOPIC.search(
            ctx.norm_at(max(a, t0 - 40), t0)) or _CAMPAIGN_FRAME.search(ctx.norm_at(max(a, t0 - 40), t0)):
        return True  # "reports of clashes in X are false"; "a sit-in against drone attacks"; "in continuation of offensive operations"
    if _tallied(ctx, a, t0, t1):
        return True  # "the monitor verified 61 attacks on health care in X, which killed nine": a count
    if _SERIES_BEFORE.search(ctx.norm_at(max(a, t0 - 60), t0)) or _total_after(ctx, a, t0, t1):
        return True  # "the latest in a wave of killings in X"; "say drone strikes have killed hundreds in X"
    if _habitual(ctx, a, t0, t1) or _assessed(ctx, t0, t1):
        return True  # "cells still carry out sporadic attacks in X"; "the capture of X was a violation of ..."
    if not done and (_judged(ctx, a, t0) or _arrested_over(ctx, a, t0)):
        return True  # "a court convicted a commander over the massacre in X"
    for h in ctx.by_cue.get(Cue.HISTORY, ()):
        marking = h.phrase in MARKING or ctx.norm_at(h.end, h.end + 3) == " s "  # "last year's protests"
        if h.phrase in _LAST_SEASON and h.start > t1 and _SEASON_ELSEWHERE.search(ctx.norm_at(t1, h.start)):
            continue  # "the first raids since the raids that hit X last autumn": the season dates those
        if a <= h.start < b and (not marking or h.end <= t0) and not apart(ctx, seg, h.start, t0) \
                and not _protest_cause_dated(ctx, trig, t1, h.start):
            return True  # "years ago" anywhere; "anniversary of the coup" only before the event
    if _aggregate(ctx, a, b) or running_record(ctx, seg, unit):
        return True  # "so far", "over the past 18 months", "have killed 20 drivers this year"
    if _denied_accusation(ctx, a, t0, t1):
        return True  # "X accuses the group of abducting soldiers in Y, a charge the group denied"
    if _running_consequence(ctx, ctx.start, t0):
        return True  # "Since November the Houthis have attacked ships, prompting strikes in X"
    if later_than_old(ctx, published):
        return True  # "Since August 2023, ... . A month later, rockets fired near X killed dozens"
    if earlier_opening(ctx, published, unit):
        return True  # "Following the 16 March fire in X that killed 61 people, residents ...", read on 24 March
    if past_relative(ctx, seg, unit) or counted(ctx, a, t0, t1):
        return True  # "the group, which seized X this year, said"; "the second abduction on the X road this year"
    for h in ctx.by_cue.get(Cue.SOFT_BREAK, ()):
        if h.phrase != "since" or not a <= h.start < b:
            continue
        compared = _SUPERLATIVE.search(ctx.norm_at(max(a, h.start - 50), h.start)) is not None
        if compared and h.end <= t0 and not _since_clause_closed(ctx, h.end, t0):
            return True  # "the deadliest since March, when 300 were killed in X": what it is compared with
        if (not compared and _SINCE_DATE.match(ctx.norm_at(h.end, h.end + 20))
                and not _SINCE_THIS_MONTH.match(ctx.norm_at(h.end, h.end + 36))
                and not dates_other(ctx, t0, t1, h.start, h.end)):
            return True  # "killed since 2011"; not "marched in X, carrying photos of those killed since 2019"
    if _background_antecedent(ctx, published, seg):
        return True  # "two weeks after the massacre in X, where gunmen killed 115 people": that massacre
    return dated_before(ctx, published, unit, seg)  # "In November, a suicide bomber killed 26 in X"


# A noun trigger as the object of an infinitive: "agreed to boost its deployment",
# "plans to expand the offensive".
_TO_VERB_OBJECT = re.compile(r"(?:^|(?<=\s))to\s+[a-z]+\s+(?:its|their|his|her|the|a|an|more|further)\s+(?:[a-z-]+\s+)?$")


def _intended_object(ctx: SentenceContext, a: int, t0: int) -> bool:
    """Whether the noun trigger at ``t0`` is the object of an infinitive that a word of intent
    governs: "Rwanda agreed in Kigali to boost its deployment" tells no deployment yet."""
    lo = max(a, t0 - 70)
    to = _TO_VERB_OBJECT.search(ctx.text, lo, t0)  # the text itself: a lower-case verb, no comma
    return to is not None and bool(_INTENT.intersection(ctx.norm_at(lo, to.start()).split()[-6:]))


def _since_clause_closed(ctx: SentenceContext, since_end: int, t0: int) -> bool:
    """Whether the "since" clause ending at ``since_end`` closes with its own verb before the
    trigger at ``t0``: in "the heaviest strikes since the conflict began hit X, with 11 strikes
    on Y" the second strikes are news, not what the first are compared with."""
    m = _SINCE_CLOSED.match(ctx.norm_at(since_end, t0 + 1))
    return m is not None and since_end + m.end() <= t0


def _comma_coordinate_between(ctx: SentenceContext, seg: Segment, lo: int, t0: int) -> bool:
    """Whether a comma and a coordinate clause with its own subject open between an
    irrealis word ending at ``lo`` and the trigger at ``t0``: in "thousands rallied
    demanding the departure of the government, and some of the demonstrators tried to
    storm the ministry" the storming is no demand."""
    return any(
        lo <= p < t0 and "," in ctx.text[max(seg[0], p - 2):p] and ctx.starts_coordinate(p, seg[1])
        and not _REPORTED_OR_ADVERB.match(ctx.norm_at(p, min(seg[1], p + 30)))
        for p, _ in ctx.pieces(seg)
    )


# A coordinate that goes on with what was said or with the verb: ", and that he was
# considering ...", ", and safely detonated ...": no subject of its own.
_REPORTED_OR_ADVERB = re.compile(r"^[\s,]*(?:and|but)\s+(?:that|\S+ly)(?!\S)")


# The season before the article's (a history cue): "Last winter, strikes left X without heating".
_LAST_SEASON = frozenset(f"last {s}" for s in ("spring", "summer", "autumn", "winter", "fall"))
# What, between a trigger and a later season, gives the season another event to date.
_SEASON_ELSEWHERE = re.compile(r"(?<!\S)(?:since|that|which|when|after|before|where)(?!\S)")


# A relative clause that tells more of the event or the place just before it: ", where",
# ", when", "in which", "during which" (a bare "which" may describe any noun).
_EVENT_RELATIVE = re.compile(r"^\W*(?:where|when|which)(?!\S)")
_RELATIVE_PREPOSITION = re.compile(r"^\W*(?:in|during|amid|after)\W*$")


def _antecedent_segment(ctx: SentenceContext, seg: Segment) -> Segment | None:
    """The clause a "where"/"when"/"in which" clause ``seg`` hangs on: the segment before it,
    past the bare preposition of "in which"."""
    a, _, relative = seg
    opener = _EVENT_RELATIVE.match(ctx.norm_at(a, min(ctx.end, a + 12)))
    if not relative or opener is None:
        return None
    before = [s for s in ctx.segments if s[1] <= a]
    if opener.group().strip(" ,") == "which":
        if not before or not _RELATIVE_PREPOSITION.match(ctx.norm_at(before[-1][0], before[-1][1])):
            return None  # "the group, which killed 5 in X": what the group did, dated on its own
        before = before[:-1]
    return before[-1] if before else None


def _background_antecedent(ctx: SentenceContext, published: Date | None, seg: Segment) -> bool:
    """Whether ``seg`` is a "where"/"when"/"in which" clause that tells again an event its
    antecedent clause dates as background: "two weeks after the massacre in X, where gunmen
    killed 115 people"; "In 2019, protests in which hundreds were killed, many in X"; "the
    deadliest day since the violence of the 2007 election, in which 1,100 were killed in X"."""
    prev = _antecedent_segment(ctx, seg)
    if prev is None:
        return False
    if year_dated_noun(ctx, published, seg[0], seg[1]):
        return True  # "echo the 2019 unrest in which buildings were burned in X": that unrest's deeds
    pa, pb, _ = prev
    for h in ctx.by_cue.get(Cue.SOFT_BREAK, ()):
        if h.phrase == "since" and pa <= h.start < pb and _SUPERLATIVE.search(ctx.norm_at(max(pa, h.start - 50), h.start)):
            return True  # "the deadliest since the violence ..., in which": what it is measured against
    if ctx.has(Cue.DATE, seg[0], seg[1]):
        return False  # "towns it shells regularly, including X, where a strike on Friday damaged a school": news of its own
    event = [u for u in ctx.units if pa <= u.start and u.end <= pb and u.triggers]
    return bool(event) and _dated_background(ctx, published, event[-1], prev)


def _dated_background(ctx: SentenceContext, published: Date | None, unit: Unit, seg: Segment) -> bool:
    """Whether the event of ``unit`` is told as dated before the news (a history word, a
    running span, an old year or month), not merely unreal ("tried to reach X")."""
    a, b, _ = seg
    if any(a <= h.start < b and not apart(ctx, seg, h.start, unit.start) and (h.phrase not in MARKING or h.end <= unit.start)
           for h in ctx.by_cue.get(Cue.HISTORY, ())):
        return True  # "two weeks after the massacre in X"
    return running_record(ctx, seg, unit) or past_relative(ctx, seg, unit) \
        or dated_before(ctx, published, unit, seg) or old_year(ctx, published, unit, seg)


# What a protest demands or opposes, told after it: "rallied demanding the return of
# prisoners captured three years ago": the old date is the cause's, not the rally's.
_PROTEST_CAUSE_WORDS = re.compile(
    r"(?<!\S)(?:demanding|to\s+demand|calling\s+for|to\s+call\s+for|against|over|to\s+protest|protesting|"
    r"to\s+denounce|denouncing|in\s+memory\s+of)(?!\S)"
)


def _protest_cause_dated(ctx: SentenceContext, trig: Trigger, t1: int, history: int) -> bool:
    """Whether the old-date word at ``history`` dates the cause a protest at ``t1`` names
    after it: "hundreds rallied on Saturday demanding the release of men captured three
    years ago"."""
    return trig.event_type == PROTESTS and history > t1 and _PROTEST_CAUSE_WORDS.search(
        ctx.norm_at(t1, history)) is not None


# A total of one night or one day is that night's news, not a running total: "in total
# during the night 40 drones were destroyed, including 12 over X", "in total, over the day".
_DAY_TOTAL = re.compile(
    r"^\s+(?:(?:during|over|in|for)\s+(?:the\s+)?(?:past\s+)?(?:night|day|24\s+hours|morning|evening)|overnight|last\s+night)(?!\S)"
)


# A total told last, in a clause of past events with no running span, sums what the
# clause told: "four villages were set on fire and 600 houses were burned down in total"
# (not "in total, 300 have been killed since the war began").
_CLOSING_TOTAL = re.compile(r"^\W*$")
_RUNNING = re.compile(r"(?<!\S)(?:have|has|since|so\s+far|to\s+date)(?!\S)")


# A toll denied up to now, right before "so far": "with no casualties reported so far",
# "no injuries have been recorded to date" (the "so far" counts no event).
_NO_TOLL_BEFORE = re.compile(
    r"(?<!\S)(?:no|without)\s+(?:\S+\s+)?(?:casualties|injuries|deaths|victims|fatalities|losses|one|damage)"
    r"(?:\s+(?:were|was|have|has|had|been|being|reported|recorded|registered|confirmed|reportedly|yet)){0,4}\s*$"
)


def _aggregate(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether the clause tells a running total ("so far", "to date", "in total"), not
    the total of one night or day ("in total during the night") nor the sum of the
    clause's own events ("600 houses were burned down in total."), nor a toll denied so
    far ("shelled X, with no casualties reported so far")."""
    return any(
        a <= h.start and h.end <= b and not (h.phrase == "in total" and (
            _DAY_TOTAL.match(ctx.norm_at(h.end, min(b, h.end + 30)))
            or _CLOSING_TOTAL.match(ctx.text[h.end:ctx.end]) and not _RUNNING.search(ctx.norm_at(a, b))))
        and not _NO_TOLL_BEFORE.search(ctx.norm_at(max(a, h.start - 60), h.start))
        for h in ctx.by_cue.get(Cue.AGGREGATE, ())
    )


# A flight dated years back right after it: "left X more than 40 years ago", "fled two decades ago".
_YEARS_AGO_AFTER = re.compile(
    r"^\s+(?:[^\s,;]+\s+){0,6}?(?:(?:more\s+than|over|some|about|nearly|almost|around)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\S+teen|\S+ty|several|many|a\s+few|a\s+couple\s+of)"
    r"\s+(?:years|decades)\s+ago(?!\S)"
)


def _old_flight(ctx: SentenceContext, published: Date | None, unit: Unit, seg: Segment) -> bool:
    """Whether a flight is told as dated well before the article by a year of its own
    clause ("the family fled their home in October 2023", read in 2025; "when more than
    100,000 fled in 2023"): background, not where people are being displaced now. A
    running total ("displaced since 2017") still locates the displaced. A flight told
    years ago is background too ("families who left X more than 40 years ago")."""
    if _YEARS_AGO_AFTER.match(ctx.norm_at(unit.end, seg[1])):
        return True
    if _STILL_AWAY.search(ctx.norm_at(unit.end, seg[1])):
        return False  # "families displaced from X in 2023 have still not returned": still displaced, a running total
    return old_year(ctx, published, unit, seg)


# The displaced told as still away from home: their flight is a running total.
_STILL_AWAY = re.compile(
    r"(?<!\S)(?:(?:have|has|had)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?(?:returned|gone\s+back|been\s+able\s+to\s+return)"
    r"|(?:remain|remains|are\s+still|is\s+still|still)\s+(?:displaced|unable\s+to\s+return|living\s+in\s+camps))(?!\S)"
)


# An event told again, to date or explain it: "The attack came despite a ceasefire ...",
# "Sunday's bombing followed ...", "The killings are part of a war ..." (not "the fighting
# came within 5 km of X": it moved).
_AGAIN_BEFORE = re.compile(r"^\W*(?:the|this|that|these|those|its|their|[a-z]+day\s+s)\s+(?:[\w-]+\s+){0,2}$")
_AGAIN_AFTER = re.compile(
    r"^\s+(?:(?:also|only)\s+)?(?:(?:came|comes|come|followed|follows|follow|recall|recalls|recalled|echo|echoes|echoed|evoke|evokes|evoked)\s+(?!within|to\s|close|near|under)"
    r"|(?:is|was|are|were)\s+(?:part\s+of|the\s+latest\s+in|one\s+of|among)\s"
    # counted in a series: "The attack is the fourth on military bases since January"
    rf"|(?:is|was)\s+the\s+{LATER_ORDINAL}\s)"
)


# The object of "follow" told again, dated before the news: "The strikes follow attacks on
# refineries in X and Y earlier this month" (not "... follow clashes in X on Monday").
_FOLLOWED = re.compile(r"(?<!\S)(?:follow|follows|followed|recall|recalls|echo|echoes)\s+(?:\S+\s+){0,2}$")
_EARLIER_DATE = re.compile(
    r"(?<!\S)(?:earlier\s+this\s+(?:month|year)|last\s+(?:month|year)|(?:in|since)\s+(?:early\s+|late\s+|mid\s+)?"
    r"(?:january|february|march|april|june|july|august|september|october|november|december|(?:19|20)\d\d))(?!\S)"
)


def _followed_earlier(ctx: SentenceContext, a: int, b: int, t0: int) -> bool:
    """Whether the trigger at ``t0`` is what an event told again follows ("The strikes follow
    attacks on refineries in X earlier this month"), dated before the news."""
    if _FOLLOWED.search(ctx.norm_at(max(a, t0 - 30), t0)) is None:
        return False
    if not any(u.start < t0 and _told_again(ctx, u.start, u.end) for u in ctx.units):
        return False
    return _EARLIER_DATE.search(ctx.norm_at(t0, b)) is not None


def _told_again(ctx: SentenceContext, t0: int, t1: int) -> bool:
    """Whether the trigger, opening its sentence with a determiner, is the subject of
    "came", "followed" or "is part of": the event was told before, and the places of this sentence
    are those of what it is dated or explained by."""
    return t0 - ctx.start <= 40 and _AGAIN_BEFORE.match(ctx.norm_at(ctx.start, t0)) is not None \
        and _AGAIN_AFTER.match(ctx.norm_at(t1, t1 + 25)) is not None


# "reports of clashes in X ... are false", "rumours about an attack on Y were not confirmed"
# ... also where the report was made and the clause's subject: "the claim in its
# newspapers that our forces shelled the hospital in X is a fabrication".
_REPORTED = re.compile(
    r"(?<!\S)(?:reports?|rumou?rs?|claims?|allegations?|videos?|posts?|messages?)\s+"
    r"(?:(?:in|on|by|from)\s+(?:\S+\s+){1,3}?)?(?:of|about|that)\s+"
    r"(?:(?:the|a|an|new|fresh|heavy)\s+|(?:our|its|their|his|the)\s+\S+\s+|(?!(?:in|at|on|near)\s)\S+\s+)?$"
)
_REFUTED = re.compile(
    r"(?<!\S)(?:(?:were|was|are|is|have\s+been|has\s+been)\s+(?:not\s+confirmed|unconfirmed|false|untrue|"
    r"baseless|unfounded|fake|fabricated|denied|not\s+true|(?:a\s+|an\s+|pure\s+|)(?:fabrications?|lies?|"
    r"fiction|hoax))|were\s+not\s+confirmed)(?!\S)"
)
# What a protest is against: "a sit-in against drone attacks", "marched over the killings"
_TOPIC_BEFORE = re.compile(
    r"(?<!\S)(?:against|over|denouncing|condemning|protesting|to\s+protest|to\s+denounce|to\s+condemn)\s+"
    r"(?:(?!(?:were|was|are|is|had|have|has)\s)(?!\S+ed\s)\S+\s+){0,3}$"
)


# What a group campaigns against is its cause, not an event: "a committee that campaigns
# against enforced disappearances in X".
_CAMPAIGN_TOPIC = re.compile(
    r"(?<!\S)(?:campaigns?|campaigned|campaigning|advocates?|advocating|lobbies|lobbying)\s+against\s+"
    r"(?:(?!(?:were|was|are|is|had|have|has)\s)\S+\s+){0,3}$"
)
# The campaign a deed told by the main verb belongs to: "troops, in continuation of offensive
# operations in X, have recorded successes"; the campaign is the frame, the deed is the event.
_CAMPAIGN_FRAME = re.compile(
    r"(?<!\S)in\s+(?:continuation|development|furtherance|the\s+course|pursuit)\s+of\s+(?:the\s+|their\s+|its\s+|an\s+)?"
    r"(?:ongoing\s+|sustained\s+|military\s+)?$"
)
# Nothing reported or seen of the event: "no new reports of attacks on ships", "no signs of
# the formation of offensive groups" (not "no reports of casualties in the attack on X").
_NO_REPORT = re.compile(
    r"(?<!\S)(?:no|not\s+any|without)\s+(?:(?:new|fresh|further|other|immediate|official|confirmed)\s+)?"
    r"(?:reports?|signs?|evidence|indications?|traces?|word)\s+(?:of|about)\s+"
    r"(?:(?!(?:in|at|near|during|after|and|but|or)\s)\S+\s+){0,4}$"
)
# Reports rejected or dismissed before they are told: "rejected as lies reports by foreign
# media about summary executions in X", "dismissed claims of a massacre in Y".
_DISMISSED = re.compile(
    r"(?<!\S)(?:rejected|rejects|dismissed|dismisses|denied|denies|refuted|refutes)\s+"
    r"(?:(?!(?:and|but|after|while|when)\s)\S+\s+){0,6}?"
    r"(?:reports?|claims?|allegations?|rumou?rs?|accounts?)\s+(?:(?:by|from|on|in)\s+(?:\S+\s+){1,3}?)?"
    r"(?:of|about|that)\s+(?:(?!(?:and|but)\s)\S+\s+){0,3}$"
)
# The event noun's own verb negated past a relative clause set off by commas: "Hostilities
# around X, which persisted until mid-March, have not resumed".
_NEG_PAST_RELATIVE = re.compile(
    r"\s+(?:(?:in|around|near|at|on|along|across)\s+[^,.;:]{1,60})?,\s+(?:which|that)\s+[^,.;:]{1,100},\s+"
    r"(?:(?:has|have|had|did|does|do|was|were|is|are)\s+(?:not|never)|(?:hasn|haven|hadn|didn)['’]t)\s",
    re.IGNORECASE,
)


def _negated_past_relative(ctx: SentenceContext, t1: int) -> bool:
    """Whether the verb of the event noun ending at ``t1`` is negated past a relative clause
    set off by commas ("clashes near X, which lasted two weeks, have not resumed")."""
    return _NEG_PAST_RELATIVE.match(ctx.text, t1, min(ctx.end, t1 + 200)) is not None


def _dismissed_reports(ctx: SentenceContext, a: int, t0: int) -> bool:
    """Whether the trigger names what reports told that the clause rejects or dismisses
    ("the army dismissed reports of a massacre in X")."""
    return "," not in ctx.text[max(a, t0 - 110) : t0] and \
        _DISMISSED.search(ctx.norm_at(max(a, t0 - 110), t0)) is not None


# A series the news is the latest of: "the latest in a wave of killings in X", "the latest
# in a string of drone attacks on Y" (the series' places, not the day's event).
_SERIES_BEFORE = re.compile(
    r"(?<!\S)(?:latest|newest|most\s+recent)\s+(?:\S+\s+){0,2}?in\s+(?:a|the)\s+(?:\S+\s+)?"
    r"(?:wave|series|string|spate|spiral|cycle|surge|rash|run|litany)\s+of\s+(?:\S+\s+){0,2}$"
)
# A bare plural event noun with a large toll in the present perfect is a running total:
# "air strikes have killed thousands of civilians in X" (not "had killed hundreds ... after").
_TOTAL_AFTER = re.compile(
    r"^\s+(?:(?:now|so\s+far|also)\s+)?(?:has|have)\s+(?:now\s+|already\s+)?(?:killed|wounded|injured|maimed)\s+"
    r"(?:(?:more\s+than|at\s+least|over|nearly|almost|some|about)\s+)?(?:hundreds|thousands|tens\s+of\s+thousands)(?!\S)"
)
_TOLL_VERBS = frozenset(("killed", "wounded", "injured", "maimed"))
_PERFECT_BEFORE = re.compile(r"(?<!\S)(?:has|have)\s+(?:now\s+|already\s+)?$")
_TOLL_AFTER = re.compile(
    r"^\s+(?:(?:more\s+than|at\s+least|over|nearly|almost|some|about)\s+)?(?:hundreds|thousands|tens\s+of\s+thousands)(?!\S)"
)
_BARE_SUBJECT = re.compile(r"(?:^|(?<!\S)(?:say|says|said|that|and|while|as|but))\W*(?:\S+\s+)?$")


# A monitor's count of events: "recorded six new attacks on health care in X", "verified 61
# attacks in X" (a statistic over a period, not one event told).
_TALLY_BEFORE = re.compile(
    r"(?<!\S)(?:recorded|verified|documented|registered|logged|counted)\s+(?:at\s+least\s+|more\s+than\s+|"
    r"over\s+|a\s+total\s+of\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens\s+of|hundreds\s+of)\s+(?:new\s+|more\s+|further\s+|additional\s+|separate\s+)?$"
)
# The toll of a counted series, in a clause on it: "61 attacks on health care in X, which killed
# nine people"; "six attacks ..., resulting in 74 deaths".
_TALLY_TOLL = re.compile(
    r"(?<!\S)(?:recorded|verified|documented|registered|logged|counted)\s+(?:\S+\s+){1,3}?attacks\s+"
    r"(?:(?!(?:and|but|while)\s)\S+\s+){1,10}?(?:which|that|resulting\s+in|leaving|causing)\s+$"
)


_DAY_OF_NEWS = re.compile(
    r"(?<!\S)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|overnight|last\s+night|24\s+hours)(?!\S)"
)


def _tallied(ctx: SentenceContext, a: int, t0: int, t1: int) -> bool:
    """Whether the event at ``[t0, t1)`` is a monitor's count ("recorded six new attacks on
    health care in X") or the toll of one ("verified 61 attacks in X, which killed nine")."""
    if _DAY_OF_NEWS.search(ctx.norm_at(ctx.start, ctx.end)):
        return False  # "recorded 56 clashes in the sector on Thursday alone": that day's fighting
    if ctx.norm_at(t0, t1) == "attacks" and _TALLY_BEFORE.search(ctx.norm_at(max(a, t0 - 40), t0)):
        return True
    return _TALLY_TOLL.search(ctx.norm_at(max(ctx.start, t0 - 120), t0)) is not None


def _total_after(ctx: SentenceContext, a: int, t0: int, t1: int) -> bool:
    """Whether the event noun at ``[t0, t1)``, with no determiner, is the subject of a
    running toll ("residents say drone strikes have killed hundreds of civilians in X"), or
    the verb of that toll ("have killed thousands of civilians in X")."""
    if ctx.norm_at(t0, t1) in _TOLL_VERBS and _PERFECT_BEFORE.search(ctx.norm_at(max(a, t0 - 20), t0)) \
            and _TOLL_AFTER.match(ctx.norm_at(t1, t1 + 40)):
        return True
    return ctx.norm_at(t0, t1).endswith("s") and _TOTAL_AFTER.match(ctx.norm_at(t1, t1 + 60)) is not None \
        and _BARE_SUBJECT.search(ctx.norm_at(a, t0)) is not None


# A habit, not one event: a frequency word before the event noun, with a present or a
# perfect verb ("cells still carry out sporadic attacks in X", "the province has seen
# repeated attacks"; not "gunmen carried out repeated attacks on X on Monday").
_FREQUENT = re.compile(
    r"(?<!\S)(?:(?:carry|carries|launch|launches|stage|stages|conduct|conducts|mount|mounts|face|faces|suffer|"
    r"suffers|see|sees|witness|witnesses|endure|endures)\s+(?:\S+\s+){0,1}?"
    r"|(?:has|have)\s+(?:\S+ly\s+)?(?:seen|suffered|faced|witnessed|endured|been\s+hit\s+by)\s+)"
    r"(?:sporadic|occasional|frequent|regular|repeated|periodic|recurrent|recurring|persistent|constant|"
    r"routine)\s+(?:\S+\s+)?$"
    # a string of them in the perfect: "which has carried out a string of attacks in X"
    r"|(?<!\S)(?:has|have)\s+(?:also\s+)?(?:carried\s+out|staged|launched|mounted|conducted|claimed|waged)\s+"
    r"(?:a\s+|the\s+)?(?:string|series|spate|wave|number|succession|campaign)\s+of\s+(?:\S+\s+)?$"
    # attempts kept up in the present, none told: "the regime continues its attempts to strike X"
    r"|(?<!\S)(?:continues|continue|keeps\s+up|keep\s+up|persists\s+in|persist\s+in)\s+(?:its|their|his|her)\s+"
    r"(?:\S+\s+)?(?:attempts|efforts)\s+to\s+$"
)


# An event noun as the subject of a standing state: "kidnapping for ransom has become a
# lucrative business in X", "banditry remains a major threat in Y": a habit, not one event.
_STANDING_PREDICATE = re.compile(
    r"^\s+(?:(?:for|of)\s+ransom\s+)?(?:has\s+become|have\s+become|becomes|become|remains|remain|is\s+now|"
    r"are\s+now)\s+(?:a\s+|an\s+|the\s+)?(?:\S+\s+){0,2}?(?:business|industry|trade|problem|scourge|menace|threat|"
    r"norm|phenomenon|concern|epidemic|commonplace|common|routine|widespread|rampant)(?!\S)"
)


def _habitual(ctx: SentenceContext, a: int, t0: int, t1: int) -> bool:
    """Whether the event noun at ``t0``-``t1`` is a habit told in the present or the
    perfect, or the subject of a standing state ("kidnapping has become a business")."""
    return _FREQUENT.search(ctx.norm_at(max(a, t0 - 60), t0)) is not None \
        or _STANDING_PREDICATE.match(ctx.norm_at(t1, t1 + 70)) is not None


# An event judged, not told: "the capture of X was a violation of its sovereignty", "the
# shelling of Y is a war crime" (the subject of a verdict: the event is told elsewhere).
_VERDICT_AFTER = re.compile(
    r"^\s+(?:(?:of|on|in|against)\s+(?:\S+\s+){1,4}?)?(?:was|is|were|are|constituted|constitutes|amounted\s+to|"
    r"amounts\s+to)\s+(?:a\s+|an\s+)?(?:\S+\s+)?(?:violation|breach|war\s+crime|crime|illegal|unlawful|"
    r"unacceptable|act\s+of\s+aggression|declaration\s+of\s+war|provocation|mistake)(?!\S)"
)
_VERDICT_SUBJECT = re.compile(r"(?:^|(?<!\S)(?:said|says|that))\W*(?:the|this|its|their)\s+(?:\S+\s+)?$")


def _assessed(ctx: SentenceContext, t0: int, t1: int) -> bool:
    """Whether the event noun is the subject of a verdict on it ("said the capture of X was
    a violation of its sovereignty")."""
    return _VERDICT_SUBJECT.search(ctx.norm_at(ctx.start, t0)) is not None and \
        _VERDICT_AFTER.match(ctx.norm_at(t1, t1 + 80)) is not None


def _reported_falsely(ctx: SentenceContext, a: int, t0: int, t1: int) -> bool:
    """Whether the trigger names what reports, rumours or claims told, and the sentence
    calls them false or unconfirmed."""
    return _REPORTED.search(ctx.norm_at(max(a, t0 - 60), t0)) is not None and \
        _REFUTED.search(ctx.norm_at(t1, ctx.end)) is not None


def _protest_topic(ctx: SentenceContext, a: int, t0: int) -> bool:
    """Whether the trigger is what a protest before it is against ("a peaceful sit-in by
    students against drone attacks was held at X")."""
    for u in ctx.units:
        # force used on a crowd is no protest with a topic: "tear gas against protesters in X"
        if a <= u.start and u.end <= t0 \
                and any(t.event_type == PROTESTS and t.rule is not Rule.INTERVENTION for t in u.triggers) \
                and _TOPIC_BEFORE.search(ctx.norm_at(u.end, t0)):
            return True
    return False


_OVER = re.compile(r"(?<!\S)(?:over|for)\s")
# What those arrested are said to have done: "arrested a cell ... who were involved in attacks"
_INVOLVED = re.compile(
    r"(?<!\S)(?:involved\s+in|responsible\s+for|linked\s+to|implicated\s+in|took\s+part\s+in|in\s+connection\s+with|"
    r"participated\s+in|behind)\s+(?:\S+\s+){0,3}$"
)


def _arrested_over(ctx: SentenceContext, a: int, t0: int) -> bool:
    """Whether the trigger is what someone was arrested over: "police detain man in X
    over online posts praising the attack", "arrested a cell in X who were involved in
    attacks on checkpoints"."""
    for h in ctx.by_cue.get(Cue.ARREST, ()):
        if max(a, t0 - 140) <= h.start and h.end <= t0 and "," not in ctx.text[h.end : t0] \
                and not _time_clause_between(ctx, h.end, t0):
            between = ctx.norm_at(h.end, t0)
            if (t0 - h.start <= 80 and _OVER.search(between)) or _INVOLVED.search(between):
                return True
    return False


def _time_clause_between(ctx: SentenceContext, lo: int, hi: int) -> bool:
    """Whether a clause of time ("after", "when", ...) opens in ``[lo, hi)``."""
    return any(lo <= s.start < hi and s.phrase in SUBORDINATORS for s in ctx.by_cue.get(Cue.SOFT_BREAK, ()))


# The event is said to wane, not to happen: "fighting in X has slowed", "clashes
# have largely stopped", "the shelling subsided". Verbs that can take an object
# ("shelling slowed the advance") count only after an auxiliary.
_WANED_AFTER = re.compile(
    r"^\s+(?P<gap>(?:(?!(?:but|or|as|after|when|while|which|that|who)\s)\S+\s+){0,6}?)"
    r"(?:(?:has|have|had)\s+(?:\S+ly\s+|since\s+|now\s+)?(?:slowed|eased|stopped|halted|ceased|paused|"
    r"diminished|declined|decreased|lessened|dropped\s+off|subsided|abated|waned|calmed|died\s+down|"
    r"petered\s+out|quietened|quieted)"
    r"|(?:\S+ly\s+)?(?:subsided|abated|waned|died\s+down|petered\s+out|quietened|quieted|calmed\s+down))"
    r"(?!\S)"
)


def _waned(after: str) -> bool:
    """Whether the normalized text ``after`` a trigger says the event waned. An "and"
    before the verb must join the sides ("clashes between A and B have eased"), not
    start another subject."""
    m = _WANED_AFTER.match(after)
    if m is None:
        return False
    gap = m.group("gap")
    return " and " not in f" {gap}" or "between" in gap


# An allegation naming its deed, then the subject's own next verb: "a mob beat a man
# accused of blasphemy and set fire to a police post" (the mob's arson is no charge).
_ALLEGATIONS = frozenset(("accused of", "suspected of", "on suspicion of"))
# The allegation names a deed and the clause goes on with its own verb: "arrested a man
# accused of the killing and demolished ...", or the passive of the noun phrase it
# qualifies: "the home of a man accused of a shooting attack was demolished in X".
_ALLEGED_NOUN_THEN_VERB = re.compile(
    r"^\s+(?!\S+ing\s)(?:\S+\s+){1,4}?(?:and|then|(?:was|were|has\s+been|have\s+been|had\s+been)(?:\s+also)?)\s+$"
)


def _allegation_closed(ctx: SentenceContext, h, t0: int) -> bool:
    """Whether the allegation cue ``h`` names a deed (a noun, not "...ing") and the
    trigger at ``t0`` is the next verb coordinated with the clause's own verb."""
    return h.phrase in _ALLEGATIONS and _ALLEGED_NOUN_THEN_VERB.match(ctx.norm_at(h.end, t0)) is not None


def _judged(ctx: SentenceContext, a: int, t0: int) -> bool:
    """Whether a court's proceedings govern the trigger at ``t0`` ("convicted a
    commander over the massacre in X", "arrested on suspicion of murder"): a judicial
    word earlier in its clause piece, with no comma or clause of time in between
    ("After a court jailed him, supporters rioted" is a riot; "arrested on suspicion
    of murder after a man was stabbed in X" keeps the stabbing)."""
    for h in ctx.by_cue.get(Cue.JUDICIAL, ()):
        if max(a, t0 - 100) <= h.start and h.end <= t0 and "," not in ctx.text[h.end : t0] \
                and ";" not in ctx.text[h.end : t0] and not _time_clause_between(ctx, h.end, t0) \
                and not _allegation_closed(ctx, h, t0):
            return True
    return False


_PAST_IRREGULAR = frozenset(
    "struck fought shot overran retook took fell hit blew went came stole drove swept began overrun".split()
)
_COORDINATION = re.compile(r"(?<!\S)(?:and|but|or|then|as|after)(?!\S)")


def _is_past_verb(phrase: str) -> bool:
    last = phrase.rsplit(" ", 1)[-1]
    return last.endswith("ed") or last in _PAST_IRREGULAR or " " in phrase and phrase.split()[0].endswith("ed")

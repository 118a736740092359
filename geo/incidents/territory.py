"""Territory and the fights for it: who takes, hands over or leaves a place.

:func:`agent_kind` tells a government's capture from a non-state group's by the first
actor before it ("rebels withdrew ..., and the army took control of the town");
:func:`settlement_taken` lets a named settlement taken in a war story count with no
armed word ("the village of X was liberated"); :func:`took_place` tells a bare taking
verb that takes a place ("had taken Goma", not "seized 40 kg of cocaine");
:func:`handed_to_force` a place handed to an armed force ("the MNDAA handed over
Lashio to the military"); :func:`force_withdraws` an armed force leaving a place ("the
MNDAA completed its withdrawal from Lashio", not "withdrew from the talks");
:func:`entered_to_kill` an entry that is a raid on the people there ("gunmen entered X
and shot three farmers"), :func:`entered_after_withdrawal` one made after the other side
left ("the army entered X after the withdrawal of the enemy"). Of fights, :func:`fighters_neutralised` tells fighters put
out of action from a bomb made safe ("troops neutralised nine bandits"),
:func:`vigilantes_in_fight` vigilantes fighting as a militia ("troops and vigilantes
engaged the kidnappers"), and :func:`loose_confrontation` a bare "confrontation"
beside crowd control ("deputies used tear gas"). :func:`former_members` tells former
members of a group laying down their arms ("12 former ADF members surrendered"), and
:func:`signed_earlier` an agreement referred to ("the peace agreement signed in Doha in
2020").

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Rebels withdrew from the town, and the army took control of Kidal."
>>> ctx = SentenceContext(text, 0, len(text))
>>> agent_kind(ctx, ctx.segments[0], (44, 59), ("?", "?"))
('Battles', 'Government regains territory')
"""

from __future__ import annotations

import re

from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.displacement import PEOPLE_WORDS
from geo.incidents.events import DocumentContext
from geo.incidents.labels import GRT, NSO
from geo.incidents.lexicon import Cue, Rule
from geo.incidents.matcher import Unit
from geo.incidents.policing import CASUALTY_WORDS
from geo.incidents.taxonomy import BATTLES, VIOLENT_EVENT_TYPES

__all__ = [
    "agent_kind",
    "entered_after_withdrawal",
    "followed_withdrawal",
    "entered_to_kill",
    "no_fight_told",
    "unopposed_entry",
    "fighters_neutralised",
    "force_withdraws",
    "handed_back",
    "left_base",
    "site_handed_to_force",
    "former_members",
    "handed_to_force",
    "loose_confrontation",
    "settlement_taken",
    "signed_earlier",
    "took_place",
    "claimed_place",
    "vigilantes_in_fight",
]

# An armed force's withdrawal hands a place over when the place follows "from" or "out of":
# "withdrew on Saturday from their positions around X"; not "withdrew from the talks".
_FROM_PLACE = re.compile(
    r"^\s+(?:(?!except\s)\S+\s+){0,4}?(?:from|out\s+of)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:(?:positions?|bases?|town|city|village|area|neighbou?rhoods?|districts?|camp|garrison|posts?|outskirts)\s+"
    r"(?:of\s+|in\s+|around\s+|near\s+)?(?:the\s+)?)?$"
)
_NAME_START = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
# ... or names the sites given up after "leaving": "pulled back to the agreed line, leaving
# positions in A and B", "withdrew overnight, leaving their bases around C".
_LEAVING_PLACE = re.compile(
    r"^\s+(?:\S+\s+){0,8}?leaving\s+(?:behind\s+)?(?:their\s+|its\s+|the\s+)?(?:military\s+)?"
    r"(?:positions?|bases?|posts?|outposts?|checkpoints?|barracks)\s+(?:in|at|around|near|on)\s+(?:the\s+)?$"
)

# Members of a named group who leave it: "12 former ADF members surrendered", "ex-FARC
# fighters laid down their arms" (the group's name itself is no cue word).
_FORMER_MEMBERS = re.compile(
    r"(?<!\S)(?:former|ex)\s+(?:\S+\s+){0,3}?(?:members|fighters|militants|combatants|cadres|insurgents|rebels)\s+"
    r"(?:of\s+(?:\S+\s+){1,4}?)?$"
)


def _armed_before(ctx: SentenceContext, a: int, pos: int, reach: int) -> bool:
    """Whether an armed word other than a casualty word ("killed", "shot") is within
    ``reach`` characters before ``pos`` (and not before ``a``): "French troops" in
    "French troops left their base in X"."""
    return any(h.phrase not in CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, max(a, pos - reach), pos))


def force_withdraws(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether an armed force named before the withdrawal at ``span`` leaves a place named
    right after "from": "the MNDAA completed its withdrawal from Lashio" (not "the party
    withdrew from the coalition")."""
    end = min(ctx.end, span[1] + 70)
    after = span[1] - 7 if ctx.norm_at(*span).endswith(" out of") else span[1]  # "pulled out of X"
    places = [m.start() for m in _NAME_START.finditer(ctx.text, span[1], end)
              if _FROM_PLACE.match(ctx.norm_at(after, m.start())) or _LEAVING_PLACE.match(ctx.norm_at(span[1], m.start()))]
    if not places:
        return False
    return _armed_before(ctx, a, span[0], 80) or _withdrawn_force(ctx, span[1], places[0])


# The force named as what is withdrawn, when the subject is only a pronoun: "the army
# said it had withdrawn troops from positions near X".
_WITHDRAWN_FORCE = re.compile(r"^\s+(?:(?:its|their|the|all|some|remaining)\s+)?(?:forces|troops|units|soldiers|fighters)\s+from\s")


def _withdrawn_force(ctx: SentenceContext, end: int, place: int) -> bool:
    """Whether the words between the withdrawal ending at ``end`` and the place name
    at ``place`` begin with the force withdrawn ("withdrawn troops from")."""
    return _WITHDRAWN_FORCE.match(ctx.norm_at(end, place)) is not None


def former_members(ctx: SentenceContext, a: int, start: int) -> bool:
    """Whether the subject right before ``start`` are former members of a group."""
    return _FORMER_MEMBERS.search(ctx.norm_at(max(a, start - 60), start)) is not None


# A passive verb: its subject is what the action was done to ("rebels were pushed out of X").
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|get|gets|got|getting)\s+(?:\w+ly\s+)?$")
# Who did a passive action: "were driven out of X by the army" (the "by" within the clause).
_BY_AGENT = re.compile(r"\bby\b")
# Verbs of expelling: the passive subject is the side that lost the place.
_EXPELLING = ("pushed", "drove", "driven", "expelled", "dislodg", "kicked", "chased", "flushed", "forced", "ousted")


def _kind_in(ctx: SentenceContext, a: int, b: int) -> tuple[str, str] | None:
    """The kind (government or non-state) of the first actor between ``a`` and ``b``."""
    first = None
    for cue, label in ((Cue.NONSTATE, NSO), (Cue.GOVERNMENT, GRT)):
        for h in ctx.by_cue.get(cue, ()):
            if a <= h.start and h.end <= b and (first is None or h.start < first[0]):
                first = (h.start, label)
    return first[1] if first else None


def passive_kind(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> tuple[str, str] | None:
    """The side that took a place told by a passive verb: the "by" actor ("X was seized by
    rebels"), else, after a verb of expelling a non-state subject, the government ("rebels
    were pushed out of X")."""
    if not _PASSIVE_BEFORE.search(ctx.text, max(seg[0], span[0] - 30), span[0]):
        return None
    by = _BY_AGENT.search(ctx.text, span[1], min(seg[1], span[1] + 80))
    if by:
        end = min(seg[1], by.end() + 50)
        government, nonstate = ctx.has(Cue.GOVERNMENT, by.end(), end), ctx.has(Cue.NONSTATE, by.end(), end)
        if government != nonstate:  # both: "by the White Army, a militia": left to the first actor
            return GRT if government else NSO
    if not ctx.norm_at(*span).startswith(_EXPELLING):
        return None
    # a non-state group pushed out lost the place to the state ("militants were driven out of
    # X"); a state's troops pushed out may have lost it to another state's: left as it was
    return GRT if _kind_in(ctx, seg[0], span[0]) == NSO else None


def agent_kind(ctx: SentenceContext, seg: Segment, span: tuple[int, int], default: tuple[str, str]) -> tuple[str, str]:
    """Government or non-state capture, from the first actor before the trigger: in
    its own coordinate clause when it has one ("rebels withdrew ..., and the army
    took control of the town"), else in the segment. A passive verb is told by its
    "by" actor or, for expelling, by who lost the place (:func:`passive_kind`)."""
    passive = passive_kind(ctx, seg, span)
    if passive:
        return passive
    a = seg[0]
    for p0, p1 in ctx.pieces(seg):
        if p0 <= span[0] < p1 and ctx.starts_coordinate(p0, p1) and (
                ctx.has(Cue.NONSTATE, p0, span[0]) or ctx.has(Cue.GOVERNMENT, p0, span[0])):
            a = p0
    kind = _kind_in(ctx, a, span[0])
    if kind is None and ctx.norm_at(span[1], span[1] + 4) == " to ":  # "fell to rebels"
        for cue, label in ((Cue.NONSTATE, NSO), (Cue.GOVERNMENT, GRT)):
            if ctx.has(cue, span[1], min(seg[1], span[1] + 40)):
                return label
    return kind if kind is not None else default


# A settlement taken or freed in a war story needs no armed word of its own: "the town of
# X has been liberated", "completed the liberation of the settlement of X", "recaptured the village".
_SETTLEMENT_BEFORE = re.compile(
    r"(?<!\S)(?:town|towns|village|villages|city|settlement|settlements|locality)\s+of\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:has|have|had|was|were)\s+(?:been\s+)?)?$"
)
_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:the\s+)?(?:town|towns|village|villages|city|settlement|settlements|locality)\s+of\s+[A-Z]"
)


def settlement_taken(ctx: SentenceContext, doc: DocumentContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether a capture word of a story of armed conflict takes a named settlement
    ("the village of X was liberated", "the liberation of the settlement of X")."""
    if not doc.armed:
        return False
    if "liberation" in ctx.norm_at(*span):
        return True  # the lexicon's "liberation of the settlement"
    return bool(_SETTLEMENT_BEFORE.search(ctx.text, max(a, span[0] - 70), span[0])
                or _SETTLEMENT_AFTER.match(ctx.text, span[1], min(b, span[1] + 50)))


# The place a bare taking verb took, right after it: "had taken Goma", "seized the town
# of X", "took full control of the district", also past a day put first: "had taken on Monday
# the localities of A and B" (not a bare "taken on Monday", "took Russian positions").
_TAKEN_WHEN = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+on\s+\d{1,2}\s+[A-Z][a-z]+"
    r"|\s+(?:last|this)\s+(?:week|month)|\s+(?:earlier|yesterday|overnight))?,?"
)
_TAKEN_PLACE = re.compile(
    _TAKEN_WHEN + r"\s+(?:(?:the\s+)?(?:full\s+|complete\s+|total\s+|effective\s+)?control\s+of\s+)?(?:(?:the|a)\s+(?:(?:key|strategic|small|"
    r"nearby|neighbouring|border|frontline|front-line|northern|southern|eastern|western|central)\s+)?"
    r"(?:town|city|village|district|neighbourhood|neighborhood|camp|base|locality|settlement|hamlet|port|"
    r"airport|capital|township|county|municipality|outpost|garrison|headquarters|region|province|localities|"
    r"communities|cities)s?\b"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|The|This|These|It|Its|Their|His|Her)\b)[A-Z][\w'’-]+)"
)


def took_place(ctx: SentenceContext, end: int, b: int) -> bool:
    """Whether a place is what the bare taking verb ending at ``end`` took."""
    return _place_taken(ctx, end, b) is not None


def _place_taken(ctx: SentenceContext, end: int, b: int) -> re.Match[str] | None:
    """The place the bare taking verb ending at ``end`` took ("seized the town of X"), if
    it names no people ("took Russian positions")."""
    m = _TAKEN_PLACE.match(ctx.text, end, b)
    return None if m is None or ctx.has(Cue.DEMONYM, end, m.end()) else m


# A claim of what someone did, not of a place: "Hamas claimed Israel had struck", "claimed
# Russia's troops" (a claimed place is its object: "Moscow claimed A and B in the region").
_CLAIM_CLAUSE = re.compile(
    r"(?:\s+[A-Z][\w'’-]+)*(?:['’]s\b|\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|do|"
    r"must|should|may|might|then|also|to|that)\b)"
)


def claimed_place(ctx: SentenceContext, end: int, b: int) -> bool:
    """Whether a bare "claimed" ending at ``end`` claims a place taken: "Moscow claimed
    Lyubimovka and Plekhovo" (not "claimed responsibility", "claimed Israel had struck")."""
    m = _place_taken(ctx, end, b)
    return m is not None and not _CLAIM_CLAUSE.match(ctx.text, m.end(), b)


# The armed side a place is handed to: "... to the military regime", "to government troops".
_TO_FORCE = re.compile(r"(?<!\S)to\s+(?:the\s+)?(?:\S+\s+){0,2}?$")


def handed_to_force(ctx: SentenceContext, end: int, b: int) -> bool:
    """Whether "handed over" at ``end`` gives a place (a name or "the town") to an armed
    force or a government: "handed over Lashio, the capital of Shan State, to the army"
    (not "handed over the detainees to the Red Cross")."""
    return took_place(ctx, end, b) and _force_after(ctx, end, b, 120)


def _force_after(ctx: SentenceContext, end: int, b: int, reach: int) -> bool:
    """Whether an armed force or a government is what is given to, right after ``end``
    ("... to the army", "... back to the military")."""
    for cue in (Cue.GOVERNMENT, Cue.NONSTATE):
        for h in ctx.hits(cue, end, min(b, end + reach)):
            if _TO_FORCE.search(ctx.norm_at(max(end, h.start - 25), h.start)):
                return True
    return False


# A named place given back, the name between the verb and "back": "the rebels handed X
# back to the army" (the lexicon's "handed back to" has no room for the name).
_NAME_BACK = re.compile(r"\s+(?:the\s+(?:town|city|village|base|camp)\s+of\s+)?(?:[A-Z][\w'’-]+\s+){1,4}(?:back|over)\s+to\s")


def handed_back(ctx: SentenceContext, end: int, b: int) -> bool:
    """Whether a bare "handed" ending at ``end`` gives a named place back (or over) to an
    armed force: "the group handed Kalaw back to the military" (not "handed
    leaflets to residents")."""
    m = _NAME_BACK.match(ctx.text, end, min(b, end + 60))
    return m is not None and _force_after(ctx, m.end() - 4, b, 50)


# A site told as the subject of its handover: "the base in X was handed to the army",
# "the last French camp was handed over to the national army".
_SITE_SUBJECT = re.compile(
    r"(?<!\S)(?:base|bases|camp|camps|barracks|garrison|outpost|outposts|positions|airport|airbase|"
    r"headquarters|town|city)\s+(?:(?:in|at|of|near)\s+(?:\S+\s+){1,3}?)?(?:has\s+been\s+|had\s+been\s+|have\s+been\s+|"
    r"was\s+|were\s+|is\s+being\s+)$"
)
_GIVEN_TO = re.compile(r"^\s+(?:over\s+)?to\s")


def site_handed_to_force(ctx: SentenceContext, a: int, span: tuple[int, int], b: int) -> bool:
    """Whether the passive handover at ``span`` ("handed" in "was handed to") gives a military site
    or a town to an armed force or a government: "the base in X was handed to the
    army" (not "the suspects were handed over to police" with no site)."""
    before = ctx.norm_at(max(a, span[0] - 45), span[0])
    return (_SITE_SUBJECT.search(before) is not None and _GIVEN_TO.match(ctx.norm_at(span[1], min(b, span[1] + 12)))
            is not None and _force_after(ctx, span[1], b, 50))


# A force leaving its own site: "French troops left their base in X", "the peacekeepers
# vacated their camp at Y" (not "residents left their homes in X").
_LEFT_SITE = re.compile(
    r"^\s+(?:last\s+|remaining\s+|main\s+|military\s+)?"
    r"(?:base|bases|camp|camps|barracks|garrison|positions|outpost|outposts)\s+(?:in|at|of|near)\s+$"
)


def _people_leave(ctx: SentenceContext, a: int, pos: int) -> bool:
    """Whether the ones leaving at ``pos`` are people, named after the last armed word
    before it: "after the soldiers shelled X, hundreds of displaced families left their
    camps in Y" (the families leave), not "French troops left their base in Z"."""
    lo = max(a, pos - 50)
    armed = [h.end for h in ctx.hits(Cue.ARMED, lo, pos) if h.phrase not in CASUALTY_WORDS]
    start = max(armed, default=lo)
    return PEOPLE_WORDS.search(ctx.norm_at(start, pos)) is not None


def left_base(ctx: SentenceContext, a: int, span: tuple[int, int], b: int) -> bool:
    """Whether the leaving at ``span`` is an armed force leaving its site at a place
    named right after: "French troops left their base in X"."""
    if not _armed_before(ctx, a, span[0], 50) or _people_leave(ctx, a, span[0]):
        return False
    m = _NAME_START.search(ctx.text, span[1], min(b, span[1] + 50))
    return m is not None and _LEFT_SITE.match(ctx.norm_at(span[1], m.start())) is not None


# An agreement named with its signing as a participle is one referred to, not the news:
# "the peace agreement signed in Doha in 2020", "under a deal signed by the elders in X".
_SIGNING = frozenset(("signed", "inked"))


def signed_earlier(ctx: SentenceContext, unit: Unit, partner_end: int) -> bool:
    """Whether the signing verb ``unit`` directly follows its agreement noun (ending at
    ``partner_end``) with no auxiliary: a reduced relative naming an earlier deal."""
    return unit.phrase in _SIGNING and partner_end <= unit.start and not ctx.text[partner_end : unit.start].strip()


# Those "neutralised": fighters, named or counted, not a weapon made safe ("neutralised
# 12 drones"): "neutralised nine bandits", "neutralising about thirty assailants",
# "engaged bandits, neutralising nine and rescuing 17", "four khwarij were neutralised".
_FIGHTER_NOUNS = (
    r"(?:militants?|terrorists?|assailants?|bandits?|insurgents?|fighters?|gunmen|khwarij|khawarij|"
    r"kharijites?|elements|attackers?|kidnappers?|jihadists?|rebels?|separatists?|criminals|"
    r"gang\s+members|members\s+of\s+(?:the\s+)?\S+|enemy|infiltrators|intruders|boys|armed\s+men)"
    r"(?!\w|\s+(?:drones?|uavs?|mines?|boats?|vessels?|equipment|vehicles?|positions?|weapons|depots?))"
)
_QUOTE = r"[\"'“”‘’]?"
_COUNT = (
    r"(?:(?:about|around|some|over|at\s+least|more\s+than|nearly|up\s+to|scores\s+of|dozens\s+of|several)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|scores|several)"
)
# ... also counted with "of" or as a group: "dozens of militants", "a group of 'terrorists'";
# the quote may open before the count ('neutralised "dozens of terrorists"').
_NEUTRALISED_OBJECT = re.compile(
    _QUOTE + r"\s+" + _QUOTE + r"(?:" + _COUNT + r"\s+(?:of\s+)?(?:(?:more|other|suspected|armed|heavily\s+armed)\s+)?" + _FIGHTER_NOUNS
    + r"|(?:the\s+|an?\s+|their\s+)?(?:\S+\s+)?" + _FIGHTER_NOUNS
    + r"|an?\s+(?:group|band|cell|unit|number)\s+of\s+" + _QUOTE + _FIGHTER_NOUNS + r"|"
    + _COUNT + r"\s*(?:,|;|\.|and\s|$))", re.I)
_NEUTRALISED_SUBJECT = re.compile(
    r"(?<!\w)" + _FIGHTER_NOUNS + r"\s+(?:\S+\s+)?(?:was|were|had\s+been|have\s+been|has\s+been|being|been)\s+"
    + _QUOTE + r"$", re.I)


def fighters_neutralised(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the "neutralised" at ``span`` puts fighters out of action ("troops
    neutralised nine bandits", "four khwarij were neutralised"), not a bomb or drone."""
    if _NEUTRALISED_OBJECT.match(ctx.text, span[1], min(b, span[1] + 60)):
        return True
    return bool(_NEUTRALISED_SUBJECT.search(ctx.text, max(a, span[0] - 60), span[0]))


# What armed men did once inside, told right after the entry: "entered X, killed a
# village leader and looted shops", "entered the village and shot two residents", "a column
# entered two villages and set fire to 40 houses" (a burning, no capture).
_RAID_DEEDS = re.compile(
    r"^\s*[^.;:]{1,80}?(?:,|\sand)\s+(?:then\s+|later\s+)?"
    r"(?:killed|shot|executed|murdered|abducted|kidnapped|looted|burned|burnt|torched|raped|massacred|"
    # houses burnt by the troops that entered: "entered A and B villages and set fire to 60 houses"
    r"set\s+fire\s+to|set\s+(?:\S+\s+){1,4}?(?:on\s+fire|ablaze|alight)|set\s+ablaze|razed|ransacked|plundered|pillaged|"
    r"opened\s+fire\s+on|went\s+from\s+house\s+to\s+house)(?!\S)", re.I
)
# ... unless the entry was fought for: "entered X after heavy fighting and killed ten soldiers".
_FOUGHT_FOR = re.compile(r"(?<![\w-])(?:fight\w*|fought|clash\w*|battl\w*|resistance|soldiers|troops|defenders)(?![\w-])", re.I)


def entered_to_kill(ctx: SentenceContext, span: tuple[int, int], b: int) -> bool:
    """Whether an armed entry is told as a raid on the people there ("a group of
    fighters entered X, killed a village leader and looted shops"), no capture."""
    after = ctx.text[span[1] : min(b, span[1] + 120)]
    return bool(_RAID_DEEDS.match(after)) and not _FOUGHT_FOR.search(after)


# The other side left before the entry: "the army entered the towns of A and B after the
# withdrawal of the enemy forces from them", "troops moved into X after rebels pulled out";
# not "after fighting that left dozens dead".
_AFTER_WITHDRAWAL = re.compile(
    r"^[^.;:]{0,140}?(?<!\S)(?:after|following|upon)\s+(?:the\s+)?(?:(?:\S+\s+){0,6}?(?:withdrawal|pull\s*out|"
    r"pullback|departure|evacuation|retreat)\s+of"
    r"|(?:(?!(?:that|which)\s)\S+\s+){1,5}?(?:withdrew|pulled\s+out|pulled\s+back|left|retreated|vacated\s+it|had\s+withdrawn|"
    r"had\s+pulled\s+out|had\s+left))(?!\S)"
)


# A fight ruled out in so many words, anywhere in the sentence: "..., officials said, adding
# that no fighting took place", "there were no clashes".
_NO_FIGHT = re.compile(
    r"(?<!\S)no\s+(?:fighting|clashes|resistance|shots?|exchange\s+of\s+fire|casualties\s+or\s+clashes)\s+"
    r"(?:took\s+place|was\s+reported|were\s+reported|occurred|were\s+fired|was\s+fired|was\s+encountered|"
    r"was\s+met|were\s+recorded|was\s+recorded)(?!\S)"
    r"|(?<!\S)there\s+(?:was|were|had\s+been)\s+no\s+(?:fighting|clashes|resistance)(?!\S)"
)


def no_fight_told(ctx: SentenceContext) -> bool:
    """Whether the sentence says in so many words that no fight took place ("entered X
    after the militants withdrew, officials said, adding that no fighting took place"):
    a taking with no fight is a non-violent transfer."""
    return _NO_FIGHT.search(ctx.norm_at(ctx.start, ctx.end)) is not None


def entered_after_withdrawal(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether an entry is told as made after the other side withdrew ("the army entered
    X after the withdrawal of the enemy army from it"): a non-violent transfer, as for
    an entry "without resistance"."""
    return _AFTER_WITHDRAWAL.match(ctx.norm_at(span[1], ctx.end)) is not None


# The other side's leaving told earlier in the sentence: "Israel pulled its forces out of the
# border villages, and Lebanese soldiers deployed in A and B"; or the force taking over the
# positions from those leaving: "took up positions from withdrawing troops".
_WITHDREW_BEFORE = re.compile(
    r"(?<!\S)(?:withdrew|had\s+withdrawn|have\s+withdrawn|has\s+withdrawn|pulled\s+(?:\S+\s+){0,2}?out|pulled\s+back|"
    r"retreated|vacated)(?!\S)"
)
_FROM_WITHDRAWING = re.compile(r"^[^.;:]{0,80}?(?<!\S)from\s+(?:the\s+)?(?:withdrawing|departing|retreating)(?!\S)")


def followed_withdrawal(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the deployment or the positions taken up at ``span`` follow the other side's
    withdrawal told in the same sentence ("took up positions in A after the troops
    withdrew", "X pulled its forces out, and soldiers deployed in B"): the place changes
    hands without a fight."""
    return (entered_after_withdrawal(ctx, span) or _FROM_WITHDRAWING.match(ctx.norm_at(span[1], ctx.end)) is not None
            or _WITHDREW_BEFORE.search(ctx.norm_at(ctx.start, span[0])) is not None)


# Ground no one holds: "moved into the demilitarised buffer zone", "advanced into the vicinity of X".
_OPEN_GROUND = re.compile(
    r"^\s+(?:the\s+)?(?:(?:(?:demilitari[sz]ed|buffer|separation|disengagement)\s+){1,2}zone|vicinity\s+of)(?!\S)"
)
# An advance that goes on to dig in rather than fight: "advanced into X and bulldozed farmland",
# "pushed into X and set up a military point".
_DIGS_IN = re.compile(
    r"^[^.;]{0,160}?(?<!\S)and\s+(?:\S+\s+){0,2}?(?:bulldozed|established|set\s+up|erected|raised\s+(?:the|a|its)\s+flags?)(?!\S)"
)
_TAKING_RULES = frozenset((Rule.CAPTURE, Rule.RECAPTURE, Rule.ENTRY))


def unopposed_entry(ctx: SentenceContext, unit: Unit, a: int, b: int) -> bool:
    """Whether an armed entry at ``unit`` takes ground with no fight in its segment
    ``[a, b)``: into a buffer zone or the vicinity of a place ("troops moved into the
    demilitarised buffer zone"), or an advance that goes on to dig in ("advanced into
    X and bulldozed farmland"): a non-violent transfer, not a battle.

    Examples
    --------
    >>> text = "Troops advanced into the vicinity of the village and set up a checkpoint."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> unopposed_entry(ctx, next(u for u in ctx.units if u.phrase == "advanced into"), 0, len(text))
    True
    """
    after = ctx.norm_at(unit.end, b)
    if not (_OPEN_GROUND.match(after) or _DIGS_IN.match(after)):
        return False
    return not any(u is not unit and a <= u.start < b and any(
        t.event_type in VIOLENT_EVENT_TYPES and t.rule not in _TAKING_RULES for t in u.triggers) for u in ctx.units)


def vigilantes_in_fight(ctx: SentenceContext, a: int, b: int, unit: Unit) -> bool:
    """Whether the vigilantes at ``unit`` fight as a militia: beside troops or against an
    armed group ("troops and vigilantes engaged bandits near X", "vigilantes repelled a raid
    on Y"), not a crowd's rough justice ("vigilantes lynched a suspected thief")."""
    if any(not h.phrase.startswith("vigilante") and h.phrase not in CASUALTY_WORDS
           for h in ctx.hits(Cue.ARMED, a, b)):
        return True
    return any(a <= u.start < b and u is not unit and any(t.event_type == BATTLES for t in u.triggers)
               for u in ctx.units)


def loose_confrontation(ctx: SentenceContext, unit: Unit) -> bool:
    """Whether a bare "confrontation" is no armed clash: beside crowd-control force
    ("where confrontations began, deputies used tear gas"; "a coast guard ship fired a
    water cannon, in the latest confrontation"). "A confrontation near X between the
    army and the insurgents" is one."""
    if not unit.phrase.startswith("confrontation"):
        return False
    return any(any(t.rule is Rule.INTERVENTION for t in u.triggers) for u in ctx.units)

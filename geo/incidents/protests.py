"""Protests and crowds: what kind of protest it was, and when a crowd is no protest.

:func:`protest_label` types a protest from the rest of its clause: rioting makes it
violent, the state's lethal force excessive, dispersal or arrests an intervention,
but burning tyres is no riot (:func:`burns_tyres`: "youths blocked roads with burning
tyres until gendarmes dispersed them" is a protest with intervention), nor rioting a
protest remembers (:func:`remembered`: "marking the anniversary of last year's
storming of parliament"). :func:`crowd_agent` gives a riot label when unarmed people
are the ones attacking ("supporters of the former prime minister attacked the
offices"), :func:`crowd_subject` when a crowd is the subject of the verb ("a crowd
targeted a hotel"). Some protest words tell none: a protest one state lodges with
another (:func:`diplomatic_protest`: "summoned the ambassador to protest over the
raids"), a campaign rally (:func:`campaign`: "the coalition held its final campaign
rally"), a sports report (:func:`sports_report`). :func:`state_fire_on_protest` tells
the state's lethal force at a protest told after the killing ("troops opened fire on
opposition supporters, killing four, as protests spread"), and
:func:`state_force_in_protest_story` a killing told later in a story whose lead tells
protesters killed ("two people were shot dead in A, according to a rights group"), and
:func:`police_force_in_protest_story` a killing or beating by the police in a story that
tells protests anywhere ("in B, police killed at least six people"); :func:`police_stoned`
an attack on the police with stones, a riot ("officers were attacked with stones in C").

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Youths blocked roads with burning tyres until gendarmes dispersed them."
>>> ctx = SentenceContext(text, 0, len(text))
>>> protest_label(ctx, ctx.segments[0], (7, 14))
('Protests', 'Protest with intervention')
"""

from __future__ import annotations

import re

from geo.incidents.background import opening_end
from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.events import DocumentContext
from geo.incidents.labels import EF, MOB, PI, PP, VD
from geo.incidents.lexicon import Cue, Rule
from geo.incidents.matcher import CueHit
from geo.incidents.modality import negated
from geo.incidents.policing import CASUALTY_WORDS, POLICE_WORDS
from geo.incidents.streets import crude_weapons, told_apart
from geo.incidents.violence import armed_besides_police

__all__ = [
    "burns_more",
    "burns_tyres",
    "campaign",
    "crowd_agent",
    "crowd_holds",
    "civilians_hunt",
    "crowd_subject",
    "diplomatic_protest",
    "police_clash_label",
    "police_force_in_protest_story",
    "police_stoned",
    "protest_in_sentence",
    "protest_label",
    "protesting",
    "remembered",
    "sports_report",
    "state_fire_on_protest",
    "state_force_in_protest_story",
    "victims_gathered",
]

# A protest one state lodges with another is diplomacy, not a demonstration: "summoned
# the ambassador to protest over the raids", "handed him a protest memorandum", "the
# signing drew sharp protests from the government".
_SUMMONED_TO = re.compile(r"(?<!\S)summon(?:ed|s|ing)?\s+(?!to\s)(?:\S+\s+){1,8}?to\s+$")
_PROTEST_DOCUMENT = re.compile(r"^\s+(?:memorandum|memo|note|letter)(?!\S)")
_PROTESTS_FROM = re.compile(
    r"^\s+from\s+(?:the\s+)?(?:\S+\s+)?(?:government|foreign\s+ministry|ministry|embassy|authorities)(?!\S)"
)
_DREW = re.compile(r"(?<!\S)(?:drew|drawn|draw|draws|drawing|sparked)\s+(?:\S+\s+)?$")

# Tyres burned on a road: the road-blocking of a protest, no riot and no property
# destroyed: "youths blocked roads with burning tyres", "protesters set fire to tyres".
_TYRES_AFTER = re.compile(r"^\s+(?:to\s+)?(?:the\s+|old\s+|some\s+|\S+\s+)?(?:tyres|tires)(?!\S)")
# Tyres burned with a vehicle or a building: a riot after all ("protesters burned tyres and
# a bus", "set fire to tyres and two police cars").
_AND_MORE_BURNED = re.compile(
    r"^\s+and\s+(?:(?:a|an|the|two|three|four|five|several|some|many|dozens\s+of|\d+)\s+)?(?:\S+\s+)?"
    r"(?:bus|buses|minibus|minibuses|cars?|vehicles?|trucks?|lorr(?:y|ies)|motorcycles?|motorbikes?|houses?|homes|shops?|"
    r"buildings?|offices?|stations?|kiosks?)(?!\S)"
)
# Symbols burned by a crowd are its message, no violence: "protesters burned a mock flag",
# "activists burned effigies of the minister", "set fire to portraits of the president".
_SYMBOLS_AFTER = re.compile(
    r"^\s+(?:to\s+)?(?:\S+\s+){0,3}?(?:flags?|effig(?:y|ies)|portraits?|posters?|pictures?|photos?|"
    r"photographs?|banners?|coffins?|copies)(?!\S)"
)

_TIME_OPENERS = frozenset(("after", "following", "amid", "since", "before", "during", "when"))
_CROWD_AGENT = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(supporters|protesters|demonstrators|students|youths|residents|villagers|locals|"
    r"mob|crowds?|rioters|mourners|worshippers|activists|farmers|blockaders)(?!\S)"
)
# An unnamed band of people right before the verb: "last week in X, a group of men attacked
# the recruiters", "a group of about 30 young men beat ..." (not "a group of gunmen").
_BAND_AGENT = re.compile(
    r"(?<!\S)(group|band|gang)s?\s+of\s+(?:\S+\s+){0,3}?(?:men|people|youths|residents|villagers|locals)"
    r"\s+(?:\S+\s+)?$"
)
# Crude arms do not make a crowd an armed group: "youths armed with sticks and machetes
# attacked shops" (not "youths armed with rifles").
_CRUDE = (r"(?:sticks|clubs|machetes|stones|rocks|knives|batons|iron\s+bars|metal\s+bars|rods|cudgels|bats|axes|"
          r"bricks|spears|bows|arrows)")
_CRUDE_ARMS = re.compile(r"^\s+with\s+(?:\S+\s+){0,2}?" + _CRUDE + r"(?:\s+(?:and|or)\s+(?:\S+\s+){0,1}?" + _CRUDE + r")*(?!\S)")

_CAMPAIGN = re.compile(r"(?<!\S)(?:campaign\w*|election\w*|electoral|candidates?|polls?|ballot|voters)(?!\S)")
# Elections a crowd demands are its cause, not a campaign: "rallied ..., demanding new elections".
_DEMANDED_VOTE = re.compile(
    r"(?<!\S)(?:demand\w*|call\w*\s+for|(?:new|fresh|snap|early|free|fair)\s+(?:parliamentary\s+|presidential\s+)?)\s*$"
)
# An election already held and contested is the crowd's grievance, not a campaign: "rallied
# ..., accusing the ruling party of rigging the election", "protests against the results of
# the vote", "after the ruling party claimed victory in Saturday's election".
_CONTESTED_VOTE = re.compile(
    r"(?<!\S)(?:rigg\w*|rigged|fraud\w*|stole|stolen|steal\w*|disputed|contested|flawed|sham|against|"
    r"reject\w*|annul\w*|results?\s+of|outcome\s+of|victory\s+in|won|wins)\s+(?:\S+\s+){0,3}?$"
)

# Between a crowd and the trigger: the crowd undergoes the violence, not does it.
_UNDERGOES = re.compile(
    r"(?<!\S)(?:woke|awoke|awakened|heard|hear|witnessed|endured|suffered|described|reported|caught\s+in|"
    r"fled|sheltered|by)(?!\S)"
)


def burns_tyres(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the burning word at ``start``-``end`` burns tyres: "burned tyres", "set
    fire to tyres"; a protest blocking a road, not a riot; or symbols: "burned a mock
    flag", "burned effigies of the minister"."""
    after = ctx.norm_at(end, min(ctx.end, end + 80))
    tyres = _TYRES_AFTER.match(after)
    if tyres is not None:  # not "tyres and a bus" (:func:`burns_more`)
        return _AND_MORE_BURNED.match(after[tyres.end():]) is None
    return _SYMBOLS_AFTER.match(after[:40]) is not None


def burns_more(ctx: SentenceContext, end: int) -> bool:
    """Whether a vehicle or a building is burned with the tyres told right before ``end``:
    "protesters burned tyres and a bus" is a riot."""
    return _AND_MORE_BURNED.match(ctx.norm_at(end, min(ctx.end, end + 50))) is not None


def diplomatic_protest(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the protest at ``span`` is one a state lodges: "summoned the ambassador to
    protest", "a protest memorandum", "drew protests from the government in X"."""
    before = ctx.norm_at(max(a, span[0] - 80), span[0])
    after = ctx.norm_at(span[1], min(b, span[1] + 50))
    return bool(_SUMMONED_TO.search(before) or _PROTEST_DOCUMENT.match(after)
                or (_DREW.search(before) and _PROTESTS_FROM.match(after)))


# People harmed, then told gathered: "opened fire on the citizens who were gathered near the
# mosque", "killing 38 worshippers during a night vigil".
_HARMED_GATHERED = re.compile(
    r"(?<!\S)(?:killing|killed|massacred|attacked|attacking|shot|fired\s+(?:on|at|upon)|"
    r"fire\s+(?:\S+\s+)?(?:on|at|upon))\s+(?P<obj>(?:\S+\s+){1,6}?)"
    r"(?:who\s+(?:were|was|had)\s+|during\s+(?:a|an|the|their)\s+(?:\S+\s+)?|attending\s+(?:a|an|the)\s+(?:\S+\s+)?)$"
)

_GATHERING_WORDS = ("gather", "vigil", "assembl")


def victims_gathered(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether the gathering at ``span`` is that of civilians just told harmed: "rebels
    attacked a church, killing 38 worshippers during a night vigil" (the attack's
    victims, no protest; not "police fired on protesters who were gathered").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Gunmen fired on villagers who were gathered near the well."
    >>> victims_gathered(SentenceContext(text, 0, len(text)), 0, (35, 43))
    True
    """
    if not ctx.norm_at(*span).startswith(_GATHERING_WORDS):
        return False  # "fired on farmers who were protesting": a protest met with force
    lo = max(a, span[0] - 90)
    m = _HARMED_GATHERED.search(ctx.norm_at(lo, span[0]))
    if m is None:
        return False
    obj = (lo + m.start("obj"), lo + m.end("obj"))
    return ctx.has(Cue.CIVILIAN, *obj) and not ctx.has(Cue.CROWD, *obj)


# Civilians who hold or beat someone: a mob. "Some 300 villagers retained 28 soldiers in X",
# "residents surrounded and held 57 soldiers", "local residents surrounded a car and beat a
# serviceman"; not "rebels held 20 soldiers" (no civilians), not "held a rally" (no troops held).
_CIVIL_HOLDERS = re.compile(
    r"(?<!\S)(?:residents|villagers|peasants|farmers|community|communities|locals|inhabitants|people|"
    r"persons|crowds?|mob|blockaders|protesters|demonstrators|citizens|civilians|youths)(?!\S)"
)
_TROOPS_HELD = re.compile(
    r"^\s+(?:\S+\s+){0,8}?(?:soldiers|troops|servicem[ae]n|policem[ae]n|police\s+officers|officers|agents|"
    r"military\s+personnel|members\s+of\s+the\s+(?:army|police|security\s+forces))(?!\S)"
)
_HOLDING = ("retain", "held", "surrounded and held", "briefly held")


def crowd_holds(ctx: SentenceContext, a: int, b: int, span: tuple[int, int], phrase: str) -> bool:
    """Whether civilians told before the trigger at ``span`` hold troops or police, or
    beat someone: "some 300 villagers retained 28 soldiers" (a mob, not an abduction
    by an armed group)."""
    before = ctx.norm_at(max(ctx.start, span[0] - 200), span[0])
    if not _CIVIL_HOLDERS.search(before):
        return False
    if phrase.startswith(_HOLDING):
        return _TROOPS_HELD.match(ctx.norm_at(span[1], min(b, span[1] + 80))) is not None
    return True  # "villagers surrounded the car and beat the driver"


# Civilians right before a manhunt verb, as its subject: "residents hunted down", "angry
# villagers later chased down".
_CIVIL_HUNTERS = re.compile(
    r"(?<!\S)(?:residents|villagers|locals|inhabitants|youths|crowds?|mob|people|citizens|neighbours|neighbors)"
    r"(?:\s+(?:later|then|quickly|eventually|reportedly|allegedly))?\s*$"
)


def civilians_hunt(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether civilians are the subject of the manhunt verb at ``span``: "residents hunted
    down suspects" (a mob), not "troops hunted down the attackers"."""
    return _CIVIL_HUNTERS.search(ctx.norm_at(max(a, span[0] - 40), span[0])) is not None


def protesting(ctx: SentenceContext, seg: Segment) -> bool:
    """Whether the clause holds a protest word: "blocked the road to protest"."""
    return any(seg[0] <= u.start < seg[1] and any(t.rule is Rule.PROTEST for t in u.triggers) for u in ctx.units)


def protest_label(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> tuple[str, str]:
    """Sub-type of a protest from the rest of its clause. Burning tyres is no riot:
    "youths blocked roads with burning tyres until gendarmes dispersed them" is a
    protest with intervention."""
    a, b, _ = seg
    if not _told_peaceful(ctx, seg, span) and any(not remembered(ctx, a, h.start) and not told_apart(ctx, h.end, span[0])
           and not _earlier_opening(ctx, a, span, h)
           and not burns_tyres(ctx, h.start, h.end) and not negated(ctx, a, h.start)
           and not _other_clause(ctx, seg, span, h) and not _closed_relative(ctx, seg, span, h)
           and not _against_crowd(ctx, seg, span, h)
           and not (h.phrase.startswith("clash") and _state_clash(ctx, seg, (h.start, h.end)))
           for h in ctx.hits(Cue.RIOTING, a, b) if not (h.start >= span[0] and h.end <= span[1])):
        return VD
    force = ctx.has(Cue.GOVERNMENT, a, b) or any(
        h.phrase in POLICE_WORDS for h in ctx.by_cue.get(Cue.ARMED, ()) if a <= h.start < b
    )
    if force and any(not (h.start >= span[0] and h.end <= span[1]) and not _GRIEVANCE_BEFORE.search(
            ctx.norm_at(max(a, h.start - 30), h.start)) for h in ctx.hits(Cue.LETHAL, a, b)):
        return EF
    if any(
        a <= u.start < b and any(t.rule is Rule.INTERVENTION for t in u.triggers) for u in ctx.units
    ) or any(not _GRIEVANCE_BEFORE.search(ctx.norm_at(max(a, h.start - 30), h.start)) for h in ctx.hits(Cue.ARREST, a, b)):
        return PI  # not an arrest the crowd protests: "shops stayed closed in a strike against the arrest of a cleric"
    return PP


# Killings a crowd denounces are its grievance, no force against it: "came out in front of the
# state government building, denouncing the killing of civilians by the RSF".
_GRIEVANCE_BEFORE = re.compile(
    r"(?<!\S)(?:denounc\w*|condemn\w*|to\s+protest|protest(?:ed|ing)|against|over|reject\w*|decr[iy]\w*|mourn(?:ed|ing)?)\s+"
    r"(?:the\s+|a\s+)?(?:\S+\s+)?$"
)


# Unarmed people as a group, whatever they carry: "groups of government supporters armed
# with sticks", "a group carrying nationalist flags".
_CIVIL_GROUP = re.compile(r"(?<!\S)(?:groups?|supporters|crowds?|residents|villagers|locals|youths|fans)(?!\S)")
# The object of an attack, up to the protest word: "attacked residents and" (protesters).
_OBJECT_GAP = re.compile(r"[^,;:()]{0,60}\Z")


def _against_crowd(ctx: SentenceContext, seg: Segment, span: tuple[int, int], hit: CueHit) -> bool:
    """Whether the rioting word ``hit`` is an attack by others on the crowd of the protest
    word at ``span``: "gangs armed with machetes attacked residents and protesters", "masked
    men attacked journalists and protesters", "rebels attacked a church, killing worshippers
    during a vigil"; not "protesters attacked the police" or "supporters attacked a rally"."""
    a = seg[0]
    if hit.end > span[0] or not hit.phrase.startswith(("attack", "storm")):
        return False
    if ctx.has(Cue.CROWD, a, hit.start) or crowd_agent(ctx, a, (hit.start, hit.end)):
        return False
    if _CIVIL_GROUP.search(ctx.norm_at(max(a, hit.start - 60), hit.start)):
        return False  # "supporters armed with sticks attacked protesters": crowd on crowd, a riot
    armed = any(h.phrase not in CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, a, hit.start))
    return armed or _OBJECT_GAP.match(ctx.text, hit.end, span[0]) is not None


# "peaceful" tells a protest, not a handover, so it is no Cue.PEACEFUL: "students held
# peaceful marches in A" (a capture of "the peaceful town of B" is still a fight).
_PEACEFUL = re.compile(r"(?<!\S)peaceful(?!\S)")


def _told_peaceful(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> bool:
    """Whether the protest word at ``span`` is told as peaceful, right before or after it:
    none of the rioting around it is its own ("students held peaceful marches in A",
    "demonstrators marched peacefully through B", "rallied without clashes in C")."""
    a, b = max(seg[0], span[0] - 12), min(seg[1], span[1] + 20)
    return ctx.has(Cue.PEACEFUL, a, b) or _PEACEFUL.search(ctx.norm_at(a, b)) is not None


def _earlier_opening(ctx: SentenceContext, a: int, span: tuple[int, int], hit: CueHit) -> bool:
    """Whether the rioting word ``hit`` is in an opening "following" or "after" phrase
    (:func:`~geo.incidents.background.opening_end`) closed before the protest word at
    ``span``: "Following the clashes in A on 5 May, students marched in B": the clashes
    came before, elsewhere."""
    return any(hit.end <= comma <= span[0] for comma in (opening_end(ctx, a), opening_end(ctx, ctx.start)))


# The place may be told by its kind first: "In the western city of Rennes, protesters ...";
# an Arabic name may open with its lower-case article: "in al-Sikka street".
_OWN_PLACE = re.compile(
    r"(?<!\S)(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+(?:the\s+(?:[a-z-]+\s+){0,3}?(?:of|of\s+the)\s+)?(?:the\s+)?"
    r"(?:(?:al|el|ad|ar|as|at|an|az)-)?[A-Z]")


# A coordinate clause that opens with a place of its own: "..., and in B several shops
# were looted" (its subject may come long before its verb).
_AND_IN_PLACE = re.compile(r"[\s,]*(?:and|while|but|whereas)\s+(?:in|at|near)\s+(?:the\s+)?[A-Z]")


def _other_clause(ctx: SentenceContext, seg: Segment, span: tuple[int, int], hit: CueHit) -> bool:
    """Whether a coordinate clause with its own subject lies between the protest word at
    ``span`` and the rioting word ``hit``: in "farmers have blocked roads in A for a week,
    and a farmer was shot dead during clashes with troops in B" the clashes are not A's."""
    lo, hi = (span[1], hit.start) if hit.start >= span[1] else (hit.end, span[0])
    opens = [p for p, _ in ctx.pieces(seg) if lo <= p < hi and (
        ctx.starts_coordinate(p, seg[1]) or _AND_IN_PLACE.match(ctx.text, p, seg[1]))]
    if not opens:
        return False
    # the rioting clause has a place of its own ("... in B"); "and some of them torched
    # cars" goes on with the same crowd at the same place
    clause = (opens[-1], seg[1]) if hit.start >= span[1] else (seg[0], opens[0])
    return _OWN_PLACE.search(ctx.text, *clause) is not None


# A relative clause on a place, and the coordinate after it: "anger in A, where students
# attacked a dormitory, and demonstrations in B": the demonstrations are not the attack.
_RELATIVE_OPENING = re.compile(r"\W*(?:where|whose|who|which)\s")
_CLOSING_AND = re.compile(r",\s+(?:and|while|as\s+well\s+as)\s+(?:the\s+)?(?:\S+\s+){0,2}?$")


def _closed_relative(ctx: SentenceContext, seg: Segment, span: tuple[int, int], hit: CueHit) -> bool:
    """Whether the rioting word ``hit`` lies in a relative clause that a comma and "and"
    closes right before the protest word at ``span``: "sparked anger in A, where students
    attacked Druze students, and demonstrations in B"."""
    if hit.end > span[0] or not _RELATIVE_OPENING.match(ctx.text, seg[0], hit.start):
        return False
    return _CLOSING_AND.search(ctx.text, hit.end, span[0]) is not None


def crowd_subject(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether a crowd word stands right before the verb at ``span``, as its subject:
    "a similar crowd targeted a second hotel"."""
    return any(h.start >= max(a, span[0] - 40) and h.end <= span[0] for h in ctx.by_cue.get(Cue.CROWD, ()))


def campaign(ctx: SentenceContext) -> bool:
    """Whether the sentence tells of an election campaign: "the coalition held its final
    campaign rally"; not "rallied ..., demanding new elections" nor "..., accusing the party
    of rigging the election" (the crowd's cause)."""
    norm = ctx.norm_at(ctx.start, ctx.end)
    return any(
        not _DEMANDED_VOTE.search(norm, 0, m.start()) and not _CONTESTED_VOTE.search(norm, max(0, m.start() - 60), m.start())
        for m in _CAMPAIGN.finditer(norm)
    )


def sports_report(ctx: SentenceContext) -> bool:
    """Whether the sentence is a sports report: two different sports words, as one alone
    is often something else ("the Awami League", "the two sides said")."""
    return len({h.phrase for h in ctx.by_cue.get(Cue.SPORTS, ())}) >= 2


def remembered(ctx: SentenceContext, a: int, pos: int) -> bool:
    """Whether the word at ``pos`` is what a protest remembers: "marking the anniversary
    of last year's storming of parliament"."""
    return any(max(a, pos - 45) <= h.start and h.end <= pos for h in ctx.by_cue.get(Cue.HISTORY, ()))


def participle_clause_start(ctx: SentenceContext, a: int, span: tuple[int, int]) -> int:
    """Where the subject of a participle opening its segment is told: the segment before
    ("settlers rampaged through X, setting fire to shops": the settlers set the fire)."""
    if ctx.norm_at(a, span[0]).strip(" ,") or not ctx.norm_at(span[0], span[1]).split()[0].endswith("ing"):
        return a
    before = [s for s in ctx.segments if s[1] <= a]
    return before[-1][0] if before else a


def crowd_agent(ctx: SentenceContext, a: int, span: tuple[int, int]) -> tuple[str, str] | None:
    """Riot label when unarmed people (supporters, residents) are the ones attacking.

    A time clause holding the trigger has its own subject: in "residents left the
    camp after a week of raids" the residents did not raid.
    """
    a = participle_clause_start(ctx, a, span)
    a = max([a] + [h.end for h in ctx.by_cue.get(Cue.SOFT_BREAK, ())
                   if a <= h.start and h.end <= span[0] and h.phrase in _TIME_OPENERS])
    before = ctx.norm_at(a, span[0])
    m = _CROWD_AGENT.search(before) or _BAND_AGENT.search(before)
    if m is None or _UNDERGOES.search(before, m.end()):
        return None  # "residents woke up to heavy gunfire": they heard it
    subject_end = min(span[0], a + m.end() + 40)  # "Supporters of the former prime minister ..."
    if any(h.phrase not in CASUALTY_WORDS and not _crudely_armed(ctx, h)
           for h in ctx.hits(Cue.ARMED, a, subject_end)):
        return None
    # farmers or blockaders burning a police car riot as demonstrators do; a band of people
    # attacking others is a mob
    mob = m.group(1) in ("residents", "villagers", "locals", "mob", "group", "band", "gang")
    return MOB if mob else VD


def _crudely_armed(ctx: SentenceContext, hit: CueHit) -> bool:
    """Whether the armed word ``hit`` is "armed" with crude arms only: "youths armed with
    sticks and machetes" (a crowd), not "youths armed with rifles"."""
    return hit.phrase == "armed" and _CRUDE_ARMS.match(ctx.norm_at(hit.end, min(ctx.end, hit.end + 80))) is not None


def protest_in_sentence(ctx: SentenceContext) -> bool:
    """Whether the sentence tells of a protest: "... killing four, as protests spread"."""
    return any(t.rule is Rule.PROTEST for u in ctx.units for t in u.triggers)


# What sets a later clause apart from the killing before it: "..., while in the south protesters ...".
_APART_CLAUSE = re.compile(r"(?<!\S)(?:while|whereas|meanwhile|elsewhere|separately)(?!\S)|;")


def state_fire_on_protest(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether the state's forces killed at a protest the sentence tells of after the
    killing: "troops opened fire on opposition supporters, killing four, as protests
    spread" (not "militants killed four soldiers, while protesters blocked roads")."""
    forces = ctx.hits(Cue.GOVERNMENT, a, span[0])
    if not forces or ctx.has(Cue.NONSTATE, a, forces[0].start):
        return False  # "militants killed four soldiers": the forces are the victims
    return any(
        u.start >= span[1] and any(t.rule is Rule.PROTEST for t in u.triggers)
        and not _APART_CLAUSE.search(ctx.norm_at(span[1], u.start))
        for u in ctx.units
    )


# Non-state words that name a protest's side, not an armed group: "opposition supporters".
_PROTEST_SIDES = frozenset(("opposition", "resistance", "alliance"))


def state_force_in_protest_story(ctx: SentenceContext, doc: DocumentContext, span: tuple[int, int]) -> bool:
    """Whether a killing at ``span`` is the state's force on protesters in a story whose
    lead tells people killed at protests: "two people were shot dead in A and one in B,
    according to a rights group", "the man was shot dead by soldiers near the
    roundabout", when no armed group but the state's forces is named in the sentence
    (not in a clause of time: "have staged strikes since drivers were killed")."""
    if not doc.protest_lead or _SUSPECTS.search(ctx.norm_at(ctx.start, ctx.end)):
        return False  # "police shot dead three suspected robbers": no protesters
    if any(h.end <= span[0] and h.phrase in _TIME_OPENERS for h in ctx.by_cue.get(Cue.SOFT_BREAK, ())):
        return False  # "workers have staged strikes after dozens of drivers were killed": the cause, told before
    if any(h.phrase not in _PROTEST_SIDES for h in ctx.by_cue.get(Cue.NONSTATE, ())):
        return False  # "gunmen shot dead two traders": an armed group's killing
    state = ctx.by_cue.get(Cue.GOVERNMENT, ())
    return all(
        h.phrase in CASUALTY_WORDS or h.phrase in POLICE_WORDS or any(g.start < h.end and h.start < g.end for g in state)
        for h in ctx.by_cue.get(Cue.ARMED, ())
    )


# The police as the ones who kill or beat: "police killed six", "shot by police", "beaten
# by officers" ("officers" alone is no armed word, but beside a killing in a story of
# protests they are the police).
_POLICE_AGENT = re.compile(
    r"(?<!\S)(?:police|policem[ae]n|(?:police\s+|riot\s+|security\s+)?officers|security\s+forces|gendarmes|"
    r"gendarmerie)(?!\S)"
)
_BY_POLICE = re.compile(r"(?<!\S)by\s+(?:the\s+)?(?:riot\s+)?(?:police|policem[ae]n|officers|security\s+forces|gendarmes)(?!\S)")
# Whom the police kill when it is no protester: "police shot dead three suspected robbers".
_SUSPECTS = re.compile(
    r"(?<!\S)(?:suspect\w*|robbers?|thie(?:f|ves)|criminals?|kidnappers?|smugglers?|traffickers?|fugitives?|"
    r"prisoners?|inmates?|escapees?|dealers?)(?!\S)"
)


def police_force_in_protest_story(ctx: SentenceContext, doc: DocumentContext, seg: Segment,
                                  span: tuple[int, int]) -> bool:
    """Whether a killing or beating at ``span`` is the police's force on protesters in a
    story that tells protests anywhere, not only in its lead: "In A, police killed at
    least six persons", "a student died after being beaten by officers during the
    clash". The police must be the doers in the clause ("police killed", "by
    officers"), the only armed men in the sentence, and the victims no suspects ("police
    shot dead three suspected robbers"); a police officer killed is no such force ("a
    mob beat two policemen to death")."""
    if not doc.protests_told:
        return False
    a, b, _ = seg
    before = ctx.norm_at(a, span[0])
    agent = _POLICE_AGENT.search(before) is not None and not _POLICE_VICTIM.search(ctx.norm_at(a, span[1])) \
        or _BY_POLICE.search(ctx.norm_at(span[1], min(b, span[1] + 60))) is not None
    if not agent or _SUSPECTS.search(ctx.norm_at(a, b)) or _OPERATION.search(ctx.norm_at(ctx.start, ctx.end)):
        return False  # "the deadliest police operation in the city's history left 64 dead": a raid on a gang
    if any(h.phrase not in _PROTEST_SIDES for h in ctx.by_cue.get(Cue.NONSTATE, ())):
        return False  # "gunmen shot dead two traders as police looked on": an armed group's killing
    return not armed_besides_police(ctx, ctx.start, ctx.end)


# The police as the ones attacked: "a mob attacked the police station", "stoned police
# officers", "officers had been attacked with stones".
_POLICE_VICTIM = re.compile(
    r"(?<!\S)(?:(?:attack\w*|beat\w*|stoned|lynched|kill\w*|stabbed|injur\w*|wound\w*|on|at|against)\s+"
    r"(?:\S+\s+){0,3}?(?:police|policem[ae]n|officers|security\s+forces|gendarmes)"
    r"|(?:police|policem[ae]n|officers|gendarmes)\s+(?:\S+\s+){0,8}?(?:was|were|had\s+been|have\s+been|has\s+been|been)\s+"
    r"(?:attacked|stoned|pelted|beaten|assaulted|injured|wounded|killed))(?!\S)"
)
# A police operation or raid is no policing of a crowd: "the deadliest police operation
# in the city's history", "police raids on the gang's hideouts".
_OPERATION = re.compile(r"(?<!\S)(?:operations?|raids?|manhunt|crackdown\s+on\s+(?:the\s+)?gangs?)(?!\S)")


def police_stoned(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> bool:
    """Whether the attack word at ``span`` is one on the police with the weapons of a
    street fight, and no armed man but the police in the sentence: a riot ("officers had
    been attacked with stones in C", "youths attacked police with rocks and bottles"), not
    "police attacked the marchers with batons" (the police's own force)."""
    a, b, _ = seg
    if not crude_weapons(ctx, span[1], min(b, span[1] + 40)):
        return False
    if not _POLICE_VICTIM.search(ctx.norm_at(a, min(b, span[1] + 30))):
        return False
    return not armed_besides_police(ctx, ctx.start, ctx.end)


# The state's forces as the subject of a clash with a crowd: "police clashed with thousands
# of protesters", "soldiers and police clashed on Monday with Indigenous demonstrators".
_STATE_SUBJECT = re.compile(
    r"(?<!\S)(?:police|policem[ae]n|(?:riot\s+|police\s+)?officers|security\s+forces|gendarmes|gendarmerie|"
    r"soldiers|troops)(?:\s+and\s+(?:police|soldiers|troops|gendarmes|security\s+forces|officers))?"
    r"\s+(?:(?:also|later|then|had|have|briefly|again)\s+){0,2}$"
)
_CROWD_OBJECT = re.compile(
    r"^\s+(?:(?:on|late\s+on|early\s+on)\s+\S+\s+)?with\s+(?:(?:thousands|hundreds|dozens|scores|groups?)\s+of\s+)?"
    r"(?:(?!armed\s)\S+\s+){0,2}?(?:protesters|demonstrators|students|supporters|marchers|crowds?|mourners|strikers|"
    # the march itself: "soldiers clashed with the procession"
    r"procession|processions|march|marches|rally|rallies)(?!\S)"
)


def _state_clash(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> bool:
    """Whether the clash word at ``span`` has the police or troops for subject and a crowd
    for the other side: "police clashed with thousands of young protesters"."""
    a, b, _ = seg
    return _STATE_SUBJECT.search(ctx.norm_at(max(a, span[0] - 50), span[0])) is not None \
        and _CROWD_OBJECT.match(ctx.norm_at(span[1], min(b, span[1] + 80))) is not None


def police_clash_label(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> tuple[str, str] | None:
    """Protest label of a clash word at ``span`` whose subject is the police or troops and
    whose other side is a crowd: the state's force on a protest ("officers clashed with
    students near the university" is a protest with intervention; with people killed,
    excessive force), a riot only when the crowd's own violence is told ("... as
    protesters hurled rocks"). ``None`` when the clash is no such policing."""
    if not _state_clash(ctx, seg, span):
        return None
    label = protest_label(ctx, seg, span)
    return PI if label == PP else label

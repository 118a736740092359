"""Turn the triggers of one sentence into typed events.

Each trigger reading (:class:`~geo.incidents.lexicon.Trigger`) is checked against
its context: ambiguous words need armed context ("clashes" in a football report is
not a battle), weapons need an impact word, "attacked" is a clash, an attack on
civilians or force against protesters depending on who is around, and so on.
Valid events are then dropped when :func:`~geo.incidents.modality.is_unreal` says
they did not happen (negated, intended, hypothetical, or background).

:mod:`~geo.incidents.events` defines what comes out (:class:`Event`) and the
document-wide facts the rules use (:class:`DocumentContext`);
:mod:`~geo.incidents.displacement` tells whether people are displaced, and
:mod:`~geo.incidents.judicial` whether a killing or a protester's fate is a
court's punishment.

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Russian jets bombed Ariha but no clashes were reported."
>>> [(e.event_type, e.sub_event_type) for e in evaluate(SentenceContext(text, 0, len(text)), DocumentContext())]
[('Explosions/Remote violence', 'Air/drone strike')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.displacement import (
    NAMED_PLACE,
    displaced_movement,
    evacuates_people,
    fleeing_fighters,
    not_displaced,
)
from geo.incidents.embedding import subject_relatives
from geo.incidents.events import DocumentContext, Event
from geo.incidents.judicial import extrajudicial, punished
from geo.incidents.lexicon import DEMONYMS, Cue, Rule, Trigger
from geo.incidents.matcher import CueHit, Unit
from geo.incidents.modality import is_unreal
from geo.incidents.policing import CASUALTY_WORDS, POLICE_WORDS, crowd_policed
from geo.incidents.scope import Opening, clause_openings
from geo.incidents.streets import (
    civilian_blockade,
    crude_weapons,
    during_rally,
    labour_strike,
    told_apart,
)
from geo.incidents.taxonomy import (
    BATTLES,
    DISPLACEMENT,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC_DEVELOPMENTS,
    VIOLENCE_AGAINST_CIVILIANS,
)
from geo.incidents.weapons import (
    LEFTOVER,
    buildings_blown_up,
    demolition_start,
    convoy_stopped,
    failed_to_explode,
    interception_debris,
    nothing_armed_stopped,
    weapon_acquired,
    weapon_downed,
    weapon_is_target,
    weapon_seized,
    weapons_taken,
    went_off,
)

__all__ = ["DocumentContext", "Event", "evaluate"]


_CROWD_BEFORE = re.compile(
    r"(?<!\S)(?:hundreds|thousands|dozens|crowds?|people|residents|supporters|women|students|activists|"
    r"workers|farmers|mourners|protesters|demonstrators|opponents|youths|villagers|citizens|voters|"
    r"members)\s+(?:\S+\s+){0,4}$"
)
_STAGED = re.compile(r"(?<!\S)(?:held|staged|organi[sz]ed|took\s+place|took\s+part\s+in|called)(?!\S)")
# What a gathering was for tells that it was a protest: "retirees gathered in front of
# the governorate to demand higher pensions", "rallied ..., calling for independence".
_PROTEST_CAUSE = re.compile(
    r"^\s+(?:\S+\s+){0,14}?(?:demanding|to\s+demand|calling\s+for|to\s+call\s+for|in\s+protest|to\s+protest|"
    r"protesting|to\s+denounce|denouncing|to\s+condemn|condemning|chanting|(?:chanted|shouted)\s+slogans|"
    r"slogans\s+(?:against|demanding|calling)|in\s+(?:support\s+of|solidarity\s+with))(?!\S)"
)
# A protest one state lodges with another is diplomacy, not a demonstration: "summoned
# the ambassador to protest over the raids", "handed him a protest memorandum", "the
# signing drew sharp protests from the government".
_SUMMONED_TO = re.compile(r"(?<!\S)summon(?:ed|s|ing)?\s+(?!to\s)(?:\S+\s+){1,8}?to\s+$")
_PROTEST_DOCUMENT = re.compile(r"^\s+(?:memorandum|memo|note|letter)(?!\S)")
_PROTESTS_FROM = re.compile(
    r"^\s+from\s+(?:the\s+)?(?:\S+\s+)?(?:government|foreign\s+ministry|ministry|embassy|authorities)(?!\S)"
)
_DREW = re.compile(r"(?<!\S)(?:drew|drawn|draw|draws|drawing|sparked)\s+(?:\S+\s+)?$")
# Crowds "went out" or "came out" for a cause: "the crowds went out in solidarity with Gaza".
# "walked out of" a place, not of talks: "walked out of the forests of X to surrender".
_WALKED_OUT_OF = re.compile(
    r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?!(?:\S+\s+)?(?:talks|meeting|meetings|session|sessions|parliament|"
    r"assembly|negotiations|summit|conference|hearing|class|classes|lessons|work|job|jobs|factory|factories|"
    r"chamber|debate|court|council|cabinet|government|coalition)(?!\S))"
)
_OUT_WORDS = frozenset(("went out", "came out", "turned out", "go out", "come out", "going out", "coming out"))
_FOR_A_CAUSE = re.compile(
    r"^\s+(?:\S+\s+){0,8}?(?:in\s+(?:solidarity|support|protest|defiance)|demanding|to\s+(?:demand|protest|"
    r"denounce|condemn|reject|support)|against|chanting|in\s+(?:a|an|the)\s+(?:\S+\s+)?(?:demonstrations?|"
    r"marche?s?|protests?|rall(?:y|ies)|vigils?|sit\s+in))(?!\S)"
)
# How a gathering went tells that it was a demonstration: "rallies passed off without
# incident", "the weekly gathering continued peacefully".
_WENT_OFF = re.compile(
    r"^\s+(?:\S+\s+){0,6}?(?:passed\s+off|passed|went\s+ahead|ended|continued|proceeded|remained|were|was)\s+"
    r"(?:\S+\s+){0,2}?(?:peaceful(?:ly)?|without\s+(?:incident|incidents|violence|clashes))(?!\S)"
    r"|^\s+peacefully(?!\S)"
)
_PROTESTERS_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,4}?(?:protesters|demonstrators|rioters|marchers|protest\s+leaders)(?!\S)"
)
# The agent of an attack, skipped to find its target: "attacks by armed groups on
# villages", "an attack attributed to the militia against a camp".
# The agent may be long, and its verb dated: "attacks carried out by groups of the remnants
# of the former regime on checkpoints", "the attack perpetrated on Friday by terrorists against a mosque".
_BY_PHRASE = re.compile(
    r"^\s+(?:by|attributed\s+to|blamed\s+on|claimed\s+by|"
    r"(?:carried\s+out|perpetrated|launched|committed)\s+(?:on\s+\S+\s+|overnight\s+|yesterday\s+)?by)\s+"
    r"(?:the\s+)?(?:\S+\s+){0,8}?(?=(?:on|against|at|in|near|targeting)(?!\S)|$)"
)
_OTHER_PURPOSE = re.compile(
    r"^\s+(?:\S+\s+){0,8}?(?:to|for)\s+(?:the\s+|a\s+)?(?:celebrat\w*|pray\w*|mourn|watch|welcome|greet|break|"
    r"attend|receive|collect|buy|vote|wait|listen|hear|see|cheer|dance|worship|shop|queue|eat|get|"
    r"remember|commemorate|honou?r|pay\s+tribute|pay\s+(?:their\s+)?respects|lay\s+flowers|light\s+candles|"
    r"iftar|prayers?|funeral|concert|festival|celebrations?|match|game|wedding|ceremony|mass|"
    r"service|food|aid|water|distribution)(?!\S)"
)
# Tyres burned on a road: the road-blocking of a protest, no riot and no property
# destroyed: "youths blocked roads with burning tyres", "protesters set fire to tyres".
_TYRES_AFTER = re.compile(r"^\s+(?:to\s+)?(?:the\s+|old\s+|some\s+|\S+\s+)?(?:tyres|tires)(?!\S)")
_TYRES = re.compile(r"(?<!\S)(?:tyres|tires)(?!\S)")
_FANS = re.compile(r"(?<!\S)(?:fans|supporters|hooligans|ultras|spectators)(?!\S)")
_SUICIDE = re.compile(r"(?<!\S)suicide(?!\S)")
_IED_CONTEXT = re.compile(
    r"(?<!\S)(?:car|roadside|planted|explosive device|ied|improvised|landmine|mine|booby)(?!\S)"
)

# A bomb told going off needs no armed word: "a bomb ripped through a market in X",
# "two bombs exploded near the station in Y" (not "a bomb disposal team", "bomb threat").
_BOMB_WENT_OFF = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:exploded|explodes|went\s+off|detonated|ripped\s+through|tore\s+through|"
    r"blew\s+up|blast\s+(?:killed|wounded|injured|hit|damaged))(?!\S)"
)
# Fire of a named side or an armed source: "killed by Israeli fire", "wounded by enemy fire",
# "shot by army snipers" (not "killed in a fire", "by fire crews").
_HOSTILE_FIRE_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,3}?by\s+(?:the\s+)?(\S+)\s+(?:(?:forces|army|troops|soldiers)\s+)?(?:fire|gunfire|bullets|snipers?|sniper\s+fire)(?!\S)"
)
_HOSTILE_FIRE_SOURCES = frozenset(
    ("enemy", "army", "military", "occupation", "sniper", "naval", "regime", "militia", "troops", "soldiers")
)
_CASUALTY_WORDS = CASUALTY_WORDS
_POLICE_WORDS = POLICE_WORDS
_TIME_OPENERS = frozenset(("after", "following", "amid", "since", "before", "during", "when"))
_CROWD_AGENT = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(supporters|protesters|demonstrators|students|youths|residents|villagers|locals|"
    r"mob|crowds?|rioters|mourners|worshippers|activists)(?!\S)"
)
# Whom a capture takes when it is an arrest: "captured alias 'El Gordo'", "captured a gang leader"
_CAPTURED_PERSON = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|\d+)\s+)?(?:(?:alleged|suspected|presumed|wanted)\s+)?(?:alias|[\"“'‘]|suspects?|leaders?|commanders?|"
    r"members?|militants?|fugitives?|gunm[ae]n|kingpins?|(?:gang|cartel|cell|criminal)\s+(?:leaders?|members?|"
    r"boss(?:es)?))\b",
    re.IGNORECASE,
)
# People carried off by armed men: "gunmen seized 20 pupils from a school in X", "bandits
# took dozens of passengers from their buses near Y" (not "police seized 20 suspects").
_PEOPLE_SEIZED = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|some|about|around)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of|several|many)\s+)?(?:[A-Za-z-]+\s+)?(?:pupils|students|schoolchildren|"
    r"schoolgirls|schoolboys|passengers|worshippers|villagers|farmers|travell?ers|women|children|girls|boys|"
    r"aid\s+workers|teachers)\b",
    re.IGNORECASE,
)
# ... carried off somewhere: the place after is where they were taken, no site of the seizure
_TAKEN_TOWARD = re.compile(r"\s+(?:to|toward|towards|into|in\s+the\s+direction\s+of)\b", re.IGNORECASE)
_POLICE_SUBJECT = re.compile(r"(?<!\S)(?:police|policemen|officers|troops|soldiers|army|authorities|agents)(?!\S)")
# Crowds that gather for something else than a protest
_NOT_PROTESTERS = re.compile(
    r"(?<!\S)(?:mourners|worshippers|pilgrims|fans|spectators|voters|tourists|shoppers|faithful|congregation|"
    r"guests)\s+(?:\S+\s+){0,3}$"
)
_CAMPAIGN = re.compile(r"(?<!\S)(?:campaign\w*|election\w*|electoral|candidates?|polls?|ballot|voters)(?!\S)")
# Elections a crowd demands are its cause, not a campaign: "rallied ..., demanding new elections".
_DEMANDED_VOTE = re.compile(
    r"(?<!\S)(?:demand\w*|call\w*\s+for|(?:new|fresh|snap|early|free|fair)\s+(?:parliamentary\s+|presidential\s+)?)\s*$"
)
# "launched five raids on": counted raids launched are air raids (Arabic "ghārāt", translated)
_COUNTED_RAIDS = re.compile(
    r"(?<!\S)(?:launched|carried\s+out|conducted|waged)\s+(?:(?:\S*\d\S*|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|a\s+series\s+of|dozens\s+of|a\s+number\s+of|new)\s+)+(?:\S+\s+)?$"
)
# Men on the ground who raid, in an article that mentions aircraft elsewhere: "bandits
# abducted 40 people in a night raid on villages", "fighters raided the town" (not air raids).
_GROUND_ACTOR = re.compile(
    r"(?<!\S)(?:troops|soldiers|army|forces|fighters|militants|gunmen|bandits|police|policemen|rebels|"
    r"militia|militias|militiamen|insurgents|jihadists|commandos|gangs?|gangsters|attackers|assailants)(?!\S)"
)
# Between a crowd and the trigger: the crowd undergoes the violence, not does it.
_UNDERGOES = re.compile(
    r"(?<!\S)(?:woke|awoke|awakened|heard|hear|witnessed|endured|suffered|described|reported|caught\s+in|"
    r"fled|sheltered|by)(?!\S)"
)
_AT_SEA = re.compile(r"(?<!\S)(?:coast\s+guard|vessels?|ships?|boats?|shoal|reef|trawlers?|navy|naval)(?!\S)")
_ALWAYS_INTERVENTION = frozenset(
    ["tear gas", "teargas", "water cannon", "water cannons", "rubber bullet", "rubber bullets",
     "stun grenade", "stun grenades", "pepper spray", "plastic bullets", "flash bang",
     "flashbang", "flash bangs", "flashbangs"]
)

_AC = (BATTLES, "Armed clash")
_GRT = (BATTLES, "Government regains territory")
_NSO = (BATTLES, "Non-state actor overtakes territory")
_ATT = (VIOLENCE_AGAINST_CIVILIANS, "Attack")
_ABD = (VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance")
_AIR = (EXPLOSIONS, "Air/drone strike")
_SH = (EXPLOSIONS, "Shelling/artillery/missile attack")
_IED = (EXPLOSIONS, "Remote explosive/landmine/IED")
_SB = (EXPLOSIONS, "Suicide bomb")
_CW = (EXPLOSIONS, "Chemical weapon")
_PP = (PROTESTS, "Peaceful protest")
_PI = (PROTESTS, "Protest with intervention")
_EF = (PROTESTS, "Excessive force against protesters")
_VD = (RIOTS, "Violent demonstration")
_MOB = (RIOTS, "Mob violence")
_ARR = (STRATEGIC_DEVELOPMENTS, "Arrests")
_DWU = (STRATEGIC_DEVELOPMENTS, "Disrupted weapons use")
_LOOT = (STRATEGIC_DEVELOPMENTS, "Looting/property destruction")
_NVT = (STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory")
_OTH = (STRATEGIC_DEVELOPMENTS, "Other")
_CHG = (STRATEGIC_DEVELOPMENTS, "Change to group/activity")
_AGR = (STRATEGIC_DEVELOPMENTS, "Agreement")
_DSP = (DISPLACEMENT, None)

# Plants after "uprooted": trees destroyed, not people driven out ("uprooted 150 olive trees").
_UPROOTED_PLANTS = re.compile(r" (?:(?:about |some |more than |over |)(?:\d+|dozens of|hundreds of|scores of) |the |their |)"
                              r"(?:olive |fruit |almond |citrus |)(?:trees|saplings|seedlings|vines|orchards|crops)\b")
# An armed group laying down its arms: "200 Maoist cadres laid down 153 weapons".
_LAYING_DOWN = ("surrender", "mass surrender", "decommission", "disarmament", "laid down", "lay down", "laying down",
                "lays down", "burned", "burnt", "burning", "handed", "handing", "hands", "hand ")
# A ceremony makes giving up weapons a group's disarmament, whoever the group: "the front
# handed over 900 weapons in a decommissioning ceremony in X"; so does a batch of them.
_CEREMONY = re.compile(r"(?<!\S)(?:ceremony|ceremonies|batch|batches|tranche|consignment)(?!\S)")
# Surrendering to an army makes the ones who surrender an armed group: "47 terrorists
# surrendered to troops at X", "followers of the group surrendered to the Army in Y"; not
# "the suspect surrendered to police".
_TO_TROOPS = re.compile(
    r"^\s+(?:\S+\s+){0,2}?to\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:troops|army|military|soldiers|armed\s+forces|"
    r"government\s+forces|security\s+forces|defen[cs]e\s+forces)(?!\S)"
)
# An armed force's withdrawal hands a place over when the place follows "from" or "out of":
# "withdrew on Saturday from their positions around X"; not "withdrew from the talks".
_WITHDRAWAL_WORDS = ("withdr", "pull", "had withdrawn", "has withdrawn", "have withdrawn", "complet", "finished")
_FROM_PLACE = re.compile(
    r"^\s+(?:(?!except\s)\S+\s+){0,4}?(?:from|out\s+of)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:(?:positions?|bases?|town|city|village|area|neighbou?rhoods?|districts?|camp|garrison|posts?|outskirts)\s+"
    r"(?:of\s+|in\s+|around\s+|near\s+)?(?:the\s+)?)?$"
)
_NAME_START = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_ARMS_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:arms|weapons|guns|rifles|firearms)(?!\S)")
# "agreed on Wednesday to withdraw their forces", "have agreed to pull out their troops"
_AGREED_BEFORE = re.compile(r"(?<!\S)agreed\s+(?:\S+\s+){0,3}?$")
_PROTEST_RULES = (Rule.PROTEST, Rule.CROWD_EVENT, Rule.INTERVENTION)


# What a capture takes when it is no territory: weapons and their sites (disrupted),
# or the offices of an administration (a non-violent transfer).
_ARMS_TAKEN = re.compile(
    r"\s+(?:\S+\s+){0,2}(?:weapons|arms|ammunition|explosives|drones|missiles|rockets|tunnels?|depots?|"
    r"caches?|arsenals?|stockpiles?|launchers|launch\s+(?:sites|pads|platforms))(?!\S)"
)
_OFFICES_TAKEN = re.compile(
    r"\s+(?:of\s+)?(?:the\s+|a\s+)?(?:\S+\s+){0,3}?(?:offices?|broadcaster|radio\s+station|television\s+station|"
    r"city\s+hall|town\s+hall|municipality|council|administration)(?!\S)"
)
_FORMER = re.compile(r"(?<!\S)(?:former|ex|retired|demobili[sz]ed|disarmed)\s+(?:\S+\s+)?$")


def _armed(ctx: SentenceContext, a: int, b: int, skip: tuple[int, int], casualties: bool = True) -> bool:
    """Whether an armed word lies in ``[a, b)`` outside ``skip``; a former fighter
    ("a former rebel who had signed the peace deal") is no armed context."""
    former: bool | None = None
    for h in ctx.by_cue.get(Cue.ARMED, ()):
        if (
            a <= h.start
            and h.end <= b
            and not (skip[0] <= h.start and h.end <= skip[1])
            and (casualties or h.phrase not in _CASUALTY_WORDS)
        ):
            if former is None:
                norm = ctx.norm
                former = "former" in norm or "ex " in norm or "retired" in norm or "demobili" in norm \
                    or "disarmed" in norm
            if not (former and _FORMER.search(ctx.norm_at(max(a, h.start - 25), h.start))):
                return True
    return False


# What an attack leaves behind is no disaster of its own: "a strike on Belgorod ...
# a section of a building collapsed", "shelling set a depot on fire".
_AFTERMATH = frozenset(("collapse", "collapsed", "fire", "fires", "blaze"))


def _disaster(ctx: SentenceContext, aftermath: bool = True) -> bool:
    """Whether the sentence tells of a disaster or an accident, not of armed violence:
    an aftermath word only counts (and only with ``aftermath``) when no armed word
    besides casualties, and no crowd, is near."""
    hits = ctx.by_cue.get(Cue.DISASTER)
    if not hits:
        return False
    hits = [h for h in hits if not any(u.start <= h.start and h.end <= u.end and u.phrase != h.phrase
                                       for u in ctx.units)]  # "opened fire" is no fire
    if not hits:
        return False
    if any(h.phrase not in _AFTERMATH for h in hits):
        return True
    if not aftermath:
        return False
    # "crowds attacked the embassies, setting fires": the fires are the riot's
    return not (_armed(ctx, ctx.start, ctx.end, (0, 0), casualties=False) or ctx.flag(Cue.CROWD))


# People named as those helped: "distributed food to returnees", "counselling for evacuees".
_AIDED = re.compile(r"(?<!\S)(?:to|for|among|assist\w*|help\w*|support\w*|serv\w*)\s+(?:the\s+|\S+\s+)?$")
# Places people leave, after a bare "left": "left villages in Ancuabe district".
_LEFT_PLACES = re.compile(r"^\s+(?:their\s+)?(?:villages?|towns?|homes?|houses|camps?|neighbou?rhoods?)\s+(?:in|around|near)\s")
def _armed_besides_police(ctx: SentenceContext, a: int, b: int) -> bool:
    return any(
        a <= h.start and h.end <= b and h.phrase not in _POLICE_WORDS and h.phrase not in _CASUALTY_WORDS
        for h in ctx.by_cue.get(Cue.ARMED, ())
    )


def _burns_tyres(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the burning word at ``start``-``end`` burns tyres: "burned tyres", "set
    fire to tyres"; a protest blocking a road, not a riot."""
    return _TYRES_AFTER.match(ctx.norm_at(end, min(ctx.end, end + 25))) is not None


def _diplomatic_protest(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the protest at ``span`` is one a state lodges: "summoned the ambassador to
    protest", "a protest memorandum", "drew protests from the government in X"."""
    before = ctx.norm_at(max(a, span[0] - 80), span[0])
    after = ctx.norm_at(span[1], min(b, span[1] + 50))
    return bool(_SUMMONED_TO.search(before) or _PROTEST_DOCUMENT.match(after)
                or (_DREW.search(before) and _PROTESTS_FROM.match(after)))


def _protesting(ctx: SentenceContext, seg: Segment) -> bool:
    """Whether the clause holds a protest word: "blocked the road to protest"."""
    return any(seg[0] <= u.start < seg[1] and any(t.rule is Rule.PROTEST for t in u.triggers) for u in ctx.units)


def _protest_label(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> tuple[str, str]:
    """Sub-type of a protest from the rest of its clause. Burning tyres is no riot:
    "youths blocked roads with burning tyres until gendarmes dispersed them" is a
    protest with intervention."""
    a, b, _ = seg
    if any(not _remembered(ctx, a, h.start) and not told_apart(ctx, h.end, span[0])
           and not _burns_tyres(ctx, h.start, h.end)
           for h in ctx.hits(Cue.RIOTING, a, b) if not (h.start >= span[0] and h.end <= span[1])):
        return _VD
    force = ctx.has(Cue.GOVERNMENT, a, b) or any(
        h.phrase in _POLICE_WORDS for h in ctx.by_cue.get(Cue.ARMED, ()) if a <= h.start < b
    )
    if force and ctx.has(Cue.LETHAL, a, b, skip=span):
        return _EF
    if any(
        a <= u.start < b and any(t.rule is Rule.INTERVENTION for t in u.triggers) for u in ctx.units
    ) or ctx.has(Cue.ARREST, a, b):
        return _PI
    return _PP


def _crowd_subject(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether a crowd word stands right before the verb at ``span``, as its subject:
    "a similar crowd targeted a second hotel"."""
    return any(h.start >= max(a, span[0] - 40) and h.end <= span[0] for h in ctx.by_cue.get(Cue.CROWD, ()))


def _campaign(ctx: SentenceContext) -> bool:
    """Whether the sentence tells of an election campaign: "the coalition held its final
    campaign rally"; not "rallied ..., demanding new elections" (the crowd's cause)."""
    norm = ctx.norm_at(ctx.start, ctx.end)
    return any(not _DEMANDED_VOTE.search(norm, 0, m.start()) for m in _CAMPAIGN.finditer(norm))


def _sports_report(ctx: SentenceContext) -> bool:
    """Whether the sentence is a sports report: two different sports words, as one alone
    is often something else ("the Awami League", "the two sides said")."""
    return len({h.phrase for h in ctx.by_cue.get(Cue.SPORTS, ())}) >= 2


def _remembered(ctx: SentenceContext, a: int, pos: int) -> bool:
    """Whether the word at ``pos`` is what a protest remembers: "marking the anniversary
    of last year's storming of parliament"."""
    return any(max(a, pos - 45) <= h.start and h.end <= pos for h in ctx.by_cue.get(Cue.HISTORY, ()))


def _crowd_agent(ctx: SentenceContext, a: int, span: tuple[int, int]) -> tuple[str, str] | None:
    """Riot label when unarmed people (supporters, residents) are the ones attacking.

    A time clause holding the trigger has its own subject: in "residents left the
    camp after a week of raids" the residents did not raid.
    """
    a = max([a] + [h.end for h in ctx.by_cue.get(Cue.SOFT_BREAK, ())
                   if a <= h.start and h.end <= span[0] and h.phrase in _TIME_OPENERS])
    before = ctx.norm_at(a, span[0])
    m = _CROWD_AGENT.search(before)
    if m is None or _UNDERGOES.search(before, m.end()):
        return None  # "residents woke up to heavy gunfire": they heard it
    subject_end = min(span[0], a + m.end() + 40)  # "Supporters of the former prime minister ..."
    if any(h.phrase not in _CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, a, subject_end)):
        return None
    return _MOB if m.group(1) in ("residents", "villagers", "locals", "mob") else _VD


def _attack_label(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> tuple[str, str]:
    """Type of a generic attack from the weapons and the people around it."""
    a, b, _ = seg
    rioters = _crowd_agent(ctx, a, span)
    if rioters:
        return rioters
    weapons = [
        (abs(u.start - span[0]), (t.event_type, t.sub_event_type))
        for u in ctx.units if a <= u.start < b and not weapon_is_target(ctx, a, u)
        for t in u.triggers if t.rule is Rule.WEAPON
    ]
    if weapons:  # "attacks on the power grid with missiles and drones"
        return min(weapons)[1]  # type: ignore[return-value]
    remote = _remote_attack(ctx, a, b, span)
    if remote:
        return remote
    crowd = ctx.hits(Cue.CROWD, a, b)
    if crowd:
        if any(h.end <= span[0] for h in crowd):
            return _VD  # the crowd attacks
        return _EF if ctx.has(Cue.LETHAL, a, b) else _PI
    if ctx.has(Cue.LETHAL, a, b) and _state_fire_on_protest(ctx, a, span):
        return _EF  # "troops opened fire on opposition supporters, killing four, as protests spread"
    if _armed_victim(ctx, span) or _fired_back_at(ctx, span):
        return _AC
    if _civilian_victim(ctx, a, span):
        return _ATT
    start = span[1]
    by = _BY_PHRASE.match(ctx.norm_at(start, min(b, start + 100)))
    if by:  # "attacks by armed groups on villages": skip the agent
        start += by.end()
    if _armed(ctx, start, min(b, start + 60), span, casualties=False):
        return _AC
    camps = not _forces_raid(ctx, span)
    if _civilian_target(ctx, a, b, camps=camps) or _former_fighter(ctx, start, min(b, start + 60)):
        return _ATT
    return _AC


def _forces_raid(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the trigger is a raid by a state's forces: "Israeli forces raided the
    camp" is an operation against the armed men there, the camp no civilian target."""
    agent = (max(ctx.start, span[0] - 80), span[0])
    return ctx.norm_at(*span).startswith("raid") and _STATE_FORCE.search(ctx.norm_at(*agent)) is not None \
        and not ctx.has(Cue.NONSTATE, *agent)


# Strikes named as the subject of the attack verb: "the strikes targeted positions of X".
_STRIKES_BEFORE = re.compile(
    r"(?<!\S)(?:strikes|strike|bombing|bombings|bombardment|shelling)\s+"
    r"(?:also\s+|reportedly\s+|had\s+|have\s+|again\s+)?$"
)
# Settlements counted as what a state's forces attacked, the bulletin of a front: "the
# enemy attacked 38 settlements", "carried out 412 attacks on eleven settlements".
_COUNTED_SETTLEMENTS = re.compile(
    r"^\s+(?:on\s+)?(?:\S*\d\S*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|"
    r"a\s+number\s+of)\s+(?:\S+\s+)?(?:settlements|localities|communities|hromadas|villages|towns|cities)(?!\S)"
)
_STATE_FORCE = re.compile(
    r"(?<!\S)(?:army|troops|forces|military|enemy|occupiers|occupation|invaders|aggressor|regime)(?!\S)"
)


def _remote_attack(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> tuple[str, str] | None:
    """Type of an attack carried out from afar: by strikes named as its subject ("the
    strikes targeted positions of the militia"), with aviation ("the enemy attacked
    the village with aviation"), or by a state's forces on settlements they count ("the
    Russian army attacked 38 settlements of the region": they were shelled)."""
    if _STRIKES_BEFORE.search(ctx.norm_at(max(a, span[0] - 30), span[0])):
        return _SH if "shelling" in ctx.norm_at(max(a, span[0] - 30), span[0]) else _AIR
    after = ctx.norm_at(span[1], min(b, span[1] + 50))
    if _AVIATION_WITH.match(after):
        return _AIR
    agent = (max(a, span[0] - 50), span[0])
    if _COUNTED_SETTLEMENTS.match(after) and _STATE_FORCE.search(ctx.norm_at(*agent)) \
            and not ctx.has(Cue.NONSTATE, *agent):
        return _AIR if ctx.has(Cue.AVIATION, a, b) else _SH
    return None


# What follows a hit told without its weapon, when it tells a strike: the place, time or
# count of the hits, not an agent or a manner: "a house was hit in X", "Y was hit 14 times",
# "there were hits on a depot" (not "was hit by a car", "was hit hard by inflation").
_WEAPONLESS_HIT = re.compile(
    r"\s*(?!(?:in|on)\s+(?:the|his|her|their)\s+(?:\S+\s+)?(?:head|leg|legs|arm|arms|chest|back|neck|"
    r"stomach|abdomen|shoulder|face|eye|hand|foot|thigh)(?!\S))"  # "was hit in the leg": a person shot
    r"(?:$|[,.;:]|(?:again|overnight|twice|also)(?!\S)|(?:in|on|at|near|during|\d+|several|"
    r"dozens|once)(?!\S)|(?:two|three|four|five|six|seven|eight|nine|ten|\S+teen|\S+ty)\s+times(?!\S))",
    re.IGNORECASE,
)
# "attacked with aviation the village", "attacked with drones" (no weapon noun of its own)
_AVIATION_WITH = re.compile(
    r"^\s+(?:\S+\s+)?with\s+(?:the\s+)?(?:aviation|aircraft|warplanes|helicopters|jets|planes)(?!\S)"
)


_CAMPS = frozenset(("camp", "camps"))


def _civilian_target(ctx: SentenceContext, a: int, b: int, camps: bool = True) -> bool:
    """Whether a civilian word lies in ``[a, b)`` that is no armed place: "a military
    camp", "an army camp" are the forces' own ("fighters stormed the town, overrunning
    a military camp": a clash), and so is any camp forces raid (``camps`` false); a
    vehicle carrying fighters is theirs ("fired on two buses carrying soldiers")."""
    armed_ends = {h.end for h in ctx.hits(Cue.ARMED, a, b)}
    return any(
        (not _camp_word(ctx, h) or camps and h.start - 1 not in armed_ends)
        and not _carries_fighters(ctx, h.end, b)
        and not (h.phrase in _SETTLEMENT_WORDS and _LOCATIVE.search(ctx.norm_at(max(a, h.start - 20), h.start)))
        for h in ctx.hits(Cue.CIVILIAN, a, b)
    )


# A village named as where it happened is no target: "opened fire on a patrol near the
# village of X" (not "attacked the village", "attacks on villages").
_SETTLEMENT_WORDS = frozenset(("village",))
_LOCATIVE = re.compile(r"(?<!\S)(?:near|outside|around|close\s+to)\s+(?:the\s+)?$")


def _camp_word(ctx: SentenceContext, h: CueHit) -> bool:
    """Whether a civilian hit names a camp: "camp", or "refugee" in "refugee camp"."""
    if h.phrase in _CAMPS:
        return True
    return h.phrase in _REFUGEES and _CAMP_AFTER.match(ctx.norm_at(h.end, h.end + 7)) is not None


_REFUGEES = frozenset(("refugee", "refugees", "displaced"))
_CAMP_AFTER = re.compile(r"^\s+camps?(?!\S)")
_CARRYING = re.compile(r"^\s+(?:carrying|transporting|ferrying)\s")


def _carries_fighters(ctx: SentenceContext, end: int, b: int) -> bool:
    """Whether the word ending at ``end`` is a vehicle carrying armed men: "a bus carrying
    members of the militia"."""
    return _CARRYING.match(ctx.norm_at(end, min(b, end + 15))) is not None and _armed(
        ctx, end, min(b, end + 80), (0, 0), casualties=False)


# An armed victim told before the attack that hit them: "a soldier was wounded by gunfire",
# "peacekeepers were killed when their car came under fire".
_PASSIVE_TOLL = re.compile(
    r"(?<!\S)(?:was|were|been)\s+(?:\S+ly\s+)?(?:killed|wounded|injured|hurt|hit)\s+(?:by|when|in|after|as)(?!\S)"
)
# A pronoun target standing for armed men named before: "gunmen who opened fire on them".
_ON_THEM = re.compile(r"^\s+(?:on|at|upon)\s+(?:them|him|us)(?!\S)")


def _armed_victim(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the attack at ``span`` is what killed or wounded armed men named as the
    subject of a passive before it (the nearest of the armed and civilian words there)."""
    lo = max(ctx.start, span[0] - 140)
    toll = None
    for m in _PASSIVE_TOLL.finditer(ctx.norm_at(lo, span[0])):
        toll = m
    if toll is None:
        return False
    subject = (max(ctx.start, lo + toll.start() - 80), lo + toll.start())
    last = max(
        [(h.end, True) for h in ctx.hits(Cue.ARMED, *subject) if h.phrase not in _CASUALTY_WORDS]
        + [(h.end, False) for h in ctx.hits(Cue.CIVILIAN, *subject)], default=(0, False))
    return last[1]  # the nearest before the verb: "14 Palestinians were arrested, and a soldier was wounded"


def _fired_back_at(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the attack's target is a pronoun for armed men named before it in the
    sentence, with no civilian named there: "troops killed two gunmen who opened fire
    on them"."""
    if not _ON_THEM.match(ctx.norm_at(span[1], min(ctx.end, span[1] + 12))):
        return False
    return _armed(ctx, ctx.start, span[0], span, casualties=False) and not ctx.has(Cue.CIVILIAN, ctx.start, span[0])


# Fire told with no one named, in a story of armed men: "heavy gunfire was heard in X".
_FIRE_HEARD = frozenset(("gunfire",))
# Places that "came under fire" in a war story were shelled, whoever fired: "Nikopol itself,
# as well as the A and B communities came under fire" (not "the minister came under fire").
_PLACES_UNDER_FIRE = re.compile(
    r"(?:[A-Z][\w'’-]*|communities|settlements|villages|towns|districts|neighbourhoods|neighborhoods|"
    r"suburbs|outskirts|hromadas|city|town|village|settlement|district|community)"
    r"\s+(?:itself\s+|themselves\s+)?(?:also\s+|again\s+)?$"
)


def _places_under_fire(ctx: SentenceContext, doc: DocumentContext, a: int, unit: Unit) -> bool:
    """Whether ``unit`` ("came under fire") tells, in a story of armed conflict, of
    places whose names (or a settlement noun) stand right before it as its subject."""
    if not (doc.armed and "under" in unit.phrase and unit.phrase.endswith("fire")):
        return False
    return _PLACES_UNDER_FIRE.search(ctx.text, max(a, unit.start - 40), unit.start) is not None
_BY_AGENT = re.compile(r"^\s+by\s")


def _civilian_victim(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether a civilian was the one killed or shot by someone: "a child was killed by
    a sniper's bullet", "a 17-year-old was shot dead by an officer" (one-sided,
    whoever fired)."""
    return _BY_AGENT.match(ctx.norm_at(span[1], span[1] + 5)) is not None and ctx.has(
        Cue.CIVILIAN, max(a, span[0] - 40), span[0])


def _former_fighter(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether a former fighter ("a former rebel") is the target in ``[a, b)``: a civilian."""
    return any(_FORMER.search(ctx.norm_at(max(a, h.start - 25), h.start)) for h in ctx.hits(Cue.ARMED, a, b))


# Members of a named group who leave it: "12 former ADF members surrendered", "ex-FARC
# fighters laid down their arms" (the group's name itself is no cue word).
_FORMER_MEMBERS = re.compile(
    r"(?<!\S)(?:former|ex)\s+(?:\S+\s+){0,3}?(?:members|fighters|militants|combatants|cadres|insurgents|rebels)\s+"
    r"(?:of\s+(?:\S+\s+){1,4}?)?$"
)


def _force_withdraws(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether an armed force named before the withdrawal at ``span`` leaves a place named
    right after "from": "the MNDAA completed its withdrawal from Lashio" (not "the party
    withdrew from the coalition")."""
    if not any(h.phrase not in _CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, max(a, span[0] - 80), span[0])):
        return False
    end = min(ctx.end, span[1] + 70)
    after = span[1] - 7 if ctx.norm_at(*span).endswith(" out of") else span[1]  # "pulled out of X"
    return any(_FROM_PLACE.match(ctx.norm_at(after, m.start()))
               for m in _NAME_START.finditer(ctx.text, span[1], end))


def _former_members(ctx: SentenceContext, a: int, start: int) -> bool:
    """Whether the subject right before ``start`` are former members of a group."""
    return _FORMER_MEMBERS.search(ctx.norm_at(max(a, start - 60), start)) is not None


# Entries in force that end in arrests rather than bloodshed: "stormed the camp and
# arrested eight", "raided homes and detained 12".
_SWOOPS = frozenset(("stormed", "storming", "raid", "raids", "raided", "raiding", "incursion", "incursions"))


def _arrest_raid(ctx: SentenceContext, seg: Segment, unit: Unit, has_weapon: bool) -> bool:
    """Whether a storming or raid is an arrest operation: an arrest word in its
    clause, and no weapon, death or wound there."""
    a, b, _ = seg
    if unit.phrase not in _SWOOPS or has_weapon or not ctx.has(Cue.ARREST, a, b):
        return False
    return not ctx.has(Cue.LETHAL, a, b) and not any(
        h.phrase in _CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, a, b)
    )


# A storming that ends in plunder: "gunmen stormed the market and looted the shops".
_PLUNDER = re.compile(r"(?<!\S)(?:loot(?:ed|ing)|ransack(?:ed|ing)|plunder(?:ed|ing)|pillag(?:ed|ing)|stole)(?!\S)")


def _looting_raid(ctx: SentenceContext, seg: Segment, unit: Unit, has_weapon: bool) -> bool:
    """Whether a storming or raid is a looting: a plunder word after it in its clause,
    and no weapon, death or wound there.

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Militiamen stormed the market and looted dozens of shops."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> unit = next(u for u in ctx.units if u.phrase == "stormed")
    >>> _looting_raid(ctx, (0, len(text), False), unit, False)
    True
    """
    a, b, _ = seg
    if unit.phrase not in _SWOOPS or has_weapon or not _PLUNDER.search(ctx.norm_at(unit.end, b)):
        return False
    if any(u is not unit and a <= u.start < b and any(t.event_type in (BATTLES, EXPLOSIONS) for t in u.triggers)
           for u in ctx.units):
        return False  # "raided the town, clashing with soldiers and looting shops": a fight too
    return not ctx.has(Cue.LETHAL, a, b) and not any(
        h.phrase in _CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, a, b)
    )


def _protest_in_sentence(ctx: SentenceContext) -> bool:
    """Whether the sentence tells of a protest: "... killing four, as protests spread"."""
    return any(t.rule is Rule.PROTEST for u in ctx.units for t in u.triggers)


# What sets a later clause apart from the killing before it: "..., while in the south protesters ...".
_APART_CLAUSE = re.compile(r"(?<!\S)(?:while|whereas|meanwhile|elsewhere|separately)(?!\S)|;")


def _state_fire_on_protest(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
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


def _casualty_label(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> tuple[str, str]:
    a, b, _ = seg
    if ctx.hits(Cue.CROWD, span[1], b) and ctx.has(Cue.GOVERNMENT, a, span[0]) or _state_fire_on_protest(ctx, a, span):
        # "police opened fire on opposition supporters, killing four, as protests spread":
        # the state's lethal force against a protest
        return _EF
    if _civilian_victim(ctx, a, span) or _passive_civilians(ctx, span):
        return _ATT
    if _armed(ctx, span[1], min(b, span[1] + 40), span, casualties=False):
        return _AC
    return _ATT


_PASSIVE_BEFORE = re.compile(r"(?<!\S)(?:was|were|been)\s+(?:\S+ly\s+)?$")


def _passive_civilians(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether civilians are the subject of the passive casualty at ``span``, the nearest
    of the armed and civilian words before it: "a child was killed by a sniper's bullet
    on Monday" is an attack on civilians, whoever fired."""
    if not _PASSIVE_BEFORE.search(ctx.norm_at(max(ctx.start, span[0] - 20), span[0])):
        return False
    subject = (max(ctx.start, span[0] - 60), span[0])
    last = max(
        [(h.end, False) for h in ctx.hits(Cue.ARMED, *subject) if h.phrase not in _CASUALTY_WORDS]
        + [(h.end, True) for h in ctx.hits(Cue.CIVILIAN, *subject)], default=(0, False))
    return last[1]


def _subject_end(ctx: SentenceContext, seg: Segment, pos: int) -> int:
    """Where the subject of the verb at ``pos`` ends, past a relative clause inside it:
    "Hundreds of relatives of those killed in the bombing | rallied"."""
    for r0, r1 in subject_relatives(ctx, seg):
        if r1 <= pos <= r1 + 1:
            return r0
    return pos


def _agent_kind(ctx: SentenceContext, seg: Segment, span: tuple[int, int], default: tuple[str, str]) -> tuple[str, str]:
    """Government or non-state capture, from the first actor before the trigger: in
    its own coordinate clause when it has one ("rebels withdrew ..., and the army
    took control of the town"), else in the segment."""
    a = seg[0]
    for p0, p1 in ctx.pieces(seg):
        if p0 <= span[0] < p1 and ctx.starts_coordinate(p0, p1) and (
                ctx.has(Cue.NONSTATE, p0, span[0]) or ctx.has(Cue.GOVERNMENT, p0, span[0])):
            a = p0
    first = None
    for cue, label in ((Cue.NONSTATE, _NSO), (Cue.GOVERNMENT, _GRT)):
        for h in ctx.by_cue.get(cue, ()):
            if a <= h.start and h.end <= span[0] and (first is None or h.start < first[0]):
                first = (h.start, label)
    if first is None and ctx.norm_at(span[1], span[1] + 4) == " to ":  # "fell to rebels"
        for cue, label in ((Cue.NONSTATE, _NSO), (Cue.GOVERNMENT, _GRT)):
            if ctx.has(cue, span[1], min(seg[1], span[1] + 40)):
                return label
    return first[1] if first else default


_ESCAPEES = re.compile(r"(?<!\S)(?:prisoners?|inmates?|escapees?|fugitives?|convicts?|detainees?|escaped)(?!\S)")
# Bare verbs of taking are a capture only right before the place taken: "had taken
# Goma", "seized the town of X", not "seized weapons", "taken on Monday", "took Russian positions".
_BARE_TAKING = frozenset(("seized", "taken", "took"))
# A settlement taken or freed in a war story needs no armed word of its own: "the town of
# X has been liberated", "completed the liberation of the settlement of X", "recaptured the village".
_SETTLEMENT_BEFORE = re.compile(
    r"(?<!\S)(?:town|towns|village|villages|city|settlement|settlements|locality)\s+of\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:has|have|had|was|were)\s+(?:been\s+)?)?$"
)
_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:the\s+)?(?:town|towns|village|villages|city|settlement|settlements|locality)\s+of\s+[A-Z]"
)


def _settlement_taken(ctx: SentenceContext, doc: DocumentContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether a capture word of a story of armed conflict takes a named settlement
    ("the village of X was liberated", "the liberation of the settlement of X")."""
    if not doc.armed:
        return False
    if "liberation" in ctx.norm_at(*span):
        return True  # the lexicon's "liberation of the settlement"
    return bool(_SETTLEMENT_BEFORE.search(ctx.text, max(a, span[0] - 70), span[0])
                or _SETTLEMENT_AFTER.match(ctx.text, span[1], min(b, span[1] + 50)))
_TAKEN_PLACE = re.compile(
    r"\s+(?:(?:full|complete|total|effective)\s+control\s+of\s+)?(?:(?:the|a)\s+(?:(?:key|strategic|small|"
    r"nearby|neighbouring|border|frontline|front-line|northern|southern|eastern|western|central)\s+)?"
    r"(?:town|city|village|district|neighbourhood|neighborhood|camp|base|locality|settlement|hamlet|port|"
    r"airport|capital|township|county|municipality|outpost|garrison|headquarters|region|province)s?\b"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|The|This|These|It|Its|Their|His|Her)\b)[A-Z][\w'’-]+)"
)


def _took_place(ctx: SentenceContext, end: int, b: int) -> bool:
    """Whether a place is what the bare taking verb ending at ``end`` took."""
    m = _TAKEN_PLACE.match(ctx.text, end, b)
    return m is not None and not ctx.has(Cue.DEMONYM, end, m.end())


# The armed side a place is handed to: "... to the military regime", "to government troops".
_TO_FORCE = re.compile(r"(?<!\S)to\s+(?:the\s+)?(?:\S+\s+){0,2}?$")


def _handed_to_force(ctx: SentenceContext, end: int, b: int) -> bool:
    """Whether "handed over" at ``end`` gives a place (a name or "the town") to an armed
    force or a government: "handed over Lashio, the capital of Shan State, to the army"
    (not "handed over the detainees to the Red Cross")."""
    if not _took_place(ctx, end, b):
        return False
    for cue in (Cue.GOVERNMENT, Cue.NONSTATE):
        for h in ctx.hits(cue, end, min(b, end + 120)):
            if _TO_FORCE.search(ctx.norm_at(max(end, h.start - 25), h.start)):
                return True
    return False


# An agreement named with its signing as a participle is one referred to, not the news:
# "the peace agreement signed in Doha in 2020", "under a deal signed by the elders in X".
_SIGNING = frozenset(("signed", "inked"))


def _signed_earlier(ctx: SentenceContext, unit: Unit, partner_end: int) -> bool:
    """Whether the signing verb ``unit`` directly follows its agreement noun (ending at
    ``partner_end``) with no auxiliary: a reduced relative naming an earlier deal."""
    return unit.phrase in _SIGNING and partner_end <= unit.start and not ctx.text[partner_end : unit.start].strip()


# Holding off an attack is a fight, whoever holds it off: "police repelled an attack on their base".
_REPELLING = ("repel", "repuls")
# Control told as a noun ("the full control of X") held rather than taken: "retains its full control of".
_CONTROL_NOUN_ENDS = ("control of", "control over")
_CONTROL_HELD = re.compile(
    r"(?<!\S)(?:retain|retains|retained|retaining|maintain|maintains|maintained|maintaining|keep|keeps|kept|"
    r"keeping|has|have|had|having|hold|holds|held|holding|under|remain|remains|remained|exercise|exercises)\s+$"
)
# Fighters a place is cleared of: "clear the town of X from the militants" (not mines or rubble).
_CLEARED_OF_FIGHTERS = re.compile(
    r"(?<!\S)(?:of|from)\s+(?:the\s+)?(?:remaining\s+|remnants\s+of\s+(?:the\s+)?)?(?:enemy\s+)?"
    r"(?:militants|terrorists|fighters|insurgents|enemy|gunmen|jihadists|rebels|militia|militias|"
    r"formations|bandits|khwarij|khawarij|saboteurs|infiltrators)(?!\S)"
)
_AIR_DEFENCE = re.compile(r"(?<!\S)(?:air\s+defen[cs]es?|anti\s+aircraft)(?!\S)")


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
_NEUTRALISED_OBJECT = re.compile(
    _QUOTE + r"\s+(?:" + _COUNT + r"\s+(?:(?:more|other|suspected|armed|heavily\s+armed)\s+)?" + _FIGHTER_NOUNS
    + r"|(?:the\s+|an?\s+|their\s+)?(?:\S+\s+)?" + _FIGHTER_NOUNS + r"|"
    + _COUNT + r"\s*(?:,|;|\.|and\s|$))", re.I)
_NEUTRALISED_SUBJECT = re.compile(
    r"(?<!\w)" + _FIGHTER_NOUNS + r"\s+(?:\S+\s+)?(?:was|were|had\s+been|have\s+been|has\s+been|being|been)\s+"
    + _QUOTE + r"$", re.I)


def _fighters_neutralised(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the "neutralised" at ``span`` puts fighters out of action ("troops
    neutralised nine bandits", "four khwarij were neutralised"), not a bomb or drone."""
    if _NEUTRALISED_OBJECT.match(ctx.text, span[1], min(b, span[1] + 60)):
        return True
    return bool(_NEUTRALISED_SUBJECT.search(ctx.text, max(a, span[0] - 60), span[0]))


# What armed men did once inside, told right after the entry: "entered X, killed a
# village leader and looted shops", "entered the village and shot two residents".
_RAID_DEEDS = re.compile(
    r"^\s*[^.;:]{1,80}?(?:,|\sand)\s+(?:then\s+|later\s+)?"
    r"(?:killed|shot|executed|murdered|abducted|kidnapped|looted|burned|torched|raped|massacred|"
    r"opened\s+fire\s+on|went\s+from\s+house\s+to\s+house)(?!\S)", re.I
)
# ... unless the entry was fought for: "entered X after heavy fighting and killed ten soldiers".
_FOUGHT_FOR = re.compile(r"(?<![\w-])(?:fight\w*|fought|clash\w*|battl\w*|resistance|soldiers|troops|defenders)(?![\w-])", re.I)


def _entered_to_kill(ctx: SentenceContext, span: tuple[int, int], b: int) -> bool:
    """Whether an armed entry is told as a raid on the people there ("a group of
    fighters entered X, killed a village leader and looted shops"), no capture."""
    after = ctx.text[span[1] : min(b, span[1] + 120)]
    return bool(_RAID_DEEDS.match(after)) and not _FOUGHT_FOR.search(after)


def _vigilantes_in_fight(ctx: SentenceContext, a: int, b: int, unit: Unit) -> bool:
    """Whether the vigilantes at ``unit`` fight as a militia: beside troops or against an
    armed group ("troops and vigilantes engaged bandits near X", "vigilantes repelled a raid
    on Y"), not a crowd's rough justice ("vigilantes lynched a suspected thief")."""
    if any(not h.phrase.startswith("vigilante") and h.phrase not in _CASUALTY_WORDS
           for h in ctx.hits(Cue.ARMED, a, b)):
        return True
    return any(a <= u.start < b and u is not unit and any(t.event_type == BATTLES for t in u.triggers)
               for u in ctx.units)


def _loose_confrontation(ctx: SentenceContext, unit: Unit) -> bool:
    """Whether a bare "confrontation" is no armed clash: beside crowd-control force
    ("where confrontations began, deputies used tear gas"; "a coast guard ship fired a
    water cannon, in the latest confrontation"). "A confrontation near X between the
    army and the insurgents" is one."""
    if not unit.phrase.startswith("confrontation"):
        return False
    return any(any(t.rule is Rule.INTERVENTION for t in u.triggers) for u in ctx.units)


# People named by what happened to them: "the wounded", "the injured persons", "most of the dead".
_VICTIM_NOUNS = frozenset(("wounded", "injured", "dead", "casualties", "martyrs"))
_DEFINITE_BEFORE = re.compile(r"(?<!\S)(?:the|these|those)\s+$")


# A taking verb may be a long object away from its "hostage": "inmates took more than
# 130 guards and administrative staff hostage".
_TAKING_REACH = 60
_PARTNER_REACH = 30


def _partner_reach(trig: Trigger) -> int:
    """How many characters before a paired trigger its partner may lie."""
    return _TAKING_REACH if trig.partner is Cue.TAKING else _PARTNER_REACH


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


def _bodies_found(ctx: SentenceContext, doc: DocumentContext, seg: Segment, span: tuple[int, int]) -> bool:
    """Whether bodies were found, in a killing: with a mark of violence or an armed
    actor in the sentence, or left behind ("were found", "were dumped") in an article
    about armed violence; not pulled from ruins or water, nor after a disaster.

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "The bodies of four men with gunshot wounds were found near Apatzingan."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> _bodies_found(ctx, DocumentContext(), ctx.segments[0], (4, 10))
    True
    """
    a, b, _ = seg
    found = _FOUND_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 110))) or _FOUND_BEFORE.search(
        ctx.norm_at(max(a, span[0] - 40), span[0]))
    if found is None or _disaster(ctx):
        return False
    sentence = ctx.norm_at(ctx.start, ctx.end)
    if _RUINS.search(sentence):
        return False
    return bool(_VIOLENT_DEATH.search(sentence) or _armed_besides_police(ctx, ctx.start, ctx.end)
                or (doc.armed and found.group("verb") in _LEFT_BEHIND))


# What follows "shot" when people were shot, not filmed: "shot in their car", "shot dead".
_SHOT_HOW = re.compile(r"^\s+(?:dead|in|inside|outside|near|at|by|while|on|and|as)(?!\S)")


def _shot_civilians(ctx: SentenceContext, doc: DocumentContext, a: int, unit: Unit) -> bool:
    """Whether civilians named just before a bare "shot" were shot, in an article
    about armed violence, with no armed word in the sentence ("a couple and their
    infant son, shot in their car on a road outside X").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Two farmers were shot in their field near Bama."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> _shot_civilians(ctx, DocumentContext(armed=True), 0, Unit(17, 21, "shot", ()))
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
_PASSIVE_BEFORE = re.compile(r"(?<!\S)(?:were|was)\s+(?:\S+ly\s+)?$")
_PASSIVE_CASUALTIES = frozenset(("killed", "murdered", "wounded", "injured"))


def _civilians_killed(ctx: SentenceContext, doc: DocumentContext, a: int, unit: Unit) -> bool:
    """Whether civilians are the subject of a passive casualty word right before it, in an
    article about armed violence ("civilians were reportedly killed in X").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Civilians were reportedly killed in Ocua."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> _civilians_killed(ctx, DocumentContext(armed=True), 0, Unit(26, 32, "killed", ()))
    True
    """
    if unit.phrase not in _PASSIVE_CASUALTIES or not doc.armed or doc.aviation:
        return False
    before = ctx.norm_at(max(a, unit.start - 40), unit.start)
    m = _PASSIVE_BEFORE.search(before)
    if m is None:
        return False
    end = unit.start - (len(before) - m.start())
    return ctx.has(Cue.CIVILIAN, max(a, end - 25), end)


def _hostile_fire(ctx: SentenceContext, span: tuple[int, int], b: int) -> bool:
    """Whether a casualty word is told as caused by the fire of a named side or an armed
    source ("eleven people were killed by Israeli fire near X", "wounded by enemy fire").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Two boys were wounded by Russian fire in Kherson."
    >>> _hostile_fire(SentenceContext(text, 0, len(text)), (14, 21), len(text))
    True
    """
    m = _HOSTILE_FIRE_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 50)))
    return bool(m) and (m.group(1) in DEMONYMS or m.group(1) in _HOSTILE_FIRE_SOURCES)


def _names_victims(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether a casualty word only names the victims of an event told elsewhere, as
    a definite noun ("the wounded were taken to hospitals in X", "the injured persons
    are treated in Y"): the clause tells where they are now, not an event.

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "The wounded were taken to hospitals in Nablus."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> _names_victims(ctx, 0, Unit(4, 11, "wounded", ()))
    True
    """
    if unit.phrase not in _VICTIM_NOUNS:
        return False
    return _DEFINITE_BEFORE.search(ctx.norm_at(max(a, unit.start - 12), unit.start)) is not None


def _read(ctx: SentenceContext, doc: DocumentContext, unit: Unit, trig: Trigger, seg: Segment) -> Event | None:
    """Validate and type one trigger reading, or ``None`` if it is no event here."""
    span = (unit.start, unit.end)
    a, b, _ = seg
    s0, s1 = ctx.start, ctx.end
    label = (trig.event_type, trig.sub_event_type)
    weight = trig.weight
    generic = weak = False
    rule = trig.rule
    sports = ctx.flag(Cue.SPORTS)

    if rule is Rule.DIRECT:
        if label == _LOOT and unit.phrase.startswith(("destroy", "bulldoz")) and (
                _disaster(ctx) or not (doc.armed or ctx.flag(Cue.ARMED))):
            return None  # "the hurricane tore through X, destroying homes"
        if label == _MOB and unit.phrase.startswith("angry") and _protesting(ctx, seg) \
                and _protest_label(ctx, seg, span) != _VD:
            return None  # "angry residents blocked the road to protest over the killings": a protest
        if label == _MOB and unit.phrase.startswith("vigilante") and _vigilantes_in_fight(ctx, a, b, unit):
            return None  # "troops and vigilantes engaged the kidnappers": a militia in a fight, no mob
        if label == _VD and unit.phrase.startswith(("erected barricades", "barricades")) and (
                ctx.has(Cue.CROWD, a, b) or _protesting(ctx, seg)):
            # "protesters erected barricades in A": a road blocked, a riot only with other
            # violence in the sentence ("shops were looted, while protesters erected barricades
            # in B"); youths or a gang behind barricades are rioters
            label = _protest_label(ctx, (s0, s1, seg[2]), span)
        if label == _ARR and _PROTESTERS_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 50))):
            label = _PI
        if label == _OTH and unit.phrase.startswith("blockad") and civilian_blockade(ctx, a, span):
            label = _protest_label(ctx, seg, span)  # "miners kept up a blockade of the highway"
        if label == _DWU and nothing_armed_stopped(ctx, a, b, unit):
            if not convoy_stopped(ctx, a, b):
                return None  # "the coast guard intercepted a boat carrying migrants": no weapon
            label = _LOOT  # "a UN convoy was intercepted by armed men": it was robbed
        if label == _DWU and "debris" in unit.phrase and (
                _disaster(ctx) and not ctx.flag(Cue.AVIATION) or not (doc.armed or doc.aviation)):
            return None  # "debris fell from the collapsed building": no weapon was brought down
        if label == _DWU and unit.phrase.startswith(LEFTOVER) and went_off(ctx, a, b, span):
            label = _IED  # "a child was killed by unexploded ordnance": it went off
        if label == _CHG and unit.phrase.startswith(_LAYING_DOWN) and not (
                (ctx.has(Cue.NONSTATE, s0, s1) or _former_members(ctx, a, span[0])
                 or _CEREMONY.search(ctx.norm_at(a, b))
                 or unit.phrase.startswith("surrender") and _TO_TROOPS.match(ctx.norm_at(span[1], min(b, span[1] + 50))))
                and (unit.phrase != "laid down" or _ARMS_AFTER.match(
                    ctx.norm_at(span[1], min(b, span[1] + 30))))):
            return None  # "residents surrendered 300 firearms", "laid down rules": no armed group disarms
        if label == _NVT and unit.phrase.startswith(_WITHDRAWAL_WORDS) and " under " not in unit.phrase and not (
                _force_withdraws(ctx, a, span)):
            return None  # "withdrew from the talks", "the candidate pulled out": no force leaves a place
        if label == _AGR and unit.phrase.startswith("to ") and not _AGREED_BEFORE.search(
                ctx.norm_at(max(a, span[0] - 30), span[0])):
            return None  # "forces were ordered to withdraw their troops": no agreement
    elif rule is Rule.AMBIGUOUS:
        armed = _armed(ctx, s0, s1, span)
        crowd = ctx.has(Cue.CROWD, a, b)
        if sports and not _armed_besides_police(ctx, s0, s1) and not crowd:
            if _FANS.search(ctx.norm_at(a, b)):
                return Event(*_MOB, span, weight)  # rival fans fighting: a brawl, not a battle
            return None
        crude = crude_weapons(ctx, a, b)
        if not (armed or crowd or doc.armed or crude) or _loose_confrontation(ctx, unit):
            return None
        if unit.phrase.startswith("neutrali") and not _fighters_neutralised(ctx, a, b, span):
            return None  # "sappers neutralised two mines": no fighter put out of action
        if unit.phrase.startswith("clear") and not _CLEARED_OF_FIGHTERS.search(
                ctx.norm_at(span[1], min(b, span[1] + 80))):
            return None  # "sappers cleared the village of mines": no fighters were driven out
        if unit.phrase.startswith(_REPELLING) and _AIR_DEFENCE.search(ctx.norm_at(a, b)):
            return Event(*_DWU, span, 0.8)  # "air defences repelled a drone attack on Sevastopol"
        police = any(h.phrase in _POLICE_WORDS for h in ctx.hits(Cue.ARMED, s0, s1))
        if crowd or (police and not _armed_besides_police(ctx, s0, s1) and not unit.phrase.startswith(_REPELLING)):
            label = _VD  # fans or residents against the police
        elif _crowd_agent(ctx, a, span) == _VD and not unit.phrase.startswith(_REPELLING):
            label = _VD  # "hundreds of students clashed with security forces"
        elif not _armed_besides_police(ctx, s0, s1) and (crude or during_rally(ctx, a, b, unit)):
            label = _VD  # "rival student groups fought with sticks", "clashes erupt during party rally"
    elif rule is Rule.RAID and (ctx.has(Cue.ARREST, a, b) or (
            ctx.has(Cue.ARREST, ctx.start, ctx.end) and not ctx.has(Cue.LETHAL, ctx.start, ctx.end))):
        label = _ARR  # "forces arrested 14 people, the ministry said, in raids in X"
    elif rule is Rule.RAID and (ctx.has(Cue.AVIATION, s0, s1)
                                or doc.aviation and not _GROUND_ACTOR.search(ctx.norm_at(s0, span[0]))
                                or _COUNTED_RAIDS.search(ctx.norm_at(max(a, span[0] - 40), span[0]))):
        label = _AIR
    elif rule is Rule.TARGETED:
        if _crowd_subject(ctx, a, span) and not _armed_besides_police(ctx, a, span[0]):
            return Event(*_VD, span, weight, generic=True)  # "a crowd targeted a hotel housing asylum seekers"
        if not (_armed(ctx, s0, s1, span) or ctx.flag(Cue.AVIATION)):
            return None
        if (sports or _disaster(ctx)) and not _armed(ctx, s0, s1, span, casualties=False):
            return None
        generic = True
        label = _attack_label(ctx, seg, span)
        if label in (_AC, _ATT):
            if ctx.flag(Cue.AVIATION):
                label = _AIR
            elif label == _AC and ctx.has(Cue.GOVERNMENT, a, span[0]):
                label = _SH  # "the army targeted regime positions": fire from a distance
    elif rule in (Rule.ATTACK, Rule.RAID):
        has_weapon = any(
            a <= u.start < b and any(t.rule is Rule.WEAPON for t in u.triggers) for u in ctx.units
        )
        armed = _armed(ctx, s0, s1, span) or (doc.armed and unit.phrase in _FIRE_HEARD)
        if not armed and _places_under_fire(ctx, doc, a, unit):
            return Event(*_SH, span, weight, generic=True)  # "A and B came under fire": they were shelled
        if not (armed or has_weapon or ctx.has(Cue.CIVILIAN, a, b) or ctx.has(Cue.CROWD, a, b)
                or unit.phrase.startswith("ambush")):  # "a convoy was ambushed": violent by itself
            return None
        if (sports or _disaster(ctx)) and not _armed(ctx, s0, s1, span, casualties=False):
            return None
        label = _attack_label(ctx, seg, span)
        generic = True
        if label in (_AC, _ATT) and _arrest_raid(ctx, seg, unit, has_weapon):
            label = _ARR  # "forces stormed the town and arrested eight": a raid to arrest
        elif label in (_AC, _ATT) and _looting_raid(ctx, seg, unit, has_weapon):
            label = _LOOT  # "gunmen stormed the camp and looted its market": a plunder
        elif label == _VD and not _protest_in_sentence(ctx) and _looting_raid(ctx, seg, unit, has_weapon):
            label = _LOOT  # "revellers stormed the palace and looted its furniture": a plunder, no protest
    elif rule is Rule.CASUALTY:
        hostile_fire = _hostile_fire(ctx, span, b)  # "killed by Israeli fire": no blaze
        if not (_armed(ctx, s0, s1, span, casualties=False) or _shot_civilians(ctx, doc, a, unit)
                or hostile_fire or _civilians_killed(ctx, doc, a, unit)) or _disaster(ctx) and not hostile_fire:
            return None
        if _names_victims(ctx, a, unit):
            return None
        if interception_debris(ctx, s0, s1):
            return None  # "fragments of an intercepted missile fell on a car, wounding a man"
        label = _casualty_label(ctx, seg, span)
        generic = weak = True
        if label == _ATT and ctx.has(Cue.CIVILIAN, span[1], min(b, span[1] + 45)):
            weak, weight = False, 0.8  # "soldiers killed 45 civilians": a one-sided attack
    elif rule is Rule.WEAPON:
        if weapon_downed(ctx, a, unit) or weapon_seized(ctx, unit, b, a) \
                or interception_debris(ctx, a, b) or failed_to_explode(ctx, a, b):
            return Event(*_DWU, span, 0.8)
        near = (max(a, span[0] - 80), min(b, span[1] + 80))
        if not (ctx.has(Cue.IMPACT, *near, skip=span) or any(
            near[0] <= u.start < near[1] and any(t.rule in (Rule.ATTACK, Rule.STRIKE) for t in u.triggers)
            for u in ctx.units
        )):
            return None
        if weapon_is_target(ctx, a, unit) or weapon_acquired(ctx, a, unit):
            return None  # "bought six armed drones": an arms deal, not a strike
        if _SUICIDE.search(ctx.norm_at(a, b)):
            label = _SB
    elif rule is Rule.STRIKE:
        near = ctx.norm_at(max(a, span[0] - 30), min(b, span[1] + 30))
        hit = "hit" in unit.phrase  # "terminals were hit, killing two dock workers": no labour strike
        if not hit and ctx.has(Cue.LABOUR, max(a, span[0] - 30), min(b, span[1] + 30)) and "air" not in near.split() \
                or unit.phrase.startswith("strike") and labour_strike(ctx, a, b, span):
            return Event(*_PP, span, 0.7)  # "workers went on strike", "began an indefinite strike"
        if _disaster(ctx, aftermath=not hit):  # "a depot was hit and caught fire"
            return None
        if hit and not _WEAPONLESS_HIT.match(ctx.text, span[1], min(b, span[1] + 30)):
            return None  # "was hit by a car", "was hit hard by the crisis": no strike told
        military = (
            _armed(ctx, s0, s1, span)
            or ctx.has(Cue.AVIATION, s0, s1)
            or ctx.has(Cue.DEMONYM, max(a, span[0] - 25), span[0])
            or ctx.has(Cue.ACTOR, max(a, span[0] - 25), span[0])
        )
        if not military and not ((doc.aviation or hit and doc.armed) and not sports):
            return None  # a hit needs only a story of armed violence: "Shelling went on. X was hit 14 times."
        if hit and not (ctx.has(Cue.AVIATION, s0, s1) or doc.aviation):
            label = _SH  # no aircraft in the story: the hits are shells
        generic = True
    elif rule is Rule.BOMBING:
        noun = unit.phrase in ("bomb", "bombs")
        bomb_went_off = noun and _BOMB_WENT_OFF.match(ctx.norm_at(span[1], min(b, span[1] + 40)))
        if not (_armed(ctx, s0, s1, span) or ctx.has(Cue.AVIATION, s0, s1) or bomb_went_off
                or ctx.has(Cue.CIVILIAN, s0, s1) or ctx.has(Cue.DEMONYM, s0, s1)):
            return None
        if noun and not ctx.has(Cue.IMPACT, a, b, skip=span):
            return None
        clause = ctx.norm_at(a, b)
        if _SUICIDE.search(clause):
            label = _SB
        elif ctx.has(Cue.AVIATION, s0, s1) or (doc.aviation and not noun):
            label = _AIR
        elif noun or _IED_CONTEXT.search(clause):
            label = _IED
        elif unit.phrase.startswith(("bombard", "pound")):
            label = _SH
    elif rule is Rule.EXPLOSION:
        if _disaster(ctx):
            return None
        if buildings_blown_up(ctx, unit, b) and not went_off(ctx, demolition_start(ctx, a, unit), b, span):
            return Event(*_LOOT, span, 0.75)  # "troops blew up a row of houses": a demolition
        if _SUICIDE.search(ctx.norm_at(a, b)):
            label = _SB
        else:
            for u in ctx.units:
                if a <= u.start < b and u is not unit:
                    for t in u.triggers:
                        if t.rule is Rule.WEAPON:
                            label = (t.event_type, t.sub_event_type)
    elif rule in _PROTEST_RULES:
        if unit.phrase.endswith(" march") and ctx.text[unit.end - 5] != "m":
            return None  # "since the March 2021 coup": the month
        if rule is Rule.PROTEST and punished(ctx.norm_at(max(a, span[0] - 40), span[0])):
            return None  # "executed a protester convicted of ...": a sentence, not a protest
        if rule is Rule.PROTEST and _diplomatic_protest(ctx, a, b, span):
            return None  # "summoned the envoy to protest", "a protest memorandum"
        if unit.phrase == "walked out" and _WALKED_OUT_OF.match(ctx.norm_at(span[1], min(b, span[1] + 40))):
            return None  # "the group walked out of the forests of X": left a place, no walkout
        if unit.phrase in _OUT_WORDS and not _FOR_A_CAUSE.match(ctx.norm_at(span[1], min(b, span[1] + 80))):
            return None  # "residents went out to inspect the damage"
        if rule is Rule.CROWD_EVENT and _OTHER_PURPOSE.match(ctx.norm_at(span[1], min(b, span[1] + 60))):
            return None  # "gathered in Khartoum to break the Ramadan fast"
        cause = rule is Rule.CROWD_EVENT and _PROTEST_CAUSE.match(ctx.norm_at(span[1], min(b, span[1] + 120)))
        if rule is Rule.CROWD_EVENT and (
                (_NOT_PROTESTERS.search(ctx.norm_at(max(a, span[0] - 40), span[0])) and not cause)
                or (unit.phrase.startswith("rall") and _campaign(ctx))):
            return None  # "mourners gathered at the memorial", "the coalition held its final campaign rally"
        if rule is Rule.CROWD_EVENT and not (
            cause
            or ctx.has(Cue.CROWD, a, b, skip=span)
            or _CROWD_BEFORE.search(ctx.norm_at(max(a, span[0] - 60), span[0]))
            or _CROWD_BEFORE.search(ctx.norm_at(max(a, _subject_end(ctx, seg, span[0]) - 60),
                                                _subject_end(ctx, seg, span[0])))
            or _STAGED.search(ctx.norm_at(max(a, span[0] - 40), min(b, span[1] + 25)))
            or _WENT_OFF.match(ctx.norm_at(span[1], min(b, span[1] + 70)))
        ):
            return None
        if unit.phrase.startswith("water cannon") and _AT_SEA.search(ctx.norm_at(a, b)):
            return None  # "a coast guard ship fired a water cannon at a fishing vessel": no crowd at sea
        if rule is Rule.INTERVENTION and (
            unit.phrase not in _ALWAYS_INTERVENTION and not (
                ctx.has(Cue.CROWD, a, b) or any(h.phrase in _POLICE_WORDS for h in ctx.hits(Cue.ARMED, a, b))
            )
            or sports and not any(t.rule is Rule.PROTEST for u in ctx.units for t in u.triggers)
        ):
            return None  # police dispersing football fans is no protest
        if rule is Rule.PROTEST and _sports_report(ctx) and not ctx.has(Cue.CROWD, a, b, skip=span):
            return None
        if unit.phrase.endswith("strike by") and ctx.has(Cue.AVIATION, span[1], min(b, span[1] + 30)):
            return None  # "a strike by an FPV drone": no walkout
        label = _protest_label(ctx, seg, span)
        if rule is Rule.INTERVENTION and label == _PP:
            label = _PI
    elif rule in (Rule.CAPTURE, Rule.RECAPTURE):
        if not _armed(ctx, s0, s1, span) and not ctx.has(Cue.NONSTATE, s0, s1) and not ctx.has(Cue.GOVERNMENT, s0, s1) \
                and not _settlement_taken(ctx, doc, a, b, span):
            return None
        if crowd_policed(ctx):  # "before security forces regained control" of the stormed palace
            return Event(*_PI, span, 0.7, generic=True)
        after = ctx.norm_at(span[1], min(b, span[1] + 40))
        if _ARMS_TAKEN.match(after):
            return Event(*_DWU, span, weight)  # "the army took over a tunnel complex and seized launchers"
        if _OFFICES_TAKEN.match(after):
            return Event(*_NVT, span, weight)  # "took over the mayor's office": an administration changes hands
        seized = rule is Rule.CAPTURE and unit.phrase in ("seized", "took") \
            and _PEOPLE_SEIZED.match(ctx.text, span[1], min(b, span[1] + 50))
        if seized and not _POLICE_SUBJECT.search(ctx.norm_at(max(a, span[0] - 40), span[0])):
            if _TAKEN_TOWARD.match(ctx.text, seized.end(), b):
                return None  # "took the women towards the forest of X": where they were taken
            return Event(*_ABD, span, weight)  # "gunmen seized 20 pupils from a school in X": an abduction
        if unit.phrase in _BARE_TAKING and not _took_place(ctx, span[1], b):
            return None  # "took part", "seized 40 kg of cocaine", "taken to hospital"
        if rule is Rule.RECAPTURE and unit.phrase.startswith("recaptur") and _ESCAPEES.search(
                ctx.norm_at(max(a, span[0] - 60), span[0])):
            return Event(*_ARR, span, weight)  # "13 of the escaped prisoners were recaptured in X"
        if rule is Rule.CAPTURE and _CAPTURED_PERSON.match(ctx.text, span[1], min(b, span[1] + 40)):
            return Event(*_ARR, span, weight)  # "police captured alias 'El Gordo'": a person, not a town
        if unit.phrase.endswith(_CONTROL_NOUN_ENDS) and _CONTROL_HELD.search(ctx.norm_at(max(a, span[0] - 30), span[0])):
            return None  # "the army retains its full control of X": a standing state, nothing taken
        if ctx.has(Cue.PEACEFUL, a, b):
            label = _NVT
        else:
            label = _agent_kind(ctx, seg, span, label)
    elif rule is Rule.SEIZURE:
        if not weapons_taken(ctx, unit, a, b) or _agent_kind(ctx, seg, span, _GRT) == _NSO:
            return None  # "seized 40 kg of cocaine"; "militants seized weapons from the post": a raid
    elif rule is Rule.ENTRY:
        window = (max(a, span[0] - 30), span[0])
        if not _armed(ctx, *window, span, casualties=False):
            if doc.displacing and unit.phrase.startswith("enter") and displaced_movement(ctx, doc, a, span, b, unit.phrase):
                return Event(*_DSP, span, 0.7)  # "some 60,000 Rohingya have entered X": people, not troops
            return None
        if _entered_to_kill(ctx, span, b):
            return None  # "gunmen entered X and shot three farmers": a raid on the people, told by its killing
        if crowd_policed(ctx):  # "police entered a building occupied by students"
            return Event(*_PI, span, 0.7, generic=True)
        label = _GRT if ctx.has(Cue.GOVERNMENT, *window) else _NSO
        if ctx.has(Cue.NONSTATE, *window):
            label = _NSO
        if ctx.has(Cue.PEACEFUL, a, b):
            label = _NVT  # "police entered the town without a shot being fired", as for a capture
    elif rule is Rule.DISPLACE:
        if unit.phrase == "uprooted" and _UPROOTED_PLANTS.match(ctx.norm_at(span[1], min(b, span[1] + 40))):
            return Event(*_LOOT, span, weight)  # "settlers uprooted 200 olive trees": property, not people
        if (fleeing_fighters(ctx, a, span) or not_displaced(ctx, a, span, b)) and not evacuates_people(ctx, unit, b):
            return None
        if unit.phrase in ("evacuees", "returnees") and _AIDED.search(ctx.norm_at(max(a, span[0] - 30), span[0])):
            return None  # "food baskets to returnees in X": aid where they now are, no flight told
        if unit.phrase.startswith(("refugee", "evacuee", "returnee")):
            weight = 0.6
    elif rule is Rule.MOVEMENT:
        if unit.phrase in ("left the", "left") and not (
                NAMED_PLACE.match(ctx.text, span[1], b) or _LEFT_PLACES.match(ctx.norm_at(span[1], min(b, span[1] + 40)))):
            return None  # "left the Nur Shams camp", "left Djibo", "left villages in X"; not "left three dead"
        if not displaced_movement(ctx, doc, a, span, b, unit.phrase):
            return None
    elif rule is Rule.BODIES:
        if not _bodies_found(ctx, doc, seg, span):
            return None
    elif rule is Rule.EXECUTION:
        if not extrajudicial(ctx, seg, span):
            return None
    elif rule is Rule.PROPERTY:
        if _TYRES.search(unit.phrase) or _burns_tyres(ctx, unit.start, unit.end):
            # "protesters burned tyres on the main road": a protest's road-blocking, nothing
            # destroyed; no crowd, no event ("the fire spread from burning tyres")
            if not (ctx.has(Cue.CROWD, a, b) or _crowd_agent(ctx, a, span)):
                return None
            return Event(*_protest_label(ctx, seg, span), span, weight)
        if ctx.has(Cue.CROWD, a, b):
            label = _VD
        else:
            label = _crowd_agent(ctx, a, span) or label
    elif rule is Rule.PAIRED:
        assert trig.partner is not None
        if unit.phrase == "handed over" and _handed_to_force(ctx, span[1], b):
            return Event(*_NVT, span, weight)  # "the MNDAA handed over Lashio to the military"
        partners = [
            h for h in ctx.hits(trig.partner, max(a, span[0] - _partner_reach(trig)), min(b, span[1] + 45))
            if h.end <= span[0] - 0 or (h.start >= span[1] and trig.partner is not Cue.TAKING)
        ]  # "hostages still held in Gaza" were not taken there: the taking comes first
        if not partners:
            return None
        partner = min(partners, key=lambda h: abs(h.start - span[0]))
        if trig.partner is Cue.AGREEMENT and _signed_earlier(ctx, unit, partner.end):
            return None  # "under the agreement signed in Damascus in March": a deal referred to
        span = (min(span[0], partner.start), max(span[1], partner.end))
        if trig.partner is Cue.OUT_OF:  # "government forces drove al-Shabaab out of X"
            if partner.start < unit.end or not _armed(ctx, s0, s1, (unit.start, unit.end)):
                return None
            label = _agent_kind(ctx, seg, (unit.start, unit.end), label)
    return Event(label[0], label[1], span, weight, generic, weak)


def evaluate(
    ctx: SentenceContext, doc: DocumentContext, segments: Sequence[Segment] | None = None,
    unreal: list[tuple[int, int]] | None = None,
) -> list[Event]:
    """All valid, real events of one sentence, in trigger order.

    Only triggers inside ``segments`` are read, when given (the tagger passes the
    segments that can reach a place mention). The spans of valid triggers that did
    not happen ("vowed to retake X") are appended to ``unreal``, when given: their
    clause is still a clause of its own.
    """
    events: list[Event] = []
    tolls: list[Event] = []
    for unit in ctx.units:
        seg = ctx.segment_of(unit.start)
        if segments is not None and seg not in segments:
            continue
        for trig in unit.triggers:
            event = _read(ctx, doc, unit, trig, seg)
            if event is None:
                continue
            if event.event_type == DISPLACEMENT != trig.event_type:  # "60,000 Rohingya have entered X"
                trig = dataclasses.replace(trig, event_type=DISPLACEMENT, sub_event_type=None)
            if not is_unreal(ctx, doc.date, unit, trig, seg):
                if trig.rule is Rule.CASUALTY:
                    tolls.append(event)
                events.append(event)
            elif unreal is not None:
                unreal.append(event.trigger)
    return _tolls_of_explosions(ctx, _drop_redundant(ctx, events), tolls)


# Casualties told with a weapon that is not explosive: "shot dead", "gang members fired
# on a passenger jet, wounding a flight attendant" is gunfire.
_GUNFIRE_TOLLS = frozenset(("shot",))
_GUNFIRE = re.compile(
    r"(?<!\S)(?:opened\s+fire|open\s+fire|opens\s+fire|fired\s+(?:on|at|upon)|shooting|shootings|gunfire|shot|"
    r"gunned|gunmen|gunman|snipers?|bullets?|firefight|shootout)(?!\S)"
)
_TOLL_TYPES = frozenset((BATTLES, VIOLENCE_AGAINST_CIVILIANS))


def _tolls_of_explosions(ctx: SentenceContext, events: list[Event], tolls: list[Event]) -> list[Event]:
    """Casualties in a clause that tells of an explosive attack are that attack's toll,
    and take its type: "a strike on a house in X killed a family of eight" is an air
    strike, not an attack on civilians; "three soldiers died when a roadside bomb
    went off" a remote explosive, not a clash."""
    if not tolls:
        return events
    out = list(events)
    for i, toll in enumerate(events):
        if not any(toll is t for t in tolls) or toll.event_type not in _TOLL_TYPES \
                or ctx.norm_at(*toll.trigger) in _GUNFIRE_TOLLS:
            continue
        seg = ctx.segment_of(toll.trigger[0])
        if _GUNFIRE.search(ctx.norm_at(seg[0], seg[1])):
            continue
        blasts = [e for e in events if e.event_type == EXPLOSIONS and seg[0] <= e.trigger[0] < seg[1]]
        if blasts:
            cause = min(blasts, key=lambda e: abs(e.trigger[0] - toll.trigger[0]))
            out[i] = dataclasses.replace(toll, event_type=cause.event_type, sub_event_type=cause.sub_event_type)
    return out


# "destroyed two sea drones in the Red Sea and struck radar sites": a strike of its own
_NEXT_VERB = re.compile(r"(?<!\S)and\s+(?:then\s+|later\s+|also\s+)?$")
_BANGS = frozenset(("explosion", "explosions", "blast", "blasts"))
_FOILED = re.compile(r"(?<!\S)(?:foiled|thwarted)(?!\S)")


# Generic triggers typed by their own word ("strikes", "bombed"), not by a weapon nearby.
_OWN_TYPE = frozenset((Rule.STRIKE, Rule.BOMBING, Rule.RAID))


def _coordinated_apart(ctx: SentenceContext, seg: Segment, one: Event, other: Event) -> bool:
    """Whether a coordinate clause with its own subject opens between two events of a
    segment: "aviation strikes hit A, and artillery shelling was conducted on B" tells
    two attacks, not one told twice."""
    lo, hi = sorted((one.trigger[0], other.trigger[0]))
    if not any(u.start == one.trigger[0] and any(t.rule in _OWN_TYPE for t in u.triggers) for u in ctx.units):
        return False  # "fired on a jet ..., and the plane diverted": typed by the weapon after
    if ", and " not in ctx.text[lo:hi] and ", but " not in ctx.text[lo:hi]:
        return False
    pieces = ctx.pieces(seg)
    return any(kind is Opening.COORDINATE and lo < p0 <= hi
               for (p0, _), kind in zip(pieces, clause_openings(ctx, pieces, []), strict=True))


def _drop_redundant(ctx: SentenceContext, events: list[Event]) -> list[Event]:
    """Drop bare strikes next to a specific explosion, weapons that were intercepted,
    explosions heard in a sentence that tells of an interception, and the aircraft
    or missiles that carried a chemical weapon."""
    if len(events) < 2:
        return events
    out = []
    for ev in events:
        seg = ctx.segment_of(ev.trigger[0])
        if ev.generic and ev.event_type == EXPLOSIONS and any(
            o is not ev and o.event_type == EXPLOSIONS and not o.generic
            and seg[0] <= o.trigger[0] < seg[1] and not _coordinated_apart(ctx, seg, ev, o)
            for o in events
        ):
            continue
        if ev.sub_event_type in (_AIR[1], _SH[1]) and any(
            o.sub_event_type == _CW[1] and seg[0] <= o.trigger[0] < seg[1] for o in events
        ):
            continue  # "a helicopter dropped a chlorine cylinder": a chemical attack
        if ev.event_type == EXPLOSIONS and any(
            o.sub_event_type == _DWU[1] and seg[0] <= o.trigger[0] < seg[1]
            and ((-60 <= ev.trigger[0] - o.trigger[1] <= 60 and not _NEXT_VERB.search(ctx.norm_at(o.trigger[1], ev.trigger[0])))
                 or (ev.trigger[0] < o.trigger[0] and _FOILED.search(ctx.norm_at(*o.trigger))))
            for o in events
        ):
            continue  # "air defence destroyed 12 drones"; "a drone attack on X was foiled"
        if ctx.norm_at(*ev.trigger) in _BANGS and any(o.sub_event_type == _DWU[1] for o in events):
            continue  # "the explosions heard over X were air defence destroying a missile"
        if ev.sub_event_type == _NVT[1] and ctx.norm_at(*ev.trigger).startswith(_WITHDRAWAL_WORDS) and any(
                o.sub_event_type in (_GRT[1], _NSO[1]) for o in events):
            continue  # "rebels withdrew from X, and the army took control of the town": it was retaken
        out.append(ev)
    return out

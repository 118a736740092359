"""Who an attack hit, and so what kind of attack it was.

A generic attack word ("attacked", "targeted", "raided") takes its type from the
weapons and the people around it (:func:`attack_label`): a riot when a crowd attacks,
the weapon named nearby, strikes from afar (:func:`remote_attack`: "the Russian army
attacked 38 settlements of the region"), an armed clash when armed men were hit
(:func:`armed_victim`: "a soldier was wounded by gunfire"; :func:`fired_back_at`:
"troops killed two gunmen who opened fire on them"), an attack on civilians when
civilians were (:func:`civilian_victim`: "a child was killed by a sniper's bullet";
:func:`civilian_target`: "gunmen attacked a village", but not "overrunning a military
camp", :func:`camp_word`, nor "fired on two buses carrying soldiers",
:func:`carries_fighters`), though a camp a state's forces raid is no civilian target
(:func:`forces_raid`: "Israeli forces raided the camp"). A raid may be an arrest
operation (:func:`arrest_raid`: "forces stormed the camp and arrested eight") or a
plunder (:func:`looting_raid`: "gunmen stormed the market and looted the shops"), and
places that "came under fire" in a war story were shelled (:func:`places_under_fire`:
"the A and B communities came under fire").

Examples
--------
>>> from geo.incidents.clauses import SentenceContext
>>> text = "Gunmen attacked a village near Bama, killing six farmers."
>>> ctx = SentenceContext(text, 0, len(text))
>>> attack_label(ctx, ctx.segments[0], (7, 15))
('Violence against civilians', 'Attack')
"""

from __future__ import annotations

import re

from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.events import DocumentContext
from geo.incidents.labels import AC, AIR, ATT, EF, PI, SH, VD
from geo.incidents.lexicon import DEMONYMS, Cue, Rule
from geo.incidents.matcher import CueHit, Unit
from geo.incidents.policing import CASUALTY_WORDS, POLICE_WORDS
from geo.incidents.protests import crowd_agent, state_fire_on_protest
from geo.incidents.taxonomy import BATTLES, EXPLOSIONS
from geo.incidents.violence import armed_in, former_fighter
from geo.incidents.weapons import weapon_is_target

__all__ = [
    "killed_by_armed_men",
    "passive_subject",
    "GUNFIRE",
    "armed_victim",
    "arrest_raid",
    "attack_label",
    "camp_word",
    "carries_fighters",
    "civilian_object",
    "civilian_target",
    "civilian_victim",
    "civilians_hit_after",
    "fired_back_at",
    "forces_raid",
    "irregulars_on_settlement",
    "looting_raid",
    "people_fired_on",
    "places_under_fire",
    "remote_attack",
    "unarmed_object",
]

# The agent of an attack, skipped to find its target: "attacks by armed groups on
# villages", "an attack attributed to the militia against a camp", "an incursion of the
# rebels in the village of X".
# The agent may be long, and its verb dated: "attacks carried out by groups of the remnants
# of the former regime on checkpoints", "the attack perpetrated on Friday by terrorists against a mosque".
_BY_PHRASE = re.compile(
    r"^\s+(?:by|of|attributed\s+to|blamed\s+on|claimed\s+by|"
    r"(?:carried\s+out|perpetrated|launched|committed)\s+(?:on\s+(?:\S+\s+){1,7}?|overnight\s+|yesterday\s+)?by)\s+"
    r"(?:the\s+)?(?:\S+\s+){0,8}?(?=(?:on|against|at|in|near|targeting)(?!\S)|$)"
)


_STATE_AGENTS = frozenset(("police", "security forces", "troops", "soldiers", "army", "national guard"))
# The state's forces as the object of the crowd's act: "threw stones at police and attacked ...".
_OBJECT_BEFORE = re.compile(r"(?<!\S)(?:at|on|against|with|toward|towards|into|to)\s+(?:the\s+|riot\s+)?$")


def _state_nearer(ctx: SentenceContext, crowd_end: int, verb: int) -> bool:
    """Whether the state's forces stand between a crowd word and the attack verb, as its
    subject: "three protesters were killed when police opened fire on the sit-in"."""
    return verb - crowd_end <= 80 and any(
        h.phrase in _STATE_AGENTS and not _OBJECT_BEFORE.search(ctx.norm_at(max(crowd_end, h.start - 20), h.start))
        for h in ctx.hits(Cue.GOVERNMENT, crowd_end, verb))


# The crowd as the passive subject of the attack word: "two marchers were shot dead when
# soldiers ...", "a protester wounded by gunfire", "demonstrators who were attacked".
_PASSIVE_BETWEEN = re.compile(
    r"^\s*(?:\S+\s+){0,4}?(?:(?:was|were|been|being|got)\s+(?:\S+ly\s+)?(?:\S+\s+by\s+)?"
    r"|(?:\S+ed|shot|hit|struck)\s+by\s+(?:a\s+|an\s+|the\s+)?)$"
)
# Harm done by firearms: a wound from gunfire at a protest the state polices is its force.
_FIREARM_HARM = re.compile(r"(?<!\S)(?:gunfire|gunshots?|bullets?|shot|shot\s+dead|live\s+\S+|fire)(?!\S)")


def crowd_undergoes(ctx: SentenceContext, crowd_end: int, span: tuple[int, int]) -> bool:
    """Whether the crowd word ending at ``crowd_end`` is the passive subject of the attack
    word at ``span``, its victim: "two marchers were shot dead when soldiers moved in"."""
    return span[0] - crowd_end <= 60 and _PASSIVE_BETWEEN.match(ctx.norm_at(crowd_end, span[0])) is not None


def _state_force_in(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether the state's forces are named in ``[a, b)``: police, troops, security forces."""
    return ctx.has(Cue.GOVERNMENT, a, b) or any(h.phrase in POLICE_WORDS for h in ctx.hits(Cue.ARMED, a, b))


# The agent of a passive toll, after it: "were shot dead on Tuesday by a gunman".
_AGENT_BY = re.compile(r"[^.;:]{0,40}?(?<!\S)by(?!\S)")
_KILLING_WORD = re.compile(r"^(?:killed|shot|shot\s+dead|gunned\s+down|murdered|executed|wounded|injured|stabbed|hacked\s+to\s+death)$")
# A passive verb in any tense right before a casualty word: "soldiers had been killed", "civilians have been wounded".
_PASSIVE_ANY = re.compile(r"(?<!\S)(?:were|was|(?:had|has|have)\s+been)\s+(?:\S+ly\s+)?$")


def passive_subject(ctx: SentenceContext, span: tuple[int, int]) -> list[tuple[CueHit, bool]]:
    """The nearest of the armed and civilian words before the passive casualty at ``span``
    (all those ending last), each with whether it is a civilian word: the subject of "nine
    soldiers had been killed", "a child was killed by a sniper's bullet". Empty unless a
    passive verb, in any tense, ends right before ``span``."""
    if not _PASSIVE_ANY.search(ctx.norm_at(max(ctx.start, span[0] - 20), span[0])):
        return []
    subject = (max(ctx.start, span[0] - 60), span[0])
    found = [(h, False) for h in ctx.hits(Cue.ARMED, *subject) if h.phrase not in CASUALTY_WORDS] \
        + [(h, True) for h in ctx.hits(Cue.CIVILIAN, *subject)]
    last = max((h.end for h, _ in found), default=0)
    return [(h, civilian) for h, civilian in found if h.end == last]


def killed_by_armed_men(ctx: SentenceContext, span: tuple[int, int], b: int) -> bool:
    """Whether the passive casualty at ``span`` names armed men as its agent, and no armed
    word as its nearest subject: "two council aides were shot dead by a gunman" (an attack
    on them; not "two soldiers were killed by militants", a clash)."""
    if not _KILLING_WORD.match(ctx.norm_at(*span)):
        return False
    subject = passive_subject(ctx, span)
    if not subject or not all(civilian for _, civilian in subject):
        return False  # "a column was ambushed by our forces": no civilians named
    m = _AGENT_BY.match(ctx.text, span[1], min(b, span[1] + 50))
    return m is not None and armed_in(ctx, m.end(), min(b, m.end() + 40), span, casualties=False)


# The target of an attack noun right after it: "attacks on villages", "an attack against
# a displacement camp" (not "attacks on army positions").
_TARGET_AFTER = re.compile(r"\s+(?:on|against)\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,1}?\S+")


def civilian_object_first(ctx: SentenceContext, span: tuple[int, int], b: int) -> bool:
    """Whether the attack at ``span`` is followed by its civilian target, before any agent:
    "attacks on villages by non-state armed groups" (an attack on civilians)."""
    m = _TARGET_AFTER.match(ctx.text, span[1], b)
    if m is None:
        return False
    return civilian_target(ctx, span[1], m.end()) and not armed_in(ctx, span[1], m.end(), span, casualties=False) \
        and not carries_fighters(ctx, m.end(), b)  # not "fired on a bus carrying soldiers"


def _others_on_crowd(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether armed men who are not the state's forces attack the crowd after the verb at
    ``span``: "gangs armed with machetes attacked residents and protesters", "masked men
    attacked journalists and protesters"; not "police attacked the protesters"."""
    armed = [h for h in ctx.hits(Cue.ARMED, a, span[0]) if h.phrase not in CASUALTY_WORDS]
    return bool(armed) and not ctx.has(Cue.GOVERNMENT, a, span[0]) and not any(
        h.phrase in POLICE_WORDS or h.phrase in _STATE_AGENTS for h in armed)


def attack_label(ctx: SentenceContext, seg: Segment, span: tuple[int, int]) -> tuple[str, str]:
    """Type of a generic attack from the weapons and the people around it."""
    a, b, _ = seg
    rioters = crowd_agent(ctx, a, span)
    if rioters:
        return rioters
    weapons = [
        (abs(u.start - span[0]), (t.event_type, t.sub_event_type))
        for u in ctx.units if a <= u.start < b and any(t.rule is Rule.WEAPON for t in u.triggers)
        and not weapon_is_target(ctx, a, u)
        and not _JOINED_APART.search(ctx.text, *sorted((span[1], u.start)))
        and not _own_clause(ctx, seg, span, u.start)
        for t in u.triggers if t.rule is Rule.WEAPON
    ]
    if weapons:  # "attacks on the power grid with missiles and drones"
        return min(weapons)[1]  # type: ignore[return-value]
    remote = remote_attack(ctx, a, b, span) or strike_restated(ctx, a, span) or shrapnel_told(ctx)
    if remote:
        return remote
    crowd = ctx.hits(Cue.CROWD, a, b)
    if crowd:
        before = [h for h in crowd if h.end <= span[0]]
        undergone = bool(before) and crowd_undergoes(ctx, before[-1].end, span)
        if before and not undergone and not _state_nearer(ctx, before[-1].end, span[0]):
            return VD  # the crowd attacks
        if (not before or undergone) and _others_on_crowd(ctx, a, span):
            return ATT  # "gangs armed with machetes attacked residents and protesters"
        if undergone and _FIREARM_HARM.search(ctx.norm_at(*span)) and _state_force_in(ctx, a, b):
            return EF  # "a protester was wounded by gunfire as troops dispersed the march"
        return EF if ctx.has(Cue.LETHAL, a, b) else PI
    if ctx.has(Cue.LETHAL, a, b) and state_fire_on_protest(ctx, a, span):
        return EF  # "troops opened fire on opposition supporters, killing four, as protests spread"
    if killed_by_armed_men(ctx, span, b):
        return ATT  # "two aides of the mayor were shot dead by a gunman": the armed men killed
    if armed_victim(ctx, span) or fired_back_at(ctx, span):
        return AC
    if civilian_victim(ctx, a, span):
        return ATT
    if unarmed_object(ctx, span, b) or civilians_killed_there(ctx, span):
        return ATT
    if civilian_object_first(ctx, span, b):
        return ATT  # "attacks on villages by armed groups": the target before the agent
    start = span[1]
    by = _BY_PHRASE.match(ctx.norm_at(start, min(b, start + 100)))
    if by:  # "attacks by armed groups on villages": skip the agent
        start += by.end()
    if armed_in(ctx, start, min(b, start + 60), span, casualties=False):
        return AC
    camps = not forces_raid(ctx, span)
    if civilian_target(ctx, a, b, camps=camps) or former_fighter(ctx, start, min(b, start + 60)):
        return ATT
    if irregulars_on_settlement(ctx, a, span, start, b) or people_fired_on(ctx, start, b):
        return ATT
    if civilians_hit_after(ctx, span):
        return ATT  # "the attack on the commune of X, in which 18 people, including three children, were killed"
    return AC


# A toll told after the attack, later in its sentence, as a passive: "the attack on a
# convoy near X, in which five aid workers were killed", "a car was hit by gunfire near Y;
# a paramedic was wounded".
_LATER_TOLL = re.compile(
    r"(?<!\S)(?:was|were|been)\s+(?:\S+ly\s+)?(?:killed|wounded|injured|hurt|shot\s+dead|beaten|abducted)(?!\S)"
)

# A report or a place of its own sets a later toll apart from the attack.
_REPORTED = re.compile(r"(?<!\S)(?:said|says|say|reported|reports|according)(?!\S)")
_ELSEWHERE = re.compile(r"\s+(?:\S+\s+){0,2}?(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]")


def civilians_hit_after(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the first passive toll told after the attack at ``span`` in its sentence
    names civilians and no armed men as its subject: "the attack against the community
    of X, in which a teacher was killed" (not "..., in which two soldiers were killed").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "The attack on the convoy near Kuma, in which two drivers were killed, was condemned."
    >>> civilians_hit_after(SentenceContext(text, 0, len(text)), (4, 10))
    True
    """
    lo = span[1]
    toll = _LATER_TOLL.search(ctx.norm_at(lo, min(ctx.end, lo + 220)))
    if toll is None:
        return False
    if _REPORTED.search(ctx.norm_at(lo, lo + toll.start())) or _ELSEWHERE.match(ctx.text, lo + toll.end()):
        return False  # "raided A; the ministry said a boy was shot dead in B": another event, told apart
    subject = (max(lo, lo + toll.start() - 70), lo + toll.start())
    if any(h.phrase not in CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, *subject)):
        return False
    return ctx.has(Cue.CIVILIAN, *subject)


# Irregular armed men, whose attacks on a settlement fall on its people: "gunmen",
# "armed individuals", "gang members", "settlers", "bandits" (not rebels, insurgents or an army).
_IRREGULARS = re.compile(
    r"(?<!\S)(?:gangs?|gang\s+members|gangsters|gunm[ae]n|bandits|settlers?|colonists?|assailants|"
    r"armed\s+(?:men|individuals|subjects|elements|persons|people|civilians|groups?)|"
    r"individuals\s+armed|militiam[ae]n)(?!\S)"
)
# A settlement named as the object of the attack, though a date may come first: "attacked on
# Saturday the locality of X", "attacked the hillside community of Y".
_SETTLEMENT_OBJECT = re.compile(
    r"^\s+(?:[^\s,;]+\s+){0,8}?(?:the\s+)?(?:[^\s,;]+\s+)?"
    r"(?:community|communities|locality|localities|commune|communes|neighbou?rhoods?|towns?|hamlets?|settlements?)"
    r"\s+of(?!\S)"
)
# Settlers attack whoever they find: "settlers attacked farmers picking olives".
# (the singular as a modifier: "settler attacks on olive harvesters")
_SETTLERS = re.compile(r"(?<!\S)(?:settlers?|colonists?)(?!\S)")


def irregulars_on_settlement(ctx: SentenceContext, a: int, span: tuple[int, int], start: int, b: int) -> bool:
    """Whether irregular armed men (gunmen, gangs, settlers) attacked a settlement, or
    settlers attacked anyone unarmed: "armed individuals attacked on Saturday the
    locality of X, killing four", "an attack of gunmen against the community of Y"."""
    agent = ctx.norm_at(max(a, span[0] - 80), span[0]) + " " + ctx.norm_at(span[1], start)
    if not _IRREGULARS.search(agent):
        return False
    if ctx.has(Cue.GOVERNMENT, start, ctx.end):
        return False  # "gang members stormed the town, overwhelming police": a fight with the state's men
    if _SETTLERS.search(agent):
        return True
    return _SETTLEMENT_OBJECT.match(ctx.norm_at(start, min(b, start + 90))) is not None


# A people fired on: "forces opened fire on Palestinians approaching the fence".
_PEOPLE_ON = re.compile(r"^\s+(?:on|at|upon)\s+(?:a\s+group\s+of\s+|groups\s+of\s+)?([a-z]+)s(?!\S)(?!\s+(?:forces|troops|soldiers|fighters))")


def people_fired_on(ctx: SentenceContext, start: int, b: int) -> bool:
    """Whether fire was opened on a people named by its demonym in the plural, no force of
    theirs: "troops opened fire on Palestinians near the fence" (civilians)."""
    m = _PEOPLE_ON.match(ctx.norm_at(start, min(b, start + 60)))
    return m is not None and m.group(1) in DEMONYMS


# A coordinate clause of another day between the attack and a weapon tells another event:
# "convoys were ambushed near A, and on Sunday an escort hit a mine near B" (the ambush is no
# mine; not "stormed the town, and a drone bombed a group in it").
_JOINED_APART = re.compile(
    r"(?:[,;]\s+(?:and|while|but|whereas)|;)\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"a\s+day\s+(?:later|earlier)|the\s+(?:next|following|previous)\s+day|separately|earlier|later)(?!\S)",
    re.IGNORECASE,
)


# A weapon that is the subject of its own verb: "a grenade was thrown", "a roadside bomb exploded",
# "junta aircraft bombed B".
_WEAPON_VERB = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:was|were|had|has|exploded|went|detonated|hit|struck|landed|fell|killed|wounded|injured|"
    r"bombed|shelled|pounded|targeted|attacked|fired|dropped|launched)(?!\S)")


# The attack word as a noun, after its determiner: "of the attack", "an assault".
_NOUN_BEFORE = re.compile(r"(?<!\S)(?:the|a|an|this|that|its|their)\s+$")
# A coordinate clause opened after a comma: "..., and fighters attacked" (not "rifles and
# grenades in a raid").
_COMMA_BEFORE = re.compile(r"[,;]\s*$")


def _own_clause(ctx: SentenceContext, seg: Segment, span: tuple[int, int], pos: int) -> bool:
    """Whether the weapon at ``pos`` lies in a coordinate clause of its own: after the attack
    word, "militants attacked a police post in A, and a grenade was thrown at a shop in B" (the
    grenade is the second event's, not the first attack's weapon); before it, "a convoy was
    hit by a roadside bomb near A, and fighters attacked a base in B" (the attack opens a
    clause with its own subject)."""
    if pos < span[0]:
        if _NOUN_BEFORE.search(ctx.norm_at(max(seg[0], span[0] - 12), span[0])):
            return False  # "police arrested a facilitator of the attack": the bombing told before
        return any(pos < p <= span[0] and _COMMA_BEFORE.search(ctx.text, seg[0], p) and ctx.starts_coordinate(p, seg[1])
                   for p, _ in ctx.pieces(seg))
    if pos <= span[1] or not _WEAPON_VERB.match(ctx.norm_at(pos, min(seg[1], pos + 60))):
        return False  # "attacked A, B and the city of C with artillery": the attack's own weapon
    return any(span[1] <= p <= pos and ctx.starts_coordinate(p, seg[1]) for p, _ in ctx.pieces(seg))


def forces_raid(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the trigger is a raid or incursion by a state's forces: "Israeli forces
    raided the camp" is an operation against the armed men there, the camp no civilian
    target; so are "ground incursions in X camp", troops moving in."""
    agent = (max(ctx.start, span[0] - 80), span[0])
    word = ctx.norm_at(*span)
    if word.startswith("incursion") and _GROUND_BEFORE.search(ctx.norm_at(max(ctx.start, span[0] - 10), span[0])):
        return True  # "intense airstrikes and ground incursions in Jabalia camp": troops moving in
    return word.startswith(("raid", "incursion")) and _STATE_FORCE.search(ctx.norm_at(*agent)) is not None \
        and not ctx.has(Cue.NONSTATE, *agent)


_GROUND_BEFORE = re.compile(r"(?<!\S)ground\s+$")


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


def remote_attack(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> tuple[str, str] | None:
    """Type of an attack carried out from afar: by strikes named as its subject ("the
    strikes targeted positions of the militia"), with aviation ("the enemy attacked
    the village with aviation"), or by a state's forces on settlements they count ("the
    Russian army attacked 38 settlements of the region": they were shelled)."""
    if _STRIKES_BEFORE.search(ctx.norm_at(max(a, span[0] - 30), span[0])):
        return SH if "shelling" in ctx.norm_at(max(a, span[0] - 30), span[0]) else AIR
    after = ctx.norm_at(span[1], min(b, span[1] + 50))
    weapon = _AVIATION_WITH.match(after)
    if weapon:
        return AIR if weapon.group("air") else SH
    agent = (max(a, span[0] - 50), span[0])
    if _COUNTED_SETTLEMENTS.match(after) and _STATE_FORCE.search(ctx.norm_at(*agent)) \
            and not ctx.has(Cue.NONSTATE, *agent):
        return AIR if ctx.has(Cue.AVIATION, a, b) else SH
    return None


# A strike noun: "a combined strike on X killed 31 people, the deadliest attack on the capital".
_STRIKE_NOUNS = frozenset(("strike", "strikes"))
_ATTACK_NOUNS = frozenset(("attack", "attacks"))


def strike_restated(ctx: SentenceContext, a: int, span: tuple[int, int]) -> tuple[str, str] | None:
    """Air strike label when the attack word only names again a strike told before it in
    its clause: "a combined strike on X killed 31 people, including five children, the
    deadliest attack on the capital this year" (not a labour strike)."""
    if ctx.norm_at(*span) not in _ATTACK_NOUNS or ctx.has(Cue.LABOUR, ctx.start, ctx.end):
        return None  # "the strike came a day after gunmen shot dead a driver": a walkout
    told = any(a <= u.start < span[0] and u.phrase in _STRIKE_NOUNS
               and any(t.rule is Rule.STRIKE for t in u.triggers)
               and not _SEQUENCE.search(ctx.norm_at(u.end, span[0])) for u in ctx.units)
    return AIR if told else None


# An attack told as another event before or after the strike: "the strikes followed an
# attack on an army post", "strikes came after an attack on".
_SEQUENCE = re.compile(r"(?<!\S)(?:followed|following|follow|after|before|since|preceded|retaliation|response|revenge)(?!\S)")


# Wounds only a blast leaves: "in A a man received shrapnel wounds", "fragmentation injuries".
_SHRAPNEL = re.compile(
    r"(?<!\S)(?:shrapnel(?:\s+(?:wounds?|injur(?:y|ies)))?|(?:splinter|fragmentation)\s+(?:wounds?|injur(?:y|ies)))(?!\S)"
)


def shrapnel_told(ctx: SentenceContext, a: int | None = None, b: int | None = None) -> tuple[str, str] | None:
    """Type of an attack whose sentence (or ``[a, b)``) tells shrapnel wounds and no gunfire:
    explosive, from the air when aircraft or drones are named, else shelling ("the city of A
    and the villages of B and C were attacked: in B a man received shrapnel wounds"); the
    attackers came from afar (not "gunmen opened fire ..., wounding two with shrapnel")."""
    told = ctx.norm_at(ctx.start if a is None else a, ctx.end if b is None else b)
    if not _SHRAPNEL.search(told) or GUNFIRE.search(told):
        return None
    return AIR if ctx.has(Cue.AVIATION, ctx.start, ctx.end) else SH


# "attacked with aviation the village", "attacked with drones", "attacked with artillery" (no
# weapon noun of its own)
_AVIATION_WITH = re.compile(
    r"^\s+(?:\S+\s+)?with\s+(?:the\s+)?(?:(?:heavy|fpv|attack|kamikaze|guided)\s+)?"
    r"(?:(?P<air>aviation|aircraft|warplanes|helicopters|jets|planes|drones|uavs)|artillery|mortars|rockets|missiles)(?!\S)"
)
# Gunfire told: the attackers may have come on foot, the casualties were shot ("shot dead",
# "gang members fired on a passenger jet, wounding a flight attendant"); arms carried are no
# shots ("a wave of bomb and rifle attacks").
GUNFIRE = re.compile(
    r"(?<!\S)(?:opened\s+fire|open\s+fire|opens\s+fire|fired\s+(?:on|at|upon)|shooting|shootings|gunfire|shot|"
    r"gunned|gunmen|gunman|snipers?|bullets?|firefight|shootout)(?!\S)"
)


_CAMPS = frozenset(("camp", "camps"))


def civilian_target(ctx: SentenceContext, a: int, b: int, camps: bool = True) -> bool:
    """Whether a civilian word lies in ``[a, b)`` that is no armed place: "a military
    camp", "an army camp" are the forces' own ("fighters stormed the town, overrunning
    a military camp": a clash), and so is any camp forces raid (``camps`` false); a
    vehicle carrying fighters is theirs ("fired on two buses carrying soldiers")."""
    armed_ends = {h.end for h in ctx.hits(Cue.ARMED, a, b)}
    return any(
        (not camp_word(ctx, h) or camps and h.start - 1 not in armed_ends)
        and not carries_fighters(ctx, h.end, b)
        and not (h.phrase in _SETTLEMENT_WORDS and _LOCATIVE.search(ctx.norm_at(max(a, h.start - 20), h.start)))
        for h in ctx.hits(Cue.CIVILIAN, a, b)
    )


# A village named as where it happened is no target: "opened fire on a patrol near the
# village of X" (not "attacked the village", "attacks on villages").
_SETTLEMENT_WORDS = frozenset(("village",))
_LOCATIVE = re.compile(r"(?<!\S)(?:near|outside|around|close\s+to)\s+(?:the\s+)?$")


def camp_word(ctx: SentenceContext, h: CueHit) -> bool:
    """Whether a civilian hit names a camp: "camp", or "refugee" in "refugee camp"."""
    if h.phrase in _CAMPS:
        return True
    return h.phrase in _REFUGEES and _CAMP_AFTER.match(ctx.norm_at(h.end, h.end + 7)) is not None


_REFUGEES = frozenset(("refugee", "refugees", "displaced"))
_CAMP_AFTER = re.compile(r"^\s+camps?(?!\S)")
_CARRYING = re.compile(r"^\s+(?:carrying|transporting|ferrying)\s")


def carries_fighters(ctx: SentenceContext, end: int, b: int) -> bool:
    """Whether the word ending at ``end`` is a vehicle carrying armed men: "a bus carrying
    members of the militia"."""
    return _CARRYING.match(ctx.norm_at(end, min(b, end + 15))) is not None and armed_in(
        ctx, end, min(b, end + 80), (0, 0), casualties=False)


# An armed victim told before the attack that hit them: "a soldier was wounded by gunfire",
# "peacekeepers were killed when their car came under fire".
_PASSIVE_TOLL = re.compile(
    r"(?<!\S)(?:was|were|been)\s+(?:\S+ly\s+)?(?:killed|wounded|injured|hurt|hit)\s+(?:by|when|in|after|as)(?!\S)"
)
# A pronoun target standing for armed men named before: "gunmen who opened fire on them".
_ON_THEM = re.compile(r"^\s+(?:on|at|upon)\s+(?:them|him|us)(?!\S)")


def armed_victim(ctx: SentenceContext, span: tuple[int, int]) -> bool:
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
        [(h.end, True) for h in ctx.hits(Cue.ARMED, *subject) if h.phrase not in CASUALTY_WORDS]
        + [(h.end, False) for h in ctx.hits(Cue.CIVILIAN, *subject)], default=(0, False))
    return last[1]  # the nearest before the verb: "14 Palestinians were arrested, and a soldier was wounded"


def fired_back_at(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the attack's target is a pronoun for armed men named before it in the
    sentence, with no civilian named there: "troops killed two gunmen who opened fire
    on them"."""
    if not _ON_THEM.match(ctx.norm_at(span[1], min(ctx.end, span[1] + 12))):
        return False
    return armed_in(ctx, ctx.start, span[0], span, casualties=False) and not ctx.has(Cue.CIVILIAN, ctx.start, span[0])


# Places that "came under fire" in a war story were shelled, whoever fired: "Nikopol itself,
# as well as the A and B communities came under fire" (not "the minister came under fire").
_PLACES_UNDER_FIRE = re.compile(
    r"(?:[A-Z][\w'’-]*|communities|settlements|villages|towns|districts|neighbourhoods|neighborhoods|"
    r"suburbs|outskirts|hromadas|city|town|village|settlement|district|community)"
    r"\s+(?:itself\s+|themselves\s+)?(?:also\s+|again\s+)?$"
)


def places_under_fire(ctx: SentenceContext, doc: DocumentContext, a: int, unit: Unit) -> bool:
    """Whether ``unit`` ("came under fire") tells, in a story of armed conflict, of
    places whose names (or a settlement noun) stand right before it as its subject."""
    if not (doc.armed and "under" in unit.phrase and unit.phrase.endswith("fire")):
        return False
    return _PLACES_UNDER_FIRE.search(ctx.text, max(a, unit.start - 40), unit.start) is not None


_BY_AGENT = re.compile(r"^\s+by\s")


def civilian_victim(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether a civilian was the one killed or shot by someone: "a child was killed by
    a sniper's bullet", "a 17-year-old was shot dead by an officer" (one-sided,
    whoever fired)."""
    return _BY_AGENT.match(ctx.norm_at(span[1], span[1] + 5)) is not None and ctx.has(
        Cue.CIVILIAN, max(a, span[0] - 40), span[0])


# Entries in force that end in arrests rather than bloodshed: "stormed the camp and
# arrested eight", "raided homes and detained 12".
_SWOOPS = frozenset(("stormed", "storming", "raid", "raids", "raided", "raiding", "incursion", "incursions"))


def arrest_raid(ctx: SentenceContext, seg: Segment, unit: Unit, has_weapon: bool) -> bool:
    """Whether a storming or raid is an arrest operation: an arrest word in its
    clause, and no weapon, death or wound there."""
    a, b, _ = seg
    if unit.phrase not in _SWOOPS or has_weapon:
        return False
    if not ctx.has(Cue.ARREST, a, b):
        b = _arrests_after(ctx, unit, b)
        if b is None:
            return False
    return not ctx.has(Cue.LETHAL, a, b) and not any(
        h.phrase in CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, a, b)
    )


# The clause a storming's own arrests are told in, joined to it: "stormed the camp, and they
# arrested four", "stormed several towns and launched an arrest campaign".
_JOINED_ARRESTS = re.compile(r"^[^.;:!?\n]{0,120}$")
_ARREST_REACH = 160  # characters after the storming in which its arrests are told


def _arrests_after(ctx: SentenceContext, unit: Unit, b: int) -> int | None:
    """The end of the sentence whose joined clause after a storming's own tells its arrests
    ("forces stormed the camp, and they arrested 4 young men"; a death anywhere after it
    still makes the raid violent), or None when no arrest follows before a full stop or
    semicolon."""
    end = min(ctx.end, unit.end + _ARREST_REACH)
    hits = ctx.hits(Cue.ARREST, b, end)
    if not hits or _JOINED_ARRESTS.match(ctx.text[unit.end : hits[0].start]) is None:
        return None
    return ctx.end


# A storming that ends in plunder: "gunmen stormed the market and looted the shops".
# Goods carried off are plunder too: "stormed the office of an NGO and seized computers and vehicles".
_PILLAGE = r"loot(?:ed|ing)|ransack(?:ed|ing)|plunder(?:ed|ing)|pillag(?:ed|ing)|stole"
_PLUNDER = re.compile(
    rf"(?<!\S)(?:{_PILLAGE}|"
    r"(?:seiz(?:ed|ing)|confiscat(?:ed|ing)|took|taking|carried\s+off|made\s+off\s+with)\s+(?:their\s+|the\s+|its\s+)?"
    r"(?:\S+\s+)?(?:computers|laptops|documents|files|archives|equipment|phones|cash|money|vehicles|cars|goods|"
    r"property|belongings|furniture|livestock|cattle|leaflets|servers|hard\s+drives))(?!\S)"
)
# Only pillage is plunder when the law raids: "police stormed the party's offices and seized
# computers" is a search, "police stormed the market and looted shops" a plunder.
_PILLAGED = re.compile(rf"(?<!\S)(?:{_PILLAGE})(?!\S)")


def looting_raid(ctx: SentenceContext, seg: Segment, unit: Unit, has_weapon: bool, goods: bool = True) -> bool:
    """Whether a storming or raid is a looting: a plunder word after it in its clause,
    and no weapon, death or wound there; with ``goods`` false, goods seized are no
    plunder (a law enforcement search).

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Militiamen stormed the market and looted dozens of shops."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> unit = next(u for u in ctx.units if u.phrase == "stormed")
    >>> looting_raid(ctx, (0, len(text), False), unit, False)
    True
    """
    a, b, _ = seg
    found = _PLUNDER if goods else _PILLAGED
    plunder = found.search(ctx.norm_at(unit.end, b)) if unit.phrase in _SWOOPS and not has_weapon else None
    if plunder is None:
        return False
    taken = (unit.end + plunder.start(), unit.end + plunder.end())  # "seized computers": no capture of ground
    if any(u is not unit and a <= u.start < b and not taken[0] <= u.start < taken[1]
           and any(t.event_type in (BATTLES, EXPLOSIONS) for t in u.triggers) for u in ctx.units):
        return False  # "raided the town, clashing with soldiers and looting shops": a fight too
    return not ctx.has(Cue.LETHAL, a, b) and not any(
        h.phrase in CASUALTY_WORDS for h in ctx.hits(Cue.ARMED, a, b)
    )


# Verbs that kill the person they take as object: "gunmen shot dead a businessman".
_KILLING_VERBS = frozenset(("shot dead", "gunned down", "killed", "murdered", "shot", "executed", "assassinated"))
# The object of such a verb, counted or with an article, up to where the clause goes on:
# "shot dead a businessman on 14 August", "killed two men at a checkpoint in X".
_OBJECT_AFTER = re.compile(
    r"^\s+(?:(?:at\s+least|about|some|around|nearly)\s+)?(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|\d+)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+?(?=\s+(?:on|in|at|near|outside|inside|from|who|while|as|and|"
    r"with|after|during|when|before|late|early|last|this|overnight|yesterday)(?!\S)|\s*[,.;:(]|\s*$)",
    re.IGNORECASE,
)
# Ranks and roles of armed men the armed-word list does not hold: "shot dead a commander".
_ARMED_ROLES = re.compile(
    r"(?<!\S)(?:commanders?|officers?|leaders?|members?|guards?|chiefs?|agents?|recruits?|conscripts?|"
    r"servicem[ae]n|personnel|cadres?|operatives?|combatants?|elements?|them|him)(?!\S)"
)


# Where an attack's killing goes on: "attacked X, where they killed", "attacked X, killing".
_KILLING_GOES_ON = re.compile(r"^[^;:]{0,120}?(?:\bwhere\s+(?:they|the\s+\w+)\s+|,\s+)$")


def civilians_killed_there(ctx: SentenceContext, span: tuple[int, int]) -> bool:
    """Whether the attack at ``span`` goes on, in the same sentence, to kill civilians
    named as such: "insurgents attacked the village of X, where they killed four
    civilians", "raided X, where the gunmen shot dead two fishermen" (not "where they shot
    dead two soldiers").

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "Militants attacked the island of Kuma, where they killed two fishermen."
    >>> civilians_killed_there(SentenceContext(text, 0, len(text)), (10, 18))
    True
    """
    for u in ctx.units:
        if u.start < span[1] or u.start > span[1] + 160 or u.phrase not in _KILLING_VERBS:
            continue
        if not _KILLING_GOES_ON.match(ctx.norm_at(span[1], u.start)):
            continue
        if civilian_object(ctx, (u.start, u.end), ctx.end):
            return True
    return False


def civilian_object(ctx: SentenceContext, span: tuple[int, int], b: int) -> bool:
    """Whether the killing verb at ``span`` takes as its object people named as civilians:
    "the OLA killed eight civilians in X", "killed two fishermen" (whoever the killers
    are, the sentence needs no armed word to tell armed violence).

    Examples
    --------
    >>> from geo.incidents.clauses import SentenceContext
    >>> text = "The ABC killed eight civilians in Kuma."
    >>> civilian_object(SentenceContext(text, 0, len(text)), (8, 14), len(text))
    True
    """
    obj = _killed_object(ctx, span, b)
    return obj is not None and any(h.phrase not in _ANYONE for h in ctx.hits(Cue.CIVILIAN, *obj)) \
        and _unarmed(ctx, span, obj)


# Civilian words that name anyone: "killed two people", "killed three men" tell no civilians.
_ANYONE = frozenset(("people", "persons", "man", "men", "boy", "boys"))


def unarmed_object(ctx: SentenceContext, span: tuple[int, int], b: int) -> bool:
    """Whether a killing verb at ``span`` takes as its object people who are not armed: "unidentified
    gunmen shot dead a businessman", "gunmen killed two men at a checkpoint in X" are attacks on
    civilians; not "shot dead two soldiers", "killed a militia commander" (a fight's toll)."""
    obj = _killed_object(ctx, span, b)
    return obj is not None and _unarmed(ctx, span, obj)


def _killed_object(ctx: SentenceContext, span: tuple[int, int], b: int) -> tuple[int, int] | None:
    """Where the object of the killing verb at ``span`` lies, up to ``b``: "two men" in
    "gunmen killed two men at a checkpoint"."""
    m = _OBJECT_AFTER.match(ctx.text[span[1]:min(b, span[1] + 60)])
    return None if m is None else (span[1], span[1] + m.end())


def _unarmed(ctx: SentenceContext, span: tuple[int, int], obj: tuple[int, int]) -> bool:
    """Whether the killing verb at ``span`` is one that kills its object ``obj`` and that
    object names no armed man: "shot dead a businessman" (not "killed a militia commander")."""
    if ctx.norm_at(*span) not in _KILLING_VERBS:
        return False
    if _ARMED_ROLES.search(ctx.norm_at(*obj)) or ctx.has(Cue.NONSTATE, *obj) or ctx.has(Cue.GOVERNMENT, *obj):
        return False
    return not any(obj[0] <= h.start and h.end <= obj[1] for h in ctx.by_cue.get(Cue.ARMED, ()))

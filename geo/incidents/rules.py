"""Turn the triggers of one sentence into typed events.

Each trigger reading (:class:`~geo.incidents.lexicon.Trigger`) is checked against
its context: ambiguous words need armed context ("clashes" in a football report is
not a battle), weapons need an impact word, "attacked" is a clash, an attack on
civilians or force against protesters depending on who is around, and so on.
Valid events are then dropped when :func:`~geo.incidents.modality.is_unreal` says
they did not happen (negated, intended, hypothetical, or background).

:mod:`~geo.incidents.events` defines what comes out (:class:`Event`) and the
document-wide facts the rules use (:class:`DocumentContext`), and
:mod:`~geo.incidents.labels` the sub-event labels they give. The rules ask
:mod:`~geo.incidents.violence` whether a sentence tells of armed violence at all;
:mod:`~geo.incidents.protests` what kind of protest it was, and when a crowd is none;
:mod:`~geo.incidents.attacks` whom an attack hit; :mod:`~geo.incidents.victims` who
was killed, and by whom; :mod:`~geo.incidents.territory` who takes, hands over or
leaves a place; :mod:`~geo.incidents.displacement` whether people are displaced; and
:mod:`~geo.incidents.judicial` whether a killing or a protester's fate is a court's
punishment.

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

from geo.incidents.attacks import (
    GUNFIRE,
    arrest_raid,
    civilian_object,
    attack_label,
    looting_raid,
    places_under_fire,
)
from geo.incidents.clauses import Segment, SentenceContext
from geo.incidents.displacement import (
    NAMED_PLACE,
    displaced_movement,
    evacuates_people,
    fleeing_fighters,
    made_to,
    not_displaced,
    protest_journey,
    standing_population,
)
from geo.incidents.embedding import subject_relatives
from geo.incidents.events import DocumentContext, Event
from geo.incidents.judicial import extrajudicial, punished
from geo.incidents.labels import (
    ABD,
    AC,
    AGR,
    AIR,
    ARR,
    ATT,
    CHG,
    CW,
    DSP,
    DWU,
    EF,
    GRT,
    HQ,
    IED,
    LOOT,
    MOB,
    NSO,
    NVT,
    OTH,
    PI,
    PP,
    SB,
    SH,
    VD,
)
from geo.incidents.lexicon import ORDERED_AWAY, Cue, Rule, Trigger, expand
from geo.incidents.matcher import Unit
from geo.incidents.modality import is_unreal, ordered_away
from geo.incidents.policing import POLICE_WORDS, crowd_policed
from geo.incidents.protests import (
    burns_more,
    burns_tyres,
    campaign,
    crowd_agent,
    crowd_holds,
    civilians_hunt,
    crowd_subject,
    diplomatic_protest,
    police_clash_label,
    protest_in_sentence,
    protest_label,
    police_force_in_protest_story,
    police_stoned,
    protesting,
    sports_report,
    state_force_in_protest_story,
    victims_gathered,
)
from geo.incidents.scope import Opening, clause_openings
from geo.incidents.streets import (
    civilian_blockade,
    crude_weapons,
    during_rally,
    labour_strike,
    story_blockade,
)
from geo.incidents.taxonomy import (
    BATTLES,
    DISPLACEMENT,
    EXPLOSIONS,
    PROTESTS,
    VIOLENCE_AGAINST_CIVILIANS,
)
from geo.incidents.territory import (
    agent_kind,
    claimed_place,
    entered_after_withdrawal,
    entered_to_kill,
    followed_withdrawal,
    no_fight_told,
    fighters_neutralised,
    force_withdraws,
    former_members,
    handed_back,
    handed_to_force,
    left_base,
    loose_confrontation,
    settlement_taken,
    signed_earlier,
    site_handed_to_force,
    took_place,
    unopposed_entry,
    vigilantes_in_fight,
)
from geo.incidents.victims import (
    bodies_found,
    by_hostile_fire,
    casualty_label,
    civilians_killed,
    names_victims,
    shot_civilians,
)
from geo.incidents.violence import armed_besides_police, armed_in, disaster
from geo.incidents.weapons import (
    LEFTOVER,
    attempt_stopped,
    attempted_strike,
    remote_attempt,
    blasts_of_demolition,
    buildings_blown_up,
    convoy_stopped,
    demolition_start,
    failed_to_explode,
    interception_debris,
    nothing_armed_stopped,
    weapon_acquired,
    weapon_carried,
    weapon_carries,
    weapon_downed,
    weapon_is_target,
    weapon_seized,
    weapons_taken,
    went_off,
)

__all__ = ["DocumentContext", "Event", "evaluate"]


_CROWD_BEFORE = re.compile(
    r"(?<!\S)(?:hundreds|thousands|millions|dozens|crowds?|people|residents|supporters|women|students|activists|"
    r"workers|farmers|mourners|protesters|demonstrators|opponents|youths|villagers|citizens|voters|"
    r"members|persons|individuals|miners|teachers|traders|truckers|drivers|nurses|doctors|pensioners|"
    r"employees|fishermen)\s+(?:\S+\s+){0,6}$"
)
# A crowd word opening the trigger itself: "crowds filled", "protesters packed".
_CROWD_OPENERS = ("crowds ", "protesters ", "demonstrators ", "marchers ")
_STAGED = re.compile(r"(?<!\S)(?:held|staged|organi[sz]ed|took\s+place|took\s+part\s+in|called)(?!\S)")
# What a gathering was for tells that it was a protest: "retirees gathered in front of
# the governorate to demand higher pensions", "rallied ..., calling for independence".
_PROTEST_CAUSE = re.compile(
    r"^\s+(?:\S+\s+){0,14}?(?:demanding|to\s+demand|calling\s+for|to\s+call\s+for|in\s+protest|to\s+protest|"
    r"protesting|to\s+denounce|denouncing|to\s+condemn|condemning|chanting|(?:chanted|shouted)\s+slogans|"
    r"slogans\s+(?:against|demanding|calling)|in\s+(?:support\s+of|solidarity\s+with)|"
    # a plea to those in power: "gathered near the governorate to ask the authorities to help"
    r"to\s+(?:ask|urge|press|petition|implore)\s+(?:the\s+)?(?:\S+\s+)?(?:authorities|government|governor|president|"
    r"officials|ministry|army|military|police|state))(?!\S)"
)
# A crowd noun that itself demanded something: "a gathering called for an end to the killing",
# "the rally demanded the minister's resignation".
_CROWD_DEMANDED = re.compile(r"^\s+(?:\S+\s+)?(?:called\s+for|demanded|denounced|condemned|rejected|protested)(?!\S)")
# Crowds "went out" or "came out" for a cause: "the crowds went out in solidarity with Gaza".
# "walked out of" a place, not of talks: "walked out of the forests of X to surrender".
_WALKED_OUT_OF = re.compile(
    r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?!(?:\S+\s+)?(?:talks|meeting|meetings|session|sessions|parliament|"
    r"assembly|negotiations|summit|conference|hearing|class|classes|lessons|work|job|jobs|factory|factories|"
    r"chamber|debate|court|council|cabinet|government|coalition)(?!\S))"
)
# "blocked the": a road named or qualified before its road word ("blocked the Pan-American
# highway", "blocked the national road"); not "blocked the release of funds".
_BLOCKED_THE = frozenset(("blocked the", "blocking the"))
# A camp outside a seat of power or of the press is a sit-in: "hundreds have camped
# outside the press club in X", "families camping outside parliament"; not "camped
# outside the town" nor "outside the UN base".
_CAMPED_OUTSIDE = ("camped outside", "camping outside")
_SEAT_AFTER = re.compile(
    r"^\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?(?:press\s+club|parliament|ministry|governorate|embassy|offices?|"
    r"headquarters|palace|court|courthouse|city\s+hall|town\s+hall|assembly|secretariat|residence|"
    r"government\s+building|municipal\s+building|congress|senate|legislature|prefecture)(?!\S)"
)
# A crowd's celebration is a demonstration only when it celebrates a political turn:
# "crowds celebrated the deal in A", "thousands celebrating the fall of the regime"; not
# a festival, a wedding or a team's win.
_POLITICAL_TURN = re.compile(
    r"^\s+(?:the\s+|a\s+)?(?:(?:new|peace|ceasefire|truce|political)\s+)?(?:fall|downfall|ouster|overthrow|departure|"
    r"resignation|deal|agreement|accord|ceasefire|truce|release|liberation|recapture|independence|end\s+of\s+the|"
    # a country leaving a bloc or foreign troops leaving: "to celebrate the exit from the bloc"
    r"exit|withdrawal|pullout)(?!\S)"
)
# A gathering to celebrate a political turn is a demonstration, not a festivity: "thousands
# gathered at the monument to celebrate the exit from the bloc" (not "to celebrate Eid").
_CELEBRATED = re.compile(r"(?<!\S)celebrat\w*(?=\s)")
# A property deed told as a noun, with no doer before it: "the burning of houses in X".
_DEED_NOUNS = ("burning of ", "torching of ", "burnings", "torchings")
# Also other ways through a town: "blocked the three bridges across the river", "blocked the X junction".
# A building a crowd occupies: "students occupied the rectorate building", "workers occupied
# the factory", "teachers occupied the ministry offices".
_BUILDING_AFTER = re.compile(
    r"^\s+(?:the|a|an|their|its)\s+(?:\S+\s+){0,3}?(?:building|buildings|rectorate|faculty|university|campus|"
    r"school|factory|plant|mine|ministry|offices?|headquarters|town\s+hall|city\s+hall|parliament|premises|"
    r"square|road|roads|highway)(?!\S)"
)
_NAMED_ROAD_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,3}?(?:highway|highways|road|roads|motorway|expressway|bridge|bridges|junction|junctions|"
    r"crossroads|intersection|intersections|boulevard|avenue|roundabout)(?!\S)"
)
# A rally told as an event at a named place or with a named side: "at the rally in Kyiv",
# "in Misrata a rally backed Dbeibah" (not "a rally in oil prices", nor a market's rally).
_RALLY_NOUNS = frozenset(("rally", "rallies"))
_MARKETS = re.compile(r"(?<!\S)(?:stocks?|shares|markets?|prices|currency|bonds?|index|investors|oil|gold|dollar)(?!\S)")
_RALLY_DETERMINER = re.compile(r"(?<!\S)(?:a|the|at\s+the|at\s+a)\s+(?:(?:large|big|huge|mass|separate|rival|similar)\s+)?$")
_RALLY_AFTER = re.compile(r"\s+(?:(?:in|at|outside)\s+(?:the\s+)?[A-Z]|(?:backed|supported|denounced|condemned|rejected)\s+(?:the\s+)?[A-Z])")
# A rally told by how it went on, so it was held: "the rally went on for the seventh
# night", "the rally was cut short after a loud noise", "the rallies continued into the night".
_RALLY_WENT_ON = re.compile(
    r"\s+(?:went\s+on|carried\s+on|continued|lasted|dragged\s+on|entered\s+its|(?:was|were)\s+cut\s+short|"
    r"(?:was|were)\s+still\s+going)(?!\S)"
)


def _rally_noun(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether "rally" at ``span`` is a rally held at a named place or for a named side:
    "at the rally in Kyiv", "a rally backed Dbeibah"."""
    if ctx.norm_at(*span) not in _RALLY_NOUNS or _MARKETS.search(ctx.norm_at(ctx.start, ctx.end)):
        return False  # "stocks fell after a rally in Frankfurt": a market's rally
    return bool(_RALLY_DETERMINER.search(ctx.norm_at(max(a, span[0] - 20), span[0]))
                and (_RALLY_AFTER.match(ctx.text, span[1], b) or _RALLY_WENT_ON.match(ctx.text, span[1], b)))


# A slogan told after a long list of squares: "came out in A Square and in the squares of
# B, C and D, under the slogan ...". The only "under the slogan" test: it is OR'ed with the
# shorter cause windows (_FOR_A_CAUSE, _PROTEST_CAUSE).
_UNDER_SLOGAN = re.compile(r"^\s+(?:\S+\s+){0,30}?(?:under\s+the\s+slogans?|raising\s+slogans|chanting\s+slogans)(?!\S)")
# Plural crowd nouns in a story that tells protests are more of them: "daily rallies continued
# on X avenue", "gatherings were also held in A and B".
_STORY_CROWD_NOUNS = frozenset(("rallies", "gatherings"))
# Crowds banned, called off or only compared are none held: "authorities banned all gatherings
# in X", "organisers cancelled rallies", "comparing the rallies to the 2014 protests in Y".
_CROWDS_NOT_HELD = re.compile(
    r"(?<!\S)(?:bann?(?:ed|ing|s)?|cancel\w*|prohibit\w*|forb[ia]d\w*|outlaw\w*|called\s+off|postpon\w*|"
    r"compar\w*)\s+(?:\S+\s+){0,2}$"
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
    r"^\s+(?:\S+\s+){0,12}?(?:passed\s+off|passed|went\s+ahead|ended|continued|proceeded|remained|were|was)\s+"
    r"(?:\S+\s+){0,2}?(?:peaceful(?:ly)?|without\s+(?:incident|incidents|violence|clashes))(?!\S)"
    r"|^\s+peacefully(?!\S)"
)
_PROTESTERS_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,4}?(?:protesters|demonstrators|rioters|marchers|protest\s+leaders)(?!\S)"
)
# Those arrested while protesting, told by what they were doing or where they were taken
# from: "police detained 11 women outside the ministry who were demanding the release of
# their sons", "detained 20 women from a protest camp in X": an intervention in a protest.
_PROTESTING_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,8}?(?:(?:who|that)\s+(?:were|was|had\s+been)\s+(?:demanding|protesting|rallying|"
    r"demonstrating|picketing|chanting|staging\s+a\s+(?:protest|sit\s+in|rally))|"
    # those taken while showing their demands: "detained a group of teachers who carried placards"
    r"(?:who|that)\s+(?:carried|held|raised|waved|were\s+carrying|were\s+holding|were\s+waving)\s+"
    r"(?:\S+\s+){0,2}?(?:placards|banners|signs|posters)|"
    r"(?:from|at|during)\s+(?:a|an|the|their)\s+(?:\S+\s+)?(?:protest\s+camp|sit\s+in|rally|demonstration|"
    r"protest|picket|vigil))(?!\S)"
)
_ARRESTED_WORDS = frozenset(("arrested", "detained", "apprehended"))
# A curfew already in place, kept, extended or ended, is no new measure: "a curfew had been
# lifted in X", "the curfew remains in force in Y", "authorities eased the night curfew".
_CURFEW_KEPT_AFTER = re.compile(
    r"^\s+(?:\S+\s+){0,4}?(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:\S+ly\s+)?"
    r"(?:lifted|eased|relaxed|extended|maintained)|remains?|remained|is\s+still|still)(?!\S)"
)
_CURFEW_KEPT_BEFORE = re.compile(
    r"(?<!\S)(?:lifted|lifting|lifts|eased|easing|eases|relaxed|relaxing|extended|extending|extends|maintained|"
    r"ended|ending)\s+(?:(?:the|a|an|its|their)\s+)?(?:\S+\s+){0,3}?$"
)


def curfew_kept(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the curfew at ``span`` was already in place: kept, extended, eased or lifted
    ("the curfew remains in force in X", "authorities lifted the curfew in Y")."""
    return _CURFEW_KEPT_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 40))) is not None \
        or _CURFEW_KEPT_BEFORE.search(ctx.norm_at(max(a, span[0] - 40), span[0])) is not None
# A blockade or siege already in place is no new measure: "the blockade of A and B
# persists", "the blockade has left A without food", "A has been under blockade for two
# years", "B remains under siege" (not "the group imposed a blockade on C"; a blockade that
# "continues" is labelled as the day's news as often as not, and is left to it).
_BLOCKADE_KEPT_AFTER = re.compile(
    r"^\s+(?:(?!(?:but|which|who|while|when|after|as)\s)\S+\s+){0,8}?"
    r"(?:persists?|persisted|(?:has|had)\s+left)(?!\S)"
)
_BLOCKADE_KEPT_BEFORE = re.compile(
    r"(?<!\S)(?:(?:has|have|had)\s+been|remains?|remained|still)\s+(?:\S+ly\s+)?(?:under\s+(?:a\s+|the\s+)?)?$"
)


def blockade_kept(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the blockade or siege at ``span`` was already in place ("the blockade of
    X persists", "X has been under blockade for two years")."""
    return _BLOCKADE_KEPT_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 70))) is not None \
        or _BLOCKADE_KEPT_BEFORE.search(ctx.norm_at(max(a, span[0] - 40), span[0])) is not None


# A bare passive of burning needs a thing burnt told before it in the clause: "the
# secretariat in X was also burnt", "shops in the bazaar were burned" (not "bodies were burned").
_PASSIVE_AUX = ("was ", "were ", "had been ", "has been ", "have been ")
_BURNT_THING = re.compile(
    r"(?<!\S)(?:secretariat|office|offices|station|post|hall|palace|market|markets|bazaar|church|churches|mosque|"
    r"mosques|school|schools|warehouse|warehouses|house|houses|homes|huts|shops|stores|vehicles?|cars?|buses|bus|"
    r"trucks?|lorry|lorries|tankers?|buildings?|headquarters|clinic|hospital|centre|center|depot|crops|fields|"
    r"granary|granaries|villages?|property|properties|residence|bridge)\s+(?:(?!(?:and|but|who|which|after|when)\s)\S+\s+){0,6}?$"
)
# Who is sent is no armed force: "the mission deployed 52 observers to A", "mobile clinics have
# been deployed in B", "partners deployed protection teams to C".
_UNARMED_SENT = (
    r"(?:observers|monitors|clinics|doctors|nurses|medics|health\s+workers|aid\s+workers|volunteers|"
    r"(?:protection|medical|health|humanitarian|rescue|assessment|relief|vaccination)\s+teams)"
)
_UNARMED_AFTER = re.compile(rf"^\s+(?:\S+\s+){{0,3}}?{_UNARMED_SENT}(?!\S)")
_UNARMED_BEFORE = re.compile(
    rf"(?<!\S){_UNARMED_SENT}\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|also)\s+)+$"
)
# A force that is already there, not sent: "the Burundian army, which is deployed alongside
# Congolese forces in A", "where Rwandan troops are deployed", "the deployment remains
# concentrated around B".
_STANDING_BEFORE = re.compile(r"(?<!\S)(?:is|are|remains?|stays?)\s+(?:still\s+|already\s+|now\s+|currently\s+)?$")
_STANDING_AFTER = re.compile(r"^\s+(?:remains?|stays?|is\s+still|has\s+been\s+in\s+place)(?!\S)")


# Forces sent or added somewhere: no event at the place (LABELLING: deployments are None).
_SENT_WORDS = ("deploy", "redeploy", "reinforcements")


# What is set up is no force but a headquarters or arms: "deployed a new headquarters of drone
# units in X", "the missile system has been deployed in Y" (a change, unlike troops sent).
_MATERIEL = (r"(?:headquarters|command\s+post|missiles?|missile\s+systems?|systems?|launchers?|warheads?|"
             r"batteries|battery|radars?|weapons)")
_MATERIEL_AFTER = re.compile(rf"^\s+(?:\S+\s+){{0,3}}?{_MATERIEL}(?!\S)")
_MATERIEL_BEFORE = re.compile(rf"(?<!\S){_MATERIEL}\s+(?:\S+\s+){{0,4}}?$")


def materiel_deployed(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the deployment word at ``span`` sets up a headquarters or arms, not a force:
    "deployed a new headquarters in X", "the missile system was deployed in Y"."""
    return (_MATERIEL_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 40))) is not None
            or _MATERIEL_BEFORE.search(ctx.norm_at(max(a, span[0] - 50), span[0])) is not None)


def deployment_no_change(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the deployment word at ``span`` sends no armed force, or tells of one already
    in place: no change to a group's activity ("observers were deployed to A", "where
    troops are deployed")."""
    after = ctx.norm_at(span[1], min(b, span[1] + 50))
    before = ctx.norm_at(max(a, span[0] - 50), span[0])
    return (_UNARMED_AFTER.match(after) is not None or _UNARMED_BEFORE.search(before) is not None
            or _STANDING_BEFORE.search(before) is not None or _STANDING_AFTER.match(after) is not None)


# People already arrested, named by the participle before their noun, moved on to where they
# are held: "the arrested suspects were shifted to a police station in X", "the apprehended
# persons were taken to a court in Y" (the place is where they were taken, not an arrest).
_ARRESTED_NOUN_BEFORE = re.compile(r"(?<!\S)(?:the|these|those|all|both)\s+(?:\S+\s+)?$")
_TAKEN_ON_AFTER = re.compile(
    r"^\s+(?:\S+\s+){1,3}?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|will\s+be)\s+)"
    r"(?:later\s+|then\s+|subsequently\s+)?"
    r"(?:taken|shifted|transferred|moved|brought|sent|handed\s+over|remanded|presented|produced|flown|driven)"
    r"\s+(?:\S+\s+){0,2}?(?:to|before)(?!\S)"
)
_OTHER_PURPOSE = re.compile(
    r"^\s+(?:\S+\s+){0,8}?(?:to|for)\s+(?:the\s+|a\s+)?(?:celebrat\w*|pray\w*|mourn|watch|welcome|greet|break|"
    r"attend|receive|collect|buy|vote|wait|listen|hear|see|cheer|dance|worship|shop|queue|eat|get|"
    r"remember|commemorate|honou?r|pay\s+tribute|pay\s+(?:their\s+)?respects|lay\s+flowers|light\s+candles|"
    r"iftar|prayers?|funeral|concert|festival|celebrations?|match|game|wedding|ceremony|mass|"
    r"service|food|aid|water|distribution)(?!\S)"
)
# Tyres burned, in the burning word itself ("burning tyres"): a protest's road-blocking,
# no property destroyed (:func:`~geo.incidents.protests.burns_tyres` reads the words after).
_TYRES = re.compile(r"(?<!\S)(?:tyres|tires)(?!\S)")
# The thing a bare "burned" destroyed, a few words on: "burned about 200 houses", "burnt a
# storage hut", "burned two vote-counting machines"; not "burned to death", "burned bodies".
_BARE_BURNT = frozenset(("burned", "burnt"))
_BURNT_OBJECT = re.compile(
    r"^\s+(?:down\s+)?(?:(?!(?:and|or|but|in|at|to|with|by|after|before|when|while)\s)\S+\s+){0,3}?"
    r"(?:houses?|homes?|huts?|shops?|stores?|stalls?|kiosks?|markets?|vehicles?|cars?|buses|trucks?|lorries|"
    r"tankers?|motorbikes?|motorcycles?|buildings?|schools?|churches|church|mosques?|clinics?|offices?|stations?|booths?|"
    r"warehouses?|granar(?:y|ies)|barns?|crops|fields|farms?|villages?|propert(?:y|ies)|machines|ballot\s+boxes|"
    r"ballots|boats?|canoes?|bridges?|tents|shelters?|dwellings?|residences?|compounds?|trees|groves?|orchards?|"
    r"checkpoints?|posts?)(?!\S)"
)
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
# A bomb noun that names what bombs are made with or in, not a bomb: "arrested a suspect
# with bomb-making materials", "raided a bomb factory".
_BOMB_MAKING = re.compile(
    r"^\s*(?:making|maker|makers|factory|factories|workshops?|labs?|laboratory|laboratories|components|"
    r"materials?|kits?|equipment|precursors?|manuals?)(?!\S)"
)
_POLICE_WORDS = POLICE_WORDS
# "liberated" before an area noun names who holds the area, no taking: "a hospital in the
# liberated area of X", "shelling of the liberated areas of north-western Y".
_HELD_AREA = re.compile(r"^\s+(?:areas?|zones?|territor(?:y|ies)|parts?|lands|regions?)\s+(?:of|in|around)(?!\S)")
_AREA_ARTICLE = re.compile(r"(?<!\S)(?:the|its|their|in|of|on)\s+$")
# Whom a capture takes when it is an arrest: "captured alias 'El Gordo'", "captured a gang leader"
_CAPTURED_PERSON = re.compile(
    # the noun's person too: "after the capture of an alleged leader of the gang in X"
    r"\s+(?:of\s+)?(?:(?:a|an|the|two|three|four|five|\d+)\s+)?(?:(?:alleged|suspected|presumed|wanted|senior|top|"
    r"notorious|prominent|key)\s+)?(?:alias|[\"“'‘]|suspects?|leaders?|commanders?|"
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
    r"aid\s+workers|teachers|fishermen|herders|drivers|truck\s+drivers|workers|miners|traders|residents|civilians)\b",
    re.IGNORECASE,
)
# A push for ground is fought against troops, whoever lives there: "tried to advance",
# "tried to widen their foothold".
_GROUND_PUSH = re.compile(r"(?<!\S)(?:advance|foothold|bridgehead)(?!\S)")
# People led away, told by the people after ("took away about 40 young men", "taken away
# as porters") or before a passive ("two teachers were taken away"): an abduction; not
# "took away their phones", "the bodies were taken away".
_AWAY_PEOPLE = (
    r"(?:(?:at\s+least|more\s+than|some|about|around|nearly)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of|several|many)\s+)?(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:men|women|boys|girls|children|youths|people|villagers|civilians|residents|pupils|students|farmers|"
    r"workers|staff|teachers|passengers|fishermen|migrants)"
)
_TAKEN_AWAY_AFTER = re.compile(
    r"\s+(?:" + _AWAY_PEOPLE + r"\b|as\s+(?:porters|human\s+shields|hostages|captives|slaves|forced\s+labou?r))",
    re.IGNORECASE,
)
_TAKEN_AWAY_BEFORE = re.compile(
    r"\b" + _AWAY_PEOPLE + r"\s+(?:[^\s.;:]+\s+){0,10}?(?:were|was|been|being)\s+$", re.IGNORECASE)
# ... carried off somewhere: the place after is where they were taken, no site of the seizure
_TAKEN_TOWARD = re.compile(r"\s+(?:to|toward|towards|into|in\s+the\s+direction\s+of)\b", re.IGNORECASE)
_POLICE_SUBJECT = re.compile(r"(?<!\S)(?:police|policemen|officers|troops|soldiers|army|authorities|agents)(?!\S)")
# Crowds that gather for something else than a protest
_NOT_PROTESTERS = re.compile(
    r"(?<!\S)(?:mourners|worshippers|pilgrims|fans|spectators|voters|tourists|shoppers|faithful|congregation|"
    r"guests)\s+(?:\S+\s+){0,3}$"
)
# "launched five raids on": counted raids launched are air raids (Arabic "ghārāt", translated)
_COUNTED_RAIDS = re.compile(
    r"(?<!\S)(?:launched|carried\s+out|conducted|waged)\s+(?:(?:\S*\d\S*|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|a\s+series\s+of|dozens\s+of|a\s+number\s+of|new)\s+)+(?:\S+\s+)?$"
)
# Raids of a criminal investigation: led by prosecutors, or against a criminal organisation
# ("the Attorney General's Office carried out 46 raids in the provinces of X and Y against a
# criminal organisation"): searches for arrests, no air raids (with no deaths told).
_JUSTICE_RAID = re.compile(
    r"(?<!\S)(?:attorney\s+general|prosecutors?|prosecutor\s+s\s+office|public\s+prosecution|"
    r"investigators|against\s+(?:an?\s+|the\s+)?(?:alleged\s+|suspected\s+)?(?:criminal|drug|trafficking|"
    r"smuggling|extortion)\s+(?:\S+\s+)?(?:organi[sz]ation|network|ring|gang|group|cell))(?!\S)"
)
# Law enforcement as the one who raids: "state security operatives raided the offices of a
# party in X", "police raided homes in Y", "immigration agents carried out raids in Z". Such a
# raid is a search to arrest or seize, not an air raid nor an attack (unless people are killed).
_LAW_AGENT = re.compile(
    r"(?<!\S)(?:police|policemen|gendarmes|gendarmerie|detectives|investigators|prosecutors|"
    r"(?:security|intelligence|immigration|customs|narcotics|anti\s+narcotics)\s+(?:\S+\s+)?"
    r"(?:operatives|agents|officers|services|personnel|officials))(?!\S)"
)
# A crime named as what the raided are accused of, not done there: "against a criminal
# organisation dedicated to extortion and contract killing", "suspected of kidnappings".
_CHARGED_WITH = re.compile(
    r"(?<!\S)(?:dedicated\s+to|accused\s+of|suspected\s+of|charged\s+with|involved\s+in|"
    r"responsible\s+for|wanted\s+for|linked\s+to)\s+(?:[^\s.;]+\s+){0,6}$"
)


def _law_raid(ctx: SentenceContext, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the raid at ``span`` is a law enforcement raid with no one killed in its
    segment ``[a, b)``: "security operatives raided the offices of a party in X and seized
    leaflets" (a killing the raided are accused of does not count)."""
    if _LAW_AGENT.search(ctx.norm_at(a, span[0])) is None:
        return False
    return not any(_CHARGED_WITH.search(ctx.norm_at(max(a, h.start - 70), h.start)) is None
                   for h in ctx.hits(Cue.LETHAL, a, b))


# Men on the ground who raid, in an article that mentions aircraft elsewhere: "bandits
# abducted 40 people in a night raid on villages", "fighters raided the town" (not air raids);
# the state's security men too: "security operatives raided the offices of a party in X".
_GROUND_ACTOR = re.compile(
    r"(?<!\S)(?:troops|soldiers|army|forces|fighters|militants|gunmen|bandits|police|policemen|rebels|"
    r"operatives|agents|officers|gendarmes|gendarmerie|detectives|investigators|"
    r"militia|militias|militiamen|insurgents|jihadists|commandos|gangs?|gangsters|attackers|assailants)(?!\S)"
)
_AT_SEA = re.compile(r"(?<!\S)(?:coast\s+guard|vessels?|ships?|boats?|shoal|reef|trawlers?|navy|naval)(?!\S)")
_ALWAYS_INTERVENTION = frozenset(
    ["tear gas", "teargas", "water cannon", "water cannons", "rubber bullet", "rubber bullets",
     "stun grenade", "stun grenades", "pepper spray", "plastic bullets", "flash bang",
     "flashbang", "flash bangs", "flashbangs", "shock bomb", "shock bombs", "sound bomb", "sound bombs",
     "noise bomb", "noise bombs"]
)

# A criminal group broken up is an arrest operation, not a crowd dispersed: "police broke up
# a kidnapping ring in X", "dismantled/broke up an arms-smuggling network", "a terrorist cell".
_CRIMINAL_GROUP = re.compile(
    r"\s+(?:an?|the|one|two|three|several|\d+|its|their)?\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:ring|rings|cell|cells|gang|gangs|network|networks|syndicate|syndicates|racket|rackets|cartel|cartels)\b"
)



# A bare order to go, only people's flight when an order names them (see
# :func:`~geo.incidents.modality.ordered_away`): "ordered residents of A to leave".
_BARE_AWAY = frozenset(phrase for pattern in ORDERED_AWAY for phrase in expand(pattern))
# Plants after "uprooted": trees destroyed, not people driven out ("uprooted 150 olive trees").
_UPROOTED_PLANTS = re.compile(r" (?:(?:about |some |more than |over |)(?:\d+|dozens of|hundreds of|scores of) |the |their |)"
                              r"(?:olive |fruit |almond |citrus |)(?:trees|saplings|seedlings|vines|orchards|crops)\b")
# Plants before a passive "uprooted": "some 200 olive trees were uprooted east of X".
_PLANTS_UPROOTED = re.compile(
    r"(?<!\S)(?:trees|saplings|seedlings|vines|orchards|crops)\s+(?:were|was|had\s+been|have\s+been)\s+$"
)
# An armed group laying down its arms: "200 Maoist cadres laid down 153 weapons".
_LAYING_DOWN = ("surrender", "mass surrender", "decommission", "disarmament", "laid down", "lay down", "laying down",
                "lays down", "burned", "burnt", "burning", "handed", "handing", "hands", "hand ")
# A ceremony makes giving up weapons a group's disarmament, whoever the group: "the front
# handed over 900 weapons in a decommissioning ceremony in X"; so does a batch of them.
_CEREMONY = re.compile(r"(?<!\S)(?:ceremony|ceremonies|batch|batches|tranche|consignment)(?!\S)")
# Surrendering to an army makes the ones who surrender an armed group: "47 terrorists
# surrendered to troops at X", "followers of the group surrendered to the Army in Y",
# "five members surrendered with their rifles to the army"; not "the suspect surrendered to police".
_TO_TROOPS = re.compile(
    r"^\s+(?:\S+\s+){0,4}?to\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:troops|army|military|soldiers|armed\s+forces|"
    r"government\s+forces|security\s+forces|defen[cs]e\s+forces)(?!\S)"
)
# An armed force's withdrawal hands a place over when the place follows "from" or "out of":
# "withdrew on Saturday from their positions around X"; not "withdrew from the talks".
_WITHDRAWAL_WORDS = ("withdr", "pull", "had withdrawn", "has withdrawn", "have withdrawn", "complet", "finished")
_ARMS_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:arms|weapons|guns|rifles|firearms)(?!\S)")
# "agreed on Wednesday to withdraw their forces", "have agreed to pull out their troops"
_AGREED_BEFORE = re.compile(r"(?<!\S)agreed\s+(?:\S+\s+){0,3}?$")
_PROTEST_RULES = (Rule.PROTEST, Rule.CROWD_EVENT, Rule.INTERVENTION)
# A pronoun subject right before the deed: "while in B they torched a house".
_THEY_BEFORE = re.compile(r"(?<!\S)they\s+(?:also\s+|then\s+)?$")


def _crowd_pronoun(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether the deed at ``span`` has "they" for subject and a crowd told earlier in the
    sentence is who they are: "protesters set fire to the office in A, while in B they
    torched a house"."""
    return _THEY_BEFORE.search(ctx.norm_at(max(a, span[0] - 15), span[0])) is not None and ctx.has(
        Cue.CROWD, ctx.start, a)
# A force made to leave by politics, not by fighting: "French troops have been forced out of
# A and B after coups", "were pushed out following the elections".
_OUSTED_PASSIVE = re.compile(r"(?<!\S)(?:been|were|was|being)\s+(?:\S+ly\s+)?$")
_POLITICAL_CAUSE = re.compile(
    r"(?<!\S)(?:after|following|since|by)\s+(?:\S+\s+){0,3}?(?:coups?|putsch(?:es)?|elections?|juntas?|referendums?)(?!\S)"
)


def _ousted_by_politics(ctx: SentenceContext, unit: Unit, b: int) -> bool:
    """Whether the passive "forced out of" at ``unit`` tells a force sent away after a coup
    or an election ("troops were forced out of X after coups"): no fight for the place."""
    if _OUSTED_PASSIVE.search(ctx.norm_at(max(ctx.start, unit.start - 25), unit.start)) is None:
        return False
    return _POLITICAL_CAUSE.search(ctx.norm_at(unit.end, b)) is not None


# Weapons given over by hand are given up: "village officials handed over 45 loose firearms
# to the municipal government", "they handed over 3 tonnes of weapons and explosives".
_ARMS_HANDED = re.compile(
    r"^\s+(?:\S+\s+){0,4}?(?:weapons|arms|firearms|guns|rifles|ammunition|explosives)(?!\S)"
)
# What blocked a road, when it tells a protest: "was blocked by residents", "roads
# remained blocked with burning tyres" (not "blocked by a landslide", "by gunmen").
_BLOCKED_BY_CROWD = re.compile(
    r"(?<!\S)by\s+(?:\S+\s+){0,2}?(?:residents|villagers|protesters|demonstrators|farmers|miners|workers|"
    r"students|truckers|drivers|transporters|traders|supporters|locals|youths|communities|strikers)(?!\S)"
)
_BARRICADES = re.compile(r"(?<!\S)(?:tyres|tires|barricades|barricaded)(?!\S)")
# A bare "handed" gives a place only back to a force ("handed X back to the army") or as a
# site handed to one ("the base in X was handed to the army"); "left their" only a force's site.
_BARE_HANDED = frozenset(("handed", "hands", "handing"))
_POSITIONS_TAKEN = ("took up", "take up", "taking up", "takes up")
_LEAVING = ("left ", "vacated ", "abandoned ")
# A restriction of movement is an armed group's only in a story of armed men: "movement
# restrictions imposed by the ELN in X", "confining 8,000 people in A, B and C", "gates
# installed at the entrances of X"; not "restrictions on movement during the festival".
_RESTRICTION = ("armed strike", "paro armado", "movement restriction", "restriction", "restrict", "has restricted",
                "have restricted", "had restricted", "confin", "closed", "gate", "barrier", "fence", "wall")


# What a capture takes when it is no territory: weapons and their sites (disrupted),
# or the offices of an administration (a non-violent transfer).
_ARMS_TAKEN = re.compile(
    r"\s+(?:\S+\s+){0,2}(?:weapons|arms|ammunition|explosives|drones|missiles|rockets|tunnels?|depots?|"
    r"caches?|arsenals?|stockpiles?|launchers|launch\s+(?:sites|pads|platforms))(?!\S)"
)
# A state sending a foreign force or envoys away, from no place: a diplomatic act, no
# place retaken ("the junta has expelled French troops", "expelled the UN mission";
# not "expelled Russian forces from X").
_FORCE_EXPELLED = re.compile(
    r"\s+(?:the\s+|all\s+|remaining\s+)*(?:[A-Z][\w'’-]*\s+|foreign\s+|western\s+)+"
    r"(?:troops|forces|soldiers|military|diplomats|ambassadors?|envoys?|contingents?|mission|peacekeepers)"
    r"(?!\s+(?:from|out\s+of)\s)(?![\w-])"
)
# Buildings taken over and made a military site: "took over a school in X and turned it into
# a military post", "took over houses and converted them into barracks" (a base set up).
_BUILDINGS_MADE_BASE = re.compile(
    r"\s+(?:\S+\s+){0,4}?(?:houses?|homes?|buildings?|schools?|hospitals?|mosques?|clinics?|shops?|"
    r"apartments?|villas?|farms?)(?!\S)[^.;]{0,80}?(?<!\S)(?:turn|turned|turning|convert|converted|converting|"
    r"transform|transformed|transforming)\s+(?:it|them)\s+into\s+(?:a\s+|an\s+)?(?:\S+\s+){0,2}?"
    r"(?:barracks|posts?|bases?|outposts?|headquarters|positions?|garrisons?|camps?|checkpoints?)(?!\w)"
)
_OFFICES_TAKEN = re.compile(
    r"\s+(?:of\s+)?(?:the\s+|a\s+)?(?:\S+\s+){0,3}?(?:offices?|broadcaster|radio\s+station|television\s+station|"
    r"city\s+hall|town\s+hall|municipality|council|administration)(?!\S)"
)


# People named as those helped: "distributed food to returnees", "counselling for evacuees".
_AIDED = re.compile(r"(?<!\S)(?:to|for|among|assist\w*|help\w*|support\w*|serv\w*)\s+(?:the\s+|\S+\s+)?$")
# Places people leave, after a bare "left": "left villages in Ancuabe district".
_LEFT_PLACES = re.compile(
    r"^\s+(?:(?:their\s+)?(?:villages?|towns?|homes?|houses|camps?|shelters?|tents|neighbou?rhoods?)\s+(?:in|around|near|at)\s"
    # the strip along a front: "2,300 people have left the border area since May"
    r"|(?:border|frontline|front\s+line)\s+(?:areas?|zones?|villages|communities|settlements)(?!\S)"
    # where most of them went, told right after: "160 residents have left so far, most of them to X"
    r"|(?:(?!and\s|but\s)\S+\s+){0,3}?(?:many|most|some|half|the\s+majority)\s+of\s+them\s+(?:to|for|toward|towards|into)\s)"
)


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


# The bulletin's attacker as the subject of "damaged" (see the lexicon).
_DAMAGING_AGENTS = frozenset(("enemy", "aggressor", "occupiers"))
# A fronted "hit were" that ranks those hurt: "the hardest hit were farmers", "among the worst hit were".
_HARDEST_BEFORE = re.compile(r"(?<!\S)(?:hardest|worst|most|badly|severely|also)\s*$")
# A shell word before "fragments": "shell fragments fell in a yard" tells shelling, not debris.
_SHELL_BEFORE = re.compile(r"(?<!\S)(?:shell|shells|mortar|mortars|artillery|rocket|rockets|grenade|bomb)\s*$")


# A clash told as a noun, with no side named: "clashes were also reported in A".
_CLASH_NOUNS = frozenset(("clash", "clashes"))
# The readings a killing by the police comes as: "police killed six", "beaten to death by police".
_POLICE_KILLING_RULES = frozenset((Rule.ATTACK, Rule.CASUALTY, Rule.DIRECT))
# ... but "the clashes" are those told before, typed by them.
_DEFINITE_END = re.compile(r"(?<!\S)the\s+$")
# Fire told with no one named, in a story of armed men: "heavy gunfire was heard in X".
_FIRE_HEARD = frozenset(("gunfire",))


def _subject_end(ctx: SentenceContext, seg: Segment, pos: int) -> int:
    """Where the subject of the verb at ``pos`` ends, past a relative clause inside it:
    "Hundreds of relatives of those killed in the bombing | rallied"."""
    for r0, r1 in subject_relatives(ctx, seg):
        if r1 <= pos <= r1 + 1:
            return r0
    return pos


_ESCAPEES = re.compile(r"(?<!\S)(?:prisoners?|inmates?|escapees?|fugitives?|convicts?|detainees?|escaped)(?!\S)")
# Bare verbs of taking are a capture only right before the place taken: "had taken
# Goma", "seized the town of X", not "seized weapons", "taken on Monday", "took Russian positions".
_BARE_TAKING = frozenset(("seized", "taken", "took"))


# Holding off an attack is a fight, whoever holds it off: "police repelled an attack on their base".
_REPELLING = ("repel", "repuls")
# Control told as a noun ("the full control of X") held rather than taken: "retains its full control of".
_CONTROL_NOUN_ENDS = ("control of", "control over")
_CONTROL_HELD = re.compile(
    r"(?<!\S)(?:retain|retains|retained|retaining|maintain|maintains|maintained|maintaining|keep|keeps|kept|"
    r"keeping|has|have|had|having|hold|holds|held|holding|under|remain|remains|remained|exercise|exercises)\s+$"
)
# People taken away and not seen since are disappeared: "twelve men were taken from X by
# gunmen; their whereabouts are unknown", "25 men were detained by the militia, whose
# whereabouts remain unknown".
_TAKING_WORDS = frozenset(("taken", "took", "seized", "detained", "arrested", "picked up", "rounded up"))
# What a handover exchanges in an agreement: people ("handed over 40 prisoners of war"), not a
# document ("handed over a memorandum", "a draft protocol").
_CAPTIVE_PARTNERS = frozenset(("prisoners", "prisoners of war", "pows", "pow", "detainees", "captives", "hostages"))
_CUSTODY_WORDS = frozenset(("detained", "arrested", "picked up", "rounded up"))
_WHEREABOUTS_UNKNOWN = re.compile(
    # ... or their fate: "four passengers were taken; their fate is unknown"
    r"^[^.]{0,120}?(?<!\S)(?:whereabouts|fate)\s+(?:are|is|were|was|remain|remains|remained)\s+(?:still\s+)?unknown(?!\S)"
)
# Captives led off to where no one knows, by whoever took them (state forces included): "the
# occupiers detained a resident at his home and took him to an unknown location".
_LED_TO_UNKNOWN = re.compile(
    r"^[^.;]{0,120}?(?<!\S)(?:took|taken|taking|drove|driven|led)\s+(?:(?:him|her|them)\s+)?(?:away\s+)?to\s+"
    r"(?:an\s+)?(?:unknown|undisclosed)\s+(?:locations?|destinations?|places?)(?!\S)"
)
# Fighters whose hideouts were destroyed, right after "the camps of": "the extremist group",
# "ISIS cells", "the terrorists" (not "the displaced", "the company").
_FIGHTERS_AFTER = re.compile(
    r"^\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:group|groups|militants|terrorists|insurgents|rebels|militia|militias|"
    r"cells|gangs|bandits|enemy|jihadists|fighters|khwarij|extremists)(?!\S)"
)
# A push is a force's, not a passive or a trend: "Russian forces advanced near X", "troops
# continue to advance in Y" (not "the line was advanced in Z", "has been advancing in W").
_PUSH_BY_FORCE = re.compile(
    r"(?<!\S)(?:forces|troops|army|units|soldiers|fighters|militants|rebels|insurgents|militia|militias|"
    r"group|groups|infantry|brigades?|battalions?|enemy|russia|russians|ukrainians|invaders|occupiers)"
    r"(?:\s+(?:have|has|had|continued|continue|continues|reportedly|also|further|again|slightly|to))*\s*$"
)
# A force's move over a front line, told by where it was made: "troops crossed into the X
# region near A", "forces crossed the Y river near B", "pushed units back across the river
# north of C", "pressed along the river west of D" (not "crossed the river from areas near E":
# where they came from; not "refugees crossed into X": no force).
_LINE_MOVES = ("crossed", "crosses", "back across", "pressed along", "presses along", "pressing along")
_LINE_SITE_AFTER = re.compile(
    r"^(?:\s+(?!from\b|to\b|towards?\b|for\b|in\b|on\b|at\b|and\b|after\b|before\b)\S+){0,5}?\s+"
    r"(?:near|around|(?:north|south|east|west|north\s+east|north\s+west|south\s+east|south\s+west|"
    r"northeast|northwest|southeast|southwest)\s+of|on\s+the\s+outskirts\s+of)\s"
)
_PUSHED_BACK = re.compile(r"(?<!\S)(?:pushed|pushing|drove|driven|driving|forced|forcing|threw|thrown)\s+(?:\S+\s+){0,4}$")


def _line_move_by_force(ctx: SentenceContext, armed: bool, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether a crossing or a push along a line is a force's, told by where it was made.

    >>> text = "Russian troops crossed the Oskil river near Kivsharivka."
    >>> ctx = SentenceContext(text, 0, len(text))
    >>> _line_move_by_force(ctx, True, 0, len(text), (15, 26))
    True
    """
    before = ctx.norm_at(a, span[0])
    if ctx.norm_at(span[0], span[1]).startswith("back"):
        forced = _PUSHED_BACK.search(before)
        if not forced:
            return False  # "came back across the river": no one was pushed
        before = before[: forced.start()]
    if not (armed and _PUSH_BY_FORCE.search(before)):
        return False
    return bool(_LINE_SITE_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 80)) + " "))


# A group told before, taking a place in a war story: "The group had earlier taken X",
# "they have since taken Y" (not "the delegation was taken to X": no place is its object).
_GROUP_SUBJECT = re.compile(
    r"(?<!\S)(?:the\s+(?:group|movement|militia|faction|insurgents|jihadists)|they)\s+(?:(?:had|has|have|earlier|"
    r"also|since|already|then|later|now)\s+)*$"
)


def _group_took(ctx: SentenceContext, doc: DocumentContext, a: int, unit: Unit, b: int) -> bool:
    """Whether a bare taking verb of a war story takes a place with a group named before."""
    return doc.armed and unit.phrase in _BARE_TAKING and took_place(ctx, unit.end, b) \
        and _GROUP_SUBJECT.search(ctx.norm_at(max(a, unit.start - 40), unit.start)) is not None


# Fighters a place is cleared of: "clear the town of X from the militants" (not mines or rubble).
_CLEARED_OF_FIGHTERS = re.compile(
    r"(?<!\S)(?:of|from)\s+(?:the\s+)?(?:remaining\s+|remnants\s+of\s+(?:the\s+)?)?(?:enemy\s+)?"
    r"(?:militants|terrorists|fighters|insurgents|enemy|gunmen|jihadists|rebels|militia|militias|"
    r"formations|bandits|khwarij|khawarij|saboteurs|infiltrators)(?!\S)"
)
# Men counted after "lost" in a bulletin: "lost up to 230 servicemen", "lost 1 100 personnel".
_LOSSES_AFTER = re.compile(
    r"^\s*\d[\d ]*\s+(?:(?:of\s+)?(?:its|their|his)\s+)?(?:servicemen|soldiers|troops|personnel|fighters|militants|"
    r"military\s+personnel|men\s+killed|killed\s+and\s+wounded)(?!\S)"
)
# Attacks counted in a war bulletin, armed by the count alone: "19 attacks took place near X".
_COUNTED_ATTACKS = re.compile(
    r"(?<!\S)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of)\s+"
    r"(?:enemy\s+|assault\s+|ground\s+|infantry\s+|russian\s+|ukrainian\s+)?$"
)
# "Besieged" told as what a place is, before its noun or name: "the besieged towns of A and
# B remain cut off", "aid reached the besieged city" (not "the town was besieged by X").
_BESIEGED_BEFORE = re.compile(r"(?<!\S)(?:the|a|an|its|their|this|these)\s+(?:long\s+|still\s+)?$")
_BESIEGED_AFTER = re.compile(r"^\s+(?!by\b|for\b|since\b|in\b|on\b|and\b|or\b)[\w-]")
_AIR_DEFENCE = re.compile(r"(?<!\S)(?:air\s+defen[cs]es?|anti\s+aircraft)(?!\S)")
# An attack from the air or the sea named as what was repelled: "a drone attack on X was
# repelled", "attacks on airfields in the X region had been repelled", "repelled a missile
# attack on the port": the weapons were stopped, no fight on the ground.
_AERIAL_ATTACK = re.compile(
    r"(?<!\S)(?:(?:drone|uav|missile|rocket|air|aerial|kamikaze|naval\s+drone|sea\s+drone)s?\s+attacks?"
    r"|attacks?\s+(?:by|of|with)\s+(?:\S+\s+){0,2}?(?:drones|uavs|missiles|rockets)"
    r"|attacks?\s+on\s+(?:\S+\s+){0,2}?(?:airfields?|air\s+bases?|airbases?|airports?|aerodromes?))(?!\S)"
)
# A repelled attack told in the passive with no ground force in the sentence, after a
# sentence about drones or missiles: "Drones hit four air bases. Russia said attacks in the
# X and Y regions had been repelled."
_PASSIVE_REPELLED = re.compile(r"(?<!\S)(?:was|were|been)\s+(?:\S+ly\s+)?(?:repelled|repulsed)(?!\S)")
_GROUND_FORCE = re.compile(
    r"(?<!\S)(?:troops|infantry|soldiers|assaults?|positions|units|ground|offensive|tanks?|armou?red|"
    r"fighters|militants|brigades?|near|towards|direction|axis|front)(?!\S)"
)
_AERIAL_BEFORE = re.compile(r"\b(?:drones?|uavs?|missiles?|shaheds?)\b")


# A taking verb may be a long object away from its "hostage": "inmates took more than
# 130 guards and administrative staff hostage".
_TAKING_REACH = 60
_PARTNER_REACH = 30


def _partner_reach(trig: Trigger) -> int:
    """How many characters before a paired trigger its partner may lie."""
    return _TAKING_REACH if trig.partner is Cue.TAKING else _PARTNER_REACH


# Holding and beating words of a mob, checked for the civilians doing it (see crowd_holds).
_HOLD_OR_BEAT = ("retain", "held", "surrounded and held", "briefly held", "beat")


# What a strike or shutdown shut: "the strike shut municipalities in A and B", "most shops and
# banks in X stayed shut" (in a story of protests); the strike told in the sentence, or the
# businesses before "stayed shut" in a story of protests, and no armed men or disaster around.
_SHUT_WORDS = ("shut", "closed", "paralys", "paralyz", "stayed", "remained")
_STRIKE_TOLD = re.compile(r"(?<!\S)(?:strikes?|strikers|walkouts?|shutdowns?|stoppages?|hartal|bandh)(?!\S)")
_BUSINESSES_BEFORE = re.compile(
    r"(?<!\S)(?:shops|businesses|banks|markets|stores|offices|petrol\s+stations|bakeries)\s+(?:\S+\s+){0,5}$"
)


def _celebrates_turn(ctx: SentenceContext, b: int, span: tuple[int, int]) -> bool:
    """Whether the gathering at ``span`` celebrates a political turn, a few words on:
    "gathered at the monument to celebrate the exit from the bloc", "rallied to celebrate
    the fall of the regime"; not "gathered to celebrate Eid"."""
    after = ctx.norm_at(span[1], min(b, span[1] + 80))
    m = _CELEBRATED.search(after)
    return m is not None and m.start() <= 60 and _POLITICAL_TURN.match(after[m.end():]) is not None


def _strike_shutdown(ctx: SentenceContext, doc: DocumentContext, a: int, unit: Unit) -> bool:
    """Whether the shutting at ``unit`` is a strike's: "the walkout shut municipalities
    in A"; "shops and banks in X stayed shut" in a story of protests."""
    if ctx.flag(Cue.ARMED) or ctx.flag(Cue.AVIATION) or disaster(ctx):
        return False
    strike = _STRIKE_TOLD.search(ctx.norm) is not None
    if unit.phrase.startswith(("stayed", "remained")):
        return (strike or doc.protests_told) and _BUSINESSES_BEFORE.search(
            ctx.norm_at(max(a, unit.start - 60), unit.start)) is not None
    return strike


# What is hijacked only in a figure of speech: "hijacking the protests", "hijacked the
# peace process" (not "hijacked a bus", "hijacked the crew").
_FIGURATIVE_HIJACK = re.compile(
    r"^\s+(?:(?:of|by)\s+)?(?:(?:the|a|an|their|its|his|her|our|this|these|peaceful|youth|student)\s+){0,2}"
    r"(?:protests?|rall(?:y|ies)|marche?s?|demonstrations?|movement|process|agenda|debate|talks|elections?|"
    r"narrative|cause|revolution|uprising|campaign|struggle|accounts?|website|page|strike|sit\s+ins?)(?!\S)"
)


def _aerial_repelled(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether "repelled" in the clause ``[a, b)`` stopped weapons from the air or the sea:
    "a drone attack on X was repelled", or a passive "attacks in the X region had been
    repelled" with no ground force in the sentence, right after a sentence on drones."""
    clause = ctx.norm_at(a, b)
    if _AERIAL_ATTACK.search(clause):
        return True
    if not _PASSIVE_REPELLED.search(clause) or _GROUND_FORCE.search(ctx.norm):
        return False
    before = ctx.text[max(0, ctx.start - 300) : ctx.start]
    before = before[before.rfind("\n") + 1 :]  # the same paragraph only
    return _AERIAL_BEFORE.search(before.lower()) is not None


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

    if unit.phrase in _TAKING_WORDS and _WHEREABOUTS_UNKNOWN.match(ctx.norm_at(span[1], s1)) \
            and (unit.phrase not in _CUSTODY_WORDS or armed_in(ctx, s0, s1, span)):
        # "taken from X by gunmen; their whereabouts are unknown", "three teachers were seized
        # near X, and their whereabouts remain unknown"; an arrest only with armed takers named
        return Event(*ABD, span, 0.85)
    if unit.phrase in _CUSTODY_WORDS and _LED_TO_UNKNOWN.match(ctx.norm_at(span[1], s1)):
        return Event(*ABD, span, 0.85)  # "police detained a journalist and took him to an unknown location"
    if rule is Rule.DIRECT:
        if label == ABD and unit.phrase.endswith(" away") and not (
                _TAKEN_AWAY_AFTER.match(ctx.text, span[1], b)
                or _TAKEN_AWAY_BEFORE.search(ctx.text[max(a, span[0] - 120):span[0]])):
            return None  # "took away 40 young men"; not "took away their phones", "bodies were taken away"
        if label == ABD and unit.phrase.startswith("hijack") and _FIGURATIVE_HIJACK.match(ctx.norm_at(span[1], b)):
            return None  # "accused hoodlums of hijacking the protests in X": no one was seized
        if label[0] == EXPLOSIONS and weapon_acquired(ctx, a, unit):
            return None  # "a truck loaded with rocket launchers and mortar rounds": arms as cargo
        if label == LOOT and unit.phrase.startswith(("destroy", "bulldoz", "damag")) and (
                disaster(ctx) or not (doc.armed or ctx.flag(Cue.ARMED))):
            return None  # "the hurricane tore through X, destroying homes"
        if label == LOOT and unit.phrase.startswith(("destroy", "damag")) and ctx.flag(Cue.AVIATION):
            return Event(*AIR, span, weight)  # "jets destroyed a bridge near X": a strike's damage
        if label == MOB and unit.phrase.startswith("angry") and protesting(ctx, seg) \
                and protest_label(ctx, seg, span) != VD:
            return None  # "angry residents blocked the road to protest over the killings": a protest
        if label == MOB and unit.phrase.startswith(_HOLD_OR_BEAT) and not crowd_holds(ctx, a, b, span, unit.phrase):
            return None  # "the rebels held 20 soldiers", "held a rally", "Arsenal beat the champions"
        if label == MOB and unit.phrase.startswith(("hunt", "chas")) and not civilians_hunt(ctx, a, span):
            return None  # "troops hunted down the attackers": a pursuit, no mob
        if label == MOB and unit.phrase.startswith("vigilante") and vigilantes_in_fight(ctx, a, b, unit):
            return None  # "troops and vigilantes engaged the kidnappers": a militia in a fight, no mob
        if label == VD and unit.phrase.startswith(("erected barricades", "barricades")) and (
                ctx.has(Cue.CROWD, a, b) or protesting(ctx, seg)):
            # "protesters erected barricades in A": a road blocked, a riot only with other
            # violence in the sentence ("shops were looted, while protesters erected barricades
            # in B"); youths or a gang behind barricades are rioters
            label = protest_label(ctx, (s0, s1, seg[2]), span)
        if label == VD and unit.phrase.endswith("windows") and not (
                ctx.has(Cue.CROWD, s0, s1) or protesting(ctx, seg) or any(
                    u is not unit and t.event_type == VD[0] for u in ctx.units for t in u.triggers)):
            label = LOOT  # "unknown persons broke windows at the party office": vandalism, no crowd rioting
        if label == ARR and _PROTESTERS_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 50))):
            label = PI
        if label == ARR and _PROTESTING_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 100))):
            label = PI  # "police detained 11 women outside the ministry who were demanding ..."
        if label == ARR and unit.phrase in _ARRESTED_WORDS and _ARRESTED_NOUN_BEFORE.search(
                ctx.norm_at(max(a, span[0] - 30), span[0])) and _TAKEN_ON_AFTER.match(
                ctx.norm_at(span[1], min(b, span[1] + 80))):
            return None  # "the arrested men were shifted to a police station in X": held there, not arrested
        if label == OTH and unit.phrase.startswith(("blockad", "under siege")) and blockade_kept(ctx, a, b, span):
            return None  # "the blockade of X persists", "X has been under blockade for two years"
        if label == OTH and unit.phrase.startswith("blockad") and (
                civilian_blockade(ctx, a, span) or story_blockade(ctx, doc.protest_story, b, span)):
            # "miners kept up a blockade of the highway"; in a story of protests, "blockades
            # were also reported in A and B"
            label = protest_label(ctx, seg, span)
        if label == DWU and nothing_armed_stopped(ctx, a, b, unit):
            if not convoy_stopped(ctx, a, b):
                return None  # "the coast guard intercepted a boat carrying migrants": no weapon
            label = LOOT  # "a UN convoy was intercepted by armed men": it was robbed
        if label == DWU and "fragments" in unit.phrase and _SHELL_BEFORE.search(
                ctx.norm_at(max(a, span[0] - 15), span[0])):
            return None  # "shell fragments fell in a yard": the shelling is told elsewhere
        if label == DWU and ("debris" in unit.phrase or "fragments" in unit.phrase) and (
                disaster(ctx) and not ctx.flag(Cue.AVIATION) or not (doc.armed or doc.aviation)):
            return None  # "debris fell from the collapsed building": no weapon was brought down
        if label == DWU and unit.phrase.startswith(LEFTOVER) and went_off(ctx, demolition_start(ctx, a, unit), b, span):
            # "a child was killed by unexploded ordnance": it went off (not "a child was killed
            # by a mine, and teams dismantled 300 mines and unexploded shells in X": cleared)
            label = IED
        if label == CHG and unit.phrase.startswith("curfew") and curfew_kept(ctx, a, b, span):
            return None  # "the curfew was lifted in X", "a curfew remains in force in Y": no new measure
        if unit.phrase.startswith(("movement restriction", "restriction")) and curfew_kept(ctx, a, b, span):
            return None  # "movement restrictions remain in force in X": a standing measure, as a curfew kept
        if label == CHG and unit.phrase.startswith(("deploy", "redeploy")) and deployment_no_change(ctx, a, b, span):
            return None  # "observers were deployed to X", "where troops are deployed": no armed change
        if label == CHG and unit.phrase.startswith("deploy") and followed_withdrawal(ctx, span):
            # "Israel pulled its forces out of the border villages, and Lebanese soldiers
            # deployed in A and B": the places change hands without a fight
            label = NVT
        elif label == CHG and unit.phrase.startswith(_SENT_WORDS) and not materiel_deployed(ctx, a, b, span):
            return None  # "troops were deployed to the region after the attack": no event at the place
        if label == NVT and unit.phrase.startswith(_POSITIONS_TAKEN) and not followed_withdrawal(ctx, span):
            return None  # "troops took up positions around X": a deployment, no place changes hands
        if label == CHG and unit.phrase.startswith(_LAYING_DOWN) and not (
                (ctx.has(Cue.NONSTATE, s0, s1) or former_members(ctx, a, span[0])
                 or _CEREMONY.search(ctx.norm_at(a, b))
                 or unit.phrase.startswith("surrender") and _TO_TROOPS.match(ctx.norm_at(span[1], min(b, span[1] + 50))))
                and (unit.phrase != "laid down" or _ARMS_AFTER.match(
                    ctx.norm_at(span[1], min(b, span[1] + 30))))):
            return None  # "residents surrendered 300 firearms", "laid down rules": no armed group disarms
        if label == NVT and unit.phrase.startswith(_WITHDRAWAL_WORDS) and " under " not in unit.phrase and not (
                force_withdraws(ctx, a, span)):
            return None  # "withdrew from the talks", "the candidate pulled out": no force leaves a place
        if label == NVT and unit.phrase in _BARE_HANDED and not (
                handed_back(ctx, span[1], b) or site_handed_to_force(ctx, a, span, b)):
            return None  # "handed leaflets to residents": no place given back to a force
        if label == NVT and unit.phrase.startswith(_LEAVING) and not left_base(ctx, a, span, b):
            return None  # "residents left their homes in X": no force gives up a site
        if label == OTH and unit.phrase.startswith(_RESTRICTION) and not (ctx.flag(Cue.ARMED) or doc.armed):
            return None  # "restrictions on movement during the festival": no armed group confines anyone
        if label == AGR and unit.phrase.startswith("to ") and not _AGREED_BEFORE.search(
                ctx.norm_at(max(a, span[0] - 30), span[0])):
            return None  # "forces were ordered to withdraw their troops": no agreement
    elif rule is Rule.AMBIGUOUS:
        armed = armed_in(ctx, s0, s1, span)
        crowd = ctx.has(Cue.CROWD, a, b)
        # a story of protesters killed makes bare clashes violent too ("clashes were also reported
        # in A"); so does one of protests, when no armed man but the police is in the sentence
        story_clash = unit.phrase in _CLASH_NOUNS and _protest_story_clash(ctx, doc)
        protest_clash = unit.phrase in _CLASH_NOUNS and (doc.protest_lead or story_clash)
        if sports and not armed_besides_police(ctx, s0, s1) and not crowd:
            if _FANS.search(ctx.norm_at(a, b)):
                return Event(*MOB, span, weight)  # rival fans fighting: a brawl, not a battle
            if not (protest_clash and not sports_report(ctx)):
                return None  # one sports word in a story of protests is no match: "beat to death"
        crude = crude_weapons(ctx, a, b)
        if not (armed or crowd or doc.armed or crude or protest_clash) or loose_confrontation(ctx, unit):
            return None
        if unit.phrase.startswith("advanc") and not (armed and _PUSH_BY_FORCE.search(ctx.norm_at(a, span[0]))):
            return None  # "talks advanced in rounds held in X", "the line was advanced in Y": no force pushed
        if unit.phrase.startswith(_LINE_MOVES) and not _line_move_by_force(ctx, armed, a, b, span):
            return None  # "families crossed into X", "troops crossed the river from Y": no front line moved
        if unit.phrase.startswith("destroy"):
            if not (armed and _FIGHTERS_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 40)))):
                return None  # "floods destroyed the camps of the displaced": no fighters' hideouts
            if ctx.flag(Cue.AVIATION):
                return Event(*AIR, span, weight)  # "jets destroyed the bases of the militants near X"
        if unit.phrase.startswith("neutrali") and not fighters_neutralised(ctx, a, b, span):
            return None  # "sappers neutralised two mines": no fighter put out of action
        remote = _remote_blow(ctx, s0, unit, span)
        if remote is not None:
            return Event(*remote, span, weight)  # "aircraft struck militants near X, neutralising dozens"
        if unit.phrase.startswith(("lost", "lose")) and not _LOSSES_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 60))):
            return None  # "lost power", "lost 30 kg": only men lost in a fight count
        if unit.phrase.startswith("clear") and not _CLEARED_OF_FIGHTERS.search(
                ctx.norm_at(span[1], min(b, span[1] + 80))):
            return None  # "sappers cleared the village of mines": no fighters were driven out
        if unit.phrase == "besieged" and _BESIEGED_BEFORE.search(ctx.norm_at(max(a, span[0] - 20), span[0])) \
                and _BESIEGED_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 20))):
            return None  # "the besieged towns of A and B remain cut off": a standing state, no fight
        if unit.phrase.startswith(_REPELLING) and _AIR_DEFENCE.search(ctx.norm_at(a, b)):
            return Event(*DWU, span, 0.8)  # "air defences repelled a drone attack on Sevastopol"
        if unit.phrase.startswith(_REPELLING) and _aerial_repelled(ctx, a, b):
            return Event(*DWU, span, 0.8)  # "a drone attack on Sevastopol was repelled"
        police = any(h.phrase in _POLICE_WORDS for h in ctx.hits(Cue.ARMED, s0, s1))
        policed = police_clash_label(ctx, seg, span) if unit.phrase.startswith("clash") else None
        if policed is not None:
            label = policed  # "officers clashed with students near the university": a protest policed
        elif crowd or (police and not armed_besides_police(ctx, s0, s1) and not unit.phrase.startswith(_REPELLING)):
            label = VD  # fans or residents against the police
        elif crowd_agent(ctx, a, span) == VD and not unit.phrase.startswith(_REPELLING):
            label = VD  # "hundreds of students clashed with security forces"
        elif not armed_besides_police(ctx, s0, s1) and (crude or during_rally(ctx, a, b, unit)):
            label = VD  # "rival student groups fought with sticks", "clashes erupt during party rally"
        elif story_clash and not _DEFINITE_END.search(ctx.norm_at(max(a, span[0] - 5), span[0])):
            # "clashes were also reported in A and B", in a story of protesters killed or of
            # protests: the noun names no side (not "two clans clashed in X")
            label = VD
    elif rule is Rule.RAID and (ctx.has(Cue.ARREST, a, b) or (
            ctx.has(Cue.ARREST, ctx.start, ctx.end) or _JUSTICE_RAID.search(ctx.norm))
            and not ctx.has(Cue.LETHAL, ctx.start, ctx.end)):
        label = ARR  # "forces arrested 14 people, the ministry said, in raids in X"
    elif rule is Rule.RAID and _law_raid(ctx, a, b, span):
        label = ARR  # "security agents raided the offices of a party in X": a search, no air raid
    elif rule is Rule.RAID and (ctx.has(Cue.AVIATION, s0, s1)
                                or doc.aviation and not _GROUND_ACTOR.search(ctx.norm_at(s0, span[0]))
                                and not ctx.has(Cue.NONSTATE, max(s0, span[0] - 25), span[0])  # "RSF raids on villages"
                                or _COUNTED_RAIDS.search(ctx.norm_at(max(a, span[0] - 40), span[0]))):
        label = AIR
    elif rule is Rule.TARGETED:
        if crowd_subject(ctx, a, span) and not armed_besides_police(ctx, a, span[0]):
            return Event(*VD, span, weight, generic=True)  # "a crowd targeted a hotel housing asylum seekers"
        if not (armed_in(ctx, s0, s1, span) or ctx.flag(Cue.AVIATION)):
            return None
        if (sports or disaster(ctx)) and not armed_in(ctx, s0, s1, span, casualties=False):
            return None
        generic = True
        label = attack_label(ctx, seg, span)
        if label in (AC, ATT):
            if ctx.flag(Cue.AVIATION):
                label = AIR
            elif label == AC and ctx.has(Cue.GOVERNMENT, a, span[0]):
                label = SH  # "the army targeted regime positions": fire from a distance
    elif rule in (Rule.ATTACK, Rule.RAID):
        if unit.phrase in _TRYING:
            if attempt_stopped(ctx, unit):
                return Event(*DWU, span, 0.8)  # "troops are trying to attack X. Air defence is working": drones stopped
            if remote_attempt(ctx, unit, b):
                return None  # "attempted to attack X with drones", no outcome told: only an attempt
        has_weapon = any(
            a <= u.start < b and any(t.rule is Rule.WEAPON for t in u.triggers) for u in ctx.units
        )
        armed = armed_in(ctx, s0, s1, span) or (doc.armed and unit.phrase in _FIRE_HEARD) or (
            doc.armed and unit.phrase in ("attacks", "assaults")
            and _COUNTED_ATTACKS.search(ctx.norm_at(max(a, span[0] - 25), span[0])) is not None)
        if places_under_fire(ctx, doc, a, unit) and (not armed or _place_state_under_fire(ctx, a, unit)):
            # "A and B came under fire", "the occupiers shelled 9 villages, also the city was under
            # fire": places are shelled, whoever else the sentence names
            return Event(*SH, span, weight, generic=True)
        if not (armed or has_weapon or ctx.has(Cue.CIVILIAN, a, b) or ctx.has(Cue.CROWD, a, b)
                or unit.phrase.startswith("ambush")):  # "a convoy was ambushed": violent by itself
            return None
        if (sports or disaster(ctx)) and not armed_in(ctx, s0, s1, span, casualties=False):
            return None
        label = attack_label(ctx, seg, span)
        generic = True
        if label in (AC, ATT) and police_stoned(ctx, seg, span):
            label = VD  # "officers had been attacked with stones in X": a riot
        if label[0] != EXPLOSIONS and _GROUND_PUSH.search(unit.phrase):
            label = AC  # "villages were evacuated as troops tried to widen their foothold near X": a fight for ground
        if label in (AC, ATT) and arrest_raid(ctx, seg, unit, has_weapon):
            label = ARR  # "forces stormed the town and arrested eight": a raid to arrest
        elif label in (AC, ATT) and looting_raid(ctx, seg, unit, has_weapon,
                                                 goods=not _law_raid(ctx, a, b, span)):
            label = LOOT  # "gunmen stormed the camp and looted its market": a plunder
        elif label in (AC, ATT) and looting_raid(ctx, seg, unit, has_weapon):
            label = ARR  # "police stormed the offices of a party in X and seized computers": a search
        elif label == VD and not protest_in_sentence(ctx) and looting_raid(ctx, seg, unit, has_weapon):
            label = LOOT  # "revellers stormed the palace and looted its furniture": a plunder, no protest
    elif rule is Rule.CASUALTY:
        hostile_fire = by_hostile_fire(ctx, span, b)  # "killed by Israeli fire": no blaze
        # "the OLA killed eight civilians in X", in a story of armed violence: a group the
        # lexicon does not know killed people named as civilians
        if not (armed_in(ctx, s0, s1, span, casualties=False) or shot_civilians(ctx, doc, a, unit)
                or hostile_fire or civilians_killed(ctx, doc, a, unit)
                or doc.armed and civilian_object(ctx, span, b)) or disaster(ctx) and not hostile_fire:
            return None
        if names_victims(ctx, a, unit):
            return None
        if interception_debris(ctx, s0, s1):
            return None  # "fragments of an intercepted missile fell on a car, wounding a man"
        label = casualty_label(ctx, seg, span)
        generic = weak = True
        if label == ATT and ctx.has(Cue.CIVILIAN, span[1], min(b, span[1] + 45)) \
                and not armed_in(ctx, span[1], min(b, span[1] + 40), span, casualties=False):
            weak, weight = False, 0.8  # "soldiers killed 45 civilians": a one-sided attack
    elif rule is Rule.WEAPON:
        if attempted_strike(ctx, a, unit):
            # "attempted to attack the base in X with four unmanned boats. All the boats were
            # destroyed": stopped, a disrupted weapons use; with no outcome told, no strike
            return Event(*DWU, span, 0.8) if attempt_stopped(ctx, unit) else None
        if weapon_downed(ctx, a, unit) or weapon_seized(ctx, unit, b, a) \
                or interception_debris(ctx, a, b) or failed_to_explode(ctx, a, b):
            return Event(*DWU, span, 0.8)
        near = (max(a, span[0] - 80), min(b, span[1] + 80))
        if not (ctx.has(Cue.IMPACT, *near, skip=span) or any(
            near[0] <= u.start < near[1] and any(t.rule in (Rule.ATTACK, Rule.STRIKE) for t in u.triggers)
            for u in ctx.units
        )):
            return None
        if weapon_is_target(ctx, a, unit) or weapon_acquired(ctx, a, unit) or weapon_carries(ctx, a, unit) \
                or weapon_carried(ctx, a, unit):
            return None  # "bought six armed drones": an arms deal; "evacuated by helicopter": a transport
        if _SUICIDE.search(ctx.norm_at(a, b)):
            label = SB
    elif rule is Rule.STRIKE:
        near = ctx.norm_at(max(a, span[0] - 30), min(b, span[1] + 30))
        # damage alone wants aircraft or drones in the story, or an armed force other than the
        # police in the sentence: "a shop window was damaged, police said" is no strike
        fire = unit.phrase.endswith(("fire", "broke out"))
        damage = fire or unit.phrase.endswith("damaged") or unit.phrase.startswith("damage")
        if fire and not doc.armed:
            return None  # "a fire broke out in the generator building": an accident, in a story of no war
        # "terminals were hit, killing two dock workers": no labour strike; "houses were damaged" tells a hit
        hit = "hit" in unit.phrase or damage
        if not hit and ctx.has(Cue.LABOUR, max(a, span[0] - 30), min(b, span[1] + 30)) and "air" not in near.split() \
                or unit.phrase.startswith("strike") and labour_strike(ctx, a, b, span):
            return Event(*PP, span, 0.7)  # "workers went on strike", "began an indefinite strike"
        if disaster(ctx, aftermath=not hit):  # "a depot was hit and caught fire"
            return None
        fronted = unit.phrase.startswith("hit ")  # "Hit were A, B and C": the places follow
        if fronted and _HARDEST_BEFORE.search(ctx.norm_at(max(a, span[0] - 20), span[0])):
            return None  # "the hardest hit were farmers": no strike told
        agent = unit.phrase.split()[0] in _DAMAGING_AGENTS  # "the enemy damaged a school in X": its object follows
        if hit and not fronted and not agent and not _WEAPONLESS_HIT.match(ctx.text, span[1], min(b, span[1] + 30)):
            return None  # "was hit by a car", "was hit hard by the crisis": no strike told
        military = (
            armed_in(ctx, s0, s1, span) and (not damage or armed_besides_police(ctx, s0, s1))
            or ctx.has(Cue.AVIATION, s0, s1)
            or ctx.has(Cue.DEMONYM, max(a, span[0] - 25), span[0])
            or ctx.has(Cue.ACTOR, max(a, span[0] - 25), span[0]) and not damage
        )
        if not military and not ((doc.aviation or hit and doc.armed and not damage) and not sports):
            return None  # a hit needs only a story of armed violence: "Shelling went on. X was hit 14 times."
        if hit and not (ctx.has(Cue.AVIATION, s0, s1) or doc.aviation):
            label = SH  # no aircraft in the story: the hits are shells
        generic = True
    elif rule is Rule.BOMBING:
        noun = unit.phrase in ("bomb", "bombs")
        if noun and _BOMB_MAKING.match(ctx.norm_at(span[1], min(b, span[1] + 20))):
            return None  # "arrested a suspect with bomb-making materials": no bomb went off
        if noun and weapon_seized(ctx, unit, b, a):
            return Event(*DWU, span, 0.8)  # "police dismantled a bomb planted outside a school"
        bomb_went_off = noun and _BOMB_WENT_OFF.match(ctx.norm_at(span[1], min(b, span[1] + 40)))
        if not (armed_in(ctx, s0, s1, span) or ctx.has(Cue.AVIATION, s0, s1) or bomb_went_off
                or ctx.has(Cue.CIVILIAN, s0, s1) or ctx.has(Cue.DEMONYM, s0, s1)):
            return None
        if noun and not ctx.has(Cue.IMPACT, a, b, skip=span):
            return None
        clause = ctx.norm_at(a, b)
        if _SUICIDE.search(clause):
            label = SB
        elif ctx.has(Cue.AVIATION, s0, s1) or (doc.aviation and not noun):
            label = AIR
        elif noun or _IED_CONTEXT.search(clause):
            label = IED
        elif unit.phrase.startswith(("bombard", "pound")) or unit.phrase.endswith("to pound"):
            label = SH
    elif rule is Rule.EXPLOSION:
        if disaster(ctx):
            return None
        if buildings_blown_up(ctx, unit, b) and not went_off(ctx, demolition_start(ctx, a, unit), b, span):
            return Event(*LOOT, span, 0.75)  # "troops blew up a row of houses": a demolition
        if blasts_of_demolition(ctx, unit):
            return Event(*LOOT, span, 0.7)  # "detonation operations in X, where it blew up houses"
        if _SUICIDE.search(ctx.norm_at(a, b)):
            label = SB
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
        if rule is Rule.PROTEST and diplomatic_protest(ctx, a, b, span):
            return None  # "summoned the envoy to protest", "a protest memorandum"
        if victims_gathered(ctx, a, span):
            return None  # "killing 38 worshippers during a night vigil": the attack's victims, no protest
        if unit.phrase.startswith(_SHUT_WORDS) and " solidarity" not in unit.phrase \
                and not _strike_shutdown(ctx, doc, a, unit):
            return None  # "the shops stayed closed for the holiday", "the army closed markets in X"
        if unit.phrase == "walked out" and _WALKED_OUT_OF.match(ctx.norm_at(span[1], min(b, span[1] + 40))):
            return None  # "the group walked out of the forests of X": left a place, no walkout
        if unit.phrase in _BLOCKED_THE and not _NAMED_ROAD_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 40))):
            return None  # "blocked the release of funds": no road blocked
        if unit.phrase.startswith("celebrat") and not _POLITICAL_TURN.match(ctx.norm_at(span[1], min(b, span[1] + 40))):
            return None  # "fans celebrated in the streets", "celebrating Eid": no political demonstration
        if unit.phrase in _CAMPED_OUTSIDE and not _SEAT_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 40))):
            return None  # "the displaced camped outside the town": no sit-in
        # a slogan after a long list of squares, told up to 240 characters on (beyond the cause windows)
        slogan = _UNDER_SLOGAN.match(ctx.norm_at(span[1], min(b, span[1] + 240))) is not None
        if unit.phrase in _OUT_WORDS and not _FOR_A_CAUSE.match(ctx.norm_at(span[1], min(b, span[1] + 80))) \
                and not slogan:
            return None  # "residents went out to inspect the damage"
        if rule is Rule.CROWD_EVENT and _OTHER_PURPOSE.match(ctx.norm_at(span[1], min(b, span[1] + 60))) \
                and not _celebrates_turn(ctx, b, span):
            return None  # "gathered in Khartoum to break the Ramadan fast"
        cause = rule is Rule.CROWD_EVENT and (_PROTEST_CAUSE.match(ctx.norm_at(span[1], min(b, span[1] + 120)))
                                              or slogan or _CROWD_DEMANDED.match(ctx.norm_at(span[1], span[1] + 30)))
        if rule is Rule.CROWD_EVENT and (
                (_NOT_PROTESTERS.search(ctx.norm_at(max(a, span[0] - 40), span[0])) and not cause)
                or (unit.phrase.startswith("rall") and campaign(ctx))):
            return None  # "mourners gathered at the memorial", "the coalition held its final campaign rally"
        passive_block = "blocked" in unit.phrase and not unit.phrase.startswith("block")  # "the road was blocked"
        if rule is Rule.CROWD_EVENT and passive_block and not (
                _BLOCKED_BY_CROWD.search(ctx.norm_at(span[0], min(b, span[1] + 40)))
                or _BARRICADES.search(ctx.norm_at(a, b)) or cause):
            return None  # "the road was blocked by a landslide": nobody protests
        if rule is Rule.CROWD_EVENT and not (
            passive_block
            or cause
            or ctx.norm_at(*span).startswith(_CROWD_OPENERS)  # "crowds filled A square"
            or ctx.has(Cue.CROWD, a, b, skip=span)
            or _CROWD_BEFORE.search(ctx.norm_at(max(a, span[0] - 60), span[0]))
            or _CROWD_BEFORE.search(ctx.norm_at(max(a, _subject_end(ctx, seg, span[0]) - 60),
                                                _subject_end(ctx, seg, span[0])))
            or _STAGED.search(ctx.norm_at(max(a, span[0] - 40), min(b, span[1] + 25)))
            or _rally_noun(ctx, a, b, span)
            or (unit.phrase in _BLOCKED_THE or unit.phrase.startswith("block") and unit.phrase.endswith(" to"))
            and civilian_blockade(ctx, a, span)  # "truckers blocked the X highway", "blocked access to the port"
            # a list of towns may lie between: "gatherings in A, B, C and D were largely peaceful"
            or _WENT_OFF.match(ctx.norm_at(span[1], min(b, span[1] + 130)))
            or doc.protests_told and unit.phrase in _STORY_CROWD_NOUNS
            and not _CROWDS_NOT_HELD.search(ctx.norm_at(max(a, span[0] - 40), span[0]))
        ):
            return None
        if unit.phrase.startswith("water cannon") and _AT_SEA.search(ctx.norm_at(a, b)):
            return None  # "a coast guard ship fired a water cannon at a fishing vessel": no crowd at sea
        if rule is Rule.INTERVENTION and unit.phrase in ("break up", "broke up") \
                and _CRIMINAL_GROUP.match(ctx.text, span[1], b):
            return Event(*ARR, span, weight)  # "police broke up a kidnapping ring in X": arrests
        if rule is Rule.INTERVENTION and (
            unit.phrase not in _ALWAYS_INTERVENTION and not (
                ctx.has(Cue.CROWD, a, b) or any(h.phrase in _POLICE_WORDS for h in ctx.hits(Cue.ARMED, a, b))
            )
            or sports and not any(t.rule is Rule.PROTEST for u in ctx.units for t in u.triggers)
        ):
            return None  # police dispersing football fans is no protest
        if rule is Rule.PROTEST and sports_report(ctx) and not ctx.has(Cue.CROWD, a, b, skip=span):
            return None
        if unit.phrase.endswith("strike by") and ctx.has(Cue.AVIATION, span[1], min(b, span[1] + 30)):
            return None  # "a strike by an FPV drone": no walkout
        label = protest_label(ctx, seg, span)
        if label == PP and unit.phrase.startswith("unrest"):
            # unrest takes its kind from the whole sentence: "unrest spread to A and B, where a
            # crowd smashed the windows of shops" is rioting
            label = protest_label(ctx, (s0, s1, seg[2]), span)
        if rule is Rule.INTERVENTION and label == PP:
            label = PI
    elif rule in (Rule.CAPTURE, Rule.RECAPTURE):
        after = ctx.norm_at(span[1], min(b, span[1] + 40))
        if _OFFICES_TAKEN.match(after) and ctx.has(Cue.PEACEFUL, s0, s1):
            # "the faction took over the administration of X without any fighting", armed words or not
            return Event(*NVT, span, weight)
        if not armed_in(ctx, s0, s1, span) and not ctx.has(Cue.NONSTATE, s0, s1) and not ctx.has(Cue.GOVERNMENT, s0, s1) \
                and not settlement_taken(ctx, doc, a, b, span) and not _group_took(ctx, doc, a, unit, b):
            return None
        if unit.phrase == "liberated" and _HELD_AREA.match(ctx.norm_at(span[1], min(b, span[1] + 30))) \
                and _AREA_ARTICLE.search(ctx.norm_at(max(a, span[0] - 12), span[0])):
            return None  # "a hospital in the liberated areas of X": who holds the area, no taking
        if unit.phrase == "claimed" and not claimed_place(ctx, span[1], b):
            return None  # "claimed responsibility", "claimed its drones struck X": no place claimed
        if crowd_policed(ctx):  # "before security forces regained control" of the stormed palace
            return Event(*PI, span, 0.7, generic=True)
        if _ARMS_TAKEN.match(after):
            return Event(*DWU, span, weight)  # "the army took over a tunnel complex and seized launchers"
        if unit.phrase == "expelled" and _FORCE_EXPELLED.match(ctx.text, span[1], b):
            return None  # "the junta has expelled French troops": a diplomatic act
        if _OFFICES_TAKEN.match(after):
            return Event(*NVT, span, weight)  # "took over the mayor's office": an administration changes hands
        if rule is Rule.CAPTURE and _BUILDINGS_MADE_BASE.match(ctx.text, span[1], b):
            return Event(*HQ, span, weight)  # "took over a school in X and turned it into a military post"
        seized = rule is Rule.CAPTURE and unit.phrase in ("seized", "took") \
            and _PEOPLE_SEIZED.match(ctx.text, span[1], min(b, span[1] + 50))
        if seized and not _POLICE_SUBJECT.search(ctx.norm_at(max(a, span[0] - 40), span[0])):
            if _TAKEN_TOWARD.match(ctx.text, seized.end(), b):
                return None  # "took the women towards the forest of X": where they were taken
            return Event(*ABD, span, weight)  # "gunmen seized 20 pupils from a school in X": an abduction
        if unit.phrase in _BARE_TAKING and not took_place(ctx, span[1], b):
            return None  # "took part", "seized 40 kg of cocaine", "taken to hospital"
        if rule is Rule.RECAPTURE and unit.phrase.startswith("recaptur") and _ESCAPEES.search(
                ctx.norm_at(max(a, span[0] - 60), span[0])):
            return Event(*ARR, span, weight)  # "13 of the escaped prisoners were recaptured in X"
        if rule is Rule.CAPTURE and _CAPTURED_PERSON.match(ctx.text, span[1], min(b, span[1] + 40)):
            return Event(*ARR, span, weight)  # "police captured alias 'El Gordo'": a person, not a town
        if unit.phrase.endswith(_CONTROL_NOUN_ENDS) and _CONTROL_HELD.search(ctx.norm_at(max(a, span[0] - 30), span[0])):
            return None  # "the army retains its full control of X": a standing state, nothing taken
        if ctx.has(Cue.PEACEFUL, a, b) or unopposed_entry(ctx, unit, a, b) or no_fight_told(ctx):
            label = NVT  # "advanced into the vicinity of X and bulldozed farmland": no fight for it
        else:
            label = agent_kind(ctx, seg, span, label)
        if rule is Rule.CAPTURE and label == GRT and entered_after_withdrawal(ctx, span):
            # "the army took over positions in X after the enemy pulled out", as for an entry
            # (a recapture after the militants pulled out is still the army's regain)
            label = NVT
    elif rule is Rule.SEIZURE:
        if not weapons_taken(ctx, unit, a, b) or agent_kind(ctx, seg, span, GRT) == NSO:
            return None  # "seized 40 kg of cocaine"; "militants seized weapons from the post": a raid
    elif rule is Rule.ENTRY:
        window = (max(a, span[0] - 30), span[0])
        if not armed_in(ctx, *window, span, casualties=False):
            if unit.phrase.startswith("occup") and civilian_blockade(ctx, a, span) \
                    and _BUILDING_AFTER.match(ctx.norm_at(span[1], min(b, span[1] + 50))):
                return Event(*PP, span, 0.7)  # "students occupied the rectorate building": a sit-in
            if doc.displacing and unit.phrase.startswith("enter") and displaced_movement(ctx, doc, a, span, b, unit.phrase):
                return Event(*DSP, span, 0.7)  # "some 60,000 Rohingya have entered X": people, not troops
            return None
        if entered_to_kill(ctx, span, b):
            return None  # "gunmen entered X and shot three farmers": a raid on the people, told by its killing
        if crowd_policed(ctx):  # "police entered a building occupied by students"
            return Event(*PI, span, 0.7, generic=True)
        label = GRT if ctx.has(Cue.GOVERNMENT, *window) else NSO
        if ctx.has(Cue.NONSTATE, *window):
            label = NSO
        if ctx.has(Cue.PEACEFUL, a, b) or label == GRT and entered_after_withdrawal(ctx, span) \
                or unopposed_entry(ctx, unit, a, b) or no_fight_told(ctx):
            # "police entered the town without a shot being fired", as for a capture; "the army
            # entered X after the withdrawal of the enemy army" (rebels walking into a city the
            # army left still overtake it)
            label = NVT
    elif rule is Rule.DISPLACE:
        bare = unit.phrase in _BARE_AWAY
        if bare and not ordered_away(ctx, span[0] + 2):
            return None  # "the army ordered residents of A and B to move west"; not "decided to leave"
        if not bare and unit.phrase.startswith(("to leave", "to evacuate")) and made_to(ctx, a, span[0] + 2) is None:
            return None  # "refused to leave their homes": no one made them go ("forced dozens of families to leave")
        if unit.phrase == "uprooted" and (_UPROOTED_PLANTS.match(ctx.norm_at(span[1], min(b, span[1] + 40)))
                                          or _PLANTS_UPROOTED.search(ctx.norm_at(max(a, span[0] - 40), span[0]))):
            return Event(*LOOT, span, weight)  # "settlers uprooted 200 olive trees": property, not people
        # (the ordered are people, whoever gave the order: "soldiers told families in X to leave")
        if not bare and (fleeing_fighters(ctx, a, span) or not_displaced(ctx, a, span, b)) \
                and not evacuates_people(ctx, unit, b):
            return None
        if unit.phrase in ("evacuees", "returnees") and _AIDED.search(ctx.norm_at(max(a, span[0] - 30), span[0])):
            return None  # "food baskets to returnees in X": aid where they now are, no flight told
        if unit.phrase.startswith(("refugee", "evacuee", "returnee")):
            weight = 0.6
        if standing_population(ctx, a, b, unit.phrase):
            return None  # "more than a million refugees already live in camps in X": no flight of the news
    elif rule is Rule.MOVEMENT:
        if standing_population(ctx, a, b, unit.phrase):
            return None  # "the camp already hosts about 70,000 refugees"
        if unit.phrase in ("left the", "left their", "left", "leaving", "quit") and not (
                NAMED_PLACE.match(ctx.text, span[1], b) or _LEFT_PLACES.match(ctx.norm_at(span[1], min(b, span[1] + 40)))):
            return None  # "left the Nur Shams camp", "left Djibo", "left villages in X"; not "left three dead"
        if not displaced_movement(ctx, doc, a, span, b, unit.phrase):
            return None
        if protest_journey(ctx):
            return None  # "crowds filled the square, many having arrived on foot from X": marchers, not displaced
    elif rule is Rule.BODIES:
        if not bodies_found(ctx, doc, seg, span):
            return None
    elif rule is Rule.EXECUTION:
        if not extrajudicial(ctx, seg, span):
            return None
    elif rule is Rule.PROPERTY:
        if unit.phrase.startswith(_PASSIVE_AUX) and not _BURNT_THING.search(ctx.norm_at(max(a, span[0] - 60), span[0])):
            return None  # "a man was burnt", "the bodies were burned": no property named before
        if unit.phrase in _BARE_BURNT and not _BURNT_OBJECT.match(ctx.norm_at(span[1], min(b, span[1] + 60))):
            return None  # "burned to death", "the fire burned for hours": no property named
        if _TYRES.search(unit.phrase) and not burns_more(ctx, unit.end) or burns_tyres(ctx, unit.start, unit.end):
            # "protesters burned tyres on the main road": a protest's road-blocking, nothing
            # destroyed; no crowd, no event ("the fire spread from burning tyres"); tyres burned
            # with a vehicle are a riot ("burned tyres and a bus", protests.burns_more)
            if not (ctx.has(Cue.CROWD, a, b) or crowd_agent(ctx, a, span)):
                return None
            return Event(*protest_label(ctx, seg, span), span, weight)
        if ctx.has(Cue.CROWD, a, b) or _crowd_pronoun(ctx, a, span):
            label = VD
        elif not unit.phrase.startswith(_DEED_NOUNS):
            # the deed as a noun has no subject before it: in "activists documented ... the
            # burning of houses in X" the activists tell of it, they did not riot
            label = crowd_agent(ctx, a, span) or label
    elif rule is Rule.PAIRED:
        assert trig.partner is not None
        if unit.phrase == "handed over" and (handed_to_force(ctx, span[1], b) or site_handed_to_force(ctx, a, span, b)):
            return Event(*NVT, span, weight)  # "the MNDAA handed over Lashio to the military"
        if unit.phrase == "handed over" and _ARMS_HANDED.match(ctx.norm_at(span[1], min(b, span[1] + 50))):
            return Event(*CHG, span, weight)  # "officials handed over 45 loose firearms to the government"
        partners = [
            h for h in ctx.hits(trig.partner, max(a, span[0] - _partner_reach(trig)), min(b, span[1] + 45))
            if h.end <= span[0] - 0 or (h.start >= span[1] and trig.partner is not Cue.TAKING)
        ]  # "hostages still held in Gaza" were not taken there: the taking comes first
        if not partners:
            return None
        partner = min(partners, key=lambda h: abs(h.start - span[0]))
        if unit.phrase == "handed over" and partner.phrase not in _CAPTIVE_PARTNERS:
            return None  # "Moscow handed over a memorandum setting out its conditions": a document given
        if trig.partner is Cue.AGREEMENT and signed_earlier(ctx, unit, partner.end):
            return None  # "under the agreement signed in Damascus in March": a deal referred to
        span = (min(span[0], partner.start), max(span[1], partner.end))
        if trig.partner is Cue.OUT_OF:  # "government forces drove al-Shabaab out of X"
            if partner.start < unit.end or not armed_in(ctx, s0, s1, (unit.start, unit.end)):
                return None
            if _ousted_by_politics(ctx, unit, b):
                return None  # "French troops have been forced out of X after coups"
            label = agent_kind(ctx, seg, (unit.start, unit.end), label)
    if label == ATT and rule in (Rule.ATTACK, Rule.CASUALTY) and state_force_in_protest_story(ctx, doc, span):
        label = EF  # "two people were shot dead in A", in a story of protesters killed
    elif label in (ATT, AC) and rule in _POLICE_KILLING_RULES and police_force_in_protest_story(ctx, doc, seg, span):
        # "in B, police killed at least six people", "a student was beaten to death by police",
        # in a story that tells protests
        label = EF
    return Event(label[0], label[1], span, weight, generic, weak)


# A weapon from afar told as the one who dealt a blow at fighters: "the air force", "army
# aviation and artillery", "its drones", "the aerial vector".
_REMOTE_AGENT = re.compile(
    r"(?<!\S)(?:(?P<air>air\s+force|air\s+component|aviation|aircraft|warplanes?|jets?|helicopters?|gunships?|"
    r"drones?|uavs?|aerial|air\s*strikes?|air\s+raids?)|artillery|mortars?|rockets?|missiles?|mlrs|howitzers?)(?!\S)"
)
# A fight on the ground between that weapon and the blow: "the troops, backed by the air force,
# engaged the terrorists in a firefight, neutralising 11" (a clash, not an air strike).
_GROUND_FIGHT = re.compile(
    r"(?<!\S)(?:fight\w*|fought|clash\w*|firefights?|gunfights?|gun\s+battles?|engag\w*|battl\w*|ground|gunfire|"
    r"ambush\w*|repel\w*|repuls\w*|assault\w*|troops|soldiers|infantry|raid\w*|stormed)(?!\S)"
)
# The weapon told as what was downed or as help to others: "shot down a drone and neutralised
# three gunmen", "with the support of the air force".
_NOT_THE_AGENT = re.compile(
    r"(?:shot\s+down|downed|intercepted|destroyed|seized|recovered|support\s+of|supported\s+by|backed\s+by|"
    r"cover\s+of|help\s+of|against)\s+(?:\S+\s+){0,3}$"
)
# Blows at fighters that a weapon from afar may deal: "neutralised", "struck manpower", "inflicted
# losses", "destroyed combat vehicles".
_REMOTE_BLOWS = ("neutrali", "hit ", "struck ", "inflict")
_COMBAT_VEHICLES = re.compile(r"\s+(?:vehicles?|boats?)\b", re.IGNORECASE)


def _remote_blow(ctx: SentenceContext, s0: int, unit: Unit, span: tuple[int, int]) -> tuple[str, str] | None:
    """The remote strike a blow at fighters is, when a weapon from afar dealt it: "army
    aviation and artillery struck manpower near X", "aircraft struck militants near Y,
    neutralising dozens" (an air strike, :data:`AIR`; :data:`SH` when no aircraft is named),
    not "troops, backed by the air force, engaged the enemy, neutralising 11" (a clash)."""
    if not unit.phrase.startswith(_REMOTE_BLOWS) and not (
            unit.phrase == "combat" and _COMBAT_VEHICLES.match(ctx.text, span[1])):
        return None
    before = ctx.norm_at(s0, span[0])
    agents = list(_REMOTE_AGENT.finditer(before))
    if not agents:
        return None
    last = agents[-1]
    if _GROUND_FIGHT.search(before, last.end()):
        return None
    # the first weapon of the agent phrase decides ("aviation and artillery": air)
    first = last
    for m in reversed(agents[:-1]):
        if _GROUND_FIGHT.search(before, m.end(), first.start()) or first.start() - m.end() > 40:
            break
        first = m
    if _NOT_THE_AGENT.search(before, 0, first.start()):
        return None
    return AIR if any(m.group("air") for m in agents if m.start() >= first.start()) else SH


def _protest_story_clash(ctx: SentenceContext, doc: DocumentContext) -> bool:
    """Whether bare clashes in the sentence are the protests' own, in a story whose lead
    tells protests ("clashes erupted on the avenue as lawmakers met inside"), or that tells
    them anywhere when the sentence holds a crowd or the police ("a mob attacked the police
    station, while clashes in A and B left dozens dead"): no armed man but the police, and
    no armed group, in the sentence."""
    s0, s1 = ctx.start, ctx.end
    if armed_besides_police(ctx, s0, s1) or ctx.has(Cue.NONSTATE, s0, s1):
        return False
    if doc.protest_story:
        return True
    return doc.protests_told and (ctx.has(Cue.CROWD, s0, s1) or any(
        h.phrase in _POLICE_WORDS for h in ctx.by_cue.get(Cue.ARMED, ())))


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
            elif event.event_type == PROTESTS != trig.event_type:  # "workers went on strike": a protest's modality
                trig = dataclasses.replace(trig, event_type=PROTESTS, sub_event_type=event.sub_event_type)
            if not is_unreal(ctx, doc.date, unit, trig, seg):
                if trig.rule is Rule.CASUALTY:
                    tolls.append(event)
                events.append(event)
            elif unreal is not None:
                unreal.append(event.trigger)
    return _strike_fires(ctx, _attribute_tolls(ctx, _drop_redundant(ctx, events), tolls))


# Fire or damage told after a strike from afar, with no one on the ground to set it: the
# strike's damage ("drones struck a refinery in A and set fire to a depot in B", "drones
# attacked A; in A a tractor burned down", "shelling killed a man in A and damaged power lines
# near B"), not property destroyed by hand.
_FIRE_WORDS = re.compile(r"(?<!\S)(?:fire|ablaze|alight|burn\w*|burnt|destroy\w*|damag\w*)(?!\S)")
_GROUND_HANDS = re.compile(
    r"(?<!\S)(?:troops|soldiers|fighters|militants|militiamen|militias?|gunmen|rebels|insurgents|police|"
    r"policemen|crowds?|protesters|demonstrators|rioters|mobs?|settlers|attackers|assailants|men|youths|"
    r"residents|looters|gangs?|bandits)(?!\S)"
)
_REMOTE_KINDS = frozenset((AIR[1], SH[1]))


def _strike_fires(ctx: SentenceContext, events: list[Event]) -> list[Event]:
    """Fires after a remote strike in the sentence take the strike's type when the sentence
    names no one on the ground who could have set them (:data:`_FIRE_WORDS`)."""
    if len(events) < 2 or not any(e.sub_event_type == LOOT[1] for e in events):
        return events
    out = list(events)
    for i, ev in enumerate(events):
        if ev.sub_event_type != LOOT[1] or not _FIRE_WORDS.search(ctx.norm_at(*ev.trigger)):
            continue
        strikes = [e for e in events[:i] if e.event_type == EXPLOSIONS and e.sub_event_type in _REMOTE_KINDS]
        if strikes and not _GROUND_HANDS.search(ctx.norm_at(ctx.start, ev.trigger[0])):
            out[i] = dataclasses.replace(ev, event_type=EXPLOSIONS, sub_event_type=strikes[-1].sub_event_type)
    return out


# Casualties told with a weapon that is not explosive (attacks.GUNFIRE): "shot dead".
_GUNFIRE_TOLLS = frozenset(("shot",))
_TOLL_TYPES = frozenset((BATTLES, VIOLENCE_AGAINST_CIVILIANS))


def _attribute_tolls(ctx: SentenceContext, events: list[Event], tolls: list[Event]) -> list[Event]:
    """Casualties (``tolls``, the same objects as in ``events``) take the type of the attack
    whose toll they are: an explosive attack in their clause first, else a clash told before
    them in it. "Three soldiers died when a roadside bomb went off" is a remote explosive;
    "fighting erupted in X, killing nine people" an armed clash."""
    if not tolls:
        return events
    toll_ids = {id(t) for t in tolls}
    others = [e for e in events if id(e) not in toll_ids]
    # gunfire told anywhere in the sentence: no toll takes a strike of an earlier clause
    shots = GUNFIRE.search(ctx.norm_at(ctx.start, ctx.end)) is not None
    out = list(events)
    for i, toll in enumerate(events):
        if id(toll) not in toll_ids:
            continue
        blast = _blast_of(ctx, events, toll, others, shots)
        if blast is not None:
            out[i] = dataclasses.replace(toll, event_type=blast.event_type, sub_event_type=blast.sub_event_type)
            continue
        if _after_clash(ctx, events, toll):
            out[i] = dataclasses.replace(toll, event_type=AC[0], sub_event_type=AC[1])
    return out


def _blast_of(
    ctx: SentenceContext, events: list[Event], toll: Event, others: list[Event], shots: bool
) -> Event | None:
    """The explosive attack in the toll's clause nearest to it, if the clause tells of no
    gunfire: "a strike on a house in X killed a family of eight" is an air strike, not an
    attack on civilians; "three soldiers died when a roadside bomb went off" a remote
    explosive, not a clash. Else, if the sentence tells no gunfire (``shots``), the strike
    of the clause before (:func:`_earlier_strike`, among the non-toll events ``others``)."""
    if toll.event_type not in _TOLL_TYPES or ctx.norm_at(*toll.trigger) in _GUNFIRE_TOLLS:
        return None
    seg = ctx.segment_of(toll.trigger[0])
    if GUNFIRE.search(ctx.norm_at(seg[0], seg[1])):
        return None
    blasts = [e for e in events if e.event_type == EXPLOSIONS and seg[0] <= e.trigger[0] < seg[1]]
    if blasts:
        return min(blasts, key=lambda e: abs(e.trigger[0] - toll.trigger[0]))
    return None if shots else _earlier_strike(others, seg)


def _earlier_strike(events: list[Event], seg: Segment) -> Event | None:
    """The remote strike told in the clause right before a toll's own clause, when nothing but
    tolls happens between them (the caller checks that the sentence names no gunfire): "drones
    attacked A and B; a man was wounded in A", "in A a woman was killed by shelling; in B a man
    died of his wounds". (``events`` are the sentence's events other than tolls.)"""
    before = [e for e in events if e.trigger[0] < seg[0]]
    if not before or before[-1].event_type != EXPLOSIONS or before[-1].generic:
        return None
    return before[-1]


# Victims named only as people: the toll of whatever the clause tells ("left three people dead").
_MERE_PEOPLE = frozenset(("people", "persons", "man", "men"))


def _after_clash(ctx: SentenceContext, events: list[Event], toll: Event) -> bool:
    """Whether an attack on civilians is the toll of a clash told before it in its clause,
    with no civilian named but people: "fighting erupted between the army and the rebels
    in X, killing nine people" is an armed clash, not an attack on civilians. (Tolls are
    generic readings, so a toll never counts as the clash.)"""
    if toll.event_type != VIOLENCE_AGAINST_CIVILIANS:
        return False
    seg = ctx.segment_of(toll.trigger[0])
    if any(h.phrase not in _MERE_PEOPLE for h in ctx.hits(Cue.CIVILIAN, seg[0], seg[1])):
        return False
    return any(e.sub_event_type == AC[1] and not e.generic and seg[0] <= e.trigger[0] < toll.trigger[0]
               for e in events)


# "destroyed two sea drones in the Red Sea and struck radar sites": a strike of its own
_NEXT_VERB = re.compile(r"(?<!\S)and\s+(?:then\s+|later\s+|also\s+)?$")
# An attempt told as such ("tried to attack", "are trying to storm").
# Only an attack (the lexicon has no "tried to strike"): a ground push ("tried to storm",
# "trying to advance") is met by troops, not by air defence.
_TRYING = frozenset(f"{t} to attack" for t in ("tried", "attempted", "trying", "attempting"))
# A clause of its own between an explosion and a later disposal: "a boy was killed by a
# landmine near X, and engineers dismantled 200 mines in Y" (the landmine went off).
_EARLIER_CLAUSE = re.compile(r"[,;]\s+(?:and|while|but|as|whereas)\s+(?!(?:then|later|also)\s)\S+\s+\S+|;")
_BANGS = frozenset(("explosion", "explosions", "blast", "blasts"))
_FOILED = re.compile(r"(?<!\S)(?:foiled|thwarted)(?!\S)")
# The bangs of strikes the sentence has told, heard elsewhere: "the sounds of the explosions
# were heard in X", "and explosions were heard in X", "the monitor heard the explosions in X"
# (not "explosions were heard in X", the only news of them).
_ECHO_BEFORE = re.compile(r"(?<!\S)(?:the\s+)?(?:sounds?|noise|echo(?:es)?)\s+of\s+(?:the|these|those)\s+$")
_HEARD_AFTER = re.compile(r"^\s+(?:(?:was|were|could\s+be)\s+)?(?:heard|felt)(?!\S)")
# Someone heard them: "the monitor heard the (sound of the) explosions in B".
_HEARD_BEFORE = re.compile(
    r"(?<!\S)(?:heard|hear|hears|hearing)\s+(?:the\s+)?(?:(?:sounds?|noise|echo(?:es)?)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:loud|heavy|powerful|several|multiple|successive|massive|violent)\s+)?$"
)
# Bare bangs in a clause after the strikes: "warplanes struck A, and explosions were heard in B".
_COORDINATE_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:and|while|as)\s+(?:(?:loud|heavy|powerful|several|multiple|successive|massive|violent)\s+)?$"
)


def _place_state_under_fire(ctx: SentenceContext, a: int, unit: Unit) -> bool:
    """Whether places are said to be or come under fire with no armed actor or force as the
    subject just before: "the occupiers shelled 9 villages, also the city was under fire",
    "the enemy shelled A, and in the city the districts B and C came under fire" (not
    "soldiers were under fire near X", "our positions near Y came under fire")."""
    if _MOVING_SUBJECT.search(ctx.norm_at(max(a, unit.start - 80), unit.start)):
        return False  # "a convoy travelling from A to B came under fire": the convoy was fired on
    near = max(a, unit.start - 40)
    return not (ctx.has(Cue.ARMED, near, unit.start) or ctx.has(Cue.ACTOR, near, unit.start))


# What moves and is fired on, the subject before a place it passes: "a convoy travelling to B".
_MOVING_SUBJECT = re.compile(
    r"(?<!\S)(?:convoys?|vehicles?|cars?|bus|buses|trucks?|lorr(?:y|ies)|patrols?|planes?|aircraft|ambulances?|"
    r"boats?|ships?|trains?|motorcades?|patrolling)(?!\S)"
)


# Generic triggers typed by their own word ("strikes", "bombed"), not by a weapon nearby.
_OWN_TYPE = frozenset((Rule.STRIKE, Rule.BOMBING, Rule.RAID))
# Clauses of time that date one attack against another ("a day after a missile landed in Y").
_DATING = frozenset(("after", "before"))


def _coordinated_apart(ctx: SentenceContext, seg: Segment, one: Event, other: Event) -> bool:
    """Whether a coordinate clause with its own subject opens between two events of a
    segment: "aviation strikes hit A, and artillery shelling was conducted on B" tells
    two attacks, not one told twice."""
    lo, hi = sorted((one.trigger[0], other.trigger[0]))
    if not any(u.start == one.trigger[0] and any(t.rule in _OWN_TYPE for t in u.triggers) for u in ctx.units):
        return False  # "fired on a jet ..., and the plane diverted": typed by the weapon after
    if any(lo < h.start < hi and h.phrase in _DATING for h in ctx.by_cue.get(Cue.SOFT_BREAK, ())):
        return True  # "Israel struck X on Monday, a day after a missile fired from Yemen landed near Y"
    if ", and " not in ctx.text[lo:hi] and ", but " not in ctx.text[lo:hi]:
        return False
    pieces = ctx.pieces(seg)
    return any(kind is Opening.COORDINATE and lo < p0 <= hi
               for (p0, _), kind in zip(pieces, clause_openings(ctx, pieces, []), strict=True))


def _echo_of_strikes(ctx: SentenceContext, ev: Event, events: list[Event]) -> bool:
    """Whether ``ev`` is the sound of explosions the sentence told before, heard
    somewhere else: "the strikes targeted a depot near A, and the sounds of the
    explosions were heard in B" (B only heard them)."""
    t0, t1 = ev.trigger
    if ctx.norm_at(t0, t1) not in _BANGS:
        return False
    before = ctx.norm_at(max(ctx.start, t0 - 40), t0)
    if not _HEARD_BEFORE.search(before) and not (
            _HEARD_AFTER.match(ctx.norm_at(t1, min(ctx.end, t1 + 25))) and (
            _ECHO_BEFORE.search(before) or _COORDINATE_BEFORE.search(before))):
        return False
    return any(o.event_type == EXPLOSIONS and o.trigger[1] <= t0 and ctx.norm_at(*o.trigger) not in _BANGS
               for o in events)


# An entry in force told by who it drove out: "stormed the camp and forced families to
# leave their houses" (no one hurt: the people were displaced, not attacked).
_STORMING = re.compile(r"^(?:storm|raid|broke\s+into|break\s+into|invad)")


def _storming_evicts(ctx: SentenceContext, seg: Segment, ev: Event, events: list[Event]) -> bool:
    """Whether ``ev`` is a storming of a place, with no one hurt, whose clause tells
    people made to leave their homes there (a displacement, :data:`_STORMING`)."""
    if (ev.event_type, ev.sub_event_type) != ATT or not _STORMING.match(ctx.norm_at(*ev.trigger)):
        return False
    if any(t.rule is Rule.CASUALTY for u in ctx.units if seg[0] <= u.start < seg[1] for t in u.triggers):
        return False
    return any(o.event_type == DISPLACEMENT and ev.trigger[1] <= o.trigger[0] < seg[1]
               and ctx.norm_at(*o.trigger).startswith(("to leave", "to evacuate", "forced"))
               for o in events)


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
        if ev.sub_event_type in (AIR[1], SH[1]) and any(
            o.sub_event_type == CW[1] and seg[0] <= o.trigger[0] < seg[1] for o in events
        ):
            continue  # "a helicopter dropped a chlorine cylinder": a chemical attack
        if ev.event_type == EXPLOSIONS and any(
            o.sub_event_type == DWU[1] and seg[0] <= o.trigger[0] < seg[1]
            and ((-60 <= ev.trigger[0] - o.trigger[1] <= 60 and not _NEXT_VERB.search(ctx.norm_at(o.trigger[1], ev.trigger[0]))
                  and not _EARLIER_CLAUSE.search(ctx.text, ev.trigger[1], max(ev.trigger[1], o.trigger[0])))
                 or (ev.trigger[0] < o.trigger[0] and _FOILED.search(ctx.norm_at(*o.trigger))))
            for o in events
        ):
            continue  # "air defence destroyed 12 drones"; "a drone attack on X was foiled"
        if ctx.norm_at(*ev.trigger) in _BANGS and any(o.sub_event_type == DWU[1] for o in events):
            continue  # "the explosions heard over X were air defence destroying a missile"
        if _storming_evicts(ctx, seg, ev, events):
            continue  # "troops stormed the camp and forced families to leave their houses": displacement
        if _echo_of_strikes(ctx, ev, events):
            continue  # "strikes targeted A, and the sounds of the explosions were heard in B"
        if ev.sub_event_type == NVT[1] and ctx.norm_at(*ev.trigger).startswith(_WITHDRAWAL_WORDS) and any(
                o.sub_event_type in (GRT[1], NSO[1]) for o in events):
            continue  # "rebels withdrew from X, and the army took control of the town": it was retaken
        out.append(ev)
    return out

"""Whether a fleeing, evacuation or movement trigger displaces people.

The rules (:mod:`~geo.incidents.rules`) read "fled", "evacuated", "headed to",
"by boat" as a displacement only when the ones moving are people: not the armed
actors fleeing (:func:`fleeing_fighters`, unless they evacuate people,
:func:`evacuates_people`), not officials, crews or suspects (:func:`not_displaced`),
and, for a plain movement, in a story of war or of refugees
(:func:`displaced_movement`). A count of people where they already are is no flight
(:func:`standing_population`), and a place whose own flight an old year dates takes no
other displacement of its clause (:func:`without_old_flights`). A bare "across" moves
people only when something sent them ("sent 3,000 people across the river into X"), and a
crowd of protesters on its way is no flight.
"""

from __future__ import annotations

import re

from datetime import date as Date

from geo.incidents.background import old_year
from geo.incidents.clauses import SentenceContext
from geo.incidents.events import DocumentContext, Event
from geo.incidents.lexicon import Cue, Rule
from geo.incidents.matcher import Unit, normalize
from geo.incidents.modality import demanded
from geo.incidents.policing import CASUALTY_WORDS
from geo.incidents.taxonomy import DISPLACEMENT, VIOLENT_EVENT_TYPES

__all__ = [
    "NAMED_PLACE", "PEOPLE_WORDS", "cause_of_flight", "displaced_by_violence", "displaced_movement", "evacuates_people", "fleeing_fighters", "made_to", "not_displaced",
    "protest_journey", "standing_population", "without_old_flights",
]

PEOPLE_WORDS = re.compile(
    r"(?<!\S)(?:civilians?|villagers|residents|families|family|women|children|refugees|displaced|"
    r"farmers|herders|passengers|students|pupils|worshippers|people|thousands|hundreds|dozens|"
    r"tens\s+of\s+thousands|many|survivors|inhabitants|population|populations|households|migrants|returnees|evacuees|"
    # one of them: "a woman who reached Hinche with her grandchildren"
    r"woman|man|mother|father|widow|survivor|resident|shopkeeper|farmer|individuals|persons|"
    # groups of the fleeing, not armed groups: "smaller groups headed north towards X"
    r"(?:smaller|small|other|several|large|larger)\s+groups|"
    # a share of the movers: "smaller numbers reached X", "growing numbers are crossing into Y"
    r"(?:smaller|small|larger|large|growing|increasing|similar|significant|unknown)\s+numbers|"
    # "a smaller number reached X by foot"
    r"a\s+(?:smaller|larger|small|large|growing|similar|significant)\s+number|"
    # nationals on the move: "250,000 Afghans returned from Iran"
    r"afghans|syrians|sudanese|palestinians|ukrainians|rohingya|somalis|haitians|venezuelans|congolese|"
    r"eritreans|ethiopians|burundians|yemenis|iraqis|lebanese|libyans|"
    r"malians|burkinabe|burkinabes|nigeriens|nigerians|chadians|cameroonians|centrafricans|mozambicans|"
    r"armenians|azerbaijanis|colombians|guatemalans|hondurans|mexicans|nicaraguans|salvadorans|"
    r"kurds|yazidis|tigrayans|amharas|rwandans|south\s+sudanese|myanmar\s+nationals)(?!\S)"
)


# The movers named by a relative pronoun after their noun: "displacing 3,000, many of whom fled".
_OF_WHOM = re.compile(
    r"(?<!\S)(?:(?:many|most|some|all|half|several|none|thousands|hundreds|dozens|the\s+rest)\s+of\s+(?:whom|them)|who)\s*$"
)
_COUNT_END = re.compile(r"(?<!\S)\d[\d ]*(?:\s+(?:more|others))?\s*$")  # "3,000", "wounding 20 more"


def _relative_people(ctx: SentenceContext, a: int, pos: int) -> bool:
    """Whether the fleeing verb at ``pos`` follows "many of whom" (or "who") whose
    antecedent, just before, is people or a count of them ("killing 17 people and
    displacing more than 3,000, many of whom fled"), not the armed actors."""
    before = ctx.norm_at(max(a, pos - 70), pos)
    rel = _OF_WHOM.search(before)
    if rel is None:
        return False
    ante = before[: rel.start()].rstrip()
    last = ante.split()[-1] if ante.split() else ""
    return bool(PEOPLE_WORDS.search(last) or _COUNT_END.search(ante))


# People made to move, by force, order or a cause, named between it and "to": "fighting
# forced 600 people to flee", "the army ordered residents to leave", "were forced to leave".
_MADE_TO = re.compile(
    r"(?<!\S)(?:forced|forcing|forces|force|compelled|compelling|obliged|obliging|ordered|ordering|orders|"
    r"made|making|pushed|pushing|drove|driving|drives|prompted|prompting|prompts|caused|causing|led)\s+"
    r"((?:\S+\s+){0,6}?)to\s*$"
)


def made_to(ctx: SentenceContext, a: int, to_end: int) -> str | None:
    """The ones made to move by a cause or an order before the "to" that ends at
    ``to_end`` ("fighting forced 600 more people to flee": "600 more people"; "were
    forced to leave": ""), or ``None`` when no one made them ("refused to leave")."""
    made = _MADE_TO.search(ctx.norm_at(max(a, to_end - 75), to_end))
    return None if made is None else made.group(1)


def _made_to_flee(ctx: SentenceContext, a: int, pos: int) -> bool:
    """Whether the fleeing verb at ``pos`` has people as the object of a cause before
    "to" ("clashes between the ELN and FARC dissidents forced 600 more people to flee"):
    the fighters caused the flight, the people fled."""
    made = made_to(ctx, a, pos)
    return made is not None and PEOPLE_WORDS.search(made) is not None


# A count out of the ones told before: "about 600 of them", "most of them".
_COUNTED_THEM = re.compile(r"(?<!\S)(?:\d\S*|many|most|some|half|hundreds|thousands)\s+of\s+them\s*$")


# Armed men the fleeing word describes, right after it: "struck the fleeing fighters", "the
# fleeing assailants" (not "fleeing bandit attacks", "fleeing shelling").
_FLEEING_MEN = re.compile(
    r"^\s+(?:(?:armed|islamist|jihadist|rebel|enemy)\s+)?(?:fighters|militants|assailants|attackers|gunmen|insurgents|"
    r"jihadists|rebels|terrorists|bandits|soldiers|troops|raiders|kidnappers|abductors)(?!\S)"
    r"(?!\s+(?:attacks?|violence|raids?|fire|shelling|fighting))"
)


# People a participle right after them arms: "men armed with rifles", "the individuals armed".
_ARMED_AFTER = re.compile(r"\s*,?\s*(?:heavily\s+)?armed(?!\S)")


def fleeing_fighters(ctx: SentenceContext, a: int, span: tuple[int, int]) -> bool:
    """Whether the ones fleeing are the armed actors ("the assailants ... fled"): the
    subject is looked for in the fleeing verb's own clause piece first ("..., and
    thousands fled"), else from the start of the segment; people a relative pronoun
    refers back to are no fighters ("..., many of whom fled"), nor are people the fighting
    made flee ("forced 600 people to flee")."""
    if _relative_people(ctx, a, span[0]) or _made_to_flee(ctx, a, span[0]):
        return False
    if _FLEEING_MEN.match(ctx.norm_at(span[1], min(ctx.end, span[1] + 40))):
        return True  # "jets struck the fleeing fighters near X": the word describes them
    piece = max(
        [a] + [h.end for h in ctx.by_cue.get(Cue.SOFT_BREAK, ()) if a <= h.start and h.end <= span[0]]
        + [i + 1 for i in range(a, span[0]) if ctx.text[i] == ","]
    )
    if _COUNTED_THEM.search(ctx.norm_at(piece, span[0])):
        return False  # "after the shelling, about 600 of them moved again to X": the people counted
    bounds = sorted({piece, a} | {i + 1 for i in range(a, piece) if ctx.text[i] == ","}, reverse=True)
    for lo in bounds:  # the nearest piece naming anyone: "ISIS killed two shepherds, and the inhabitants of X left"
        before = ctx.norm_at(lo, span[0])
        armed = [h.start for h in ctx.by_cue.get(Cue.ARMED, ())
                 if lo <= h.start and h.end <= span[0] and h.phrase not in CASUALTY_WORDS]
        people = next((m for m in PEOPLE_WORDS.finditer(before)
                       if not (m.group() in _COUNT_WORDS and _counts_armed(ctx, lo + m.end(), armed))), None)
        if people is not None and _ARMED_AFTER.match(before, people.end()):
            return True  # "men armed with rifles arrived from X", "the individuals armed, arrived"
        if people or armed:
            return bool(armed) and (people is None or lo + people.start() - min(armed) > 30)
    return False


# A count's "of" before what it counts: "dozens of terrorists".
_COUNT_WORDS = frozenset(("thousands", "hundreds", "dozens", "many", "tens of thousands"))
_COUNT_OF = re.compile(r"\s+of\s+(?:the\s+)?$")


def _counts_armed(ctx: SentenceContext, end: int, armed: list[int]) -> bool:
    """Whether the people word ending at ``end`` counts armed actors named right after it
    ("dozens of terrorists", "hundreds of fighters"): they are no people in flight."""
    return any(0 < s - end <= 10 and _COUNT_OF.match(ctx.norm_at(end, s)) for s in armed)


# Orders to leave: the ones told to go are displaced, not the ones who tell them.
_ORDERING = ("order", "orders", "ordered", "told", "warned", "instructed")
_OF_PEOPLE = re.compile(
    r"^\s+of\s+(?:(?:the|some|about|around|nearly|more\s+than|over|at\s+least|up\s+to|\S*\d\S*)\s+)*"
    r"(?:(?:hundreds|thousands|dozens|tens\s+of\s+thousands)\s+of\s+)?(?:\S+\s+)?"
    r"(?:civilians|villagers|residents|families|people|households|inhabitants|persons|individuals|population)(?!\S)"
)
_ORDERS = re.compile(r"^\s+(?:orders?|warnings?|notices?|directives?|calls?)(?!\S)")
_EVACUATED_PEOPLE = re.compile(  # "displaced an estimated 1,400 households"
    r"^\s+(?:of\s+)?(?:(?:the|some|about|around|nearly|more\s+than|over|at\s+least|an\s+estimated|\S*\d\S*)\s+)*"
)


def evacuates_people(ctx: SentenceContext, unit: Unit, b: int) -> bool:
    """Whether soldiers, police or officials evacuate or displace people ("troops
    evacuated 2,000 residents", "the army issued evacuation orders", "officials ordered
    the evacuation of families", "gangs displaced more than 3,000", "the military issued
    displacement orders"): the ones displaced are the object, not the subject."""
    if unit.phrase.startswith(_ORDERING):
        return True  # "the army issued orders to evacuate X", "soldiers told residents to leave"
    if not unit.phrase.startswith(("evacuat", "displac", "forcibly", "forcefully")):  # "the occupiers forcibly moved 60 residents"
        return False
    after = ctx.norm_at(unit.end, min(b, unit.end + 50))
    if unit.phrase == "displacement" and _OF_PEOPLE.match(after):
        return True  # "the clashes caused the displacement of hundreds of families towards X"
    if _ORDERS.match(after):
        return True  # "the army issued evacuation orders for X": the people of X must leave
    lead = _EVACUATED_PEOPLE.match(after)
    rest = after[lead.end() if lead else 0 :]
    if unit.phrase.startswith("displac"):  # a count displaced, not "the displaced families" given aid
        counted = lead is not None and any(c.isdigit() for c in lead.group())
        return counted and (not rest.strip() or PEOPLE_WORDS.match(rest) is not None)
    if lead is not None and any(c.isdigit() for c in lead.group()) and _MORE_OF_THEM.match(rest):
        return True  # "volunteers evacuated 12 more of them on Monday": a count of the people told before
    return PEOPLE_WORDS.match(rest) is not None


# A count of the people told before: "evacuated 12 more of them", "evacuated 40 of them".
_MORE_OF_THEM = re.compile(r"(?:more\s+)?of\s+them(?!\S)|more(?:\s+people)?(?!\S)")


# Those whose leaving is no displacement: officials, crews, diplomats, suspects.
_NOT_DISPLACED = re.compile(
    r"(?<!\S)(?:lawmakers|legislators|politicians|mps|senators|deputies|president|prime\s+minister|"
    r"minister|ministers|leader|leaders|officials|diplomats|diplomatic\s+staff|embassy\s+staff|"
    r"crew|crews|crew\s+members|sailors|staff|personnel|suspects?|prisoners|inmates|convicts|players|team|"
    # peacekeepers and patients carried to care: "a peacekeeper was wounded and evacuated to X"
    r"peacekeepers?|patients|"
    r"executives|ambassador|envoy|king|democrats|republicans|opposition\s+leader|"
    # goods and vehicles: "some aid trucks had reached X"
    r"trucks|lorries|shipments?|supplies|aid|"
    # the wounded taken to hospital: where they were taken, not where they fled
    r"wounded|injured|casualties|bodies|victims|"
    # visitors: "tourists who came from all over the country"
    r"tourists|visitors|pilgrims|faithful|worshippers|fans|spectators|guests|delegates|delegations)(?!\S)"
)
_TO_CARE = re.compile(
    r"^\s*(?:(?:by|on)\s+(?:helicopter|ambulance|air)\s+)?to\s+(?:(?:a|the|nearby|local|several|two|three|field)\s+)*"
    r"(?:hospitals?|clinics?|medical|health|trauma)(?!\S)"
)
_EVACUATED_WHOM = re.compile(r"^\s+(?:of\s+)?(?:(?:its|their|the|all|his|her|some|\d+)\s+){0,2}(?:\S+\s+)?")


def not_displaced(ctx: SentenceContext, a: int, span: tuple[int, int], b: int) -> bool:
    """Whether the ones leaving are officials, crews or suspects ("Democratic lawmakers
    fled to Illinois", "the crew was evacuated to Djibouti", "evacuated its diplomats")."""
    before = ctx.norm_at(max(a, span[0] - 45), span[0])
    tail = before.rsplit(" and ", 1)[-1]
    if not tail.strip():  # two verbs of one subject: "a peacekeeper was wounded and evacuated to X"
        tail = before
    last = _NOT_DISPLACED.search(tail) if tail else None
    people = PEOPLE_WORDS.search(before)
    if last and not (people and people.start() > len(before) - len(tail) + last.start()):
        return True
    if _TO_CARE.match(ctx.norm_at(span[1], min(b, span[1] + 40))):
        return True  # "injured and evacuated to hospitals in X": patients, not the displaced
    after = _EVACUATED_WHOM.match(ctx.norm_at(span[1], min(b, span[1] + 40)))
    return bool(after and _NOT_DISPLACED.search(after.group()))


# What people leave when "left the" moves them: a named place ("the Nur Shams camp",
# "the Gaza Strip"), not "the meeting" or "the party".
NAMED_PLACE = re.compile(r"\s+(?:(?:neighbourhood|neighborhood|village|town|city|district|area|camp|region)\s+of\s+)?(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:camp|city|town|village|area|region|district))?\b")
# Where returning is no going home: "returned to the streets", "to work", "to power".
_NOT_HOME = re.compile(
    r"\s+(?:the\s+)?(?:streets?|work|school|power|normal|normality|office|talks|negotiat\w*|table|"
    r"pitch|stage|court|parliament|field|fields|farms?|farmland|frontline|front|battle|fighting|base|barracks|duty|"
    r"polls|vote|hospitals?|market|prayers?|mosque|church|bed|sleep|war)(?!\S)"
)
# Movers whose moving is displacement even outside a war story.
_DISPLACED_MOVERS = re.compile(r"(?<!\S)(?:refugees|displaced|migrants|evacuees|returnees|asylum\s+seekers)(?!\S)")
# "they", "others", "about 600 of them", "the majority (71%)"
_MOVER_PRONOUNS = re.compile(r"(?<!\S)(?:they|others|many|some|most|those|of\s+them|majority|the\s+rest)(?!\S)")
# Camps that shelter no displaced people: "militant training camps in X".
_NOT_SHELTER_CAMP = re.compile(
    r"(?<!\S)(?:training|military|army|militant|terrorist|rebel|bandit|insurgent|summer|boot|prison|detention|labour|labor)\s*$"
    # camps that armed men operate from: "bandits operate from camps in forests straddling X"
    r"|(?<!\S)(?:operate|operates|operating|operated|based|hide|hiding|hid|strike|striking|attack|attacking)\s+"
    r"(?:from|in|out\s+of|at)\s*$"
)
# Where an onward leg ends: a named place or a place noun ("continued to the camps in X").
_ONWARD_PLACE = re.compile(
    r"\s+(?:[A-Z][\w'’-]*|the\s+(?:camps?|city|town|village|border|coast|capital|south|north|east|west)\b)"
)
# People carried somewhere are displaced when they are evacuees or refugees, not the
# wounded, the dead or detainees carried to hospitals, morgues and prisons.
_CARRIED = ("taken", "brought", "transported", "bussed", "ferried", "driven")
_CARED_FOR = re.compile(
    r"(?<!\S)(?:wounded|injured|bodies|dead|body|casualties|patients?|hospitals?|clinics?|morgues?|detainees?|"
    r"prisoners?|suspects?|arrested|custody|prison|jail|questioning|interrogation)(?!\S)"
)
# Arrivals name the ones moving themselves: "new arrivals at the border crossing".
# The movement told as a noun names its movers too: "returns from Iran", "relocations from
# the border to the camps of A and B", "daily arrivals at X".
_ARRIVALS = ("arrivals", "new arrivals", "daily arrivals", "weekly arrivals", "returns ", "relocation")
# "returns" is the noun only after a word that opens a noun phrase ("an update on returns from
# Iran", "a trickle of returns", "voluntary returns to X"), not a verb ("tourism returns to the islands").
_RETURNS_NOUN = re.compile(
    r"(?:^|(?<!\S)(?:on|of|the|and|for|voluntary|spontaneous|forced|mass|new|daily|weekly|refugee|total|"
    r"organised|organized|facilitated|assisted))\s*$"
)
# A bare "across" moves people only when something sent them there, the people named in
# between: "the strikes sent 3,000 people across the Moei into X", "pushed 3,800 people
# across the border into Y" (not "protests spread across the country").
_SENT_ACROSS = re.compile(
    r"(?<!\S)(?:sent|sending|sends|send|pushed|pushing|pushes|push|drove|driving|drives|driven|forced|forcing|"
    r"forces|chased|chasing)\s+((?:\S+\s+){1,6}?)$"
)
# A bare count moves as people after a flight told before it: "where about 10,000 have arrived".
_BARE_COUNT = re.compile(r"(?<!\S)(?:about|some|around|nearly|over|more\s+than|at\s+least)\s+\d[\d ]*"
                         r"(?:\s+(?:have|has|had|were|are|was))?\s*$")
# Households named with where they came from: "around 300 families from X have arrived in Y".
_PEOPLE_FROM = re.compile(
    r"(?<!\S)(?:families|households|residents|villagers|civilians|inhabitants|people)\s+from\s+[A-Z]"
)


# "by boat", "on foot" say how people left only after a leaving verb.
_MEANS = frozenset(["by boat", "by boats", "by bus", "by buses", "on foot", "by donkey cart", "by road"])
_LEAVING = re.compile(
    r"(?<!\S)(?:left|leaving|leave|leaves|fled|fleeing|flee|escaped|escaping|crossed|crossing|reached|"
    r"arrived|arriving|travelled|traveled|walked|walking|evacuated|came|went|set\s+off|made\s+their\s+way)(?!\S)"
)


# Places that receive the displaced: "the transit centre in X", "collective centres in Y".
_RECEIVING = ("transit ", "reception ", "collective ")
# Places that take the displaced in only when told as full: "host communities in X report
# overcrowding" (not "host communities in X received seeds").
_FULL_PLACES = ("host communities", "host families")
_OVER_CAPACITY = re.compile(
    r"(?<!\S)(?:over\s+capacity|overcrowd\w*|overwhelmed|full\s+capacity|beyond\s+capacity|at\s+capacity|"
    r"no\s+more\s+space|no\s+room)(?!\S)"
)
# A place emptied of its people: "X is almost empty", "emptied of its residents".
_EMPTIED = ("almost ", "nearly ", "virtually ", "all but ", "emptied ")
# Streets and shops empty in a lockdown or a strike: nobody fled ("streets were almost deserted").
_EMPTY_STREETS = re.compile(r"(?<!\S)(?:streets?|roads?|shops?|markets?|offices|schools|stores|squares?|roads)(?!\S)")
# A centre told only as where aid goes ("partners delivered kits to the transit centre"),
# or one not yet open ("a collective site is planned in X"), received nobody.
_AID_GIVEN = re.compile(
    r"(?<!\S)(?:deliver\w*|provid\w*|distribut\w*|supplies|kits|meals|prepositioned|pre-positioned|items|"
    r"assistance|repair\w*|rehabilitat\w*|equipped|funding)(?!\S)"
)
_TAKEN_IN = re.compile(
    r"(?<!\S)(?:received|receiving|receives|hosting|hosts|hosted|sheltering|shelters|accommodat\w*|opened|"
    r"registered|arrived|arriving|arrive|arrivals|capacity|overcrowded|overwhelmed|full)(?!\S)"
)
_NOT_YET = re.compile(r"(?<!\S)(?:planned|expected\s+to\s+open|will\s+open|to\s+be\s+opened|under\s+construction)(?!\S)")
_HOSTING = ("hosting", "hosts", "hosted", "host", "received", "receiving")
# Who is hosted: a count of people ("hosting some 4,800 people", "hosts more than a million
# people", "hosted 2,000 displaced"), not "hosting talks", "hosts the UN mission", "hosted staff".
_HOSTED_PEOPLE = re.compile(
    r"^\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)*"
    r"(?:\S*\d\S*|a|one|two|three|half|hundreds|thousands|tens)(?:\s+(?:of|a|\S*\d\S*))*"
    r"(?:\s+(?:million|thousand|hundred))?(?:\s+(?:more|newly|internally|displaced|new))*\s+"
    r"(?:people|persons|individuals|families|households|refugees|displaced|idps|evacuees|returnees|arrivals|"
    r"civilians|residents|children|women|(?:[a-z]+\s+)?nationals)(?!\S)"  # "receiving 1,000 colombian nationals"
)
# Who is relocated: people named after the verb ("relocated 1,300 households from A to B").
_RELOCATED_PEOPLE = re.compile(
    r"^\s+(?:(?:some|about|around|nearly|more\s+than|over|at\s+least|the|\S*\d\S*)\s+)*"
    r"(?:people|persons|individuals|families|households|residents|villagers|inhabitants|civilians|"
    r"refugees|displaced|idps|evacuees|communities)(?!\S)"
)

# Journey verbs read bare only when a "to" and a place end them after a short gap of
# time, way or means, with no clause between: "returned during the past month to X",
# "crossed the river by canoe to Y", "walking some 40 km north to Z" (not "returned fire").
_GAPPED_VERBS = ("return", "cross", "walk", "travel", "trek")
_GAP_TO = re.compile(
    r"\s+(?:(?!(?:but|who|which|that|where|while|when|after|before|because|to|toward|towards|into|from|said|says)\s)"
    r"[^\s,;:.()\"“”]+\s+){1,7}?(?:to|toward|towards|into)\s+(?:the\s+(?:town|city|village|camp|area)\s+of\s+)?"
    r"(?:the\s+)?[A-Z]"
)


def _word_start(ctx: SentenceContext, a: int, pos: int) -> int:
    """``pos`` moved back to the start of the word it cuts ("families", not "ilies")."""
    while pos > a and not ctx.text[pos - 1].isspace():
        pos -= 1
    return pos


# Those whose journey may be a flight even in a story of protests: "300 families from X
# have arrived in Y".
_FLEEING_KIND = re.compile(r"(?<!\S)(?:families|family|households|children|women|inhabitants|population)(?!\S)")


def protest_journey(ctx: SentenceContext) -> bool:
    """Whether a movement in this sentence is people going to a protest, not a flight:
    the sentence tells a crowd or a protest ("crowds filled the square, many having
    arrived on foot from X"), with no armed actor, no flight and no displaced or fleeing
    kind of people in it."""
    if not (ctx.flag(Cue.CROWD) or any(t.rule is Rule.PROTEST for u in ctx.units for t in u.triggers)):
        return False
    told = ctx.norm_at(ctx.start, ctx.end)
    if ctx.flag(Cue.ARMED) or _DISPLACED_MOVERS.search(told) or _FLEEING_KIND.search(told):
        return False
    return not any(t.rule is Rule.DISPLACE for u in ctx.units for t in u.triggers)


# A journey told before "to reach": "crossing the river on canoes to reach X", "walked for
# days to reach Y" (not "hope to reach", "trying to reach").
_JOURNEY_BEFORE = re.compile(
    r"(?<!\S)(?:cross(?:ed|ing|es)?|walk(?:ed|ing|s)?|wad(?:ed|ing|es)|trek(?:ked|king|s)?|fled|fleeing|flee|"
    r"travel(?:l?ed|l?ing|s)?|mov(?:ed|ing|es)|head(?:ed|ing|s)|escaped|escaping|swam|swimming|rode|riding|"
    r"hiked|hiking|drove|driving)\s+(?:\S+\s+){0,7}$"
)


# The vehicles that carry people somewhere, right before "bound for": "onto trucks bound
# for X", "in a convoy bound for Y" (not a ship or a flight: crews and travellers).
_VEHICLE_BOUND = re.compile(r"(?i)(?<!\S)(?:trucks|lorries|buses|convoys?|boats|carts)\s+$")


def displaced_movement(ctx: SentenceContext, doc: DocumentContext, a: int, span: tuple[int, int],
                        b: int, phrase: str) -> bool:
    """Whether "headed to", "poured into", "by boat" ... moves displaced people: the
    movers before the verb are people ("families", "many of them", "they"), not
    officials, and the story is about a war or the movers are refugees or migrants."""
    if phrase == "bound for":  # "families loaded their goats onto trucks bound for X": who rides them moves
        vehicle = _VEHICLE_BOUND.search(ctx.text, max(a, span[0] - 40), span[0])
        if vehicle is None:
            return False  # "a ship bound for Odesa"
        span = (vehicle.start(), span[1])
    before = ctx.norm_at(_word_start(ctx, a, max(a, span[0] - 70)), span[0])  # "thousands of Kurdish families from ..."
    if phrase.startswith("camps"):  # "the camps in Cox's Bazar", in a story of people fleeing
        return doc.displacing and not _NOT_SHELTER_CAMP.search(before)
    if phrase.startswith(_FULL_PLACES):  # "host communities in X report overcrowding"
        return doc.displacing and _OVER_CAPACITY.search(ctx.norm_at(a, b)) is not None
    if phrase.startswith(_RECEIVING):  # "the transit centre in X received 640 people", in a story of flight
        told = ctx.norm_at(a, b)
        return doc.displacing and not _NOT_YET.search(told) and not (
            _AID_GIVEN.search(told) and not _TAKEN_IN.search(told))  # not "kits delivered to the transit centre in X"
    if phrase.startswith(_EMPTIED):  # "X is reported to be almost empty", not "streets were nearly deserted"
        return doc.displacing and not _EMPTY_STREETS.search(before)
    if phrase == "across":  # "the bombing sent 3,000 people across the river into X"
        sent = _SENT_ACROSS.search(before)
        return sent is not None and PEOPLE_WORDS.search(sent.group(1)) is not None \
            and _GAP_TO.match(ctx.text, span[1], b) is not None
    if " " not in phrase and phrase.startswith(_GAPPED_VERBS) and not _GAP_TO.match(ctx.text, span[1], b):
        return False  # "families returned during the past week to X", not "troops returned fire"
    after = ctx.norm_at(span[1], min(b, span[1] + 70))
    if phrase in _HOSTING:  # "X now hosts more than a million people", in a story of flight
        return doc.displacing and _HOSTED_PEOPLE.match(after) is not None
    if phrase.startswith("relocat") and " " not in phrase and _RELOCATED_PEOPLE.match(after):
        return True  # "the government relocated 1,300 households from A to B"
    if phrase == "went to" and (_NOT_HOME.match(after) or not _ONWARD_PLACE.match(ctx.text, span[1], b)):
        return False  # "voters went to the polls", "women who went to fetch firewood"
    if phrase in _MEANS and not _LEAVING.search(before):
        return False
    if phrase.startswith("returns ") and not _RETURNS_NOUN.search(before):
        return False  # "tourism returns to the islands": a verb, with its subject
    if phrase.startswith(_ARRIVALS) and not not_displaced(ctx, a, span, b):
        return doc.displacing or doc.armed  # "arrivals in X described walking for two days": the noun names the movers
    if phrase == "to reach" and not _JOURNEY_BEFORE.search(before):
        return False  # "hope to reach relatives in X", "unable to reach their fields": no journey told
    if phrase.startswith(("arriv", "reached", "reaching", "to reach", "have reached", "has reached", "had reached")) \
            and not (doc.displacing or _DISPLACED_MOVERS.search(before) or doc.armed and _PEOPLE_FROM.search(
                ctx.text, _word_start(ctx, a, max(a, span[0] - 70)), span[0])):
        return False  # "delegates arrived in Doha"; "women arriving in Adre" after an exodus; in a war
        # story "300 families from X have arrived in Y"
    if phrase.startswith("continu") and not _ONWARD_PLACE.match(ctx.text, span[1], b):
        return False  # "others continued to Dnipro", not "civilians continued to face attacks"
    if phrase.startswith(_CARRIED) and not (_DISPLACED_MOVERS.search(before) or (
            doc.displacing and not _CARED_FOR.search(ctx.norm_at(max(a, span[0] - 70), min(b, span[1] + 40))))):
        return False  # "the wounded were taken to hospital in X"; "evacuees were brought to Y"
    if phrase.startswith("return") and _NOT_HOME.match(ctx.norm_at(span[1], min(b, span[1] + 30))):
        return False  # "thousands returned to the streets", "returned to work"
    people = PEOPLE_WORDS.search(before) or _MOVER_PRONOUNS.search(before) or (
        doc.displacing and _BARE_COUNT.search(before))  # "where about 10,000 have arrived in X"
    if not people or not_displaced(ctx, a, span, b) or fleeing_fighters(ctx, a, span):
        return False
    return (doc.armed or doc.displacing or ctx.flag(Cue.ARMED) or _DISPLACED_MOVERS.search(before) is not None
            or phrase.startswith(("return", "went back", "relocat")))  # returnees: "families returned to their
    # homes"; the relocated: "3,000 residents were relocated to tents" (after a quake too)


def _asked_for(ctx: SentenceContext, unit: Unit) -> bool:
    """Whether the flight or return of ``unit`` is only demanded: the places after it are
    where people want to go, not where any went ("displaced families rallied demanding
    their return to their villages in X": X takes no displacement of "displaced")."""
    return demanded(ctx, ctx.segment_of(unit.start)[0], unit.start)


# The displaced named right after the return asked for them: "the return of people displaced from X".
_RETURN_OF = re.compile(r"^\s+(?:of\s+)?(?:(?:the|all|those|\S+ing)\s+)?(?:people|persons|families|residents|civilians|those)?\s*$")


def _whose_return(ctx: SentenceContext, asked: list[int], e: Event) -> bool:
    """Whether the flight word of ``e`` only names the people whose return is asked for
    (one ending at ``asked``): "the deal guarantees the return of people displaced from X"
    tells of no flight now."""
    t0 = e.trigger[0]
    return ctx.text[t0:e.trigger[1]].lower() == "displaced" and any(
        0 <= t0 - end <= 40 and _RETURN_OF.match(ctx.norm_at(end, t0)) for end in asked)


def without_old_flights(
    ctx: SentenceContext, published: Date | None, events: list[Event], spans: list[tuple[int, int]],
    unreal: list[tuple[int, int]], attached: list[list[tuple[Event, float]]],
) -> list[list[tuple[Event, float]]]:
    """The events of each mention in ``attached`` without the displacement of a place
    whose own flight is dated well before the article: the place after a flight verb that
    an old year dates (one of ``unreal``) is where people fled then, whatever other word of
    flight the clause holds ("the IDP camps already hold people who fled from X in 2023",
    "evacuees, some of whom had already fled once in 2022 from villages near Y"). A place
    after a flight of the news is still its own ("people who fled X in 2019 have now
    returned to Y": Y). So is a place after a return only demanded (:func:`_asked_for`)."""
    old = [u for u in ctx.units if any(t.event_type == DISPLACEMENT for t in u.triggers) and (_asked_for(ctx, u) or (
        (u.start, u.end) in unreal and published is not None and old_year(ctx, published, u, ctx.segment_of(u.start))))]
    if not old:
        return attached
    asked = [u.end for u in old if _asked_for(ctx, u)]
    real = [e.trigger[0] for e in events if e.event_type == DISPLACEMENT and not _whose_return(ctx, asked, e)]
    out = []
    for span, found in zip(spans, attached):
        lo = ctx.segment_of(span[0])[0]
        flights = [(p, False) for p in real if lo <= p < span[0]] + [(u.start, True) for u in old if lo <= u.start < span[0]]
        if flights and max(flights)[1]:
            found = [(e, f) for e, f in found if e.event_type != DISPLACEMENT]
        out.append(found)
    return out


# A count of people told where they already are, not where they went: "more than a million
# refugees already live in camps around X", "the camp already hosts 70,000 refugees",
# "about 70,000 refugees remain in X".
_STANDING = re.compile(
    r"(?<![\w'’-])(?:[Aa]lready\s+(?:\S+\s+)?(?:live|lives|living|host|hosts|hosting|hold|holds|holding|"
    r"shelter|shelters|sheltering|house|houses|housing|accommodates?|accommodating)(?![\w'’-])"
    r"|(?:remain|remains)\s+in\s+(?=[A-Z])"
    # "some 3.7 million people remain internally displaced in X"
    r"|(?:remain|remains)\s+(?:internally\s+)?displaced\s+(?:in|across|within)(?=\s+[A-Z]))"
)
# The words of such a count: the people and where they stay, not a flight told with it.
_STANDING_WORDS = ("refugee", "idp", "internally displaced", "displaced", "displacement camp", "camp", "live", "lives",
                   "living", "remain", "stay", "host", "shelter", "housed", "asylum seekers")


def standing_population(ctx: SentenceContext, a: int, b: int, phrase: str) -> bool:
    """Whether the displacement word ``phrase`` of the clause ``[a, b)`` only counts people
    where they already are ("more than a million refugees already live in camps in X",
    "70,000 refugees remain in X"): the place took them in long before the news."""
    return phrase.startswith(_STANDING_WORDS) and _STANDING.search(ctx.text, a, b) is not None


# Violence told as the subject of a displacing verb: "the fighting has displaced tens of
# thousands of people in X", "the bombardment pushed families towards camps in A". The
# violence is only the cause there; the places after the verb are where people were
# displaced (from or to), not where it happened.
_DISPLACING_VERB = re.compile(
    r"^(?:\s+(?:has|have|had|also|already|reportedly|now|since))*\s+(?:(displaced|displaces|uprooted|uproots)|"
    r"(pushed|pushes|drove|drives|driven|sent|sends|forced|forces))(?!\S)"
)
_PEOPLE_NEAR = 60  # characters after a verb like "pushed" in which the people moved are named


def displaced_by_violence(text: str, start: int, found: list[tuple[Event, float]]) -> list[tuple[Event, float]]:
    """Drop from a mention at ``start`` the violence whose trigger is the subject of a
    displacing verb before it: "the fighting has displaced 20,000 people in X" (X takes the
    displacement). "Pushed", "drove", "sent" and "forced" only displace when people are
    moved ("shelling pushed hundreds of families to X", not "pushed the rebels out of X")."""
    def cause_only(e: Event) -> bool:
        t0, t1 = e.trigger
        if e.event_type == DISPLACEMENT or t1 > start or start - t1 > 200:
            return False
        m = _DISPLACING_VERB.match(normalize(text[t1:start]))
        if m is None:
            return False
        if m.group(1):
            return True
        return PEOPLE_WORDS.search(normalize(text[t1 + m.end() : t1 + m.end() + _PEOPLE_NEAR])) is not None

    return [(e, f) for e, f in found if not cause_only(e)]


# A fronted cause that opens its sentence: "Due to the clashes, " "As a result of the attacks, ".
_FRONTED_CAUSE = re.compile(
    r"(?:^|\n|[.!?]\s)\s*(?:due\s+to|because\s+of|owing\s+to|as\s+a\s+(?:consequence|result)\s+of)"
    r"\s+(?:the\s+|these\s+|those\s+)?(?:\S+\s+)?$",
    re.IGNORECASE,
)
# People on the move in the clause a fronted cause opens: "..., 50 families abandoned their homes".
_FLIGHT_WORDS = re.compile(
    r"(?<!\S)(?:fled|flee|fleeing|displaced|displacing|abandoned|abandoning|left\s+their|moved\s+to|took\s+refuge|"
    r"taken\s+refuge|sought\s+refuge|sheltering|evacuated|relocated|crossed\s+into|arrived\s+in)(?!\S)"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# The violence people flee, after the flight's destination: "crossed into X, fleeing clashes".
_FLEEING_BEFORE = re.compile(
    r"(?<!\S)(?:fleeing|escaping|running\s+from)\s+(?:from\s+)?(?:the\s+|renewed\s+|heavy\s+)?(?:\S+\s+)?$"
)
# Where the flight led: "crossed into the municipality of X", "took refuge in X", "moved to X".
_TOWARD_BEFORE = re.compile(
    r"(?<!\S)(?:into|to|towards|toward|reached|reaching|crossed|crossing|refuge\s+in|shelter\s+in|arrived\s+in)"
    r"\s+(?:the\s+)?(?:[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?)?$"
)


def cause_of_flight(text: str, start: int, found: list[tuple[Event, float]]) -> list[tuple[Event, float]]:
    """Drop from a mention at ``start`` the violence told only as the cause of a flight:
    a fronted cause before the clause the place is in ("Due to the clashes, 50 families left
    X for Y": neither X nor Y is where the clashes were), and the violence fled after the
    place the people reached or crossed ("200 people crossed into X, fleeing fighting": X took
    them in)."""
    def cause_only(e: Event) -> bool:
        t0, t1 = e.trigger
        if e.event_type not in VIOLENT_EVENT_TYPES:
            return False
        if t1 <= start:
            between = text[t1:start]
            if start - t1 > 250 or "," not in between or any(c in between for c in ".;\n"):
                return False
            if _FRONTED_CAUSE.search(text, max(0, t0 - 60), t0) is None:
                return False
            rest = _SENTENCE_END.search(text, t1)
            return _FLIGHT_WORDS.search(normalize(text[t1 : rest.start() if rest else len(text)])) is not None
        if t0 - start > 120 or any(c in text[start:t0] for c in ".;\n"):
            return False
        return (_FLEEING_BEFORE.search(normalize(text[max(0, t0 - 40) : t0])) is not None
                and _TOWARD_BEFORE.search(normalize(text[max(0, start - 50) : start])) is not None)

    return [(e, f) for e, f in found if not cause_only(e)]

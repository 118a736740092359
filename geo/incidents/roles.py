"""What part a place mention plays in its sentence, before any event is attached.

* ``PLACE`` — an ordinary location, which events of its clause reach;
* ``FRAME`` — a venue, route or origin: "a news conference in New York", "flights
  between Moscow and Antalya", "a student from Kulgam", "the airspace over the Caspian Sea, Iran and Iraq",
  "near the border with Niger"; a frame spreads to the names listed after it;
* ``NAME`` — part of a name: "the Sochi Agreement", "London-based";
* ``ACTOR`` — the place stands for its government or army: "Israel's military",
  "Russia and Ukraine signed";
* ``QUALIFIER`` — it only locates the mention before it: "Qaminas in Idlib
  countryside", "Nyala, the capital of South Darfur";
* ``SOURCE`` — a place people or forces come from: "troops from Afghanistan";
  it takes only displacement and peaceful handovers ("fled from", "withdrew from");
* ``DESTINATION`` — where displaced people go: "fled Sake toward Goma", "evacuated
  to camps in Imphal"; it takes only displacement, not the fighting they fled;
* ``SEAT`` — the seat of an authority: "the government in Bamako", "the authorities
  in Kabul"; it takes only the authority's own decisions (a state of emergency, a
  curfew) and the arrests it makes, not violence.

A place is also a ``FRAME`` when it is only referred to: what a strike answers ("in
retaliation for the shelling of X"), a comparison or what an event recalls ("worse
than in X", "the massacre recalled the 2023 killings in X"), what a superlative or an
ordinal is measured against ("the deadliest since March, when 300 were killed in X",
"the first grenade attack since the April killing of 26 tourists at X"), a court ("a
court in X"), where an attack was planned ("coordinated by handlers in X") or where a
group originated ("the ADF, which originated in X"). A country or province right after
a place and a comma ("Odesa, Ukraine, ...") or after a division of it ("Guimara
upazila of Khagrachari district", "the Catatumbo region of northeastern Colombia") only
locates it: a ``QUALIFIER``; so does a locator set off by commas ("in Uvira, on the
northern tip of Lake Tanganyika, ...", "near A, the site of an air base west of B").

A state is an ``ACTOR`` as the subject of a clause, after a dateline's dash too
("KYIV — Russia pounded ..."), in a relative clause ("the zone that Israel has
designated"), with its group or mediation ("Yemen's Houthi movement", "Oman's
mediation"), with its campaign against a place ("Israel's siege of X"), and when it is
accused, blamed or urged ("accused India of ..."). A country or province in the possessive
only locates the place of its own named after it ("in Iraq's Kurdistan region", "Congo's
capital Kinshasa"), and a sea only the port or coast it names ("the Red Sea port city"):
``QUALIFIER``; the two states of "A's border with B" are a ``FRAME``.

Journeys and landmarks (:mod:`~geo.incidents.paths`): the ends of a route are
``FRAME`` ("a bus travelling from A to B"), while a place "near" them is where the
event happened; "from the occupied A" and "coming from A and B" are ``SOURCE``; a
river an event place was attacked across only locates it (``QUALIFIER``).

Only ``PLACE``, ``SOURCE``, ``DESTINATION`` and ``SEAT`` mentions take events.

Examples
--------
>>> text = "Guterres told a news conference in New York that jets hit Ariha in Idlib province."
>>> spans = [(35, 43), (58, 63), (67, 72)]
>>> [r.value for r in mention_roles(text, spans, [(0, len(text))])]
['frame', 'place', 'qualifier']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from gazetteer.index import haversine_km
from gazetteer.model import Place, PlaceKind
from geo.incidents.background import CONCESSIVE_OPENER, SUPERLATIVE
from geo.incidents.headings import WIDE_KINDS
from geo.incidents.matcher import normalize
from geo.incidents.paths import FROM_TAIL, from_source, is_water, landmark, path_end

__all__ = ["DATELINE_TAIL", "Role", "MentionRoles", "mention_roles", "withdrawn_from"]


class Role(str, Enum):
    """Role of a place mention in its sentence."""

    PLACE = "place"
    FRAME = "frame"
    NAME = "name"
    ACTOR = "actor"
    QUALIFIER = "qualifier"
    SOURCE = "source"
    DESTINATION = "destination"
    SEAT = "seat"


# Frame heads by the preposition that follows them: "conference in X", "flights to X".
_FRAME_HEADS: dict[str, frozenset[str]] = {}


def _frames(heads: str, preps: str) -> None:
    for prep in preps.split():
        _FRAME_HEADS[prep] = _FRAME_HEADS.get(prep, frozenset()) | frozenset(
            h.replace("_", " ") for h in heads.split()
        )


_frames("conference news_conference press_conference summit summits talks negotiations meeting "
        "meetings met meet meets forum ceremony", "in at near")
# where a deal was signed or its talks were held: "a 2018 peace deal signed in X", "agreed after
# the contacts in X"
_frames("signed signing contacts consultations", "in at")
_frames("visit trip tour travel travelled traveled travels travelling flew flew_in fly flying "
        "flight flights route routes connect connecting connects cargo shipment shipments export "
        "exports import imports smuggled smuggling sail ship ships road roads highway railway pipeline corridor",
        "to from into via between over of linking toward towards")
_frames("road roads highway highways route routes railway exit exits way corridor", "out")  # "the road out of X"
# journeys of people or vehicles: "a bus driving from A", "a ship bound for B", "on their way to C"
_frames("driving drove sailing sailed bound way journey journeys", "to from toward towards for")
_frames("court courts courtroom tribunal trial trials hearing hearings inquest inquiry judge judges "
        "prosecutor prosecutors", "in at")
_frames("advanced advancing advance advances retreated retreating retreat withdrew withdrawn "
        "withdrawal withdrawing pulled_back pulling_back pulled_out pullout marched_on marching_on",
        "toward towards across to into beyond")
_frames("arrived arrives arriving arrive landed lands", "in at")
_frames("embassy embassies consulate ambassador envoy mission", "in to for")
_frames("embassy embassies consulate consulates", "of")  # "attacked the embassies of Rwanda and France": their owners
_frames("based headquartered born registered educated raised studied originated originating founded", "in")
_frames("handlers sponsors backers masterminds", "in")  # "in contact with handlers in X": the planners' place
# "refugees interviewed in X reported shelling in Y": X is where they were interviewed
_frames("speaking spoke speaks reporters journalists statement briefing interview interviewed interviews television "
        "radio newspaper broadcaster said says told announced declared stated added wrote tweeted "
        "posted", "in at from")
_frames("airspace skies", "over of")
_frames("flag flags", "of")  # "a ship under the flag of Panama"
_frames("spokesman spokeswoman spokesperson spokesmen spokespeople", "in at")
_frames("border frontier borders crossing crossings border_area border_areas border_region border_zone "
        "frontier_area border_strip border_post border_posts frontier_post crossing_point crossing_points", "with")
_frames("shares stocks stock_market stock_markets investors analysts trading stock_exchange "
        "central_bank bourse prices", "in")
_frames("government junta regime kremlin leadership presidency delegation delegations "
        "foreign_office", "in of")
# a state's ministry by its full name: "Statement of the Ministry of Foreign Affairs of X on
# the strike on Y" (not "the defence of X": a battle)
_frames("affairs ministry", "of")
# Heads whose place is the seat of an authority ("the government in Bamako declared ...").
_frames("authorities police_command", "in")  # "a charge the authorities in Kabul rejected", "the Police Command in X"
_SEAT_HEADS = frozenset(
    ["government", "junta", "regime", "kremlin", "leadership", "presidency", "authorities", "police command"]
)
_frames("teams team orchestra passengers citizens delegates negotiators companies visitors tourists "
        "players experts mediators observers inspectors officials representatives native natives "
        "ministers counterpart counterparts nationals envoys artists athletes students came come "
        "comes hails hailed", "from")
# Where a person is from, not where the event was: "a student from Kulgam", "a fruit seller
# from Anantnag" (not "villagers from X fled": people displaced from their home).
_frames("student resident native trader traders seller sellers vendor vendors shopkeeper shopkeepers "
        "merchant merchants businessman businessmen businesswoman teacher teachers nurse nurses doctor "
        "doctors journalist engineer engineers labourer labourers laborer laborers pilgrim pilgrims tourist "
        "visitor lawyer lawyers activist activists cleric imam priest fisherman farmer herder driver man "
        "woman boy girl teenager", "from")
_frames("citizens native natives nationals", "of")
_frames("counterpart counterparts", "in")
_frames("truce ceasefire talks deal agreement accord negotiations treaty war conflict relations "
        "tensions dispute mediation rapprochement normalisation normalization", "between")
# a crossing point named by the two sides it joins: "shot dead three people at the X crossing
# between A and B": the crossing is where it happened, neither side
_frames("crossing crossings checkpoint checkpoints bridge bridges", "between")
# whose allies or partners act: "the aircraft of the allies of X carried out strikes" (an owner)
_frames("allies partners", "of")
_frames("mediation auspices", "of")  # "with the mediation of the United Arab Emirates": the mediator
_frames("transport traffic travel movement buses trains", "between")  # "transport between A and B was stopped"
_frames("brokered mediated hosted organised organized sponsored condemned criticised criticized "
        "funded supplied armed backed supported blamed accused imposed announced ordered "
        "rejected denied dismissed disputed", "by")  # "an allegation rejected by Kabul": a government speaks
_BETWEEN_HEADS = _FRAME_HEADS["between"]
# Verbs between a frame head and its preposition: "talks resume in X", "the summit opened in X",
# "on the road going to X" (where the road leads, not where the event was)
_FRAME_VERBS = frozenset(
    "resume resumed resumes begin began begins opened opens open continue continued continues held "
    "ended ends convened convenes reconvened going leading".split()
)
# Frames that are journeys: a place "near" one of their ends is where something on the way happened.
_ROUTE_HEADS = frozenset(
    "travel travelled traveled travels travelling flew fly flying flight flights route routes road roads highway "
    "railway driving drove sailing sailed bound way journey journeys".split()
)
# The heads of a journey people make (not a road's: "the coastal road from A and B towards C"
# leads displaced people to C).
_JOURNEY_HEADS = frozenset(
    "travel travelled traveled travels travelling flew flying driving drove sailing sailed bound journey journeys".split()
)
_DIRECTIONS = frozenset(
    "north south east west northward southward eastward westward further deeper onward".split()
)
_ARRIVALS = frozenset("arrived arrives arriving arrive landed lands".split())
# A projectile that "landed" somewhere fell there: "shells also landed in X", "mortar rounds
# fired by the militia from the hills landed in X", "rockets fired by the militia landed in
# the A and B districts".
_PROJECTILE_LANDED = re.compile(
    r"(?:shells?|rounds?|rockets?|missiles?|bombs?|projectiles?|mortars?|grenades?)\s+"
    r"(?:(?:fired|launched|lobbed|shot)\s+(?:[^\s,;:.]+\s+){1,8}?)?"
    r"(?:also\s+)?(?:landed|lands)\s+(?:in|at)\s+(?:the\s+)?$"
)
_NO_PREP_HEADS = frozenset("visit visited visiting visits via axis".split())  # "on the axis Kaya-Dori"
# "a farmer from the community of X": the kind of place between the head and its name
_CITY_WORDS = frozenset("capital city town port resort village community hamlet municipality settlement".split())
_CAUSE_NOUNS = frozenset(
    "death killing shooting murder arrest detention jailing execution assassination".split()
)
_CAUSE = re.compile(  # "unrest over the police killing of a teenager in Nanterre"
    r"(?<!\S)(?:over|against|after|following|protesting|protest\s+at)\s+(?:the\s+)?(?:\S+\s+)?"
    r"(?:death|killing|shooting|murder|arrest|detention|jailing|execution|assassination)\s+of\s+"
    r"(?:\S+\s+){1,4}?(?:in|at)\s+(?:the\s+)?$"
)


_ADVANCE_HEADS = frozenset("advanced advancing advance advances".split())
# An advance that was only tried was met where it aimed: "a force trying to advance towards X".
_ATTEMPTED_ADVANCE = re.compile(
    r"(?<!\S)(?:try|tries|tried|trying|attempt|attempts|attempted|attempting|sought|seeking)\s+to\s+advance\s+"
    r"(?:(?:further|deeper|north|south|east|west|northward|southward|eastward|westward)\s+)?"
    r"(?:toward|towards|to|into)\s+(?:the\s+)?(?:\S+\s+){0,3}$"
)


# Who holds a place, told between the article and the name: "the occupied X".
_HELD_WORDS = frozenset(("occupied", "annexed", "besieged", "liberated"))


def _frame_head(left: str) -> str | None:
    """The frame word that normalized left context ``left`` ends with ("talks" for "talks in
    the"), or ``None``."""
    words = left.split()[-9:]
    i = len(words)
    if i >= 2 and words[i - 1] in _HELD_WORDS and words[i - 2] == "the":
        i -= 1  # "the crossing between the occupied X": who holds it tells no frame
    if i and words[i - 1] == "the":
        i -= 1
    if i and (words[i - 1] in _CITY_WORDS or (i >= 2 and words[i - 1] == "of" and words[i - 2] in _CITY_WORDS)):
        i -= 2 if words[i - 1] == "of" else 1
        for _ in range(2):  # "the Qatari capital", "the southern port city of"
            if i and words[i - 1] not in _FRAME_HEADS and words[i - 1] != "the":
                i -= 1
        if i and words[i - 1] == "the":
            i -= 1
    if not i:
        return None
    last = words[i - 1]
    if last in _NO_PREP_HEADS:
        return last
    if last == "of" and i >= 2 and words[i - 2] == "out":  # "the road out of": the preposition is "out"
        words = words[: i - 1]
        i -= 1
        last = "out"
    heads = _FRAME_HEADS.get(last)
    if heads and i >= 3 and words[i - 2] in _DIRECTIONS:  # "advanced south towards"
        words = words[: i - 2] + words[i - 1 :]
        i -= 1
    if heads and i >= 4 and words[i - 3] == "by":  # "travelling by bus from"
        words = words[: i - 3] + words[i - 1 :]
        i -= 2
    if heads and i >= 3 and words[i - 2] in _FRAME_VERBS and words[i - 3] in heads:
        return words[i - 3]  # "talks resume in X", "the summit opened in X"
    if heads and i >= 2:
        if words[i - 2] in heads:
            return words[i - 2]
        if i >= 3 and f"{words[i - 3]} {words[i - 2]}" in heads:
            return f"{words[i - 3]} {words[i - 2]}"
    if last == "between" and _BETWEEN_HEADS.intersection(words[max(0, i - 6) : i - 1]):
        return "between"  # "a truce brokered by Egypt between Israel and ..."
    if last in ("in", "at") and "of" in words and _CAUSE_NOUNS.intersection(words):
        return "cause" if _CAUSE.search(" ".join(words) + " ") else None
    return None


_RIGHT_NAME = re.compile(
    r"^(?:(?:['’]s)?\s*[-–]\s*(?:based|backed|led|born|run|aligned|allied|brokered|sponsored|funded|"
    r"supported|bound|made|registered|flagged|owned|operated)\b"
    r"|\s+(?:agreements?|accords?|process|format|declaration|protocol|summit|talks|conference|"
    r"conventions?|memorandum|treaty|forum|initiative|plan|framework|peace\s+(?:talks|process|plan|deal|"
    r"conference)|deal|ceasefire|truce|negotiations|formula|communiqu[eé]|roadmap|security\s+conference|"
    r"group|contact\s+group)\b)",
    re.IGNORECASE,
)
_RIGHT_ACTOR = re.compile(
    # "England's opening Euro 2024 match": the country is the side that plays
    r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:match|matches|team|squad|side|fans|supporters|players|coach|"
    r"game|fixture|qualifier|opener)\b"
    r"|^['’]s\s+(?:[\w-]+\s+){0,2}?(?:president|prime\s+minister|foreign\s+minister|minister|ministry|"
    r"government|military|army|armed\s+forces|air\s+force|navy|defen[cs]e|leader|leaders|officials|"
    r"authorities|embassy|envoy|ambassador|delegation|spokes\w+|caretaker|junta|regime|parliament|"
    r"central\s+bank|king|emir|foreign|interior|health|security|intelligence|state\s+media|forces|"
    r"troops|national\s+security|cabinet|mission|representative|negotiators|ruling\s+party|"
    r"opposition|allies|ruling|movement|rebels|militias?|militants|fighters|insurgents|jihadists|"
    r"separatists|guerrillas|paramilitar\w*|armed\s+groups?|mediation|mediators?"
    # its named armed group: "Yemen's Houthis fired a missile at X", "Lebanon's Hezbollah"
    r"|houthis?|hezbollah|hamas|ansar\s+allah|al[\s-]shabaa?b|boko\s+haram|taliban|rsf|"
    r"rapid\s+support\s+forces|wagner|m23)\b",
    re.IGNORECASE,
)
_AGENT_VERBS = (
    r"responded|launched|fired|carried|attacked|struck|bombed|shelled|signed|accused|denied|denies|"
    r"announced|agreed|sent|deployed|warned|threatened|retaliated|claimed|blamed|condemned|urged|"
    r"called|vowed|intercepted|said|says|accuses|wants|wanted|demanded|insisted|rejected|invaded|"
    r"downed|targeted|responds|launches|fires|strikes|warns|threatens|vows|signs|agrees|sends|"
    r"deploys|has\s+been\s+accused|is\s+accused|pledged|promised|began|begins|started|offered|"
    r"recalled|summoned|imposed|hosts|hosted|welcomed|praised|hails|hailed|criticised|criticized|supports|reserves|"
    r"supported|backs|backed|beat|beats|defeated|won|drew|lost|"
    # what an attacker keeps doing: "as Israel kept up near-daily strikes", "Russia hits power plants"
    r"kept|keeps|keep\s+up|hit|hits|pounds|presses|wages|mounts|conducts|carries|continues|uses|used|"
    r"unleashes|escalates|intensifies|shot|shoots|fought|fights|sent|seized|seizes|took|takes"
)
# A place's ministry or authorities named attributively, with no "'s": "27 were killed, Gaza
# health authorities said": the place stands for its authorities, as for "X's health ministry".
_RIGHT_OFFICE = re.compile(
    r"^\s+(?:health|interior|defen[cs]e|foreign|civil\s+defen[cs]e|government\s+media|security)\s+"
    r"(?:ministry|ministries|authorities|officials|office|department|spokes\w+)\b",
    re.IGNORECASE,
)
# A state's abstract standing, only referred to: "an attack on Syria's sovereignty", "a
# threat to Ukraine's territorial integrity": no event is at the state.
_RIGHT_STANDING = re.compile(
    r"^['’]s\s+(?:territorial\s+)?(?:sovereignty|independence|integrity|national\s+security)\b",
    re.IGNORECASE,
)
# The other side of a war or a standoff: "hostilities with Pakistan", "a new war with X",
# "Somalia's tensions with Ethiopia".
_WAR_WITH = re.compile(
    r"(?<!\S)(?:hostilities|war|wars|conflict|confrontation|tensions|standoff|stand off|skirmishes|rivalry)\s+"
    r"with\s+(?:the\s+)?(?:neighbou?ring\s+)?$"
)
# A river a place lies on, along or across: it only orients ("Izmail on the Danube").
_RIVERSIDE = re.compile(
    r"(?<!\S)(?:on|along|across|beside|alongside|astride)\s+(?:the\s+)?(?:(?:other|far|opposite|left|right|"
    r"eastern|western|northern|southern|east|west|north|south)\s+)?(?:(?:bank|banks|side|shore|shores)\s+of\s+"
    r"(?:the\s+)?)?$"
)
# A front line a force crossed or pressed along, then where: "crossed into Ukraine's X region
# near A", "crossed the Y river near B", "pushed units back across the Z river north of C".
_LINE_CROSSED = re.compile(r"(?<!\S)(?:crossed|crosses|across|along)\s+(?:into\s+)?(?:the\s+)?(?:\S+\s+s\s+)?$")
_LINE_SITE_NEXT = re.compile(
    r"\s+(?:(?:river|region|oblast|province|border|frontier|lines?|territory)\s+)?"
    r"(?:near|around|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?:village|town|settlement)s?\s+of\s+)?",
    re.IGNORECASE,
)
#: The people or settlements of a list of places: "residents of A", "the populations of the villages of".
_OF_BEFORE = re.compile(
    r"\b(?:residents|inhabitants|populations?|people|villagers|families|civilians|dwellers|villages|towns|"
    r"localities|hamlets|communities)\s+of\s+(?:the\s+)?(?:(?:villages?|towns?|localities)\s+of\s+)?\Z",
    re.IGNORECASE)


# A claim answered by a government: "..., a claim Kyiv rejected", "an account Moscow disputes".
_CLAIM_BEFORE = re.compile(
    r"(?<!\S)(?:a|an|the|which|this)\s+(?:claim|allegation|accusation|charge|assertion|account|version|report)s?"
    r"\s+(?:that\s+|which\s+)?$"
)
_PATIENT_VERBS = (
    r"came|comes|suffered|suffers|endured|witnessed|experienced|saw|sees|fell|falls|remained|remains|"
    r"faced|faces|was|were|is|are|been|recorded|reported|received|hosted|hosts|welcomed|lies|lay|sat|"
    r"woke|awoke|shook|burned|burnt|descended|erupted|needed|needs"
)
_RIGHT_SUBJECT = re.compile(
    r"^(?:\s*(?:,|and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s*,?\s+(?:(?:has|have|had|will|would|"
    rf"also|then|later|quickly|on\s+\w+day)\s+)*(?:(?:{_AGENT_VERBS})\b|(?!(?:{_PATIENT_VERBS})\b)[a-z]+ed\b)"
    r"(?!\s+by\b)"
)
_OPENERS = frozenset(
    "and but after before as when while since because until once following whereas meanwhile "
    "also then separately the that".split()
)


_APPOSITION_HEADS = frozenset(
    "capital city town village province region country state district port area".split()
)


def _opens_clause(before: str) -> bool:
    """Whether a mention preceded by ``before`` (same segment) begins a clause."""
    words = before.split()
    while words and words[-1].lower() in ("the", "meanwhile", "also", "then", "separately"):
        words.pop()
    if not words:
        return True
    last = words[-1]
    if last[-1] == "," and last[:-1].lower() in _APPOSITION_HEADS:
        return False  # "the capital, Kinshasa, ..." is an apposition, not a new clause
    return last[-1] in ",;:—–" or last == "-" or last.lower() in _OPENERS  # "NIAMEY (AP) - The United States"


_OPEN_PAREN_GLUE = re.compile(r"^(?:\s+(?:commune|town|village|city|municipality|district|area|hromada|community))? \($")
# A bracket that names the place before it by its division: "in A commune (B region)".
_DIVISION_BRACKET_END = re.compile(
    r"^\s+(?:region|province|state|district|department|governorate|oblast|county|prefecture|circle|cercle)\s*\)"
)
_QUALIFIER_GLUE = re.compile(
    r"^\s*,\s*(?:in\s+the\s+(?:\w+\s+){0,2}?)?(?:department|province|region|state|district|governorate|"
    r"county|oblast|prefecture|municipality|territory|area)\s+of\s+$"
    r"|^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:city|town|capital|village|port|hub|stronghold|"
    r"region|province|state|district|suburb|neighbou?rhood|strip|area|enclave|zone|island|coast|"
    r"settlement|locality|community|camp|municipality)\s+"
    # "al-Mawasi, a coastal strip west of Khan Younis", "a town some 20 km north of X"
    r"(?:(?:(?:about|some|around|roughly|nearly|just)\s+)?\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|in|of|on|near|outside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?$"
    r"|^\s+(?:[\w-]+\s+)?(?:(?:front|frontline|axis|sector|area|areas|district|road|highway|valley|countryside|"
    r"suburbs?|neighbou?rhood|camp|base|airport|crossing|border|region|province|governorate|sites?|hill|"
    r"facility|station|plant|complex|compound|field|fields|oilfields?|refinery|terminal|depot|dam|bridge|port)\s+)"
    r"(?:(?:just|some|about|\d+\s*km|\d+\s+kilometres|\d+\s+miles)\s+)*"
    # "to X camp on the outskirts of Y city": Y only locates the camp
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|in|on\s+the\s+outskirts\s+of)"
    r"\s+(?:the\s+)?$"
    r"|^(?:\s+(?:district|province|region|governorate|state|county|area)\s*,|\s*,)?\s*(?:in|of|near|outside|inside|off|on\s+the\s+outskirts\s+of|"
    r"in\s+the\s+(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west|heart)\s+of|(?:just\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|close\s+to)"
    r"\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|neighbouring|neighboring|"
    r"rural|coastal)\s+)?(?:(?:town|city|village|port)\s+of\s+(?:the\s+)?|(?:[\w-]+\s+)?capital\s*,?\s+)?$"
    r"|^\s*,\s*(?:the\s+)?(?:capital|outskirts|suburbs?|centre|center|heart)\s+of\s+(?:the\s+)?$"
    # "near Thaala, the site of a military air base west of Sweida"
    r"|^\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,6}?(?:base|airbase|airport|airfield|site|facility|plant|complex|"
    r"compound|dam|bridge|crossing)\s+(?:(?:(?:about|some|around|roughly|nearly|just)\s+)?\d[\d,.]*\s*"
    r"(?:km|kilomet(?:re|er)s?|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$"
    # "al-Qutayfah, about 40 km north-east of Damascus", "in A province, 40 km north of the capital, B"
    r"|^(?:\s+(?:district|province|region|governorate|state|county|area))?\s*,\s*(?:(?:about|some|around|roughly|nearly|just|only)\s+)?\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles)\s+"
    r"(?:\(\d[\d,.]*\s*miles\)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|outside)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?capital\s*,?\s+)?$",
    re.IGNORECASE,
)
# A bearing after a comma from an unnamed landmark: "fighting continued around the dam and
# the bridge, east of X", "troops shelled enemy positions, north of Y": X and Y only tell
# where the landmark lies (as for a named place before the comma, :data:`_BEARING_GLUE`).
_LANDMARK_BEARING = re.compile(
    r"(?<!\S)(?:dam|dams|bridge|bridges|base|bases|airbase|airport|airfield|crossing|checkpoint|road|highway|"
    r"hill|hills|heights|ridge|positions|post|posts|plant|facility|complex|compound|depot|oilfield|refinery|"
    r"forest|valley|mountain|mountains)\s*,\s*(?:(?:about|some|around|roughly|nearly|just)\s+)?"
    r"(?:\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# A bearing from a reference place: "a military site in A province, north of the capital B".
# B only tells where A lies, even when the gazetteer would put it inside A.
_BEARING_GLUE = re.compile(
    r"^\s*,\s*(?:(?:just|about|some|around|roughly|nearly)\s+)?(?:\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s",
    re.IGNORECASE,
)
# "Niger's Tillaberi region": the second place is inside the first, so it only
# qualifies when the first one does ("near Tassia in Niger's Tillaberi region").
_POSSESSIVE_GLUE = re.compile(
    r"^['’]s\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "the Borno state capital Maiduguri", "Congo's capital Kinshasa": a province's or country's capital.
_CAPITAL_GLUE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:state|province|provincial|regional|region|district|county|governorate)\s+)?capital\s*,?\s+$",
    re.IGNORECASE,
)
_COMMA_GLUE = re.compile(r"^\s*,\s*$")
# Administrative divisions across countries: "Guimara upazila of Khagrachari district",
# "the Catatumbo region of northeastern Colombia".
_DIVISIONS = (
    r"province|state|region|governorate|oblast|district|county|department|prefecture|upazila|tehsil|taluka?|"
    r"woreda|township|municipality|commune|raion|sub-?district|sub-?county|sub-?prefecture|arrondissement|"
    r"wilaya|canton|parish|cercle|local\s+government\s+area|lga"
)
_DIVISION_AFTER = re.compile(rf"\s+(?:{_DIVISIONS})\b", re.IGNORECASE)
_APPOSITION_GLUE = re.compile(  # "Odesa, Ukraine", "Bryansk region, Russia"
    r"^(?:\s+(?:province|state|region|governorate|oblast|district|county|department|prefecture))?\s*,\s*$",
    re.IGNORECASE,
)
# "the Centre-Nord region of Burkina Faso" (but "the Khartoum district of Bahri": sizes decide)
_DIVISION_OF_GLUE = re.compile(
    rf"^\s+(?:{_DIVISIONS})\s+of\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?$",
    re.IGNORECASE,
)
# "from the Kursk and Bryansk regions of Russia": the country holding the places before.
_DIVISIONS_OF_GLUE = re.compile(rf"^\s+(?:{_DIVISIONS})s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ADMIN_AFTER = re.compile(
    rf"^\s+(?:{_DIVISIONS}|countryside|territory|division|krai|emirate)\b",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    r"(?:(?<!\S)(?:fled|flee|flees|fleeing|escape|escaped|escapes|escaping|evacuated|evacuate|relocated|moved|migrated|migrating|"
    r"crossed|heading|headed|diverted|rerouted|"
    r"streamed|streaming|poured|pouring|flocked|flooded|"
    # those the fighting drove out went there: "clashes displaced 1,400 households to A and B"
    r"displaced|displacing|uprooted)\s+(?:\S+\s+){0,7}?(?:to|toward|towards|into)(?:\s+(?:the\s+)?(?:neighbou?ring|nearby|"
    r"(?:north|south|east|west)(?:ern)?))?"
    # the dead and wounded are carried elsewhere: "the wounded were taken to Bamenda"
    r"|(?<!\S)(?:taken|rushed|brought|transferred|transported|airlifted|flown|ferried|carried|driven|returned|"
    r"returning|repatriated)\s+"
    r"(?:\S+\s+){0,3}?to"
    r"|(?<!\S)(?:headed|heading)\s+for"
    # one who leaves for a place goes there: "left the country by helicopter for India"
    r"|(?<!\S)(?:left|leaving|leave)\s+(?:\S+\s+){0,6}?for"
    # the rest of a flight told before: "have fled ..., many of them to the city of X"
    r"|(?<!\S)(?:many|most|some|others|thousands|hundreds|half)\s+(?:of\s+them\s+)?(?:to|into|toward|towards|for)"
    r"|(?<!\S)(?:sought|seeking|taking|took|find|found)\s+(?:refuge|shelter)\s+(?:\S+\s+){0,2}?(?:in|at)"
    # where the displaced stay: "were sheltering in a gymnasium in X"
    r"|(?<!\S)(?:sheltering|sheltered|housed|camped|camping|staying|stayed|lodged|lodging)\s+(?:in|at|inside))"
    r"\s+(?:the\s+)?(?:(?:\S+\s+)?(?:camps?|towns?|city|cities|villages?|border\s+towns?)\s+of\s+"
    # "evacuated 9,000 people to camps in X": a shelter in the place
    r"|(?:\S+\s+){0,2}?(?:camps?|shelters?|tents?|schools?|centres?|centers?|sites?|settlements?|"
    r"relatives|families|hospitals?|clinics?|morgues?|mortuar(?:y|ies)|headquarters|barracks|bases?|"
    r"gym(?:nasium)?s?|stadiums?|halls?|churches|church|mosques?|buildings?|"
    # where captives were taken: "kidnapped and taken to a small airfield near X"
    r"airfields?|airstrips?|airports?|prisons?|jails?|detention\s+(?:centres?|centers?|facilit(?:y|ies)))\s+"
    r"(?:in|at|near|outside|around)\s+(?:the\s+)?)?$"
)
# The end of a leg of people carried away, told after its start however long ("were taken
# out of the A and B communities to C", "were taken from the villages of the A district,
# bordering B, to C"); no sentence break between.
_FAR_LEG = re.compile(
    r"(?<!\S)(?:taken|brought|transported|bussed|ferried|driven|evacuated|relocated)\s+(?:out\s+)?(?:of|from)\s+"
    r"[^.;:()]{3,130}?\s+to\s+$"
)
# Words one of which a destination's left context must hold (a cheap test before _DESTINATION).
_DESTINATION_HINTS = ("fle", "escap", "migrat", "displac", "uproot", "divert", "rerout", "evacuat", "relocat", "moved", "crossed", "head", "stream",
                      "refuge", "shelter", "stay", "lodg", "left", "leaving", "leave", "pour", "flock", "flood",
                      "taken", "rushed", "brought",
                      "transferred", "transported", "airlifted", "flown", "ferried", "carried", "driven", "return",
                      "repatriated", "of them",
                      # the rest of a flight told after a count: "forced 600,000 from their homes, many to X"
                      "many", "most", "some", "others", "thousands", "hundreds", "half")
_NOUN_OF_GLUE = re.compile(
    r"^\s+(?:slum|district|suburb|neighbou?rhood|area|camp|quarter|township|borough|village|town|"
    r"city|port|municipality|commune)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the A city of B": B is the city itself, A only tells which (a river, a region); see
# :meth:`MentionRoles._city_of`.
_THE_BEFORE = re.compile(r"(?<![A-Za-z])the\s+$", re.IGNORECASE)
_KIND_RANK = {
    PlaceKind.CONTINENT: 7, PlaceKind.COUNTRY: 6, PlaceKind.ADMIN1: 5, PlaceKind.ADMIN2: 4,
    PlaceKind.REGION: 4, PlaceKind.CITY: 2,
}
_PIECE_END = re.compile(r"^(?:\s*[,.;:]|\s*$)")
# A part of a city, named after its name: "the Saltivskyi district", "the Ndosho neighbourhood".
_CITY_PART_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|microdistrict|borough)\b", re.IGNORECASE)
# A city with districts of its own: one a district of unknown name may lie in.
_BIG_CITY = 300_000
_LIST_NEXT = re.compile(r"^\s*,?\s*(?:and|or|as\s+well\s+as)\s", re.IGNORECASE)  # "A, B, and the town of C"
_CONTAINER_KINDS = frozenset((PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.REGION))
_DIVISION_KINDS = frozenset((PlaceKind.COUNTRY, PlaceKind.ADMIN1))
_SPREADING_ROLES = (Role.FRAME, Role.ACTOR, Role.DESTINATION, Role.SEAT, Role.SOURCE)
# What an event answers or is measured against is only referred to: "in retaliation
# for the shelling of X", "worse than anything seen in X".
_REFERENCE = re.compile(
    r"(?<!\S)(?:in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|retaliation\s+for|"
    r"reprisal\s+for|revenge\s+for|to\s+avenge|avenging|"
    r"(?:worse|deadlier|fiercer|heavier)\s+than|compared\s+(?:with|to)|"
    r"similar\s+to|reminiscent\s+of|comparisons?\s+(?:with|to)|"
    # what an event calls to mind: "the massacre recalled the 2023 killings in X"
    r"recall(?:ed|s|ing)|echo(?:ed|es|ing)|evok(?:ed|es|ing)|mirror(?:ed|s|ing)|"
    r"(?:brought|brings|bringing)\s+back\s+(?:\S+\s+)?memories\s+of|"
    # what a movement took after: "protests partly inspired by demonstrations in X"
    r"inspired\s+by|modell?ed\s+(?:on|after))"
    r"\s+(?:\S+\s+){0,8}?(?:in|at|on|of|near|against|over)?\s*(?:the\s+)?$"
)

# An office named after its place stands for the authority, not for where anything
# happens: "the foreign ministers of Congo and Rwanda signed", "head of Odesa region".
# A town's police, whose arrests are made in the town (not a state's: "the police of Ukraine").
_TOWN_POLICE = re.compile(r"(?<!\S)police\s+of\s+(?:the\s+)?$")
_LEFT_TITLE = re.compile(
    r"(?<!\S)(?:head|heads|governor|governors|mayor|mayors|president|presidents|prime\s+minister|"
    r"ministers?|leaders?|king|emir|sultan|chief|ambassadors?|envoys?|spokes(?:man|woman|person)|"
    r"commander|commanders|parliament|premier|chancellor|delegations?|representatives?|"
    # a state's armed force: "the armed formations of Ukraine shelled ..."
    r"(?:armed\s+)?forces|(?:armed\s+)?formations|army|armies|troops|military|navy|air\s+force|"
    r"(?:border\s+)?guards|police|soldiers|drones|warplanes|jets|aircraft|aviation)"
    r"\s+of\s+(?:the\s+)?$"
)
# A phrase that only orients the reader, set off by commas: "on the opposite bank of the
# Dnipro River", "on the northern edge of Goma", "on the shores of Lake Chad".
_LOCATOR = re.compile(
    r"[,—–]\s*(?:on|along|at)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:edge|edges|tip|bank|banks|shore|shores|"
    r"side|fringe|fringes)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A state one accuses, blames, urges or warns stands for its government.
_ADDRESSED = re.compile(
    r"(?<!\S)(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|condemn(?:ed|s|ing)|"
    r"critici[sz](?:ed|es|ing)|sanction(?:ed|s|ing)|thank(?:ed|s|ing)|prais(?:ed|es|ing))\s+(?:the\s+)?$"
)
# Where a weapon was made: "shot down four bombs made in France", "US-made" aside; the maker's
# country is no site of the interception.
_MADE_IN = re.compile(r"(?<!\S)(?:made|manufactured|produced)\s+in\s+(?:the\s+)?$")
# The state a suspect is said to work for: "arrested dozens suspected of spying for X",
# "accused of collaborating with X".
_SERVED = re.compile(
    r"(?<!\S)(?:spy(?:ing)?|spied|espionage|work(?:ing|ed)|collaborat(?:ing|ed|ion)|collud(?:ing|ed))\s+"
    r"(?:for|with)\s+(?:the\s+)?$"
)
# A preposition right before a place: the next item of its list shares its role
# ("police in Maiduguri and Kaduna detained ...": Kaduna is no subject).
_PREPOSITION_BEFORE = re.compile(
    # "air strikes on A and B continued": the targets of an attack told by a noun
    r"(?<!\S)(?:in|at|near|around|outside|across|inside|from|to|into|on|against|"
    # "shelling of A and B continued", "areas of A and B have seen": places; not the people or
    # the state of a place ("the governments of A and B signed", "the ministers of defence of A")
    r"(?<!\S)(?!(?:governments?|ministers?|ministries|ministry|leaders?|heads?|presidents?|officials?|people|peoples|"
    r"residents|citizens|delegations?|representatives|authorities|forces|armies|army|militaries|military|defen[cs]e|"
    r"troops|embassies|ambassadors?|envoys?|kings?|parliaments?|chiefs?|foreign|interior)\s)[a-z]+\s+of)"
    r"\s+(?:the\s+)?$"
)

# A place a convoy or traveller leaves for another is where the journey started: "the
# convoy had left A for B when gunmen opened fire" (not "the fighting left A in ruins").
_LEFT_PLACE = re.compile(
    r"(?<!\S)(?:left|leaving|leaves|departed|departing|departs)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|port|camp|base)\s+of\s+(?:the\s+)?)?$"
)
_FOR_DESTINATION = re.compile(
    r"^\s*,?\s+(?:(?:on|early\s+on|late\s+on|in\s+the\s+\w+\s+of)\s+\w+\s+)?"
    r"(?:for|bound\s+for|heading\s+for|towards?|en\s+route\s+to)\s",
    re.IGNORECASE,
)
# The rest of a region a list of places comes from: "from A and other towns in B".
_OTHER_PLACES_GLUE = re.compile(
    r"^\s*,?\s+(?:and|or)\s+(?:\w+\s+)?other\s+(?:[\w-]+\s+)?(?:towns|cities|villages|districts|areas|parts|"
    r"places|regions|provinces|localities|settlements)\s+(?:in|of|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# People taken from a place were taken there: "arrested 15 citizens from Tubas", "took
# away 30 young men from the X camp".
_TAKEN_FROM = re.compile(
    r"(?<!\S)(?:(?:arrest|detain|abduct|kidnapp)\w*|round(?:ed|ing|s)?\s+up|(?:took|taken|taking)\s+(?:away|out)|"
    # people seized by armed men: "twelve people were taken from a rural area of X by armed men"
    # (:data:`_BY_TAKERS` after the place)
    r"(?P<passive>(?:were|was|been)\s+taken))\s+"
    # not past a new clause: "children abducted when armed youths from X attacked": the attackers' home;
    # nor past a transfer: "kidnapping victims brought from A": where they were brought from;
    # nor past a journey: "abducted students travelling from A to B": where they set out from
    # ("at least 43 people from the village of X" is still a count, no place)
    r"(?:(?!(?:near|in|at(?!\s+(?:least|most)\s)|outside|km|kilometres|when|after|as|while|who|before|brought|taken|transferred|"
    r"transported|moved|carried|trafficked|smuggled|travelling|traveling|travelled|traveled|driving|"
    r"journeying|heading|returning|commuting|riding)\s)\S+\s+){0,12}?"
    + FROM_TAIL
)
# Armed men who took people from a place: "were taken from the village of X by gunmen"
# (not "were taken from A to B": an evacuation).
_BY_TAKERS = re.compile(
    r"^[^.;:]{0,40}?\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:armed\s+men|gunm[ae]n|bandits|militants|rebels|"
    r"insurgents|jihadists|kidnappers|abductors|assailants|attackers|militiamen|fighters|dissidents|gangs?)\b",
    re.IGNORECASE,
)
# A venue that is itself the target: "stormed the Swedish embassy in Baghdad", "threw stones at
# the embassy in the X district".
_BUILDING_HEADS = frozenset("embassy embassies consulate mission court courts courtroom delegation".split())
_BUILDING_TARGETED = re.compile(
    r"(?<!\S)(?:stormed|storming|attacked|attacking|torched|torching|burned|burnt|raided|ransacked|"
    r"besieged|bombed|struck|hit|targeted|shelled|set\s+fire\s+to|broke\s+into|overran|looted|pelted|stoned|"
    r"vandali[sz]ed|(?:threw|hurled|throwing|hurling)\s+(?:\S+\s+){0,3}?at)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:\S+\s+){0,3}?(?:embassy|embassies|consulate|mission|court|courts|"
    r"courtroom)\s+(?:in|at|to|for)\s+(?:the\s+)?$"
)
# A ceremony that is the event itself, where fighters give up: "handed over their weapons
# during a disarmament ceremony in X", "surrendered to the army at a ceremony in X".
_DISARMING_CEREMONY = re.compile(
    r"(?<!\S)(?:(?:disarmament|surrender|decommissioning|demobili[sz]ation|handover)\s+ceremon(?:y|ies)|"
    r"(?:surrender(?:ed|s|ing)?|laid\s+down|handed\s+over|burn(?:ed|t))\s+(?:\S+\s+){0,6}?"
    r"(?:at|during|in)\s+(?:a|an|the)\s+(?:\S+\s+)?ceremony)\s+(?:in|at|near)\s+(?:the\s+)?$"
)
# A building a crowd stands at is where it stood: "protesters gathered outside the
# Kenyan embassy in Port Sudan", "a rally in front of the court in X", "a sit-in in
# front of the departmental delegation in X", "marched to the prefecture in X".
_BUILDING_VENUE = re.compile(
    r"(?<!\S)(?:outside|in\s+front\s+of|opposite|marched\s+to|march\s+to|marching\s+to)\s+"
    r"(?:(?:the|a|an)\s+)?(?:\S+\s+){0,3}?(?:embassy|embassies|consulate|mission|court|courts|"
    r"courtroom|delegation|prefecture|governorate|parliament|ministry|town\s+hall|city\s+hall|"
    r"headquarters|offices?)\s+(?:in|at)\s+(?:the\s+)?$"
)
# Where the wounded are treated: "was delivered in the regional clinical hospital of X",
# "admitted to a hospital in X" (not "a strike on a hospital in X": no treatment verb)
# Where an attack was planned or directed from, not where it happened: "coordinated by
# handlers in Afghanistan", "masterminded from X", "ordered by commanders based in Y".
_PLANNED_HINT = re.compile(r"coordinat|plann|orchestrat|mastermind|direct|ordered|financ|funded|sponsor|plotted")
_PLANNED_FROM = re.compile(
    r"(?<!\S)(?:coordinated|planned|orchestrated|masterminded|directed|ordered|financed|funded|sponsored|plotted)\s+"
    r"(?:from|by\s+(?:the\s+|their\s+|its\s+)?(?:\S+\s+){0,3}?(?:in|from|based\s+in))\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+)?$"
)
_TREATED_AT = re.compile(
    r"(?<!\S)(?:delivered|taken|brought|admitted|treated|hospitali[sz]ed|transferred|transported|rushed|evacuated)\s+"
    r"(?:\S+\s+){0,4}?(?:in|at|to|into)\s+(?:(?:the|a|an)\s+)?(?:\S+\s+){0,3}?"
    r"(?:hospitals?|clinics?|medical\s+(?:centre|center|facility|facilities))\s+(?:of|in|at)\s+(?:the\s+)?$"
)
# Where the wounded lie, told without a hospital noun before the place: "the driver was
# wounded and hospitalised in X", "admitted to hospital in Y".
_HOSPITALISED_IN = re.compile(
    r"(?<!\S)(?:hospitali[sz]ed|(?:admitted|taken|rushed|brought)\s+to\s+(?:a\s+|the\s+)?hospital|"
    r"treated\s+in\s+(?:a\s+|the\s+)?hospital)\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
)
# Something that happened on a road between two places happened at both: "a bomb struck a
# convoy on the road between A and B" (not "flights between A and B", "control the road
# between A and B", "the road to A").
_ON_ROAD_BETWEEN = re.compile(
    r"(?<!\S)on\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:road|roads|highway|motorway|route|track)\s+between\s+(?:the\s+)?$"
)
# A road told by its ends right after the place the event happened near or around: "clashed
# near C, on the road between A and B", "near C on the road between A and B" (the glue between C and A).
_ROAD_BETWEEN_AFTER_NEAR = re.compile(
    r"^\s*,?\s+on\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:road|highway|motorway|route|track)\s+between\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# How the place an event happened near, around or in is told: "near C", "around the town of C",
# "set up a base in C, on the road between A and B".
_NEAR_OR_AROUND = re.compile(
    r"(?<!\S)(?:near|around|outside|close\s+to|in|at)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|locality|area|hamlet)\s+of\s+(?:the\s+)?)?$"
)
# The road as the subject at the head of its clause: "the road between A and B was blocked
# by residents", "the highway between A and B was cut by protesters".
_ROAD_BETWEEN_SUBJECT = re.compile(
    r"^(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:road|highway|motorway|route)\s+between\s+(?:the\s+)?$"
)
# also the town named after its roads: "a drone struck a car on the road of the town of X"
_ON_ROADS_OF = re.compile(
    r"(?<!\S)(?:on|along|across|in)\s+(?:the\s+)?(?:main\s+)?(?:roads?|streets?)\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|locality|municipality|camp)\s+of\s+(?:the\s+)?)?$"
)
# ... unless the road is told from one town to another: "on the road of A to B" is A's road out.
_ROAD_LEADS_ON = re.compile(r"\s+(?:to|towards|toward)\s+(?:the\s+)?[A-Z]")
# An attack on the road leading out of a town happened by it: "a mine hit a bus on the road out of X"
# (not "fled along the road out of X", where people leave it).
_ON_ROAD_OUT = re.compile(r"(?<!\S)on\s+(?:the|a)\s+(?:main\s+)?(?:road|roads|highway|route)\s+out\s+of\s+(?:the\s+)?$")
_CITIZENS_OF_TOWN = re.compile(
    r"(?<!\S)citizens\s+of\s+the\s+(?:city|town|village|camp|neighbou?rhood|district)\s+of\s+(?:the\s+)?$"
)
# A town's people who demonstrated, right after its name: "citizens of X came out in a
# demonstration in front of the state government building".
_CROWD_ACTS_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:came\s+out|went\s+out|took\s+to\s+the\s+streets|demonstrated|protested|marched|"
    r"rallied|gathered|staged|organi[sz]ed|held\s+(?:a|an)\s+(?:\S+\s+)?(?:protest|rally|demonstration|march|sit\s+in|vigil))(?!\S)"
)
_ROAD_HEADS = frozenset(("road", "roads", "highway", "route", "routes"))
# People setting out on a road go where it leads: "took the road toward X", "fled along the road to X".
_ROAD_TAKEN = re.compile(
    r"(?<!\S)(?:(?:took|taking|take|takes|hit|hitting)\s+the|(?:fled|fleeing|flee|walked|walking)\s+(?:\S+\s+){0,6}?along\s+the)"
    r"\s+(?:main\s+)?(?:road|roads|highway|route)\s+(?:to|toward|towards|for)\s+(?:the\s+)?$"
)
# The next leg of a flight: "received in A before onward travel to B", "many travel onward to C".
_ONWARD_LEG = re.compile(
    r"(?<!\S)(?:onward|onwards)\s+(?:travel|journey|transport|movement)\s+to\s+(?:the\s+)?$"
    r"|(?<!\S)(?:travel|travels|travelled|traveled|travelling|traveling)\s+(?:on|onward|onwards)\s+to\s+(?:the\s+)?$"
)
# Who is registered somewhere is who arrived there: "1,300 new arrivals were registered in X",
# "displaced people registered in X" (not "a company registered in X").
_REGISTERED_ARRIVALS = re.compile(
    r"(?<!\S)(?:arrivals|displaced|idps|refugees|returnees|evacuees|households|families|individuals|persons|people)"
    r"\s+(?:(?:were|was|have|has|had|been|being|newly|also)\s+)*registered\s+(?:in|at)\s+(?:the\s+)?$"
)
# Forces that withdrew from a place leave it to the other side: the place may change hands.
_WITHDRAWN_FROM = re.compile(
    r"(?<!\S)(?:withdr\w+|pull(?:ed|ing|s)?\s+(?:out|back)|retreat\w*)\s+(?:\S+\s+){0,3}?"
    r"from\s+(?:the\s+)?(?:(?:\S+\s+){0,2}?(?:town|city|village|area|region|district|province)\s+of\s+(?:the\s+)?)?$"
)  # "withdraw their forces from the border town of X"


# Fighters driven out of a place lose it, as those who withdraw do: "troops dislodged the
# assailants from the village of X", "expelled the militants from several positions around Y".
_DRIVEN_FROM = re.compile(
    r"(?<!\S)(?:dislodg\w+|expell\w+|drove|driven|chased|flushed)\s+(?:\S+\s+){0,4}?"
    r"(?:out\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:\S+\s+){0,2}?(?:positions|areas|hideouts|bases|camps|strongholds)\s+"
    r"(?:around|near|in|of|outside)\s+(?:the\s+)?)?"
    r"(?:(?:town|city|village|locality|area|region|district|province)\s+of\s+(?:the\s+)?)?$"
)


def withdrawn_from(text: str, start: int) -> bool:
    """Whether the place at ``start`` is one forces withdrew from ("withdrew its troops
    from Avdiivka"): a source that can still be taken.

    Examples
    --------
    >>> withdrawn_from("Ukraine withdrew its troops from Avdiivka", 33)
    True
    """
    left = normalize(text[max(0, start - 80) : start])
    return _WITHDRAWN_FROM.search(left) is not None or _DRIVEN_FROM.search(left) is not None


# What a superlative is measured against since: "the deadliest since March, when 300
# were killed in X", "the largest demolition since the army launched its offensive in
# X" (not "the biggest protests since 2019 erupted in X": a bare date ends it).
_COMPARED_SINCE = re.compile(
    rf"(?<!\S){SUPERLATIVE}\s+(?:\S+\s+){{0,6}}?since\s+"
    r"(?!(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)"
    # a pair of months is one span too: "the worst since April and May, when fighting in X ..."
    r"(?:\s+\d{4})?\s+(?!\s|when\s|(?:and|or)\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+when\s))(?:\S+\s+){1,14}?(?:in|at|of|near|on)\s+(?:the\s+)?(?:\S+\s+)?$"
)
# An earlier event a time phrase points back to, told again in a "when" clause: "power
# restored after the spring strikes, when missiles destroyed a plant in X", "since the siege,
# when troops shelled Y": X and Y are background.
_EARLIER_WHEN = re.compile(
    r"(?<!\S)(?:after|since|before|during)\s+(?:the|last)\s+(?:\S+\s+){0,2}?(?:strikes|attacks|offensive|"
    r"bombardment|bombardments|shelling|fighting|war|campaign|siege|raids|massacre|clashes|invasion|onslaught)\s+"
    r"when\s+(?:\S+\s+){1,14}?(?:in|at|of|near|on)\s+(?:the\s+)?(?:\S+\s+)?$"
)
# The domain a superlative ranks an event over: "the deadliest attack on civilians in X this
# year", "the largest mass kidnapping in X in years", "the deadliest raid in X's history".
_RANKED_OVER = re.compile(
    rf"(?<!\S)(?:the|its|their|s)\s+(?:single\s+)?{SUPERLATIVE}\s+(?:\S+\s+){{0,5}}?(?:in|across)\s+(?:the\s+)?$"
)
# The domain of a series the news is the latest of: "the latest in a wave of killings across X".
_SERIES_OVER = re.compile(
    r"(?<!\S)(?:latest|newest|most\s+recent)\s+(?:\S+\s+){0,2}?in\s+(?:a|the)\s+(?:\S+\s+)?"
    r"(?:wave|series|string|spate|spiral|cycle|surge|rash|run|litany)\s+of\s+(?:\S+\s+){1,6}?"
    r"(?:in|across|throughout)\s+(?:the\s+)?(?:\S+\s+){0,2}?$"
)
# The same along a road: "the third ambush on the A-B highway this month".
_RANKED_ALONG = re.compile(
    rf"(?<!\S)(?:the|its|their|s)\s+(?:single\s+)?{SUPERLATIVE}\s+(?:\S+\s+){{0,5}}?(?:on|along)\s+(?:the\s+)?$"
)
_RANK_SPAN = re.compile(
    r"(?:['’]s)?\s+(?:history|this\s+year|since\b|ever\b|on\s+record|in\s+(?:years|decades|a\s+decade|"
    r"recent\s+(?:years|months|memory|history)|(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?|months)))",
    re.IGNORECASE,
)
# The people an act is dedicated to: "targeted the barracks 'in support of our people in X'".
_DEDICATED = re.compile(
    r"(?<!\S)in\s+(?:support|solidarity)\s+(?:of|with)\s+(?:\S+\s+){0,4}?(?:people|peoples|population|brothers|"
    r"brethren|sisters|residents|civilians|families|resistance|fighters|"
    # a people named by its nation: "chanted in support of Palestinians in X"
    r"palestinians|ukrainians|syrians|lebanese|sudanese|kurds|uyghurs|rohingya|prisoners|detainees|victims)"
    r"\s+(?:in|of)\s+(?:the\s+)?$"
)
_REFERENCE_HINT = re.compile(
    r"than|retali|respon|repris|reveng|aveng|compar|similar|reminisc|recall|echo|evok|mirror|memories|inspir|modell?ed|"
    r"support|solidar",
    re.IGNORECASE
)


# A fronted concessive phrase on a truce or a deal, still open at the place, which a comma
# closes later: "Despite the truce agreed in X in January, clashes were reported near Y" (X is
# the truce's venue); not "Despite the shelling of X, residents stayed" (X was shelled).
_CONCESSIVE_OPEN = re.compile(
    CONCESSIVE_OPENER + r"\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|agreement|deal|accord|peace\s+deal|peace\s+agreement|talks|"
    r"pledges?|promises?|commitments?|calls?|appeals?)\s[^,;.]*$",
    re.IGNORECASE,
)
_CLOSING_COMMA = re.compile(r"[^;.\n]*?,\s+\S")


def _in_concessive(text: str, start: int, end: int) -> bool:
    """Whether the place at ``[start, end)`` lies in a fronted "despite" phrase that a
    comma closes before the main clause: "Despite the ceasefire signed in X, fighting
    went on near Y" (the fighting is not in X)."""
    left = text[max(0, start - 150) : start]
    return _CONCESSIVE_OPEN.search(left) is not None and _CLOSING_COMMA.match(text, end, end + 200) is not None


# A clause piece opening on a relative: "which led to riots on X".
_RELATIVE_OPENS = re.compile(r"[\s,]*(?:which|that|when|where)\s", re.IGNORECASE)
# A relative clause on the noun before the comma: ", which led to riots on ", ", when ...".
_RELATIVE_TAIL = re.compile(r"\s*(?:which|that|when|where)\s", re.IGNORECASE)


def _referred_to(left: str) -> bool:
    """Whether raw left context ``left`` puts the place in what an event answers or is
    compared with. Only the text after the last comma counts: "In retaliation for
    the attack, jets struck X" strikes X."""
    cut = max(left.rfind(","), left.rfind(";"))
    if cut >= 0 and left[cut] == "," and _RELATIVE_TAIL.match(left, cut + 1):
        # "compared to the 2018 protests, which led to riots on X": the relative clause
        # goes on with what was compared
        head = left[max(left.rfind(",", 0, cut), left.rfind(";", 0, cut)) + 1 : cut]
        if _REFERENCE_HINT.search(head) and _REFERENCE.search(normalize(head) + " "):
            return True
    if _REFERENCE_HINT.search(left, cut + 1) is None:
        return False
    tail = normalize(left[cut + 1 :])
    return _REFERENCE.search(tail) is not None or _DEDICATED.search(tail) is not None


_PAIR_GLUE = frozenset(("-", "–", "/"))
# The two ends of a road's name, joined by a dash with or without spaces: "Kaya-Dori", "Baalbek - Hermel".
_ROAD_PAIR_GLUE = re.compile(r"\s?[-–/]\s?$")
# A road word told before its two ends: "on the road of A - B", "along the highway A-B".
_ROAD_BEFORE = re.compile(r"(?<!\S)(?:road|highway|route|axis|motorway|expressway)\s+(?:of\s+(?:the\s+)?)?$")
_ON_ROAD = re.compile(r"\b(?:on|along|of)\s+the\s+$", re.IGNORECASE)
# A road named by its ends that is blocked, cut or reopened: "protesters blocked the A-B
# highway", "residents barricaded the A-B road" (the road is where it happened, not its ends).
_ROAD_BLOCKED = re.compile(
    r"(?<!\S)(?:block|blocked|blocking|blocks|barricad\w*|cut|cutting|cuts|closed|closing|closes|shut|"
    r"reopen\w*|occupied|occupying|paraly[sz]\w*)\s+(?:off\s+)?(?:the\s+)?(?:main\s+|key\s+|busy\s+)?$"
)
# A pipeline named by its ends runs through both countries: "fire on the A-B export pipeline".
_PIPELINE_AFTER = re.compile(r"\s+(?:(?:export|oil|gas|crude)\s+)?pipeline\b", re.IGNORECASE)
_ROAD_AFTER = re.compile(
    r"\s+(?:(?:export|oil|gas|crude)\s+)?(?:highway|road|expressway|motorway|freeway|railway|rail\s+line|route|corridor|axis|pipeline)\b",
    re.IGNORECASE,
)
# Where a victim lives, in apposition: "a 60-year-old man, a resident of A, was wounded".
# A speaker's place in a coordinate clause after the event was told: "gunmen killed two
# herders near A, and local officials in B said ..." (B is where they speak, not the site).
_COORDINATE_SPEAKER = re.compile(
    r"(?:,\s+|\s)(?:and|while|but|whereas)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:officials?|residents?|sources?|witnesses|police|authorities|leaders?|elders?|spokesm[ae]n|"
    r"spokesperson|activists?|medics?|doctors?|journalists?|reporters?|administrators?)\s+(?:in|at|of)\s+(?:the\s+)?$"
)
_SPEECH_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+){0,2}?(?:said|say|says|told|reported|added|confirmed|stated|warned|noted)\b"
)
# Where the bangs of strikes told before were heard: "jets struck A, and the monitor heard
# the (sound of the) explosions in B", "..., and explosions were heard in B" (B only heard them).
_HEARD_IN = re.compile(
    r"(?:(?<!\S)(?:heard|hear|hears)\s+(?:the\s+)?(?:(?:sounds?|noise|echo(?:es)?)\s+of\s+(?:the\s+)?)?(?:[a-z]+\s+)?"
    r"(?:explosions?|blasts?|bangs?|detonations?)|(?:explosions?|blasts?|bangs?|detonations?)\s+"
    r"(?:were|was|could\s+be|could\s+also\s+be)\s+heard)\s+(?:in|at|over|across)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$"
)
# The hearers' place before what they heard: "residents of the village of X heard explosions
# overnight", "people in X reported hearing blasts": the sound says not where the blasts were.
_HEARERS_OF = re.compile(
    r"(?<!\S)(?:residents|people|locals|villagers|inhabitants|witnesses)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|locality|community|area)\s+of\s+(?:the\s+)?)?$"
)
_HEARD_AFTER = re.compile(
    r"^\s+(?:(?:also|reportedly|later|then)\s+)?(?:heard|reported\s+hearing|said\s+they\s+heard)\s+(?:the\s+)?"
    r"(?:(?:sounds?|noise|echo(?:es)?)\s+of\s+(?:the\s+)?)?(?:[a-z]+\s+)?(?:explosions?|blasts?|bangs?|detonations?)(?!\S)"
)
# Words on a banner or in a chant, in quotes: "banners reading 'X is not for sale'",
# "placards that read 'X is bleeding'", "chanting 'We chose X'" (no event there).
_SLOGAN_QUOTE = re.compile(
    r"(?:(?:banners?|placards?|signs?|posters?|flags?|t-shirts?)\s+(?:\S+\s+){0,3}?(?:reading|read|reads|saying|says|"
    r"bearing|with\s+the\s+words)|chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|slogans?)\s*:?\s*[\"“][^\"”]{0,60}$",
    re.IGNORECASE,
)
# The home of marchers who marched elsewhere: "residents of A marched on Thursday through B",
# "the populations of the commune of A have marched in B" (B is where they marched).
_MARCHERS_OF = re.compile(
    r"(?<!\S)(?:residents|inhabitants|populations?|villagers|natives|people)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:commune|town|village|city|district|municipality|community|department)\s+of\s+(?:the\s+)?)?$"
)
_MARCHED_IN = re.compile(
    r"^(?:\s*,\s*[^,]{1,40},)?\s+(?:have\s+|has\s+)?(?:marched|protested|demonstrated|rallied)\s+"
    r"(?:(?:on|this|last|in\s+the)\s+\w+\s+)?(?:(?:morning|evening|afternoon|night)\s+)?"
    r"(?:in|through|at|across)\s+(?:the\s+(?:streets|centre|center)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_RESIDENT_OF = re.compile(
    r",\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:resident|native|inhabitant)\s+of\s+(?:the\s+)?"
    # the country that owns the home region: "a native of Ukraine's X region"
    r"(?:[\w-]+['’]s\s+)?(?:\S+\s+of\s+)?$"
)
# A former office named by its place, after the event's own place: "arrested a group of
# officers in A, among them a general who was former governor of the region of B".
_FORMER_OFFICE_OF = re.compile(
    r"(?<!\S)(?:former|ex)\s+(?:\S+\s+)?(?:governor|mayor|prefect|commander|minister|head|chief|president|"
    r"administrator|deputy)\s+(?:for|of)\s+(?:the\s+)?(?:\S+\s+of\s+(?:the\s+)?)?$"
)
# The home of people detained or arrested: "police detained two residents of A who were
# stealing from houses in B", "arrested in B a resident of A".
# The detainee may be described first: "detained in A a 38-year-old resident of B", "detained in A
# a suspect in the C attack, a resident of B"; not past a new clause ("... who ... residents of B").
_DETAINEES_OF = re.compile(
    r"(?<!\S)(?:arrest|detain|apprehend|captur)\w*\s+(?:(?!(?:who|which|when|after|while|and|but|as)\s)\S+\s+){0,10}?"
    r"(?:residents?|natives?|inhabitants?)\s+of\s+(?:the\s+)?(?:\S+\s+s\s+)?(?:\S+\s+of\s+)?$"
)
# Where detainees were let go, after the arrest was told: "detained a shepherd, who was released
# two days later at the A crossing", "arrested 30 students and freed them in B" (not the arrest site).
_RELEASED_AT = re.compile(
    r"(?<!\S)(?:released|freed|set\s+free|handed\s+(?:over|back))\s+(?:(?!and\s|but\s)\S+\s+){0,5}?"
    r"(?:at|in|near|through|via)\s+(?:the\s+)?(?:\S+\s+)?$"
)
_ARREST_BEFORE = re.compile(r"(?<!\S)(?:arrest|detain|apprehend|custody)\w*", re.IGNORECASE)
# Where a detainee is held or will be: "will be processed in the A prison, in B", "jailed in a
# prison in C" (an attack or a riot at a prison has no holding verb before it).
_HELD_AT = re.compile(
    r"(?<!\S)(?:held|hold|processed|jailed|imprisoned|incarcerated|remanded|kept|locked\s+up|serving)\s+"
    r"(?:\S+\s+){0,6}?(?:prison|jail|penitentiary|detention\s+(?:centre|center|facility))\s+"
    r"(?:in|at|near|outside)\s+(?:the\s+)?$"
)
# What a detainee is accused of, with its own place: "detained two men suspected of sabotage
# near A", "arrested a commander accused of extortion in A", "detained on suspicion of passing
# the coordinates of positions in A"; the charge runs to the place without a comma or a new clause.
_ALLEGED_DEED = re.compile(
    r"(?<!\S)(?:arrest|detain|apprehend|captur|custody)\w*(?:\s+\S+){0,24}?\s+"
    r"(?:suspected\s+of|accused\s+of|accusing\s+(?:\S+\s+){1,2}?of|on\s+suspicion\s+of|on\s+charges?\s+of|"
    r"charged\s+with)\s+(?:(?!(?:after|when|while|and\s+(?:police|security|forces|troops|the))\s)[^\s,;]+\s+){1,14}?"
    r"(?:in|at|near|of|on|around|outside)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A district of a town the gazetteer files as a town of its own lies this close to it.
_SAME_TOWN_KM = 20.0
# Where the arrest itself was made, told before the charge: "In A, police detained ...",
# "arrested in A a former officer ...", "detained ... at a checkpoint in A" (not "police in A":
# the force's seat, whose charge may name a district of A).
_ARREST_SITE = re.compile(
    r"(?:^|[.:;—–-]\s*|(?<!\S)(?:arrest|detain|apprehend|captur)\w*\s+(?:\S+\s+){0,6}?)"
    r"(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$",
    re.IGNORECASE,
)
# More people of the same taking, from a second place: "..., and a young man from B".
_MORE_TAKEN_FROM = re.compile(
    r"(?<!\S)and\s+(?:a|an|one|two|three|four|five|six|\d+|several)\s+(?:\S+\s+){0,2}?"
    r"(?:men|man|women|woman|youths?|citizens?|people|persons?|boys?|girls?|students?|others)\s+from\s+"
    r"(?:the\s+)?(?:(?:village|town|city|camp|neighbou?rhood)\s+of\s+(?:the\s+)?)?$"
)
_ARRESTED = re.compile(r"(?<!\S)(?:arrest|detain)\w*\s")
# The site told right after a person's home, in the same clause: "from A at the checkpoint of
# B", "of A in the neighbourhood of B" (not ", and B", nor "A and B").
_SITE_AFTER_GLUE = re.compile(
    r"^\s+(?:(?:camp|neighbou?rhood|quarter|district|village|town|city|area)\s+)?(?:at|in|near|outside)\s+"
    r"(?:the\s+|a\s+|an\s+)?[^,;.()]{0,60}$"
)
# A place told as where something happened: "near B", "in a field outside B".
_LOCATED_BEFORE = re.compile(r"(?<!\S)(?:near|outside|in|at|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:\S+\s+of\s+)?$")
# Where a force or a shooter is posted, which the clause's violence comes from: "shelling by
# regime forces positioned in X", "the sniper stationed in the hills of X", "the artillery
# battalion based in X fired shells into a camp"; not when that force is hit ("a drone
# strike on fighters stationed in X").
_POSTED_AT = re.compile(
    r"(?<!\S)(?:positioned|stationed|entrenched|garrisoned|based)\s+(?:in|at|on|inside)\s+(?:the\s+)?"
    r"(?:(?:hills|heights|mountains?|outskirts|edge|positions?|barracks|bases?|airport|area)\s+(?:of|in|near)\s+(?:the\s+)?)?"
    r"(?:(?:city|town|village|district|area|region)\s+of\s+(?:the\s+)?)?$"
)
# Where attackers were recruited or trained is not where they struck: "said hitmen
# recruited in X had carried out the bombings in Y", "gunmen trained in camps in Z".
_RECRUITED_IN = re.compile(
    r"(?<!\S)(?<!forcibly\s)(?:recruited|trained|hired|radicali[sz]ed|indoctrinated)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:camps?|city|town|village|district|area|region)\s+(?:of|in|near)\s+(?:the\s+)?)?$"
)
_POSTED_TARGET = re.compile(
    r"(?<!\S)(?:on|against|targeted|targeting|hit|hitting|struck|striking|attacked|attacking|shelled|bombed|"
    r"ambushed|killed|wounded)\s+(?:\S+\s+){0,5}?(?:positioned|stationed|entrenched|garrisoned|based)\s"
)
# The two ends of a stretch: "between A and B", "from A to B"; with no road word too: "an
# IED hit a minibus between A".
_AND_GLUE = re.compile(r"^\s+and\s+(?:the\s+)?$")
_BETWEEN_BEFORE = re.compile(r"(?<!\S)between\s+(?:the\s+)?$")
_FROM_BEFORE = re.compile(r"(?<!\S)from\s+(?:the\s+)?$")
_NEAR_GLUE = re.compile(r"^\s*,?\s+(?:near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# How a place near a road is told: "near C", "outside C", "a few kilometres from C".
_NEAR_WORDS = r"(?:near|outside|close\s+to|(?:a\s+few|some|about|\d+)\s+(?:km|kilometres|kilometers|miles)\s+from)"
# A road's ends, then the place it happened near: "on the road between A and B, near the
# village of C", "on the A-B road near C", "on the track linking A to B, a few kilometres from A".
_NEAR_AFTER_ROAD = re.compile(
    rf"\s*,?\s+(?:{_NEAR_WORDS}|at\s+(?:the\s+)?(?:village|town|hamlet|locality|area|junction)\s+of)\s",
    re.IGNORECASE,
)
# What lies between a road's end and the place it happened near: " road near ", ", near the village of ".
_ROAD_NEAR_GLUE = re.compile(
    rf"(?:\s+(?:highway|road|expressway|motorway|route|track|axis))?\s*,?\s+{_NEAR_WORDS}\s+(?:the\s+)?"
    r"(?:(?:village|town|city|locality|settlement|area)\s+of\s+)?",
    re.IGNORECASE,
)
# The other end of the road, before what follows it: "A[ and B], near C".
_ROAD_OTHER_END = re.compile(r"(?:\s+(?:and|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?")
# "A and B", "A, B", and the next item named with its kind: "A and the US state of B".
# A force named after its region: "clashes between Jubaland forces and the army".
# A place named for its forces or its government: "Jubaland forces", "the Kyiv regime"; also
# first of two sides whose forces are named once: "Jubaland and federal troops clash in Gedo"
# (a kind of force after "and", not a people: not "Kherson and Ukrainian forces").
_RIGHT_FORCE = re.compile(
    r"^\s+(?:(?:regional|state|special)\s+)?(?:forces|troops|militias?|regime|junta)\b"
    r"|^\s+and\s+(?:the\s+)?(?:federal|government|national|allied|regional|state|local|coalition|"
    r"pro-government|security)\s+(?:forces|troops)\b",
    re.IGNORECASE,
)
# A state whose own campaign against a place is told: "Israel's siege of A", "Russia's
# invasion of B", "Ukraine's drone strikes on C": the state is the attacker, not the site.
_RIGHT_CAMPAIGN = re.compile(
    r"^['’]s\s+(?:(?:military|ground|air|aerial|naval|renewed|continued|ongoing|relentless|full-scale|"
    r"months-long|weeks-long|year-long|brutal|drone|missile)\s+)?(?:siege|invasion|bombardment|blockade|occupation|"
    r"annexation|offensive|incursions?|assault|aggression|war|campaign|strikes|air\s*strikes|bombing|shelling|"
    r"attacks)\s+(?:of|on|against|into)\b"
    # the invasion told without its object: "the largest protests since X's full-scale invasion"
    r"|^['’]s\s+(?:(?:full-scale|military|renewed|illegal|unprovoked)\s+)?(?:invasion|aggression)(?![\w-])",
    re.IGNORECASE,
)
# A state whose border with another is where the event was: "clashes along A's border with
# B" are on the border, like "near the border with B".
_RIGHT_BORDER = re.compile(
    r"^['’]s\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:border|frontier)s?\s+with\b",
    re.IGNORECASE,
)
# A sea or lake naming the port after it: "the Red Sea port city", "a Black Sea resort";
# or a country's coast: "a terminal on Yemen's Red Sea coast" (but "fled towards the Caspian
# coast" went to the coast itself).
_RIGHT_PORT = re.compile(r"^\s+(?:ports?|harbou?rs?|resorts?|port\s+city|coastal\s+(?:city|town))\b", re.IGNORECASE)
_RIGHT_COAST = re.compile(r"^\s+coast(?:line)?\b", re.IGNORECASE)
# A place before "city of" only tells which city follows: "in the Volga city of X", "the
# Black Sea port town of Y" (the next mention must follow right after "of"; and "the" must
# come first: "Kadisau village of Faskari area" names the village first).
_RIGHT_CITY_OF = re.compile(
    r"^\s+(?:[A-Za-z-]+\s+)?(?:city|town|village|port|settlement)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"\w['’]s\s+$")
# Where reports of events are received, the speakers' place: "protection partners in X
# have received reports of abductions in Y", "humanitarian actors in X received accounts of ...".
_RIGHT_REPORTS_RECEIVED = re.compile(
    r"^\s+(?:(?:have|has|had)\s+(?:also\s+)?)?(?:received|receive|receiving|heard)\s+"
    r"(?:(?:several|many|multiple|new|further|numerous|credible|unconfirmed|\d+)\s+)?"
    r"(?:reports|accounts|testimonies|allegations|information)(?!\S)",
    re.IGNORECASE,
)
# A place reached only by a harm feared: "the shelling risks flooding villages as far as X",
# "strikes that threaten to cut off water to Y".
_RISKED = re.compile(
    r"(?<!\S)(?:risks|risking|threatens\s+to|threatening\s+to|threaten\s+to)\s+[a-z]+\s+"
    r"(?:(?!(?:and|but|while|after|as|when)\s)\S+\s+){0,7}?(?:in|to|at|as\s+far\s+as|across|near)\s+(?:the\s+)?$"
)
# A place told in a relative clause of a natural disaster: "a ceasefire declared after the
# earthquake that killed more than 3,700 people in X and Y", "the floods which devastated X":
# the disaster's place, which no armed event of the sentence reaches.
_DISASTER_RELATIVE = re.compile(
    r"(?<!\S)(?:earthquakes?|quakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|storms?|landslides?|"
    r"tsunami|tornado(?:es)?|wildfires?|avalanches?)\s+(?:that|which)\s+(?:had\s+|has\s+)?"
    r"(?:killed|devastated|destroyed|struck|hit|ravaged|damaged|flattened|swept)\s+"
    r"(?:(?!(?:and|but|while|as|when|after)\s)\S+\s+){0,8}?(?:in|across|through|throughout|around)\s+(?:the\s+)?"
    r"(?:\S+\s+(?:and|or)\s+)?$"
)
# Who launched what was fired: "missiles launched overnight by X", "rockets fired by X".
_LAUNCHED_BY = re.compile(
    r"(?<!\S)(?:launched|fired|sent)\s+(?:(?:overnight|earlier|today|yesterday|late|on\s+\S+)\s+){0,2}by\s+(?:the\s+)?$"
    # who struck, named after the strike: "air strikes by the United States hit the port",
    # "the shelling by Russia of X", "drone attacks by Ukraine on refineries"
    r"|(?<!\S)(?:strikes?|airstrikes?|attacks?|shelling|bombings?|bombardments?|raids?|offensives?|incursions?|"
    r"assaults?|operations?)\s+(?:(?:overnight|earlier|today|yesterday|late|on\s+\S+)\s+){0,2}by\s+(?:the\s+)?$"
)
# A closure caused elsewhere: "forced the closure of airports in X", "flights were suspended at X".
_CLOSED_AT = re.compile(
    r"(?<!\S)(?:clos(?:ure|ures|ed|ing|e|es)|shut(?:down|ting)?|suspen(?:sion|ded|ding)|halt(?:ed|ing)?)\s+"
    r"(?:(?:of|at|down)\s+)?(?:the\s+)?(?:\S+\s+){0,2}?(?:airports?|air\s+traffic|flights|airspace)\s+"
    r"(?:in|at|of|over)\s+(?:the\s+)?$"
)
# A road told by the towns it links: "on the highway that links A with B".
_ROAD_LINKS = re.compile(
    r"(?<!\S)(?:road|roads|highway|motorway|route|railway)\s+(?:that|which)\s+(?:links|link|linked|connects|connect|"
    r"connected|joins|join|runs\s+from)\s+(?:the\s+)?$"
    # the participle: "the road linking A and the capital B"
    r"|(?<!\S)(?:road|roads|highway|motorway|route|railway)\s+(?:linking|connecting|joining)\s+(?:the\s+)?$"
)
# the other end may be told with its kind: "the road linking A and the capital B"
_ROAD_LINK_GLUE = re.compile(r"^\s+(?:with|and|to)\s+(?:the\s+)?(?:(?:state\s+|regional\s+)?(?:capital|city|town|port)\s+(?:of\s+)?)?$")
# A relative clause that only describes a landmark's lie: "the Hamrin mountains, which
# straddle A, B and C provinces", "Benue state, which borders A", "a pipeline that runs
# under the river from A"; the places it names are not where the event happened.
_TERRAIN_RELATIVE = re.compile(
    r"(?<!\S)(?:which|that)\s+(?:straddles?|straddled|borders|bordered|border|"
    r"(?:runs?|ran|stretch(?:es)?|stretched|extends?|extended)\s+(?:\S+\s+){0,5}?(?:from|to|into|through|across|along|past)|"
    r"lies?|lay)\s+(?:the\s+)?(?:\S+\s+){0,3}?$"
)
# A dateline: the place a report is filed from, then its date or source and a dash
# ("BANGKOK, Jan 20 —", "KABUL, March 3 (Reuters) -", "Gao – ").
DATELINE_TAIL = re.compile(r"[^.\n]{0,60}?(?:\s[—–-]{1,2}\s|\.-\s|\)\s*[—–-]\s)")
_LIST_GLUE = re.compile(
    # the kind of the place before may come first: "the road between A town and B"
    r"^(?:\s+(?:town|city|village|camp|port))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:state|province|region|city|town|village|port|district)\s+of\s+(?:the\s+)?)?$"
)


class MentionRoles:
    """Roles of the mentions of one sentence, computed on demand.

    Parameters
    ----------
    text
        The document text.
    spans
        ``(start, end)`` of the sentence's mentions, sorted by start.
    segments
        The sentence's hard segments (``(start, end, ...)``), used to tell a
        clause-opening subject ("Russia said") from a location.
    """

    __slots__ = ("text", "spans", "segments", "places", "_roles", "_owners")

    def __init__(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        segments: Sequence[tuple[int, ...]],
        places: Sequence[Place | None] | None = None,
    ) -> None:
        self.text = text
        self.spans = spans
        self.segments = segments
        self.places = places
        self._roles: dict[int, Role] = {}
        self._owners: set[int] = set()  # qualifiers only as the possessive owner of the next place

    def __getitem__(self, i: int) -> Role:
        role = self._roles.get(i)
        if role is None:
            role = self._roles[i] = self._role(i)
        return role

    def _terrain_relative(self, i: int) -> bool:
        """Mention *i* is named in a relative clause telling where a landmark lies, or listed after one that is."""
        text, spans = self.text, self.spans
        start = spans[i][0]
        # not across the sentence's start: "... a forest which stretches into Zamfara. In A, a
        # mob beat a man to death": A opens a sentence of its own
        lo = max(0, start - 70, self.segments[0][0] if self.segments else 0)
        if _TERRAIN_RELATIVE.search(normalize(text[lo:start])):
            return True
        return bool(i and _LIST_GLUE.match(text[spans[i - 1][1] : start]) and self._terrain_relative(i - 1))

    def _role(self, i: int) -> Role:
        text, spans = self.text, self.spans
        start, end = spans[i]
        seg_start = spans[0][0]
        for s in self.segments:
            if s[0] <= start < s[1]:
                seg_start = s[0]
                break
        right = text[end : end + 60]
        if i == 0 and self._dateline_elsewhere():
            return Role.FRAME  # "BANGKOK, Jan 20 — Myanmar's army bombed a village in Sagaing": filed from
        if _RIGHT_NAME.match(right):
            return Role.NAME
        if _RIGHT_ACTOR.match(right) or _RIGHT_FORCE.match(right) or _RIGHT_CAMPAIGN.match(right) \
                or _RIGHT_OFFICE.match(right):
            return Role.ACTOR
        if _RIGHT_REPORTS_RECEIVED.match(right):
            return Role.FRAME  # "partners in X have received reports of sexual violence during the attack on Y"
        if _RIGHT_STANDING.match(right):
            return Role.FRAME  # "regarded the offensive as an attack on Syria's sovereignty"
        if _RIGHT_BORDER.match(right):
            return Role.FRAME  # "clashes along Lebanon's border with Syria": on the border, as for Syria
        if self._names_port(i, right):
            return Role.QUALIFIER  # "strikes on the Red Sea port city": the sea only locates the port
        if i + 1 < len(spans) and self._city_of(i):
            return Role.QUALIFIER  # "drones struck a refinery in the Volga city of X": X was struck
        left = normalize(text[max(seg_start, start - 70) : start])
        if _LINE_CROSSED.search(left) and _LINE_SITE_NEXT.match(text, end, min(len(text), end + 60)):
            return Role.FRAME  # "troops crossed into the X region near A": the line crossed, A is where
        if i and _LINE_SITE_NEXT.fullmatch(text, spans[i - 1][1], start) and _LINE_CROSSED.search(
                normalize(text[max(seg_start, spans[i - 1][0] - 70) : spans[i - 1][0]])):
            return Role.PLACE  # "crossed the X river near A": A is where the force crossed
        if left.endswith(("of ", "of the ")) and _LEFT_TITLE.search(left):
            if _TOWN_POLICE.search(left) and self.places and self.places[i] is not None \
                    and self.places[i].kind is PlaceKind.CITY:
                return Role.SEAT  # "the police of Bosaso arrested 11 people": a town's force, at home
            return Role.ACTOR
        if _ADDRESSED.search(left):
            return Role.ACTOR  # "accused India of sponsoring the group": the state addressed
        if _MADE_IN.search(left):
            return Role.ACTOR  # "bombs made in France were shot down": the maker, not the site
        if _SERVED.search(left):
            return Role.ACTOR  # "arrested 12 people suspected of spying for Israel": the state served
        if left.endswith(("by ", "by the ")) and _LAUNCHED_BY.search(left):
            return Role.ACTOR  # "300 drones launched overnight by Iran": the launcher
        if _CLOSED_AT.search(left):
            return Role.FRAME  # "drones forced the closure of airports in X": a consequence elsewhere
        if _WAR_WITH.search(left):
            return Role.ACTOR  # "the May hostilities with Pakistan": the other side, not where it was
        if _in_concessive(text, start, end):
            return Role.FRAME  # "Despite the truce agreed in X, clashes broke out near Y": the truce's venue
        if self._terrain_relative(i):
            return Role.FRAME  # "the Hamrin mountains, which straddle A and B": the landmark's lie
        if _ROAD_LINKS.search(left) or (i and _ROAD_LINK_GLUE.match(self.text[spans[i - 1][1] : start])
                                        and _ROAD_LINKS.search(normalize(text[max(0, spans[i - 1][0] - 50) : spans[i - 1][0]]))):
            return Role.FRAME  # "on the highway that links A with B": the road's ends
        taken = from_source(left) and _TAKEN_FROM.search(normalize(text[max(seg_start, start - 130) : start]))
        if taken and (taken.group("passive") is None or _BY_TAKERS.match(right)):
            if _ARRESTED.search(left) and self._site_right_after(i):
                return Role.SOURCE  # "arrested a young man from A at a checkpoint near B": his home
            return Role.PLACE  # "arrested 15 people from Tubas": taken where they live
        if i and from_source(left) and _MORE_TAKEN_FROM.search(left) and self[i - 1] is Role.PLACE \
                and _TAKEN_FROM.search(normalize(text[max(seg_start, spans[i - 1][0] - 70) : spans[i - 1][0]])):
            return Role.PLACE  # "arrested two men from the village of A, and a young man from B camp"
        if i and self._after_road(i):
            return Role.PLACE  # "on the Kumba-Mamfe road near Konye": the road only leads to Konye
        head = _frame_head(left)
        if head == "citizens" and _CITIZENS_OF_TOWN.search(left):
            head = None  # "the citizens of the city of Derna went out": the townspeople, at home
        if head == "citizens" and left.endswith(("of ", "of the ")) and _CROWD_ACTS_AFTER.match(normalize(right)) \
                and not self._named_before_comma(i):
            head = None  # "dozens of the citizens of X came out in a demonstration": at home, no other site told
        if head in _ROAD_HEADS and left.endswith(("between ", "between the ")) and self._near_before(i, road=True):
            return Role.FRAME  # "clashed near C, on the road between A and B": C is where it happened
        if head in _ROAD_HEADS and left.endswith(("between ", "between the ")) and (
                _ON_ROAD_BETWEEN.search(left) or _ROAD_BETWEEN_SUBJECT.match(left)) and not self._near_after_road(i):
            head = None  # "struck a vehicle on the road between A and B": the event was there
        if head is None and _BETWEEN_BEFORE.search(left) and self._near_after_road(i):
            return Role.FRAME  # "an IED hit a minibus between A and B near C": C is where it happened
        if head in _ROUTE_HEADS and _ONWARD_LEG.search(left):
            return Role.DESTINATION  # "received in A before onward travel to B": where they went on to
        if head == "registered" and _REGISTERED_ARRIVALS.search(left):
            head = None  # "1,300 new arrivals were registered in X": they arrived there
        if head in _ROAD_HEADS and _ROAD_TAKEN.search(left):
            return Role.DESTINATION  # "families took the road toward X": where they went, no route's end
        if head in _ROAD_HEADS and left.endswith(("of ", "of the ")) and _ON_ROADS_OF.search(left) \
                and not _ROAD_LEADS_ON.match(text, end):
            head = None  # "barricades were erected on the roads of A": the roads in A
        if head in _ROAD_HEADS and _ON_ROAD_OUT.search(left):
            head = None  # "a landmine hit a truck on the road out of A": the blast was by A
        if head is not None and head in _BUILDING_HEADS and (
                _BUILDING_TARGETED.search(left) or _BUILDING_VENUE.search(left)):
            head = None  # "stormed the Swedish embassy in Baghdad": the building is where it happened
        if head in _ADVANCE_HEADS and _ATTEMPTED_ADVANCE.search(left):
            head = None  # "clashed with a force trying to advance towards X": the attempt was met there
        if head == "ceremony" and _DISARMING_CEREMONY.search(left):
            head = None  # "laid down their arms at a ceremony in X": the ceremony is the event
        if head in _ARRIVALS and _PROJECTILE_LANDED.search(left):
            head = None  # "two mortar shells landed in X": they hit X, no one arrived there
        if head == "axis" and self._bare_axis(i):
            head = None  # "a bomb hit a bus on the axis A-B": with no nearer place, the road's ends
        if head is not None:
            if head in _ARRIVALS:
                return Role.DESTINATION
            return Role.SEAT if head in _SEAT_HEADS else Role.FRAME
        ref_start = seg_start
        if self.segments and _RELATIVE_OPENS.match(text, seg_start):
            ref_start = self.segments[0][0]  # ", which led to riots on X": the clause goes on with its noun
        if _referred_to(text[max(ref_start, start - 90) : start]):
            return Role.FRAME
        wide = text[max(seg_start, start - 160) : start]
        if _RISKED.search(left):
            return Role.FRAME  # "shelling near the dam risks flooding villages as far as X": a feared harm
        if _DISASTER_RELATIVE.search(normalize(text[max(0, start - 110) : start])):
            return Role.FRAME  # "a truce declared after the earthquake that killed 3,700 in X": the quake's place
        if " since " in wide and _COMPARED_SINCE.search(normalize(wide)):
            return Role.FRAME  # "the deadliest since March, when 300 were killed in X": what it is measured against
        if " when " in wide and _EARLIER_WHEN.search(normalize(wide)):
            return Role.FRAME  # "restored after the spring strikes, when missiles destroyed a plant in X"
        if _RANK_SPAN.match(right) and _RANKED_OVER.search(left):
            return Role.FRAME  # "the deadliest attack on civilians in X this year": what it is ranked over
        ends = self._road_ends(i)
        if self._ranked_road(ends):
            return Role.FRAME  # "the second mass abduction on the A-B road this year": the series' road
        if "latest" in left or "recent" in left:
            if _SERIES_OVER.search(normalize(text[max(seg_start, start - 110) : start])):
                return Role.FRAME  # "the latest in a wave of killings across X": the series' domain
        if "hospital" in left and _HOSPITALISED_IN.search(left):
            return Role.FRAME  # "the driver was wounded and hospitalised in X": where he is treated
        if ("hospital" in left or "clinic" in left or "medical" in left) and _TREATED_AT.search(left):
            return Role.FRAME  # "she was delivered in the regional clinical hospital of Belgorod"
        if _PLANNED_HINT.search(left) and _PLANNED_FROM.search(left):
            return Role.FRAME  # "the attack was coordinated by handlers in Afghanistan": the planners' place
        glue = text[spans[i - 1][1] : start] if i else ""
        if i and glue in _PAIR_GLUE and self[i - 1] is Role.FRAME:
            return Role.FRAME  # "on the axis Kaya-Dori": both ends of the road
        if self._names_road(ends):
            return Role.FRAME  # "near Katari on the Kaduna–Abuja highway": the road's name
        if self._blocked_road(ends):
            return Role.FRAME  # "protesters blocked the A-B highway": the road, not its ends
        if i and _LIST_GLUE.match(glue) and self[i - 1] in _SPREADING_ROLES:
            return self[i - 1]
        if i and _OTHER_PLACES_GLUE.match(glue) and self[i - 1] in _SPREADING_ROLES:
            return self[i - 1]  # "set out from A and other towns in B": B is the region they came from
        if i and self[i - 1] is Role.SOURCE and (_POSSESSIVE_GLUE.match(glue) or _DIVISIONS_OF_GLUE.match(glue)):
            return Role.SOURCE  # "launched from Russia's Kursk region", "from the A and B regions of Russia"
        if i and path_end(glue) and self._on_route(i - 1):
            return Role.FRAME  # "a bus travelling from A to B": both ends of the route
        if i and _NEAR_GLUE.match(glue) and (self._on_route(i - 1) or self._span_end(i - 1) or self._water(i - 1)):
            # "travelling from A to B near C", "a minibus between A and B near C", "boats on Lake
            # Chad, near C": C is where it happened
            return Role.PLACE
        if i and _RIVERSIDE.search(left) and is_water(text[start:end], right, self.places[i] if self.places else None):
            return Role.QUALIFIER  # "the port of Izmail on the Danube", "neighbourhoods along the Dnipro River"
        if i and self[i - 1] is Role.PLACE and landmark(glue, text[start:end], right,
                                                          self.places[i] if self.places else None):
            return Role.QUALIFIER  # "shelled A across the B river": B only tells where A lies
        if self._contains_neighbour(i):  # "the Kibera slum of Nairobi": Nairobi only locates Kibera
            return Role.QUALIFIER
        if len(spans) > 1 and _PIECE_END.match(right) and _LOCATOR.search(text, max(seg_start, start - 70), start):
            return Role.QUALIFIER  # "in Uvira, on the northern tip of Lake Tanganyika, protesters ...": it orients
        if _LANDMARK_BEARING.search(text, max(seg_start, start - 90), start):
            return Role.QUALIFIER  # "around the dam and the bridge, east of X": X only locates them
        if i and (_QUALIFIER_GLUE.match(glue) or (_COMMA_GLUE.match(glue) and _ADMIN_AFTER.match(right))) \
                and (not self._inside_previous(i) or _BEARING_GLUE.match(glue)) and not (i == 1 and self[0] is Role.QUALIFIER):
            return Role.QUALIFIER
        if i and _OPEN_PAREN_GLUE.match(glue) and (
                right.startswith(")") and self[i - 1] is Role.PLACE and self._holds_previous(i)
                or _DIVISION_BRACKET_END.match(right)):
            # "in Burin (Nablus), settlers set fire to a car", "fled A commune (B region) towards C":
            # the bracket locates the place before it
            return Role.QUALIFIER
        if i and _CAPITAL_GLUE.match(glue) and self[i - 1] is Role.QUALIFIER and i - 1 not in self._owners:
            return Role.QUALIFIER  # "in A, 35 km from the B state capital C": the capital is the same bearing
        if i and _POSSESSIVE_GLUE.match(glue) and self[i - 1] is Role.QUALIFIER and i - 1 not in self._owners:
            return Role.QUALIFIER  # "near Tassia in Niger's Tillaberi region" (not "in Iraq's Kurdistan region")
        if i and _APPOSITION_GLUE.match(glue) and self._locates_previous(i):
            return Role.QUALIFIER
        if i and _DIVISION_OF_GLUE.match(glue) and self._holds_previous(i):
            return Role.QUALIFIER
        if self._owns_next(i):
            self._owners.add(i)
            return Role.QUALIFIER  # "oilfields in Iraq's Kurdistan region": the country only locates its region
        if _CLAIM_BEFORE.search(left) and _RIGHT_SUBJECT.match(right):
            return Role.ACTOR  # "a claim Kyiv rejected": the government that answers
        if (_opens_clause(text[max(seg_start, start - 40) : start]) and _RIGHT_SUBJECT.match(right)
                and not (i and _LIST_GLUE.match(glue) and self._list_after_preposition(i - 1))
                and not (i and _LIST_GLUE.match(glue) and self[i - 1] is Role.PLACE and self._list_after_of(i - 1))):
            return Role.ACTOR
        if from_source(left) or left.rstrip().endswith((" from", " from the")):
            return Role.SOURCE
        if _LEFT_PLACE.search(left) and _FOR_DESTINATION.match(right):
            return Role.SOURCE  # "the convoy had left A for B when gunmen opened fire": where it set out from
        if i and "hear" in left:
            heard = _HEARD_IN.search(left)
            if heard and spans[i - 1][1] < start - (len(left) - heard.start()):
                return Role.FRAME  # "jets struck A, and the monitor heard the explosions in B"
        if "hear" in right and _HEARERS_OF.search(left) and _HEARD_AFTER.match(normalize(right)):
            return Role.FRAME  # "residents of the village of X heard explosions": where they were heard
        if _COORDINATE_SPEAKER.search(left) and _SPEECH_AFTER.match(right):
            return Role.FRAME  # "..., and local officials in B said ...": the speakers' place
        if _SLOGAN_QUOTE.search(text, max(seg_start, start - 120), start):
            return Role.FRAME  # "protesters carried banners reading 'X is not for sale'": words on a banner
        if i + 1 < len(spans) and _MARCHERS_OF.search(left) and _MARCHED_IN.match(text[end : spans[i + 1][0]]):
            return Role.FRAME  # "residents of A marched on Thursday through B": the marchers' home
        if _RESIDENT_OF.search(text, max(seg_start, start - 60), start) and self._located_after(i):
            return Role.FRAME  # "a man, a resident of A, was hit by a drone in a field near B": where he lived
        if i and _FORMER_OFFICE_OF.search(left) and self[i - 1] is Role.PLACE:
            return Role.FRAME  # "arrested officers in A, among them a former governor of B": his old post
        if _DETAINEES_OF.search(left) and (self._located_after(i, outside=True) or self._arrest_site_before(i)):
            return Role.FRAME  # "police detained two residents of A who were looting houses in B": their home
        if _HELD_AT.search(left):
            return Role.FRAME  # "will be processed in the A prison, in B": where he is held, not taken
        if _RELEASED_AT.search(left) and self._arrest_told_before(start):
            return Role.FRAME  # "detained a shepherd, who was released later at the A crossing"
        if _ALLEGED_DEED.search(text, max(seg_start, start - 200), start) and self._arrest_site_before(i):
            return Role.FRAME  # "In A, police detained two men suspected of sabotage near B": the charge's place
        if _RECRUITED_IN.search(left):
            return Role.FRAME  # "hitmen recruited in X carried out the bombings in Y": their origin
        if _POSTED_AT.search(left) and not _POSTED_TARGET.search(left):
            return Role.SOURCE  # "a sniper stationed in the hills of X targeted a child": where the shooter was
        if any(w in left for w in _DESTINATION_HINTS) and _DESTINATION.search(left):
            return Role.DESTINATION
        if left.endswith(" to ") and _FAR_LEG.search(normalize(text[max(seg_start, start - 170) : start])):
            return Role.DESTINATION  # "37 people were taken from the eastern communities of A, bordering B, to C"
        return Role.PLACE

    def _dateline_elsewhere(self) -> bool:
        """Whether the first mention is the dateline of the text and its first sentence
        tells of another place, by the gazetteer: a town of another name, or any place
        of another country ("MAIDUGURI, Feb 24 — A bomber blew herself up in Konduga").
        A dateline whose town the sentence names again is where the news is."""
        text, spans = self.text, self.spans
        start, end = spans[0]
        if not self.places or text[:start].strip() or not DATELINE_TAIL.match(text, end, end + 80):
            return False
        home = self.places[0]
        tail = DATELINE_TAIL.match(text, end, end + 80).end() + end
        name = text[start:end].casefold().split()[0].rstrip(",")
        elsewhere = False
        for (a, b), place in zip(spans[1:], self.places[1:]):
            if text[a:b].casefold().split()[0] == name:
                return False  # "JENIN — troops raided Jenin camp": the news is there
            if a < tail or place is None or place.kind is PlaceKind.OTHER:
                continue
            if home is not None and place.country_code and home.country_code and place.country_code != home.country_code:
                elsewhere = elsewhere or place.kind is not PlaceKind.COUNTRY
            elif place.kind not in WIDE_KINDS:
                elsewhere = True
        return elsewhere

    def _on_route(self, i: int) -> bool:
        """Whether mention ``i`` is a frame on a route: "travelling from A", "on its way
        to A", or the end of such a route ("from A to B")."""
        if self[i] is not Role.FRAME:
            return False
        start = self.spans[i][0]
        left = normalize(self.text[max(0, start - 70) : start])
        if from_source(left) or _frame_head(left) in _ROUTE_HEADS:
            return True
        glue = self.text[self.spans[i - 1][1] : start] if i else ""
        if i and _LIST_GLUE.match(glue) and self._journey_start(i - 1):
            return True  # "students travelling from A and B to C": B starts the journey with A
        return bool(i) and path_end(glue) and self._on_route(i - 1)

    def _journey_start(self, i: int) -> bool:
        """Whether mention ``i`` is where a journey set out from: "travelling by road from A"."""
        start = self.spans[i][0]
        return _frame_head(normalize(self.text[max(0, start - 70) : start])) in _JOURNEY_HEADS

    def _water(self, i: int) -> bool:
        """Whether mention ``i`` is a river, lake or sea (no point of its own to locate a place
        "near" it by)."""
        s, e = self.spans[i]
        return is_water(self.text[s:e], self.text[e : e + 30], self.places[i] if self.places else None)

    def _span_end(self, i: int) -> bool:
        """Whether mention ``i`` closes a stretch told by its two ends: "between A and B",
        "from A to B" (no point of its own, so a place "near" it is not located by it)."""
        if not i:
            return False
        glue = self.text[self.spans[i - 1][1] : self.spans[i][0]]
        left = normalize(self.text[max(0, self.spans[i - 1][0] - 12) : self.spans[i - 1][0]])
        return bool((_AND_GLUE.match(glue) and _BETWEEN_BEFORE.search(left))
                    or (path_end(glue) and _FROM_BEFORE.search(left)))

    def _located_after(self, i: int, outside: bool = False) -> bool:
        """Whether a later mention of the sentence is told as where something happened
        ("... near B", "... in the village of B"), not as part of mention ``i``'s list;
        with ``outside``, not a place that holds mention ``i`` ("a resident of A near the
        line in the B municipality" is still at A)."""
        for j in range(i + 1, len(self.spans)):
            glue = self.text[self.spans[j - 1][1] : self.spans[j][0]]
            if j == i + 1 and (glue in _PAIR_GLUE or _LIST_GLUE.match(glue) or len(glue) < 4):
                continue
            if outside and self._division(j):
                continue
            if _LOCATED_BEFORE.search(normalize(glue[-40:])):
                return True
        return False

    def _named_before_comma(self, i: int) -> bool:
        """Whether the next mention comes before the first comma or full stop after mention
        ``i``: "citizens of A marched through B" names B as the site, "citizens of A came out
        in front of the government building, denouncing killings in B" does not."""
        if i + 1 >= len(self.spans):
            return False
        end = self.spans[i][1]
        stops = [p for p in (self.text.find(",", end), self.text.find(".", end)) if p >= 0]
        return not stops or self.spans[i + 1][0] < min(stops)

    def _division(self, j: int) -> bool:
        """Whether mention ``j`` is a division, by the gazetteer or by the word after it
        ("in Gori municipality", "in the Kharkiv region")."""
        place = self.places[j] if self.places else None
        if place is not None and place.kind in _CONTAINER_KINDS:
            return True
        return _DIVISION_AFTER.match(self.text, self.spans[j][1]) is not None

    def _site_right_after(self, i: int) -> bool:
        """Whether the next mention, in the same clause, is told as where something happened
        ("a young man from A at a checkpoint at the entrance of B") and does not hold mention
        ``i`` ("a resident of A near the line in the B municipality" was taken at A)."""
        j = i + 1
        if j >= len(self.spans):
            return False
        glue = self.text[self.spans[i][1] : self.spans[j][0]]
        return _SITE_AFTER_GLUE.match(glue) is not None and not self._division(j)

    def _arrest_told_before(self, start: int) -> bool:
        """Whether the sentence tells of an arrest before ``start`` ("detained a man, who was ...")."""
        head = self.text[max(0, start - 250) : start]
        head = head[head.rfind(". ") + 1 :]
        return _ARREST_BEFORE.search(head) is not None

    def _arrest_site_before(self, i: int) -> bool:
        """Whether an earlier mention of the sentence is told as where an arrest was made
        (:data:`_ARREST_SITE`) and does not hold mention ``i`` ("In A, police arrested men
        accused of recruiting in B" keeps B when B is a district of A)."""
        for j in range(i):
            if _ARREST_SITE.search(self.text, max(0, self.spans[j][0] - 80), self.spans[j][0]) and not self._within(i, j):
                return True
        return False

    def _within(self, i: int, j: int) -> bool:
        """Whether mention ``j`` holds mention ``i``: a larger division, or a town and a
        place inside it the gazetteer does not know as a town ("Addis Ababa" and "Bole")."""
        if not self.places:
            return False
        outer, inner = self.places[j], self.places[i]
        if outer is not None and outer.kind is PlaceKind.CITY:
            return inner is None or inner.kind is PlaceKind.OTHER or (
                inner.kind is PlaceKind.CITY and haversine_km(outer.lat, outer.lon, inner.lat, inner.lon) < _SAME_TOWN_KM)
        return _holds(outer, inner, _CONTAINER_KINDS)

    def _list_after_preposition(self, i: int) -> bool:
        """Whether mention ``i``, or the first item of the list it ends ("in A, B and"),
        is the object of a preposition."""
        while i and _LIST_GLUE.match(self.text[self.spans[i - 1][1] : self.spans[i][0]]):
            i -= 1
        return self._after_preposition(i)

    def _list_after_of(self, i: int) -> bool:
        """Whether the list that mention ``i`` is in hangs on "of": "residents of A and B fled"
        (B is no state acting, but the second home of the residents)."""
        while i and _LIST_GLUE.match(self.text[self.spans[i - 1][1] : self.spans[i][0]]):
            i -= 1
        start = self.spans[i][0]
        return _OF_BEFORE.search(self.text, max(0, start - 50), start) is not None

    def _after_preposition(self, i: int) -> bool:
        """Whether mention ``i`` is the object of a preposition ("in Maiduguri")."""
        start = self.spans[i][0]
        return _PREPOSITION_BEFORE.search(normalize(self.text[max(0, start - 30) : start])) is not None

    def _inside_previous(self, i: int) -> bool:
        """Whether mention ``i`` lies inside the country or province named just before it
        ("In the north of Iraq, in the Gara region, ..."), or is a district of the city
        named just before it ("In Kharkiv, in the Saltivskyi district, a drone hit ..."): it
        is no qualifier of that larger place, whatever the glue says."""
        if not self.places:
            return False
        return _holds(self.places[i - 1], self.places[i], _DIVISION_KINDS) or self._city_district(i)

    def _text(self, i: int) -> str:
        return self.text[self.spans[i][0] : self.spans[i][1]]

    def _city_district(self, i: int) -> bool:
        """Whether mention ``i``, called a district or quarter, is a part of the city named
        just before it: the city is bigger than any town of that name ("In Kharkiv, in the
        Saltivskyi district"; not "In Zolochiv, in Bohodukhiv district", a rural district
        named after its bigger town, nor one the gazetteer knows as a division)."""
        if not _CITY_PART_AFTER.match(self.text, self.spans[i][1]):
            return False
        city, part = self.places[i - 1], self.places[i]
        if city is not None and part is not None and part.gazetteer_id == city.gazetteer_id:
            # "In Kherson, in the Korabelnyi district": the gazetteer, not knowing the district,
            # put it in the city (not "near Chai, in Macomia district", where Chai went to Macomia)
            return city.population >= _BIG_CITY and _matched(city, self._text(i - 1)) \
                and not _matched(part, self._text(i))
        if city is None or city.kind is not PlaceKind.CITY:
            return False
        if part is None or not part.population:
            return city.population >= _BIG_CITY  # "In Kherson, in the Korabelnyi district": a size unknown
        return part.kind in (PlaceKind.CITY, PlaceKind.OTHER) and part.population * 4 < city.population

    def _road_ends(self, i: int) -> tuple[int, int, int] | None:
        """``(first, last, end)`` when mention ``i`` is one end of a road named by its
        two ends ("the Kaduna–Abuja highway", "the road of Baalbek - Hermel"): the
        two mentions and where the road's name ends."""
        text, spans = self.text, self.spans
        if i + 1 < len(spans) and _ROAD_PAIR_GLUE.match(text, spans[i][1], spans[i + 1][0]):
            first, last = i, i + 1
        elif i and _ROAD_PAIR_GLUE.match(text, spans[i - 1][1], spans[i][0]):
            first, last = i - 1, i
        else:
            return None
        road = _ROAD_AFTER.match(text, spans[last][1])
        if road is not None:
            return first, last, road.end()
        # the road word before its ends: "on the road of Baalbek - Hermel", "the highway Kaya-Dori"
        if _ROAD_BEFORE.search(normalize(text[max(0, spans[first][0] - 30) : spans[first][0]])):
            return first, last, spans[last][1]
        return None

    def _ranked_road(self, ends: tuple[int, int, int] | None) -> bool:
        """Whether the mention whose :meth:`_road_ends` are ``ends`` is an end of a road a
        superlative or an ordinal ranks an event over ("the second mass abduction on the
        A-B road this year"): the road is the domain of a series, not where the news happened."""
        if ends is None or _RANK_SPAN.match(self.text, ends[2]) is None:
            return False
        start = self.spans[ends[0]][0]
        return _RANKED_ALONG.search(normalize(self.text[max(0, start - 80) : start])) is not None

    def _names_road(self, ends: tuple[int, int, int] | None) -> bool:
        """Whether the mention whose :meth:`_road_ends` are ``ends`` is one end of a road
        named by its two ends, with the place of the event named right before ("near
        Katari on the Kaduna–Abuja highway") or right after ("on the Baidoa-Mogadishu road
        near Leego", "on the road of A - B near the town of C"). Without such a place the
        road's ends are where it happened ("gunmen ambushed a bus on the Komanda-Luna road")."""
        text, spans = self.text, self.spans
        if ends is None:
            return False
        first, last, road_end = ends
        if _NEAR_AFTER_ROAD.match(text, road_end, road_end + 40):
            return True  # "on the Kumba-Mamfe road near Konye": Konye is where it happened
        if not first:
            return False
        between = text[spans[first - 1][1] : spans[first][0]]
        return len(between) <= 45 and "." not in between and _ON_ROAD.search(between) is not None

    def _bare_axis(self, i: int) -> bool:
        """Whether mention ``i`` opens a road told by its two ends after "axis", with no
        place of the event named before or after it: "an IED exploded on the axis A-B" (the
        event is at A and B, as on "the A-B road"), not "near C, on the axis A-B" nor "on
        the axis A-B, near C"."""
        ends = self._road_ends(i)
        return ends is not None and ends[0] == i and not self._names_road(ends) \
            and not self._near_before(i)

    def _near_before(self, i: int, road: bool = False) -> bool:
        """Whether the place named right before mention ``i`` is told with "near": "near
        Gorgadji, on the axis Kaya-Dori" (Gorgadji is where it happened); with ``road``, when
        mention ``i`` is the first end of a road right after it: "clashed near C, on the road
        between A and B"."""
        if not i:
            return False
        glue = self.text[self.spans[i - 1][1] : self.spans[i][0]]
        told_next = _ROAD_BETWEEN_AFTER_NEAR.match(glue) is not None if road else len(glue) <= 30 and "." not in glue
        if not told_next:
            return False
        start = self.spans[i - 1][0]
        return _NEAR_OR_AROUND.search(normalize(self.text[max(0, start - 40) : start])) is not None

    def _blocked_road(self, ends: tuple[int, int, int] | None) -> bool:
        """Whether the mention whose :meth:`_road_ends` are ``ends`` is one end of a road
        named by its two ends that is blocked, cut or reopened ("protesters blocked the A-B
        highway"), or of a pipeline ("set fire to the A-B pipeline"): the road or pipe is
        where it happened, not the towns it links."""
        if ends is None:
            return False
        text, spans = self.text, self.spans
        first, last, _ = ends
        if _PIPELINE_AFTER.match(text, spans[last][1]):
            return True
        return _ROAD_BLOCKED.search(normalize(text[max(0, spans[first][0] - 40) : spans[first][0]])) is not None

    def _after_road(self, i: int) -> bool:
        """Whether mention ``i`` is the place named near a road told by its ends, right
        after them ("on the A-B road near C", "on the road between A and B, near C")."""
        glue = self.text[self.spans[i - 1][1] : self.spans[i][0]]
        if _ROAD_NEAR_GLUE.fullmatch(glue) is None or self[i - 1] is not Role.FRAME:
            return False
        if self._names_road(self._road_ends(i - 1)):
            return True
        k = i - 1
        while k and _LIST_GLUE.match(self.text[self.spans[k - 1][1] : self.spans[k][0]]):
            k -= 1
        left = normalize(self.text[max(0, self.spans[k][0] - 70) : self.spans[k][0]])
        # "an IED hit a minibus between A and B near C": C is where it happened
        return _BETWEEN_BEFORE.search(left) is not None  # a road's too: "on the road between A and B"

    def _near_after_road(self, i: int) -> bool:
        """Whether mention ``i``, an end of a road ("between A and B"), is followed by
        the place the event happened near: "on the road between A and B, near C"."""
        end = self.spans[i][1]
        other = _ROAD_OTHER_END.match(self.text, end, end + 60)
        return _NEAR_AFTER_ROAD.match(self.text, other.end(), other.end() + 40) is not None

    def _holds_previous(self, i: int) -> bool:
        """Whether resolved mention ``i`` is a country or division larger than mention
        ``i - 1`` (unknown to the gazetteer, or resolved to a smaller place)."""
        return bool(self.places) and _holds(self.places[i], self.places[i - 1], _CONTAINER_KINDS)

    def _locates_previous(self, i: int) -> bool:
        """Whether mention ``i``, right after "<place>, ", is the larger place that only
        locates it ("a drone hit Odesa, Ukraine, killing two") rather than the next
        item of a list ("Kharkiv, Odesa and Dnipro").

        The mention must end its clause piece (a comma, a full stop or the end of the
        text follows), neither neighbour may be joined to it as a list item, and
        when both places are resolved the second must be a country or division
        other than the first.
        """
        text, spans = self.text, self.spans
        right = text[spans[i][1] : spans[i][1] + 20]
        if not _PIECE_END.match(right) or _LIST_NEXT.match(right):
            return False
        if i + 1 < len(spans) and _LIST_GLUE.match(text[spans[i][1] : spans[i + 1][0]]):
            return False
        if i >= 2 and _LIST_GLUE.match(text[spans[i - 2][1] : spans[i - 1][0]]):
            return False
        if self.places:  # entries of unknown kind: read the text
            inner, outer = self.places[i - 1], self.places[i]
            if outer is not None and outer.kind is not PlaceKind.OTHER:
                if outer.kind not in _CONTAINER_KINDS:
                    return False
                if inner is not None and inner.kind is not PlaceKind.OTHER and (
                    inner.gazetteer_id == outer.gazetteer_id or _size(inner) >= _size(outer)
                ):
                    return False
        return True

    def _names_port(self, i: int, right: str) -> bool:
        """Whether mention ``i`` is a sea or lake only naming the port or the country's
        coast after it: "the Red Sea port city", "on Russia's Black Sea coast"."""
        if not self.places or self.places[i] is None or self.places[i].kind is not PlaceKind.WATER:
            return False
        if _RIGHT_PORT.match(right):
            return True
        start = self.spans[i][0]
        owned = _OWNER_BEFORE.search(self.text, max(0, start - 4), start) is not None
        return owned and _RIGHT_COAST.match(right) is not None

    def _owns_next(self, i: int) -> bool:
        """Whether mention ``i`` is a country or province in the possessive that owns the
        place named right after it ("in Iraq's Kurdistan region", "in Congo's capital
        Kinshasa"): a place of its own country, unknown, or smaller."""
        spans = self.spans
        if not self.places or i + 1 >= len(spans):
            return False
        if not _POSSESSIVE_GLUE.match(self.text[spans[i][1] : spans[i + 1][0]]):
            return False
        outer, inner = self.places[i], self.places[i + 1]
        if outer is not None and inner is not None and inner.country_code and outer.country_code \
                and inner.country_code != outer.country_code:
            return False  # "Israel's strikes on Gaza": another country's place
        return _holds(outer, inner, _DIVISION_KINDS)

    def _city_of(self, i: int) -> bool:
        """Whether mention ``i`` only tells which city the next mention is: "in the Volga
        city of X", "the Black Sea port town of Y" (only after "the": "Kadisau village of
        Faskari area" names the village first). Mention ``i + 1`` must exist."""
        start, end = self.spans[i]
        return _RIGHT_CITY_OF.match(self.text[end : self.spans[i + 1][0]]) is not None \
            and _THE_BEFORE.search(self.text, max(0, start - 5), start) is not None

    def _contains_neighbour(self, i: int) -> bool:
        """In "the A district of B", whether mention ``i`` is the larger place of the two
        (known only when both are resolved: "the Khartoum district of Bahri" and "the
        Kibera slum of Nairobi" read the same)."""
        if not self.places:
            return False
        for j, first, second in ((i - 1, i - 1, i), (i + 1, i, i + 1)):
            if 0 <= j < len(self.spans) and _NOUN_OF_GLUE.match(
                self.text[self.spans[first][1] : self.spans[second][0]]
            ):
                if j < i and self._city_of(j):
                    # "the Volga city of X": X is the city, whatever the sizes (the Volga
                    # itself :meth:`_role` has already read as a qualifier)
                    return False
                mine, other = self.places[i], self.places[j]
                if mine is not None and other is not None and (mine.kind is PlaceKind.WATER) != (
                        other.kind is PlaceKind.WATER):
                    # "the Black Sea port of X": the sea only locates the port, whatever its size
                    return mine.kind is PlaceKind.WATER
                if mine is not None and other is not None and _size(mine) > _size(other) \
                        and (j < i or _can_hold(mine, other)):
                    # "the Beirut suburb of Hadath": named first, the larger must hold the other
                    return True
        return False


# How far from a city or a district a place it holds can lie: "the Sabon Gari area of Bawku"
# does not make Bawku part of a namesake district 500 km away.
_HOLDS_KM = {PlaceKind.CITY: 30.0, PlaceKind.ADMIN2: 200.0}


def _can_hold(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` may hold ``inner`` on the map: same country, and, for a city or a
    district, near enough (a wrong namesake of a neighbourhood may outsize its city)."""
    if outer.country_code and inner.country_code and outer.country_code != inner.country_code:
        return False
    limit = _HOLDS_KM.get(outer.kind)
    return limit is None or haversine_km(outer.lat, outer.lon, inner.lat, inner.lon) < limit


def _holds(outer: Place | None, inner: Place | None, kinds: frozenset[PlaceKind]) -> bool:
    """Whether ``outer``, resolved to one of ``kinds``, holds ``inner``: a place the
    gazetteer does not know (or of unknown kind), or a smaller one."""
    if outer is None or outer.kind not in kinds:
        return False
    return inner is None or inner.kind is PlaceKind.OTHER or _size(inner) < _size(outer)


def _matched(place: Place, name: str) -> bool:
    """Whether ``place`` was found by ``name`` itself, not put there by the context."""
    return (place.matched_name or "").casefold() == name.casefold()


def _size(place: Place) -> tuple[int, int]:
    return (_KIND_RANK.get(place.kind, 1), place.population)


def mention_roles(
    text: str,
    spans: Sequence[tuple[int, int]],
    segments: Sequence[tuple[int, ...]],
) -> list[Role]:
    """Role of each mention of one sentence (see :class:`MentionRoles`)."""
    roles = MentionRoles(text, spans, segments)
    return [roles[i] for i in range(len(spans))]

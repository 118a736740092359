"""One sentence prepared for the rules: lexicon hits and clause segments.

A sentence is cut into *segments* at hard boundaries: ``;``, ``:``, spaced dashes,
brackets, speech verbs ("said", "told", "according to"), contrast words ("while",
"but") and relative pronouns ("where", "which"). A speech verb also cuts at the
"that" opening what was said ("told a news conference in New York that ..."), and
a closing attribution is its own segment ("..., the health ministry in Beirut
said."). Triggers only reach place mentions of their own segment. Inside a
segment, *soft* boundaries (commas, "and", "after") separate two events only when
each side has its own trigger and its own place, so that lists stay together
("raids hit Kafr Nabl, Jericho, and Qaminas") and coordinated clauses stay apart
("jets bombed A and troops shelled B").

Examples
--------
>>> text = "Officials said jets bombed Ariha, while talks went on in Ankara."
>>> ctx = SentenceContext(text, 0, len(text))
>>> [text[a:b] for a, b, _ in ctx.segments]
['Officials ', 'said jets bombed Ariha, ', 'while talks went on in Ankara.']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping

from geo.incidents.headings import HEADING_KIND
from geo.incidents.lexicon import SLICE_CUES, Cue
from geo.incidents.matcher import CueHit, Unit, scan

__all__ = ["SUBORDINATORS", "Segment", "SentenceContext", "phrase_regex"]

Segment = tuple[int, int, bool]
"""``(start, end, is_relative)`` in document offsets; a relative segment starts
with "where"/"which" and describes the place just before it."""


def phrase_regex(phrases: Iterable[str]) -> str:
    """An alternation matching whole-word ``phrases`` in normalized text.

    Examples
    --------
    >>> re.search(phrase_regex(["no one", "no"]), "there was no one").group()
    'no one'
    """
    alts = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in alts)
    return rf"(?<!\S)(?:{body})(?!\S)"


_PUNCT_BREAK = re.compile(r"[;:()\[\]—–-]")
# A bracket holding only a short name or acronym glosses the word before it and cuts
# nothing: "fighting between the Armed Forces (MAF) and PDFs in X", "in Khartoum North (Bahri)".
# A nom de guerre in quotes glosses the same way: 'the factions of Nestor Vera ("Ivan Mordisco") and ...'.
_NAME_BRACKET = re.compile(r"(?<=[A-Za-z] )\(\s*[\"“]?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}[\"”]?\s*\)")
# A bracket that only locates the place before it in its division glosses it too: "fled
# insecurity in A commune (B region) towards C and D" (one clause, the flight reaches C and D).
_DIVISION_BRACKET = re.compile(
    r"(?<=[A-Za-z] )\(\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
    r"(?:region|province|state|district|department|governorate|oblast|county|prefecture|circle|cercle)\s*\)"
)
# A bracket holding only a count or a share glosses the word before it too: "the
# majority (64%) went to relatives in X", "displaced families (2,300) reached Y", "145
# households (573 people) left X"; so does a distance converted to other units: "In X,
# about 30 km (19 miles) west of the city, soldiers clashed ...".
_COUNT_BRACKET = re.compile(
    r"(?<=\S )\(\s*(?:about\s+|some\s+|over\s+|around\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent|"
    r"(?:people|persons|individuals|families|households|children|refugees|idps)|"
    r"(?:km|kms|kilomet(?:re|er)s?|miles?|mi|metres|meters|m|feet|ft)(?!\w))?\s*\)"
)
# A bracket that only says what most of the thing before it was glosses it too: "411 drones
# (mainly FPV) attacked A and B", "shells (mostly 152 mm) fell on C".
_QUALIFIER_BRACKET = re.compile(
    r"(?<=\S )\(\s*(?:mainly|mostly|largely|chiefly|primarily|predominantly)\s+[^()\[\];:.]{1,40}\)"
)
# The brackets above, which gloss the word before them and cut nothing (SentenceContext._segments)
_GLOSS_BRACKETS = (_NAME_BRACKET, _COUNT_BRACKET, _DIVISION_BRACKET, _QUALIFIER_BRACKET)
# ", and it threatened ...": a coordinate clause with a pronoun subject of its own
_PRONOUN_CLAUSE = re.compile(r",\s+(?:and|but|then)\s+(?:it|they|he|she|we)\s", re.IGNORECASE)
_LOCATIVE_START = re.compile(
    r"^[\s,]*(?:and\s+|but\s+)?(?:" + "|".join(SLICE_CUES[Cue.LOCATIVE]) + r")\s"
)
# The verbs after a gerund that make it a subject: "fighting was reported", "shelling continued".
_GERUND_VERBS = r"(?:was|were|is|has|had|continued|continues|broke|erupted|raged|resumed)"
# "and" (or "but") and then a word that is not a verb of the clause before.
_COORDINATE_START = re.compile(
    r"^[\s,]*(?:and|but)\s+(?!(?:then|also|later|was|were|is|are|has|have|had|\S+ed)\s)"
    # a gerund opens the clause only as its subject: "and fighting was reported near X" (not
    # "and killing three")
    r"(?!\S+ing\s(?!" + _GERUND_VERBS + r"\s))(?=\S)"
)
_GERUND_SUBJECT = re.compile(r"^\S+ing\s+" + _GERUND_VERBS + r"\s")
#: Soft words opening a clause of time ("after", "as").
SUBORDINATORS = frozenset(("after", "following", "as", "amid", "since", "when", "before"))
_ACCORDING = "according to"
_SPEECH = frozenset(
    "said says say told tells added stated announced mentioned noted stressed claimed confirmed "
    "insisted explained wrote warned".split()
)
# An authority telling of its own arrests or seizures: what it said is what it did where
# it is, so the speech verb is no boundary ("Police in X said they had arrested 56
# people", "the authorities in X announced the arrest of 14 people").
_OWN_ACTION_SPEECH = frozenset(("said", "says", "announced", "confirmed", "stated"))
_OWN_ACTION = re.compile(
    r"^\s+(?:(?:late\s+|early\s+)?on\s+\S+\s+)?(?:that\s+)?(?:(?:they|it|he|she)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:also\s+|since\s+|recently\s+)?(?:arrested|detained|apprehended|seized|confiscated|recovered|"
    r"dismantled|defused)|the\s+(?:arrests?|detention|seizure)\s+of)(?!\S)"
)
# A place of its own in what was said: "said they had arrested five men in Herat".
_OWN_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+[A-Z]")
# A fronted place, then a short speaker: what they tell happened at that place, so the
# speech verb is no boundary ("In X, residents said a mob beat a man to death").
# The place may have an apposition ("In X, the capital of Y state, witnesses said ...").
_FRONTED_SPEAKER = re.compile(
    r"\s*(?:(?:meanwhile|separately|elsewhere)\s*,?\s+)?(?:in|near|outside|around|inside)\s+[^,;:()]{1,40},\s+"
    r"(?:(?:the|a|an)\s+[^,;:()]{1,50},\s+)?"
    r"(?:[^\s,;:()]+\s+){1,3}$",
    re.IGNORECASE,
)
# A fronted place alone before an "according to" aside: "In X, according to witnesses, ...".
_FRONTED_ONLY = re.compile(
    r"\s*(?:(?:meanwhile|separately|elsewhere)\s*,?\s+)?(?:in|near|outside|around|inside)\s+[^,;:()]{1,40},\s+$",
    re.IGNORECASE,
)
# The people of a place telling what happened there: the speech verb is no boundary
# ("Villagers in X said soldiers had burned their granaries").
_RESIDENT_SPEAKER = re.compile(
    r"\s*(?:(?:meanwhile|separately|elsewhere)\s*,?\s+)?(?:the\s+)?(?:residents|villagers|inhabitants|locals|witnesses)\s+"
    r"(?:of|in)\s+(?:the\s+)?[^,;:()]{1,40}?\s+$",
    re.IGNORECASE,
)
# What residents only heard or saw from where they are: "residents of nearby X said they
# heard gunfire" is no event at X.
_ONLY_HEARD = re.compile(r"\s+(?:that\s+)?(?:they|we)\s+(?:had\s+|could\s+)?(?:heard|hear|saw|see)\b")
# The speech verbs after a fronted place and a short speaker ("In X, local sources reported
# that the market was looted").
_FRONTED_SPEECH = _OWN_ACTION_SPEECH | {"reported that", "told"}
# A capitalised word: a name of its own in what was said ("said Russian drones struck Y"); not
# an acronym, which names a force ("said RSF fighters looted the market").
_NAME_WORD = re.compile(
    r"(?<=\s)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)[A-Z](?![A-Z0-9])"
)
# Adverbs that open a new story only at the head of a clause ("Separately, police
# arrested ...", "..., meanwhile, ..."), not inside one ("Police in X separately arrested").
_CLAUSE_ADVERBS = frozenset(("separately", "meanwhile"))
# A contrast adverb set off by commas, with the clause's own place right after it
# ("Fighting went on, however, in X and Y"): an aside, no new clause.
_ASIDES = frozenset(("however",))
_ASIDE_PLACE = re.compile(r",\s+(?:in|at|near|around|outside|across)\s")

# Only a name (or a short list of names) after a dash to the end of the sentence: it names
# what the clause before told, "liberated the last settlement held by the enemy – X."
_TRAILING_NAMES = re.compile(
    r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}){0,4}"
    r"\s*[.!?]?\s*$"
)
# A road named by its two ends around a spaced dash: "the road of Baalbek - Hermel",
# "the Aleppo - Raqqa road", "on the axis Kaya - Dori".
_ROAD_WORDS = r"(?:road|highway|route|axis|motorway|expressway)"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_ROAD_END_BEFORE = re.compile(rf"(?<![\w-]){_ROAD_WORDS}\s+(?:of\s+(?:the\s+)?)?{_NAME}\s+$", re.IGNORECASE)
_NAME_BEFORE = re.compile(rf"(?<![\w'’-]){_NAME}\s+$")
_ROAD_END_AFTER = re.compile(rf"\s+{_NAME}\s+{_ROAD_WORDS}\b")


def _road_name_dash(sentence: str, i: int) -> bool:
    """Whether the spaced dash at ``i`` joins the two ends of a road's name, with the
    road word before them ("the road of A - B") or after them ("the A - B road")."""
    before = sentence[max(0, i - 60) : i]
    if _ROAD_END_BEFORE.search(before) and re.match(rf"\s+{_NAME}", sentence[i + 1 :]):
        return True
    return _NAME_BEFORE.search(before) is not None and _ROAD_END_AFTER.match(sentence, i + 1) is not None


# A place phrase that heads a bulletin item before a dash: "In the city of Shebekino itself —".
_HEADING = re.compile(r"(?:^|[,:]\s+)(?:[Ii]n|[Nn]ear|[Aa]t)\s+[^,;:()—–]{1,50}?\s+$")
# A bulletin item headed by a small place and a colon, with what happened there after
# it in lower case: "Esman community: mortar shelling", "- Pokrovske hromada: 3 drone attacks".
_COLON_HEADING = re.compile(
    r"\s*(?:[-–•*]\s+)?[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,3}\s+"
    + HEADING_KIND + r"\s*$"
)
# A protest item headed by a place name alone, opening its line, with a full sentence
# after it: "Bogota: Some 20,000 teachers marched ...", "- Les Cayes: Protesters blocked ...".
# (not a country heading whose item names its own place: "Spain: Thousands marched in Barcelona";
# not an upper-case heading: "BANGLADESH: ...")
_NAME_COLON_HEADING = re.compile(r"\s*(?:[-–•*]\s+)?[A-Z][a-z'’-][\w'’-]*(?:[\s-][A-Z][a-z'’-][\w'’-]*){0,2}\s*$")
# Protest items are told at the heading's town, with venues inside it ("marched from
# Place Saint-Pierre to the Zocalo"); an armed item names its own localities.
_PROTEST_ITEM = re.compile(
    r"(?<!\w)(?:marched|march|marches|protest\w*|demonstrat\w*|rall(?:y|ies|ied)|blocked|sit-ins?|strike)(?!\w)"
)
_ITEM_PLACE = re.compile(
    r"(?<!\S)(?:in|near|at|outside|around|inside|into)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:of\s+)?[^\W\d_a-z]"
    r"|(?<!\S)(?:port|city|town|village|district|province|region|commune|municipality|streets|avenues|roads|centre|center|outskirts|capital)\s+of\s+[^\W\d_a-z]"
)
_SENTENCE_ITEM = re.compile(r"\s+(?:[A-Z][a-z]+|[Aa]bout|[Ss]ome|[Mm]ore|[Hh]undreds|[Tt]housands|\d)")
_LOWER_ITEM = re.compile(r"\s+(?:[A-Z]{2,}[\w-]*\s+)?[a-z0-9]")
# A list of places cut by semicolons, each item only names with their region, goes on with
# the clause before it: "aviation struck the areas of A and B of X region; C and D of Y region".
_LIST_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,3}"
_LIST_QUAL = (r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,2}"
              r"(?:\s+(?:region|oblast|province|district|governorate|state|county|raion))?)")
_NAMES_ITEM = re.compile(
    rf"\s*(?:and\s+)?{_LIST_NAME}(?:\s*,\s*(?:and\s+)?{_LIST_NAME}|\s+and\s+{_LIST_NAME})*{_LIST_QUAL}?\s*[.]?\s*$"
)
# The places an attack told before a colon hit, listed after it with a verb of harm and no
# trigger of their own: "the enemy attacked the district eight times: the city of A, B and C
# hromadas suffered".
_SUFFERED_ITEM = re.compile(
    rf"\s*(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?{_LIST_NAME}"
    rf"(?:\s*,\s*(?:and\s+)?{_LIST_NAME}|\s+and\s+{_LIST_NAME})*"
    r"(?:\s+(?:hromadas?|communities|community|villages?|towns?|districts?|settlements?))?"
    r"\s+(?:suffered|were\s+affected|were\s+hit|came\s+under\s+fire)\s*[.]?\s*$"
)
# A colon after the sites an attack hit, the names after it spelling them out, each maybe
# located: "drones struck aircraft at four air bases on Sunday: A in the X region, B near Y and C".
_LIST_INTRO_SITES = re.compile(
    r"(?<!\w)(?:bases|airbases|airfields|airports|positions|targets|refineries|depots|facilities)"
    r"(?:\s+(?:on|last|this)\s+[A-Za-z]+)?\s*$"
)
_QUALIFIED_NAME = (rf"{_LIST_NAME}(?:\s+(?:in|near|of|outside)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){{0,2}}"
                   r"(?:\s+(?:region|oblast|province|district|governorate|state|county|raion))?)?")
_QUALIFIED_NAMES_ITEM = re.compile(
    rf"\s*(?:and\s+)?{_QUALIFIED_NAME}(?:\s*,\s*(?:and\s+)?{_QUALIFIED_NAME}|\s+and\s+{_QUALIFIED_NAME})*\s*[.]?\s*$"
)
# A colon after a plural noun of places that the names after it spell out goes on with the
# clause before it: "hits were recorded in seven districts of Kyiv: A, B and C."
_LIST_INTRO = re.compile(
    r"(?<!\w)(?:districts|villages|towns|cities|settlements|localities|communities|hromadas|neighbou?rhoods|"
    r"areas|municipalities|provinces|regions)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,2})?\s*$"
)
# A colon after the place of a clause's event, the names after it spelling out its sites, goes
# on with the clause too: "jets struck targets across southern Lebanon: A, B and C", "the enemy
# shelled villages in Sumy oblast: A and B".
_LIST_INTRO_PLACE = re.compile(
    r"(?<!\S)(?:in|across|throughout|of|on|over)\s+(?:the\s+)?(?:(?:north|south|east|west|central|"
    r"(?:north|south)-?(?:east|west))(?:ern)?\s+)?[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,2}"
    r"(?:\s+(?:region|oblast|province|governorate|district|state|county|raion|countryside))?\s*$"
)
# An impact participle right after a speech tag goes on with the clause before the tag.
_IMPACT_AFTER = re.compile(r"^\s*(?:hitting|damaging|destroying)(?!\S)")


# "while" and a participle tells what the victim was doing at the time, in the same clause:
# "a farmer was hit by a drone while working in a field near X" (not "while saying ...").
_WHILE_DOING = re.compile(
    # "... while he was herding sheep near X": the victim's doing with its subject pronoun
    r"^\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?(?!(?:saying|claiming|denying|insisting|noting|adding|calling|urging|stressing|acknowledging|"
    r"accusing|blaming|describing|reporting|warning)(?!\S))[a-z]{3,}ing(?!\S)"
)

# "since" after an auxiliary is an adverb, no clause opener: "residents of A and B have
# since fled to C" is one clause.
_AUX_BEFORE = re.compile(r"(?<!\S)(?:have|has|had|having|ever|long)\s$")


# The head of a sentence before a relative clause set off by commas: a fronted place ("In
# Russia's Kursk region, where ...") or a short subject ("The Rwandan forces, which ...").
_FRONTED_HEAD = re.compile(
    r"^\s*(?:[-–•*]\s+)?(?:In|Near|Around|Across|Outside|Inside|At)\s+[^,;:()]{1,60}, $"
)
_SUBJECT_HEAD = re.compile(
    r"^\s*(?:[-–•*]\s+)?(?!(?:In|On|At|Near|After|Before|During|Since|Last|Earlier|Later|Meanwhile|However|"
    r"Separately|Elsewhere|Also|But|And|While|When|As|Following|Amid|Over|Under|From|By|For|With|Without|"
    r"According|Across|Around|Outside|Inside|Overnight|Yesterday|Today)\b)"
    r"(?:The\s+|An?\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}, $"
)
# A verb of the relative clause itself: "where Ukraine launched ...", "which are in Y".
_OWN_VERB = re.compile(
    r"(?<!\S)(?:is|are|was|were|has|have|had|been|[a-z]{3,}ed|took|began|fought|held|seized|won|lost|made|"
    r"struck|hit|came|left|went|fled|overran|stood|lies|sits)(?!\S)"
)
_MAIN_VERB = (r"(?:[a-z]{3,}ed|took|fought|struck|hit|seized|overran|shot|fled|began|has|have|had|was|were|"
              r"is|are|said|says|lost|won|held|came|went|left)(?![\w'’-])")
# What goes on after the relative clause: the subject's verb, or a subject and its verb.
_MAIN_AFTER_SUBJECT = re.compile(rf"\s+(?:[a-z]+ly\s+)?{_MAIN_VERB}")
_MAIN_AFTER_FRONTED = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|near|with|including|as|after|while|who|which|where|when|to|from|of|for|by|"
    r"then|whose|whom|some|many|most|all|both)\s)"
    rf"[\w'’.-]+\s+(?:[\w'’.-]+\s+){{0,3}}?(?:[a-z]+ly\s+)?{_MAIN_VERB}"
)


def _drop_hits(by_cue: dict, cue: Cue, phrase: str, drop: Callable[[CueHit], object]) -> dict:
    """``by_cue`` without the hits of ``cue`` on ``phrase`` that ``drop`` accepts (and
    without ``cue`` when none is left): the "since" of "have since fled" is no break."""
    hits = by_cue.get(cue)
    if not hits or not any(h.phrase == phrase for h in hits):
        return by_cue
    kept = [h for h in hits if h.phrase != phrase or not drop(h)]
    if len(kept) == len(hits):
        return by_cue
    if not kept:
        return {c: hs for c, hs in by_cue.items() if c is not cue}
    return {**by_cue, cue: kept}


def _adverbial_since(by_cue: dict, norm: str, start: int) -> dict:
    """``by_cue`` without the "since" hits that follow an auxiliary ("have since fled")."""
    return _drop_hits(by_cue, Cue.SOFT_BREAK, "since", lambda h: _AUX_BEFORE.search(norm, 0, h.start - start))


# "in the past" before a span of hours or days is this news, not history: "troops
# retook three villages in the past 24 hours", "in the past few days" (not "in the past,
# the town was raided"; "in the past two years" is a running record, see background).
_RECENT_SPAN = re.compile(
    r"\s+(?:(?:\d+|a|one|two|three|four|five|six|seven|few|several|couple\s+of)\s+)?"
    r"(?:hours?|days?|nights?)(?!\S)"
)


def _recent_past(by_cue: dict, norm: str, start: int) -> dict:
    """``by_cue`` without the "in the past" hits before a span of hours or days."""
    return _drop_hits(by_cue, Cue.HISTORY, "in the past", lambda h: _RECENT_SPAN.match(norm, h.end - start))


# A trigger word inside the name of an organisation or a programme: "the Surveillance
# System for Attacks on Health Care recorded ...", "the Committee against Torture (CAT)".
# The name is a run of capitalised words joined by small words, with a linking preposition
# inside it or a bracketed acronym right after it; a title-case headline is no name.
_NAME_TOKEN = re.compile(r"[A-Z][\w'’&.-]*")
_NAME_LINKS = frozenset(("for", "on", "of", "against", "and", "the", "in", "&"))
_NAME_PREPOSITIONS = frozenset(("for", "on", "of", "against"))
_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Za-z]*[A-Z]\s*\)")
_WORD = re.compile(r"\S+")


def _in_org_name(text: str, start: int, end: int, unit: Unit) -> bool:
    """Whether the capitalised trigger ``unit`` is a word of an organisation's name in the
    sentence ``[start, end)`` (not its first word, not in a title-case headline)."""
    if not text[unit.start].isupper() or not text[start:unit.start].strip():
        return False
    words = [(m.start(), m.end(), m.group().strip("\"'“”‘’,.;:")) for m in _WORD.finditer(text, start, end)]
    long = [w for _, _, w in words if len(w) > 3]
    if long and sum(w[:1].isupper() for w in long) > 0.6 * len(long):
        return False  # "Jubaland and Federal Troops Clash in Gedo": a headline
    i = next((k for k, (a, _, _) in enumerate(words) if a <= unit.start < words[k][1]), None)
    if i is None or i == 0:
        return False

    def named(k: int) -> bool:
        return bool(_NAME_TOKEN.fullmatch(words[k][2])) or words[k][2] in _NAME_LINKS

    lo = i
    while lo > 0 and named(lo - 1) and not text[words[lo - 1][1]:words[lo][0]].strip():
        lo -= 1
    hi = i
    while hi + 1 < len(words) and named(hi + 1) and not re.search(r"[,;:()]", words[hi][2] + text[words[hi][1]:words[hi + 1][0]]):
        hi += 1
    while lo < i and words[lo][2] in _NAME_LINKS:
        lo += 1
    while hi > i and words[hi][2] in _NAME_LINKS:
        hi -= 1
    run = [w for _, _, w in words[lo:hi + 1]]
    capitals = sum(1 for w in run if w[:1].isupper())
    acronym = _ACRONYM_AFTER.match(text, words[hi][1]) is not None
    linked = any(w in _NAME_PREPOSITIONS for w in run)
    return capitals >= 3 and (linked or acronym) or capitals >= 2 and acronym and linked


class SentenceContext:
    """Lexicon hits of one sentence, its normalized text and its hard segments.

    All offsets are document offsets; ``norm_at(a, b)`` returns the normalized text
    of ``[a, b)``.
    """

    __slots__ = (
        "text", "start", "end", "norm", "units", "cues", "by_cue", "segments", "relatives", "_pieces", "headings",
        "wide",
    )

    def __init__(
        self, text: str, start: int, end: int, norm: str | None = None, headings: Mapping[int, int] | None = None,
        wide: frozenset[int] = frozenset(),
    ) -> None:
        self.text = text
        # colon of a town heading -> start of the heading (geo.incidents.headings): the
        # heading's start is a break, the colon none; ``wide``: colons closing a country or
        # region heading, always a break
        self.headings = headings or {}
        self.wide = wide
        self.start = start
        self.end = end
        found = scan(text[start:end], start, norm)  # ``norm``: the span already normalized
        self.norm = found.norm
        self.units: tuple[Unit, ...] = tuple(u for u in found.units if not _in_org_name(text, start, end, u))
        self.cues: tuple[CueHit, ...] = found.cues
        self.by_cue = _recent_past(_adverbial_since(found.by_cue, self.norm, start), self.norm, start)
        self.segments: tuple[Segment, ...] = self._segments()
        # subject relative clauses per segment (see geo.incidents.embedding), filled on demand
        self.relatives: dict[Segment, tuple[tuple[int, int], ...]] = {}
        self._pieces: dict[Segment, list[tuple[int, int]]] = {}

    # ------------------------------------------------------------------ queries
    def norm_at(self, a: int, b: int) -> str:
        """Normalized text of document span ``[a, b)`` (clipped to the sentence)."""
        # called hundreds of times per sentence: plain comparisons, no max()/min() calls
        start = self.start
        lo = a - start if a > start else 0
        hi = (b if b < self.end else self.end) - start
        return self.norm[lo:hi] if hi > 0 else ""

    def flag(self, cue: Cue) -> bool:
        """Whether the sentence has any ``cue`` hit."""
        return cue in self.by_cue

    def hits(self, cue: Cue, a: int, b: int) -> list[CueHit]:
        """Cue hits of kind ``cue`` lying inside ``[a, b)``."""
        return [h for h in self.by_cue.get(cue, ()) if h.start >= a and h.end <= b]

    def has(self, cue: Cue, a: int, b: int, skip: tuple[int, int] | None = None) -> bool:
        """Whether a ``cue`` hit lies inside ``[a, b)``, ignoring hits inside ``skip``."""
        for h in self.by_cue.get(cue, ()):
            if h.start >= a and h.end <= b and not (skip and h.start >= skip[0] and h.end <= skip[1]):
                return True
        return False

    def segment_of(self, pos: int) -> Segment:
        """The hard segment containing document offset ``pos``."""
        for seg in self.segments:
            if seg[0] <= pos < seg[1]:
                return seg
        return self.segments[-1]

    # ------------------------------------------------------------------ segmentation
    def _segments(self) -> tuple[Segment, ...]:
        cuts: dict[int, bool] = {}
        sentence = self.text[self.start : self.end]
        glosses: set[int] = set()
        if "(" in sentence:  # the glosses are brackets: most sentences have none
            for gloss in _GLOSS_BRACKETS:
                glosses.update(i for m in gloss.finditer(sentence) for i in (m.start(), m.end() - 1))
        # "- Tassia (Tillaberi province): soldiers clashed": the bracket only locates the heading town
        glosses.update(i - self.start for colon, head in self.headings.items() for i in range(head, colon)
                       if self.text[i] in "()")
        for m in _PUNCT_BREAK.finditer(sentence):
            ch, i = m.group(), m.start()
            if i in glosses:
                continue  # "the Myanmar Armed Forces (MAF)": a gloss, no break
            if ch in "-–" and not (sentence[i - 1 : i] == " " and sentence[i + 1 : i + 2] == " ") \
                    and sentence[i - 1 : i] != ".":
                continue  # "al-Shabaab", "2-1": only a spaced dash is a break, or a dateline's "Culiacán.-"
            if ch == ":" and not sentence[i + 1 : i + 2].isspace():
                continue  # "10:30"
            if ch == ":" and _LIST_INTRO.search(sentence, 0, i) and self._names_item(sentence, i):
                continue  # "hits in seven districts of Kyiv: A, B and C": the names spell out the districts
            if ch == ":" and _LIST_INTRO_PLACE.search(sentence, 0, i) and self._names_item(sentence, i) \
                    and any(u.triggers and u.start < self.start + i for u in self.units):
                continue  # "jets struck targets across southern Lebanon: A, B and C": the sites of the strikes
            if ch == ":" and _LIST_INTRO_SITES.search(sentence, 0, i) \
                    and self._names_item(sentence, i, _QUALIFIED_NAMES_ITEM) \
                    and any(u.triggers and u.start < self.start + i for u in self.units):
                continue  # "drones struck aircraft at four air bases: A in the X region and B": the sites
            if ch == ":" and _SUFFERED_ITEM.match(sentence, i + 1) \
                    and any(u.triggers and u.start < self.start + i for u in self.units):
                continue  # "attacked the district eight times: the city of A and B hromadas suffered"
            if ch == ";" and self._names_item(sentence, i):
                continue  # "struck A of X region; B and C of Y region": the list goes on
            if ch == ":" and self.start + i not in self.wide and self._heads_line(sentence, i) \
                    and _SENTENCE_ITEM.match(sentence, i + 1) and _PROTEST_ITEM.search(sentence, i + 1) \
                    and not _ITEM_PLACE.search(sentence, i + 1):
                line = sentence.rfind("\n", 0, i)
                if line > 0:
                    cuts[self.start + line] = False  # "Sud\n- Les Cayes: ...": the line before is a heading of its own
                continue  # "Bogota: Some 20,000 teachers marched ...": the heading names where
            if ch == ":" and self.start + i in self.headings:
                cuts[self.headings[self.start + i]] = False  # "BURKINA FASO\n- Pemba:", "Sud - Pemba:": the region apart
                continue  # "- Pemba: police dispersed a protest": the town heading is where
            if ch == ":" and _COLON_HEADING.match(sentence, 0, i) and _LOWER_ITEM.match(sentence, i + 1):
                continue  # "Khotin community: 12 strikes from FPV drones": the heading names where
            if ch in "—–-" and i > 0 and _TRAILING_NAMES.match(sentence, i + 1):
                continue  # "liberated the last settlement in the region – X.": the dash names it
            if ch in "–-" and _road_name_dash(sentence, i):
                continue  # "on the road of Baalbek - Hermel near X": the dash joins a road's two ends
            if ch in "—–-" and self._place_heading(sentence, i):
                continue  # "In the city of Shebekino itself — artillery shelling": the dash tells what happened there
            cuts[self.start + i] = False
        for m in _PRONOUN_CLAUSE.finditer(sentence):
            cuts.setdefault(self.start + m.start() + 1, False)
        for hit in self.by_cue.get(Cue.HARD_BREAK, ()):
            if self._no_break(hit):
                continue
            if hit.phrase in _SPEECH and _IMPACT_AFTER.match(self.norm_at(hit.end, hit.end + 14)):
                continue  # "shelled settlements, the governor said, hitting A and B": the tag is inserted
            cuts.setdefault(hit.start, False)
            if hit.phrase == _ACCORDING:  # "According to X, ..." ends at the comma
                comma = self.text.find(",", hit.end, self.end)
                if comma > 0:
                    cuts.setdefault(comma + 1, False)
            elif hit.phrase in _SPEECH:  # "told a news conference in X that ...": the content is apart
                that = self.norm.find(" that ", hit.end - self.start, hit.end - self.start + 70)
                if that >= 0:
                    cuts.setdefault(self.start + that + 1, False)
                if len(self.norm_at(hit.end, self.end).split()) <= 5:  # "..., the ministry in X said."
                    comma = self.text.rfind(",", max(self.start, hit.start - 70), hit.start)
                    if comma > 0:
                        cuts.setdefault(comma + 1, False)
        for hit in self.by_cue.get(Cue.RELATIVE, ()):
            cuts[hit.start] = True
        ordered = sorted(p for p in cuts if self.start < p < self.end)
        bounds = [self.start, *ordered, self.end]
        return tuple(
            (a, b, cuts.get(a, False)) for a, b in itertools.pairwise(bounds) if b > a
        )

    def _no_break(self, hit: CueHit) -> bool:
        """Whether a hard-break word is no boundary here: an adverb inside its clause
        ("Police in X separately arrested four men"), or a speech verb whose content is
        the speaker's own arrest or seizure with no place of its own ("Police in X said
        they had arrested 56 people")."""
        if hit.phrase == "while" and _WHILE_DOING.match(self.norm_at(hit.end, self.end)) \
                and not self.has(Cue.CROWD, self.start, hit.start):
            # "was shot while waiting for passengers near X": what the victim was doing (a
            # crowd's story keeps its cut, its force is not the victim's)
            return True
        if hit.phrase == _ACCORDING and _FRONTED_ONLY.match(self.text, self.start, hit.start):
            return True  # "In X, according to witnesses, a group of men threw flares": an aside, told of X
        if hit.phrase in _ASIDES and _ASIDE_PLACE.match(self.text, hit.end, self.end):
            return True  # "fighting continued, however, in X": an aside before the clause's place
        if hit.phrase in _CLAUSE_ADVERBS:
            before = self.text[self.start : hit.start].rstrip()
            return bool(before) and before[-1].isalnum() and self.text[hit.end : hit.end + 1] != ","
        stop = min([self.end] + [h.start for h in self.by_cue.get(Cue.HARD_BREAK, ()) if h.start > hit.start])
        if (hit.phrase in _FRONTED_SPEECH and (_FRONTED_SPEAKER.match(self.text, self.start, hit.start)
                                                or (_RESIDENT_SPEAKER.match(self.text, self.start, hit.start)
                                                    and not _ONLY_HEARD.match(self.text, hit.end)))
                and _NAME_WORD.search(self.text, hit.end, stop) is None):
            return True  # "In X, residents said a mob beat a man to death": told of X
        if hit.phrase not in _OWN_ACTION_SPEECH or not _OWN_ACTION.match(self.norm_at(hit.end, self.end)):
            return False
        return _OWN_PLACE.search(self.text, hit.end, stop) is None

    def main_clause(self, seg: Segment, pos: int) -> Segment:
        """The part of ``seg`` that holds ``pos`` when ``seg`` is a relative clause set off by
        commas after the sentence's head and the main clause goes on in it after a comma:
        "In Kursk region, where Ukraine launched an incursion in August, Russian troops
        attacked X" (a fronted place) and "The Rwandan forces, which are in Y since 2021,
        clashed with insurgents near Z" (the subject); else ``seg``. The relative clause ends
        at the first comma after a verb of its own that a subject and a verb, or the
        subject's verb, follow. Its dates and modal words are not the main clause's."""
        a, b, relative = seg
        if not relative:
            return seg
        close = self._relative_close(a, b)
        return (close, b, False) if close is not None and pos >= close else seg

    def _relative_close(self, a: int, b: int) -> int | None:
        head = self.text[self.start:a]
        if not head.endswith(", ") or "," in head[:-2] or any(u.start < a for u in self.units):
            return None
        fronted = _FRONTED_HEAD.match(head) is not None
        if not fronted and not _SUBJECT_HEAD.match(head):
            return None
        main = _MAIN_AFTER_FRONTED if fronted else _MAIN_AFTER_SUBJECT
        comma = self.text.find(",", a, b)
        while comma >= 0:
            if _OWN_VERB.search(self.norm_at(a, comma)) and main.match(self.text, comma + 1, min(b, comma + 80)):
                return comma + 1
            comma = self.text.find(",", comma + 1, b)
        return None

    def _names_item(self, sentence: str, i: int, names: re.Pattern[str] = _NAMES_ITEM) -> bool:
        """Whether the item after the semicolon at ``i`` of ``sentence`` is only a list of
        place names ("; Kupiansk and Borova of Kharkiv region;"), with no trigger word; ``names``
        may allow a locative after each name (:data:`_QUALIFIED_NAMES_ITEM`)."""
        j = sentence.find(";", i + 1)
        j = len(sentence) if j < 0 else j
        if not names.match(sentence[i + 1 : j]):
            return False
        a, b = self.start + i, self.start + j
        return not any(a <= u.start < b and u.triggers for u in self.units)

    def _heads_line(self, sentence: str, i: int) -> bool:
        """Whether a place name alone opens the line of the colon at ``i``: "Bogota: ...",
        "Sud\n- Les Cayes: ..." (a bulletin item)."""
        line = sentence.rfind("\n", 0, i) + 1
        if line == 0 and not (self.start == 0 or self.text[: self.start].rstrip(" \t").endswith("\n")):
            return False
        return _NAME_COLON_HEADING.match(sentence, line, i) is not None

    def _place_heading(self, sentence: str, i: int) -> bool:
        """Whether the words before the dash at ``i`` of ``sentence`` are only a place
        phrase heading what follows ("In Graivoron town — 5 shells", "..., in X
        community — shelling"), with no trigger word of their own."""
        m = _HEADING.search(sentence, 0, i)
        if m is None:
            return False
        a = self.start + m.start()
        return not any(a <= u.start < self.start + i and u.triggers for u in self.units)

    def pieces(self, seg: Segment) -> list[tuple[int, int]]:
        """Split a hard segment at commas and soft words ("and", "after", ...)."""
        cached = self._pieces.get(seg)
        if cached is not None:
            return cached
        a, b, _ = seg
        cuts = {a, b}
        comma = self.text.find(",", a, b)
        while comma >= 0:
            cuts.add(comma + 1)
            comma = self.text.find(",", comma + 1, b)
        for hit in self.by_cue.get(Cue.SOFT_BREAK, ()):
            if a < hit.start < b:
                cuts.add(hit.start)
        ordered = sorted(cuts)
        found = self._pieces[seg] = [(x, y) for x, y in itertools.pairwise(ordered) if y > x]
        return found

    def subordinate_starts(self, a: int, b: int) -> frozenset[int]:
        """Where in ``[a, b)`` a subordinate clause of time opens ("after", "as", "following")."""
        return frozenset(
            h.start for h in self.by_cue.get(Cue.SOFT_BREAK, ()) if a <= h.start < b and h.phrase in SUBORDINATORS
        )

    def starts_coordinate(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` opens a coordinate clause with its own subject: "and"
        followed by a subject and then a trigger ("and cars were set alight"), not
        by the verb of the subject before ("and abducted 20")."""
        m = _COORDINATE_START.match(self.norm_at(a, b))
        if m is None:
            return False
        first = a + m.end()
        if _GERUND_SUBJECT.match(self.norm_at(first, b)):
            return True  # "and fighting was reported near X": the gerund is the subject
        return not any(first <= u.start < first + 2 for u in self.units) and any(
            first < u.start <= first + 40 for u in self.units if u.triggers
        )

    def starts_with_locative(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` opens with a preposition of place ("in", "near")."""
        return _LOCATIVE_START.match(self.norm_at(a, b) + " ") is not None

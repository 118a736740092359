"""A learned check on the rules' violent readings: :class:`ViolenceGate`.

The rules sometimes give a violent event to a place that is only near it in the
sentence: the city whose health ministry gave the toll, the town a convoy was
heading for, the country a conference was about. The gate is a small logistic
regression over sparse, readable features of the mention's context (the words
before and after it, the words between it and the trigger of its violent reading,
its role and place kind, the rules' own readings) that scores how likely the
mention is the site of the violent event. When the rules' best reading is violent
and the score falls below the gate's threshold, the mention is *demoted*: its
violent readings are dropped, so that it keeps its best non-violent reading, or
none. A mention whose event the rules read from another sentence (an anaphor, a
carried-over event), or that hangs on the trigger with nothing but the event phrase
between them, is never demoted (:data:`PROTECTED`): the trigger's own object or
locative ("shelled Kharkiv", "killed five people in Dutsinma"), its passive subject
("Kharkiv was shelled"), the locative of the verb that tells a trigger noun happened
("a roadside bomb exploded near a bus in Douentza", "protesters marched through Kisumu"), of the
trigger's subject ("police in Nador shot dead"), the clause a result participle follows ("ambushed
a convoy near Tillia, killing"), of a coordinated predicate ("... in Oaxaca and set it alight"),
of an event noun ("in an ambush near Zaria") or of the trigger's target ("abducted 250
pupils from a school in Kuriga", "shelled the positions of the regime in Neirab").
The places of a coordinated list read with one trigger ("Kafr Nabl, Jericho and the
town of Qaminas") are kept or demoted together (:func:`shared_scores`).

The gate is **on by default**. Turn it off (the rules alone decide) with
``tag_mentions(..., gate=False)`` or ``tag_incidents(..., gate=False)``, or with
``incidentmap parse --no-gate`` / ``incidentmap map --no-gate``.

The weights are trained by ``benchmarks/train_gate.py`` on the labelled incident
sets and shipped as ``geo/incidents/data/gate.json``; inference is a sum of
weights and a logistic, deterministic and in pure Python.

Examples
--------
>>> text = "Police in Kano said gunmen killed five people in Dutsinma."
>>> feats = mention_features(text, 10, 14, (0, len(text)), "place", None,
...                          [("Violence against civilians", "Attack", (27, 33), 0.8)])
>>> sorted(f for f in feats if f.startswith(("b1=", "a1=", "tdir=")))
['a1=said', 'b1=in', 'tdir=after']
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from geo.incidents.fronted import fronted_lead
from geo.incidents.headings import dateline, heading_colon
from geo.incidents.readings import Occurrence
from geo.incidents.taxonomy import VIOLENT_EVENT_TYPES

__all__ = [
    "PROTECTED", "ReadingTuple", "ViolenceGate", "demote", "load_gate", "mention_features", "occurrence_features",
    "sentence_spans", "shared_scores",
]

ReadingTuple = tuple[str, str | None, tuple[int, int] | None, float]
"""A reading as the gate sees it: ``(type, sub-event type, trigger span, confidence)``."""

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_WINDOW = 5  # words on each side of the mention
_BETWEEN = 12  # words between the mention and its trigger


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Nouns ending in -ed/-ing that are no verb forms: "the party's student wing in X", "a
#: hundred people in Y", "the building in Z".
_ED_ING_NOUNS = _set("""
    building morning evening ceiling wedding meeting housing clothing ring wing thing king spring
    string sibling hundred need speed seed bed shed red sled""")

#: Closed-class words: a gap word outside them ending in -ed/-ing counts as a verb.
_FUNCTION = _set("""
    in at near on outside around inside across over under into onto from to toward towards through via between among
    against with without by for of off along behind beyond within throughout upon about after before since during
    until amid despite following the a an this that these those its their his her it they he she we who which where
    when whose what and but or while as because although though if than so yet nor was were is are be been being has
    have had will would could can may might should did does do not no said says told reported according claimed
    announced added stated confirmed also later then still already more least some several many all C 9""")
#: Words that open another clause (speech, time, relatives, contrast).
_CLAUSE = _set(
    "said says told according reported claimed announced where which who when while as because since after before "
    "following but")
_LOCATIVE = _set("in at near on outside around inside across over under within throughout along off")
_PATH = _set("from to toward towards into via through onto")
#: A path, purpose or agent between trigger and place: the place may be an end, an aim or an actor.
_NOT_SITE = _set("for against to toward towards by from into with of retake")
_AUXILIARY = _set("was were is are be been being has have had also reportedly again repeatedly")
_PASSIVE = _set("was were is are been")
#: Nouns for a settlement or an area, transparent before a place ("in the town of Neirab").
_SETTLEMENT = _set("town towns city cities village villages area areas district province region countryside outskirts "
                   "vicinity suburbs neighbourhood neighborhood camp capital")
#: Violent event nouns whose locative is the event's site ("in an ambush near Zaria").
_EVENT_NOUN = _set("attack attacks ambush ambushes raid raids strike strikes airstrike airstrikes explosion explosions "
                   "blast blasts bombing bombings shelling fighting clashes clash battle battles firefight shootout "
                   "massacre killing killings assault engagement engagements skirmish skirmishes confrontation "
                 "confrontations bombardment bombardments")
#: Prepositions of a violent trigger's target ("against a village in", "raids on a hideout in").
_TARGET = _set("against on upon")
#: What an armed group holds, the target of an attack ("the positions of the regime forces in").
_POSITIONS = _set("position positions base bases headquarters hideout hideouts den dens post posts checkpoint "
                  "checkpoints barracks detachment detachments patrol patrols convoy convoys concentrations points "
                  "camp camps depot depots tanks vehicles gatherings")
_DETERMINERS = _set("the a an its their his her C 9")
#: Reporting verbs whose passive tells that an event happened ("attacks were reported in").
_REPORTED = _set("reported recorded registered")
#: Verbs that tell that an event (a trigger noun) happened: its locative is the site; also the
#: reporting verbs, and those that tell that an attack happened even when it was beaten off
#: ("attacks were repelled near").
_HAPPENED = _set("exploded erupted detonated occurred happened went broke blew took raged flared struck hit landed fell "
                 "continued resumed stopped repelled repulsed") | _REPORTED
#: Verbs of what a trigger noun did to its object: their locative and object are the site ("shelling
#: damaged power lines near", "the strikes destroyed the C air base").
_EFFECT = _set("killed wounded injured damaged destroyed struck hit targeted")
#: the effects a harm clause tells of its own subject (:func:`_toll_clause`): no blows
_HARM_DONE = _EFFECT - {"struck", "hit", "targeted"}
#: Adverbs of degree before an effect verb ("almost completely destroyed").
_DEGREE = _set("almost nearly partly partially")
#: A violence noun's spread toward a place: "fighting spread to", "clashes spreading towards".
_SPREAD = _set("spread spreading spreads extended extending")
_SPREAD_PATH = _set("to toward towards into")
#: Clause words that only link two stages of one event: "started at A before spreading to".
_TIME_LINK = _set("before after as when then")
#: Verbs that tell that a trigger noun happened or what it did to its object.
_HAPPENED_OR_EFFECT = _HAPPENED | _EFFECT
#: Words that may stand before an effect verb ("had almost completely destroyed").
_BEFORE_EFFECT = _AUXILIARY | _DEGREE
#: Closed-class words that may be in a listed object ("the refinery in the C district and a").
_OBJECT_FUNCTION = _DETERMINERS | _LOCATIVE | {"and"}
#: Prepositions of a passive verb's agent or of what the subject underwent ("attacked by", "subjected to").
_UNDERGO = _set("by to with")
#: "came under fire": the subject undergoes the trigger.
_COME = _set("came come comes coming")
#: Nouns that name what a place undergoes in "came under (artillery) fire from", "were under attack by".
_UNDER = _EVENT_NOUN | _set("fire")
#: Words that may follow a place's name and still name it, before its verb: "Plateau state killed",
#: "Sumy itself was hit", "the Novokuibyshevsk refinery was hit".
_NAME_TAIL = _set("state province region district oblast area camp territory governorate county city town village "
                  "community communities hromada itself themselves refinery port airport airbase base plant")
#: Nouns of a part of a settlement or area, transparent before a place ("in the eastern wards of Loikaw").
_PART = _set("part parts ward wards quarter quarters edge edges centre center heart "
             "community communities settlement settlements hromada municipality neighbourhoods neighborhoods "
             "locality localities") | _SETTLEMENT
#: Adjectives between a locative and a place that leave it the site ("in nearby Navolato"); not those of a
#: region, which name a part of a wider place ("in western Libya").
_PLACE_ADJ = _set("nearby neighbouring neighboring occupied")
#: Adjectives of direction before a part noun ("in the eastern wards of").
_DIRECTION = _set("northern southern eastern western central")
#: Nouns of a number of people or things: their "of" is no path ("dozens of passengers from").
_QUANTITY = _set("dozens hundreds thousands scores tens millions group groups number couple")
#: Prepositions of a manner or time adjunct between a trigger and its locative
#: ("hacked to death using machetes in", "shot dead a candidate during a campaign event in").
_ADJUNCT = _set("during after amid using")
#: Nouns of help that make "with" open an adjunct, not name the other side: "attack with the
#: support of the Turkish army on" X, "advanced with the cover of aircraft into" X.
_HELP = _set("support help backing cover assistance participation")
#: Participles that tell a result of the event of the clause before them ("..., killing three drivers").
_RESULT = _set("killing wounding injuring leaving destroying damaging")
#: Verbs of speech that a fronted place still frames ("In Zaria, residents said a mob ...").
_SPEECH = _set("said say says")
#: Time phrases a gap may hold without changing how a place hangs on its trigger: "on Friday", "overnight".
_TIME = re.compile(
    r"\b(?:(?:early|late)\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}(?!\w)"
    r"|overnight|last\s+(?:night|week)|yesterday)\b")
#: A relative clause after a place, the trigger in it: ", where air strikes", ", which they" (bombarded).
_RELATIVE_GAP = re.compile(r"\s*,\s*(?:where|which)\s[^,;:()]*\Z")
#: Subject pronouns of a relative clause whose object is the place: ", which they" (bombarded).
_PRONOUNS = _set("they he she we it")
#: The comma and locative of a gapped clause right after a passive trigger verb: "... were
#: damaged, in" (X an outbuilding).
_GAPPED_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:in|at|near)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: The passive before a trigger verb: "were damaged", "was badly damaged".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\Z")
#: What a gapped clause names after its place, up to the end of the clause: "an outbuilding.".
_GAPPED_TAIL = re.compile(r"\s+([^,;:.()]{1,50}?)\s*(?:[.;]|,\s+(?:and\s+)?(?:in|at|near)\s|\Z)")
#: A road named by its two ends and set off by a comma between the trigger and the place: "on
#: the axis Téra-Dargol, near" (X), "along the Gao-Ansongo road, in" (X).
_ROAD_END = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}"
_ROUTE = re.compile(
    r"\s*\b(?:on|along)\s+the\s+(?:(?:axis|road|route|highway)\s+(?:of\s+)?)?" + _ROAD_END + r"\s*[-–]\s*" + _ROAD_END
    + r"(?:\s+(?:axis|road|route|highway))?\s*,")
#: A relative clause that makes the place the trigger's passive subject: ", which was (also) ...".
_RELATIVE_PASSIVE = re.compile(
    r"\s*,\s*which\s+(?:(?:has|have|had)\s+been|was|were|is|are)(?:\s+(?:also|again|repeatedly|reportedly))?\s+\Z")
#: The comma that closes a fronted locative, and nothing else before the trigger.
_FRONT_GAP = re.compile(r"\s*,[^,;:()]*\Z")
#: The same after a country or province set off by commas: "In Gisenyi, Rwanda, shells ...".
_FRONT_APPOSED = re.compile(r"\s*,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*,[^,;:()]*\Z")
#: A participle glued after a weapon trigger that keeps it the weapon: "an explosive-packed
#: motorcycle", "a bomb-laden car" (not "rebel-held", where the trigger follows the hyphen).
_CARRIED = re.compile(r"-(?:packed|laden|filled|loaded|rigged|carrying|stuffed)\b", re.IGNORECASE)
#: Features of the mentions the gate never demotes (:meth:`ViolenceGate.demotes`): the
#: trigger is in another sentence (an anaphor or a carried-over event, which the rules
#: tied to the place on purpose), or the place hangs on the trigger in one of the ways
#: :func:`_direct` tells (most of them with nothing but the event phrase between them).
PROTECTED = frozenset(("tdir=elsewhere", "direct=overlap", "direct=object", "direct=subject", "direct=happened",
                       "direct=agent", "direct=conj", "direct=event", "direct=target", "direct=fronted",
                       "direct=heading", "direct=spread", "direct=result", "direct=relative",
                       "direct=gapped", "direct=toll", "direct=harmed"))


def _words(text: str, first: bool = False) -> list[str]:
    """Lower-cased words of ``text``; a capitalised word (a name, unless it opens
    the sentence: ``first``) becomes ``"C"`` and a number ``"9"``."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isdigit():
            out.append("9")
        elif w[0].isupper() and (len(w) > 1 and w.isupper() or not (first and m.start() == 0)):
            out.append("C")  # a name or an acronym
        else:
            out.append(w.lower())
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def mention_features(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    role: str,
    kind: str | None,
    readings: Sequence[ReadingTuple],
    others: Sequence[tuple[int, int]] = (),
    segments: Sequence[tuple[int, int]] = (),
) -> set[str]:
    """The gate's features of one mention occurrence.

    Parameters
    ----------
    text
        The document text.
    start, end
        The mention's offsets.
    sentence
        The offsets of the mention's sentence.
    role
        The mention's role in its sentence (:class:`~geo.incidents.roles.Role` value).
    kind
        The gazetteer kind of the resolved place (``"country"``, ``"city"``, ...), or ``None``.
    readings
        The rules' readings of the mention, best first; the first one is the one gated.
    others
        The spans of the other place mentions of the sentence.
    segments
        The hard clause segments of the sentence (:class:`~geo.incidents.clauses.SentenceContext`).

    Returns
    -------
    set of str
        Binary features, each named ``"<group>=<value>"``.
    """
    s0, s1 = sentence
    before = _words(text[s0:start], first=True)
    after = _words(text[end:s1])
    kind_of, sub, trigger, confidence = readings[0] if readings else ("None", None, None, 0.0)
    feats = {
        "bias",
        f"rt={kind_of}",
        f"rs={sub}",
        f"role={role}",
        f"kind={kind}",
        f"conf={round(confidence, 1)}",
        f"b1={before[-1] if before else '^'}",
        f"a1={after[0] if after else '$'}",
        f"b2={' '.join(before[-2:]) if len(before) > 1 else '^'}",
        f"a2={' '.join(after[:2]) if len(after) > 1 else '$'}",
        f"places={_bucket(len(others))}",
    }
    feats.update(f"bw={w}" for w in before[-_WINDOW:])
    feats.update(f"aw={w}" for w in after[:_WINDOW])
    for other in readings[1:]:
        feats.add(f"alt={other[0]}" if other[0] not in VIOLENT_EVENT_TYPES else "alt=violent")
    if trigger is None:
        feats.add("tdir=none")
        return feats
    t0, t1 = trigger
    feats.add(f"tw={' '.join(text[t0:t1].lower().split())}")
    if not s0 <= t0 < s1:
        feats.add("tdir=elsewhere")  # read from another sentence (anaphora, carry-over)
        return feats
    carried = _CARRIED.match(text, t1)  # "an explosive-packed motorcycle": the trigger keeps "-packed"
    if t0 >= end:
        lo, hi, direction = end, t0, "after"
    elif t1 <= start:  # the gap starts after "-packed"
        lo, hi, direction = carried.end() if carried else t1, start, "before"
    else:
        lo, hi, direction = start, start, "overlap"
    feats.add(f"tdir={direction}")
    gap_text = text[lo:hi]
    gap = _words(gap_text)
    feats.add(f"tdist={_bucket(len(gap))}")
    feats.update(f"btw={w}" for w in (gap if len(gap) <= _BETWEEN else gap[:_BETWEEN // 2] + gap[-_BETWEEN // 2:]))
    feats.add(f"commas={min(gap_text.count(','), 3)}")
    between = sum(1 for a, b in others if lo <= a and b <= hi)
    feats.add(f"places_between={min(between, 3)}")
    cuts = 0
    if segments:
        cuts = sum(1 for a, _ in segments if lo < a <= hi)
        feats.add(f"cuts={min(cuts, 2)}")
    verbs = sum(1 for w in gap if w not in _FUNCTION and w.endswith(("ed", "ing")))
    clause = [w for w in gap if w in _CLAUSE]
    feats.add(f"gapverbs={min(verbs, 2)}")
    feats.add(f"gapclause={min(len(clause), 2)}")
    feats.update(f"gcl={w}" for w in clause)
    feats.add(f"dirb1={direction}:{_prep_class(before[-1] if before else '^')}")
    hyphen = text[t0 - 1:t0] == "-" or text[t1:t1 + 1] == "-" and not carried  # "rebel-held"
    trigger_words = _words(text[t0:t1])
    noun = not trigger_words or not trigger_words[-1].endswith("ed")  # "bomb", "shelling"; not "shelled"
    core_text, between = _without_route(gap_text, lo, others, between) if direction == "before" else (gap_text, between)
    core = _core(core_text, direction)
    shape = _Shape(core_text, text[s0:start], between, bool(cuts or _opens_clause(core)), hyphen,
                   tuple(trigger_words), direction == "after" and _heads_item(text, s0, (start, end), t0, others),
                   direction == "before" and _gapped(text, s0, s1, (start, end), trigger, trigger_words))
    feats.add(f"direct={_direct(direction, core, before, shape, noun)}")
    return feats


def _heads_item(text: str, s0: int, span: tuple[int, int], t0: int, others: Sequence[tuple[int, int]]) -> bool:
    """Whether the mention at ``span`` heads a bulletin item and the trigger at ``t0``
    is in the item, after its colon, no other place between them: "- Bilozerka hromada:
    shelling", "Vovchansk community: 12 strikes from FPV drones", "El Fasher: The RSF announced
    it had taken full control"; not the document's dateline ("KHERSON: ..."). An item starts at
    the sentence, a line break or a semicolon (:func:`~geo.incidents.headings.heading_colon`,
    :func:`~geo.incidents.headings.dateline`). The region bracketed after the heading's place
    heads the item with it: "- 24 March, X (Hebron): settlers attacked"."""
    start, end = span
    item = max(s0, text.rfind("\n", s0, start) + 1, text.rfind(";", s0, start) + 1)
    head = _bracket_owner(text, start, end, others) or span
    colon = heading_colon(text, item, *head)
    if colon is None or colon >= t0 or any(c in text[colon + 1:t0] for c in ":;\n"):
        return False
    bracket = _bracketed(text, end, colon)
    if any(end <= a and b <= t0 and not (bracket and b < colon) for a, b in others):
        return False  # "X: shelling of Y", "X, South Darfur: ...": another place told; not "X (Hebron):"
    return not dateline(text, item, *head)


def _bracketed(text: str, end: int, colon: int) -> bool:
    """Whether only a bracket stands between the heading's place ending at ``end`` and its colon."""
    return _HEAD_BRACKET.fullmatch(text, end, colon) is not None


#: A place in the bracket after a heading's place, the colon right after it: "X (Hebron):".
_HEAD_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*\Z")
_HEAD_BRACKET_CLOSE = re.compile(r"[ \t]*\)[ \t]*:")
#: Only a bracket between a heading's place and its colon: "X (Hebron):".
_HEAD_BRACKET = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*")


def _bracket_owner(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the place a bracket holding only the mention at ``[start, end)`` follows,
    when a colon closes the bracket: Susya for Hebron in "Susya (Hebron):"; else ``None``."""
    if not _HEAD_BRACKET_CLOSE.match(text, end):
        return None
    return next((o for o in others if o[1] <= start and _HEAD_BRACKET_OPEN.match(text[o[1]:start])), None)


@dataclass(frozen=True, slots=True)
class _Shape:
    """The punctuation and places around a mention and its trigger that :func:`_direct` reads."""

    gap_text: str  # the text between the mention and the trigger
    lead: str  # the sentence's text before the mention
    between: int  # other places in the gap
    clause: bool  # the gap opens another clause (a cut, a speech or relative word)
    hyphen: bool  # the trigger is glued to a word ("rebel-held")
    trigger: tuple[str, ...] = ()  # the trigger's words
    heads_item: bool = False  # the mention heads the bulletin item the trigger is in (:func:`_heads_item`)
    gapped: bool = False  # the mention opens a gapped clause after the trigger verb (:func:`_gapped`)

    @property
    def plain(self) -> bool:
        """Nothing but the event phrase between mention and trigger."""
        return self.listed and not self.between

    @property
    def listed(self) -> bool:
        """Plain but for places named in the gap ("hit a depot in the C district and a station near")."""
        return not self.gap_text.count(",") and not self.clause and not self.hyphen


def _opens_clause(gap: Sequence[str]) -> bool:
    """Whether a clause word is in the gap, but for the passive of a reporting verb, which tells
    that the event happened ("attacks were also reported in"; not "officials reported")."""
    return any(w in _CLAUSE and not (w in _REPORTED and i and gap[i - 1] in _AUXILIARY) for i, w in enumerate(gap))


def _prep_class(word: str) -> str:
    if word in _LOCATIVE:
        return "loc"
    if word in _PATH:
        return "path"
    return word if word in ("of", "by", "C", "^") else "fn" if word in _FUNCTION else "w"


def _is_verb(word: str) -> bool:
    """Whether a lower-cased word looks like a verb form (``-ed``, ``-ing``, not a function word,
    nor a noun such as "wing", "building", "hundred" whose ending is no verb's)."""
    return word not in _FUNCTION and word not in _ED_ING_NOUNS and word.endswith(("ed", "ing"))


def _head_start(words: Sequence[str]) -> int:
    """Where the words that only lead to the place at the end of ``words`` start: a part or
    settlement noun and its "of" and adjectives, a determiner before them: ``[... "in", "the",
    "eastern", "wards", "of"]`` (Loikaw) gives the index of "the", ``[... "in", "nearby"]`` of "nearby"."""
    i = len(words)
    if i >= 2 and words[i - 1] == "of" and words[i - 2] in _PART:
        i -= 2
        while i and words[i - 1] in _PLACE_ADJ or i and words[i - 1] in _DIRECTION:
            i -= 1
    while i and words[i - 1] in _PLACE_ADJ:
        i -= 1
    if i < len(words) and i and words[i - 1] in ("the", "a"):  # not a bare "in the" (X river, X base)
        i -= 1
    return i


def _locative_end(words: Sequence[str]) -> int:
    """Where the locative phrase that ends ``words`` starts, or -1 when it does not end
    in one: ``[... "in"]``, ``[... "near", "the", "town", "of"]``, ``[... "in", "nearby"]``."""
    i = _head_start(words)
    return i - 1 if i and words[i - 1] in _LOCATIVE else -1


def _core(gap_text: str, direction: str) -> list[str]:
    """The gap's words as :func:`_direct` reads them: without time phrases ("struck on Friday
    near" X) and, before the place, an adjunct of manner or time right before its locative
    ("hacked to death using machetes in" X, "shot dead a candidate during a campaign event in" X;
    not "clashed with gunmen in" X, whose "with" names the other side), or what the victims were
    doing ("killed by a landmine while collecting firewood in" X: :func:`_while_doing`)."""
    words = _one_name(_words(_TIME.sub(" ", gap_text)))
    end = _locative_end(words)
    if direction != "before" or end < 1:
        return words
    p = _while_doing(words, end)
    if p >= 0:
        return words[:p] + words[end:]
    for p in range(end - 1, max(end - 8, -1), -1):
        w = words[p]
        if w in _ADJUNCT or _helped(words, p):  # after the trigger or its object, not "are in solidarity with"
            phrase = [x for x in words[p + 1:end] if x != "of"]
            return words[:p] + words[end:] if phrase and _nominal(phrase) and _nominal(words[:p]) else words
        if _is_verb(w) and not _attributive(words, p) or w in _FUNCTION and w not in _DETERMINERS and w != "of":
            return words
    return words


def _helped(words: Sequence[str], p: int) -> bool:
    """Whether ``words[p]`` opens "with [the] <help noun> of|from", an adjunct naming who
    helped ("its attack with the support of the Turkish army on the town of" X)."""
    k = p + 1 + (p + 1 < len(words) and words[p + 1] == "the")
    return words[p] == "with" and k + 1 < len(words) and words[k] in _HELP and words[k + 1] in ("of", "from")


def _while_doing(words: list[str], end: int) -> int:
    """Where a "while" and an -ing verb of what the victims were doing start, right before the
    locative at ``end`` and after the trigger and its nominal complement, else -1: "killed by a
    landmine while collecting firewood in" X, "killed by unexploded ordnance while playing in a
    field in" X; the locative is the event's site, as after "during" (:func:`_core`)."""
    if "while" not in words[:end]:
        return -1
    p = end - 1 - words[end - 1::-1].index("while")
    if p + 1 >= end or not _is_verb(words[p + 1]) or not words[p + 1].endswith("ing") or not _nominal(words[:p]):
        return -1
    rest = words[p + 2:end]
    if len(rest) > 6 or not all(_nominal([w]) or w in _LOCATIVE for w in rest) or rest[:1] == ["in"] and len(rest) == 1:
        return -1
    return p


def _without_route(gap_text: str, lo: int, others: Sequence[tuple[int, int]], between: int) -> tuple[str, int]:
    """The gap (at ``lo``) without a road named by its two ends and set off by a comma
    (:data:`_ROUTE`), and the number of places left in it: "on the axis Téra-Dargol, near" (X) is read
    as "near" (X)."""
    m = _ROUTE.search(gap_text)
    if m is None:
        return gap_text, between
    a, b = lo + m.start(), lo + m.end()
    ends = sum(1 for x, y in others if a <= x and y <= b)
    return gap_text[:m.start()] + " " + gap_text[m.end():], between - ends


def _one_name(words: list[str]) -> list[str]:
    """``words`` with each run of capitalised words told as one name, with a possessive "s" or
    an acronym in it: "the South Sudan People's Defence Forces (SSPDF) garrison in" becomes
    ``["the", "C", "garrison", "in"]``."""
    out: list[str] = []
    for w in words:
        if out and out[-1] == "C" and (w == "C" or w == "s"):
            continue
        out.append(w)
    return out


def _attributive(words: Sequence[str], i: int) -> bool:
    """Whether the -ed or -ing word at ``i`` modifies the noun after it ("a suspected thief")."""
    return i > 0 and words[i - 1] in _DETERMINERS and i + 1 < len(words) and words[i + 1] not in _FUNCTION


def _name_tail(gap: list[str]) -> list[str]:
    """The gap after the words that still name the place: "Plateau state" killed, "Sumy itself"
    was hit, "the Novokuibyshevsk refinery" was hit."""
    i = 0
    while i < len(gap) and i < 2 and gap[i] in _NAME_TAIL:
        i += 1
    return gap[i:]


#: Participles of a state, not of an act: "militants based in" X.
_STATE = _set("based stationed located deployed positioned headquartered trained born hiding hidden")


def _predicate_site(gap: list[str]) -> bool:
    """Whether the gap is the verb of an actor or weapon trigger noun, its object and the
    locative before the place: "Vigilantes lynched a suspected thief in" X, "protesters marched
    through" X; not "drones crashed on the territory of" X, "militants based in" X, "rebels fled
    to" X, nor the verb's object ("the strikes undermined" X: :func:`_struck_object` reads it)."""
    i = 0
    while i < len(gap) and gap[i] in _AUXILIARY:
        i += 1
    if i >= len(gap) or not gap[i].endswith("ed") or gap[i] in _FUNCTION or gap[i] in _STATE:
        return False
    rest = gap[i + 1:_head_start(gap)]
    if not rest or len(rest) > 5 or set(rest) & _NOT_SITE:
        return False
    if any(_is_verb(w) and not _attributive(rest, k) for k, w in enumerate(rest)):
        return False
    return rest[-1] in _LOCATIVE | {"through"} and _nominal(rest[:-1])


def _of_object(gap: list[str]) -> bool:
    """Whether a trigger noun's "of" names the place, or the object whose locative it is:
    "the bombing of" X, "the recapture of" X, "the bombing of a house in" X."""
    head = gap[1:_head_start(gap)]
    return not head or len(head) <= 6 and head[-1] in _LOCATIVE and _nominal(head[:-1])


#: The gap before a result participle: a comma after the place, or after its passive verb.
_RESULT_GAP = re.compile(r"[^,;:()]*,\s*\Z")


def _result(gap: list[str], before: list[str], shape: _Shape) -> bool:
    """Whether the trigger is a participle that tells the result of the clause the place ends:
    "opened fire on a truck near X, killing", "attacked a site in X, wounding", "fuel tanks in X
    were hit, killing", "X was shelled, injuring"."""
    if not shape.trigger or shape.trigger[0] not in _RESULT or shape.between or not _RESULT_GAP.match(shape.gap_text):
        return False
    if not gap:  # the place right after its locative ("near" X, "in the town of" X)
        return _locative_end(before) >= 0
    return set(gap[:-1]) <= _AUXILIARY and bool(set(gap) & _PASSIVE) and gap[-1] in _EFFECT | {"shelled", "attacked"}


def _target(gap: list[str], end: int, noun: bool) -> bool:
    """Whether the locative that ends the gap (at ``end``) hangs on the noun the
    trigger is aimed at: after a target preposition ("an attack blamed on the ADF
    against a village in", "raids on a hideout in"), after a source right after a
    trigger verb's object ("abducted 250 pupils from a school in"; not "the bombing
    drew condemnation from officials in"), or the positions of an armed group
    ("shelled the positions of the regime forces in")."""
    for i in range(end - 1, max(end - 7, -1), -1):
        w = gap[i]
        if w in _TARGET:
            return True
        if w == "and" and i > 0 and not _is_verb(gap[i - 1]):  # "against checkpoints and security centres in"
            continue
        if w == "from":  # the trigger verb's object before it ("dozens of passengers"), nothing else
            return not noun and _nominal(_unquantified(gap[:i]))
        if w == "of":
            return i > 0 and gap[i - 1] in _POSITIONS
        if _is_verb(w) or w in _FUNCTION and w not in _DETERMINERS:
            return False
    return False


def _unquantified(words: Sequence[str]) -> list[str]:
    """``words`` without the "of" after a quantity: "dozens of passengers" -> "dozens passengers"."""
    return [w for i, w in enumerate(words) if not (w == "of" and i and words[i - 1] in _QUANTITY)]


def _direct(direction: str, gap: list[str], before: list[str], shape: _Shape, noun: bool) -> str:
    """How the mention hangs on its trigger: one of the outcomes below, which the gate
    protects (:data:`PROTECTED`), some only when nothing but the event phrase is between
    them (``shape.plain``); ``"no"`` when none holds.

    * ``overlap``: the mention is inside the trigger;
    * ``object``: the trigger's object or locative ("shelled Kharkiv", "killed five
      people in Dutsinma", "the bombing of" X, "drones hit" X: :func:`_of_object`,
      :func:`_struck_object`);
    * ``subject``: its passive subject ("Kharkiv was shelled", "the village of X, which
      was shelled"), also of a verb whose agent or cause is the trigger
      (:func:`_undergoes`: "Kharkiv was attacked by drones");
    * ``happened``: the locative of the verb that tells that a trigger noun happened
      ("a roadside bomb exploded near a bus in Douentza", "clashes erupted in Zawiya",
      "attacks were repelled near Lyman", "a drone damaged the roof of a hospital in"
      X, :func:`_part_of_object`), also after a list of its objects ("drones hit a
      depot in the Kirovsky district and a pumping station near Azov");
    * ``agent``: the locative of the trigger's subject, right before the trigger verb
      ("police in Nador shot dead three migrants");
    * ``conj``: a locative of a predicate coordinated with the trigger's ("drove a
      bus into the office in Oaxaca and set it alight");
    * ``target``: the locative of the noun the trigger is aimed at (:func:`_target`:
      "abducted 250 pupils from a school in Kuriga");
    * ``event``: the locative of an event noun ("in an ambush near Zaria", not "the
      2019 massacre at Ogossagou", a recalled event);
    * ``relative``: the place a relative clause holding the trigger is on (:func:`_relative_site`:
      "X, where air strikes were reported", "X, which they bombarded");
    * ``gapped``: the place that opens a gapped clause after a passive trigger verb
      (:func:`_gapped`: "a garage was damaged, in X an outbuilding");
    * ``fronted``: a locative that opens the clause whose subject is the trigger
      (:func:`_fronted`: "In Kherson, shelling damaged a school"), also after a toll
      (:func:`_fronted_toll`: "In X, 1 person was killed and 4 wounded, 6 houses were" damaged);
    * ``heading``: the place that heads a bulletin item about the trigger
      (:func:`_heads_item`: "- Bilozerka hromada: shelling", "El Fasher: the RSF
      announced it had taken full control of El Fasher");
    * ``spread``: the end of the path a trigger noun spread along (:func:`_spread_to`:
      "the fighting started at A before spreading towards" X);
    * ``result``: the place of the clause a result participle trigger follows (:func:`_result`:
      "ambushed a convoy near X, killing nine soldiers");
    * ``toll``: the locative of a harm clause spliced after the trigger's (:func:`_toll_clause`:
      "drones attacked the C region, a civilian was killed in X");
    * ``harmed``: the locative of a result participle's object after the trigger's clause
      (:func:`_result_locative`: "attacked the C region with drones, damaging a school in X").

    ``gap`` is the gap as :func:`_core` reads it (no time phrase, no manner adjunct before
    the locative); a settlement or part noun before the place leaves it the object or the
    locative (:func:`_head_start`: "stormed the village of" X).
    """
    plain = shape.plain
    if direction == "overlap":
        return "overlap"
    if direction == "before" and plain:
        verbs = [i for i, w in enumerate(gap) if _is_verb(w) or w in _HAPPENED]
        head = gap[:_head_start(gap)]  # "stormed the village of" X, "fell in the eastern wards of" X
        if len(gap) <= 6 and not verbs and not set(head) & _NOT_SITE and (not head or head[-1] in _LOCATIVE):
            return "object"
        if noun and gap and gap[0] == "of" and _of_object(gap):
            return "object"
        if noun and _predicate_site(gap):
            return "happened"
        end = _locative_end(gap)
        told = _found_as_one(gap, verbs)
        if (noun and end > 0 and len(told) == 1 and (gap[told[0]] in _HAPPENED_OR_EFFECT or told != verbs)
                and (not set(gap[told[0]:end + 1]) & _NOT_SITE or _part_of_object(gap, told[0], end))):
            return "happened"
        if noun and _struck_object(gap, verbs):
            return "object"
        if end > 0 and _target(gap, end, noun):
            return "target"
    if direction == "before" and shape.listed and noun and _listed_objects(gap):
        return "happened"
    if direction == "before" and not shape.hyphen and _toll_clause(shape.gap_text):
        return "toll"
    if direction == "before" and not shape.hyphen and _result_locative(shape.gap_text):
        return "harmed"
    if direction == "before" and noun and not shape.hyphen and "," not in shape.gap_text and _spread_to(gap):
        return "spread"
    if direction == "after" and _result(gap, before, shape):
        return "result"
    if direction == "after" and plain:
        gap = _name_tail(gap)
        words = set(gap)
        if gap and words <= _AUXILIARY and words & _PASSIVE and len(gap) <= 3:
            return "subject"
        if words <= _AUXILIARY and len(gap) <= 2 and shape.trigger and (
                shape.trigger[0] in _PASSIVE or shape.trigger[0] in _COME and "under" in shape.trigger):
            return "subject"  # "Odesa (reportedly) came under fire", "the X refinery was hit" (the trigger is the verb)
        if _undergoes(gap) and (not before or before[-1] != "from"):
            return "subject"
        at = _locative_end(before)
        if at >= 1 and at == len(before) - 1 and before[at - 1] not in _FUNCTION and not gap:
            return "agent"
        if at >= 0 and gap in (["and"], ["and", "then"]) and at >= len(before) - 4:
            return "conj"
    if direction == "after" and not shape.between and not shape.hyphen and _RELATIVE_PASSIVE.match(shape.gap_text):
        return "subject"  # "the village of Tetkino, which was shelled 14 times"
    if direction == "after" and not shape.between and not shape.hyphen and _relative_site(gap, shape, noun):
        return "relative"
    if direction == "before" and shape.gapped:
        return "gapped"
    if direction == "after" and (_fronted(gap, shape) or _fronted_toll(shape)):
        return "fronted"
    if direction == "after" and shape.heads_item:
        return "heading"
    at = _locative_end(before)
    if at >= 1 and before[at - 1] in _EVENT_NOUN and (at < 2 or before[at - 2] != "9") and at >= len(before) - 4:
        return "event"
    return "no"


#: A clause of the harm done, spliced after the trigger noun's clause, up to the place: ", a
#: civilian was killed in", ", two women were wounded near the".
_TOLL_CLAUSE = re.compile(r",\s*(?P<subject>[^,;:()]{1,40}?)\s+(?:was|were)\s+(?:\w+ly\s+)?(?P<verb>\w+)\s+"
                          r"(?:in|at|near)\s+(?:the\s+)?\Z")


#: A result participle, its object and the locative of the object, after the trigger's clause: ",
#: damaging a school in", ", wounding two women near the".
_RESULT_LOCATIVE = re.compile(r",\s*(?P<verb>[a-z]+ing)\s+(?P<object>[^,;:()]{1,40}?)\s+(?:in|at|near)\s+"
                              r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?\Z")


def _result_locative(gap_text: str) -> bool:
    """Whether the place is the locative of what a result participle tells was harmed, after the
    trigger's clause: "attacked the C region with drones, damaging a school in" X. The object is a
    bare noun phrase; the trigger's clause opens no other clause."""
    if gap_text.count(",") != 1:
        return False
    m = _RESULT_LOCATIVE.search(gap_text)
    if m is None or m.group("verb") not in _RESULT:
        return False
    head, obj = _words(gap_text[:m.start()]), _words(m.group("object"))
    return not _opens_clause(head) and 0 < len(obj) <= 5 and _nominal(obj)


def _toll_clause(gap_text: str) -> bool:
    """Whether the place is the locative of a harm clause spliced with a comma after the clause
    of the trigger noun, which tells what did the harm: "drones attacked the C region, a civilian
    was killed in" X, "shelling hit the town, two women were wounded near" X. The trigger's clause
    opens no other clause; the harm clause's subject is a bare noun phrase (not "a day after ...")."""
    if gap_text.count(",") != 1:
        return False
    m = _TOLL_CLAUSE.search(gap_text)
    if m is None or m.group("verb") not in _HARM_DONE:
        return False
    head, subject = _words(gap_text[:m.start()]), _words(_ABOUT.sub("", m.group("subject").strip()))
    return bool(head) and not _opens_clause(head) and 0 < len(subject) <= 5 and _nominal(subject)


def _relative_site(gap: list[str], shape: _Shape, noun: bool) -> bool:
    """Whether the trigger is in a relative clause on the place: its site (", where air strikes
    were reported", ", where the bombs" fired by both sides killed, ", where they killed") or
    the object of its verb (", which they bombarded", ", which the army shelled"); not ",
    where officials said" (speech), ", which hosts ..." (another verb first) nor ", which
    killed" (the place, or the event named before it, is the subject)."""
    if not _RELATIVE_GAP.match(shape.gap_text) or not gap or gap[0] not in ("where", "which"):
        return False
    subject = gap[1:]
    while subject and subject[-1] in _AUXILIARY and gap[0] == "where":  # ", where 30 people were" (killed)
        subject.pop()
    if gap[0] == "which" and (noun or not subject):
        return False  # ", which expelled ...": the place is the subject; ", which the 2019 massacre": no verb
    return len(subject) == 1 and subject[0] in _PRONOUNS or _nominal(subject) and len(subject) <= 3


def _gapped(text: str, s0: int, s1: int, span: tuple[int, int], trigger: tuple[int, int], words: Sequence[str]) -> bool:
    """Whether the mention at ``span`` opens a gapped clause after a passive trigger verb at
    ``trigger``, whose verb it shares: "a gas pipeline and a garage were damaged, in X an
    outbuilding", "two men were wounded, in X a woman": the place and a noun phrase, no verb of
    their own. ``words`` are the trigger's words."""
    (start, end), (t0, t1) = span, trigger
    passive = words and words[0] in _PASSIVE or _PASSIVE_BEFORE.search(text, s0, t0)  # "were damaged"
    if not words or words[-1] not in _EFFECT or not passive:
        return False
    if not _GAPPED_GAP.fullmatch(text, t1, start):
        return False
    tail = _GAPPED_TAIL.match(text, end, s1)
    named = _words(tail.group(1)) if tail else []
    # a noun phrase: its head may end in -ing ("an outbuilding"), not in -ed ("a woman injured")
    head = [w for w in named[:-1] if w != "and"]  # "a woman and her son"
    return (1 < len(named) <= 6 and named[0] in _DETERMINERS and _nominal(head)
            and named[-1] not in _FUNCTION and not named[-1].endswith("ed"))


def _part_of_object(gap: list[str], v: int, end: int) -> bool:
    """Whether the words between an effect verb at ``v`` and the locative at ``end`` are a
    part of the object and its whole: "a drone damaged the roof of a maternity hospital in"
    (X); not "the strikes forced residents of" (X) nor "fell on the outskirts of" (X)."""
    obj = gap[v + 1:end]
    if gap[v] not in _EFFECT or obj.count("of") != 1 or obj[0] not in _DETERMINERS or obj[-1] == "of":
        return False
    return _nominal([w for w in obj if w != "of"]) and not set(gap[v:]) & (_NOT_SITE - {"of"})


def _spread_to(gap: list[str]) -> bool:
    """Whether the gap ends with a trigger noun's spread along a path: "the fighting started
    at C before spreading towards" (X), "clashes erupted in C and spread to" (X)."""
    return (len(gap) >= 2 and gap[-1] in _SPREAD_PATH and gap[-2] in _SPREAD and len(gap) <= 10
            and not set(gap) & (_CLAUSE - _TIME_LINK))


def _found_as_one(gap: list[str], verbs: list[int]) -> list[int]:
    """The verbs of the gap, "found" and the participle right after it told as one that
    tells the event happened: "the bodies were found dumped along the highway near" (X)."""
    if len(verbs) == 1 and verbs[0] and gap[verbs[0] - 1] == "found" and gap[verbs[0]].endswith("ed"):
        return [verbs[0] - 1]
    return verbs


def _struck_object(gap: list[str], verbs: list[int]) -> bool:
    """Whether the mention names the object of the verb of a trigger noun, or what it
    modifies: "drones hit C" (Kharkiv), "the strikes almost completely destroyed the" (C air
    base); not "the strikes forced residents of" (C) nor "a missile fell on" (C)."""
    if len(verbs) != 1 or gap[verbs[0]] not in _EFFECT:
        return False
    v = verbs[0]
    pre, post = gap[:v], gap[v + 1:]
    return all(w.endswith("ly") or w in _BEFORE_EFFECT for w in pre) and len(post) <= 3 and _nominal(post)


def _nominal(words: Sequence[str]) -> bool:
    """Whether ``words`` can be a bare noun phrase: no verb form, no function word but a determiner."""
    return all(not _is_verb(w) and (w not in _FUNCTION or w in _DETERMINERS) for w in words)


def _undergoes(gap: list[str]) -> bool:
    """Whether the gap makes the place the passive subject of a verb whose agent is the
    trigger, or the subject of "come under": ``was attacked by`` (drones), ``was subjected
    to 3 attacks of`` (drones), ``were hit by Russian`` (missiles), ``came under heavy``
    (fire); not ``was accused by C of`` (shelling) nor ``were treated after`` (the attack)."""
    i = 0
    while i < len(gap) and gap[i] in _AUXILIARY:
        i += 1
    if i + 1 >= len(gap):
        return False
    verb, prep, tail = gap[i], gap[i + 1], gap[i + 2:]
    if verb in _COME and prep == "under":
        pass
    elif not (i and set(gap[:i]) & _PASSIVE and (_is_verb(verb) or verb in _EFFECT) and prep in _UNDERGO):
        return False
    if len(tail) > 4:
        return False
    # the tail names the trigger: "3 attacks of", "Russian", "heavy"
    for k, w in enumerate(tail):
        if w in ("of", "from"):  # "3 attacks of" (drones), "fire from" (MLRS)
            if not (k and tail[k - 1] in _UNDER):
                return False
        elif _is_verb(w) or w in _FUNCTION and w not in _DETERMINERS:
            return False
    return True


def _listed_objects(gap: list[str]) -> bool:
    """Whether the gap is the verb that tells a trigger noun happened, or what it did,
    and a list of its objects or predicates, places named in the first ones, the mention
    the locative of the last: "drones hit the refinery in the C district and a pumping
    station near" (Azov), "shelling killed a man in C and damaged power lines near" (Vovchansk).
    The last object names no place and ends in a locative, as in the ``happened`` rule."""
    verbs = [i for i, w in enumerate(gap) if (_is_verb(w) or w in _HAPPENED) and not _modifier(gap, i)]
    if not verbs or gap[verbs[0]] not in _HAPPENED_OR_EFFECT or "and" not in gap[verbs[0]:]:
        return False
    v = verbs[0]
    last = len(gap) - 1 - gap[::-1].index("and")
    head, tail = gap[v + 1:last], gap[last + 1:]
    if verbs[1:] == [last + 1] and gap[last + 1] in _EFFECT:  # "killed a man in C and damaged power lines near"
        tail = tail[1:]
    elif len(verbs) > 1:
        return False
    end = _locative_end(tail)
    if end < 1 or "C" in tail or len(tail) > 6 or set(tail) & _NOT_SITE:
        return False
    # the earlier objects: noun phrases with their locatives, "of" only before a name ("the area of C")
    for k, w in enumerate(head):
        if w == "of":
            if k + 1 >= len(head) or head[k + 1] != "C":
                return False
        elif not _object_word(head, k):
            return False
    return True


def _object_word(words: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` may be in a listed object: a noun, a determiner, a locative,
    "and", an -ing modifier ("a pumping station"); not a verb, a path or a clause word."""
    w = words[k]
    if w in _NOT_SITE or _is_verb(w) and not _modifier(words, k):
        return False
    return w not in _FUNCTION or w in _OBJECT_FUNCTION


def _modifier(words: Sequence[str], i: int) -> bool:
    """Whether the -ing word at ``i`` modifies a noun after a determiner ("a pumping station")."""
    return words[i].endswith("ing") and i > 0 and words[i - 1] in _DETERMINERS and i + 1 < len(words)


def _fronted(gap: list[str], shape: _Shape) -> bool:
    """Whether the mention is a locative that opens a clause and the trigger, right after
    its comma, the clause's subject: "In Kherson, shelling damaged a school", "; in Lviv,
    protesters burned tyres"; not "In Kyiv, officials said the strike ..." (a verb)."""
    gap_text = _ASIDE.sub(" ", shape.gap_text)  # "In X, ten people, including two children, were killed when"
    if gap_text != shape.gap_text:
        gap = _core(gap_text, "after")
    opens = shape.clause
    relative = _FRONT_RELATIVE.match(gap_text)
    if relative:  # "In X, where an imam lives, the attackers were repelled": the clause after the aside
        gap_text = "," + gap_text[relative.end():]
        gap = _core(gap_text, "after")
        opens = _opens_clause(gap)
    gap_ok = (_FRONT_GAP.match(gap_text) and not shape.between
              or _FRONT_APPOSED.match(gap_text) and shape.between <= 1)  # "In Gisenyi, Rwanda, shells"
    clause = set(gap) & _CLAUSE
    when = _when_clause(gap)
    if opens and not (clause and clause <= _SPEECH) and not when:
        return False
    lead = _words(shape.lead)
    if lead and lead[-1] in _DIRECTION:
        return False  # "In southern Lebanon, strikes hit Tyre": a part of a wide place, which contains the sites
    return bool(_list_lead(shape.lead) and gap_ok and (when or _clause_subject(gap)))


#: The earlier places of a fronted list before the last one: "In A and ", "In A, B and ".
_LEAD_LIST = re.compile(r"(?:(?!(?:In|Near|At|Around|Outside|Inside)\s)[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,2}(?:\s*,\s*|\s+and\s+))+\Z")


def _list_lead(lead: str) -> bool:
    """Whether ``lead`` ends in a fronted locative's preposition, maybe followed by the earlier
    places of a list that the mention ends: "In " (X), "In A and " (X); the list's places share
    the gate's score (:func:`shared_scores`)."""
    if fronted_lead(lead):
        return True
    m = _LEAD_LIST.search(lead)
    return bool(m and m.group().rstrip().endswith("and") and fronted_lead(lead[:m.start()]))


#: Harm verbs of a toll: "1 person was killed and 4 wounded".
_HARM = _set("killed wounded injured")
#: The gap after a fronted place's comma, up to the trigger: no other clause mark.
_FRONT_TOLL_GAP = re.compile(r"\s*,[^;:()]*\Z")


def _fronted_toll(shape: _Shape) -> bool:
    """Whether the mention is a fronted locative whose clause tells a toll, then the subject of
    the trigger that tells the damage: "In X, 1 person was killed and 4 wounded, 6 houses and a
    school were" (damaged), "In X, 2 people were injured and a shop was" (damaged). The toll is
    numbers, nouns and its harm verbs; the damaged things a bare list of noun phrases."""
    if shape.between or not _FRONT_TOLL_GAP.match(shape.gap_text) or not fronted_lead(shape.lead):
        return False
    words = _words(_ABOUT.sub("", shape.gap_text.lstrip(" ,")))
    harm = [i for i, w in enumerate(words) if w in _HARM]
    if not harm or not set(words[:harm[0]]) & _PASSIVE:
        return False
    toll, damaged = words[:harm[-1] + 1], words[harm[-1] + 1:]
    if not all(w in _HARM or w in _PASSIVE or w == "and" or _nominal([w]) for w in toll):
        return False
    if damaged[:1] == ["and"]:
        damaged = damaged[1:]
    if damaged and damaged[-1] in _PASSIVE:
        damaged = damaged[:-1]
    elif not shape.trigger or shape.trigger[0] not in _PASSIVE:
        return False  # the trigger's passive is its own ("were damaged") or in the gap
    return 0 < len(damaged) <= 12 and all(w == "and" or _nominal([w]) for w in damaged)


#: A relative clause on a fronted place, set off by commas: ", where an imam close to the junta lives,".
_FRONT_RELATIVE = re.compile(r"\s*,\s*where\s[^,;:()]{1,80},")
#: An aside that says who was among the people just named: ", including two children,".
_ASIDE = re.compile(r",\s*(?:including|among\s+them|among\s+whom|most\s+of\s+them)\s[^,;:()]{1,60},",
                    re.IGNORECASE)


def _when_clause(gap: list[str]) -> bool:
    """Whether the gap after a fronted place's comma is a clause of harm done and the subject of
    the "when" clause that tells the act which did it: "In X, two officers were injured when
    protesters" (stoned ...), "In X, two people were killed when a" (drone struck ...)."""
    if gap.count("when") != 1:
        return False
    k = gap.index("when")
    harm, actor = gap[:k], gap[k + 1:]
    if len(harm) < 3 or harm[-1] not in _EFFECT or harm[-2] not in _PASSIVE:
        return False
    return (_clause_subject(harm[:-1]) or _victims(harm[:-1])) and len(actor) <= 4 and _nominal(actor)


def _victims(words: list[str]) -> bool:
    """Whether the words before a passive harm verb are a short list of people, maybe with its
    auxiliary: "a local candidate and two other people were" (killed when ...)."""
    words = _words(_ABOUT.sub("", " ".join(words)))
    while words and words[-1] in _AUXILIARY:
        words.pop()
    return "and" in words and len(words) <= 8 and all(w == "and" or _nominal([w]) for w in words)


#: Words of a quantity before a subject: "at least 30 civilians", "more than 200 families".
_ABOUT = re.compile(r"^(?:at least|more than|up to|some|about|nearly|around)\b")


def _clause_subject(gap: list[str]) -> bool:
    """Whether the gap between a fronted place's comma and the trigger is the subject of its
    clause, maybe with its auxiliary, or a speaker and the subject of what was said: "In X,
    shelling", "In X, at least 30 civilians were" (killed), "In X, residents said a" (mob); not "In X,
    officials said the" (strikes)."""
    words = _words(_ABOUT.sub("", " ".join(gap)))
    while words and words[-1] in _AUXILIARY:
        words.pop()
    said = [i for i, w in enumerate(words) if w in _SPEECH]
    if said:
        k = said[0]
        told = words[k + 1:]  # a new event ("a mob"), not one told before ("the strikes", maybe elsewhere)
        return 0 < k <= 2 and len(said) == 1 and _nominal(words[:k]) and told[:1] in (["a"], ["an"]) and len(told) <= 2
    return len(words) <= 4 and _nominal(words)


#: What may stand between two members of a coordinated list of places: "Goma, Sake and
#: Minova", "the Bekaa and across southern Lebanon", "Neirab and the vicinity of Saraqib",
#: "Nikopol itself, Marhanets and ...", "in the areas of A, B and towards C".
_LIST_GLUE = re.compile(
    r"(?:\s+(?:itself|themselves))?"
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?"
    r"(?:(?:in|at|near|across|around|on|outside|inside|throughout|towards|toward)\s+(?:the\s+)?)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|rural)\s+)?"
    r"(?:(?:town|towns|city|cities|village|villages|area|district|province|region|countryside|outskirts|vicinity|"
    r"suburbs|camp|capital)\s+of\s+(?:the\s+)?)?\Z",
    re.IGNORECASE,
)


#: A further object of the same trigger and its locative between two places of a list: "hit two
#: aircraft at the A airfield and a radar near B, and a helicopter at" (C).
_OBJECT_GLUE = re.compile(
    r"\s*,?\s*and\s+(?:a|an|the|two|three|four|five|several|\d+)\s+(?P<noun>[^,;:()]{1,40}?)\s+"
    r"(?:at|in|near|outside)\s+(?:the\s+)?\Z", re.IGNORECASE)


#: The pieces of a list of locatives: cut at its commas and "and".
_LIST_CUT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: A locative phrase of a list: "at the Kawran Bazar intersection", "in front of a church in".
_LOCATIVE_PIECE = re.compile(
    r"\s*(?:in\s+front\s+of|next\s+to|in|at|near|outside|inside|behind|opposite|around)\s+(?P<np>[^,;:()]{1,60}?)\s*\Z",
    re.IGNORECASE)
#: The locative before a place that ends the last piece: "... a church in", "near the".
_PIECE_END = re.compile(r"(?:^|\s)(?:in|at|near|outside)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _locative_list(text: str, a: int, b: int) -> bool:
    """Whether the text between two places of one trigger is the rest of a list of locatives,
    the second place in the last one: "near a school in A, at the bus station and in front of
    a church in" (B). The pieces name no event of their own (no verb, no clause word)."""
    pieces = _LIST_CUT.split(text[a:b])
    first = _words(pieces[0])  # the end of the first place's name: "" or "intersection"
    if len(pieces) < 2 or len(first) > 2 or not _nominal(first):
        return False
    for k, piece in enumerate(pieces[1:], 1):
        m = _LOCATIVE_PIECE.match(piece)
        if m is None:
            return False
        words = _words(m.group("np"))
        if len(words) > 7 or any(_is_verb(w) or w in _CLAUSE for w in words):
            return False
        if (k == len(pieces) - 1) != bool(_PIECE_END.search(m.group("np") + " ")):
            return False
    return True


#: A relative clause on the earlier place of a list, before the list goes on: " district, where a
#: woman was wounded near her house" (, and the B district), " town, where houses were hit" (, and in B).
_WHERE_ASIDE = re.compile(r"(?:[ \t]+[a-z]+)?\s*,\s*where\s[^;:()\n]{1,100}?(?=,\s*(?:and|or)\s)")


def _glued(text: str, a: int, b: int) -> bool:
    """Whether the text between two places of one trigger joins them in a list: a list
    glue (:data:`_LIST_GLUE`), a list of locatives (:func:`_locative_list`) or a further object
    with no verb of its own (:data:`_OBJECT_GLUE`)."""
    if _LIST_GLUE.match(text, a, b) or _locative_list(text, a, b):
        return True
    aside = _WHERE_ASIDE.match(text, a, b)
    if aside and _LIST_GLUE.match(text, aside.end(), b):
        return True  # "hit the A district, where a woman was wounded, and the B district"
    m = _OBJECT_GLUE.match(text, a, b)
    if not m:
        return False
    noun = _words(m.group("noun"))  # "a landing craft": an -ing word before the noun modifies it
    return not any((_is_verb(w) and not (w.endswith("ing") and k + 1 < len(noun))) or w in _CLAUSE or w in _HAPPENED
                   for k, w in enumerate(noun))


def shared_scores(text: str, items: Sequence[tuple[int, int, tuple[int, int] | None, float]]) -> list[float]:
    """Each gated mention's score, raised to the best score of its coordinated list.

    The members of a list of places read with the same trigger ("shelling killed 40
    civilians in Goma, Sake and Minova") stand in the same relation to it, so the gate
    keeps or drops them together: it keeps them all when it believes one of them.

    Parameters
    ----------
    text
        The document text.
    items
        ``(start, end, trigger, score)`` of each gated mention, in any order; a
        protected mention's score is 1.

    Returns
    -------
    list of float
        The shared scores, in the order of ``items``.

    Examples
    --------
    >>> text = "Jets bombed Ariha, Saraqib and the town of Binnish."
    >>> trigger = (5, 11)
    >>> shared_scores(text, [(12, 17, trigger, 0.9), (19, 26, trigger, 0.2), (43, 50, trigger, 0.4)])
    [0.9, 0.9, 0.9]
    >>> shared_scores(text, [(12, 17, trigger, 0.9), (19, 26, (0, 4), 0.2)])
    [0.9, 0.2]
    """
    order = sorted(range(len(items)), key=lambda i: items[i][:2])
    scores = [item[3] for item in items]
    run: list[int] = []
    for i in order + [-1]:
        prev = items[run[-1]] if run else None
        if i >= 0 and prev is not None and prev[2] == items[i][2] and _glued(text, prev[1], items[i][0]):
            run.append(i)
            continue
        best = max((scores[j] for j in run), default=0.0)
        for j in run:
            scores[j] = best
        run = [i]
    return scores


@dataclass(frozen=True, slots=True)
class ViolenceGate:
    """Logistic-regression weights and the demotion threshold.

    ``weights`` maps feature names (see :func:`mention_features`) to weights; a
    feature not in it weighs nothing.
    """

    weights: dict[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        """How likely the mention is the site of its violent reading.

        Examples
        --------
        >>> ViolenceGate({"bias": 0.0}, 0.3).probability(["bias"])
        0.5
        """
        z = sum(self.weights.get(f, 0.0) for f in features)
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def demotes(self, features: Iterable[str]) -> bool:
        """Whether a violent reading with these features should be dropped: never
        for a protected mention (:data:`PROTECTED`), otherwise when the probability
        falls below the threshold."""
        features = set(features)
        return not features & PROTECTED and self.probability(features) < self.threshold


@functools.cache
def load_gate() -> ViolenceGate:
    """The gate shipped with the package (``geo/incidents/data/gate.json``)."""
    raw = json.loads(resources.files("geo.incidents").joinpath("data/gate.json").read_text("utf-8"))
    return ViolenceGate(dict(raw["weights"]), float(raw["threshold"]))


def demote(
    text: str, occurrences: Sequence[Occurrence], gate: ViolenceGate, kept: dict[int, set[str]] | None = None
) -> None:
    """Drop the violent readings of the occurrences the gate does not believe.

    An occurrence is gated when its best reading is violent; when the gate demotes
    it (its score, shared with its coordinated list, falls below the threshold: see
    :func:`shared_scores`), all its violent readings go, so that it keeps its best
    non-violent reading (a protest, an arrest, displacement), or none.
    ``occurrences`` are changed in place. When ``kept`` is given, the features of
    each gated occurrence left as it was are stored in it by ``id()``, for the type
    model (:func:`~geo.incidents.typemodel.revise`).
    """
    spans = sentence_spans(occurrences)
    gated = [o for o in occurrences if o.events and o.events[0][0].event_type in VIOLENT_EVENT_TYPES]
    items, features = [], []
    for occ in gated:
        feats = occurrence_features(text, occ, spans[occ.sentence])
        score = 1.0 if feats & PROTECTED else gate.probability(feats)
        items.append((occ.mention.start, occ.mention.end, occ.events[0][0].trigger, score))
        features.append(feats)
    for occ, feats, score in zip(gated, features, shared_scores(text, items), strict=True):
        if score < gate.threshold:
            occ.events[:] = [x for x in occ.events if x[0].event_type not in VIOLENT_EVENT_TYPES]
        elif kept is not None:
            kept[id(occ)] = feats


def sentence_spans(occurrences: Sequence[Occurrence]) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """The spans of the occurrences' mentions, by sentence: what :func:`occurrence_features`
    reads as the other places of a sentence."""
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for occ in occurrences:
        spans.setdefault(occ.sentence, []).append((occ.mention.start, occ.mention.end))
    return spans


def occurrence_features(text: str, occ: Occurrence, spans: Sequence[tuple[int, int]]) -> set[str]:
    """:func:`mention_features` of an occurrence with events (the gated ones, and those the
    type model checks); ``spans`` are its sentence's mentions."""
    m = occ.mention
    first, _, state = occ.events[0]
    s0, s1 = occ.sentence
    ctx = state.ctx
    segments = [(a, b) for a, b, _ in ctx.segments] if ctx.start == s0 and s0 <= first.trigger[0] < s1 else ()
    return mention_features(
        text, m.start, m.end, occ.sentence, occ.role.value,
        m.place.kind.value if m.place is not None else None,
        [(e.event_type, e.sub_event_type, e.trigger, c) for e, c, _ in occ.events],
        [s for s in spans if s != (m.start, m.end)],
        segments,
    )

"""Find place mentions in raw text: gazetteer-driven, filtered by evidence.

Every run of capitalised words is looked up, longest first, in the
:class:`~gazetteer.names.NameIndex` trie. A hit is kept when the text supports it:

* names that are also everyday words or given names (Nice, Reading, Jordan) need
  a locative cue (``in``, ``near``, ``the town of``, ``Nice, France``) or an
  accepted occurrence elsewhere in the document;
* a name glued to other capitalised words (``New York Times``, ``Aleppo
  University``, ``Michael Jordan``), after a title (``President Erdogan``) or
  equal to a person's surname used in the document (:mod:`gazetteer.people`) is not a place;
* demonyms (Syrian, Russian) are never mentions; they are returned as context;
* abbreviations and function-word keys (U.S., UK, Ky.) count only in capitals
  or with their dots.

Names the gazetteer lacks are still found when a trigger announces them
(``the town of Qaminas``, ``Rapides Parish``, ``X in Idlib countryside``), or when a bare
preposition places a name no English text otherwise uses (``an attack in Gorgadji``, ``the market
of Kibua``, ``fled to Mahaday``; not ``at Walmart`` or ``from TxDOT``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import evidence
from .lexicon import (
    ARABIC_LANDFORM_PREFIXES, ARABIC_PLACE_PREFIXES, ARMED_GROUP_NOUNS, CAMP_MODIFIERS, DIRECTIONS, DISEASE_HEADS,
    FACILITY_NOUNS, INHABITANTS, INSTITUTIONS, LANDFORM_PREFIXES, LOWER_PLACE_HEADS, MONTHS, NAMED_PLACE_HEADS,
    NOT_PLACES, ORG_HEADS, PERSON_TITLES, PLACE_TYPE_WORDS, RIVER_BANKS, STOPWORDS, TOPO_HEADS, TRIGGERS_BEFORE,
    WEEKDAYS,
)
from .names import (
    ABBREV, COMMON, DEMONYM, FIRSTNAME, KIND_ADMIN1, KIND_COUNTRY, STOP, TEMPORAL, NameIndex, is_real_place,
)
from .normalize import article_key, fold
from .people import PeopleFinder
from .textview import (
    ARTICLES, CLITICS, CONNECTORS, GAPS_IN_NAME, IN_WORD, NAME_JOINERS, TextView,
)

_MAX_WORDS = 6
#: an everyday-word name (Concord, Reading, Mobile) runs a police force or a council at this size
#: (log10 of its population); smaller namesakes are adjectives: the State Police, the Border Police
_PUBLIC_SEAT_LOG_POP = 4.5


def _starting_letters(words) -> str:
    """A lookahead for the first letters of ``words`` (any case): where it fails, the regex
    skips a position without trying every word of its alternation, the slow part of a scan."""
    return "(?=(?i:[" + "".join(sorted({w[0] for w in words})) + "]))"


def _words_at_boundary(words) -> str:
    """A regex for any of ``words`` (any case) at the start of a word, opening with a class of their first letters.

    The regex engine skips straight to those letters instead of trying the word boundary and the
    alternation at every position; the first letter is then checked against each word by a lookbehind.

    >>> re.findall(_words_at_boundary(["near", "of"]), "Near Idlib, north of Ofa; bofor")
    ['Near', 'of', 'Of']
    """
    letters = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    rest = "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in words)
    return "[" + "".join(letters) + r"](?<!\w.)(?i:" + rest + ")"


#: cues of the triggers that announce a name of their own (the region triggers are read by _REGION_OF_RE)
_NAME_CUES = ("town", "near", "site")
#: where a trigger phrase may end ("...of", "near", "outside"), just before a capitalised name; the regex is
#: tried at these words only (TextView.matches_at), and the whole phrase is then checked with TextView.cue_before
_TRIGGER_WORDS = frozenset(k[-1] for k, v in TRIGGERS_BEFORE.items() if v in _NAME_CUES)
_TRIGGER_RE = re.compile(
    _words_at_boundary(sorted(_TRIGGER_WORDS)) + r"\s+(?:(?i:the)\s+)?(?=[A-Z]|(?i:al|el|an|ar|as|ash|ad|at|az)-)"
)
#: a division announced by a lower-case head and ``of`` (``the district of Ancuabe``, ``the region of the
#: Catatumbo``); a capitalised head opens a body's name instead (the Department of Health, the State of Emergency)
#: a plural head (group 1) announces a list: ``the districts of Muidumbe and Mocímboa da Praia``
_REGION_OF_HEADS = "district region province governorate prefecture oblast territory".split()
_REGION_OF_PLURALS = "districts regions provinces governorates prefectures oblasts territories".split()
_REGION_OF_RE = re.compile(r"\b(?:" + "|".join(_REGION_OF_HEADS) + "|(" + "|".join(_REGION_OF_PLURALS) + "))"
                           r"\s+of\s+(?:the\s+)?(?=[A-Z])")
#: the words _REGION_OF_RE opens with: the tokens it is tried at
_REGION_OF_WORDS = frozenset(_REGION_OF_HEADS + _REGION_OF_PLURALS)
#: a capitalised topographic head after a name (``Tennessee Colony``), tried at the space before each such word
_TOPO_SUFFIX_RE = re.compile(r" (?=[A-Z])(" + "|".join(w.capitalize() for w in sorted(TOPO_HEADS)) + r")\b")
_REGION_HEADS = frozenset("province governorate region oblast state county parish district countryside township "
                          "territory prefecture".split())
_REGION_SUFFIX_RE = re.compile(r" " + _starting_letters(_REGION_HEADS) + r"((?i:" + "|".join(sorted(_REGION_HEADS))
                               + r"))\b")

#: capitalised heads that end a division's whole name (``Western Zone``, ``North Shewa Zone``); the
#: gazetteer's towns called Zone are not meant there
_NAME_FINAL_HEADS = frozenset({"zone", "sector"})
#: last words of a building's or a body's name (``Fithian House``, ``Elks Club``, ``Fanshawe Dam``): no place the
#: gazetteer lacks
_BUILDING_HEADS = (ORG_HEADS | INSTITUTIONS | {"dam", "bridge", "plant", "tower"}) - PLACE_TYPE_WORDS \
    - evidence.DIVISION_HEADS - {"city", "regional"}

_DIVISION_PLURALS = frozenset(evidence.DIVISION_PLURALS)
#: heads that make an unknown name before them a water body, a range or a plain (``Litani River``, ``Hamrin
#: Mountains``, ``Al-Ghab Plain``); valleys, islands and bays name estates, firms and venues too often
_UNKNOWN_LANDFORM_HEADS = frozenset("river lake sea mountains strait canal plain".split())
#: heads written before a water body's name after ``the`` (British usage: ``the River Derwent``); without
#: ``the`` they open street and estate names (River Road, River Oaks)
_THE_LANDFORM_PREFIXES = frozenset({"river"})
#: lower-case heads that make an unknown name after ``the`` a water body, a plain or a range (``the Naf river``,
#: ``the Cal Madow mountains``)
_LOWER_LANDFORM_HEADS = frozenset("river plain mountains".split())
#: capitalised heads that name a water body through ``of`` (``Gulf of Urabá``, ``Bay of Campeche``); the
#: gazetteer's bare ``Gulf`` (the Persian Gulf) is not meant there
_OF_LANDFORM_HEADS = frozenset("gulf bay sea strait straits".split())
#: Arabic words that open a landform's or a settlement's name ("Ras Isa", "Ain Zara")
_ARABIC_PREFIXES = ARABIC_LANDFORM_PREFIXES | ARABIC_PLACE_PREFIXES


#: French and Italian articles and prepositions that lose their vowel before a name (``Côte d'Ivoire``)
_ELIDED = frozenset({"d", "l"})


def _elided_article(doc: TextView, j: int) -> bool:
    """Whether token ``j`` is an elided ``d'`` or ``l'`` glued to the capitalised word after it."""
    return doc.lower[j] in _ELIDED and j + 1 < doc.n and doc.gaps[j] in "'’" and doc.caps[j + 1]


@dataclass(slots=True)
class RawMention:
    """A recognised span before resolution."""

    start: int
    end: int
    text: str
    key: str
    known: bool  #: the gazetteer has this name
    cue: str | None = None  #: "town", "region", "near" (from trigger words) or None
    suffix: str | None = None  #: place-type word right after ("province", "countryside", ...)
    landform: str | None = None  #: head of the water body or landform the name is part of ("river", "lake")
    located: bool = False  #: a locative word comes before it ("in", "toward", "shelled")
    respells: int | None = None  #: start of the mention this name spells another way (``X, also spelled Y``)
    armed_group: bool = False  #: an armed group's noun follows (``Fano militias``): a namesake abroad is no place


@dataclass(slots=True)
class Recognition:
    """What the recogniser found in one text."""

    mentions: list[RawMention] = field(default_factory=list)
    demonyms: Counter = field(default_factory=Counter)  #: country code -> count


class Recognizer:
    """Gazetteer-driven place recogniser (see module docstring).

    Parameters
    ----------
    names
        The trie index of the gazetteer's names.
    demonyms
        Folded demonym -> ISO country code.
    """

    def __init__(self, names: NameIndex, demonyms: dict[str, str]) -> None:
        self.names = names
        self.demonym_cc = demonyms
        self.people = PeopleFinder(names)

    def __call__(self, text: str) -> Recognition:
        doc = TextView(text)
        result = Recognition()
        persons, surnames = self.people(doc)
        hits = self._scan(doc, result)
        accepted: list[RawMention] = []
        rejected: list[tuple[RawMention, int, int]] = []
        confirmed: set[str] = set()
        compounds: list[int] = []
        for raw, i, j, info in hits:
            if _bare_article(doc, raw, i, j):
                if doc.cue_before(i) or doc.list_cue(i) or doc.words_before(i, 1) in _ARTICLE_NAME_LOCATIVES:
                    compounds.append(i)  # in Al-Khuwei: the whole name, not the gazetteer's Al
                continue
            verdict = self._judge(doc, raw, i, j, info, persons, surnames)
            if evidence.article_compound_after(doc, j) or evidence.hyphen_chain_after(doc, j):
                if verdict is True or raw.cue or raw.located:
                    compounds.append(i)  # Bab al-Tabbaneh, Port-de-Paix: the longer name, not Bab or Port
                continue
            if verdict is True:
                accepted.append(raw)
                confirmed.add(raw.key)
            elif verdict is None:
                rejected.append((raw, i, j))
        # a name accepted with evidence somewhere counts where it stands alone too
        accepted += [raw for raw, i, j in rejected if raw.key in confirmed]
        accepted += self._unknown(doc, {(m.start, m.end) for m in accepted}, persons, compounds)
        accepted.sort(key=lambda m: m.start)
        result.mentions = _drop_overlaps(accepted)
        return result

    # -- candidate spans -------------------------------------------------------------------

    def _scan(self, doc: TextView, result: Recognition):
        """Longest trie matches starting at capitalised tokens: (raw, first, last, info)."""
        text, lower, first, ends = doc.text, doc.lower, doc.starts, doc.ends
        hits = []
        n = doc.n
        articles = [k for k in doc.positions(ARTICLES) if doc.gaps[k] in "-‐"]  # al-Bab
        starts = sorted(set(doc.capitals).union(articles)) if articles else doc.capitals
        free = 0  # tokens before this are inside an earlier match
        for i in starts:
            start = first[i]
            if i < free or doc.words[i][0].isdigit():
                continue
            best = None
            for j in range(i, min(n, i + _MAX_WORDS)):
                if j > i:
                    gap = doc.gaps[j - 1]
                    if gap not in GAPS_IN_NAME:
                        break
                    if not (doc.caps[j] or lower[j] in CONNECTORS or lower[j] in NAME_JOINERS
                            or gap in "-‐'’‘ʿʾ`" or doc.words[j].isdigit() or _elided_article(doc, j)):
                        break
                key = fold(text[start:ends[j]])
                # "Maarat al-Numan" for "Ma'arrat an-Nu'man": articles and doubled letters made uniform
                loose = article_key(key) if j > i and evidence.article_agrees(doc, i) else key
                if not (j > i and lower[j] in CLITICS and doc.gaps[j - 1] in "'’"):
                    if key in self.names:
                        best = (j, key)
                    elif loose != key and loose in self.names:
                        best = (j, loose)
                if not (self.names.continues(key) or loose != key and self.names.continues(loose)
                        or j + 1 < n and doc.gaps[j] in IN_WORD):
                    break  # (an apostrophe joins the next token into this word: People's)
            if best is None or best[0] == i:
                best = self._closed_compound(doc, i) or best
            if best is None:
                continue
            j, key = best
            free = j + 1
            info = self.names.info(key)
            end = ends[j]
            if info.flags & DEMONYM:
                cc = self.demonym_cc.get(key)
                if cc:
                    result.demonyms[cc] += 1
                continue
            if info.flags & ABBREV and end < len(text) and text[end] == "." and \
                    ("." in text[start:end] or not text[start:end].isupper()):
                end += 1  # Ky., U.S. keep their dot; a sentence's full stop after DRC is not theirs
            hits.append((RawMention(start, end, text[start:end], key, True), i, j, info))
        return hits

    def _closed_compound(self, doc: TextView, i: int) -> tuple[int, str] | None:
        """A hyphenated pair the gazetteer writes as one word (``Pétion-Ville`` for Pétionville): (last, key)."""
        if i + 1 >= doc.n or doc.gaps[i] not in ("-", "‐") or not doc.caps[i + 1] \
                or min(len(doc.words[i]), len(doc.words[i + 1])) < 4:
            return None  # not Tri-State, Tri-City: a prefix, not a name
        key = fold(doc.words[i] + doc.words[i + 1])
        return (i + 1, key) if key in self.names else None

    # -- evidence ------------------------------------------------------------------------

    def _judge(self, doc: TextView, raw: RawMention, i: int, j: int, info, persons: set[str],
               surnames: frozenset[str] = frozenset()):
        """True: a place; False: not a place; None: a place only if confirmed elsewhere."""
        span = raw.text
        letters = list(filter(str.isalpha, span))
        caps = all(map(str.isupper, letters))
        if info.flags & (STOP | ABBREV) and not (caps and len(letters) >= 2 or "." in span):
            return False
        if caps and evidence.acronym_organisation(doc, i, j, _sizable_acronym(doc, i, info)):
            return False  # the IOM said, according to the IOM, FLA sources: an organisation's acronym
        if caps and len(letters) <= 4 and not info.flags & ABBREV and not info.is_major \
                and not (_opens_dateline(doc, i, j) and doc.is_dateline(i, j)):
            return False  # HHS, DAC, PA: acronyms, not villages; a dateline's GOMA is the town
        if raw.key in _NAME_FINAL_HEADS and doc.name_before(i) is not None:
            return False  # the head of a longer name: Western Zone
        if i == j and raw.key in LANDFORM_PREFIXES and j + 1 < doc.n and doc.gaps[j] == " " and doc.caps[j + 1]:
            return False  # the head of a water body's or a mountain's name: Lake St. Clair
        public = (evidence.public_body_after(doc, j) or evidence.office_holder_after(doc, j)) \
            and (not info.flags & COMMON or info.log_pop >= _PUBLIC_SEAT_LOG_POP)  # Alexandria Police, Ohio Gov.
        if raw.key in persons and not public or doc.after_title(i) or evidence.ethnic_before(doc, i, j):
            return False
        raw.cue = doc.cue_before(i) or doc.list_cue(i) \
            or (None if info.flags & COMMON else evidence.residence_before(doc, i, surnames))
        raw.suffix = doc.suffix_after(j) or evidence.division_list_head(doc, j)
        raw.landform = evidence.landform_after(doc, i, j) or evidence.landform_before(doc, i) \
            or evidence.river_bank_before(doc, i)
        raw.located = doc.locative_before(i)
        raw.armed_group = evidence.armed_group_after(doc, j)
        if evidence.party_home(doc, i, j):
            return True  # Ray Miller, D-Columbus: a legislator's home town
        if not caps and evidence.route_end(doc, i, j):
            return True  # the Kaya-Dori road: each end a place
        if info.flags & TEMPORAL:
            return raw.cue in ("town", "region") or None
        if caps and len(letters) >= 3 and not info.flags & ABBREV:
            if not (info.is_major or doc.is_dateline(i, j)):
                return False
        headline = doc.headline(i)
        if doc.glued_capital_before(i, self.names) and not headline and not self._modified_place(doc, i) \
                and not evidence.landform_before(doc, i):
            return False
        if evidence.street_before(doc, i):
            return False  # Route de Delmas, Rue Capois: a street
        nxt = doc.capital_after(j) if raw.suffix is None else None
        if nxt is not None and not headline and info.flags & FIRSTNAME and nxt not in INSTITUTIONS \
                and not public and not evidence.hyphen_place_after(doc, j, self.names):
            return False  # Paris Hilton, Jordan Henderson; not Columbus Police Department, Paris-Henry County
        if not info.is_major and (nxt in surnames or evidence.initial_after(doc, j)):
            return False  # Breonna Snelling (a Snelling is named), Bryon S. Baker: a given name
        if self._glued_to_non_place(doc, j, info) or evidence.bloc_name_around(doc, i, j) \
                or evidence.acronym_name_around(doc, i, j, self.names):
            return False  # (Alliance of Sahel States: a bloc, not the region; UN Mission in South Sudan (UNMISS))
        needs_evidence = bool(info.flags & (COMMON | FIRSTNAME)) and not info.is_major \
            and not evidence.division_head(doc, j)  # Hall County, Perry County: no everyday phrase
        if not needs_evidence:
            return True
        if info.flags & COMMON and doc.of_capital_after(j):
            return False  # University of Georgia
        if doc.possessive_after(j):
            return None  # Smith's head: a person as often as a place
        if doc.is_dateline(i, j):
            return True
        if not info.flags & COMMON and nxt in INSTITUTIONS:
            return True  # the Columbus Police Department: a given name does not run a police force
        if public:
            return True  # the Concord Police: a town this size runs one; not the Border Police
        if raw.cue or raw.suffix or doc.locative_before(i) or doc.inhabitants_before(i) \
                or doc.comma_place_after(j, self.names):
            return not doc.sentence_start(i) or raw.cue is not None
        return None

    def _modifies_bigger_place(self, doc: TextView, j: int, info) -> bool:
        """Whether the name is glued before a bigger real place (``Metro Vancouver``), so only modifies it."""
        if info is None or j + 1 >= doc.n or doc.gaps[j] != " " or doc.headline(j):
            return False
        nxt = doc.lower[j + 1]
        if not doc.caps[j + 1] or doc.all_caps(j + 1) or nxt in PLACE_TYPE_WORDS or nxt in STOPWORDS:
            return False
        other = self.names.info(fold(doc.words[j + 1]))
        return is_real_place(other) and other.log_pop > info.log_pop + 0.5

    def _modified_place(self, doc: TextView, i: int) -> bool:
        """Whether the one word glued before token ``i`` only modifies this place (``Metro Vancouver``)."""
        if i == 0 or doc.gaps[i - 1] != " " or i > 1 and doc.gaps[i - 2] == " " and doc.caps[i - 2]:
            return False
        word = doc.words[i - 1]
        if doc.lower[i - 1] in NOT_PLACES:
            return False  # Tehrik-e-Taliban Pakistan: a group's name ends in the place, which it does not modify
        info = self.names.info(fold(word))
        if info is None or info.is_major or info.flags & (DEMONYM | FIRSTNAME) or self.names.is_firstname(word):
            return False  # Pacific Coast, Canadian Coast, Allison Jennings
        return self._modifies_bigger_place(doc, i - 1, info)

    def _glued_to_non_place(self, doc: TextView, j: int, info) -> bool:
        """Part of a longer name that is not a place: a brand, a street, a disease, a compound."""
        nxt = doc.capital_after(j)
        if nxt is not None and (nxt in ORG_HEADS and not evidence.public_body_after(doc, j) or nxt in TOPO_HEADS) \
                and not doc.headline(j):
            return True  # New York Times, Aleppo University, Dublin Road; Tennessee Colony; not Florida Highway Patrol
        if evidence.street_word_after(doc, j) or evidence.newspaper_title_after(doc, j):
            return True  # a caption's "on Dundas Street" or "(Photo/The London Free Press)", read as a title line
        if nxt is not None and evidence.movement_name_after(doc, j) and not doc.headline(j):
            return True  # Tigray People's Liberation Front: a movement named after the place
        if not doc.headline(j) and evidence.organisation_run_after(doc, j, info is not None and info.kind == KIND_COUNTRY):
            return True  # Black Sea Fleet, Kharkiv Regional Military Administration: the body, not the place
        if evidence.nuclear_plant_after(doc, j):
            return True  # the Zaporizhzhia nuclear power plant: the plant (at Enerhodar), not the region
        minor = info is None or not info.is_major
        if minor and (doc.possessive_name_after(j) or doc.number_after(j) or doc.personal_possessive_after(j)):
            return True  # Hope's Wings, St. Patrick's Day, Highway 200, Wilder's estate
        if minor and doc.ampersand_after(j):
            return True  # Stevens & Wilkinson, Johnson & Johnson: a firm
        if evidence.news_agency_after(doc, j) and (info is None or info.log_pop < _PUBLIC_SEAT_LOG_POP):
            return True  # the Lusa agency, the Anadolu news agency; not the Atlanta agency
        if minor and (evidence.street_after(doc, j) or evidence.street_list_after(doc, j)
                      or evidence.numbered_after(doc, j)):
            return True  # 508 Cumberland St., Lakeview and Harrison streets, Lot No. 15
        if minor and self._modifies_bigger_place(doc, j, info):
            return True  # Metro Vancouver, Rodeo Gainesville: a word before the place meant
        return doc.word_after(j) in DISEASE_HEADS or doc.hyphen_compound_after(j, self.names) \
            and not evidence.hyphen_place_after(doc, j, self.names)  # not Paris-Henry County

    def _unknown(self, doc: TextView, taken: set[tuple[int, int]], persons: set[str],
                 compounds: list[int] = ()) -> list[RawMention]:
        """Names the gazetteer lacks, announced by triggers; then their other occurrences.

        ``compounds`` are tokens where a known name the text supports runs on through an Arabic
        article (``Bab al-Tabbaneh``): the whole name is the place.
        """
        text, first, last = doc.text, doc.starts, doc.ends
        found: list[RawMention] = []
        starts = {s for s, _ in taken}
        known_end = dict(taken)

        def add(a: int, b: int, cue: str | None, *, longer: bool = False, located: bool = False,
                respells: int | None = None) -> None:
            start, end = first[a], last[b]
            key = fold(text[start:end])
            # a longer name headed by "camp" or "neighbourhood" wins over the known word it starts with
            free = start not in starts or longer and known_end.get(start, end) < end
            if free and key not in persons and self._plausible_unknown(doc, a, b, key):
                suffix = doc.suffix_after(b) or evidence.division_list_head(doc, b)
                found.append(RawMention(start, end, text[start:end], key, False, cue, suffix, located=located,
                                        respells=respells))
                starts.add(start)

        for i in compounds:
            span = doc.name_at(i)
            if span is not None:
                add(span[0], evidence.hyphen_chain_end(doc, span[1]), doc.cue_before(i) or doc.list_cue(i),
                    located=True, longer=True)

        for m in doc.matches_at(_TRIGGER_RE, _TRIGGER_WORDS):
            i = doc.token_at(m.end())
            cue = doc.cue_before(i) if i is not None else None
            span = doc.name_at(i) if cue in _NAME_CUES else None
            if span is None:
                continue
            add(*span, cue)
            # "the cities of A, B, and the town of C": the list continues
            for item in _list_items_after(doc, span[1]) if cue in ("town", "site") else ():
                add(*item, cue)
        for m in doc.matches_at(_REGION_OF_RE, _REGION_OF_WORDS):
            i = doc.token_at(m.end())
            span = doc.name_at(i) if i is not None else None
            if span is not None:
                add(*span, "region")
                # "the territories of Beni (North Kivu) and Irumu": each item a division
                for item in _list_items_after(doc, span[1]) if m.group(1) else ():
                    add(*item, "region")
        for m in doc.matches_at(_REGION_SUFFIX_RE, _REGION_HEADS, lead=1):
            k = doc.token_at(m.start(1))
            span = doc.name_before(k) if k is not None else None
            if span is not None:
                add(*span, "region")
        for k in () if _NAME_FINAL_HEADS.isdisjoint(doc.vocabulary) else doc.capitals:
            span = doc.name_before(k) if doc.lower[k] in _NAME_FINAL_HEADS else None
            if span is not None:
                add(span[0], k, "region")  # Western Zone, Gaza Sector
        if not _DIVISION_PLURALS.isdisjoint(doc.vocabulary):
            for k in doc.capitals:  # "Otter Tail, Swift and Wilkin counties": each item a county
                span = doc.name_at(k) if first[k] not in starts else None
                if span is not None and evidence.division_list_head(doc, span[1]):
                    add(*span, "region")
        for m in doc.matches_at(_TOPO_SUFFIX_RE, TOPO_HEADS, lead=1):
            # "Tennessee Colony", "Greer Station": a place of its own, even if the gazetteer lacks it
            k = doc.token_at(m.start(1))
            span = doc.name_before(k) if k is not None else None
            if span is None or not is_real_place(self.names.info(fold(text[first[span[0]]:last[span[1]]]))):
                continue  # only a known place's name makes "X Station" a place, not "Memorial Park"
            if not doc.sentence_start(span[0]) or doc.locative_before(span[0]):
                add(span[0], k, None)
        for a, b in self._unknown_landforms(doc) + _prefixed_places(doc):
            inside = sorted((s, e) for s, e in taken if s < last[b] and first[a] < e)
            if inside == [(first[a], last[a])] and doc.lower[a] in _ARABIC_PREFIXES:
                starts.discard(first[a])  # "Ras" alone is a Saudi town; "Ras Isa" is the cape
                inside = []
            elif inside and inside[0] == (first[a], last[a]) and doc.lower[a] in _OF_LANDFORM_HEADS \
                    and all(e <= last[b] for _, e in inside):
                starts.difference_update(s for s, _ in inside)  # "Gulf of Fonseca": not the Gulf, nor Fonseca
                inside = []
            if not inside:
                add(a, b, None)  # "Lake Erie" stays the known Erie the landform rules read
        if not NAMED_PLACE_HEADS.isdisjoint(doc.vocabulary):
            for a, b in self._headed_names(doc):
                add(a, b, "town", longer=True)
        if not LOWER_PLACE_HEADS.isdisjoint(doc.vocabulary):
            for a, b in _lower_headed_places(doc):
                add(a, b, None, located=True)  # the Pejompongan area, in Kan Taw village
        if " (" in text:
            for (a, b), other in self._aliases(doc, taken):
                add(a, b, None, located=True, respells=other)
        for (a, b), other in evidence.respellings(doc, taken | {(m.start, m.end) for m in found}):
            add(a, b, None, located=True, longer=True, respells=other)  # Beled Hawo, also spelled Bulo Hawo
        for span, cue in evidence.apposed_names(doc):
            add(*span, cue)  # Paletwa, a strategic town
        for span in evidence.located_where(doc):
            add(*span, None, located=True)  # in Skirbeck, where residents ...
        for k in doc.capitals if not INHABITANTS.isdisjoint(doc.lower) else ():
            if (doc.lower[k - 1] == "of" or doc.list_item_before(k) is not None) and first[k] not in starts \
                    and doc.inhabitants_before(k) \
                    and (span := doc.name_at(k)):
                add(*span, "town")  # residents of Thandwe, a resident of Wyberton
        for a, b in evidence.route_pairs(doc):
            add(a, b, None, located=True)  # the Kaya-Barsalogho road: both ends places
        for a, b in self._listed_with_places(doc, taken):
            add(a, b, None, located=True)  # in Bunia and in Mahagi, between Boston and Tattershall
        placed = set()
        for a, b in _relatively_placed(doc):
            if first[a] not in starts:
                add(a, b, None, located=True)  # Korioumé, 18 km south of Timbuktu; Mamove, north of Oicha
                placed.add((first[a], last[b]))
        for a, b in self._placed_in_divisions(doc, taken):
            add(a, b, None, located=True)  # at a gathering in Tudun Biri in Kaduna state
        for a, b in self._listed_before_places(doc, taken | placed):
            add(a, b, "list", located=True)  # near Pisky, Vodiane and Avdiivka; in Kawuri, Borno state
        for a, b in self._bare_located(doc, persons):
            add(a, b, None, located=True)  # fighting in Gorgadji; families from Thiou and Koumbri
        keys = {m.key for m in found}
        if keys:
            for k in doc.capitals:
                start = first[k]
                if start in starts:
                    continue
                span = doc.name_at(k)
                if span and fold(text[start:last[span[1]]]) in keys:
                    end = last[span[1]]
                    found.append(RawMention(start, end, text[start:end], fold(text[start:end]),
                                            False, doc.cue_before(k), doc.suffix_after(span[1])))
                    starts.add(start)
        return found

    @staticmethod
    def _listed_with_places(doc: TextView, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names listed after an accepted place a locative introduces: ``in Bunia and in Mahagi``.

        Parameters
        ----------
        doc
            The document.
        taken
            Character spans (start, end) of the accepted known mentions.

        Returns
        -------
        list of (int, int)
            Token spans of the names that continue such lists.
        """
        out = []
        for start, end in sorted(taken):
            i, j = doc.token_at(start), doc.token_ending_at(end)
            if i is None or j is None or doc.list_item_after(j) is None or not doc.locative_before(i):
                continue
            items = _list_items_after(doc, j, closed=True)
            # "Abdou Maiga in Niamey and Issa Ouedraogo in Ouagadougou": a second person placed like the first;
            # "near Manbij and the Tishrin dam": a dam named after a place
            out += [span for span in items if _word_after_item(doc, span[1]) != doc.lower[i - 1]
                    and not _heads_a_noun(doc, span)]
        return out

    @staticmethod
    def _aliases(doc: TextView, taken: set[tuple[int, int]]) -> list[tuple[tuple[int, int], int]]:
        """Spellings the gazetteer lacks that a bracket pairs with an accepted place (``Dollow (Doolow)``).

        Parameters
        ----------
        doc
            The document.
        taken
            Character spans (start, end) of the accepted known mentions.

        Returns
        -------
        list of ((int, int), int)
            Token span of the other spelling of each pair, and the start offset of the accepted one.
        """
        out = []
        for outer, inner in evidence.parenthesised_aliases(doc):
            spans = [(doc.starts[a], doc.ends[b]) for a, b in (outer, inner)]
            if spans[0] in taken and spans[1] not in taken:
                out.append((inner, spans[0][0]))
            elif spans[1] in taken and spans[0] not in taken:
                out.append((outer, spans[1][0]))
        return out

    @staticmethod
    def _unknown_landforms(doc: TextView) -> list[tuple[int, int]]:
        """Spans of water bodies and landforms by their head: ``Lake Kivu``, ``Litani River``,
        ``Hamrin Mountains``, ``Jabal al-Zawiya``, ``Ras Isa``, ``the River Derwent``, ``both banks of the
        Nistru`` (the gazetteer may lack them)."""
        out = []
        for k in doc.capitals:
            word = doc.lower[k]
            if k + 1 < doc.n and doc.gaps[k] == " " and (word in LANDFORM_PREFIXES or word in ARABIC_LANDFORM_PREFIXES
                                                       or word in _THE_LANDFORM_PREFIXES
                                                       and doc.words_before(k, 1) == ("the",)):
                span = doc.name_at(k)
                if span is not None and span[1] > k and not doc.all_caps(k):
                    out.append(span)
                    continue
            if word in _UNKNOWN_LANDFORM_HEADS and not doc.all_caps(k) and k > 0:  # (Fanshawe Lake was ...)
                span = doc.name_before(k)
                if span is not None and not doc.lower[span[0]] in STOPWORDS:
                    out.append((span[0], k))
        if not _LOWER_LANDFORM_HEADS.isdisjoint(doc.vocabulary):
            out += Recognizer._lower_headed_landforms(doc)
        if not _OF_LANDFORM_HEADS.isdisjoint(doc.vocabulary):
            out += Recognizer._of_headed_landforms(doc)
        if not RIVER_BANKS.isdisjoint(doc.lower):
            out += [span for k in doc.capitals if doc.lower[k - 1] == "the" and evidence.river_bank_before(doc, k)
                    and (span := doc.name_at(k))]
        return out

    @staticmethod
    def _of_headed_landforms(doc: TextView) -> list[tuple[int, int]]:
        """``Gulf of Urabá``, ``Bay of Campeche``: a capitalised water head, ``of`` and a name.

        Parameters
        ----------
        doc
            The document.

        Returns
        -------
        list of (int, int)
            Token spans from the head to the end of the name.
        """
        out = []
        for k in doc.positions(_OF_LANDFORM_HEADS):
            if k >= doc.n - 2 or not doc.caps[k] or doc.all_caps(k) \
                    or doc.lower[k + 1] != "of" or doc.gaps[k] != " " or doc.gaps[k + 1] != " ":
                continue
            i = k + 3 if doc.lower[k + 2] == "the" and k + 3 < doc.n and doc.gaps[k + 2] == " " else k + 2
            span = doc.name_at(i)
            if span is not None and doc.lower[i] not in STOPWORDS:
                out.append((k, span[1]))
        return out

    @staticmethod
    def _lower_headed_landforms(doc: TextView) -> list[tuple[int, int]]:
        """``the Litani river``, ``the al-Ghab plain``: a lower-case head after ``the`` and a name.

        The span is the name alone (with its Arabic article); the head stays out of it.
        """
        return [span for k in doc.positions(_LOWER_LANDFORM_HEADS) if k > 0 and not doc.caps[k]
                and (span := _the_name_before(doc, k)) is not None]

    @staticmethod
    def _headed_names(doc: TextView) -> list[tuple[int, int]]:
        """``the Zamzam displacement camp``, ``the Tel al-Sultan neighborhood``: a named camp or quarter is a place.

        Without ``the``, a locative must announce it: ``the attack on Zamzam camp``, not ``Biden camp``.
        """
        out = []
        for k in doc.positions(NAMED_PLACE_HEADS):
            if k == 0 or doc.caps[k]:
                continue
            head = k - 1 if doc.lower[k - 1] in CAMP_MODIFIERS and not doc.caps[k - 1] else k
            span = _the_name_before(doc, head) or _located_name_before(doc, head)
            if span is not None:
                out.append(span)
        return out

    def _listed_before_places(self, doc: TextView, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names a locative opens a list with, up to an accepted place further on: ``near Pisky, Vodiane and
        Avdiivka``, ``in Kawuri, Borno state``.

        A known place later in the list vouches for the items ``and`` closes with it; a comma alone joins a
        name to a division or a country after it (``in X, Y`` reads "X in Y"), not to a town (``a match to
        Lovelle Mixon, Oakland police said``).

        Parameters
        ----------
        doc
            The document.
        taken
            Character spans (start, end) of the accepted known mentions.

        Returns
        -------
        list of (int, int)
            Token spans of the list items the gazetteer lacks.
        """
        accepted = {doc.token_at(start): end for start, end in taken}
        heads: set[int] = set()
        out = []
        for k in sorted(k for k in accepted if k is not None):
            if doc.list_item_before(k) is None:
                continue  # the first item: _listed_with_places reads the list after it
            k = _list_head(doc, k)
            if k is None or k in heads or not doc.locative_before(k) or doc.words_before(k, 2) == _ACCORDING_TO:
                continue
            heads.add(k)
            first = doc.name_at(k)
            if first is None or not self._listed_name(doc, first):
                continue  # (From Ibrahim Musa, Maiduguri, and ...: a byline's people)
            items, joined = _list_run(doc, first[1])
            items.insert(0, first)
            known = [n for n, span in enumerate(items) if accepted.get(span[0]) == doc.ends[span[1]]]
            last = max([n for n in known if n <= joined] + [n for n in known if self._contains_before(doc, items[n])],
                       default=0)
            if last == 0 or _word_after_item(doc, items[-1][1]) in _LIST_HEAD_NOUNS:
                continue  # (Glacier Ridge, Deer Run and Thomas elementary schools: buildings)
            out += [span for span in items[:max(last, joined) + 1] if span[0] not in accepted
                    and _word_after_item(doc, span[1]) != doc.lower[k - 1] and not _heads_a_noun(doc, span)
                    and self._listed_name(doc, span)]
        return out

    def _placed_in_divisions(self, doc: TextView, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names set in a division or a country the text names right after them: ``in Tudun Biri in Kaduna
        state``, ``in Kuyambana in Zamfara``.

        Parameters
        ----------
        doc
            The document.
        taken
            Character spans (start, end) of the accepted known mentions.

        Returns
        -------
        list of (int, int)
            Token spans of the names before ``in`` and the division.
        """
        out = []
        for start, end in taken:
            k, e = doc.token_at(start), doc.token_ending_at(end)
            if k is None or e is None or k < 3 or doc.lower[k - 1] != "in" or doc.gaps[k - 1] != " ":
                continue
            span = _name_with_articles_before(doc, k - 1)
            if span is not None and doc.words_before(span[0], 1) == ("in",) and not doc.sentence_start(span[0]) \
                    and self._contains_before(doc, (k, e)):
                out.append(span)
        return out

    def _bare_located(self, doc: TextView, persons: set[str]) -> list[tuple[int, int]]:
        """Names the gazetteer lacks that a bare preposition places: ``an attack in Gorgadji``, ``families
        arrived from Thiou and Koumbri``, ``the strike at Olenya``.

        A preposition says little about a capitalised word on its own (``at Walmart``, ``from Bill Sohovich``,
        ``in TxDOT's list``), so the name must also look like one no English text uses otherwise: see
        :meth:`_foreign_name`. The items ``and`` closes a list with after such a name count too.

        Parameters
        ----------
        doc
            The document.
        persons
            Folded names of the document's people.

        Returns
        -------
        list of (int, int)
            Token spans of the names (the resolver places them by their sentence, or leaves them unresolved).
        """
        out = []
        for k in doc.positions(_PLACING_WORDS):
            if k + 1 >= doc.n or doc.gaps[k] != " " or not doc.caps[k + 1] or not _places_next(doc, k):
                continue
            span = doc.name_at(k + 1)
            if span is None or doc.headline(k + 1) or not self._foreign_name(doc, span, persons):
                continue
            if doc.lower[k + 1] in ARTICLES and (doc.lower[k],) not in _ARTICLE_NAME_LOCATIVES:
                continue  # fighters from Al-Shabaab: a body such a name calls
            out.append(span)
            out += [item for item in _list_items_after(doc, span[1], closed=True)
                    if self._foreign_name(doc, item, persons)]  # (which refuses a facility's noun after it too)
        return out

    def _foreign_name(self, doc: TextView, span: tuple[int, int], persons: set[str]) -> bool:
        """Whether a capitalised name reads as a place name English does not otherwise use.

        Not an acronym, a code or a name with inner capitals (``TxDOT``, ``H5N1``, ``McHale``); no given name
        first, no title; no short hyphenated part (``Wal-Mart``, ``Tri-State``); no everyday English word
        (``Movement``, ``Walmart``, ``United Russia``); no possessive after it (``McHale's pub``); and not the
        surname a capitalised word stands before elsewhere in the text (``Paramahansa Yogananda``).
        """
        a, b = span
        words, lower = doc.words, doc.lower
        if b > a and self.names.is_firstname(words[a]) or doc.possessive_after(b):
            return False  # from Bill Sohovich; a single rare given name is as often a village (Utako)
        if doc.word_after(b) in _NOUNS_NAMED_AFTER:
            return False  # at Mitiga airport, from Huthi attacks: the facility or the group
        for t in range(a, b + 1):
            word = words[t]
            if not word.isalpha() or word[1:] != lower[t][1:] or lower[t] in PERSON_TITLES:
                return False
            if t < b and doc.gaps[t] in "-‐" and lower[t] not in ARTICLES and min(len(word), len(words[t + 1])) < 4:
                return False
            if lower[t] not in CONNECTORS and not (t > a and doc.gaps[t - 1] in IN_WORD) \
                    and self.names.is_everyday(lower[t]):
                return False  # (Khuza'a: the letter after the apostrophe is no word of its own)
        return not (a == b and (lower[a] in persons or _surname_elsewhere(doc, a)))

    def _listed_name(self, doc: TextView, span: tuple[int, int]) -> bool:
        """Whether a list item may be a place: no building's or body's word, no acronym, no given name
        opening two words (``From Ibrahim Musa, Maiduguri``: a byline)."""
        a, b = span
        if not _BUILDING_HEADS.isdisjoint(doc.lower[a:b + 1]) or doc.all_caps(a):
            return False
        return a == b or not self.names.is_firstname(doc.words[a])

    def _contains_before(self, doc: TextView, span: tuple[int, int]) -> bool:
        """Whether the known place at token ``span`` is a division or a country that may contain the name a
        comma puts before it (``Kawuri, Borno``, ``Kawuri, Konduga local government area``)."""
        info = self.names.info(fold(doc.text[doc.starts[span[0]]:doc.ends[span[1]]]))
        if info is None:
            return False
        return info.kind in (KIND_ADMIN1, KIND_COUNTRY) or doc.suffix_after(span[1]) is not None


    def _plausible_unknown(self, doc: TextView, a: int, b: int, key: str) -> bool:
        if key in self.names or self._glued_to_non_place(doc, b, None) or evidence.ends_in_street_word(doc, b):
            return False  # known names were judged by the scan; near Adelaide Street: a street
        if b > a and doc.lower[b] in _BUILDING_HEADS:
            return False  # Fithian House, the Elks Club, Magdalen College School: a building or a body
        if doc.after_title(a) or doc.lower[a] in PERSON_TITLES and b > a and self.names.is_firstname(doc.words[a + 1]):
            return False  # Mayor Jay Williams; not Sheikh Maqsoud
        if b > a and doc.all_caps(a) and not doc.all_caps(b):
            return False  # SOS Children's Villages: an acronym opens an organisation's name
        words = key.split()
        if not words or words[0] in STOPWORDS or words[0] in MONTHS or words[0] in WEEKDAYS:
            return False
        if key in self.demonym_cc or any(w in self.demonym_cc for w in words):
            return False
        if words[0] in NOT_PLACES and words[0] not in DIRECTIONS:
            return False  # Islamic State, Hamas territory: a faith's or a group's word names no place
        if all(w in PLACE_TYPE_WORDS or w in DIRECTIONS for w in words):
            return False
        return not doc.glued_capital_before(a) or evidence.route_end(doc, a, b)  # the Kaya-Dori road


#: prepositions that place a name the gazetteer lacks after them, given the name looks like a foreign place's
#: (:meth:`Recognizer._bare_located`); ``to`` and ``on`` take too many other things (``talked to``, ``on Telegram``)
#: and place a name only after a journey or an attack (:func:`_places_next`)
_BARE_LOCATIVES = frozenset("in at near from towards toward outside around into through inside".split())
#: words before such a preposition that make the name after it no place (``translated from Amharic``)
_NOT_LOCATED_BEFORE = frozenset({("translated",)})
#: lower-case nouns for a part or a feature of a place that ``of`` ties to its name (``the market of Kibua``,
#: ``the edge of Stupochky``, ``the camps of Farchana``, ``the department of Mezam``), as reports translated
#: from French or Arabic write them
_PLACE_PART_NOUNS = frozenset("""
market markets edge entrance exit forest forests zone zones hill hills mountains highlands lands orchards
department arrondissement quarter quarters camps road axis base post site checkpoint crossing ward wards front
fronts population populations grouping sector chiefdom valley plain plains
""".split())
#: words that, a few words before ``to``, make it the end of a journey (``were flown to Sévaré``, ``fled to
#: Mahaday``, ``relocation to Nakivale``)
_JOURNEY_WORDS = frozenset("""
fled flee flees fleeing flown flew moved move moving travel travelled traveled travelling traveling return
returned returning returns relocated relocation relocations displaced deployed deploy sent transferred evacuated
evacuation crossed headed heading went bound arrivals walked driven taken
""".split())
#: nouns and verbs of an attack that ``on`` ties to its target (``the attack on Yelwata``, ``advanced on Kiwanja``)
_ATTACK_WORDS = frozenset("attack attacks strike strikes raid raids assault offensive advanced advance".split())
#: lower-case nouns after a name that make it a facility's, a group's or a people's (``Mitiga airport``,
#: ``Huthi targets``, ``Bedouin herders``), not the place meant
_NOUNS_NAMED_AFTER = FACILITY_NOUNS | ARMED_GROUP_NOUNS | frozenset("airport jail targets attacks herders".split())
#: the words that may place a capitalised name right after them (see :func:`_places_next`)
_PLACING_WORDS = _BARE_LOCATIVES | {"of", "to", "on"}


def _places_next(doc: TextView, k: int) -> bool:
    """Whether the word at token ``k`` places the name after it: a bare locative (``in``, ``at``, ``from``), or
    ``of`` after a place's part (``the market of``), ``to`` after a journey (``fled to``), ``on`` after an attack."""
    word = doc.lower[k]
    if word in _BARE_LOCATIVES:  # (Stampede Kills 4 At Discotheque: a title's capitals; translated from Amharic)
        return (not doc.caps[k] or _opens_clause(doc, k)) and doc.words_before(k, 1) not in _NOT_LOCATED_BEFORE
    if doc.caps[k] or k == 0 or doc.gaps[k - 1] != " ":
        return False
    if word == "of":
        return doc.lower[k - 1] in _PLACE_PART_NOUNS
    if word == "on":
        return doc.lower[k - 1] in _ATTACK_WORDS
    return not _JOURNEY_WORDS.isdisjoint(doc.words_before(k, 4))


def _opens_clause(doc: TextView, k: int) -> bool:
    """Whether token ``k`` opens a sentence, a line or a bulleted item (``- In Jikharra, ...``, ``• At Wulgo``)."""
    return doc.sentence_start(k) or "\n" in doc.gaps[k - 1] or doc.gaps[k - 1].rstrip()[-1:] in _ITEM_MARKS


#: marks that open a bulleted item or a heading's text
_ITEM_MARKS = frozenset("-–—•:;")


def _surname_elsewhere(doc: TextView, k: int) -> bool:
    """Whether the word at token ``k`` stands elsewhere in the text right after a capitalised word that is no
    function word, direction or preposition: a surname (``Paramahansa Yogananda``, later ``at Yogananda``)."""
    word = doc.lower[k]
    for t in doc.capitals:
        if t != k and t > 0 and doc.lower[t] == word and doc.gaps[t - 1] == " " and doc.caps[t - 1] \
                and not doc.sentence_start(t - 1) and doc.lower[t - 1] not in STOPWORDS \
                and doc.lower[t - 1] not in DIRECTIONS and doc.lower[t - 1] not in _BARE_LOCATIVES:
            return True
    return False


def _sizable_acronym(doc: TextView, i: int, info) -> bool:
    """Whether a name written in capitals keeps its place reading in a body's context: a country of a
    million people (``the UAE said``), or a division of a million without ``the`` (``NSW officials``)."""
    if info.log_pop < 6.0:
        return False
    return info.kind == KIND_COUNTRY or info.kind == KIND_ADMIN1 and doc.words_before(i, 1) != ("the",)


def _opens_dateline(doc: TextView, i: int, j: int) -> bool:
    """Where a short capitalised name may be a dateline: a line start, after a slash, or a briefing's
    sentence-initial heading with a colon (``GAZA: Israeli strikes...``)."""
    return doc.line_start(i) or doc.slash_after(i - 1) \
        or doc.sentence_start(i) and doc.gaps[j].startswith(": ")


#: ``according to A, B and C``: sources, not places
_ACCORDING_TO = ("according", "to")
#: plural nouns after a list's last item that make its items buildings or bodies (``Deer Run and Thomas
#: elementary schools``)
_LIST_HEAD_NOUNS = FACILITY_NOUNS | frozenset("elementary schools hospitals universities companies firms groups "
                                              "clans families tribes communities militias forces".split())
#: how many items a list may run back from an accepted place to its head
_LIST_ITEMS = 12


def _list_head(doc: TextView, k: int) -> int | None:
    """First token of the list whose item starts at token ``k`` (``A`` in ``A, B and C`` from ``C``)."""
    for _ in range(_LIST_ITEMS):
        prev = doc.list_item_before(k)
        if prev is None:
            return k
        span = doc.name_ending_at(prev)
        if span is None:
            return None
        k = span[0]
    return None


def _list_run(doc: TextView, b: int) -> tuple[list[tuple[int, int]], int]:
    """The items after the list item ending at token ``b``, and how many of them ``and``/``or`` closes."""
    out = []
    last_joined = 0
    while (after := doc.list_item_after(b)) is not None:
        joined = any(w in _JOINERS for w in doc.lower[b + 1:after])
        span = doc.name_at(after) or (_trigger_item(doc, after) if joined else None)
        if span is None:
            break
        out.append(span)
        if joined:
            last_joined = len(out)
        b = span[1]
    return out, last_joined


def _trigger_item(doc: TextView, k: int) -> tuple[int, int] | None:
    """The name a trigger at token ``k`` announces as a list's last item: ``A, B and the city of C``."""
    if k + 2 >= doc.n or TRIGGERS_BEFORE.get((doc.lower[k], doc.lower[k + 1])) not in ("town", "region") \
            or doc.gaps[k] != " " or doc.gaps[k + 1] != " ":
        return None
    return doc.name_at(k + 2)


def _list_items_after(doc: TextView, b: int, closed: bool = False) -> list[tuple[int, int]]:
    """The names that continue a list after the item ending at token ``b`` (``B`` and ``C`` in ``A, B and C``).

    Parameters
    ----------
    doc
        The document.
    b
        Last token of the list's first name.
    closed
        Keep only items up to the last one ``and`` or ``or`` joins: a comma alone may end a clause
        instead (``In Youngstown, Mayor Jay Williams said``).

    Returns
    -------
    list of (int, int)
        Token spans of the following items, up to the first item that is no capitalised name.
    """
    out, last_joined = _list_run(doc, b)
    return out[:last_joined] if closed else out


def _heads_a_noun(doc: TextView, span: tuple[int, int]) -> bool:
    """Whether ``the`` and a facility's or a body's noun frame a name the gazetteer lacks (``the Tishrin dam``).

    A known place's name is kept there, as LGL annotates it (``the Benghazi hospital``).
    """
    b = span[1]
    return doc.words_before(span[0], 1) == ("the",) and doc.word_after(b) in FACILITY_NOUNS and not doc.caps[b + 1]


def _word_after_item(doc: TextView, b: int) -> str | None:
    """The word after a list item ending at token ``b``, past a comma (``Bob Gibbs, from Lakeville``)."""
    return doc.lower[b + 1] if b + 1 < doc.n and doc.gaps[b].strip() in ("", ",") else None


#: words that join the items of a list
_JOINERS = frozenset(("and", "or"))


#: plural heads of :data:`LOWER_PLACE_HEADS`: they close a list of names (``the Petare and Catia neighbourhoods``)
_PLURAL_PLACE_HEADS = frozenset(w for w in LOWER_PLACE_HEADS if w.endswith("s"))


def _lower_headed_places(doc: TextView) -> list[tuple[int, int]]:
    """Names a lower-case place head follows: ``the Pejompongan area``, ``in Kan Taw village``,
    ``Guayaquil's Urdesa neighbourhood``, ``the Kibera and Mathare settlements``.

    ``the``, a possessive or a locative word must frame the name (or the first item of the list a plural head
    closes): ``Biden village`` alone is no place.

    Parameters
    ----------
    doc
        The document.

    Returns
    -------
    list of (int, int)
        Token spans of the names, without their head.
    """
    out = []
    for k in doc.positions(LOWER_PLACE_HEADS):
        if k == 0 or doc.caps[k]:
            continue
        span = _name_with_articles_before(doc, k)
        if span is None:
            continue
        items = _list_items_before(doc, span[0]) if doc.lower[k] in _PLURAL_PLACE_HEADS else []
        first = items[0][0] if items else span[0]
        if not doc.sentence_start(first) and (doc.words_before(first, 1) in (("the",), ("on",))
                                              or _possessive_before(doc, first) or doc.locative_before(first)):
            out += items + [span]
    return out


#: prepositions after which an Arabic article and a capitalised word name a place (``in Al-Khuwei``): the bare
#: locatives but ``from`` and ``through``; ``from``, like ``to``, also takes the bodies such names call (``ties to
#: Al-Qaeda``, ``fighters from Al-Shabaab``)
_ARTICLE_NAME_LOCATIVES = frozenset((w,) for w in _BARE_LOCATIVES - {"from", "through"})


def _bare_article(doc: TextView, raw: RawMention, i: int, j: int) -> bool:
    """Whether the scan matched only the Arabic article of a longer name (``Al`` of ``Al-Khuwei``)."""
    return i == j and raw.key in ARTICLES and j + 1 < doc.n and doc.gaps[j] in ("-", "‐") and doc.caps[j + 1]


def _prefixed_places(doc: TextView) -> list[tuple[int, int]]:
    """Names an Arabic settlement word opens: ``Ain Zara``, ``Kafr Lusin``, ``Beit Awwa`` (see
    :data:`~gazetteer.lexicon.ARABIC_PLACE_PREFIXES`).

    Parameters
    ----------
    doc
        The document.

    Returns
    -------
    list of (int, int)
        Token spans from the settlement word to the end of the name.
    """
    if ARABIC_PLACE_PREFIXES.isdisjoint(doc.vocabulary):
        return []
    out = []
    for k in doc.capitals:
        if doc.lower[k] in ARABIC_PLACE_PREFIXES and k + 1 < doc.n and doc.gaps[k] in (" ", "-", "‐") \
                and doc.caps[k + 1] and not doc.all_caps(k):
            span = doc.name_at(k)
            if span is not None and span[1] > k:
                out.append(span)
    return out


def _relatively_placed(doc: TextView) -> list[tuple[int, int]]:
    """Names the text places against another place (see :func:`evidence.relative_positions`): ``Korioumé,
    18 km south of Timbuktu``, ``in Beit Awwa southwest of Hebron``.

    Parameters
    ----------
    doc
        The document.

    Returns
    -------
    list of (int, int)
        Token spans of the names, with their Arabic articles (``Um al-Qura``).
    """
    out = []
    for b, needs_locative in evidence.relative_positions(doc):
        span = _name_with_articles_ending_at(doc, b)
        if span is None or doc.sentence_start(span[0]):
            continue
        if needs_locative and not doc.locative_before(_list_head(doc, span[0]) or span[0]):
            continue
        out.append(span)
    return out


def _list_items_before(doc: TextView, k: int) -> list[tuple[int, int]]:
    """The items of the list before the item starting at token ``k`` (``A`` and ``B`` in ``A, B and C``), in order."""
    out: list[tuple[int, int]] = []
    for _ in range(_LIST_ITEMS):
        prev = doc.list_item_before(k)
        span = doc.name_ending_at(prev) if prev is not None else None
        if span is None:
            break
        out.insert(0, span)
        k = span[0]
    return out


def _possessive_before(doc: TextView, i: int) -> bool:
    """Whether a possessive comes just before token ``i``: ``Guayaquil's Urdesa``, ``the camp's Damaj``."""
    return i > 1 and doc.possessive_after(i - 2) and doc.gaps[i - 1] == " "


def _the_name_before(doc: TextView, k: int) -> tuple[int, int] | None:
    """The capitalised name between ``the`` and token ``k`` (``the al-Ghab plain``), with its Arabic article."""
    span = _name_with_articles_before(doc, k)
    return span if span is not None and doc.words_before(span[0], 1) == ("the",) else None


def _located_name_before(doc: TextView, k: int) -> tuple[int, int] | None:
    """The capitalised name before token ``k`` after a locative word (``on``, ``in``, ``near``)."""
    span = _name_with_articles_before(doc, k)
    if span is None or doc.sentence_start(span[0]):
        return None
    return span if doc.locative_before(span[0]) or doc.words_before(span[0], 1) == ("on",) else None


def _name_with_articles_before(doc: TextView, k: int) -> tuple[int, int] | None:
    """The capitalised name ending before token ``k``, through Arabic articles (``al-Ghab``, ``Tel al-Sultan``)."""
    return _name_with_articles_ending_at(doc, k - 1) if k > 0 and doc.gaps[k - 1] == " " else None


def _name_with_articles_ending_at(doc: TextView, b: int) -> tuple[int, int] | None:
    """The capitalised name whose last token is ``b``, through Arabic articles (``Um al-Qura``, ``al-Ghab``)."""
    span = doc.name_ending_at(b)
    if span is None or doc.lower[span[0]] in STOPWORDS:
        return None
    a = span[0]
    while a > 0 and doc.lower[a - 1] in ARTICLES and doc.gaps[a - 1] in "-‐":
        a -= 1  # al-Ghab
        if a > 0 and doc.gaps[a - 1] == " " and doc.caps[a - 1] and doc.lower[a - 1] not in STOPWORDS:
            a -= 1  # Tel al-Sultan
    return (a, span[1])


def _drop_overlaps(mentions: list[RawMention]) -> list[RawMention]:
    out: list[RawMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out

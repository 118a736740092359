"""Choose among gazetteer candidates with the whole document as context.

Each candidate gets a score, a sum of interpretable terms:

``prior`` (:mod:`gazetteer.priors`)
    population (log scale) and feature kind: a bare country or province name
    usually means the country or province; exact spellings beat names reached
    through the Arabic article, a shared native-script name (Jericho -> أريحا ->
    Ariha) or a consonant skeleton; trigger words agree with the kind ("the town
    of" wants a town, "province of" a division);
``focus`` (:mod:`gazetteer.focus`)
    the countries and divisions the document is about, from unambiguous mentions
    and demonyms ("Syrian"), voted again once the first passes have placed them;
``container``
    "Tripoli, Lebanon", "Qaminas in Idlib countryside", "Tripoli, the capital of Libya":
    inside the named container;
``qualifiers``
    the words just before a name: "the Lebanese port of Tripoli" (in Lebanon),
    "the military government in Naypyitaw" (the capital), "across the Sahel" (a
    region beyond borders, not the province);
``near`` (:mod:`gazetteer.spatial`)
    spatial coherence: close to the other places of the document, their close
    runners-up included, so ambiguous names settle together.

The best candidate wins; :mod:`gazetteer.anchors` writes the mentions: the
softmax share as ``score``, the runners-up as ``alternatives``, and names the
gazetteer lacks placed at the place the text anchors them to
(``resolution="approximate"``) or left without a point (``"unresolved"``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .anchors import REGIONAL, MentionPlacer
from .courses import nearest_on_course
from .focus import DocumentFocus
from .index import Gazetteer, haversine_km
from .lexicon import LANDFORM_HEADS
from .model import MatchKind, Mention, Place, PlaceKind
from .normalize import fold
from .priors import REGIONAL_SUFFIXES, drop_loose_homonyms, is_own_name, parts_own_names, prior
from .recognize import RawMention, Recognition
from .sentences import SentenceIndex
from .spatial import Point, PointSet

#: words between the article and the head of an apposition that names a container (``a small farming town in``)
_APPOSED_MODIFIERS = r"(?:(?!(?:of|in|and|or)\s)[a-z][\w-]*\s+){0,3}?"
#: how general a kind of place is, for "X, Y" containers
_RANK = {PlaceKind.CITY: 0, PlaceKind.OTHER: 0, PlaceKind.ADMIN2: 1, PlaceKind.REGION: 1, PlaceKind.WATER: 1,
         PlaceKind.ADMIN1: 2, PlaceKind.COUNTRY: 3, PlaceKind.CONTINENT: 4}
_CONTAINER_GAP = re.compile(r"^(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:\w+ern\s+)?(?:countryside\s+of\s+|province\s+of\s+)?"
                            r"|,\s+(?:the|a|an)\s+" + _APPOSED_MODIFIERS + r"(?:capital|seat|city|town|village|port)"
                            r"\s+(?:of|in)\s+(?:the\s+)?(?:\w+ern\s+)?)$")
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$")
#: text of a sentence before the name that sets its scene (``In Bihar, ...``)
_SCENE_OPENER = re.compile(r"\s*(?:In|Across|Elsewhere in|Meanwhile in|And in|But in)\s+(?:the\s+)?")
#: kinds of place an opening ``In X,`` sets a sentence in
_SCENE_KINDS = frozenset({PlaceKind.COUNTRY, PlaceKind.ADMIN1})
#: heads the gazetteer writes as part of a division's name (``Clay County``, ``Kharkiv Oblast``)
_HEADED_SUFFIXES = frozenset("county parish township borough governorate oblast province".split())
#: kinds of place a water body's or landform's name can only borrow from a namesake (towns, divisions)
_SETTLED_KINDS = frozenset({PlaceKind.CITY, PlaceKind.ADMIN1, PlaceKind.ADMIN2})
#: how far from a county's (second-level division's) point a town named with it may lie
COUNTY_REACH_KM = 75.0
#: kinds of place whose point says where a town near it lies (a province's centre does not)
_LOCAL_KINDS = frozenset({PlaceKind.CITY, PlaceKind.ADMIN2, PlaceKind.OTHER})
#: kinds of place whose point may lie on a river's bank (a province drawn at its seat: ``Gao``)
_BANK_KINDS = frozenset({PlaceKind.CITY, PlaceKind.ADMIN2, PlaceKind.ADMIN1, PlaceKind.OTHER})
#: heads of a water body the gazetteer may lack, whose name a country bears (``the Niger River``)
_WATER_HEADS = frozenset("river lake sea canal strait".split())


#: a people's name before a place-type noun and ``of`` qualifies the name after it (``the northern Lebanese port of
#: Tripoli``, ``the Romanian village of Plauru``): group 1 is the demonym
_DEMONYM_QUALIFIER = re.compile(
    r"\b([A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}?(?:town|city|village|port|capital|hamlet|settlement|enclave|"
    r"province|region|district|state|island|border\s+town)\s+of\s+(?:the\s+)?$")
#: ``the`` right before a name: a natural region's or a water body's name takes it, a division's or a town's
#: does not (``across the Sahel``, ``Burkina Faso's Sahel region``)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: kinds of place whose bare names take ``the``
_ARTICLE_KINDS = frozenset({PlaceKind.REGION, PlaceKind.WATER})
#: how much text before a mention the qualifier patterns read
_QUALIFIER_WINDOW = 80
#: a government sitting in a city names it for the state it runs (``the military government in Naypyitaw``,
#: ``Federal officials in Washington``): the national capital, not a namesake the story visits
_SEAT_OF_POWER = re.compile(
    r"\b(?:(?:[Ff]ederal|[Nn]ational|[Cc]entral|[Mm]ilitary|[Tt]he)\s+(?:government|officials|authorities|"
    r"administration)|[Dd]iplomats|[Pp]olicymakers)\s+in\s+$")


def _regional(raw: RawMention) -> bool:
    """Whether the text calls the mention a division (``Depayin township``): a town's spelling is no match."""
    return raw.cue == "region" or raw.suffix in REGIONAL_SUFFIXES


#: one reading's part of a name's vote for the document's focus: ``(country, division or None, weight)``
Vote = tuple[str | None, str | None, float]


def _votes(shares: list[tuple[Place, float]]) -> list[Vote]:
    """The votes of readings given their shares: for its country, and for its division unless it is a country."""
    return [(c.country_code, c.admin1_code if c.kind is not PlaceKind.COUNTRY else None, w) for c, w in shares]


@dataclass(slots=True, eq=False)
class Reading:
    """The gazetteer entries one reading of a name may be, and what they alone say (remembered across documents).

    A reading is everything the lookup of a mention reads: its words, its name's key, its
    cues and heads. The priors read no more, so the mentions of a reading share them.
    """

    places: tuple[Place, ...]
    priors: list[float] | None = None  #: context-free prior of each entry
    votes: list[Vote] | None = None  #: the name's vote for the document's focus, by its priors


@dataclass(slots=True)
class Slot:
    """One known mention during resolution."""

    raw: RawMention
    candidates: list[Place]
    scores: list[float]
    #: the reading the candidates are, with its priors; ``None`` once the text added candidates of its own
    reading: Reading | None = None
    choice: int = 0
    container: "Slot | None" = None
    scene: "Slot | None" = None  #: the division or country an opening ``In X,`` sets the sentence in
    sentence: int = 0
    base: list[float] = field(default_factory=list)  #: prior + focus + container of each candidate
    priors: list[float] | None = None  #: context-free prior of each candidate
    stray: bool = False  #: its only readings lie far outside the document's countries
    qualifier: str | None = None  #: the country a demonym before it names (``the Lebanese port of Tripoli``)
    seat: bool = False  #: named as the seat of a government (``the military government in Naypyitaw``)
    article: bool = False  #: written after ``the`` with no place-type word (``across the Sahel``)
    bank: str | None = None  #: the story's town on whose bank a river is drawn (``Gao`` for the Niger)

    @property
    def signature(self) -> tuple:
        """What the score of a mention depends on besides its name's candidates."""
        container = self.container.raw.key if self.container else None
        scene = self.scene.raw.key if self.scene else None
        return (self.raw.key, self.raw.cue, self.raw.suffix, container, scene, self.qualifier, self.seat,
                self.article, self.sentence, tuple(self.base))

    @property
    def place(self) -> Place | None:
        return self.candidates[self.choice] if self.candidates else None


class Resolver:
    """Resolve recognised mentions against a :class:`~gazetteer.Gazetteer`.

    Parameters
    ----------
    gazetteer
        The index to draw candidates from.
    max_candidates
        Candidates considered per name.
    """

    def __init__(self, gazetteer: Gazetteer, max_candidates: int = 20) -> None:
        self.gaz = gazetteer
        self.placer = MentionPlacer(gazetteer)
        self.max_candidates = max_candidates
        self.neighbours = gazetteer.neighbours()
        self.demonyms = gazetteer.demonyms()
        self.courses = gazetteer.water_courses()
        self._candidate_memo: dict[tuple, Reading] = {}

    def __call__(self, text: str, recognition: Recognition) -> list[Mention]:
        slots = [self._slot(raw) for raw in recognition.mentions]
        known = [s for s in slots if s.candidates]
        sentences = SentenceIndex(text)
        for s in known:
            s.sentence = sentences.of(s.raw.start)
            self._read_qualifiers(text, s)
        self._link_containers(text, known)
        self._link_scenes(text, known, sentences)
        focus = self._focus(known, recognition.demonyms)
        for s in _containers_first(known):
            self._score(s, focus, None)  # a container's reading is fixed into the base of what it holds
        self._align_lists(text, known)
        points: PointSet | None = None
        moved = True  #: whether the last pass may have moved the document's places
        for _ in range(2):
            current = self._points(known, points)
            if current == points:
                moved = False
                break  # the document's places did not move: another pass gives the same scores
            points = current
            self._rescore(known, focus, points, final=False)
        self._settle(known, focus, recognition.demonyms, points, moved)
        self._prefer_named_divisions(known)
        self._drop_foreign_strays(known, recognition.demonyms)
        known = [s for s in known if s.candidates]
        chosen = [Point(s.raw.key, s.sentence, s.place, 1.0) for s in known]
        for s in known:
            self._drop_incoherent_fuzzy(s, chosen)
            self._drop_stray_landform(s, chosen)
        self._draw_rivers(text, [s for s in known if s.candidates])
        return self.placer(text, slots, sentences)

    # -- candidates and context ---------------------------------------------------------

    def _slot(self, raw: RawMention) -> Slot:
        reading = self._reading(raw)
        return Slot(raw, list(reading.places), [0.0] * len(reading.places), reading)

    #: distinct mention readings whose candidates are remembered across documents
    CANDIDATE_MEMO_SIZE = 50_000

    def _reading(self, raw: RawMention) -> Reading:
        """The gazetteer entries a mention may be (remembered: news repeats its names)."""
        # everything the choice of entries reads: the words, the name's key, its cues and heads
        asked = (raw.known, raw.text, raw.key, raw.cue, raw.suffix, raw.landform)
        reading = self._candidate_memo.get(asked)
        if reading is None:
            if len(self._candidate_memo) >= self.CANDIDATE_MEMO_SIZE:
                self._candidate_memo.clear()
            reading = self._candidate_memo[asked] = Reading(tuple(self._find_candidates(raw)))
        return reading

    def _find_candidates(self, raw: RawMention) -> list[Place]:
        """Look a mention up: its exact name when known, close spellings when a trigger announced it."""
        if raw.known:
            cands = self._landform_entries(raw) or self.gaz.lookup(raw.text, limit=self.max_candidates, fuzzy=False) \
                or self._closed_compound_entries(raw)
            cands = drop_loose_homonyms(raw, cands)
            cands += self._headed_divisions(raw, cands)
        elif raw.cue:
            # a name only a trigger announced: close spellings may do, if the document's places agree
            cands = [c for c in self.gaz.lookup(raw.text, limit=self.max_candidates, fuzzy=True)
                     if c.match is not MatchKind.NATIVE and not (c.kind is PlaceKind.CITY and _regional(raw))]
            cands += self._headed_divisions(raw, cands)
        else:
            cands = []
        return cands

    def _closed_compound_entries(self, raw: RawMention) -> list[Place]:
        """Entries under the one-word key the scan matched a hyphenated spelling by (``Pétion-Ville``)."""
        if "-" not in raw.text and "‐" not in raw.text:
            return []
        return self.gaz.lookup(raw.key, limit=self.max_candidates, fuzzy=False)

    def _landform_entries(self, raw: RawMention) -> list[Place]:
        """The water body or landform the text names with a head the scan left out.

        ``the Dnipro river`` is the river, not the city of Dnipro, when the gazetteer has it.
        """
        if raw.landform is None:
            return []
        head = raw.landform.capitalize()
        full = f"{raw.text} {head}" if raw.landform in LANDFORM_HEADS else f"{head} {raw.text}"
        return [c for c in self.gaz.lookup(full, limit=self.max_candidates, fuzzy=False, native=False)
                if c.kind not in (PlaceKind.CITY, PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.COUNTRY)]

    def _headed_divisions(self, raw: RawMention, cands: list[Place]) -> list[Place]:
        """Divisions the gazetteer names with the head the text puts after the name.

        ``Clay`` in ``Becker, Clay and Wilkin counties`` is ``Clay County``, an entry the bare
        name does not reach; likewise ``Hama`` before ``governorate``.
        """
        if raw.suffix not in _HEADED_SUFFIXES or raw.key.endswith(" " + raw.suffix):
            return []
        seen = {c.gazetteer_id for c in cands}
        return [c for c in self.gaz.lookup(f"{raw.text} {raw.suffix.capitalize()}", limit=self.max_candidates,
                                           fuzzy=False, native=False)
                if c.gazetteer_id not in seen and c.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2)]

    #: other readings of a mention that still count as "nearby places" for the rest of the document
    PLAUSIBLE_MARGIN = 2.5
    PLAUSIBLE_WEIGHT = 0.75
    PLAUSIBLE_RUNNERS = 8

    def _points(self, slots: list[Slot], previous: PointSet | None = None) -> PointSet:
        """Where the document's places may be: each mention's choice, and its close runners-up at a discount.

        Counting runners-up lets two ambiguous names settle together (Huntsville and
        Walker County: both in Texas, or both in Alabama), instead of the first one's
        initial guess deciding for both. Repeated mentions give one point per sentence.

        ``previous``: the points of the pass before, whose nearness answers the new set brings up to date.
        """
        out: dict[tuple, Point] = {}
        local = (PlaceKind.CITY, PlaceKind.ADMIN2)  # a province's centre says little about a town near it

        def add(s: Slot, place: Place, weight: float) -> None:
            key = (s.raw.key, place.gazetteer_id, s.sentence)
            if key not in out or out[key].weight < weight:
                out[key] = Point(s.raw.key, s.sentence, place, weight)

        for s in slots:
            if s.place.kind in local:
                add(s, s.place, 1.0)
            floor = s.scores[s.choice] - self.PLAUSIBLE_MARGIN
            runners = sorted((k for k in range(len(s.candidates)) if k != s.choice and s.scores[k] >= floor),
                             key=s.scores.__getitem__, reverse=True)[:self.PLAUSIBLE_RUNNERS]  # (ties stay in order)
            for k in runners:
                if s.candidates[k].kind in local:
                    add(s, s.candidates[k], self.PLAUSIBLE_WEIGHT)
        return PointSet(list(out.values()), previous)

    #: the part of a country's focus its neighbours receive (at most this share)
    NEIGHBOUR_SHARE = 0.4

    #: bonus for the reading that matches the kind of most items of a list
    LIST_KIND_BONUS = 1.5

    def _align_lists(self, text: str, slots: list[Slot]) -> None:
        """Items of one list are the same kind of place: "Alaska, Alabama, Arizona, ... Oregon" are states."""
        groups: list[list[Slot]] = []
        for a, b in zip(slots, slots[1:]):
            if _LIST_GAP.match(text[a.raw.end:b.raw.start]):
                if groups and groups[-1][-1] is a:
                    groups[-1].append(b)
                else:
                    groups.append([a, b])
        for group in groups:
            if len(group) < 3:
                continue
            kinds = Counter(s.place.kind for s in group)
            kind, count = kinds.most_common(1)[0]
            if count < 0.6 * len(group):
                continue
            for s in group:
                s.base = [b + (self.LIST_KIND_BONUS if c.kind is kind else 0.0)
                          for b, c in zip(s.base, s.candidates)]
                s.scores = list(s.base)
                s.choice = max(range(len(s.candidates)), key=s.scores.__getitem__)

    def _link_containers(self, text: str, slots: list[Slot]) -> None:
        """``X, Y`` and ``X in Y``: Y contains X when Y can be a country or division."""
        def listed(x: Slot, y: Slot) -> bool:
            return bool(_LIST_GAP.match(text[x.raw.end:y.raw.start]))

        for k, (a, b) in enumerate(zip(slots, slots[1:])):
            if not _CONTAINER_GAP.match(text[a.raw.end:b.raw.start]):
                continue
            if k > 0 and listed(slots[k - 1], a) or k + 2 < len(slots) and listed(b, slots[k + 2]):
                continue  # "Alaska, Alabama, Arizona": a list, not "Tripoli, Lebanon"
            if any(c.kind in REGIONAL for c in b.candidates):
                a.container = b
                self._add_contained(a, b, slots)
        self._share_containers(slots)

    @staticmethod
    def _share_containers(slots: list[Slot]) -> None:
        """A name the text once places in a container keeps that container where it stands alone.

        ``TRIPOLI, Lebanon`` in the dateline: a later ``the Tripoli districts`` is the same town,
        not Libya's province (one sense per name in a document). A name the text places in
        two different containers (``Paris, Texas`` and ``Paris, France``) lends neither, nor
        does one the text used bare before qualifying it: ``BIRMINGHAM — ...`` and later
        ``a delegation from Birmingham, Alabama`` sets the qualifier apart for a namesake.
        """
        named: dict[str, set[str]] = {}
        first: dict[str, Slot] = {}
        bare_first: set[str] = set()
        for s in slots:
            if s.container is None and s.raw.key not in named:
                bare_first.add(s.raw.key)
            if s.container is not None:
                named.setdefault(s.raw.key, set()).add(s.container.raw.key)
                first.setdefault(s.raw.key, s.container)
        for key in bare_first:
            named.pop(key, None)
        for s in slots:
            if s.container is None and s.qualifier is None and not s.seat and len(named.get(s.raw.key, ())) == 1:
                s.container = first[s.raw.key]

    @staticmethod
    def _link_scenes(text: str, slots: list[Slot], sentences: SentenceIndex) -> None:
        """``In Bihar, lightning killed four people in Aurangabad and Gaya districts``: the places after
        an opening ``In X,`` lie in X unless the text gives them a container of their own.

        Only the sentence the phrase opens is set there, and the scene is not shared with other
        mentions of the same names elsewhere (``Aurangabad`` in another state two lines up).
        """
        containers = {id(t.container) for t in slots if t.container is not None}
        for k, s in enumerate(slots):
            start = sentences.spans[s.sentence][0]
            if not (_SCENE_OPENER.fullmatch(text[start:s.raw.start]) and text.startswith(",", s.raw.end)
                    and any(c.kind in _SCENE_KINDS for c in s.candidates)):
                continue
            for t in slots[k + 1:]:
                if t.sentence != s.sentence:
                    break
                if t.container is None and id(t) not in containers and t.raw.key != s.raw.key:
                    t.scene = s  # not "McAllen, Texas": Texas qualifies McAllen, it is no town of the scene

    def _read_qualifiers(self, text: str, s: Slot) -> None:
        """The words just before a mention that say which country it lies in, or that a government sits there.

        ``the northern Lebanese port of Tripoli``: Lebanon's, whatever the document's other Tripoli;
        ``Federal officials in Washington``: the capital, though a small Washington was named before.
        """
        before = text[max(0, s.raw.start - _QUALIFIER_WINDOW):s.raw.start]
        # each pattern ends in a word and spaces: only a window ending in that word is searched
        last = before.rstrip()
        match = _DEMONYM_QUALIFIER.search(before) if last.endswith(("of", "the")) else None
        if match is not None:
            s.qualifier = self.demonyms.get(fold(match.group(1)))
        s.seat = last.endswith("in") and _SEAT_OF_POWER.search(before) is not None \
            and any(c.feature_code == "PPLC" for c in s.candidates)
        s.article = last.endswith(("the", "The")) and _THE_BEFORE.search(before) is not None \
            and s.raw.suffix is None and s.raw.cue is None and not s.raw.key.startswith("the ")

    def _add_contained(self, s: Slot, container: Slot, slots: list[Slot]) -> None:
        """Readings of ``s`` inside the country or division its container names, past the candidate limit.

        ``Victoria, Seychelles``: a common name's first candidates are its biggest namesakes,
        which may all lie elsewhere; the text says which country to look in. Every mention
        of the name gets them ("... in Victoria, the capital"). Likewise ``Washington, the seat
        of Wilkes County``: the small town of Georgia, not one of the twenty larger Washingtons.
        """
        if not s.raw.known:
            return
        exact = [c for c in container.candidates if c.match is MatchKind.EXACT]
        countries = {c.country_code for c in exact if c.kind is PlaceKind.COUNTRY and c.country_code}
        found = [c for cc in sorted(countries)
                 for c in self.gaz.lookup(s.raw.text, country=cc, limit=self.CONTAINED_CANDIDATES, fuzzy=False)]
        divisions = {(c.country_code, c.admin1_code) for c in exact
                     if c.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2) and c.country_code and c.admin1_code}
        for cc, admin1 in sorted(divisions):
            inside = [c for c in self.gaz.lookup(s.raw.text, country=cc, limit=None, fuzzy=False)
                      if c.admin1_code == admin1]
            found += inside[:self.CONTAINED_CANDIDATES]
        for twin in slots:
            if twin.raw.key != s.raw.key:
                continue
            seen = {c.gazetteer_id for c in twin.candidates}
            extra = [c for c in found if c.gazetteer_id not in seen]
            if extra:
                twin.candidates += extra
                twin.scores += [0.0] * len(extra)
                twin.reading = None  # candidates of its own: priors of its own

    #: readings inside a named container country added to a mention's candidates
    CONTAINED_CANDIDATES = 5

    def _focus(self, slots: list[Slot], demonyms: Counter, shares=None) -> DocumentFocus:
        """Votes of every distinct name (and demonym) for the countries and divisions the story is about.

        ``shares`` gives each mention's votes, one per candidate that counts (default: by its context-free priors).
        """
        shares = shares or self._prior_shares
        focus = DocumentFocus(self.neighbours, self.NEIGHBOUR_SHARE)
        for cc, n in demonyms.items():
            focus.vote("", cc, None, 0.5 * n)
        seen: set[str] = set()
        for s in slots:
            if s.raw.key in seen:
                continue  # "Dublin" five times is one piece of evidence, not five
            seen.add(s.raw.key)
            focus.vote_name(s.raw.key, shares(s))
        return focus

    def _prior_shares(self, s: Slot) -> list[Vote]:
        """How much a mention says about the document's countries: unambiguous ones say a lot."""
        if s.reading is not None and s.reading.votes is not None:
            return s.reading.votes
        priors = self._priors(s)
        top = max(priors)
        exps = [math.exp(2.0 * (p - top)) for p in priors]
        votes = _votes(_country_shares(s.candidates, exps))
        if s.reading is not None:
            s.reading.votes = votes
        return votes

    #: temperature of a mention's vote once read in context (lower: only the settled reading votes)
    SETTLED_SHARPNESS = 0.5

    def _settled_shares(self, s: Slot) -> list[Vote]:
        """How much a mention says about the document's countries once its context has been read."""
        top = s.scores[s.choice]
        exps = [math.exp(self.SETTLED_SHARPNESS * (v - top)) for v in s.scores]
        z = sum(exps)
        return _votes([(c, e / z) for c, e in zip(s.candidates, exps) if e / z > VOTE_FLOOR])

    def _settle(self, slots: list[Slot], focus: DocumentFocus, demonyms: Counter,
                last: PointSet | None = None, moved: bool = True) -> None:
        """Vote the document's focus again from the readings the first passes chose, and rescore.

        The first focus counts each name by its context-free prior, so a story's ambiguous
        towns vote for their biggest namesakes; once containers, lists and nearness have
        placed them, their readings say where the story is (Georgia the state when its
        towns sit there), and the names still in doubt follow.

        ``last``: the points of the last pass; unless that pass ``moved`` the places, they are
        the document's points still, and their nearness answers hold.
        """
        settled = self._focus(slots, demonyms, self._settled_shares)
        terms: dict[Reading, tuple[list[float], list[float]]] = {}  #: focus terms, once per reading of a name
        for s in slots:
            both = terms.get(s.reading) if s.reading is not None else None
            if both is None:
                countries = _countries(s.candidates)
                before, after = focus.without(s.raw.key, countries), settled.without(s.raw.key, countries)
                both = ([self._focus_term(c, *before) for c in s.candidates],
                        [self._focus_term(c, *after) for c in s.candidates])
                if s.reading is not None:
                    terms[s.reading] = both
            s.base = [b - old + new for b, old, new in zip(s.base, *both)]
        points = last
        if moved or last is None:
            current = self._points(slots, last)
            if current != last:  # (the same places keep ``last``, whose answers are remembered)
                points = current
        self._rescore(slots, settled, points)

    #: weight of the document's share of a candidate's country, and of its first-level division
    COUNTRY_FOCUS_WEIGHT = 4.0
    ADMIN_FOCUS_WEIGHT = 3.0

    def _focus_term(self, c: Place, focus: dict[str, float], admin_focus: dict[tuple, float]) -> float:
        """The document focus part of a candidate's base score."""
        score = self.COUNTRY_FOCUS_WEIGHT * focus.get(c.country_code or "", 0.0)
        if c.admin1_code and c.kind is not PlaceKind.COUNTRY:
            score += self.ADMIN_FOCUS_WEIGHT * admin_focus.get((c.country_code, c.admin1_code), 0.0)
        return score

    # -- scoring ----------------------------------------------------------------------------

    def _rescore(self, slots: list[Slot], focus: DocumentFocus, points: PointSet, *, final: bool = True) -> None:
        """Score every mention against the document's points; repeats of a mention share the answer.

        Before the ``final`` pass, a mention with a single reading is left as it is: its choice
        cannot change, and only its own explanation reads its score.
        """
        done: dict[tuple, Slot] = {}
        for s in slots:
            if not final and len(s.candidates) == 1:
                continue
            signature = s.signature
            twin = done.get(signature)
            if twin is None:
                self._score(s, focus, points)
                done[signature] = s
            else:  # the same name, cue and sentence: the same answer
                s.scores, s.choice = list(twin.scores), twin.choice

    def _priors(self, s: Slot) -> list[float]:
        """The context-free prior of each candidate of ``s`` (computed once per reading)."""
        if s.priors is None:
            if s.reading is not None and s.reading.priors is not None:
                s.priors = s.reading.priors
            else:
                raw = s.raw
                # a country or continent bearing the exact name: a town of that name needs a town cue
                country_named = any(c.kind in (PlaceKind.COUNTRY, PlaceKind.CONTINENT)
                                    and c.match is MatchKind.EXACT for c in s.candidates)
                priors = [prior(raw, c, country_named) for c in s.candidates]
                s.priors = parts_own_names(raw, s.candidates, priors)
                if s.reading is not None:
                    s.reading.priors = s.priors
        return s.priors

    #: candidates this far below the best base score cannot be lifted by nearness or containment
    CONTEXT_MARGIN = 3.0  # the largest context bonus (containment): lower candidates cannot win

    def _score(self, s: Slot, focus: DocumentFocus, points: PointSet | None) -> None:
        if not s.base:
            countries, admins = focus.without(s.raw.key, _countries(s.candidates))
            s.base = [self._base(s, c, prior, countries, admins) for c, prior in zip(s.candidates, self._priors(s))]
        base, scores = s.base, s.scores
        if points is None:
            scores[:] = base
        else:
            key, sentence = s.raw.key, s.sentence
            floor = max(base) - self.CONTEXT_MARGIN
            for k, c in enumerate(s.candidates):
                score = base[k]
                if score >= floor:
                    kind = c.kind
                    if kind is PlaceKind.CITY or kind is PlaceKind.ADMIN2:
                        score += points.nearness(key, sentence, c)
                    elif kind is PlaceKind.COUNTRY or kind is PlaceKind.ADMIN1:
                        score += points.containment(key, c)
                scores[k] = score
        s.choice = max(range(len(scores)), key=scores.__getitem__)

    def _base(self, s: Slot, c: Place, prior: float, focus: dict[str, float],
              admin_focus: dict[tuple, float]) -> float:
        """Prior, document focus and explicit container: the terms that do not move between passes."""
        container = s.container.place if s.container and s.container.candidates else None
        score = prior + self._focus_term(c, focus, admin_focus)
        if container is not None and _RANK[c.kind] < _RANK[container.kind]:
            score += self._container_term(c, container)
        scene = s.scene.place if s.scene and s.scene.candidates else None
        if scene is not None and scene.kind in _SCENE_KINDS and _RANK[c.kind] < _RANK[scene.kind]:
            score += max(0.0, self._container_term(c, scene))  # a scene lifts its places, sinks no others
        if s.qualifier is not None and _RANK[c.kind] < _RANK[PlaceKind.COUNTRY]:
            score += self.QUALIFIED_BONUS if c.country_code == s.qualifier else -self.QUALIFIED_BONUS
        if s.seat and c.feature_code == "PPLC":
            score += self.SEAT_BONUS
        if s.article and c.kind in _ARTICLE_KINDS and c.country_code is None:
            score += self.ARTICLE_BONUS
        return score

    #: for a reading in (or out of) the country a demonym before the mention names
    QUALIFIED_BONUS = 4.0
    #: for the national capital where the text names a government sitting there
    SEAT_BONUS = 3.0
    #: for a region or a water body beyond borders written after ``the`` (``across the Sahel``, not the province):
    #: more than the document's focus, containment and nearness add to a division of the story's country
    ARTICLE_BONUS = 10.0

    @staticmethod
    def _container_term(c: Place, container: Place) -> float:
        """How well a candidate sits inside the container the text names (``Springfield, Ohio``).

        Inside the named country: +5; inside the named state or province too: +2 more. A town in
        another state of the same country is not inside ``Ohio`` either: it gets no bonus, so the
        document's focus on another state cannot outvote the text's own qualifier. The gazetteer
        does not say which county a town lies in: within :data:`COUNTY_REACH_KM` of the named
        county's point counts as inside it (``Richmond, North Yorkshire``, not the London one).
        """
        if c.country_code != container.country_code:
            return -3.0
        if container.kind is PlaceKind.ADMIN2 \
                and haversine_km(c.lat, c.lon, container.lat, container.lon) <= COUNTY_REACH_KM:
            return 7.0
        if container.kind is not PlaceKind.ADMIN1:
            return 5.0
        if c.admin1_code == container.admin1_code:
            return 7.0
        return 5.0 if not (c.admin1_code and container.admin1_code) else 0.0

    #: bonus for a town or county inside a state or province the document names ("Albany" with "Georgia")
    NAMED_DIVISION_BONUS = 2.0

    def _prefer_named_divisions(self, slots: list[Slot]) -> None:
        """Towns and counties of the states the document names win over namesakes elsewhere.

        A state named anywhere in a local story ("the Georgia Bureau", "Ky.") is where its
        ambiguous towns are, unless their own context already settled them there or elsewhere
        by a wider margin than this bonus.
        """
        named = {(s.place.country_code, s.place.admin1_code) for s in slots if s.place.kind is PlaceKind.ADMIN1}
        if not named:
            return
        for s in slots:
            if s.place.kind is PlaceKind.ADMIN1 or (s.place.country_code, s.place.admin1_code) in named:
                continue
            for k, c in enumerate(s.candidates):
                if c.kind in (PlaceKind.CITY, PlaceKind.ADMIN2) and (c.country_code, c.admin1_code) in named:
                    s.scores[k] += self.NAMED_DIVISION_BONUS
            s.choice = max(range(len(s.candidates)), key=s.scores.__getitem__)

    #: a town of at most this many people may be a namesake the document did not mean ...
    STRAY_MAX_POPULATION = 100_000
    #: ... when it lies this far from every other place of the document, in a country the document
    #: neither names nor borders
    STRAY_KM = 500.0

    def _drop_foreign_strays(self, slots: list[Slot], demonyms: Counter) -> None:
        """Forget small towns that only a namesake abroad matched (``Wad`` of ``Wad al-Noura`` in Russia).

        In a story about Sudan, ``Tawila`` read as a Yemeni hamlet, or ``Fano militiamen`` as the
        Italian town, are names the gazetteer lacks under the meant reading. Such a mention is left
        to the anchoring of unknown names; without locative evidence it is not kept at all.
        """
        placed = [s for s in slots if s.place is not None]
        # a close spelling of a name the gazetteer lacks (Pomonal -> Pomona) is itself in doubt: it vouches for none
        witnesses = [s for s in placed if s.raw.known]
        doubtful = {s.raw.key for s in placed if self._is_foreign_stray(s, witnesses, demonyms)}
        # far from every other place: two namesakes abroad in neighbouring countries (Nur Shams read as
        # Nur in Iran, the Far'a camp as Farah in Afghanistan) must not vouch for each other
        remote = {s.raw.key for s in placed if s.raw.key not in doubtful and self._is_remote(s, witnesses)}
        # only places that are not in doubt themselves say where the story is
        settled = [s for s in witnesses if s.raw.key not in doubtful]
        unvouched = [s for s in settled if s.raw.key not in remote]
        contexts = {s.raw.key: settled if s.raw.key in doubtful else unvouched for s in placed
                    if s.raw.key in doubtful or s.raw.key in remote}
        # decide every mention against the same context before dropping any: the order must not matter
        strays = [s for s in placed
                  if s.raw.key in contexts and self._is_foreign_stray(s, contexts[s.raw.key], demonyms)]
        for s in strays:
            s.stray = True
            s.candidates, s.scores = [], []

    def _may_stray(self, s: Slot) -> bool:
        """A town or district small enough, or reached through a name not its own, to be a namesake abroad.

        ``Mambasa`` (Congo) reaches Mombasa through one of its alternate spellings: the size
        of the city the spelling leads to says nothing about which place the text meant.
        """
        place = s.place
        if place.kind not in (PlaceKind.CITY, PlaceKind.ADMIN2, PlaceKind.OTHER):
            return False
        return place.population < self.STRAY_MAX_POPULATION or not is_own_name(s.raw.key, place)

    def _is_remote(self, s: Slot, slots: list[Slot]) -> bool:
        """A possible namesake abroad lying far from every other town or division of the document.

        A town of a country where the document places another town is not remote, however far:
        only a neighbouring country's namesake could vouch for it.
        """
        if not self._may_stray(s):
            return False
        place = s.place
        others = [o.place for o in slots if o.raw.key != s.raw.key
                  and o.place.kind not in (PlaceKind.COUNTRY, PlaceKind.CONTINENT)]
        return len(others) >= 2 and all(o.country_code != place.country_code
                                         and haversine_km(place.lat, place.lon, o.lat, o.lon) > self.STRAY_KM
                                         for o in others)

    def _is_foreign_stray(self, s: Slot, slots: list[Slot], demonyms: Counter) -> bool:
        place = s.place
        if not self._may_stray(s):
            return False
        others = [o.place for o in slots if o.raw.key != s.raw.key]
        if len({o.raw.key for o in slots} - {s.raw.key}) < (1 if s.raw.armed_group else 2):
            return False  # too little context to call a reading foreign (one place will do for Fano militias)
        countries = {o.country_code for o in others if o.country_code} | set(demonyms)
        # a country only named ("Iran", "Washington") lends no neighbours: the story is not set there
        cc = place.country_code
        if cc in countries:
            return False
        # a neighbour's town may be where the story's people cross to, but only under its own name: a
        # spelling that merely reaches it (Mambasa -> Mombasa) names a place the gazetteer lacks
        if is_own_name(s.raw.key, place) \
                and any(cc in self.neighbours.get(o, ()) for o in _main_settings(slots, s) | set(demonyms)) \
                and self._within_reach(place, others):
            return False
        return all(o.kind in (PlaceKind.COUNTRY, PlaceKind.CONTINENT)
                   or haversine_km(place.lat, place.lon, o.lat, o.lon) > self.STRAY_KM for o in others)

    #: a neighbouring country's town vouched for by the story's setting lies this close to one of its places
    NEIGHBOUR_REACH_KM = 1500.0

    def _within_reach(self, place: Place | None, others: list[Place | None]) -> bool:
        """Whether a town lies within :attr:`NEIGHBOUR_REACH_KM` of one of the document's towns or divisions.

        A border crossing's far side is near the story; a Canadian hamlet named like a Birmingham
        suburb is a continent away from the Alabama namesake that made the United States a setting.
        """
        return place is not None and any(
            o is not None and o.kind not in (PlaceKind.COUNTRY, PlaceKind.CONTINENT)
            and haversine_km(place.lat, place.lon, o.lat, o.lon) <= self.NEIGHBOUR_REACH_KM for o in others)

    def _drop_incoherent_fuzzy(self, s: Slot, points: list[Point]) -> None:
        """A name reached only by a loose spelling must sit near the document's other towns or districts.

        A province's or a country's centre says little about a town near it: ``Mir Ali`` in a story
        about Waziristan that also names ``Kashmir`` is no Jammu hamlet of a similar skeleton. A
        province reached by a loose spelling (``Hadramout``) is coherent when the story names one of
        its towns (``Mukalla``), however far from its centre.
        """
        place = s.place
        if place.match not in (MatchKind.SKELETON, MatchKind.NATIVE) or s.raw.known:
            return
        near = any(p.key != s.raw.key and p.place.kind in _LOCAL_KINDS
                   and (haversine_km(place.lat, place.lon, p.place.lat, p.place.lon) <= 150
                        or place.kind is PlaceKind.ADMIN1
                        and (p.place.country_code, p.place.admin1_code) == (place.country_code, place.admin1_code))
                   for p in points)
        if not near:
            s.candidates, s.scores = [], []

    #: a story's town this close to a river's course lies on its banks
    BANK_KM = 60.0
    #: ... and says which stretch of it the story meets when named this many sentences away at most
    BANK_SENTENCES = 1

    def _draw_rivers(self, text: str, slots: list[Slot]) -> None:
        """Draw each river the story names at the point of its course nearest the story's towns.

        ``Izmail on the Danube``, ``fighting around Gao on the Niger``: the story's stretch of the
        river, not its representative point a thousand kilometres away. Only a town of the river's
        own sentence (or of the sentences next to it) says which stretch; among them, the one of
        its own sentence, then the one nearest the river. A dateline says where the story was
        filed, not where it meets the river. With no such town on its banks the river keeps its
        representative point.
        """
        rivers = [s for s in slots if s.place.gazetteer_id in self.courses]
        if not rivers:
            return
        dateline_end = len(text) - len(text.lstrip())  # a town named where the text begins is its dateline
        towns = [t for t in slots if t.place.kind in _BANK_KINDS and t.raw.start > dateline_end]
        at_seat: dict[str, bool] = {}  #: whether a province is drawn at its seat, looked up once per province
        for s in rivers:
            course = self.courses[s.place.gazetteer_id]
            best: tuple[tuple[int, float], float, float, Slot] | None = None
            for t in towns:
                step = abs(t.sentence - s.sentence)
                if step > self.BANK_SENTENCES:
                    continue
                if t.place.kind is PlaceKind.ADMIN1:
                    gid = t.place.gazetteer_id
                    if gid not in at_seat:
                        at_seat[gid] = self._drawn_at_seat(t.place)
                    if not at_seat[gid]:
                        continue
                lat, lon, km = nearest_on_course(course, t.place.lat, t.place.lon)
                if km <= self.BANK_KM and (best is None or (step, km) < best[0]):
                    best = ((step, km), lat, lon, t)
            if best is not None:
                _rank, lat, lon, town = best
                s.candidates = list(s.candidates)  # a list the mention may share with its repeats
                s.candidates[s.choice] = replace(s.place, lat=round(lat, 5), lon=round(lon, 5))
                s.bank = town.raw.text

    def _drawn_at_seat(self, place: Place) -> bool:
        """Whether a division is drawn at its seat: a town of its name within a few kilometres of its point."""
        return any(c.kind is PlaceKind.CITY and haversine_km(c.lat, c.lon, place.lat, place.lon) < 5
                   for c in self.gaz.lookup(place.name, country=place.country_code, limit=10))

    #: a town named by part of a water body's name may stand for it this close to the document's places
    LANDFORM_NEAR_KM = 300

    def _drop_stray_landform(self, s: Slot, points: list[Point]) -> None:
        """A town named by part of a water body's or landform's name must sit near the document's other places.

        ``Lake Ontario`` is not the province, the ``Atlas Mountains`` no town in Pennsylvania; the
        ``Catawba River`` of a story about Catawba may be placed at the town. Otherwise the name is left
        to the anchoring of unknown names (or unresolved) rather than pinned on a namesake.
        """
        place = s.place
        if place is not None and place.kind is PlaceKind.COUNTRY and s.raw.landform in _WATER_HEADS:
            s.candidates, s.scores = [], []  # the Niger River is no point of Niger: placed where the text puts it
            return
        if place is None or s.raw.landform is None or place.kind not in _SETTLED_KINDS:
            return
        near = any(p.key != s.raw.key and p.place is not None and p.place.kind is not PlaceKind.COUNTRY
                   and (haversine_km(place.lat, place.lon, p.place.lat, p.place.lon) <= self.LANDFORM_NEAR_KM
                        or (p.place.country_code, p.place.admin1_code) == (place.country_code, place.admin1_code))
                   for p in points)
        if not near:
            s.candidates, s.scores = [], []


#: a country that gets less of a mention's vote than this is left out of it
VOTE_FLOOR = 0.05


def _country_shares(candidates: list[Place], weights: list[float]) -> list[tuple[Place, float]]:
    """Each candidate's share of a mention's vote, for the countries that get a real part of it.

    The floor applies to a country's total, not to each candidate: ``Mt. Vernon`` has twenty
    small namesakes, each too small to count alone, and all of them in the United States.

    Parameters
    ----------
    candidates
        The mention's readings.
    weights
        Their unnormalised weights.
    """
    z = sum(weights)
    totals: Counter = Counter()
    for c, w in zip(candidates, weights):
        totals[c.country_code] += w / z
    return [(c, w / z) for c, w in zip(candidates, weights) if totals[c.country_code] > VOTE_FLOOR]


def _containers_first(slots: list[Slot]) -> list[Slot]:
    """The slots ordered so that each container comes before the mentions it holds.

    ``the village of Delaware in Middlesex County``: the county must have chosen its reading
    (Ontario's, with the story) before Delaware's score counts whether it lies inside it;
    otherwise Delaware is judged against the county's first, unscored namesake.

    Parameters
    ----------
    slots
        The known mentions, in text order.

    Returns
    -------
    list of Slot
        Outermost containers first; text order among mentions of the same depth.
    """
    def depth(s: Slot) -> int:
        n, seen = 0, {id(s)}
        while s.container is not None and id(s.container) not in seen:
            s = s.container
            seen.add(id(s))
            n += 1
        return n

    return sorted(slots, key=depth)


def _countries(places: list[Place]) -> set[str]:
    """The countries of ``places``: whose focus shares their scores read (``""`` for none)."""
    return {c.country_code or "" for c in places}


def _main_settings(slots: list[Slot], s: Slot) -> set[str]:
    """Countries where the document sets two places or more besides ``s`` (their neighbours may vouch).

    A country only named (``Iran``) lends no neighbours, nor does a single foreign venue
    (``talks in Jeddah``): the story is not set there.
    """
    keys: dict[str, set[str]] = {}
    for o in slots:
        if o.raw.key != s.raw.key and o.place.country_code and o.place.kind is not PlaceKind.COUNTRY:
            keys.setdefault(o.place.country_code, set()).add(o.raw.key)
    return {cc for cc, names in keys.items() if len(names) >= 2}

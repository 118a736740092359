"""Choose among gazetteer candidates with the whole document as context.

Each candidate gets a score, a sum of interpretable terms:

``prior``
    population (log scale) and feature kind: a bare country or province name
    usually means the country or province;
``match``
    exact spellings beat names reached through the Arabic article, a shared
    native-script name (Jericho -> أريحا -> Ariha) or a consonant skeleton;
``cue``
    trigger words agree with the kind ("the town of" wants a town, "province of"
    a division);
``focus``
    the countries and divisions the document is about, from unambiguous mentions
    and demonyms ("Syrian");
``container``
    "Tripoli, Lebanon", "Qaminas in Idlib countryside": inside the named container;
``near``
    spatial coherence: close to the other places of the document.

The best candidate wins; its softmax share is the mention's ``score`` and the
runners-up are kept as ``alternatives``. Names the gazetteer lacks are placed at
the place the sentence anchors them to (``resolution="approximate"``) or left
without a point (``"unresolved"``).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
import re
from collections import Counter
from dataclasses import dataclass, field

from .focus import DocumentFocus
from .index import Gazetteer, haversine_km
from .lexicon import LANDFORM_HEADS
from .normalize import fold, strip_article
from .model import Candidate, MatchKind, Mention, Place, PlaceKind, Resolution
from .recognize import RawMention, Recognition
from .sentences import SentenceIndex

_KIND_PRIOR = {
    PlaceKind.COUNTRY: 3.0, PlaceKind.CONTINENT: 3.0, PlaceKind.ADMIN1: 1.6, PlaceKind.WATER: 1.5,
    PlaceKind.REGION: 1.5, PlaceKind.ADMIN2: 0.8, PlaceKind.CITY: 0.0, PlaceKind.OTHER: -0.5,
}
_MATCH_PENALTY = {MatchKind.EXACT: 0.0, MatchKind.ARTICLE: -0.2, MatchKind.NATIVE: -1.2,
                  MatchKind.SKELETON: -2.2, MatchKind.ONLINE: -0.5}
_REGIONAL = {PlaceKind.COUNTRY, PlaceKind.CONTINENT, PlaceKind.ADMIN1, PlaceKind.ADMIN2,
             PlaceKind.WATER, PlaceKind.REGION}
#: how general a kind of place is, for "X, Y" containers
_RANK = {PlaceKind.CITY: 0, PlaceKind.OTHER: 0, PlaceKind.ADMIN2: 1, PlaceKind.REGION: 1, PlaceKind.WATER: 1,
         PlaceKind.ADMIN1: 2, PlaceKind.COUNTRY: 3, PlaceKind.CONTINENT: 4}
_CONTAINER_GAP = re.compile(r"^(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:\w+ern\s+)?(?:countryside\s+of\s+|province\s+of\s+)?)$")
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$")
_ANCHOR_GAP = re.compile(r"^[\s,]*(?:in|near|outside|of|and|the|vicinity|countryside|outskirts|area|city|town|"
                         r"village|province|western|eastern|northern|southern|[\s,])*$", re.I)
METROPOLIS = 1_000_000
#: heads the gazetteer writes as part of a division's name (``Clay County``, ``Kharkiv Oblast``)
_HEADED_SUFFIXES = frozenset("county parish township borough governorate oblast province".split())
#: kinds of place a water body's or landform's name can only borrow from a namesake (towns, divisions)
_SETTLED_KINDS = frozenset({PlaceKind.CITY, PlaceKind.ADMIN1, PlaceKind.ADMIN2})
_WATER_WORDS = frozenset("sea ocean gulf bay strait straits river lake channel sound".split())
UNKNOWN_POPULATION = 2_000
#: squared distances in degrees of latitude (111.2 km each) for the nearness bands
_NEAR_40KM, _NEAR_120KM, _NEAR_300KM = ((km / 111.2) ** 2 for km in (40, 120, 300))


@dataclass(slots=True)
class _Slot:
    """One known mention during resolution."""

    raw: RawMention
    candidates: list[Place]
    scores: list[float]
    choice: int = 0
    container: "_Slot | None" = None
    sentence: int = 0
    country_named: bool = False  #: a country or continent bears this exact name
    base: list[float] = field(default_factory=list)  #: prior + focus + container of each candidate
    priors: list[float] | None = None  #: context-free prior of each candidate
    stray: bool = False  #: its only readings lie far outside the document's countries

    @property
    def signature(self) -> tuple:
        """What the score of a mention depends on besides its name's candidates."""
        container = self.container.raw.key if self.container else None
        return (self.raw.key, self.raw.cue, self.raw.suffix, container, self.sentence, tuple(self.base))

    def __post_init__(self) -> None:
        self.country_named = any(c.kind in (PlaceKind.COUNTRY, PlaceKind.CONTINENT)
                                 and c.match is MatchKind.EXACT for c in self.candidates)

    @property
    def place(self) -> Place | None:
        return self.candidates[self.choice] if self.candidates else None


@dataclass(frozen=True, slots=True)
class _Point:
    """A place the document may be talking about, for spatial coherence."""

    key: str
    sentence: int
    place: Place
    weight: float


def _point_lat(p: _Point) -> float:
    return p.place.lat


class _PointSet:
    """The document's points sorted by latitude, for band queries ("within 300 km of c")."""

    __slots__ = ("points", "lats", "_rows")

    def __init__(self, points: list[_Point]) -> None:
        self.points = sorted(points, key=_point_lat)
        self.lats = [p.place.lat for p in self.points]
        #: (key, sentence, weight, lat, lon) of each point, for the distance loop
        self._rows = [(p.key, p.sentence, p.weight, p.place.lat, p.place.lon) for p in self.points]

    def __iter__(self):
        return iter(self.points)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _PointSet) and self.points == other.points

    def band(self, lat: float, degrees: float) -> list[tuple[str, int, float, float, float]]:
        """``(key, sentence, weight, lat, lon)`` of the points within ``degrees`` of latitude ``lat``."""
        return self._rows[bisect_left(self.lats, lat - degrees):bisect_right(self.lats, lat + degrees)]


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
        self.max_candidates = max_candidates
        self.neighbours = gazetteer.neighbours()
        self._prior_memo: dict[tuple, list[float]] = {}  #: priors depend on the mention's words and entries only

    #: distinct (name, cues, entries) whose priors are remembered across documents
    PRIOR_MEMO_SIZE = 50_000

    def __call__(self, text: str, recognition: Recognition) -> list[Mention]:
        slots = [self._slot(raw) for raw in recognition.mentions]
        known = [s for s in slots if s.candidates]
        self._link_containers(text, known)
        focus = self._focus(known, recognition.demonyms)
        for s in known:
            self._score(s, focus, None)
        self._align_lists(text, known)
        sentences = SentenceIndex(text)
        for s in known:
            s.sentence = sentences.of(s.raw.start)
        previous: _PointSet | None = None
        for _ in range(2):
            points = self._points(known)
            if points == previous:
                break  # the document's places did not move: another pass gives the same scores
            previous = points
            self._rescore(known, focus, points)
        self._settle(known, focus, recognition.demonyms)
        self._prefer_named_divisions(known)
        self._drop_foreign_strays(known, recognition.demonyms)
        known = [s for s in known if s.candidates]
        chosen = [_Point(s.raw.key, s.sentence, s.place, 1.0) for s in known]
        for s in known:
            self._drop_incoherent_fuzzy(s, chosen)
            self._drop_stray_landform(s, chosen)
        return self._mentions(text, slots, sentences)

    # -- candidates and context ---------------------------------------------------------

    def _slot(self, raw: RawMention) -> _Slot:
        if raw.known:
            cands = self._landform_entries(raw) or self.gaz.lookup(raw.text, limit=self.max_candidates, fuzzy=False)
            cands += self._headed_divisions(raw, cands)
        elif raw.cue:
            # a name only a trigger announced: close spellings may do, if the document's places agree
            cands = [c for c in self.gaz.lookup(raw.text, limit=self.max_candidates, fuzzy=True)
                     if c.match is not MatchKind.NATIVE]
            cands += self._headed_divisions(raw, cands)
        else:
            cands = []
        return _Slot(raw, cands, [0.0] * len(cands))

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

    def _points(self, slots: list[_Slot]) -> _PointSet:
        """Where the document's places may be: each mention's choice, and its close runners-up at a discount.

        Counting runners-up lets two ambiguous names settle together (Huntsville and
        Walker County: both in Texas, or both in Alabama), instead of the first one's
        initial guess deciding for both. Repeated mentions give one point per sentence.
        """
        out: dict[tuple, _Point] = {}
        local = (PlaceKind.CITY, PlaceKind.ADMIN2)  # a province's centre says little about a town near it

        def add(s: _Slot, place: Place, weight: float) -> None:
            key = (s.raw.key, place.gazetteer_id, s.sentence)
            if key not in out or out[key].weight < weight:
                out[key] = _Point(s.raw.key, s.sentence, place, weight)

        for s in slots:
            if s.place.kind in local:
                add(s, s.place, 1.0)
            floor = s.scores[s.choice] - self.PLAUSIBLE_MARGIN
            runners = sorted((k for k in range(len(s.candidates)) if k != s.choice and s.scores[k] >= floor),
                             key=lambda k: -s.scores[k])[:self.PLAUSIBLE_RUNNERS]
            for k in runners:
                if s.candidates[k].kind in local:
                    add(s, s.candidates[k], self.PLAUSIBLE_WEIGHT)
        return _PointSet(list(out.values()))

    #: the part of a country's focus its neighbours receive (at most this share)
    NEIGHBOUR_SHARE = 0.4

    #: bonus for the reading that matches the kind of most items of a list
    LIST_KIND_BONUS = 1.5

    def _align_lists(self, text: str, slots: list[_Slot]) -> None:
        """Items of one list are the same kind of place: "Alaska, Alabama, Arizona, ... Oregon" are states."""
        groups: list[list[_Slot]] = []
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

    def _link_containers(self, text: str, slots: list[_Slot]) -> None:
        """``X, Y`` and ``X in Y``: Y contains X when Y can be a country or division."""
        def listed(x: _Slot, y: _Slot) -> bool:
            return bool(_LIST_GAP.match(text[x.raw.end:y.raw.start]))

        for k, (a, b) in enumerate(zip(slots, slots[1:])):
            if not _CONTAINER_GAP.match(text[a.raw.end:b.raw.start]):
                continue
            if k > 0 and listed(slots[k - 1], a) or k + 2 < len(slots) and listed(b, slots[k + 2]):
                continue  # "Alaska, Alabama, Arizona": a list, not "Tripoli, Lebanon"
            if any(c.kind in _REGIONAL for c in b.candidates):
                a.container = b

    def _focus(self, slots: list[_Slot], demonyms: Counter, shares=None) -> DocumentFocus:
        """Votes of every distinct name (and demonym) for the countries and divisions the story is about.

        ``shares`` gives each mention's vote per candidate (default: its context-free priors).
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
            for place, w in shares(s):
                admin = place.admin1_code if place.kind is not PlaceKind.COUNTRY else None
                focus.vote(s.raw.key, place.country_code, admin, w)
        return focus

    def _prior_shares(self, s: _Slot) -> list[tuple[Place, float]]:
        """How much a mention says about the document's countries: unambiguous ones say a lot."""
        priors = self._priors(s)
        top = max(priors)
        exps = [math.exp(2.0 * (p - top)) for p in priors]
        z = sum(exps)
        return [(c, e / z) for c, e in zip(s.candidates, exps) if e / z > 0.05]

    #: temperature of a mention's vote once read in context (lower: only the settled reading votes)
    SETTLED_SHARPNESS = 0.5

    def _settled_shares(self, s: _Slot) -> list[tuple[Place, float]]:
        """How much a mention says about the document's countries once its context has been read."""
        top = s.scores[s.choice]
        exps = [math.exp(self.SETTLED_SHARPNESS * (v - top)) for v in s.scores]
        z = sum(exps)
        return [(c, e / z) for c, e in zip(s.candidates, exps) if e / z > 0.05]

    def _settle(self, slots: list[_Slot], focus: DocumentFocus, demonyms: Counter) -> None:
        """Vote the document's focus again from the readings the first passes chose, and rescore.

        The first focus counts each name by its context-free prior, so a story's ambiguous
        towns vote for their biggest namesakes; once containers, lists and nearness have
        placed them, their readings say where the story is (Georgia the state when its
        towns sit there), and the names still in doubt follow.
        """
        settled = self._focus(slots, demonyms, self._settled_shares)
        for s in slots:
            before, after = focus.without(s.raw.key), settled.without(s.raw.key)
            s.base = [b - self._focus_term(c, *before) + self._focus_term(c, *after)
                      for b, c in zip(s.base, s.candidates)]
        self._rescore(slots, settled, self._points(slots))

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

    def _rescore(self, slots: list[_Slot], focus: DocumentFocus, points: _PointSet) -> None:
        """Score every mention against the document's points; repeats of a mention share the answer."""
        done: dict[tuple, _Slot] = {}
        for s in slots:
            twin = done.get(s.signature)
            if twin is None:
                self._score(s, focus, points)
                done[s.signature] = s
            else:  # the same name, cue and sentence: the same answer
                s.scores, s.choice = list(twin.scores), twin.choice

    def _priors(self, s: _Slot) -> list[float]:
        """The context-free prior of each candidate of ``s`` (computed once per mention)."""
        if s.priors is None:
            raw = s.raw
            # everything a prior reads: the mention's words and cues, and which entries it may be
            key = (raw.key, raw.cue, raw.suffix, tuple((c.gazetteer_id, c.match) for c in s.candidates))
            priors = self._prior_memo.get(key)
            if priors is None:
                if len(self._prior_memo) >= self.PRIOR_MEMO_SIZE:
                    self._prior_memo.clear()
                priors = [self._prior(raw, c, s.country_named) for c in s.candidates]
                priors = self._prior_memo[key] = self._parts_own_names(raw, s.candidates, priors)
            s.priors = priors
        return s.priors

    #: prior a town gains as where a named person lives ("Joyce Glover, 22, Palestine")
    RESIDENCE_BONUS = 1.0

    #: prior a country loses to a division of its own that bears the name it was reached by
    PART_NAME_PENALTY = 2.0

    def _parts_own_names(self, raw: RawMention, cands: list[Place], priors: list[float]) -> list[float]:
        """A country reached through a name one of its divisions owns means that division.

        GeoNames lists "England" among the United Kingdom's names; a text that says
        England means the constituent country, which bears the name as its own.
        """
        owners = {c.country_code for c in cands if c.kind is PlaceKind.ADMIN1 and fold(c.name) == raw.key}
        if not owners:
            return priors
        return [p - self.PART_NAME_PENALTY if c.kind is PlaceKind.COUNTRY and c.country_code in owners
                and fold(c.name) != raw.key else p for c, p in zip(cands, priors)]

    def _prior(self, raw: RawMention, c: Place, country_named: bool = False) -> float:
        kind = c.kind
        # GeoNames writes 0 for "unknown": many towns in conflict zones have no census figure
        population = c.population or (UNKNOWN_POPULATION if kind is PlaceKind.CITY else 0)
        weight = 0.4 if kind is PlaceKind.CITY or kind is PlaceKind.COUNTRY else 0.3
        score = weight * math.log10(population + 1) + _KIND_PRIOR[kind] + _MATCH_PENALTY[c.match]
        if c.feature_code == "PPLC":
            score += 0.7
        own_name = fold(c.name) == raw.key or fold(c.name) == strip_article(raw.key) \
            or fold(c.name).startswith(raw.key + " city")
        if own_name:
            score += 0.3
        if kind is PlaceKind.WATER and _WATER_WORDS & set(raw.key.split()):
            score += 2.0  # "the Red Sea" is the sea, not Sudan's Red Sea state
        town_cue = raw.cue == "town" or raw.suffix in ("countryside", "city", "town", "village")
        regional_cue = raw.cue == "region" or raw.suffix in ("province", "governorate", "region", "oblast",
                                                             "state", "county", "parish", "district")
        if regional_cue:
            score += 2.0 if kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2) else -1.0 if kind is PlaceKind.CITY else 0
        elif town_cue:
            score += 1.0 if kind is PlaceKind.CITY else -2.0
        elif kind is PlaceKind.CITY and (c.population >= METROPOLIS or c.feature_code == "PPLC") and own_name:
            score += 1.5  # a metropolis or a national capital owns its name: New York, Aleppo, Washington
        if raw.cue == "resident":
            score += self.RESIDENCE_BONUS if kind is PlaceKind.CITY else 0.0  # a person lives in a town
        elif kind is PlaceKind.CITY and country_named and not town_cue:
            score -= 2.5  # Mexico, Kuwait, Canada: the country, not a town of that name
        return score

    #: candidates this far below the best base score cannot be lifted by nearness or containment
    CONTEXT_MARGIN = 3.0  # the largest context bonus (containment): lower candidates cannot win

    def _score(self, s: _Slot, focus: DocumentFocus, points: _PointSet | None) -> None:
        if not s.base:
            countries, admins = focus.without(s.raw.key)
            s.base = [self._base(s, c, prior, countries, admins) for c, prior in zip(s.candidates, self._priors(s))]
        floor = max(s.base) - self.CONTEXT_MARGIN
        for k, c in enumerate(s.candidates):
            score = s.base[k]
            if points is not None and score >= floor:
                if c.kind is PlaceKind.CITY or c.kind is PlaceKind.ADMIN2:
                    score += self._nearness(s, c, points)
                elif c.kind is PlaceKind.COUNTRY or c.kind is PlaceKind.ADMIN1:
                    score += self._containment(s, c, points)
            s.scores[k] = score
        s.choice = max(range(len(s.candidates)), key=s.scores.__getitem__)

    def _base(self, s: _Slot, c: Place, prior: float, focus: dict[str, float],
              admin_focus: dict[tuple, float]) -> float:
        """Prior, document focus and explicit container: the terms that do not move between passes."""
        container = s.container.place if s.container and s.container.candidates else None
        score = prior + self._focus_term(c, focus, admin_focus)
        if container is not None and _RANK[c.kind] < _RANK[container.kind]:
            if c.country_code == container.country_code:
                score += 5.0
                if container.kind is PlaceKind.ADMIN1 and c.admin1_code == container.admin1_code:
                    score += 2.0
            else:
                score -= 3.0
        return score

    @staticmethod
    def _nearness(s: _Slot, c: Place, points: _PointSet) -> float:
        """Bonus for being near the document's other places; neighbours in the same sentence count double.

        ``points`` are sorted by latitude: only the band within 300 km of ``c`` is read.
        """
        best = 0.0
        coslat = math.cos(math.radians(c.lat))
        key, sentence, lat, lon = s.raw.key, s.sentence, c.lat, c.lon
        for p_key, p_sentence, weight, p_lat, p_lon in points.band(lat, 2.8):
            if p_key == key:
                continue
            dlat = lat - p_lat
            dlon = abs(lon - p_lon)
            if dlon > 180.0:
                dlon = 360.0 - dlon
            dlon *= coslat
            # equirectangular, exact enough below 300 km; squared degrees against squared thresholds
            d2 = dlat * dlat + dlon * dlon
            bonus = weight * (2.0 if d2 <= _NEAR_40KM else 1.2 if d2 <= _NEAR_120KM else 0.5 if d2 <= _NEAR_300KM
                              else 0.0)
            if p_sentence != sentence:
                bonus *= 0.5
            if bonus > best:
                best = bonus
                if best >= 2.0:
                    break  # nothing scores higher than a place in the same sentence within 40 km
        return best

    @staticmethod
    def _containment(s: _Slot, c: Place, points: _PointSet) -> float:
        """A country or division that holds the document's other places (Georgia with Atlanta)."""
        inside = {p.key for p in points
                  if p.weight == 1.0 and p.key != s.raw.key and p.place.country_code == c.country_code
                  and (c.kind is PlaceKind.COUNTRY or p.place.admin1_code == c.admin1_code)}
        return min(3.0, 1.0 * len(inside))

    #: bonus for a town or county inside a state or province the document names ("Albany" with "Georgia")
    NAMED_DIVISION_BONUS = 2.0

    def _prefer_named_divisions(self, slots: list[_Slot]) -> None:
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

    def _drop_foreign_strays(self, slots: list[_Slot], demonyms: Counter) -> None:
        """Forget small towns that only a namesake abroad matched (``Wad`` of ``Wad al-Noura`` in Russia).

        In a story about Sudan, ``Tawila`` read as a Yemeni hamlet, or ``Fano militiamen`` as the
        Italian town, are names the gazetteer lacks under the meant reading. Such a mention is left
        to the anchoring of unknown names; without locative evidence it is not kept at all.
        """
        placed = [s for s in slots if s.place is not None]
        doubtful = {s.raw.key for s in placed if self._is_foreign_stray(s, placed, demonyms)}
        # only places that are not in doubt themselves say where the story is
        settled = [s for s in placed if s.raw.key not in doubtful]
        for s in placed:
            if s.raw.key in doubtful and self._is_foreign_stray(s, settled, demonyms):
                s.stray = True
                s.candidates, s.scores = [], []

    def _is_foreign_stray(self, s: _Slot, slots: list[_Slot], demonyms: Counter) -> bool:
        place = s.place
        if place.kind not in (PlaceKind.CITY, PlaceKind.ADMIN2, PlaceKind.OTHER) \
                or place.population >= self.STRAY_MAX_POPULATION:
            return False
        others = [o.place for o in slots if o.raw.key != s.raw.key]
        if len({o.raw.key for o in slots} - {s.raw.key}) < 2:
            return False  # too little context to call a reading foreign
        countries = {o.country_code for o in others if o.country_code} | set(demonyms)
        cc = place.country_code
        if cc in countries or any(cc in self.neighbours.get(o, ()) for o in countries):
            return False
        return all(o.kind in (PlaceKind.COUNTRY, PlaceKind.CONTINENT)
                   or haversine_km(place.lat, place.lon, o.lat, o.lon) > self.STRAY_KM for o in others)

    def _drop_incoherent_fuzzy(self, s: _Slot, points: list[_Point]) -> None:
        """A name reached only by a loose spelling must sit near the document's other places."""
        place = s.place
        if place.match not in (MatchKind.SKELETON, MatchKind.NATIVE) or s.raw.known:
            return
        near = any(p.key != s.raw.key and haversine_km(place.lat, place.lon, p.place.lat, p.place.lon) <= 150
                   for p in points)
        if not near:
            s.candidates, s.scores = [], []

    #: a town named by part of a water body's name may stand for it this close to the document's places
    LANDFORM_NEAR_KM = 300

    def _drop_stray_landform(self, s: _Slot, points: list[_Point]) -> None:
        """A town named by part of a water body's or landform's name must sit near the document's other places.

        ``Lake Ontario`` is not the province, the ``Atlas Mountains`` no town in Pennsylvania; the
        ``Catawba River`` of a story about Catawba may be placed at the town. Otherwise the name is left
        to the anchoring of unknown names (or unresolved) rather than pinned on a namesake.
        """
        place = s.place
        if place is None or s.raw.landform is None or place.kind not in _SETTLED_KINDS:
            return
        near = any(p.key != s.raw.key and p.place is not None and p.place.kind is not PlaceKind.COUNTRY
                   and (haversine_km(place.lat, place.lon, p.place.lat, p.place.lon) <= self.LANDFORM_NEAR_KM
                        or (p.place.country_code, p.place.admin1_code) == (place.country_code, place.admin1_code))
                   for p in points)
        if not near:
            s.candidates, s.scores = [], []

    # -- output -----------------------------------------------------------------------------

    def _mentions(self, text: str, slots: list[_Slot], sentences: SentenceIndex) -> list[Mention]:
        out: list[Mention | None] = []
        by_key: dict[str, Mention] = {}
        pending: list[int] = []
        for idx, s in enumerate(slots):
            if s.candidates:
                m = self._resolved(s)
                by_key.setdefault(s.raw.key, m)
                out.append(m)
            else:
                out.append(None)
                pending.append(idx)
        evidenced = {s.raw.key for s in slots if s.raw.cue or s.raw.suffix or s.raw.located}
        pending = [idx for idx in pending if not slots[idx].stray or slots[idx].raw.key in evidenced]
        anchored: dict[str, Mention] = {}
        for idx in pending:
            m = self._anchor(text, slots, idx, out, sentences)
            if m is not None:
                anchored.setdefault(slots[idx].raw.key, m)
                out[idx] = m
        for idx in pending:
            if out[idx] is None:
                raw = slots[idx].raw
                twin = anchored.get(raw.key)
                if twin is not None:
                    out[idx] = Mention(raw.start, raw.end, raw.text, twin.place, twin.geo_precision,
                                       Resolution.APPROXIMATE, twin.score, anchor=twin.anchor,
                                       reason=twin.reason)
                else:
                    out[idx] = self._anchor_nearby(raw, out, sentences)
            if out[idx] is None:
                out[idx] = Mention(raw.start, raw.end, raw.text, None, 0, Resolution.UNRESOLVED, 0.0,
                                   reason="not in the gazetteer and no place near it to anchor it")
        return [m for m in out if m is not None]

    def _resolved(self, s: _Slot) -> Mention:
        order = sorted(range(len(s.candidates)), key=lambda k: -s.scores[k])
        top = s.scores[order[0]]
        exps = [math.exp(s.scores[k] - top) for k in order]
        z = sum(exps)
        place = s.candidates[order[0]]
        alternatives = tuple(Candidate(s.candidates[k], round(e / z, 4)) for k, e in zip(order[1:6], exps[1:6]))
        precision = self._precision(s.raw, place)
        reason = f"{place.match.value} match; {place.kind.value}; score {top:.2f}"
        if len(order) > 1:
            runner = s.candidates[order[1]]
            reason += f" vs {runner.name} ({runner.country_code}) {s.scores[order[1]]:.2f}"
        return Mention(s.raw.start, s.raw.end, s.raw.text, place, precision, Resolution.GAZETTEER,
                       round(exps[0] / z, 4), alternatives, reason=reason)

    @staticmethod
    def _precision(raw: RawMention, place: Place) -> int:
        if place.kind in _REGIONAL:
            return 3
        if raw.cue == "near" or raw.suffix in ("countryside", "outskirts", "suburbs", "vicinity", "area"):
            return 2
        return 1

    def _anchor(self, text: str, slots: list[_Slot], idx: int, out: list[Mention | None],
                sentences: SentenceIndex) -> Mention | None:
        """Place an unknown name at the nearest resolved place its sentence ties it to."""
        raw = slots[idx].raw
        sent = sentences.of(raw.start)
        best: tuple[int, Mention] | None = None
        for k, m in enumerate(out):
            if m is None or m.resolution is not Resolution.GAZETTEER or sentences.of(m.start) != sent:
                continue
            if m.place.kind in (PlaceKind.COUNTRY, PlaceKind.CONTINENT):
                continue
            gap = text[raw.end:m.start] if m.start >= raw.end else text[m.end:raw.start]
            rank = len(gap) + (0 if m.start >= raw.end else 40)  # "X in/near Y" ties X to Y after it
            if _ANCHOR_GAP.match(gap) or len(gap) <= 80:
                if best is None or rank < best[0]:
                    best = (rank, m)
        if best is None:
            return None
        anchor = best[1]
        precision = 2 if self._town_point(anchor) else 3
        return Mention(raw.start, raw.end, raw.text, anchor.place, precision, Resolution.APPROXIMATE,
                       round(0.5 * anchor.score, 4), anchor=anchor.text,
                       reason=f"not in the gazetteer; placed at {anchor.text} named in the same sentence")

    def _anchor_nearby(self, raw: RawMention, out: list[Mention | None], sentences: SentenceIndex) -> Mention | None:
        """Place an unknown name coarsely at a place of the sentence before or after it."""
        anchor = self._neighbouring_anchor(raw, sentences.of(raw.start), out, sentences)
        if anchor is None:
            return None
        return Mention(raw.start, raw.end, raw.text, anchor.place, 3, Resolution.APPROXIMATE,
                       round(0.25 * anchor.score, 4), anchor=anchor.text,
                       reason=f"not in the gazetteer; placed at {anchor.text} named in the sentence next to it")

    #: how general an anchor is: a town before a district before a province
    _ANCHOR_RANK = {PlaceKind.CITY: 0, PlaceKind.ADMIN2: 1, PlaceKind.ADMIN1: 2}

    def _neighbouring_anchor(self, raw: RawMention, sent: int, out: list[Mention | None],
                             sentences: SentenceIndex) -> Mention | None:
        """The place of the sentence before (or else after) that an unknown name's story is set in.

        ``...shelled El Fasher. Eighteen died in the Abu Shouk camp.``: the camp is placed at
        El Fasher, coarsely. A country its own sentence names must hold the anchor.
        """
        countries = {m.place.country_code for m in out if m is not None and m.place is not None
                     and m.place.kind is PlaceKind.COUNTRY and sentences.of(m.start) == sent}
        best: tuple[tuple, Mention] | None = None
        for m in out:
            if m is None or m.resolution is not Resolution.GAZETTEER or m.place.kind not in self._ANCHOR_RANK:
                continue
            step = sentences.of(m.start) - sent
            if step not in (-1, 1) or countries and m.place.country_code not in countries:
                continue
            rank = (step > 0, self._ANCHOR_RANK[m.place.kind], abs(m.start - raw.start))
            if best is None or rank < best[0]:
                best = (rank, m)
        return best[1] if best else None

    def _town_point(self, anchor: Mention) -> bool:
        """Whether the anchor's point is a town (a city, or a division drawn at its seat)."""
        place = anchor.place
        if place.kind is PlaceKind.CITY:
            return True
        if place.kind is not PlaceKind.ADMIN1:
            return False
        return any(c.kind is PlaceKind.CITY and haversine_km(c.lat, c.lon, place.lat, place.lon) < 5
                   for c in self.gaz.lookup(anchor.text, country=place.country_code, limit=10))

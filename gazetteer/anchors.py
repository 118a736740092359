"""The resolver's last step: each mention's point, precision, score and explanation.

A mention with candidates gets the best-scoring one (``resolution="gazetteer"``) with
its softmax share as ``score`` and the runners-up as ``alternatives``. A name the
gazetteer lacks is placed at the place its sentence ties it to ("the town of X near
Saraqib" -> Saraqib, ``geo_precision`` 2 when the anchor is a town, 3 when a region),
failing that coarsely at a place of the sentence before or after it, and otherwise
left without a point (``resolution="unresolved"``).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from .evidence import DISTANCE_UNITS
from .index import Gazetteer, haversine_km
from .model import Candidate, Mention, Place, PlaceKind, Resolution
from .recognize import RawMention
from .sentences import SentenceIndex

if TYPE_CHECKING:
    from .resolve import Slot

#: kinds drawn as a region (``geo_precision`` 3)
REGIONAL = frozenset({PlaceKind.COUNTRY, PlaceKind.CONTINENT, PlaceKind.ADMIN1, PlaceKind.ADMIN2,
                      PlaceKind.WATER, PlaceKind.REGION})
_ANCHOR_GAP = re.compile(r"^[\s,]*(?:in|near|outside|of|and|the|vicinity|countryside|outskirts|area|city|town|"
                         r"village|province|district|region|western|eastern|northern|southern|"
                         r"on|shores?|banks?|lake|river|[\s,()]|"
                         # "Korioumé, 18 km south of Timbuktu", "Mamove, north-east of Oicha", "some 25 km from Goma"
                         r"(?:north|south)(?:-?(?:east|west))?|east|west|about|some|around|\d+|"
                         + DISTANCE_UNITS + r"(?:\s+(?:away\s+)?from)?)*$",
                         re.I)  # "Mwanza, on the southern shore of Lake X"


#: feature codes of seas, gulfs, straits and oceans: too wide to place a town the text ties to them
_OPEN_WATERS = frozenset({"SEA", "GULF", "STRT", "OCN", "BAY"})

#: what comes before a country that only lies across a border: "the border with", "a district bordering"
_BORDER_WITH = re.compile(r"\b(?:borders?\s+with|borders?\s+of|frontier\s+with|bordering)\s+(?:the\s+)?$",
                          re.IGNORECASE)


class MentionPlacer:
    """Turn scored slots into :class:`~gazetteer.model.Mention` objects, anchoring unknown names.

    Parameters
    ----------
    gazetteer
        Used to tell whether an anchor's point is a town (a division drawn at its seat).
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def __call__(self, text: str, slots: list[Slot], sentences: SentenceIndex) -> list[Mention]:
        """One mention per slot, in order: resolved, anchored (approximate) or unresolved."""
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
        # a namesake abroad named with an armed group's noun (links to Fano militias) is the group: never anchored
        pending = [idx for idx in pending if not slots[idx].stray
                   or slots[idx].raw.key in evidenced and not slots[idx].raw.armed_group]
        anchored: dict[str, Mention] = {}
        for idx in pending:
            m = self._anchor(text, slots, idx, out, sentences)
            if m is not None:
                anchored.setdefault(slots[idx].raw.key, m)
                out[idx] = m
        filed: list[int] = []  #: names placed only where the story was filed
        for idx in pending:
            raw = slots[idx].raw
            if out[idx] is None:
                twin = anchored.get(raw.key)
                if twin is not None:
                    out[idx] = _as_twin(raw, twin)
                else:
                    out[idx], at_filing = self._anchor_nearby(raw, out, sentences, text)
                    if at_filing:
                        filed.append(idx)  # a headline's name: its story may place it better further down
                    elif out[idx] is not None:
                        # the story places a name where it first tells of it; a caption's repeat is the same place
                        anchored[raw.key] = out[idx]
            if out[idx] is None:
                out[idx] = Mention(raw.start, raw.end, raw.text, None, 0, Resolution.UNRESOLVED, 0.0,
                                   reason="not in the gazetteer and no place near it to anchor it")
        for idx in filed:
            twin = anchored.get(slots[idx].raw.key)
            if twin is not None:
                out[idx] = _as_twin(slots[idx].raw, twin)
        return [m for m in out if m is not None]

    def _resolved(self, s: Slot) -> Mention:
        # best first; a reversed sort keeps ties in candidate order, as a sort by ``-score`` does
        order = sorted(range(len(s.candidates)), key=s.scores.__getitem__, reverse=True)
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
        if s.bank is not None:
            reason += f"; drawn on its course at {s.bank}"
        return Mention(s.raw.start, s.raw.end, s.raw.text, place, precision, Resolution.GAZETTEER,
                       round(exps[0] / z, 4), alternatives, reason=reason)

    @staticmethod
    def _precision(raw: RawMention, place: Place) -> int:
        if place.kind in REGIONAL:
            return 3
        if raw.cue == "near" or raw.suffix in ("countryside", "outskirts", "suburbs", "vicinity", "area"):
            return 2
        return 1

    def _anchor(self, text: str, slots: list[Slot], idx: int, out: list[Mention | None],
                sentences: SentenceIndex) -> Mention | None:
        """Place an unknown name at the place it respells, else at the nearest resolved place its sentence
        ties it to."""
        raw = slots[idx].raw
        if raw.respells is not None:
            same = _respelled(raw, out)
            if same is not None:
                return same
        sent = sentences.of(raw.start)
        settings = _settings(out)
        best: tuple[tuple[bool, int], Mention] | None = None
        for k, m in enumerate(out):
            if m is None or m.place is None or sentences.of(m.start) != sent:
                continue
            if m.place.kind in (PlaceKind.COUNTRY, PlaceKind.CONTINENT) or m.place.feature_code in _OPEN_WATERS:
                continue  # "flee Thandwe by boat along the coast of the Bay of Bengal": a sea is no town's place
            gap = text[raw.end:m.start] if m.start >= raw.end else text[m.end:raw.start]
            tied = _ANCHOR_GAP.match(gap) is not None
            if m.resolution is not Resolution.GAZETTEER and not tied:
                continue  # an anchored name lends its point only to a name tied to it
            if not tied and m.place.country_code not in settings:
                continue  # "villages in Masisi territory, despite a deal signed in Doha": a venue abroad
            # a name tied by its words wins over a closer one that is not; "X in/near Y" ties X to Y after it
            rank = (not tied, len(gap) + (0 if m.start >= raw.end else 40))
            if tied or len(gap) <= 80:
                if best is None or rank < best[0]:
                    best = (rank, m)
        if best is None:
            return None
        anchor = best[1]
        name = anchor.anchor or anchor.text  # "in the Abu Salim district and near the Souq al-Juma area"
        precision = 2 if self._town_point(anchor) else 3
        return Mention(raw.start, raw.end, raw.text, anchor.place, precision, Resolution.APPROXIMATE,
                       round(0.5 * anchor.score, 4), anchor=name,
                       reason=f"not in the gazetteer; placed at {name} named in the same sentence")

    def _anchor_nearby(self, raw: RawMention, out: list[Mention | None], sentences: SentenceIndex,
                       text: str = "") -> tuple[Mention | None, bool]:
        """Place an unknown name coarsely at a place farther along its own sentence, or of the sentence
        before or after it.

        Returns
        -------
        Mention or None
            The placed mention, if a place was found.
        bool
            Whether that place is only where the story was filed (its dateline or byline).
        """
        sent = sentences.of(raw.start)
        anchor = self._neighbouring_anchor(raw, sent, out, sentences, text)
        if anchor is None:
            return None, False
        same = sentences.of(anchor.start) == sent
        where = "farther along the same sentence" if same else "in the sentence next to it"
        placed = Mention(raw.start, raw.end, raw.text, anchor.place, 3, Resolution.APPROXIMATE,
                         round(0.25 * anchor.score, 4), anchor=anchor.text,
                         reason=f"not in the gazetteer; placed at {anchor.text} named {where}")
        return placed, _filed_at(text, anchor)

    #: how general an anchor is: a town before a district before a province
    _ANCHOR_RANK = {PlaceKind.CITY: 0, PlaceKind.ADMIN2: 1, PlaceKind.ADMIN1: 2}

    def _neighbouring_anchor(self, raw: RawMention, sent: int, out: list[Mention | None],
                             sentences: SentenceIndex, text: str = "") -> Mention | None:
        """The place of its own sentence, else of the sentence before (or else after), that an unknown
        name's story is set in.

        ``...shelled El Fasher. Eighteen died in the Abu Shouk camp.``: the camp is placed at
        El Fasher, coarsely. A place its own sentence names too far away to tie it (``in North
        Waziristan, a bomber rammed ... a convoy near Mir Ali``) still sets the scene better than the
        next sentence does; a dateline only where no sentence next to it names a place (``BOGOTÁ -
        ... fighting in the Catatumbo region``: the story is filed there, not set there). A country
        its own sentence names must hold the anchor, unless it is only the far side of a border
        (``along the border with Eritrea near X``).
        """
        countries = {m.place.country_code for m in out if m is not None and m.place is not None
                     and m.place.kind is PlaceKind.COUNTRY and sentences.of(m.start) == sent
                     and not _BORDER_WITH.search(text, 0, m.start)}
        settings = _settings(out)
        best: tuple[tuple, Mention] | None = None
        for m in out:
            if m is None or m.resolution is not Resolution.GAZETTEER or m.place is None \
                    or m.place.kind not in self._ANCHOR_RANK:
                continue
            step = sentences.of(m.start) - sent
            if step not in (-1, 0, 1) or countries and m.place.country_code not in countries:
                continue
            if settings and m.place.country_code not in settings | countries and not _filed_at(text, m):
                continue  # a lone place abroad (a namesake, a venue) is not where the story's unknown places lie
            rank = (_anchor_tier(step, text, m), self._ANCHOR_RANK[m.place.kind], abs(m.start - raw.start))
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


#: a byline: the writer and where and when the story was filed (``By Jane Roe | Lomé | 17 July 2024``)
_BYLINE = re.compile(r"By\s|[^\n]*\s\|\s")


def _on_byline(text: str, offset: int) -> bool:
    """Whether ``offset`` lies on a byline (a line opening with ``By`` or cut into fields by ``|``)."""
    return _BYLINE.match(text, text.rfind("\n", 0, offset) + 1) is not None


def _settings(out: list[Mention | None]) -> set[str]:
    """Countries where the document sets places of two names or more (not only the countries it names).

    Parameters
    ----------
    out
        The mentions placed so far.

    Returns
    -------
    set of str
        ISO country codes.
    """
    names: dict[str, set[str]] = {}
    for m in out:
        if m is not None and m.place is not None and m.place.country_code \
                and m.place.kind not in (PlaceKind.COUNTRY, PlaceKind.CONTINENT):
            names.setdefault(m.place.country_code, set()).add(m.text.casefold())
    return {cc for cc, found in names.items() if len(found) >= 2}


def _respelled(raw: RawMention, out: list[Mention | None]) -> Mention | None:
    """``Beled Hawo — also spelled Bulo Hawo``: the other spelling placed where the first one is.

    Parameters
    ----------
    raw
        The other spelling, with the start of the mention it respells.
    out
        The mentions placed so far, in text order.
    """
    for m in out:
        if m is not None and m.start == raw.respells and m.place is not None:
            return Mention(raw.start, raw.end, raw.text, m.place, m.geo_precision, Resolution.APPROXIMATE,
                           m.score, anchor=m.text, reason=f"not in the gazetteer; another spelling of {m.text}")
    return None


def _filed_at(text: str, anchor: Mention) -> bool:
    """Whether the anchor only says where the story was filed: a dateline opening the text, or a byline."""
    return not text[:anchor.start].strip() or _on_byline(text, anchor.start)


def _as_twin(raw: RawMention, twin: Mention) -> Mention:
    """The unknown name ``raw`` placed where another mention of the same name was placed."""
    return Mention(raw.start, raw.end, raw.text, twin.place, twin.geo_precision, Resolution.APPROXIMATE,
                   twin.score, anchor=twin.anchor, reason=twin.reason)


def _anchor_tier(step: int, text: str, anchor: Mention) -> int:
    """Preference of an anchor by where it stands: its own sentence, the sentence before, after, the dateline.

    Parameters
    ----------
    step
        Sentences from the unknown name to the anchor (-1, 0 or 1).
    text
        The document.
    anchor
        The candidate anchor.
    """
    if _filed_at(text, anchor):
        return 3  # the dateline or the byline: where the story is filed, not where it is set
    if step == 0:
        return 0
    return 1 if step < 0 else 2

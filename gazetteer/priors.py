"""Context-free priors of gazetteer candidates: population, kind of place, spelling, cue words.

A bare country or province name usually means the country or province; a metropolis
or a national capital owns its name; "the town of X" wants a town and "X province" a
division. Document context (focus, containers, nearness) is added by the resolver.

Examples
--------
>>> from gazetteer.model import Place
>>> from gazetteer.recognize import RawMention
>>> idlib = RawMention(0, 5, "Idlib", "idlib", True)
>>> city = Place("geonames:169389", "Idlib", 35.93, 36.63, "SY", "Idlib", "P", "PPLA", 128840)
>>> province = Place("geonames:169388", "Idlib", 35.75, 36.67, "SY", "Idlib", "A", "ADM1", 1500000)
>>> prior(idlib, province) > prior(idlib, city)
True
>>> province_cue = RawMention(0, 5, "Idlib", "idlib", True, suffix="countryside")
>>> prior(province_cue, city) > prior(province_cue, province)
True
"""

from __future__ import annotations

import math

from .model import MatchKind, Place, PlaceKind
from .normalize import abbreviate_head, fold, strip_article
from .recognize import RawMention

KIND_PRIOR = {
    PlaceKind.COUNTRY: 3.0, PlaceKind.CONTINENT: 3.0, PlaceKind.ADMIN1: 1.6, PlaceKind.WATER: 1.5,
    PlaceKind.REGION: 1.5, PlaceKind.ADMIN2: 0.8, PlaceKind.CITY: 0.0, PlaceKind.OTHER: -0.5,
}
MATCH_PENALTY = {MatchKind.EXACT: 0.0, MatchKind.ARTICLE: -0.2, MatchKind.NATIVE: -1.2,
                 MatchKind.SKELETON: -2.2, MatchKind.ONLINE: -0.5}
#: a city this large owns its name against bare-name namesakes
METROPOLIS = 1_000_000
#: population assumed for a town GeoNames gives none (many towns in conflict zones have no census figure)
UNKNOWN_POPULATION = 2_000
_WATER_WORDS = frozenset("sea ocean gulf bay strait straits river lake channel sound".split())
#: words after a name that make it a division ("Idlib province", "Masisi territory", "Depayin township")
REGIONAL_SUFFIXES = frozenset("province governorate region oblast state county parish district township territory"
                              .split())
#: identifiers of the entries curated in ``gazetteer/data/extra.json`` (regions, water bodies, islands)
CURATED_PREFIX = "incidentmap:"
#: prior a town gains as where a named person lives ("Joyce Glover, 22, Palestine")
RESIDENCE_BONUS = 1.0
#: prior a country loses to a division of its own that bears the name it was reached by
PART_NAME_PENALTY = 2.0


def parts_own_names(raw: RawMention, cands: list[Place], priors: list[float]) -> list[float]:
    """A country reached through a name one of its divisions owns means that division.

    GeoNames lists "England" among the United Kingdom's names; a text that says
    England means the constituent country, which bears the name as its own.
    """
    owners = {c.country_code for c in cands if c.kind is PlaceKind.ADMIN1 and fold(c.name) == raw.key}
    if not owners:
        return priors
    return [p - PART_NAME_PENALTY if c.kind is PlaceKind.COUNTRY and c.country_code in owners
            and fold(c.name) != raw.key else p for c, p in zip(cands, priors)]


#: kinds of place whose exact own name no town reached through another script shares by chance
_NAME_OWNING_KINDS = frozenset({PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.REGION, PlaceKind.WATER})


def drop_loose_homonyms(raw: RawMention, cands: list[Place]) -> list[Place]:
    """A name a capital or a metropolis owns is not reached through another town's loose spellings.

    The native-script route (Jericho -> أريحا -> Ariha) finds towns written differently in
    English; when the text's exact spelling is already a national capital's or a metropolis's
    own name (Doha), a village sharing its Arabic or Cyrillic name is only a homonym in that
    script, however close it lies to the story.
    """
    if not any(_owns_name(raw, c) for c in cands):
        return cands
    return [c for c in cands if not (c.kind is PlaceKind.CITY and c.match in (MatchKind.NATIVE, MatchKind.SKELETON))]


def _owns_name(raw: RawMention, c: Place) -> bool:
    """Whether ``c`` is a national capital, a metropolis or a region the text names exactly by its own name.

    ``Crimea`` is the peninsula, not a Russian village that shares its Cyrillic name (Krym).
    """
    if c.match is not MatchKind.EXACT or not is_own_name(raw.key, c):
        return False
    if c.kind is PlaceKind.CITY:
        return c.population >= METROPOLIS or c.feature_code == "PPLC"
    return c.kind in _NAME_OWNING_KINDS


def is_own_name(key: str, c: Place) -> bool:
    """Whether the folded ``key`` is the entry's own name, not one of its alternate spellings.

    >>> nyc = Place("geonames:5128581", "New York City", 40.71, -74.01, "US", "New York", "P", "PPL", 8804190)
    >>> is_own_name("new york", nyc), is_own_name("nueva york", nyc)
    (True, False)
    """
    name = fold(c.name)
    return name == key or name == strip_article(key) or name.startswith(key + " city") \
        or abbreviate_head(name) == key \
        or c.gazetteer_id.startswith(CURATED_PREFIX)  # a curated alias is the entry's own: Gaza, the Strip


def prior(raw: RawMention, c: Place, country_named: bool = False) -> float:
    """The context-free score of reading ``raw`` as ``c``: population, kind, spelling and cue words.

    ``country_named``: a country or continent bears the mention's exact name, so a town of
    that name needs a town cue ("the town of Mexico").
    """
    kind = c.kind
    # GeoNames writes 0 for "unknown": many towns in conflict zones have no census figure
    population = c.population or (UNKNOWN_POPULATION if kind is PlaceKind.CITY else 0)
    weight = 0.4 if kind is PlaceKind.CITY or kind is PlaceKind.COUNTRY else 0.3
    score = weight * math.log10(population + 1) + KIND_PRIOR[kind] + MATCH_PENALTY[c.match]
    if c.feature_code == "PPLC":
        score += 0.7
    own_name = is_own_name(raw.key, c)
    if own_name:
        score += 0.3
    if kind is PlaceKind.WATER and _WATER_WORDS & set(raw.key.split()):
        score += 2.0  # "the Red Sea" is the sea, not Sudan's Red Sea state
    town_cue = raw.cue == "town" or raw.suffix in ("countryside", "city", "town", "village")
    regional_cue = raw.cue == "region" or raw.suffix in REGIONAL_SUFFIXES
    if regional_cue:
        score += 2.0 if kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2) else -1.0 if kind is PlaceKind.CITY else 0
    elif town_cue:
        score += 1.0 if kind is PlaceKind.CITY else -2.0
    elif kind is PlaceKind.CITY and (c.population >= METROPOLIS or c.feature_code == "PPLC") and own_name:
        score += 1.5  # a metropolis or a national capital owns its name: New York, Aleppo, Washington
    if raw.cue == "resident":
        score += RESIDENCE_BONUS if kind is PlaceKind.CITY else 0.0  # a person lives in a town
    elif kind is PlaceKind.CITY and country_named and not town_cue:
        score -= 2.5  # Mexico, Kuwait, Canada: the country, not a town of that name
    return score

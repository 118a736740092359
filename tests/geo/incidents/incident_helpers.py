"""Helpers for the incident tagger tests: labels, hand-built mentions (the geoparser is separate)."""

from __future__ import annotations

import re
from datetime import date

from gazetteer.model import Mention, Place, Resolution
from geo.incidents import tag_incidents, tag_mentions
from geo.model import VIOLENT_TYPES, Document

#: (incident_type, sub_event_type) labels the tests compare with
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CHEMICAL = ("Explosions/Remote violence", "Chemical weapon")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
CLASH = ("Battles", "Armed clash")
GOV_REGAINS = ("Battles", "Government regains territory")
NSO = ("Battles", "Non-state actor overtakes territory")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
RIOT = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
ARRESTS = ("Strategic developments", "Arrests")
LOOTING = ("Strategic developments", "Looting/property destruction")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
BASE = ("Strategic developments", "Headquarters or base established")
HANDOVER = ("Strategic developments", "Non-violent transfer of territory")
CHANGE = ("Strategic developments", "Change to group/activity")
OTHER = ("Strategic developments", "Other")
DISPLACED = ("Displacement", None)
NONE = ("None", None)


def find_mentions(text: str, *names: str) -> list[Mention]:
    """Mentions of every whole-word occurrence of each name in ``text``, sorted by offset.

    Each distinct name gets its own fake gazetteer entry, so repeated mentions of a
    name are the same place.
    """
    mentions = []
    for name in names:
        place = Place(f"test:{name.lower().replace(' ', '-')}", name, 0.0, 0.0, "XX")
        found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
        assert found, f"{name!r} is not in the text"
        mentions += [
            Mention(m.start(), m.end(), m.group(), place, 1, Resolution.GAZETTEER, 1.0) for m in found
        ]
    return sorted(mentions, key=lambda m: m.start)


def labels(text: str, *names: str, when: date = date(2024, 5, 1), resolved: bool = True
           ) -> dict[str, set[tuple[str, str | None]]]:
    """Every ``(incident_type, sub_event_type)`` the tagger gives each name, over all its mentions.

    ``resolved=False`` hands the tagger unresolved mentions (names the gazetteer lacks).
    """
    mentions = find_mentions(text, *names)
    if not resolved:
        mentions = [Mention(m.start, m.end, m.text, None, 1, Resolution.UNRESOLVED, 0.0) for m in mentions]
    out: dict[str, set[tuple[str, str | None]]] = {}
    for inc in tag_incidents(Document("t", text, when), mentions):
        out.setdefault(inc.mention.text, set()).add((inc.incident_type, inc.sub_event_type))
    return out


def violent(found: set[tuple[str, str | None]]) -> bool:
    """Whether any of the labels is a violent event type."""
    return any(t in VIOLENT_TYPES for t, _ in found)


def primary(text: str, *names: str, when: date | None = None, mentions: list[Mention] | None = None
            ) -> dict[str, tuple[str, str | None]]:
    """The primary reading of the first mention of each name."""
    ms = mentions if mentions is not None else find_mentions(text, *names)
    out: dict[str, tuple[str, str | None]] = {}
    for tm in tag_mentions(Document("t", text, when), ms):
        out.setdefault(tm.mention.text, (tm.primary.incident_type, tm.primary.sub_event_type))
    return out


def place(name: str, feature_class: str, feature_code: str, country: str = "YE", admin1_code: str | None = None,
          population: int = 0) -> Place:
    """A gazetteer entry of a given kind, for tests where the place's kind or division matters."""
    return Place(f"test:{name}", name, 0.0, 0.0, country, None, feature_class, feature_code, population,
                 admin1_code=admin1_code)


def resolved(text: str, places: dict[str, Place]) -> list[Mention]:
    """Mentions of the first occurrence of each name, resolved to the given entries."""
    out = []
    for name, p in places.items():
        start = text.index(name)
        out.append(Mention(start, start + len(name), name, p, 1, Resolution.GAZETTEER, 1.0))
    return sorted(out, key=lambda m: m.start)

"""Group incidents into markers and choose the initial view.

A marker is one place in one incident-type layer: every incident of that type at
that place (from any article) shares it, and its popup lists them all. Incidents
with no point (unresolved mentions) get no marker. Approximate points keep
their own marker, labelled with the name as written, even when the anchor
place has one too.

Examples
--------
>>> from gazetteer.model import Mention, Place, Resolution
>>> from geo.model import Incident
>>> p = Place("geonames:1", "Saraqib", 35.86447, 36.80591, "SY", "Idlib")
>>> m = Mention(0, 7, "Saraqib", p, 1, Resolution.GAZETTEER, 0.9)
>>> groups = group_incidents([Incident("a", m, ((0, 7),), "Battles"), Incident("b", m, ((0, 7),), "Battles")])
>>> len(groups), groups[0].label, len(groups[0].incidents)
(1, 'Saraqib', 2)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from gazetteer.model import Place, Resolution
from geo.model import Incident
from maps.styles import NONE_TYPE, type_sort_key

__all__ = ["MarkerGroup", "group_incidents", "view_bounds", "Bounds"]

Bounds = tuple[tuple[float, float], tuple[float, float]]  #: ((south, west), (north, east))


@dataclass(slots=True)
class MarkerGroup:
    """The incidents of one type at one point: one marker."""

    incident_type: str
    place: Place
    approximate: bool
    incidents: list[Incident] = field(default_factory=list)
    offset: int = 0  #: horizontal icon shift in pixels when types share a point

    @property
    def lat(self) -> float:
        return self.place.lat

    @property
    def lon(self) -> float:
        return self.place.lon

    @property
    def label(self) -> str:
        """The name shown in tooltips and the search box."""
        first = self.incidents[0].mention
        if self.approximate and first.text.casefold() != self.place.name.casefold():
            return f"{first.text} (near {self.place.name})"
        return self.place.name


def _key(incident: Incident) -> tuple[object, ...] | None:
    mention = incident.mention
    place = mention.place
    if place is None or mention.resolution == Resolution.UNRESOLVED:
        return None
    approximate = mention.resolution == Resolution.APPROXIMATE
    return (
        incident.incident_type,
        place.gazetteer_id,
        round(place.lat, 6),
        round(place.lon, 6),
        mention.text.casefold() if approximate else "",
    )


def group_incidents(incidents: Iterable[Incident], *, spread_px: int = 14) -> list[MarkerGroup]:
    """One :class:`MarkerGroup` per (type, place); unplaced incidents are skipped.

    Groups of different types at the same point get icon offsets ``spread_px``
    apart so all of them stay visible and clickable.
    """
    groups: dict[tuple[object, ...], MarkerGroup] = {}
    for incident in incidents:
        key = _key(incident)
        if key is None:
            continue
        group = groups.get(key)
        if group is None:
            mention = incident.mention
            assert mention.place is not None
            group = groups[key] = MarkerGroup(
                incident.incident_type, mention.place, mention.resolution == Resolution.APPROXIMATE
            )
        group.incidents.append(incident)
    ordered = sorted(groups.values(), key=lambda g: (type_sort_key(g.incident_type), g.label.casefold()))
    by_point: dict[tuple[float, float], list[MarkerGroup]] = {}
    for group in ordered:
        by_point.setdefault((round(group.lat, 5), round(group.lon, 5)), []).append(group)
    for shared in by_point.values():
        for i, group in enumerate(shared):
            group.offset = round((i - (len(shared) - 1) / 2) * spread_px)
    return ordered


def _box(points: Sequence[tuple[float, float]]) -> Bounds:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return ((min(lats), min(lons)), (max(lats), max(lons)))


def view_bounds(groups: Sequence[MarkerGroup]) -> Bounds | None:
    """Bounds of the places where something happened (fallback: of all places).

    Places that are only mentioned (``"None"``, e.g. New York in a quote) do not
    widen the view when there is at least one incident with a point.

    >>> view_bounds([]) is None
    True
    """
    active = [(g.lat, g.lon) for g in groups if g.incident_type != NONE_TYPE]
    points = active or [(g.lat, g.lon) for g in groups]
    return _box(points) if points else None

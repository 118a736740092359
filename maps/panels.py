"""The map's title/summary panel and its legend, as escaped HTML.

Examples
--------
>>> stats = MapStats(articles=1, places=3, unlocated=("Qaminas",), by_type={"Battles": 2}, mapped_by_type={"Battles": 2}, dates=())
>>> "Qaminas" in summary_html("Idlib", stats)
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date

from geo.model import Incident
from maps.grouping import MarkerGroup
from maps.popup import esc
from maps.styles import NONE_TYPE, icon_svg, style_for, type_sort_key

__all__ = ["MapStats", "map_stats", "default_title", "summary_html", "legend_html"]


@dataclass(frozen=True, slots=True)
class MapStats:
    """What the summary says about a map."""

    articles: int
    places: int  #: distinct points on the map
    unlocated: tuple[str, ...]  #: names as written of mentions with no point
    by_type: dict[str, int]  #: incidents by type (all, placed or not), "None" excluded
    mapped_by_type: dict[str, int]  #: incidents drawn on the map by type, "None" included
    dates: tuple[Date, ...]  #: first and last incident date, or ()


def map_stats(incidents: Sequence[Incident], groups: Sequence[MarkerGroup]) -> MapStats:
    """Count articles, places, unplaced mentions and incidents by type."""
    placed_ids = {id(i) for g in groups for i in g.incidents}
    unlocated: dict[str, None] = {}
    for incident in incidents:
        if id(incident) not in placed_ids:
            unlocated.setdefault(incident.mention.text, None)
    by_type = Counter(i.incident_type for i in incidents if i.incident_type != NONE_TYPE)
    mapped = Counter()
    for group in groups:
        mapped[group.incident_type] += len(group.incidents)
    dated = sorted(i.date for i in incidents if i.date is not None)
    return MapStats(
        articles=len({i.doc_id for i in incidents}),
        places=len({(round(g.lat, 5), round(g.lon, 5)) for g in groups}),
        unlocated=tuple(unlocated),
        by_type=dict(sorted(by_type.items(), key=lambda kv: type_sort_key(kv[0]))),
        mapped_by_type=dict(sorted(mapped.items(), key=lambda kv: type_sort_key(kv[0]))),
        dates=(dated[0], dated[-1]) if dated else (),
    )


def default_title(incidents: Sequence[Incident]) -> str:
    """The article's title for a one-article map, else ``"Incident map"``."""
    docs = {i.doc_id for i in incidents}
    titles = {i.title for i in incidents if i.title}
    if len(docs) == 1 and len(titles) == 1:
        return titles.pop()
    return "Incident map"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_html(title: str, stats: MapStats, *, max_unlocated: int = 6) -> str:
    """Title and a few lines: articles, places, dates, incidents by type, what could not be placed."""
    total = sum(stats.by_type.values())
    lines = [
        f"{_plural(stats.articles, 'article')} &middot; {_plural(stats.places, 'place')} on the map"
        f" &middot; {_plural(total, 'incident')}"
    ]
    if stats.dates:
        first, last = (d.isoformat() for d in stats.dates)
        lines.append(esc(first if first == last else f"{first} to {last}"))
    if stats.by_type:
        lines.append(", ".join(f"{esc(style_for(t).label)} {n}" for t, n in stats.by_type.items()))
    if stats.unlocated:
        names = ", ".join(esc(n) for n in stats.unlocated[:max_unlocated])
        more = len(stats.unlocated) - max_unlocated
        names += f" and {more} more" if more > 0 else ""
        lines.append(f'<span class="im-muted">Not located: {names}</span>')
    body = "".join(f"<div>{line}</div>" for line in lines)
    return f'<div class="im-title">{esc(title)}</div><div class="im-summary">{body}</div>'


def legend_html(stats: MapStats) -> str:
    """One row per type drawn on the map: icon, label, count of incidents drawn."""
    rows = "".join(
        f'<li class="im-legend-row" data-type="{esc(t)}" data-count="{n}">{icon_svg(t, 18)}'
        f'<span class="im-legend-label">{esc(style_for(t).label)}</span>'
        f'<span class="im-legend-count">{n}</span></li>'
        for t, n in stats.mapped_by_type.items()
    )
    if not rows:
        rows = '<li class="im-legend-row im-muted">No places to show</li>'
    return f'<div class="im-legend-title">Legend</div><ul class="im-legend-list">{rows}</ul>'

"""Compose the incident map from folium objects and write it as one HTML file.

Layout: offline Natural Earth basemap (default) and OpenStreetMap (online,
off at load) as base layers; one overlay per incident type with one marker per
place (clustered above ``cluster_threshold`` markers); title/summary, layer
control and legend top right; zoom, fullscreen and place search top left; scale
bottom left. Corpus maps (several articles) also get a heat-map overlay, and a
time slider when incidents have two or more dates.

Examples
--------
>>> fmap = make_map([])
>>> type(fmap).__name__
'OfflineMap'
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from branca.element import MacroElement
from offlinefolium import DivIcon, FeatureGroup, GeoJson, LayerControl, Marker, TileLayer
from offlinefolium.plugins import FeatureGroupSubGroup, Fullscreen, HeatMap, MarkerCluster, TimelineSlider
from offlinefolium.template import Template
from offlinefolium.utilities import JsCode

from geo._files import atomic_write_text
from geo.model import Incident
from maps.basemap import ATTRIBUTION as NE_ATTRIBUTION
from maps.basemap import basemap_geojson, place_labels
from maps.elements import (
    Attribution,
    HiddenTimeline,
    HtmlControl,
    LabelLayer,
    OfflineMap,
    PlaceSearch,
    SafePopup,
    SafeTooltip,
    add_head_css,
)
from maps.grouping import MarkerGroup, group_incidents, view_bounds
from maps.panels import default_title, legend_html, map_stats, summary_html
from maps.popup import esc, popup_html, tooltip_html
from maps.styles import NONE_TYPE, icon_svg, style_for
from maps.theme import COUNTRY_STYLE, PAGE_CSS

__all__ = ["make_map", "render_map", "write_map", "CLUSTER_THRESHOLD", "GEONAMES_ATTRIBUTION"]

CLUSTER_THRESHOLD = 40  #: more markers than this are clustered
MAX_VIEW_ZOOM = 11  #: the initial view never zooms closer than this
GEONAMES_ATTRIBUTION = 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
OFFLINE_BASE_NAME = "Offline map (Natural Earth)"
ONLINE_BASE_NAME = "OpenStreetMap (online)"


def _layer_name(incident_type: str, count: int) -> str:
    return f'{icon_svg(incident_type, 16)} {esc(style_for(incident_type).label)} <span class="im-lc-count">({count})</span>'


def _search_labels(groups: Sequence[MarkerGroup]) -> dict[int, str]:
    """Search label per group; different places with the same label get their admin1/country added."""
    places: dict[str, set[tuple[str, float, float]]] = {}
    for g in groups:
        places.setdefault(g.label, set()).add((g.place.gazetteer_id, round(g.lat, 5), round(g.lon, 5)))
    labels = {}
    for g in groups:
        label = g.label
        if len(places[label]) > 1:
            where = ", ".join(x for x in (g.place.admin1, g.place.country_code) if x)
            label = f"{label} ({where or f'{g.lat:.3f}, {g.lon:.3f}'})"
        labels[id(g)] = label
    return labels


def _first_date(group: MarkerGroup) -> str | None:
    dates = [i.date for i in group.incidents if i.date is not None]
    return min(dates).isoformat() if dates else None


def _marker(group: MarkerGroup, search_label: str, *, dated: bool) -> Marker:
    style = style_for(group.incident_type)
    size = style.size
    pin = (
        f'<div class="im-pin im-pin-{style.slug}" data-type="{esc(group.incident_type)}" '
        f'data-place="{esc(search_label)}" data-count="{len(group.incidents)}">{icon_svg(group.incident_type)}</div>'
    )
    icon = DivIcon(
        html=pin,
        icon_size=(size, size),
        icon_anchor=(size // 2 - group.offset, size // 2),
        popup_anchor=(group.offset, -size // 2),
        class_name=f"im-marker im-marker-{style.slug}",
    )
    options: dict[str, Any] = {"place_name": search_label, "rise_on_hover": True}
    if group.incident_type == NONE_TYPE:
        options["z_index_offset"] = -500
    if dated and (first := _first_date(group)):
        options["first_date"] = first
    marker = Marker([group.lat, group.lon], icon=icon, **options)
    marker.add_child(SafePopup(popup_html(group)))
    marker.add_child(SafeTooltip(f'<div class="im-tip">{tooltip_html(group)}</div>'))
    return marker


def _timeline_data(groups: Sequence[MarkerGroup]) -> tuple[dict[str, Any], str, str]:
    """Cumulative dots: each dated incident is shown from its date to the end of the range."""
    dated = [(i, g) for g in groups if g.incident_type != NONE_TYPE for i in g.incidents if i.date]
    end = max(i.date for i, _ in dated).isoformat()
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(g.lon, 6), round(g.lat, 6)]},
            "properties": {
                "start": i.date.isoformat(),
                "end": end,
                "colour": style_for(g.incident_type).colour,
                "label": f"{g.label}: {style_for(g.incident_type).label}, {i.date.isoformat()}",
            },
        }
        for i, g in dated
    ]
    first = min(i.date for i, _ in dated).isoformat()
    return {"type": "FeatureCollection", "features": features}, first, end


_TIMELINE_POINT = JsCode(
    """function (feature, latlng) {
        var p = feature.properties;
        var dot = L.circleMarker(latlng, {radius: 7, color: "#fff", weight: 1.5, fillColor: p.colour, fillOpacity: 0.9});
        var tip = document.createElement("span");
        tip.textContent = p.label;
        return dot.bindTooltip(tip);
    }"""
)


class _TimeFilter(MacroElement):
    """Hide markers whose first incident is after the slider's time; start at the end."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function () {
                var layers = [{% for l in this.layers %}{{ l.get_name() }}{{ "," if not loop.last }}{% endfor %}];
                var entries = [];
                layers.forEach(function (layer) {
                    layer.eachLayer(function (m) {
                        if (m.options && m.options.firstDate) {
                            entries.push([m, layer, Date.parse(m.options.firstDate)]);
                        }
                    });
                });
                {{ this.timeline.get_name() }}.on("change", function () {
                    var t = {{ this.timeline.get_name() }}.time;
                    entries.forEach(function (e) {
                        var show = e[2] <= t;
                        if (show && !e[1].hasLayer(e[0])) { e[1].addLayer(e[0]); }
                        if (!show && e[1].hasLayer(e[0])) { e[1].removeLayer(e[0]); }
                    });
                });
                {{ this.slider.get_name() }}.setTime({{ this.end|tojson }});
            })();
        {% endmacro %}
        """
    )

    def __init__(self, layers: Sequence[Any], timeline: Any, slider: Any, end_ms: int) -> None:
        super().__init__()
        self._name = "TimeFilter"
        self.layers = list(layers)
        self.timeline = timeline
        self.slider = slider
        self.end = end_ms


def _add_corpus_layers(fmap: OfflineMap, groups: Sequence[MarkerGroup], layers: Sequence[Any]) -> None:
    active = [g for g in groups if g.incident_type != NONE_TYPE]
    if not active:
        return
    HeatMap(
        [[round(g.lat, 6), round(g.lon, 6), len(g.incidents)] for g in active],
        name="Heat map (incidents)",
        show=False,
        radius=22,
        blur=16,
        min_opacity=0.35,
        max_zoom=12,
    ).add_to(fmap)
    dates = {i.date for g in active for i in g.incidents if i.date}
    if len(dates) < 2:
        return
    data, _first, end = _timeline_data(groups)
    timeline = HiddenTimeline(data, name="Incident dots by date", show=False, point_to_layer=_TIMELINE_POINT)
    timeline.add_to(fmap)
    slider = TimelineSlider(auto_play=False, date_options="YYYY-MM-DD", show_ticks=True, enable_playback=True)
    slider.add_timelines(timeline).add_to(fmap)
    end_ms = int(dt.datetime.fromisoformat(end).replace(tzinfo=dt.UTC).timestamp() * 1000)
    _TimeFilter(layers, timeline, slider, end_ms).add_to(fmap)


def make_map(
    incidents: Iterable[Incident],
    *,
    title: str | None = None,
    cluster_threshold: int = CLUSTER_THRESHOLD,
    basemap: bool = True,
) -> OfflineMap:
    """Build the folium map of the incidents (nothing is fetched, nothing is written).

    Parameters
    ----------
    incidents
        Incidents from one article or a corpus; unresolved ones are counted in
        the summary but not drawn.
    title
        Map title; default the article's title for one article, else "Incident map".
    cluster_threshold
        Cluster markers when there are more than this many.
    basemap
        Draw the offline Natural Earth boundaries (turn off for tiny test maps).

    Returns
    -------
    OfflineMap
        A ``folium.Map``; ``fmap.get_root().render()`` is the HTML page.

    Examples
    --------
    >>> from gazetteer.model import Mention, Place, Resolution
    >>> p = Place("geonames:168661", "Kafr Nabl", 35.61376, 36.56449, "SY", "Idlib", "P", "PPL")
    >>> inc = Incident("a1", Mention(0, 9, "Kafr Nabl", p, 1, Resolution.GAZETTEER, 0.9), ((0, 9),), "Battles")
    >>> html = render_map([inc], basemap=False)
    >>> "Kafr Nabl" in html and "cdn.jsdelivr" not in html
    True
    """
    incidents = list(incidents)
    groups = group_incidents(incidents)
    stats = map_stats(incidents, groups)
    bounds = view_bounds(groups)
    title = title or default_title(incidents)

    if bounds is None:
        fmap = OfflineMap(location=(20.0, 0.0), zoom_start=2, tiles=None, control_scale=True, min_zoom=2, maxZoom=18)
    else:
        (south, west), (north, east) = bounds
        centre = ((south + north) / 2, (west + east) / 2)
        fmap = OfflineMap(location=centre, zoom_start=8, tiles=None, control_scale=True, min_zoom=2, maxZoom=18)
    root = fmap.get_root()
    root.title = esc(title)  # branca writes <title> unescaped
    add_head_css(fmap, PAGE_CSS)

    base = FeatureGroup(name=OFFLINE_BASE_NAME, overlay=False, show=True).add_to(fmap)
    if basemap:
        GeoJson(
            basemap_geojson(bounds), control=False, style=COUNTRY_STYLE, interactive=False, attribution=NE_ATTRIBUTION
        ).add_to(base)
        LabelLayer(place_labels(bounds), fmap).add_to(base)
    import xyzservices

    TileLayer(xyzservices.providers.OpenStreetMap.Mapnik, name=ONLINE_BASE_NAME, overlay=False, show=False).add_to(fmap)

    cluster = None
    if len(groups) > cluster_threshold:
        cluster = MarkerCluster(
            control=False, show_coverage_on_hover=False, max_cluster_radius=45, spiderfy_on_max_zoom=True
        ).add_to(fmap)
    dated = stats.articles > 1  # corpus maps may get a time slider that filters markers
    labels = _search_labels(groups)
    layers = []
    for incident_type, count in stats.mapped_by_type.items():
        name = _layer_name(incident_type, count)
        layer = FeatureGroupSubGroup(cluster, name=name) if cluster else FeatureGroup(name=name)
        layer.add_to(fmap)
        for group in (g for g in groups if g.incident_type == incident_type):
            _marker(group, labels[id(group)], dated=dated).add_to(layer)
        layers.append(layer)

    if stats.articles > 1:
        _add_corpus_layers(fmap, groups, layers)

    Fullscreen(position="topleft", title="Full screen", title_cancel="Exit full screen").add_to(fmap)
    if layers:
        PlaceSearch(layers, cluster=cluster).add_to(fmap)
    HtmlControl(summary_html(title, stats), css_class="im-panel im-summary-panel").add_to(fmap)
    LayerControl(position="topright", collapsed=True).add_to(fmap)
    HtmlControl(legend_html(stats), css_class="im-panel im-legend").add_to(fmap)
    Attribution(GEONAMES_ATTRIBUTION).add_to(fmap)
    if bounds is not None:
        slider = any(isinstance(child, TimelineSlider) for child in fmap._children.values())
        fmap.fit_bounds(
            [list(bounds[0]), list(bounds[1])],
            padding_top_left=(40, 40),
            padding_bottom_right=(40, 120 if slider else 40),
            max_zoom=MAX_VIEW_ZOOM,
        )
    return fmap


def render_map(incidents: Iterable[Incident], **kwargs: Any) -> str:
    """The complete HTML page of :func:`make_map` as a string."""
    return make_map(incidents, **kwargs).get_root().render()


def write_map(
    incidents: Iterable[Incident], path: str | os.PathLike[str], *, title: str | None = None, **kwargs: Any
) -> Path:
    """Write the self-contained HTML map to ``path`` (temporary file + rename).

    Raises
    ------
    gazetteer.exc.ExportError
        When the file cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = write_map([], pathlib.Path(tempfile.mkdtemp()) / "map.html", basemap=False)
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    return atomic_write_text(path, render_map(incidents, title=title, **kwargs), what="map")

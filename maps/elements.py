"""folium (``offlinefolium``) elements tuned for a self-contained, injection-safe map.

* :class:`OfflineMap` inlines only Leaflet itself (no jQuery, Bootstrap or Font
  Awesome: our icons are inline SVG), which keeps the file small.
* :class:`SafePopup` and :class:`SafeTooltip` pass their HTML to Leaflet as a
  JSON string literal (``|tojson`` escapes ``<``, ``>``, ``&`` and ``'``), never
  inside a JavaScript template literal as folium's own do, so article text can
  neither close the ``<script>`` nor inject ``${...}``.
* :class:`HtmlControl` puts our (already escaped) HTML into a Leaflet control;
  :class:`PlaceSearch` is leaflet-search over several layers whose result list
  is built with ``textContent``; :class:`HiddenTimeline` is a ``Timeline``
  that honours ``show=False``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from branca.element import Element, Figure, MacroElement
from offlinefolium import Map, Popup, Tooltip
from offlinefolium.elements import JSCSSMixin
from offlinefolium.plugins import Timeline
from offlinefolium.template import Template

__all__ = [
    "OfflineMap",
    "SafePopup",
    "SafeTooltip",
    "HtmlControl",
    "Attribution",
    "PlaceSearch",
    "HiddenTimeline",
    "LabelLayer",
    "add_head_css",
]

_LEAFLET_JS = ("leaflet", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js")
_LEAFLET_CSS = ("leaflet_css", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css")


class OfflineMap(Map):
    """A folium ``Map`` whose page inlines Leaflet's JS/CSS and nothing else.

    The URLs are only keys into offlinefolium's embedded copies; the HTML gets
    the file contents, never a ``<script src>``.
    """

    default_js = [_LEAFLET_JS]
    default_css = [_LEAFLET_CSS]


class SafePopup(Popup):
    """A popup whose HTML reaches Leaflet as a JSON string (see module doc)."""

    _template = Template(
        """
        var {{ this.get_name() }} = L.popup({{ this.options|tojavascript }});
        {{ this.get_name() }}.setContent({{ this.content|tojson }});
        {{ this._parent.get_name() }}.bindPopup({{ this.get_name() }});
        """
    )

    def __init__(self, content: str, *, max_width: int = 360, **kwargs: Any) -> None:
        super().__init__(None, max_width=max_width, **kwargs)
        self._name = "SafePopup"
        self.content = content


class SafeTooltip(Tooltip):
    """A tooltip whose HTML reaches Leaflet as a JSON string."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindTooltip(
                {{ this.text|tojson }},
                {{ this.options|tojavascript }}
            );
        {% endmacro %}
        """
    )

    def __init__(self, content: str, **kwargs: Any) -> None:
        super().__init__(content, sticky=False, direction="top", **kwargs)
        self._name = "SafeTooltip"


class HtmlControl(MacroElement):
    """A Leaflet control showing fixed HTML (title panel, legend).

    ``html`` must already be escaped where it carries outside text; it is set with
    ``innerHTML`` from a JSON string literal. Clicks and wheel events on the panel
    do not reach the map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
            {{ this.get_name() }}.onAdd = function (map) {
                var div = L.DomUtil.create("div", {{ this.css_class|tojson }});
                div.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html: str, *, position: str = "topright", css_class: str = "im-panel") -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.html = html
        self.position = position
        self.css_class = f"leaflet-control {css_class}"


class Attribution(MacroElement):
    """Add a fixed credit line to the map's attribution control."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Attribution"
        self.text = text


def add_head_css(fmap: Map, css: str, *, name: str = "incidentmap_css") -> None:
    """Add our fixed CSS (no outside text) to the page head."""
    root = fmap.get_root()
    assert isinstance(root, Figure), "the map must be in a Figure"
    root.header.add_child(Element(f"<style>{css}</style>"), name=name)


class PlaceSearch(JSCSSMixin, MacroElement):
    """leaflet-search over the markers of several layers, by their ``placeName`` option.

    The layers are only indexed (a group that is never added to the map), so
    hiding a type's layer keeps its places searchable; a hit zooms there and
    opens the marker's popup (through its cluster when clustered). Result rows
    are built with ``textContent``: place names are never parsed as HTML.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }}_index = L.featureGroup([
                {%- for layer in this.layers %}{{ layer.get_name() }}{{ "," if not loop.last }}{% endfor -%}
            ]);
            var {{ this.get_name() }} = new L.Control.Search({
                layer: {{ this.get_name() }}_index,
                propertyName: "placeName",
                initial: false,
                collapsed: true,
                marker: false,
                zoom: {{ this.zoom|tojson }},
                position: {{ this.position|tojson }},
                textPlaceholder: {{ this.placeholder|tojson }},
                textErr: "No such place on this map",
                buildTip: function (text, val) {
                    var tip = L.DomUtil.create("li", "");
                    tip.textContent = text;
                    return tip;
                }
            });
            {{ this.get_name() }}.on("search:locationfound", function (e) {
                var marker = e.layer;
                if (!marker) { return; }
                {%- if this.cluster %}
                if ({{ this.cluster.get_name() }}.hasLayer(marker)) {
                    {{ this.cluster.get_name() }}.zoomToShowLayer(marker, function () { marker.openPopup(); });
                    return;
                }
                {%- endif %}
                if (marker._map) { marker.openPopup(); }
            });
            {{ this._parent.get_name() }}.addControl({{ this.get_name() }});
        {% endmacro %}
        """
    )

    default_js = [("Leaflet.Search.js", "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.js")]
    default_css = [("Leaflet.Search.css", "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.css")]

    def __init__(
        self,
        layers: Sequence[MacroElement],
        *,
        cluster: MacroElement | None = None,
        zoom: int = 12,
        position: str = "topleft",
        placeholder: str = "Search places...",
    ) -> None:
        super().__init__()
        self._name = "PlaceSearch"
        self.layers = list(layers)
        self.cluster = cluster
        self.zoom = zoom
        self.position = position
        self.placeholder = placeholder


class HiddenTimeline(Timeline):
    """folium's ``Timeline`` that is added to the map only when ``show`` is true.

    (folium's template always adds it; here :class:`~offlinefolium.map.Layer`
    decides, so a corpus map can offer the timeline as an overlay that is off at
    load.)
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
          var {{ this.get_name() }}_options = {{ this.options|tojavascript }};
          var {{ this.get_name() }} = L.timeline(
              {{ this.data|tojson }},
              {{ this.get_name() }}_options
          );
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any], *, name: str, show: bool = False, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self.layer_name = name
        self.overlay = True
        self.control = True
        self.show = show


class LabelLayer(MacroElement):
    """Place-name labels of the offline basemap, drawn under the markers and never clickable.

    Names are set with ``textContent``. City labels show from zoom
    ``city_zoom`` on; country labels up to ``country_zoom``.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function (map) {
                var pane = map.getPane("imLabels") || map.createPane("imLabels");
                pane.style.zIndex = 450;
                pane.style.pointerEvents = "none";
                function zoomed() {
                    var z = map.getZoom();
                    pane.classList.toggle("im-hide-city", z < {{ this.city_zoom }});
                    pane.classList.toggle("im-hide-country", z > {{ this.country_zoom }});
                }
                map.on("zoomend", zoomed);
                map.whenReady(zoomed);
                return L.geoJson({{ this.data|tojson }}, {
                    pane: "imLabels",
                    interactive: false,
                    pointToLayer: function (feature, latlng) {
                        var text = document.createElement("span");
                        text.className = "im-label-text";
                        text.textContent = feature.properties.name;
                        return L.marker(latlng, {
                            pane: "imLabels", interactive: false, keyboard: false,
                            icon: L.divIcon({className: "im-label im-label-" + feature.properties.kind, html: text, iconSize: null})
                        });
                    }
                });
            })({{ this.map.get_name() }});
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any], fmap: Map, *, city_zoom: int = 7, country_zoom: int = 8) -> None:
        super().__init__()
        self._name = "LabelLayer"
        self.data = data
        self.map = fmap
        self.city_zoom = city_zoom
        self.country_zoom = country_zoom

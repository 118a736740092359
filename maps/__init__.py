"""Offline incident maps: one self-contained Leaflet HTML file per map.

Importing :mod:`maps` is cheap; folium (``folium-offline``), shapely and
Playwright load when a map is built or rendered.

Examples
--------
>>> import maps
>>> sorted(n for n in maps.__all__ if n.endswith("map"))
['make_map', 'render_map', 'write_map']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gazetteer._lazy import lazy_exports

if TYPE_CHECKING:  # pragma: no cover
    from maps.browser import screenshot
    from maps.build import make_map, render_map, write_map

_LAZY: dict[str, str] = {
    "make_map": "maps.build",
    "render_map": "maps.build",
    "write_map": "maps.build",
    "screenshot": "maps.browser",
}
_NEEDS = {
    "offlinefolium": "folium-offline",
    "branca": "folium-offline",
    "jinja2": "folium-offline",
    "xyzservices": "xyzservices",
    "shapely": "shapely",
    "playwright": "playwright",
}

__all__ = sorted(_LAZY)
__getattr__, __dir__ = lazy_exports(__name__, _LAZY, _NEEDS)

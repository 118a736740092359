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

from importlib import import_module
from typing import TYPE_CHECKING, Any

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
    "playwright": "playwright (and Chromium)",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'maps' has no attribute {name!r}")
    try:
        value = getattr(import_module(module), name)
    except ModuleNotFoundError as err:
        missing = (err.name or "").split(".")[0]
        if missing not in _NEEDS:
            raise
        raise ImportError(
            f"maps.{name} needs {_NEEDS[missing]}: pip install '{_NEEDS[missing].split(' ')[0]}'"
            + (" (incidentmap[test] installs it)" if missing == "playwright" else "")
        ) from err
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

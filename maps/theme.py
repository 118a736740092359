"""CSS of the map page and the styles of the offline basemap (fixed text, no outside input)."""

from __future__ import annotations

__all__ = ["PAGE_CSS", "COUNTRY_STYLE", "SEA_COLOUR"]

SEA_COLOUR = "#c9dcea"

#: Leaflet path style of the Natural Earth countries.
COUNTRY_STYLE: dict[str, object] = {
    "color": "#8d8d8d",
    "weight": 0.8,
    "opacity": 1,
    "fillColor": "#f3f0e8",
    "fillOpacity": 1,
}

PAGE_CSS = f"""
.leaflet-container {{ background: {SEA_COLOUR}; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }}
.im-marker {{ background: none; border: 0; }}
.im-pin {{ line-height: 0; filter: drop-shadow(0 1px 2px rgba(0,0,0,.65)); transition: transform .1s; }}
.im-pin:hover {{ transform: scale(1.2); }}
.im-panel {{ background: rgba(255,255,255,.94); color: #222; border-radius: 6px; padding: 8px 10px;
  box-shadow: 0 1px 5px rgba(0,0,0,.35); max-width: 330px; }}
.im-title {{ font-weight: 700; font-size: 15px; margin-bottom: 3px; }}
.im-summary div {{ margin-top: 2px; }}
.im-muted {{ color: #666; }}
.im-legend-title {{ font-weight: 700; margin-bottom: 4px; }}
.im-legend-list {{ list-style: none; margin: 0; padding: 0; }}
.im-legend-row {{ display: flex; align-items: center; gap: 6px; margin: 3px 0; }}
.im-legend-label {{ flex: 1; }}
.im-legend-count {{ font-variant-numeric: tabular-nums; font-weight: 600; padding-left: 8px; }}
.im-icon {{ flex: none; vertical-align: middle; }}
.leaflet-control-layers-overlays label span, .leaflet-control-layers-base label span {{ white-space: nowrap; }}
.leaflet-control-layers .im-icon {{ margin: 0 2px; }}
.im-lc-count {{ color: #555; }}
.im-popup {{ max-height: 360px; overflow-y: auto; font-size: 13px; line-height: 1.35; }}
.leaflet-popup-content {{ margin: 10px 12px; }}
.im-head {{ display: flex; gap: 8px; align-items: center; margin-bottom: 4px; }}
.im-name {{ font-size: 15px; }}
.im-where {{ color: #555; font-size: 12px; }}
.im-incident {{ border-top: 1px solid #ddd; padding-top: 5px; margin-top: 5px; }}
.im-type {{ font-weight: 600; margin-bottom: 2px; }}
.im-incident table {{ border-collapse: collapse; }}
.im-incident th {{ text-align: left; color: #555; font-weight: 500; padding: 1px 8px 1px 0; vertical-align: top; }}
.im-incident td {{ padding: 1px 0; }}
.im-evidence {{ margin: 4px 0 5px; padding: 4px 8px; border-left: 3px solid #bbb; background: #f6f6f6; }}
.im-evidence mark {{ background: #ffe066; padding: 0 1px; }}
.im-more {{ color: #555; margin-top: 5px; font-style: italic; }}
.leaflet-tooltip .im-tip span {{ color: #555; }}
.im-label {{ background: none; border: 0; }}
.im-label-text {{ position: relative; white-space: nowrap; color: #444; text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }}
.im-label-city .im-label-text {{ left: -3px; top: -3px; font-size: 11px; }}
.im-label-city .im-label-text::before {{ content: ""; display: inline-block; width: 5px; height: 5px; margin-right: 3px;
  border-radius: 50%; background: #666; vertical-align: middle; }}
.im-label-country .im-label-text {{ display: inline-block; transform: translate(-50%, -50%); font-size: 12px;
  letter-spacing: .12em; text-transform: uppercase; color: #777; }}
.im-hide-city .im-label-city, .im-hide-country .im-label-country {{ display: none; }}
.leaflet-control-search .search-tooltip {{ max-height: 240px; }}
.leaflet-container .leaflet-control-search.search-load .search-input {{ background: #fff; }}  /* its CSS points at ../images/loader.gif */
"""

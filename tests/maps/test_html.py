"""The map page without a browser: offline, small, escaped; popups, grouping, basemap."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gazetteer.exc import ExportError
from gazetteer.model import Mention, Place, Resolution
from geo.model import Incident
from maps.basemap import basemap_geojson, place_labels
from maps.build import render_map, write_map
from maps.grouping import group_incidents, view_bounds
from maps.popup import highlight, popup_html, precision_text, safe_url, tooltip_html
from maps.styles import TYPE_STYLES, icon_svg, style_for
from tests.conftest import XSS, XSS_SCRIPT, corpus_incidents, seed_incidents, xss_incidents

MAX_BYTES = 2_000_000


@pytest.fixture(scope="module")
def seed_html() -> str:
    return render_map(seed_incidents())


@pytest.fixture(scope="module")
def corpus_html() -> str:
    return render_map(corpus_incidents())


def test_page_loads_no_script_style_or_image_from_anywhere(seed_html: str) -> None:
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)\s*=", seed_html, flags=re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", seed_html, flags=re.I)


@pytest.mark.parametrize(
    "code",
    ["new L.Control.Search(", "leaflet-control-zoom-fullscreen", ".leaflet-pane", "Leaflet 1.9.3"],
    ids=["leaflet-search", "fullscreen", "leaflet-css", "leaflet-js"],
)
def test_page_inlines_leaflet_and_plugins(seed_html: str, code: str) -> None:
    assert code in seed_html


def test_page_ships_no_jquery_bootstrap_or_font_awesome(seed_html: str) -> None:
    for library in ("jQuery v", "Bootstrap v", "Font Awesome"):
        assert library not in seed_html


def test_online_tile_layer_is_defined_but_not_added_at_load(seed_html: str) -> None:
    (name,) = set(re.findall(r"var (tile_layer_\w+) = L\.tileLayer", seed_html))
    assert f"{name}.addTo(" not in seed_html
    assert "tile.openstreetmap.org" in seed_html


@pytest.mark.parametrize("which", ["seed", "corpus"])
def test_page_stays_small(seed_html: str, corpus_html: str, which: str) -> None:
    html = seed_html if which == "seed" else corpus_html
    assert len(html.encode("utf-8")) < MAX_BYTES


def test_corpus_page_has_time_slider_and_heat_map(corpus_html: str, seed_html: str) -> None:
    assert "L.timelineSliderControl" in corpus_html and "L.heatLayer" in corpus_html
    assert "L.timelineSliderControl(" not in seed_html and "L.heatLayer(" not in seed_html


@pytest.fixture(scope="module")
def xss_html() -> str:
    return render_map(xss_incidents())


@pytest.mark.parametrize("hostile", [XSS, XSS_SCRIPT, "<script>window", "onerror=\"", "</title><script>"])
def test_article_text_never_appears_raw_in_the_page(xss_html: str, hostile: str) -> None:
    assert hostile not in xss_html


def test_page_title_is_escaped(xss_html: str) -> None:
    html = xss_html
    assert "<title>&lt;script&gt;window.__xss=1&lt;/script&gt;</title>" in html


# --- popups and tooltips ------------------------------------------------------------


@pytest.mark.parametrize(
    ("evidence", "needle", "expected"),
    [
        ("Raids hit Kafr Nabl.", "Kafr Nabl", "Raids hit <mark>Kafr Nabl</mark>."),
        ("raids hit KAFR NABL", "Kafr Nabl", "raids hit <mark>KAFR NABL</mark>"),
        ("a <b> and <b>", "<b>", "a <mark>&lt;b&gt;</mark> and <mark>&lt;b&gt;</mark>"),
        ("no match here", "Idlib", "no match here"),
        ("x < y", "", "x &lt; y"),
    ],
    ids=["exact", "any-case", "escaped-separately", "no-match", "empty-needle"],
)
def test_highlight_marks_the_mention_and_escapes_the_rest(evidence: str, needle: str, expected: str) -> None:
    assert highlight(evidence, needle) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org/x", None),
        ('https://example.org/"onmouseover="x', None),
        (None, None),
    ],
    ids=["https", "http", "javascript", "javascript-upper", "data", "scheme-relative", "quote", "none"],
)
def test_only_http_urls_become_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_popup_shows_gazetteer_name_written_form_and_precision() -> None:
    groups = group_incidents(seed_incidents())
    ariha = next(g for g in groups if g.place.name == "Ariha")
    html = popup_html(ariha)
    assert "Ariha" in html and "&ldquo;Jericho&rdquo;" in html
    assert "<mark>Jericho</mark>" in html
    assert 'href="https://example.org/news/idlib-ceasefire-talks"' in html


def test_popup_escapes_everything_from_the_article() -> None:
    for group in group_incidents(xss_incidents()):
        for html in (popup_html(group), tooltip_html(group)):
            assert "<script" not in html and "<img" not in html and "javascript:" not in html.replace(
                "javascript:window.__xss=1", ""
            )


@pytest.mark.parametrize(
    ("precision", "resolution", "expected"),
    [
        (1, Resolution.GAZETTEER, "1 (town itself)"),
        (2, Resolution.APPROXIMATE, "2 (near a town, approximate; placed at Saraqib)"),
        (3, Resolution.GAZETTEER, "3 (region or province, approximate)"),
    ],
)
def test_precision_says_approximate_when_it_is(precision: int, resolution: Resolution, expected: str) -> None:
    place = Place("g:1", "Saraqib", 35.86, 36.8)
    mention = Mention(0, 6, "Neirab", place, precision, resolution, 0.5, anchor="Saraqib" if precision == 2 else None)
    assert precision_text(mention) == expected


# --- grouping and view --------------------------------------------------------------


def test_one_marker_per_place_and_type_and_none_for_unresolved() -> None:
    groups = group_incidents(seed_incidents())
    assert sorted((g.incident_type, g.label) for g in groups) == sorted(
        [
            ("None", "Idlib"), ("None", "New York"), ("None", "Türkiye"),
            ("Explosions/Remote violence", "Aleppo"), ("Explosions/Remote violence", "Kafr Nabl"),
            ("Explosions/Remote violence", "Ariha"), ("Explosions/Remote violence", "Neirab (near Saraqib)"),
            ("Explosions/Remote violence", "Saraqib"), ("Battles", "Neirab (near Saraqib)"),
        ]
    )


def test_markers_sharing_a_point_are_spread_apart() -> None:
    at_saraqib = [g for g in group_incidents(seed_incidents()) if g.place.name == "Saraqib"]
    assert len(at_saraqib) == 3
    assert len({g.offset for g in at_saraqib}) == 3


def test_view_fits_incidents_not_places_only_mentioned() -> None:
    (south, west), (north, east) = view_bounds(group_incidents(seed_incidents()))
    assert 35.6 <= south and north <= 36.3 and 36.5 <= west and east <= 37.2  # Kafr Nabl .. Aleppo


def test_view_falls_back_to_all_places_when_nothing_happened() -> None:
    only_mentioned = [i for i in seed_incidents() if i.incident_type == "None"]
    (south, west), (north, east) = view_bounds(group_incidents(only_mentioned))
    assert west < -74 and east > 36


# --- styles and basemap -------------------------------------------------------------


def test_every_type_has_a_distinct_colour_and_glyph() -> None:
    assert len({s.colour for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)
    assert len({s.glyph for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)
    assert style_for("None").opacity < 1 and style_for("None").size < style_for("Battles").size


def test_unknown_type_label_is_escaped_in_icon() -> None:
    assert "<img" not in icon_svg(XSS)


def test_basemap_has_detailed_syria_and_coarse_rest_of_world() -> None:
    features = basemap_geojson(((35.6, 36.5), (36.2, 37.2)))["features"]
    detail = {f["properties"]["iso"] for f in features if f["properties"]["detail"] == "detail"}
    world = {f["properties"]["iso"] for f in features if f["properties"]["detail"] == "world"}
    assert {"SY", "TR", "LB"} <= detail
    assert {"US", "BR", "AU"} <= world


def test_basemap_labels_name_nearby_cities_and_countries() -> None:
    labels = place_labels(((35.6, 36.5), (36.2, 37.2)))["features"]
    names = {(f["properties"]["kind"], f["properties"]["name"]) for f in labels}
    assert ("city", "Aleppo") in names and ("country", "Syria") in names
    assert not any(name == "New York" for _, name in names)


# --- writing --------------------------------------------------------------------------


def test_write_map_into_missing_folder_raises_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        write_map(seed_incidents(), tmp_path / "missing" / "map.html")


def test_write_map_leaves_only_the_html(tmp_path: Path) -> None:
    out = write_map([], tmp_path / "map.html", basemap=False)
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_empty_map_is_a_world_view() -> None:
    assert not re.search(r"map_\w+\.fitBounds\(", render_map([], basemap=False))


def test_incident_with_point_and_no_date_renders(tmp_path: Path) -> None:
    place = Place("g:9", "Somewhere", 10.0, 20.0)
    incident = Incident("d", Mention(0, 9, "Somewhere", place, 1, Resolution.GAZETTEER, 1.0), ((0, 9),), "Riots")
    assert "Somewhere" in render_map([incident], basemap=False)

"""The maps as a reader sees them: headless Chromium, network cut off.

One browser per session, a fresh page per test. Every request whose URL is not
``file:`` is aborted and recorded (and must not happen), console errors and
uncaught page errors must not happen either. Without ``/usr/bin/chromium`` the
tests are skipped, except under ``CI=true`` where they fail.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import XSS, XSS_SCRIPT, corpus_incidents, many_incidents, seed_incidents, xss_incidents
from maps.browser import CHROMIUM, PageLog, chromium, open_offline, screenshot, settle
from maps.build import write_map

pytestmark = pytest.mark.browser

#: Markers of the seed map by type: one per place and type (Neirab is approximate, its own marker).
SEED_MARKERS = {"Battles": 1, "Explosions/Remote violence": 5, "None": 3}
LAYERS = ".leaflet-control-layers:has(.leaflet-control-layers-list)"  # not the timeline control
SEARCH_INPUT = ".leaflet-control-search input.search-input"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} missing (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("playwright missing (pip install -e '.[test]')")
    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def maps_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("maps")


def _map(folder: Path, name: str, incidents: list[Any]) -> Path:
    path = folder / f"{name}.html"
    if not path.exists():
        write_map(incidents, path)
    return path


_MAKERS = {"seed": seed_incidents, "xss": xss_incidents, "corpus": corpus_incidents, "many": many_incidents}


@pytest.fixture(scope="session")
def _shared_pages(browser: Any, maps_dir: Path) -> Iterator[dict[str, tuple[Any, PageLog]]]:
    pages: dict[str, tuple[Any, PageLog]] = {}
    yield pages
    for page, _ in pages.values():
        page.close()


@pytest.fixture
def open_map(browser: Any, maps_dir: Path, _shared_pages: dict[str, tuple[Any, PageLog]]) -> Iterator[Any]:
    """``open_map(name)``: the page of a fixture map, loaded offline.

    Tests that only look, click popups or toggle a layer back share one page per
    map (popups closed and the log emptied between tests); ``fresh=True`` gives a
    new page for tests that move the view or expect requests.
    """
    fresh_pages: list[Any] = []

    def opener(name: str, *, fresh: bool = False) -> tuple[Any, PageLog]:
        if fresh or name not in _shared_pages:
            page, log = open_offline(browser, _map(maps_dir, name, _MAKERS[name]()))
            page.set_default_timeout(5_000)
            if fresh:
                fresh_pages.append(page)
                return page, log
            _shared_pages[name] = (page, log)
        page, log = _shared_pages[name]
        page.bring_to_front()  # background pages get no animation frames: actions would crawl
        _map_do(page, "map.closePopup()")
        page.wait_for_function("() => !document.querySelector('.leaflet-popup')")  # fades out in 200 ms
        page.mouse.move(640, 790)
        for entries in (log.blocked, log.console_errors, log.page_errors):
            entries.clear()
        return page, log

    yield opener
    for page in fresh_pages:
        page.close()


def _pins(page: Any, incident_type: str | None = None) -> int:
    selector = ".im-pin" if incident_type is None else f'.im-pin[data-type="{incident_type}"]'
    return page.locator(selector).count()


def _map_js(page: Any, expression: str) -> Any:
    """Evaluate ``expression`` with ``map`` bound to the page's Leaflet map.

    Keep the result primitive: returning Leaflet objects makes Playwright
    serialise the whole object graph (seconds).
    """
    return page.evaluate(f"() => {{ const map = window[document.querySelector('.folium-map').id]; return {expression}; }}")


def _map_do(page: Any, statement: str) -> None:
    """Run ``statement`` with ``map`` bound to the page's Leaflet map; return nothing."""
    page.evaluate(f"() => {{ const map = window[document.querySelector('.folium-map').id]; {statement}; }}")


def _assert_clean(log: PageLog) -> None:
    assert log.blocked == [], f"requests left the machine: {log.blocked}"
    assert log.console_errors == [], log.console_errors
    assert log.page_errors == [], log.page_errors


@pytest.mark.parametrize("name", ["seed", "corpus", "many", "xss"])
def test_map_loads_without_network_or_errors(open_map: Any, name: str) -> None:
    page, log = open_map(name, fresh=True)
    assert page.locator(".leaflet-container").count() == 1
    assert page.locator("path.leaflet-interactive, .leaflet-overlay-pane path").count() > 0  # basemap drawn
    _assert_clean(log)


@pytest.mark.parametrize(("incident_type", "expected"), sorted(SEED_MARKERS.items()))
def test_seed_map_draws_one_marker_per_place_and_type(open_map: Any, incident_type: str, expected: int) -> None:
    page, _ = open_map("seed")
    assert _pins(page, incident_type) == expected


def test_unresolved_mention_has_no_marker_but_is_named_in_summary(open_map: Any) -> None:
    page, _ = open_map("seed")
    assert page.locator('.im-pin[data-place="Qaminas"]').count() == 0
    assert "Not located: Qaminas" in page.locator(".im-summary-panel").inner_text()


@pytest.mark.parametrize(("incident_type", "count"), sorted(SEED_MARKERS.items()))
def test_legend_names_each_type_shown_with_its_count(open_map: Any, incident_type: str, count: int) -> None:
    page, _ = open_map("seed")
    row = page.locator(f'.im-legend-row[data-type="{incident_type}"]')
    assert row.count() == 1
    assert row.locator("svg").count() == 1
    text = row.inner_text()
    assert incident_type.split(" ")[0] in text
    assert text.strip().endswith(str(count))


def test_legend_has_no_type_that_is_not_on_the_map(open_map: Any) -> None:
    page, _ = open_map("seed")
    shown = set(page.locator(".im-legend-row").evaluate_all("rows => rows.map(r => r.dataset.type)"))
    assert shown == set(SEED_MARKERS)


@pytest.mark.parametrize(
    ("place", "incident_type", "expected"),
    [
        ("Kafr Nabl", "Explosions/Remote violence",
         ["Kafr Nabl", "Air/drone strike", "Military Forces of Russia", "2020-02-20", "Al Jazeera"]),
        ("Ariha", "Explosions/Remote violence", ["Ariha", "\u201cJericho\u201d"]),
        ("Neirab (near Saraqib)", "Battles", ["approximate", "placed at Saraqib", "Armed clash", "Fatalities\t4"]),
    ],
    ids=["kafr-nabl-air-strike", "jericho-written-ariha-known", "neirab-approximate-clash"],
)
def test_clicking_a_marker_opens_its_popup_with_the_evidence(
    open_map: Any, place: str, incident_type: str, expected: list[str]
) -> None:
    page, log = open_map("seed")
    page.locator(f'.im-pin[data-place="{place}"][data-type="{incident_type}"]').click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    for snippet in expected:
        assert snippet in text
    assert popup.locator(".im-evidence").count() >= 1
    written = popup.locator(".im-evidence mark").first.inner_text()
    assert written in popup.locator(".im-evidence").first.inner_text()
    _assert_clean(log)


def test_popup_evidence_is_the_sentence_with_the_mention_highlighted(open_map: Any) -> None:
    page, _ = open_map("seed")
    page.locator('.im-pin[data-place="Kafr Nabl"]').click()
    evidence = page.locator(".leaflet-popup-content .im-evidence")
    evidence.wait_for(state="visible")
    assert "targeted villages and cities in the western countryside of Aleppo" in evidence.inner_text()
    assert evidence.locator("mark").all_inner_texts() == ["Kafr Nabl"]


def _layer_checkbox(page: Any, label: str) -> Any:
    page.locator(LAYERS).hover()
    row = page.locator(".leaflet-control-layers-list label").filter(has_text=label)
    return row.locator("input")


@pytest.mark.parametrize("incident_type", ["Battles", "Explosions/Remote violence", "None"])
def test_unchecking_a_type_hides_only_its_markers(open_map: Any, incident_type: str) -> None:
    page, log = open_map("seed")
    box = _layer_checkbox(page, incident_type.split("/")[0] if incident_type != "None" else "None (only")
    assert box.is_checked()
    box.uncheck()
    assert _pins(page, incident_type) == 0
    for other, count in SEED_MARKERS.items():
        if other != incident_type:
            assert _pins(page, other) == count
    box.check()
    assert _pins(page, incident_type) == SEED_MARKERS[incident_type]
    _assert_clean(log)


def test_initial_view_fits_the_incidents_not_new_york(open_map: Any) -> None:
    page, _ = open_map("seed", fresh=True)
    assert _map_js(page, "map.getBounds().contains([35.61376, 36.56449])")  # Kafr Nabl
    assert _map_js(page, "map.getBounds().contains([36.20124, 37.16117])")  # Aleppo
    assert not _map_js(page, "map.getBounds().contains([40.71427, -74.00597])")  # New York
    assert _map_js(page, "map.getZoom()") >= 8


def test_search_box_finds_a_place_and_opens_its_popup(open_map: Any) -> None:
    page, log = open_map("seed", fresh=True)
    page.locator(".leaflet-control-search .search-button").click()
    page.locator(SEARCH_INPUT).press_sequentially("Kafr")
    tip = page.locator(".search-tip").filter(has_text="Kafr Nabl")
    tip.wait_for(state="visible")
    tip.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert "Kafr Nabl" in popup.inner_text()
    _assert_clean(log)


def test_controls_are_present(open_map: Any) -> None:
    page, _ = open_map("seed")
    for selector in (".leaflet-control-scale", ".leaflet-control-zoom-fullscreen", ".leaflet-control-search",
                     LAYERS, ".im-legend", ".im-summary-panel", ".leaflet-control-attribution"):
        assert page.locator(selector).count() == 1, selector
    attribution = page.locator(".leaflet-control-attribution").inner_text()
    assert "GeoNames" in attribution and "Natural Earth" in attribution


def test_online_basemap_is_offered_and_only_requests_tiles_when_chosen(open_map: Any) -> None:
    page, log = open_map("seed", fresh=True)
    assert log.blocked == []
    page.locator(LAYERS).hover()
    page.locator(".leaflet-control-layers-base label").filter(has_text="OpenStreetMap").locator("input").check()
    page.wait_for_timeout(300)
    assert log.blocked and all("tile.openstreetmap.org" in url for url in log.blocked)
    log.blocked.clear()  # expected: the reader asked for the online map
    log.console_errors[:] = [e for e in log.console_errors if "ERR_FAILED" not in e]
    _assert_clean(log)


def test_xss_article_runs_nothing(open_map: Any) -> None:
    page, log = open_map("xss", fresh=True)
    for pin in page.locator(".im-pin").all():  # every popup and tooltip
        pin.hover()
        pin.click()
        page.locator(".leaflet-popup-content").first.wait_for(state="visible")
    page.locator(LAYERS).hover()
    page.locator(".leaflet-control-search .search-button").click()
    for query in ("<", "$", "`", "script"):
        page.locator(SEARCH_INPUT).fill("")
        page.locator(SEARCH_INPUT).press_sequentially(query)
        page.wait_for_timeout(450)  # leaflet-search's typing delay
    assert page.locator(".search-tip").count() > 0  # the hostile names were listed, as text
    settle(page, ms=200)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.locator("img[src='x']").count() == 0
    assert page.title() == XSS_SCRIPT  # the article title, escaped into <title>
    _assert_clean(log)


def test_xss_text_is_shown_as_text(open_map: Any) -> None:
    page, _ = open_map("xss")
    page.locator(".im-pin[data-type='Battles']").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    assert XSS_SCRIPT in text and XSS in text
    assert popup.locator("a").count() == 0  # javascript: URL is not a link


def test_corpus_map_has_a_time_slider_that_filters_markers(open_map: Any) -> None:
    page, log = open_map("corpus", fresh=True)
    assert page.locator(".leaflet-timeline-control").count() == 1
    later = '.im-pin[data-place="Ma`arrat an Nu`man"]'
    assert page.locator(later).count() == 1
    page.evaluate(
        """() => { const s = document.querySelector('.leaflet-timeline-control input[type=range]');
                   s.value = s.min; s.dispatchEvent(new Event('input', {bubbles: true})); }"""
    )
    assert page.locator(later).count() == 0
    assert _pins(page, "Battles") == 1  # Neirab's clash is on the first day, Saraqib's a week later
    _assert_clean(log)


def test_corpus_map_offers_a_heat_map_layer(open_map: Any) -> None:
    page, log = open_map("corpus")
    box = _layer_checkbox(page, "Heat map")
    assert not box.is_checked()
    box.check()
    assert page.locator("canvas.leaflet-heatmap-layer").count() == 1
    _assert_clean(log)


def test_many_markers_are_clustered_and_all_accounted_for(open_map: Any) -> None:
    page, log = open_map("many", fresh=True)
    _map_do(page, "map.setZoom(8, {animate: false})")
    settle(page)
    clusters = page.locator(".marker-cluster").all_inner_texts()
    assert clusters, "expected clusters at zoom 8"
    assert sum(int(re.sub(r"\D", "", c)) for c in clusters) + _pins(page) == 60
    _assert_clean(log)


def test_screenshot_renders_the_map_to_png(maps_dir: Path, browser: Any) -> None:
    png = screenshot(
        _map(maps_dir, "seed", seed_incidents()), maps_dir / "seed.png", width=800, height=600, browser=browser
    )
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 800 and int.from_bytes(data[20:24], "big") == 600

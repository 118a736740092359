"""Open a map in headless Chromium with the network cut off; take screenshots.

The browser tests and ``benchmarks/screenshot.py`` share this code, so the
README screenshot is taken exactly the way the tests see the map: Debian's
``/usr/bin/chromium`` driven by Playwright, every request whose URL is not a
``file:`` URL aborted and recorded, console errors and page errors collected.

Examples
--------
>>> from pathlib import Path
>>> screenshot(Path("map.html"), Path("map.png"))  # doctest: +SKIP
PosixPath('map.png')
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "PageLog", "chromium", "open_offline", "settle", "screenshot"]

CHROMIUM = os.environ.get("INCIDENTMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)


@dataclass
class PageLog:
    """What a page did besides drawing: blocked requests, console errors, uncaught errors."""

    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.blocked or self.console_errors or self.page_errors)


@contextmanager
def chromium(executable: str = CHROMIUM) -> Iterator[Any]:
    """A headless Playwright ``Browser`` on the system Chromium.

    Raises
    ------
    FileNotFoundError
        When ``executable`` does not exist (``apt-get install chromium``).
    ImportError
        When Playwright is not installed (``pip install playwright``).
    """
    if not Path(executable).exists():
        raise FileNotFoundError(f"{executable} not found: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("rendering maps needs Playwright: pip install playwright") from err
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


def open_offline(browser: Any, html: Path, *, width: int = 1280, height: int = 800) -> tuple[Any, PageLog]:
    """Load ``html`` in a new page where only ``file:`` URLs may load.

    Returns the Playwright ``Page`` (already loaded, Leaflet container present)
    and the :class:`PageLog` that keeps recording while the page is used.
    """
    log = PageLog()
    page = browser.new_page(viewport={"width": width, "height": height})

    def route(request_route: Any) -> None:
        if request_route.request.url.startswith("file:"):
            request_route.continue_()
        else:
            request_route.abort()

    def record(request: Any) -> None:
        if not request.url.startswith(("file:", "data:", "blob:")):
            log.blocked.append(request.url)

    page.on("request", record)  # every attempt, whether or not routing sees it
    page.route("**/*", route)
    page.on("console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.page_errors.append(str(e)))
    page.goto(Path(html).resolve().as_uri(), wait_until="load")
    page.wait_for_selector(".leaflet-container", state="attached")
    settle(page)
    return page, log


def settle(page: Any, *, ms: int = 150) -> None:
    """Wait until Leaflet's zoom and cluster animations are over, then ``ms`` more."""
    page.wait_for_timeout(100)
    page.wait_for_function(
        "() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')", timeout=10_000
    )
    page.wait_for_timeout(ms)


def screenshot(
    html: Path,
    png: Path,
    *,
    width: int = 1280,
    height: int = 800,
    browser: Any = None,
    executable: str = CHROMIUM,
) -> Path:
    """Render ``html`` offline in headless Chromium and save a PNG of the page.

    Parameters
    ----------
    browser
        A Playwright ``Browser`` to reuse (the tests pass theirs); by default one
        is launched from ``executable`` and closed afterwards.

    Raises
    ------
    RuntimeError
        When the page tried to reach the network or raised errors.
    """
    if browser is None:
        with chromium(executable) as own:
            return screenshot(html, png, width=width, height=height, browser=own)
    page, log = open_offline(browser, Path(html), width=width, height=height)
    try:
        page.screenshot(path=str(png))
    finally:
        page.close()
    if not log.clean:
        raise RuntimeError(f"map page was not clean offline: {log}")
    return Path(png)

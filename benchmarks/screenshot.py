"""Screenshot an incident map in headless Chromium, offline (the browser tests' code path).

Usage::

    incidentmap map seeds/idlib-ceasefire-talks.txt --html out/seed.html --geojson out/seed.geojson
    python benchmarks/screenshot.py out/seed.html docs/seed-map.png

    # before the pipeline is wired: the hand-made seed incidents of the tests
    python benchmarks/screenshot.py --fixture out/fixture.html docs/fixture-map.png

Needs ``/usr/bin/chromium`` (``apt-get install chromium``) and Playwright
(``pip install -e '.[test]'``). Every non-``file:`` request is blocked; the
script fails if the page tried one or logged an error. Prints the HTML and PNG
sizes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html", type=Path, help="the map (written first with --fixture)")
    parser.add_argument("png", type=Path, help="where to save the screenshot")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--fixture", action="store_true", help="write HTML from the tests' seed incidents first")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from maps.browser import screenshot

    if args.fixture:
        from maps.build import write_map
        from tests.conftest import seed_incidents

        write_map(seed_incidents(), args.html)
    args.png.parent.mkdir(parents=True, exist_ok=True)
    screenshot(args.html, args.png, width=args.width, height=args.height)
    print(f"{args.html}: {args.html.stat().st_size / 1e6:.2f} MB; {args.png}: {args.png.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

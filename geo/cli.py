"""The ``incidentmap`` command line.

Every :class:`~gazetteer.exc.IncidentMapError` becomes one line on stderr and exit
code 2; nothing is written unless the whole job succeeds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from gazetteer.exc import IncidentMapError

PROG = "incidentmap"


def _gazetteer(args: argparse.Namespace, *, build: bool = True):
    from gazetteer import Gazetteer

    return Gazetteer(getattr(args, "index", None), build=build, progress=not args.quiet)


# -- gazetteer subcommands ----------------------------------------------------------------

def _cmd_gaz_build(args: argparse.Namespace) -> int:
    from gazetteer.build import build_embedded
    from gazetteer.paths import default_index_path
    from gazetteer.progress import bar

    path = Path(args.index) if args.index else default_index_path()
    if path.exists() and not args.force:
        print(f"{path} exists; use --force to rebuild", file=sys.stderr)
        return 0
    with bar("building gazetteer", enabled=not args.quiet, unit="places") as tick:
        counts = build_embedded(path, tick)
    print(f"built {path}: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    return 0


def _cmd_gaz_info(args: argparse.Namespace) -> int:
    for key, value in sorted(_gazetteer(args, build=False).info().items()):
        print(f"{key}\t{value}")
    return 0


def _format_place(place, distance: float | None = None) -> str:
    cols = [
        place.gazetteer_id, place.name, place.country_code or "-", place.admin1 or "-",
        f"{place.feature_class or '-'}.{place.feature_code or '-'}", f"pop={place.population:,}",
        f"lat={place.lat:.5f}", f"lon={place.lon:.5f}", place.match.value,
    ]
    if distance is not None:
        cols.append(f"{distance:.1f} km")
    return "\t".join(cols)


def _cmd_gaz_lookup(args: argparse.Namespace) -> int:
    gaz = _gazetteer(args)
    places = gaz.lookup(args.name, country=args.country, limit=args.limit)
    if not places and args.online:
        from gazetteer.online import online_lookup

        places = online_lookup(args.name, country=args.country, limit=args.limit)
    for place in places:
        print(_format_place(place))
    if not places:
        print(f"no match for {args.name!r}", file=sys.stderr)
        return 1
    return 0


def _cmd_gaz_reverse(args: argparse.Namespace) -> int:
    for place, km in _gazetteer(args).reverse(args.lat, args.lon, limit=args.limit):
        print(_format_place(place, km))
    return 0


def _cmd_gaz_import(args: argparse.Namespace) -> int:
    from gazetteer.geonames import import_files

    gaz = _gazetteer(args)
    path = gaz.path
    gaz.close()
    report = import_files(path, [Path(f) for f in args.files], progress=not args.quiet)
    print(report)
    return 0


def _cmd_gaz_download(args: argparse.Namespace) -> int:
    from gazetteer.download import download_countries
    from gazetteer.geonames import import_files
    from gazetteer.paths import home

    files = download_countries(args.countries, dest=home() / "downloads", base_url=args.base_url,
                               progress=not args.quiet)
    if args.no_import:
        for f in files:
            print(f)
        return 0
    gaz = _gazetteer(args)
    path = gaz.path
    gaz.close()
    print(import_files(path, files, progress=not args.quiet))
    return 0


def _cmd_gaz_add(args: argparse.Namespace) -> int:
    from gazetteer.supplement import add_csv

    gaz = _gazetteer(args)
    path = gaz.path
    gaz.close()
    count = add_csv(path, Path(args.file))
    print(f"added {count} places from {args.file}")
    return 0


# -- documents ----------------------------------------------------------------------------

def _cmd_parse(args: argparse.Namespace) -> int:
    from geo.pipeline import run_parse

    return run_parse(args)


def _cmd_map(args: argparse.Namespace) -> int:
    from geo.pipeline import run_map

    return run_map(args)


def _online_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--online", action="store_true",
                   help="ask an online geocoder for names the gazetteer lacks (off by default)")
    p.add_argument("--geocoder", default="nominatim", help="geopy service for --online (default: nominatim)")
    p.add_argument("--geocoder-url", help="base URL of the service for --online, e.g. a self-hosted Nominatim")


def _tagging_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0: one per core); the output is the same, in input order")
    p.add_argument("--no-gate", action="store_true",
                   help="let the rules alone tag incidents, without the learned checks (on by default): the gate "
                        "that drops violent events from places it judges not to be their site, and the type model "
                        "that drops any event from places it judges only mentioned")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Map the places and incidents in news text, offline.")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    parser.add_argument("--index", help="gazetteer file (default: $INCIDENTMAP_HOME/gazetteer.sqlite)")
    sub = parser.add_subparsers(dest="command", required=True)

    gaz = sub.add_parser("gazetteer", help="build, inspect and extend the offline gazetteer")
    gsub = gaz.add_subparsers(dest="gcommand", required=True)
    p = gsub.add_parser("build", help="build the embedded index from installed data")
    p.add_argument("--force", action="store_true", help="rebuild even if the index exists")
    p.set_defaults(func=_cmd_gaz_build)
    p = gsub.add_parser("info", help="counts, sources and size of the index")
    p.set_defaults(func=_cmd_gaz_info)
    p = gsub.add_parser("lookup", help="candidates for a name, one a line")
    p.add_argument("name")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--online", action="store_true", help="ask an online geocoder when the index has nothing")
    p.set_defaults(func=_cmd_gaz_lookup)
    p = gsub.add_parser("reverse", help="nearest places to a point")
    p.add_argument("lat", type=float)
    p.add_argument("lon", type=float)
    p.add_argument("--limit", type=int, default=5)
    p.set_defaults(func=_cmd_gaz_reverse)
    p = gsub.add_parser("import", help="merge GeoNames dumps (allCountries.zip, SY.zip, cities500.zip, "
                                       "alternateNamesV2.zip, admin1CodesASCII.txt, .txt)")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=_cmd_gaz_import)
    p = gsub.add_parser("download", help="fetch GeoNames country dumps and import them")
    p.add_argument("countries", nargs="+", metavar="CC")
    p.add_argument("--base-url", default="https://download.geonames.org/export/dump/")
    p.add_argument("--no-import", action="store_true", help="only download")
    p.set_defaults(func=_cmd_gaz_download)
    p = gsub.add_parser("add", help="add your own places from a CSV (name, aliases, lat, lon, country_code, "
                                    "admin1, feature_code)")
    p.add_argument("file")
    p.set_defaults(func=_cmd_gaz_add)

    p = sub.add_parser("parse", help="find and resolve places (and incidents) in documents; JSONL out")
    p.add_argument("inputs", nargs="+", help=".txt files, folders of them, or .jsonl/.csv corpora")
    p.add_argument("--out", required=True, help="output JSONL, one line per document")
    _online_options(p)
    _tagging_options(p)
    p.set_defaults(func=_cmd_parse)

    p = sub.add_parser("map", help="map the places and incidents in documents (HTML, GeoJSON, GPKG, CSV)")
    p.add_argument("inputs", nargs="+", help=".txt files, folders of them, or .jsonl/.csv corpora")
    p.add_argument("--html", help="self-contained Leaflet map")
    p.add_argument("--geojson", help="RFC 7946 GeoJSON")
    p.add_argument("--gpkg", help="GeoPackage")
    p.add_argument("--csv", help="CSV with lat/lon columns")
    p.add_argument("--title", help="map title")
    _online_options(p)
    _tagging_options(p)
    p.set_defaults(func=_cmd_map)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``incidentmap`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except IncidentMapError as err:
        print(f"{PROG}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

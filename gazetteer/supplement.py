"""Add your own places (camps, checkpoints, villages GeoNames lacks) from a CSV file.

The file needs a header row; column names are matched without regard to case or
surrounding spaces, and their order is free:

=============  ========  ==============================================================
column         required  content
=============  ========  ==============================================================
name           yes       the place's name as it should be shown
aliases        no        other spellings, separated by ``|``
lat, lon       yes       WGS 84 degrees
country_code   yes       ISO 3166-1 alpha-2 (``SY``)
admin1         no        first-level division: its name (``Idlib``) or GeoNames code (``12``)
feature_code   no        GeoNames feature code (default ``PPL``); decides the feature class
=============  ========  ==============================================================

Every row is checked before anything is written; if any is bad, one
:class:`~gazetteer.exc.InputError` lists them all and the index is not touched.
Entries get the gid ``user:<name slug>-<country>`` (``user:kafr-nabl-camp-sy``), so adding
a corrected file again replaces them; their source is ``user``.

Examples
--------
>>> add_csv(index_path, Path("places.csv"))     # doctest: +SKIP
3
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path

from .countries import country_codes
from .exc import GazetteerNotBuiltError, InputError, InputFileError
from .normalize import fold
from .store import IndexWriter

__all__ = ["add_csv", "feature_class", "slug", "COLUMNS"]

REQUIRED = ("name", "lat", "lon", "country_code")
COLUMNS = ("name", "aliases", "lat", "lon", "country_code", "admin1", "feature_code")

#: feature codes outside ``PPL*``/``ADM*``/``PCL*`` that name a class other than ``S``
_CLASS_OF = {
    **dict.fromkeys(("TERR", "ZN", "ZNB", "ADMD", "PRSH", "LTER"), "A"),
    **dict.fromkeys(("RGN", "AREA", "CONT", "MILB", "MVA", "NVB", "PRT", "OILF", "GASF", "BTL", "LCTY",
                     "INDS", "RES", "PRK", "DEVH", "FLD"), "L"),
    **dict.fromkeys(("SEA", "OCN", "GULF", "BAY", "STRT", "LK", "LKS", "RSV", "STM", "STMI", "WAD", "CNL",
                     "LGN", "CHN", "SPNG", "WLL", "PND", "MRSH"), "H"),
    **dict.fromkeys(("MT", "MTS", "HLL", "HLLS", "ISL", "ISLS", "VAL", "PASS", "PLN", "PLAT", "DSRT", "PEN",
                     "CAPE", "RDGE", "GRGE", "CRTR", "DPR", "MESA", "CLF", "HMDA"), "T"),
    **dict.fromkeys(("RD", "RDJCT", "RR", "TNL", "ST", "TRL"), "R"),
    **dict.fromkeys(("FRST", "GRSLD", "SCRB", "VIN", "GRVO"), "V"),
}
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


def feature_class(code: str) -> str:
    """GeoNames feature class of a feature code (``S``, spots, when not known otherwise).

    >>> feature_class("PPLX"), feature_class("ADM2"), feature_class("CMPRF"), feature_class("HLL")
    ('P', 'A', 'S', 'T')
    """
    if code.startswith("PPL"):
        return "P"
    if code.startswith(("ADM", "PCL")):
        return "A"
    return _CLASS_OF.get(code, "S")


def slug(text: str) -> str:
    """Lower-case, hyphenated, diacritic-free form of a name, for gids.

    >>> slug("Kafr Nabl Camp #2"), slug("Ma‘arrat an-Nu‘mān")
    ('kafr-nabl-camp-2', 'maarrat-an-numan')
    """
    return "-".join(re.findall(r"\w+", fold(text)))


@dataclass(frozen=True)
class _Entry:
    line: int
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    cc: str
    admin1: str
    code: str


def _coordinate(text: str, what: str, limit: float, problems: list[str]) -> float | None:
    try:
        value = float(text)
    except ValueError:
        problems.append(f"{what} {text!r} is not a number")
        return None
    if not (math.isfinite(value) and -limit <= value <= limit):
        problems.append(f"{what} {text} is out of range [-{limit:g}, {limit:g}]")
        return None
    return value


def _check_row(line: int, row: dict[str, str]) -> tuple[_Entry | None, list[str]]:
    problems: list[str] = []
    name = row.get("name", "").strip()
    if not name:
        problems.append("name is empty")
    lat = _coordinate(row.get("lat", "").strip(), "lat", 90, problems)
    lon = _coordinate(row.get("lon", "").strip(), "lon", 180, problems)
    cc = row.get("country_code", "").strip().upper()
    if cc not in country_codes():
        problems.append(f"unknown country code {row.get('country_code', '').strip()!r}")
    code = (row.get("feature_code") or "").strip().upper() or "PPL"
    if not _CODE.match(code):
        problems.append(f"feature_code {code!r} is not a GeoNames feature code")
    if problems:
        return None, problems
    aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
    admin1 = (row.get("admin1") or "").strip()
    return _Entry(line, name, aliases, lat, lon, cc, admin1, code), []


def _read(csv_path: Path) -> list[_Entry]:
    """Parse and check every row; raise one :class:`InputError` listing every bad row."""
    label = csv_path.name
    try:
        fh = open(csv_path, encoding="utf-8-sig", newline="")
    except FileNotFoundError as err:
        raise InputFileError(f"{csv_path}: no such file") from err
    except OSError as err:
        raise InputFileError(f"{csv_path}: cannot read ({err.strerror or err})") from err
    entries: list[_Entry] = []
    errors: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    try:
        with fh:
            reader = csv.reader(fh)
            header = [h.strip().lower() for h in next(reader, [])]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise InputError(
                    f"{label}: line 1: header lacks {', '.join(missing)}; expected a header row "
                    f"{','.join(COLUMNS)} (aliases, admin1 and feature_code optional)"
                )
            for fields in reader:
                line = reader.line_num
                if not any(f.strip() for f in fields):
                    continue
                if len(fields) != len(header):
                    errors.append(f"line {line}: expected {len(header)} columns, got {len(fields)}")
                    continue
                entry, problems = _check_row(line, dict(zip(header, fields, strict=True)))
                if entry is not None:
                    key = (slug(entry.name), entry.cc)
                    if key in seen:
                        problems = [f"{entry.name!r} ({entry.cc}) is already on line {seen[key]}"]
                    else:
                        seen[key] = line
                        entries.append(entry)
                errors.extend(f"line {line}: {p}" for p in problems)
    except UnicodeDecodeError as err:
        raise InputError(f"{label}: not UTF-8 text ({err.reason})") from err
    except csv.Error as err:
        raise InputError(f"{label}: line {reader.line_num}: {err}") from err
    if errors:
        raise InputError(f"{label}: " + "; ".join(errors))
    if not entries:
        raise InputError(f"{label}: no places (only a header row)")
    return entries


def _admin1(entry: _Entry, divisions: dict[tuple[str, str], str]) -> tuple[str | None, str | None]:
    """``(admin1 code, admin1 name)`` for an entry's ``admin1`` cell (a name or a code)."""
    if not entry.admin1:
        return None, None
    if (entry.cc, entry.admin1) in divisions:
        return entry.admin1, divisions[(entry.cc, entry.admin1)]
    wanted = fold(entry.admin1)
    for (cc, code), name in divisions.items():
        if cc == entry.cc and fold(name) == wanted:
            return code, name
    return None, entry.admin1


def add_csv(index_path: Path, csv_path: Path) -> int:
    """Add (or replace) the places of a CSV file in the index, atomically.

    Parameters
    ----------
    index_path
        An existing index.
    csv_path
        The CSV file (UTF-8, header row; see the module documentation for columns).

    Returns
    -------
    int
        How many places were written.

    Raises
    ------
    InputError
        The file has no usable header, or some rows are bad; the one-line message lists
        every bad row (``places.csv: line 3: lat 'abc' is not a number; line 7: lon 200
        is out of range [-180, 180]``) and nothing is written.
    InputFileError
        The file does not exist.
    """
    csv_path, index_path = Path(csv_path), Path(index_path)
    entries = _read(csv_path)
    if not index_path.exists():
        raise GazetteerNotBuiltError(f"{index_path}: no gazetteer here; run `incidentmap gazetteer build`")
    with IndexWriter(index_path, base=index_path) as writer:
        divisions = writer.admin1_names()
        for e in entries:
            code, admin1 = _admin1(e, divisions)
            row = {
                "gid": f"user:{slug(e.name)}-{e.cc.lower()}", "name": e.name, "lat": e.lat, "lon": e.lon,
                "country_code": e.cc, "admin1_code": code, "admin1": admin1,
                "feature_class": feature_class(e.code), "feature_code": e.code, "population": 0,
                "source": "user",
            }
            writer.add_place(row, [e.name, *e.aliases])
        users = writer.conn.execute("SELECT count(*) FROM places WHERE source = 'user'").fetchone()[0]
        writer.set_meta("count_user", users)
    return len(entries)

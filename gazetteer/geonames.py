"""Import official GeoNames dumps into the index.

Accepted files, as downloaded from the GeoNames export folder (plain ``.txt`` or the
``.zip`` they come in; the type is told by the file name):

* the *geoname* table — ``allCountries``, a country (``SY.zip`` with ``SY.txt`` and a
  readme), ``cities500``/``cities1000``/..., ``no-country``: 19 tab-separated columns;
* ``alternateNamesV2`` (10 columns) or the older ``alternateNames`` (8 columns);
* ``admin1CodesASCII.txt``: ``SY.12``, name, ASCII name, geonameid.

Files are streamed line by line (zip members through :class:`io.TextIOWrapper`) and
written in batches of :data:`BATCH` rows, so ``allCountries.zip`` (12 million rows)
imports in bounded memory. Everything goes through
``IndexWriter(index_path, base=index_path)``: the old index stays in place until the
whole import succeeded, and any error or interruption leaves it untouched.

What is imported
----------------
GeoNames' feature classes, filtered to what news reports name (:func:`wanted`):

* ``P`` populated places — all codes;
* ``A`` administrative divisions (ADM1..ADM5, ADMD, PCLI/PCL*, TERR, zones) — except
  historical ones (codes ending in ``H``: ADM1H, PCLH...);
* ``H`` water — seas, oceans, gulfs, bays, straits, channels, lakes, reservoirs,
  lagoons, rivers, streams, wadis, canals, estuaries, marshes (:data:`WATER_PREFIXES`);
  not wells, springs, ponds or water holes;
* ``L`` regions and areas — all codes (this includes military bases ``MILB``, military
  areas ``MVA``, naval bases ``NVB``, ports ``PRT``, oil fields ``OILF``);
* ``T`` terrain — all codes (mountains, hills, islands, valleys, passes, deserts);
* ``S`` spots — only :data:`SPOT_CODES`: airports and air bases, military
  installations and forts, camps and refugee camps, border and customs posts (GeoNames
  has no code for checkpoints), bridges, dams, power stations, prisons, hospitals and
  railway stations;
* ``R`` roads, ``U`` undersea and ``V`` vegetation are skipped.

Merging
-------
Imported rows replace index rows with the same gid (``geonames:<geonameid>``): the
dump's coordinates, population and codes win, while the names the old row had are
kept besides the dump's (the embedded index's curated aliases such as ``U.S.`` or
``DRC`` survive importing ``allCountries``). Admin1 names come from an
``admin1CodesASCII`` file of the same import, else from the index's ADM1 entries;
``admin1CodesASCII`` also fills the admin1 name of index entries that lack one.
Alternate names are applied after the places, to every place in the index that has
the geonameid, so ``alternateNamesV2.zip`` may also be imported on its own later.

Examples
--------
>>> report = import_files(index_path, [Path("SY.zip"), Path("alternateNamesV2.zip")])  # doctest: +SKIP
>>> print(report)                                                                       # doctest: +SKIP
imported 42,187 places, 61,004 alternate names, 0 admin1 codes from SY.zip, alternateNamesV2.zip
"""

from __future__ import annotations

import io
import math
import time
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .exc import GazetteerNotBuiltError, ImportFormatError, InputFileError
from .progress import bar
from .store import IndexWriter

__all__ = ["import_files", "ImportReport", "wanted", "SPOT_CODES", "WATER_PREFIXES", "SKIP_LANGUAGES"]

#: rows written per batch
BATCH = 5000

GEONAME_COLUMNS = 19
ADMIN1_COLUMNS = 4
#: alternateNames (old) and alternateNamesV2
ALTNAME_COLUMNS = (8, 10)

#: class ``S`` codes worth having: places incident reports name
SPOT_CODES = frozenset({
    "AIRB", "AIRF", "AIRH", "AIRP", "AIRQ",  # air bases, airfields, heliports, airports
    "MILB", "INSM", "FT", "NVB",  # military bases and installations, forts
    "CMP", "CMPRF",  # camps, refugee camps
    "PSTB", "PSTC", "PSTP", "CSTM",  # border, customs and police posts, customs houses
    "BDG", "BDGQ", "DAM", "DAMQ", "PS", "PSH",  # bridges, dams, power stations
    "PRN", "HSP", "HSPC", "HSPD", "HSPL",  # prisons, hospitals, clinics
    "RSTN", "RSTNQ",  # railway stations
})

#: class ``H`` code prefixes imported (seas, lakes, rivers...; no wells or springs)
WATER_PREFIXES = (
    "OCN", "SEA", "GULF", "BAY", "BGHT", "COVE", "FJD", "SD", "STRT", "CHN", "LGN", "LK",
    "RSV", "STM", "WAD", "CNL", "ESTY", "INLT", "MRSH", "SWMP",
)

#: ``isolanguage`` values of alternate names that are not names (links, codes, ids)
SKIP_LANGUAGES = frozenset({
    "link", "wkdt", "wkdgn", "post", "iata", "icao", "faac", "fr_1793", "unlc", "tcid", "phon",
})

_NOT_IMPORTED = ("admin2codes", "countryinfo", "timezones", "hierarchy", "featurecodes",
                 "iso-languagecodes", "shapes", "usertags", "admincode5", "deletes", "alternatenamesdeletes")


def wanted(feature_class: str, feature_code: str) -> bool:
    """Whether a GeoNames row of this feature class and code is imported.

    >>> wanted("P", "PPL"), wanted("A", "ADM1"), wanted("A", "ADM1H"), wanted("S", "CMPRF")
    (True, True, False, True)
    >>> wanted("S", "SCH"), wanted("H", "STM"), wanted("H", "WLL"), wanted("V", "FRST")
    (False, True, False, False)
    """
    if feature_class in ("P", "L", "T"):
        return True
    if feature_class == "A":
        return not feature_code.endswith("H")
    if feature_class == "H":
        return feature_code.startswith(WATER_PREFIXES)
    if feature_class == "S":
        return feature_code in SPOT_CODES
    return False


@dataclass(frozen=True)
class ImportReport:
    """What :func:`import_files` did.

    >>> print(ImportReport(1234, 5678, 40, 3, ("SY.zip",)))
    imported 1,234 places, 5,678 alternate names, 40 admin1 codes from SY.zip
    """

    places: int = 0  #: geoname rows written (new or replacing)
    alternate_names: int = 0  #: alternate names added to places in the index
    admin1_codes: int = 0  #: admin1 codes read
    skipped: int = 0  #: geoname rows of feature classes/codes not imported
    files: tuple[str, ...] = ()

    def __str__(self) -> str:
        return (f"imported {self.places:,} places, {self.alternate_names:,} alternate names, "
                f"{self.admin1_codes:,} admin1 codes from {', '.join(self.files)}")


# -- input files ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Source:
    """One input file, checked: its path, zip member (if any), type and label."""

    path: Path
    member: str | None
    kind: str  #: "admin1", "places" or "altnames"
    label: str  #: how errors name it: ``SY.txt`` or ``SY.zip:SY.txt``

    @contextmanager
    def open(self) -> Iterator[TextIO]:
        if self.member is None:
            with open(self.path, encoding="utf-8", newline="") as fh:
                yield fh
        else:
            with zipfile.ZipFile(self.path) as zf, zf.open(self.member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")

    def rows(self, columns: tuple[int, ...]) -> Iterator[tuple[int, list[str]]]:
        """``(line number, fields)`` of every non-blank line, each checked for its column count."""
        lineno = 0
        try:
            with self.open() as fh:
                for lineno, line in enumerate(fh, 1):
                    line = line.rstrip("\r\n")
                    if not line or line.startswith("#"):
                        continue
                    fields = line.split("\t")
                    if len(fields) not in columns:
                        raise ImportFormatError(
                            f"{self.label} line {lineno}: expected {' or '.join(map(str, columns))} "
                            f"tab-separated columns, got {len(fields)}"
                        )
                    yield lineno, fields
        except UnicodeDecodeError as err:
            raise ImportFormatError(f"{self.label} line {lineno + 1}: not UTF-8 text ({err.reason})") from err
        except (zipfile.BadZipFile, zlib.error, EOFError) as err:
            raise ImportFormatError(f"{self.path.name}: corrupt zip file ({err})") from err
        except OSError as err:
            raise InputFileError(f"{self.label}: cannot read ({err.strerror or err})") from err


def _kind(filename: str) -> str:
    stem = Path(filename).name.split(".")[0].lower()
    if stem.startswith(_NOT_IMPORTED):
        raise ImportFormatError(
            f"{filename}: not a file incidentmap imports; give GeoNames place dumps (allCountries, "
            "a country such as SY, cities500), alternateNamesV2 or admin1CodesASCII"
        )
    if stem.startswith("alternatenames"):
        return "altnames"
    if stem.startswith("admin1codes"):
        return "admin1"
    return "places"


def _source(path: Path) -> _Source:
    """Check that ``path`` exists and can be read, and decide what it holds."""
    if not path.exists():
        raise InputFileError(f"{path}: no such file")
    if not path.is_file():
        raise InputFileError(f"{path}: not a file")
    if path.suffix.lower() != ".zip":
        return _Source(path, None, _kind(path.name), path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            texts = [i.filename for i in zf.infolist() if not i.is_dir() and i.filename.lower().endswith(".txt")]
    except (zipfile.BadZipFile, zlib.error, EOFError) as err:
        raise ImportFormatError(f"{path.name}: corrupt zip file ({err})") from err
    except OSError as err:
        raise InputFileError(f"{path}: cannot read ({err.strerror or err})") from err
    stem = path.stem.lower()
    same = [t for t in texts if Path(t).stem.lower() == stem]
    data = same or [t for t in texts if Path(t).stem.lower() not in ("readme", "iso-languagecodes")]
    if len(data) != 1:
        found = ", ".join(texts) or "no .txt file"
        raise ImportFormatError(f"{path.name}: expected one GeoNames .txt file inside, found {found}")
    return _Source(path, data[0], _kind(data[0]), f"{path.name}:{data[0]}")


# -- parsing ----------------------------------------------------------------------------------

def _number(text: str, what: str, low: float, high: float, where: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ImportFormatError(f"{where}: {what} {text!r} is not a number") from None
    if not (math.isfinite(value) and low <= value <= high):
        raise ImportFormatError(f"{where}: {what} {text!r} is out of range [{low:g}, {high:g}]")
    return value


def _geoname_id(text: str, where: str) -> str:
    if not text.isdigit():
        raise ImportFormatError(f"{where}: geonameid {text!r} is not a number")
    return text


class _Importer:
    """One import run over checked sources, writing through an open :class:`IndexWriter`."""

    def __init__(self, writer: IndexWriter, tick) -> None:
        self.w = writer
        self.tick = tick
        self.admin1_codes: dict[tuple[str, str], str] = {}
        self.admin1_ids: dict[str, list[str]] = {}
        self.new_admin1: dict[tuple[str, str], str] = {}
        self.places = self.altnames = self.skipped = 0

    def admin1(self, src: _Source) -> None:
        for lineno, f in src.rows((ADMIN1_COLUMNS,)):
            cc, dot, code = f[0].partition(".")
            if not dot or not cc or not code:
                raise ImportFormatError(f"{src.label} line {lineno}: admin1 code {f[0]!r} is not like 'SY.12'")
            self.admin1_codes[(cc, code)] = f[1] or f[2]
            if f[3].isdigit():
                self.admin1_ids[f"geonames:{f[3]}"] = [n for n in (f[1], f[2]) if n]
        self.tick(src.label, 0)

    def geonames(self, src: _Source) -> None:
        names_of = {**self.w.admin1_names(), **self.admin1_codes}
        batch: list[tuple[dict, list[str]]] = []
        lines = 0
        for lineno, f in src.rows((GEONAME_COLUMNS,)):
            where = f"{src.label} line {lineno}"
            ident = _geoname_id(f[0], where)
            lat = _number(f[4], "latitude", -90, 90, where)
            lon = _number(f[5], "longitude", -180, 180, where)
            lines += 1
            fclass, fcode = f[6], f[7]
            if not wanted(fclass, fcode):
                self.skipped += 1
                continue
            cc, a1 = f[8] or None, f[10] or None
            admin1 = names_of.get((cc, a1)) if cc and a1 else None
            if fcode == "ADM1" and cc and a1:
                self.new_admin1[(cc, a1)] = f[1]
                admin1 = admin1 or f[1]
            row = {
                "gid": f"geonames:{ident}", "name": f[1], "lat": lat, "lon": lon, "country_code": cc,
                "admin1_code": a1, "admin1": admin1, "feature_class": fclass, "feature_code": fcode,
                "population": int(f[14]) if f[14].isdigit() else 0, "source": "geonames",
            }
            names = [f[1], f[2], *f[3].split(",")] if f[3] else [f[1], f[2]]
            batch.append((row, names))
            if len(batch) >= BATCH:
                self.places += self.w.add_places(batch, keep_names=True)
                batch.clear()
                self.tick(src.label, lines)
                lines = 0
        if batch:
            self.places += self.w.add_places(batch, keep_names=True)
        self.tick(src.label, lines)

    def finish_admin1(self) -> None:
        """Fill missing admin1 names and add admin1CodesASCII names to the ADM1 entries."""
        self.w.fill_admin1({**self.new_admin1, **self.admin1_codes})
        ids = self.w.place_ids(self.admin1_ids)
        self.w.add_names_many({ids[gid]: names for gid, names in self.admin1_ids.items() if gid in ids})

    def alternate_names(self, src: _Source) -> None:
        pending: list[tuple[str, str]] = []
        lines = 0
        for lineno, f in src.rows(ALTNAME_COLUMNS):
            lines += 1
            if f[2] in SKIP_LANGUAGES or f[7] == "1" or not f[3]:
                continue
            pending.append((f"geonames:{_geoname_id(f[1], f'{src.label} line {lineno}')}", f[3]))
            if len(pending) >= BATCH:
                self._flush_names(pending)
                self.tick(src.label, lines)
                lines = 0
        self._flush_names(pending)
        self.tick(src.label, lines)

    def _flush_names(self, pending: list[tuple[str, str]]) -> None:
        ids = self.w.place_ids({gid for gid, _ in pending})
        by_place: dict[int, list[str]] = {}
        for gid, name in pending:
            if gid in ids:
                by_place.setdefault(ids[gid], []).append(name)
                self.altnames += 1
        self.w.add_names_many(by_place)
        pending.clear()


def import_files(index_path: Path, files: list[Path], *, progress: bool = True) -> ImportReport:
    """Merge GeoNames dump files into the index at ``index_path``, atomically.

    Parameters
    ----------
    index_path
        An existing index (build it first with ``incidentmap gazetteer build``).
    files
        GeoNames files, ``.zip`` or ``.txt``, in any order: admin1 codes are read first,
        then the place dumps, then alternate names.
    progress
        Show a progress bar on stderr.

    Returns
    -------
    ImportReport
        Counts of what was written.

    Raises
    ------
    InputFileError
        A file is missing or unreadable.
    ImportFormatError
        A file is not what its name says: corrupt zip, wrong column count, a latitude
        that is not a number... The message names the file and line; nothing is written.
    GazetteerNotBuiltError
        There is no index at ``index_path``.

    Examples
    --------
    >>> print(import_files(path, [Path("SY.zip")], progress=False))   # doctest: +SKIP
    imported 42,187 places, 0 alternate names, 0 admin1 codes from SY.zip
    """
    index_path = Path(index_path)
    sources = [_source(Path(f)) for f in files]
    if not index_path.exists():
        raise GazetteerNotBuiltError(f"{index_path}: no gazetteer here; run `incidentmap gazetteer build`")
    with bar("importing GeoNames", enabled=progress) as tick, \
            IndexWriter(index_path, base=index_path) as writer:
        run = _Importer(writer, tick)
        for src in (s for s in sources if s.kind == "admin1"):
            run.admin1(src)
        for src in (s for s in sources if s.kind == "places"):
            run.geonames(src)
        run.finish_admin1()
        for src in (s for s in sources if s.kind == "altnames"):
            run.alternate_names(src)
        names = ", ".join(f.name for f in map(Path, files))
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        previous = writer.get_meta("imports")
        writer.set_meta("imports", f"{previous}; {stamp} {names}" if previous else f"{stamp} {names}")
    return ImportReport(run.places, run.altnames, len(run.admin1_codes), run.skipped,
                        tuple(Path(f).name for f in files))

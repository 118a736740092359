"""The SQLite file behind :class:`gazetteer.Gazetteer`: schema, writer and readers.

Tables
------
``places``
    one row per gazetteer entry: ``id`` (internal), ``gid`` (``geonames:172994``,
    ``user:...``, ``incidentmap:...``), name, lat, lon, country code, admin1 code and
    name, feature class/code, population, source, and ``native_linked`` (1 when the entry
    shares a native-script name with another entry; set by :class:`IndexWriter`).
``names``
    ``(key, place_id, kind)``: every searchable key of every entry. ``kind`` is
    :data:`EXACT`, :data:`ARTICLE`, :data:`SKELETON` or :data:`NATIVE` (a folded
    native-script name, used to link exonyms such as Jericho to Ariha).
``meta``
    key/value pairs: schema version, build time, sources, counts.

All writes go through :class:`IndexWriter`, which fills a temporary file next to the
target and renames it into place only when complete.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

from .exc import GazetteerCorruptError
from .normalize import abbreviate_head, article_key, fold, skeleton, strip_article

SCHEMA_VERSION = "1"

EXACT, ARTICLE, SKELETON, NATIVE = 0, 1, 2, 3

#: how much of an index a reader memory-maps (SQLite's ``mmap_size``)
MMAP_BYTES = 1 << 30
#: page cache of an :class:`IndexWriter`, in KiB (bounds an import's memory)
WRITER_CACHE_KIB = 256 * 1024

PLACE_COLUMNS = (
    "gid", "name", "lat", "lon", "country_code", "admin1_code", "admin1",
    "feature_class", "feature_code", "population", "source",
)

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    gid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country_code TEXT,
    admin1_code TEXT,
    admin1 TEXT,
    feature_class TEXT,
    feature_code TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    native_linked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (
    key TEXT NOT NULL,
    place_id INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (key, place_id, kind)
) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country_code TEXT NOT NULL) WITHOUT ROWID;
"""
_POST = """
CREATE INDEX places_cc_a1 ON places (country_code, admin1_code);
CREATE INDEX places_latlon ON places (lat, lon);
CREATE INDEX names_place ON names (place_id);
"""


def name_keys(names: Iterable[str]) -> set[tuple[str, int]]:
    """All ``(key, kind)`` pairs under which an entry with these names is found.

    >>> sorted(name_keys(["An Nayrab"]))
    [('an nayrab', 0), ('nVrVb', 2), ('nayrab', 1)]
    """
    keys: set[tuple[str, int]] = set()
    for raw in names:
        key = fold(raw)
        if not key:
            continue
        if not key.isascii():
            keys.add((key, NATIVE))
            continue
        keys.add((key, EXACT))
        keys.add((abbreviate_head(key), EXACT))  # Mount Juliet is written Mt. Juliet
        for loose in {strip_article(key), article_key(key)}:
            if loose != key:
                keys.add((loose, ARTICLE))
        skel = skeleton(key)
        if len(skel) >= 5:
            keys.add((skel, SKELETON))
    # an exact key wins over the same key reached another way
    exact = {k for k, kind in keys if kind == EXACT}
    return {(k, kind) for k, kind in keys if kind == EXACT or k not in exact}


class IndexWriter:
    """Write a gazetteer index atomically.

    Use as a context manager; on success the temporary file replaces ``path``,
    on any exception it is deleted and ``path`` is untouched.

    Parameters
    ----------
    path
        Final location of the index.
    base
        An existing index to copy first (for imports that merge into it), or ``None``
        to start empty.
    """

    def __init__(self, path: Path, base: Path | None = None) -> None:
        self.path = Path(path)
        self.base = base
        self.conn: sqlite3.Connection | None = None
        self._tmp: str | None = None

    def __enter__(self) -> "IndexWriter":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        if self.base is not None:
            src = sqlite3.connect(f"file:{self.base}?mode=ro", uri=True)
            dst = sqlite3.connect(self._tmp)
            src.backup(dst)
            src.close()
            self.conn = dst
        else:
            os.unlink(self._tmp)
            self.conn = sqlite3.connect(self._tmp)
            self.conn.executescript(_SCHEMA)
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        # random-order inserts into the names B-tree: a big page cache keeps them off the disk
        self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.conn is not None and self._tmp is not None
        try:
            if exc_type is None:
                if self.base is None:
                    self.conn.executescript(_POST)
                self._mark_native_links()
                self.set_meta("schema_version", SCHEMA_VERSION)
                self.set_meta("generation", uuid.uuid4().hex)
                self.conn.commit()
                self.conn.execute("ANALYZE")
                self.conn.close()
                os.replace(self._tmp, self.path)
                self._tmp = None
        finally:
            if self._tmp is not None:
                self.conn.close()
                Path(self._tmp).unlink(missing_ok=True)

    def set_meta(self, key: str, value: object) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(value)))

    def _mark_native_links(self) -> None:
        """Flag places sharing a native-script key with another place (``places.native_linked``).

        :meth:`gazetteer.Gazetteer.lookup` links exonyms through shared native names
        (Jericho -> أريحا -> Ariha); the flag lets it skip that query for the nine places
        in ten that share none. Indexes built before the column existed get it here.
        """
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(places)")}
        if "native_linked" not in columns:
            self.conn.execute("ALTER TABLE places ADD COLUMN native_linked INTEGER NOT NULL DEFAULT 0")
        self.conn.execute("UPDATE places SET native_linked = 0 WHERE native_linked != 0")
        self.conn.execute(
            "UPDATE places SET native_linked = 1 WHERE id IN (SELECT place_id FROM names WHERE kind = 3 "
            "AND key IN (SELECT key FROM names WHERE kind = 3 GROUP BY key HAVING count(*) > 1))"
        )

    def add_place(self, row: dict, names: Iterable[str], *, replace: bool = True) -> int:
        """Insert (or replace, by ``gid``) one place and its names; return its id.

        A replaced place keeps its internal id, and its old names are dropped.
        """
        values = tuple(row.get(c) for c in PLACE_COLUMNS)
        cur = self.conn.execute("SELECT id FROM places WHERE gid = ?", (row["gid"],))
        found = cur.fetchone()
        if found is not None:
            if not replace:
                return found[0]
            place_id = found[0]
            sets = ", ".join(f"{c} = ?" for c in PLACE_COLUMNS)
            self.conn.execute(f"UPDATE places SET {sets} WHERE id = ?", values + (place_id,))
            self.conn.execute("DELETE FROM names WHERE place_id = ?", (place_id,))
        else:
            cols = ", ".join(PLACE_COLUMNS)
            marks = ", ".join("?" * len(PLACE_COLUMNS))
            place_id = self.conn.execute(f"INSERT INTO places ({cols}) VALUES ({marks})", values).lastrowid
        self.add_names(place_id, names)
        return place_id

    def add_names(self, place_id: int, names: Iterable[str]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO names VALUES (?, ?, ?)",
            ((key, place_id, kind) for key, kind in name_keys(names)),
        )

    def add_demonym(self, word: str, country_code: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO demonyms VALUES (?, ?)", (fold(word), country_code))

    # -- bulk writes for imports ------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def add_places(self, places: Iterable[tuple[dict, Iterable[str]]], *, keep_names: bool = False) -> int:
        """Insert or replace (by ``gid``) a batch of places; return how many were written.

        The bulk form of :meth:`add_place`: one query per 500 gids finds the places
        already there, then everything goes through ``executemany``. Within a batch
        the last row of a gid wins. With ``keep_names`` a replaced place keeps its old
        name keys besides the new ones (curated aliases such as ``U.S.`` survive an import).
        """
        latest = {row["gid"]: (row, names) for row, names in places}
        existing = self.place_ids(latest)
        next_id = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM places").fetchone()[0]
        inserts, updates, name_rows = [], [], []
        for gid, (row, names) in latest.items():
            values = tuple(row.get(c) for c in PLACE_COLUMNS)
            place_id = existing.get(gid)
            if place_id is None:
                place_id, next_id = next_id, next_id + 1
                inserts.append((place_id, *values))
            else:
                updates.append((*values, place_id))
            name_rows.extend((key, place_id, kind) for key, kind in name_keys(names))
        if updates:
            sets = ", ".join(f"{c} = ?" for c in PLACE_COLUMNS)
            self.conn.executemany(f"UPDATE places SET {sets} WHERE id = ?", updates)
            if not keep_names:
                self.conn.executemany("DELETE FROM names WHERE place_id = ?", [(u[-1],) for u in updates])
        if inserts:
            cols = ", ".join(("id", *PLACE_COLUMNS))
            marks = ", ".join("?" * (len(PLACE_COLUMNS) + 1))
            self.conn.executemany(f"INSERT INTO places ({cols}) VALUES ({marks})", inserts)
        self.conn.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?)", name_rows)
        return len(latest)

    def place_ids(self, gids: Iterable[str]) -> dict[str, int]:
        """``gid -> internal id`` for those of ``gids`` that are in the index."""
        wanted = list(gids)
        out: dict[str, int] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            out.update(self.conn.execute(f"SELECT gid, id FROM places WHERE gid IN ({marks})", chunk))
        return out

    def add_names_many(self, names: dict[int, list[str]]) -> None:
        """Add names to existing places: ``{place_id: [name, ...]}``."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO names VALUES (?, ?, ?)",
            ((key, place_id, kind) for place_id, raw in names.items() for key, kind in name_keys(raw)),
        )

    def admin1_names(self) -> dict[tuple[str, str], str]:
        """``(country code, admin1 code) -> name`` of the first-level divisions in the index."""
        rows = self.conn.execute(
            "SELECT country_code, admin1_code, name FROM places "
            "WHERE feature_code = 'ADM1' AND admin1_code IS NOT NULL ORDER BY population"
        )
        return {(cc, code): name for cc, code, name in rows}

    def fill_admin1(self, names: dict[tuple[str, str], str]) -> int:
        """Set the admin1 name of entries that have an admin1 code but no name; return how many."""
        cur = self.conn.executemany(
            "UPDATE places SET admin1 = ? WHERE country_code = ? AND admin1_code = ? AND admin1 IS NULL",
            ((name, cc, code) for (cc, code), name in names.items()),
        )
        return max(cur.rowcount, 0)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open an index read-only and check it is one of ours."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        # read pages straight from the OS page cache: about a third faster for cold lookups, and
        # the mapped pages are shared file pages, not private memory
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as err:
        raise GazetteerCorruptError(f"{path}: not a readable incidentmap gazetteer ({err})") from err
    if row is None or row[0] != SCHEMA_VERSION:
        raise GazetteerCorruptError(
            f"{path}: gazetteer schema {row[0] if row else '?'} != {SCHEMA_VERSION}; "
            "rebuild it with `incidentmap gazetteer build`"
        )
    return conn


__all__ = ["IndexWriter", "connect_readonly", "name_keys"]

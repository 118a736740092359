"""The recogniser's name index: a memory-mapped trie of every Latin-script name key.

The SQLite index answers "which places are called X"; the recogniser first needs
"is X a name at all", asked for every capitalised word sequence of every article.
A `marisa-trie <https://github.com/pytries/marisa-trie>`_ of the folded keys answers
that in about a microsecond, loads by ``mmap`` in milliseconds, and carries, per key,
a few facts decided once at build time:

* ``COMMON`` — also an everyday English word (Nice, Reading, Mobile, Police);
* ``FIRSTNAME`` — also a given name (Jordan, Victoria, Austin);
* ``ABBREV`` — only an abbreviation (U.S., Ky., UAE): needs capitals or dots;
* ``STOP``/``TEMPORAL`` — a function word or a month/weekday;
* the best feature kind and the population of the largest place of that name.

The files live next to the SQLite index and are rebuilt whenever its
``generation`` (changed by every build, import and supplement) differs.
"""

from __future__ import annotations

import array
import math
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .lexicon import DIRECTIONS, HOLIDAYS, MONTHS, NOT_PLACES, PERSON_TITLES, STOPWORDS, WEEKDAYS
from .normalize import abbreviate_head, fold, strip_article

#: bump when what :meth:`NameIndex.build` writes changes, so old files are rebuilt
FORMAT = "11"

COMMON, FIRSTNAME, ABBREV, STOP, TEMPORAL, DEMONYM = 1, 2, 4, 8, 16, 32
#: the Zipf frequency (log10 of uses per billion words) from which an English word counts as everyday
#: (:meth:`NameIndex.is_everyday`): ``sake`` 4.4, ``walmart`` 3.9, ``benedict`` 3.7; ``goma`` 2.4
EVERYDAY_ZIPF = 3.0
#: feature kinds, in the order a bare name most likely means them
KIND_CITY, KIND_ADMIN1, KIND_COUNTRY, KIND_CONTINENT, KIND_WATER, KIND_REGION, KIND_OTHER = range(7)

_KIND_SQL = """CASE
 WHEN p.feature_code = 'CONT' THEN 3
 WHEN p.feature_code LIKE 'PCL%' OR p.feature_code = 'TERR' THEN 2
 WHEN p.feature_code LIKE 'ADM1%' THEN 1
 WHEN p.feature_class = 'P' THEN 0
 WHEN p.feature_class = 'H' THEN 4
 WHEN p.feature_class = 'L' THEN 5
 ELSE 6 END"""


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What the recogniser knows about a name key without asking SQLite."""

    flags: int
    kind: int  #: best (most general) feature kind among places of this name
    log_pop: float  #: log10 of the largest population among places of this name

    @property
    def is_major(self) -> bool:
        """A country, continent or sea, or a division or city of a million people."""
        return self.kind in (KIND_COUNTRY, KIND_CONTINENT, KIND_WATER) or self.log_pop >= 6.0


def is_real_place(info: "KeyInfo | None") -> bool:
    """A name that is a town of a few thousand people or more, a division or a country, not an everyday word."""
    return info is not None and not info.flags & (COMMON | STOP | DEMONYM) and info.log_pop >= 3.5


def _pack(flags: int, kind: int, log_pop: float) -> int:
    return flags | (kind << 8) | (min(255, int(round(log_pop * 20))) << 12)


def _unpack(value: int) -> KeyInfo:
    return KeyInfo(value & 0xFF, (value >> 8) & 0xF, ((value >> 12) & 0xFF) / 20)


class NameIndex:
    """Trie of folded name keys + per-key facts + a trie of given names.

    Examples
    --------
    >>> names = NameIndex.open(gaz)                       # doctest: +SKIP
    >>> "kafr nabl" in names, names.info("nice").flags & COMMON   # doctest: +SKIP
    (True, 1)
    """

    def __init__(self, keys, values: array.array, firstnames, prefixes) -> None:
        self._keys = keys
        self._values = values
        self._firstnames = firstnames
        self._prefixes = prefixes
        #: answers already read from the tries (news repeats its names); cleared when it grows large
        self._info: dict[str, KeyInfo | None] = {}
        self._continues: dict[str, bool] = {}
        self._is_firstname: dict[str, bool] = {}
        self._everyday: dict[str, bool] = {}

    #: keys whose answers are remembered
    MEMO_SIZE = 200_000

    # -- queries -------------------------------------------------------------------------

    def __contains__(self, key: str) -> bool:
        try:
            return self._info[key] is not None
        except KeyError:
            return self.info(key) is not None

    def info(self, key: str) -> KeyInfo | None:
        """The facts of a name key, or ``None`` when no place has that name."""
        try:
            return self._info[key]
        except KeyError:
            pass
        ident = self._keys.get(key)
        info = None if ident is None else _unpack(self._values[ident])
        if len(self._info) >= self.MEMO_SIZE:
            self._info.clear()
        self._info[key] = info
        return info

    def continues(self, prefix: str) -> bool:
        """Whether some longer key starts with ``prefix + ' '``."""
        try:
            return self._continues[prefix]
        except KeyError:
            pass
        if len(self._continues) >= self.MEMO_SIZE:
            self._continues.clear()
        answer = self._continues[prefix] = prefix in self._prefixes
        return answer

    def is_firstname(self, word: str) -> bool:
        try:
            return self._is_firstname[word]
        except KeyError:
            pass
        if len(self._is_firstname) >= self.MEMO_SIZE:
            self._is_firstname.clear()
        answer = self._is_firstname[word] = fold(word) in self._firstnames
        return answer

    def is_everyday(self, word: str) -> bool:
        """Whether English text uses the lower-cased ``word`` often (``Movement``, ``Walmart``, ``Benedict``;
        not ``Gorgadji`` or ``Yogananda``): Zipf frequency of :data:`EVERYDAY_ZIPF` or more.

        The recogniser asks about the words of capitalised names a preposition places (``in X``, ``fled to
        X``), so the frequency list loads (about a quarter of a second) with the first such name.
        """
        try:
            return self._everyday[word]
        except KeyError:
            pass
        from wordfreq import zipf_frequency

        if len(self._everyday) >= self.MEMO_SIZE:
            self._everyday.clear()
        answer = self._everyday[word] = zipf_frequency(word, "en") >= EVERYDAY_ZIPF
        return answer

    # -- files ----------------------------------------------------------------------------

    @staticmethod
    def paths(index_path: Path) -> tuple[Path, Path, Path, Path, Path]:
        base = f"{index_path}.names"
        return tuple(Path(f"{base}.{part}") for part in ("trie", "facts", "first", "prefix", "gen"))

    @classmethod
    def open(cls, gaz) -> "NameIndex":
        """Load (building first if stale) the name index of a :class:`~gazetteer.Gazetteer`."""
        import marisa_trie

        trie_p, facts_p, first_p, prefix_p, gen_p = cls.paths(gaz.path)
        generation = f"{gaz.info_value('generation') or ''}:{FORMAT}"
        fresh = gen_p.exists() and gen_p.read_text() == generation
        if not fresh:
            cls.build(gaz.path, gaz.connection, generation)
        keys = marisa_trie.Trie()
        keys.mmap(str(trie_p))
        first = marisa_trie.Trie()
        first.mmap(str(first_p))
        prefixes = marisa_trie.Trie()
        prefixes.mmap(str(prefix_p))
        values = array.array("I")
        with open(facts_p, "rb") as fh:
            values.frombytes(fh.read())
        return cls(keys, values, first, prefixes)

    @classmethod
    def build(cls, index_path: Path, conn: sqlite3.Connection, generation: str) -> None:
        """Derive the trie files from the SQLite index (a few seconds)."""
        import marisa_trie
        from english_words import get_english_words_set
        from wordfreq import zipf_frequency

        # case-sensitive dictionaries: "nice" is a word, "charleston" only "Charleston"
        dictionary = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)

        rows = cls._key_facts(conn)
        raw_names = cls._raw_abbreviation_keys()
        demonyms = {k for (k,) in conn.execute("SELECT key FROM demonyms")}
        firstnames = cls._firstnames()
        known = {r[0] for r in rows}
        rows += [(k, 6, 0, 0) for k in demonyms if k not in known]
        keys = marisa_trie.Trie([r[0] for r in rows])
        values = array.array("I", [0]) * len(keys)
        prefixes: set[str] = set()
        for key, kind, pop, _ in rows:
            kind = min(kind, KIND_OTHER)
            kind = {3: KIND_CONTINENT, 2: KIND_COUNTRY, 1: KIND_ADMIN1, 0: KIND_CITY, 4: KIND_WATER,
                    5: KIND_REGION}.get(kind, KIND_OTHER)
            log_pop = math.log10((pop or 0) + 1)
            flags = 0
            if key in STOPWORDS or key in DIRECTIONS or key in NOT_PLACES or key in PERSON_TITLES:
                flags |= STOP
            if key in MONTHS or key in WEEKDAYS or key in HOLIDAYS:
                flags |= TEMPORAL
            if key in raw_names:
                flags |= ABBREV
            if key in demonyms:
                flags |= DEMONYM
            if key in firstnames and zipf_frequency(key, "en") >= EVERYDAY_ZIPF:
                flags |= FIRSTNAME  # a given name English text uses (Jordan, Victoria; not Rafah)
            if _is_common(key, zipf_frequency, dictionary) and not (
                kind in (KIND_COUNTRY, KIND_CONTINENT, KIND_ADMIN1) or log_pop >= 6.0
            ):
                flags |= COMMON
            values[keys[key]] = _pack(flags, kind, log_pop)
            words = key.split(" ")
            for i in range(1, len(words)):
                prefixes.add(" ".join(words[:i]))
        trie_p, facts_p, first_p, prefix_p, gen_p = cls.paths(index_path)
        for path, trie in ((trie_p, keys), (first_p, marisa_trie.Trie(firstnames)),
                           (prefix_p, marisa_trie.Trie(prefixes))):
            _atomic(path, lambda tmp, t=trie: t.save(tmp))
        _atomic(facts_p, lambda tmp: Path(tmp).write_bytes(values.tobytes()))
        _atomic(gen_p, lambda tmp: Path(tmp).write_text(generation))

    @staticmethod
    def _key_facts(conn: sqlite3.Connection) -> list[tuple[str, int, int, int]]:
        """``(key, most general kind, population, 0)`` per name key.

        A town's population counts only under its own name: "Part" being an alternate
        name of some large city does not make the word "part" a major place.
        """
        best: dict[str, list[int]] = {}
        query = (f"SELECT n.key, {_KIND_SQL}, p.population, p.name FROM names n "
                 "JOIN places p ON p.id = n.place_id WHERE n.kind IN (0, 1)")
        for key, kind, pop, name in conn.execute(query):
            bare = strip_article(fold(name))
            own = kind in (1, 2, 3) or strip_article(key) in (bare, abbreviate_head(bare))  # Mt. Juliet is its own
            pop = (pop or 0) if own else 0
            facts = best.get(key)
            if facts is None:
                best[key] = [kind, pop]
            else:
                facts[0] = max(facts[0], kind)
                facts[1] = max(facts[1], pop)
        return [(key, kind, pop, 0) for key, (kind, pop) in best.items()]

    @staticmethod
    def _raw_abbreviation_keys() -> set[str]:
        """Keys whose every source spelling is an abbreviation (U.S., Ky., UAE)."""
        from .build import abbreviation_names

        return {fold(raw) for raw in abbreviation_names()}

    @staticmethod
    def _firstnames() -> set[str]:
        import gender_guesser.detector as gd

        detector = gd.Detector(case_sensitive=False)
        return {fold(n) for n, v in detector.names.items() if fold(n).isascii() and len(n) > 2}


def _is_common(key: str, zipf, dictionary: set[str]) -> bool:
    """An everyday word (``nice``) or a phrase of everyday words (``white house``, ``city park``).

    A word counts when a dictionary lists it in lower case (so ``Charleston`` and
    ``Paris`` do not) and English text uses it (Zipf frequency >= 2.5).
    """
    words = key.split(" ")
    if len(words) == 1:
        return _in_dictionary(key, dictionary) and zipf(key, "en") >= 2.5
    return len(words) <= 3 and all(w in dictionary and zipf(w, "en") >= 4.0 for w in words)


def _in_dictionary(word: str, dictionary: set[str]) -> bool:
    """The word or, for inflected forms the dictionary leaves out, its stem (drowning, lives, marines)."""
    if word in dictionary:
        return True
    stems = []
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4]]
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1], word[:-3]]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    return any(len(stem) >= 3 and stem in dictionary for stem in stems)


def _atomic(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)

"""Find every lexicon phrase in a text in one pass (Aho-Corasick).

The text is lower-cased and every non-word character becomes a space, which keeps
offsets identical to the original. Phrases are stored padded with spaces
(``" air strike "``), so they only match whole words.

Examples
--------
>>> s = scan("Russian jets bombed the town, killing 5.")
>>> [(u.phrase, u.start, u.end) for u in s.units]
[('jets', 8, 12), ('bombed', 13, 19), ('killing', 30, 37)]
"""

from __future__ import annotations

import functools
import re

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from geo.incidents.lexicon import CUES, STOP_PHRASES, TRIGGERS, Cue, Trigger

__all__ = ["Unit", "CueHit", "Scan", "DocumentScan", "WordGroups", "normalize", "scan", "scan_document"]


class Unit(NamedTuple):
    """A trigger (or stop phrase) kept by leftmost-longest matching."""

    start: int
    end: int
    phrase: str
    triggers: tuple[Trigger, ...]  #: empty for a stop phrase


class CueHit(NamedTuple):
    """A context phrase and its roles."""

    start: int
    end: int
    phrase: str
    cues: frozenset[Cue]


@dataclass(frozen=True, slots=True)
class Scan:
    """Everything the lexicon found in one text, sorted by start offset.

    Offsets are shifted by the ``offset`` given to :func:`scan`.
    """

    norm: str  #: lower-cased text, punctuation as spaces, same length as the text
    units: tuple[Unit, ...]
    cues: tuple[CueHit, ...]  #: in order of their end offset
    by_cue: Mapping[Cue, list[CueHit]]  #: cue -> its hits, in order of their end offset


_NOT_DOC_ARMED = frozenset(
    "killed killing wounded injured dead casualties shot shooting kill kills massacre police "
    "policeman policemen gendarmes gendarmerie positions units convoy patrol gunfire".split()
)


def _build() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase in set(TRIGGERS) | STOP_PHRASES | set(CUES):
        automaton.add_word(
            f" {phrase} ",
            (
                len(phrase),
                phrase,
                () if phrase in STOP_PHRASES else TRIGGERS.get(phrase, ()),
                phrase in TRIGGERS or phrase in STOP_PHRASES,
                tuple(sorted(CUES[phrase])) if phrase in CUES else None,
                CUES.get(phrase),
            ),
        )
    automaton.make_automaton()
    return automaton


def _build_words(phrases: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        automaton.add_word(f" {phrase} ", len(phrase))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _build()


@functools.cache
def _trigger_automaton() -> ahocorasick.Automaton:
    """The trigger (and stop) phrases alone, for :func:`scan_document` without word
    groups; built on first use (the tagger always scans with its groups)."""
    return _build_words(set(TRIGGERS) | STOP_PHRASES)


_AVIATION_AUTOMATON = _build_words(p for p, cues in CUES.items() if Cue.AVIATION in cues)
_ARMED_AUTOMATON = _build_words(
    p for p, cues in CUES.items() if Cue.ARMED in cues and p not in _NOT_DOC_ARMED
)
_BLANK = {i: " " for i in range(0x2100) if not chr(i).isalnum()}
_BLANK.update({i: " " for i in range(0x3000, 0x3040)})  # CJK punctuation


def _char_class(codes: Iterable[int]) -> str:
    """A regular-expression character class of exactly ``codes``, as ranges."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    ) + "]"


# What _BLANK blanks (but the space, already one), for text beyond ASCII: str.translate
# looks every character up in the table there, which is several times slower than this.
_NON_WORD = re.compile(_char_class(code for code in _BLANK if code != 0x20))


def normalize(text: str) -> str:
    """Lower-case ``text`` and blank out non-word characters, keeping its length.

    Examples
    --------
    >>> normalize("Kafr Nabl's al-Hol")
    'kafr nabl s al hol'
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two code points
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if low.isascii():
        return low.translate(_BLANK)
    return _NON_WORD.sub(" ", low)


def scan(text: str, offset: int = 0, norm: str | None = None) -> Scan:
    """Find the trigger units and the cues of ``text``, with offsets shifted by ``offset``.

    Overlapping units are resolved leftmost-longest (``"suicide car bomb"`` beats
    ``"car bomb"``); cues are all kept.
    """
    if norm is None:
        norm = normalize(text)
    found = []
    cues = []
    by_cue: dict[Cue, list[CueHit]] = {}
    new = tuple.__new__
    get = by_cue.get
    for end, (length, phrase, triggers, is_unit, cue_roles, cue_set) in _AUTOMATON.iter(f" {norm} "):
        start = end - length - 1 + offset  # `end` is the trailing pad space
        if is_unit:
            found.append((start, -length, phrase, triggers))
        if cue_roles is not None:
            hit = new(CueHit, (start, start + length, phrase, cue_set))
            cues.append(hit)
            for cue in cue_roles:
                hits = get(cue)
                if hits is None:
                    by_cue[cue] = [hit]
                else:
                    hits.append(hit)
    found.sort()
    units = []
    last_end = -1
    for start, neg_len, phrase, triggers in found:
        if start >= last_end:
            last_end = start - neg_len
            if triggers:
                units.append(new(Unit, (start, last_end, phrase, triggers)))
    return Scan(norm, tuple(units), tuple(cues), by_cue)


_DISPLACING = re.compile(
    r" (?:fled|flee|flees|fleeing|evacuat(?:e|ed|es|ing|ion|ions)|evacuees|displaced|displacement|refugees|uprooted|"
    r"forced to leave|took refuge|sought refuge|migrants|asylum seekers|idps|returnees) "
)

# A lead that tells people killed at protests: "at least six people were killed as protests
# spread", "one protester was killed when soldiers clashed with demonstrators".
_LEAD_CHARS = 400
_LEAD_PROTEST = re.compile(r" (?:protests?|protesters?|demonstrations?|demonstrators|marchers|rallies|sit ins?) ")
_LEAD_KILLED = re.compile(r" (?:killed|shot dead|died|dead|deaths) ")


# Strikes from afar, told without aircraft: "Israel struck the ministry", "shelling hit X".
_REMOTE_WORDS = re.compile(
    r" (?:struck|strikes?|airstrikes?|shell(?:ed|ing|s)?|bomb(?:ed|ing|s)?|bombardment|missiles?|rockets?|"
    r"artillery|mortars?) "
)


class DocumentScan:
    """The cheap whole-document pass: where triggers start; whether aircraft or armed
    actors are mentioned anywhere is looked up only when a rule asks.

    Examples
    --------
    >>> s = scan_document("Talks in Geneva. Jets bombed Ariha.")
    >>> s.trigger_starts, s.aviation, s.armed
    ((17, 22), True, False)
    """

    __slots__ = (
        "trigger_starts", "_padded", "_aviation", "_armed", "_displacing", "_words", "_protest_lead", "_protest_story",
        "_protests_told",
    )

    def __init__(
        self, trigger_starts: tuple[int, ...], padded: str,
        words: Mapping[str, list[tuple[int, int]]] | None = None,
    ) -> None:
        self.trigger_starts = trigger_starts  #: sorted start offsets of trigger (or stop) phrases
        self._padded = padded
        self._aviation: bool | None = None
        self._armed: bool | None = None
        self._displacing: bool | None = None
        self._protest_lead: bool | None = None
        self._protest_story: bool | None = None
        self._protests_told: bool | None = None
        self._words = words or {}

    def words(self, group: str) -> list[tuple[int, int]]:
        """``(start, end)`` of the phrases of ``group`` of the :class:`WordGroups`
        given to :func:`scan_document`, in text order."""
        return self._words.get(group, [])

    @property
    def aviation(self) -> bool:
        """Aircraft are mentioned somewhere (so "raids" are air raids)."""
        if self._aviation is None:
            self._aviation = next(_AVIATION_AUTOMATON.iter(self._padded), None) is not None
        return self._aviation

    def remote_before(self, end: int) -> bool:
        """Aircraft or strikes from afar are told of before offset ``end`` ("Jets bombed X",
        "Israel struck the ministry"): a toll told after them may be theirs."""
        return (next(_AVIATION_AUTOMATON.iter(self._padded, 0, end + 2), None) is not None
                or _REMOTE_WORDS.search(self._padded, 0, end + 2) is not None)

    def norm(self, a: int, b: int) -> str:
        """The normalized text of ``[a, b)`` (see :func:`normalize`)."""
        return self._padded[a + 1 : b + 1]

    @property
    def armed(self) -> bool:
        """Armed actors or weapons are mentioned somewhere (so "clashes" are fighting)."""
        if self._armed is None:
            self._armed = next(_ARMED_AUTOMATON.iter(self._padded), None) is not None
        return self._armed

    @property
    def displacing(self) -> bool:
        """People flee or are evacuated somewhere (so "many headed to X" moves them)."""
        if self._displacing is None:
            self._displacing = _DISPLACING.search(self._padded) is not None
        return self._displacing

    @property
    def protest_lead(self) -> bool:
        """The lead tells people killed at protests ("six people were killed as protests
        spread"), so the story's later shootings are the state's force on protesters."""
        if self._protest_lead is None:
            lead = self._padded[: _LEAD_CHARS + 1]
            self._protest_lead = bool(_LEAD_PROTEST.search(lead) and _LEAD_KILLED.search(lead))
        return self._protest_lead

    @property
    def protest_story(self) -> bool:
        """The lead tells protests ("thousands rallied in A in the biggest protest yet"),
        so the story's road blockades and walks through a town are the protest's."""
        if self._protest_story is None:
            self._protest_story = _LEAD_PROTEST.search(self._padded[: _LEAD_CHARS + 1]) is not None
        return self._protest_story

    @property
    def protests_told(self) -> bool:
        """The story tells protests anywhere, not only in its lead ("police opened fire on
        the marchers in A ... In B, police killed six"), so a killing by the police or bare
        clashes in it may be the protests' own."""
        if self._protests_told is None:
            self._protests_told = _LEAD_PROTEST.search(self._padded) is not None
        return self._protests_told


class WordGroups:
    """Named groups of whole-word phrases that :func:`scan_document` finds in the same
    pass as the triggers ("city", "town" for anaphora, ...).

    Examples
    --------
    >>> groups = WordGroups({"nouns": ["city", "town"]})
    >>> scan_document("Jets bombed the town.", groups).words("nouns")
    [(16, 20)]
    """

    __slots__ = ("names", "automaton")

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        self.names = tuple(groups)
        member: dict[str, int] = {}
        for bit, name in enumerate(self.names):
            for phrase in groups[name]:
                member[phrase] = member.get(phrase, 0) | (1 << bit)
        units = set(TRIGGERS) | STOP_PHRASES
        self.automaton = ahocorasick.Automaton()
        for phrase in units | set(member):
            self.automaton.add_word(f" {phrase} ", (len(phrase), phrase in units, member.get(phrase, 0)))
        self.automaton.make_automaton()


def scan_document(text: str, groups: WordGroups | None = None) -> DocumentScan:
    """Scan a whole document for trigger positions (see :class:`DocumentScan`), and
    for the phrases of ``groups`` in the same pass."""
    padded = f" {normalize(text)} "
    if groups is None:
        starts = [end - length - 1 for end, length in _trigger_automaton().iter(padded)]
        starts.sort()
        return DocumentScan(tuple(starts), padded)
    starts = []
    found: dict[str, list[tuple[int, int]]] = {}
    names = groups.names
    for end, (length, unit, member) in groups.automaton.iter(padded):
        start = end - length - 1
        if unit:
            starts.append(start)
        while member:
            bit = member & -member
            found.setdefault(names[bit.bit_length() - 1], []).append((start, end - 1))
            member ^= bit
    starts.sort()
    return DocumentScan(tuple(starts), padded, found)

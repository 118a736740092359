"""Find place mentions in raw text: gazetteer-driven, filtered by evidence.

Every run of capitalised words is looked up, longest first, in the
:class:`~gazetteer.names.NameIndex` trie. A hit is kept when the text supports it:

* names that are also everyday words or given names (Nice, Reading, Jordan) need
  a locative cue (``in``, ``near``, ``the town of``, ``Nice, France``) or an
  accepted occurrence elsewhere in the document;
* a name glued to other capitalised words (``New York Times``, ``Aleppo
  University``, ``Michael Jordan``), after a title (``President Erdogan``) or
  equal to a person's surname used in the document is not a place;
* demonyms (Syrian, Russian) are never mentions; they are returned as context;
* abbreviations and function-word keys (U.S., UK, Ky.) count only in capitals
  or with their dots.

Names the gazetteer lacks are still found when a trigger announces them
(``the town of Qaminas``, ``Rapides Parish``, ``X in Idlib countryside``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from .lexicon import (
    DIRECTIONS, DISEASE_HEADS, EVENT_NOUNS, INSTITUTIONS, PERSONAL_NOUNS, TOPO_HEADS, LOCATIVE, MONTHS, ORG_HEADS, NEAR_AFTER, PERSON_TITLES, PLACE_TYPE_WORDS, REGION_AFTER, STOPWORDS,
    TRIGGERS_BEFORE, WEEKDAYS,
)
from .names import ABBREV, COMMON, DEMONYM, FIRSTNAME, STOP, TEMPORAL, NameIndex
from .normalize import fold

_TOKEN = re.compile(r"[^\W_]+")
_GAP_IN_NAME = re.compile(r"(?: |-|‐|–|['’‘ʿʾ`]|\. ?)")
_ARTICLES = frozenset("al el an ar as ash at ad adh az ath ed en es et ez ul".split())
_CONNECTORS = frozenset("of de du des del della di da do dos das la le les upon on sur am im an al el "
                        "y i e bin ibn abu umm".split())
_SAYING = frozenset("said says told tells added noted stressed urged asked wrote argued insisted explained "
                    "testified replied recalled".split())
_AUXILIARY = frozenset("has had was is also then later".split())
_DATELINE_TAIL = re.compile(r"^(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?)?\s*(?:\(|—|–|-{1,2}\s)")
_SENTENCE_END = re.compile(r"[.!?\n]\s*[\"'“”‘’(]*\s*$")
_LIST_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s+or\s+)$")
_MAX_WORDS = 6
_IN_WORD = frozenset("'’‘ʿʾ`")
_CLITICS = frozenset("s d ll re ve m t".split())  # He's, Smith's: not part of a name
_TRIGGER_RE = re.compile(
    r"(?i:\b(?:" + "|".join(sorted((r"\s+".join(k) for k, v in TRIGGERS_BEFORE.items() if v in ("town", "near")),
                                    key=len, reverse=True))
    + r"))\s+(?:(?i:the)\s+)?(?=[A-Z]|(?i:al|el|an|ar|as|ash|ad|at|az)-)"
)
_TOPO_SUFFIX_RE = re.compile(r"[\w'’]\s+(" + "|".join(w.capitalize() for w in sorted(TOPO_HEADS)) + r")\b")
_REGION_SUFFIX_RE = re.compile(r"[\w'’]\s+((?i:province|governorate|region|oblast|state|county|parish|district"
                               r"|countryside))\b")


class Token:
    """A word of the text with the facts the rules ask about it, computed once."""

    __slots__ = ("start", "end", "text", "lower", "capitalised", "all_caps")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        self.capitalised = text[0].isupper()
        self.all_caps = len(text) >= 2 and text.isupper()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


@dataclass(slots=True)
class RawMention:
    """A recognised span before resolution."""

    start: int
    end: int
    text: str
    key: str
    known: bool  #: the gazetteer has this name
    cue: str | None = None  #: "town", "region", "near" (from trigger words) or None
    suffix: str | None = None  #: place-type word right after ("province", "countryside", ...)


@dataclass(slots=True)
class Recognition:
    """What the recogniser found in one text."""

    mentions: list[RawMention] = field(default_factory=list)
    demonyms: Counter = field(default_factory=Counter)  #: country code -> count


class Recognizer:
    """Gazetteer-driven place recogniser (see module docstring).

    Parameters
    ----------
    names
        The trie index of the gazetteer's names.
    demonyms
        Folded demonym -> ISO country code.
    """

    def __init__(self, names: NameIndex, demonyms: dict[str, str]) -> None:
        self.names = names
        self.demonym_cc = demonyms

    def __call__(self, text: str) -> Recognition:
        tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        doc = _Doc(text, tokens)
        result = Recognition()
        persons = self._persons(doc)
        hits = self._scan(doc, result)
        accepted: list[RawMention] = []
        rejected: list[tuple[RawMention, int, int]] = []
        confirmed: set[str] = set()
        for raw, i, j, info in hits:
            verdict = self._judge(doc, raw, i, j, info, persons)
            if verdict is True:
                accepted.append(raw)
                confirmed.add(raw.key)
            elif verdict is None:
                rejected.append((raw, i, j))
        # a name accepted with evidence somewhere counts where it stands alone too
        accepted += [raw for raw, i, j in rejected if raw.key in confirmed]
        accepted += self._unknown(doc, {(m.start, m.end) for m in accepted}, persons)
        accepted.sort(key=lambda m: m.start)
        result.mentions = _drop_overlaps(accepted)
        return result

    # -- candidate spans -------------------------------------------------------------------

    def _scan(self, doc: "_Doc", result: Recognition):
        """Longest trie matches starting at capitalised tokens: (raw, first, last, info)."""
        tokens, text = doc.tokens, doc.text
        hits = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            if not (tok.capitalised or (tok.lower in _ARTICLES and doc.gap(i) in "-‐")) or tok.text[0].isdigit():
                i += 1
                continue
            best = None
            for j in range(i, min(n, i + _MAX_WORDS)):
                if j > i:
                    gap = doc.gap(j - 1)
                    if not _GAP_IN_NAME.fullmatch(gap):
                        break
                    t = tokens[j]
                    if not (t.capitalised or t.lower in _CONNECTORS or gap in "-‐'’‘ʿʾ`" or t.text.isdigit()):
                        break
                key = fold(text[tok.start:tokens[j].end])
                if key in self.names and not (j > i and tokens[j].lower in _CLITICS and doc.gap(j - 1) in "'’"):
                    best = (j, key)
                if not self.names.continues(key) and not (j + 1 < n and doc.gap(j) in _IN_WORD):
                    break  # (an apostrophe joins the next token into this word: People's)
            if best is None:
                i += 1
                continue
            j, key = best
            info = self.names.info(key)
            end = tokens[j].end
            if info.flags & DEMONYM:
                cc = self.demonym_cc.get(key)
                if cc:
                    result.demonyms[cc] += 1
                i = j + 1
                continue
            if info.flags & ABBREV and end < len(text) and text[end] == "." and \
                    ("." in text[tok.start:end] or not text[tok.start:end].isupper()):
                end += 1  # Ky., U.S. keep their dot; a sentence's full stop after DRC is not theirs
            hits.append((RawMention(tok.start, end, text[tok.start:end], key, True), i, j, info))
            i = j + 1
        return hits

    # -- evidence ------------------------------------------------------------------------

    def _judge(self, doc: "_Doc", raw: RawMention, i: int, j: int, info, persons: set[str]):
        """True: a place; False: not a place; None: a place only if confirmed elsewhere."""
        tokens = doc.tokens
        span = raw.text
        letters = [c for c in span if c.isalpha()]
        caps = all(c.isupper() for c in letters)
        if info.flags & (STOP | ABBREV) and not (caps and len(letters) >= 2 or "." in span):
            return False
        if caps and len(letters) <= 4 and not info.flags & ABBREV and not info.is_major:
            return False  # HHS, DAC, PA: acronyms, not villages
        if raw.key in persons or doc.after_title(i):
            return False
        raw.cue = doc.cue_before(i) or doc.list_cue(i)
        raw.suffix = doc.suffix_after(j)
        if info.flags & TEMPORAL:
            return raw.cue in ("town", "region") or None
        if caps and len(letters) >= 3 and not info.flags & ABBREV:
            if not (info.is_major or doc.is_dateline(i, j)):
                return False
        headline = doc.headline(i)
        if doc.glued_capital_before(i, self.names) and not headline:
            return False
        nxt = doc.capital_after(j) if raw.suffix is None else None
        if nxt is not None and not headline and info.flags & FIRSTNAME and nxt not in INSTITUTIONS:
            return False  # Paris Hilton, Jordan Henderson; not Columbus Police Department
        if self._glued_to_non_place(doc, j, info):
            return False
        needs_evidence = bool(info.flags & (COMMON | FIRSTNAME)) and not info.is_major
        if not needs_evidence:
            return True
        if info.flags & COMMON and doc.of_capital_after(j):
            return False  # University of Georgia
        if doc.possessive_after(j):
            return None  # Smith's head: a person as often as a place
        if doc.is_dateline(i, j):
            return True
        if not info.flags & COMMON and nxt in INSTITUTIONS:
            return True  # the Columbus Police Department: a given name does not run a police force
        if raw.cue or raw.suffix or doc.locative_before(i) or doc.comma_place_after(j, self.names):
            return not doc.sentence_start(i) or raw.cue is not None
        return None

    def _glued_to_non_place(self, doc: "_Doc", j: int, info) -> bool:
        """Part of a longer name that is not a place: a brand, a street, a disease, a compound."""
        nxt = doc.capital_after(j)
        if nxt is not None and (nxt in ORG_HEADS or nxt in TOPO_HEADS) and not doc.headline(j):
            return True  # New York Times, Aleppo University, Dublin Road; Tennessee Colony
        minor = info is None or not info.is_major
        if minor and (doc.possessive_name_after(j) or doc.number_after(j) or doc.personal_possessive_after(j)):
            return True  # Hope's Wings, St. Patrick's Day, Highway 200, Wilder's estate
        return doc.word_after(j) in DISEASE_HEADS or doc.hyphen_compound_after(j, self.names)

    def _persons(self, doc: "_Doc") -> set[str]:
        """Folded surnames of people named in the document (``Raquel Henry`` -> ``henry``)."""
        out: set[str] = set()
        tokens = doc.tokens
        for k in range(len(tokens) - 1):
            a, b = tokens[k], tokens[k + 1]
            if not (a.capitalised and b.capitalised) or doc.gap(k) != " ":
                continue
            if a.lower in PERSON_TITLES or (self.names.is_firstname(a.text) and not a.all_caps
                                            and fold(a.text) not in self.names):
                out.add(fold(b.text))
            elif (fold(a.text) not in self.names and a.lower not in STOPWORDS and a.lower not in DIRECTIONS
                  and not a.all_caps and not doc.sentence_start(k) and len(a.text) > 1):
                # "Jeramye Whitaker", "John Welch": a capitalised word that is no place, then a surname
                info = self.names.info(fold(b.text))
                if info is not None and not info.is_major and doc.gap(k + 1 if k + 1 < len(tokens) else k) != "-":
                    out.add(fold(b.text))
        for k, tok in enumerate(tokens):
            if tok.capitalised and not tok.all_caps and (doc.saying_after(k) or doc.saying_before(k)):
                word = fold(doc.word_ending_at(k))  # O'Brien, not Brien
                info = self.names.info(word)
                if info is None or not info.is_major:
                    out.add(word)
        return out

    def _unknown(self, doc: "_Doc", taken: set[tuple[int, int]], persons: set[str]) -> list[RawMention]:
        """Names the gazetteer lacks, announced by triggers; then their other occurrences."""
        tokens, text = doc.tokens, doc.text
        found: list[RawMention] = []
        starts = {s for s, _ in taken}

        def add(a: int, b: int, cue: str | None) -> None:
            start, end = tokens[a].start, tokens[b].end
            key = fold(text[start:end])
            if start not in starts and key not in persons and self._plausible_unknown(doc, a, b, key):
                found.append(RawMention(start, end, text[start:end], key, False, cue, doc.suffix_after(b)))
                starts.add(start)

        for m in _TRIGGER_RE.finditer(text):
            i = doc.token_at(m.end())
            cue = doc.cue_before(i) if i is not None else None
            span = doc.name_at(i) if cue in ("town", "near") else None
            if span is None:
                continue
            add(*span, cue)
            b = span[1]
            # "the cities of A, B, and the town of C": the list continues
            while cue == "town" and b + 1 < len(tokens) and _LIST_SEP.match(doc.gap(b)):
                nxt = doc.name_at(b + 1)
                if nxt is None:
                    break
                add(*nxt, cue)
                b = nxt[1]
        for m in _REGION_SUFFIX_RE.finditer(text):
            k = doc.token_at(m.start(1))
            span = doc.name_before(k) if k is not None else None
            if span is not None:
                add(*span, "region")
        for m in _TOPO_SUFFIX_RE.finditer(text):
            # "Tennessee Colony", "Greer Station": a place of its own, even if the gazetteer lacks it
            k = doc.token_at(m.start(1))
            span = doc.name_before(k) if k is not None else None
            if span is None or not _real_place(self.names.info(fold(text[tokens[span[0]].start:tokens[span[1]].end]))):
                continue  # only a known place's name makes "X Station" a place, not "Memorial Park"
            if not doc.sentence_start(span[0]) or doc.locative_before(span[0]):
                add(span[0], k, None)
        keys = {m.key for m in found}
        if keys:
            for k, tok in enumerate(tokens):
                if tok.start in starts or not tok.capitalised:
                    continue
                span = doc.name_at(k)
                if span and fold(text[tok.start:tokens[span[1]].end]) in keys:
                    end = tokens[span[1]].end
                    found.append(RawMention(tok.start, end, text[tok.start:end], fold(text[tok.start:end]),
                                            False, doc.cue_before(k), doc.suffix_after(span[1])))
                    starts.add(tok.start)
        return found

    def _plausible_unknown(self, doc: "_Doc", a: int, b: int, key: str) -> bool:
        if key in self.names or self._glued_to_non_place(doc, b, None):
            return False  # known names were judged by the scan
        words = key.split()
        if not words or words[0] in STOPWORDS or words[0] in MONTHS or words[0] in WEEKDAYS:
            return False
        if key in self.demonym_cc or any(w in self.demonym_cc for w in words):
            return False
        if all(w in PLACE_TYPE_WORDS or w in DIRECTIONS for w in words):
            return False
        return not doc.glued_capital_before(a)


def _real_place(info) -> bool:
    """A name that is a town of a few thousand people or more, a division or a country, not an everyday word."""
    return info is not None and not info.flags & (COMMON | STOP | DEMONYM) and info.log_pop >= 3.5


def _drop_overlaps(mentions: list[RawMention]) -> list[RawMention]:
    out: list[RawMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


class _Doc:
    """Token-level views of one text used by the evidence rules."""

    __slots__ = ("text", "tokens", "_headline", "_starts", "_gaps")

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self._headline: dict[int, bool] = {}
        self._starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
        self._gaps = [text[e:s] for e, s in zip(ends, self._starts[1:])] + ([text[ends[-1]:]] if tokens else [])

    def gap(self, k: int) -> str:
        """Text between token ``k`` and token ``k + 1`` (to the end of the text after the last)."""
        return self._gaps[k]

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        before = self.text[max(0, self.tokens[i].start - 4):self.tokens[i].start]
        return bool(_SENTENCE_END.search(self.text[self.tokens[i - 1].end:self.tokens[i].start] or before)) and \
            self.tokens[i - 1].lower not in ("st", "mt", "ft", "gen", "dr", "mr", "mrs", "u", "s")

    def words_before(self, i: int, count: int) -> tuple[str, ...]:
        """Up to ``count`` lower-cased tokens before ``i`` in the same sentence."""
        out = []
        k = i - 1
        while k >= 0 and len(out) < count:
            if any(c in self.gap(k) for c in ".!?\n;:"):
                break
            out.append(self.tokens[k].lower)
            k -= 1
        return tuple(reversed(out))

    def cue_before(self, i: int) -> str | None:
        words = self.words_before(i, 4)
        # skip "the" and a direction adjective: "the western countryside of", "the town of"
        for n in (2, 1):
            if len(words) >= n and tuple(words[-n:]) in TRIGGERS_BEFORE:
                return TRIGGERS_BEFORE[tuple(words[-n:])]
        trimmed = [w for w in words if w not in ("the", "a") and w not in DIRECTIONS]
        for n in (2, 1):
            if len(trimmed) >= n and tuple(trimmed[-n:]) in TRIGGERS_BEFORE:
                return TRIGGERS_BEFORE[tuple(trimmed[-n:])]
        return None

    def list_cue(self, i: int, items: int = 6) -> str | None:
        """The trigger of a list this name belongs to: "the cities of A, B, and C" -> "town"."""
        k = i
        for _ in range(items):
            if k == 0 or not _LIST_SEP.match(self.gap(k - 1)):
                return None
            k -= 1  # last token of the previous item
            while k > 0 and (self.tokens[k].capitalised or self.tokens[k].lower in _CONNECTORS) \
                    and _GAP_IN_NAME.fullmatch(self.gap(k - 1)) and self.tokens[k - 1].capitalised:
                k -= 1
            if not self.tokens[k].capitalised:
                return None
            cue = self.cue_before(k)
            if cue is not None:
                return cue
            if self.locative_before(k):
                return "list"
        return None

    def locative_before(self, i: int) -> bool:
        words = [w for w in self.words_before(i, 3) if w not in ("the", "a") and w not in DIRECTIONS]
        return bool(words) and words[-1] in LOCATIVE

    def suffix_after(self, j: int) -> str | None:
        if j + 1 >= len(self.tokens):
            return None
        gap = self.gap(j)
        nxt = self.tokens[j + 1]
        if gap in (" ", "'s ", "’s ") and nxt.lower in PLACE_TYPE_WORDS | NEAR_AFTER:
            return nxt.lower
        if gap in ("'", "’") and nxt.lower == "s" and j + 2 < len(self.tokens):
            after = self.tokens[j + 2]
            if self.gap(j + 1) == " " and after.lower in PLACE_TYPE_WORDS | NEAR_AFTER:
                return after.lower
        return None

    def after_title(self, i: int) -> bool:
        return i > 0 and self.gap(i - 1) in (" ", ". ") and self.tokens[i - 1].lower in PERSON_TITLES \
            and self.tokens[i - 1].capitalised

    def glued_capital_before(self, i: int, names: NameIndex | None = None) -> bool:
        if i == 0:
            return False
        prev = self.tokens[i - 1]
        gap = self.gap(i - 1)
        if gap == "-" and (len(prev.text) == 1 and prev.text.isupper()
                           or names is not None and _real_place(names.info(fold(prev.text)))):
            return False  # D-Charleston (a legislator's home town), Nebraska-Lincoln
        if gap == ". " and len(prev.text) == 1 and prev.text.isupper():
            return True  # an initial: Roy A. Nelson
        if gap not in (" ", "-"):
            return False
        if not prev.capitalised or prev.lower in DIRECTIONS or prev.lower in STOPWORDS:
            return False
        return not self.sentence_start(i - 1) or prev.lower not in LOCATIVE

    def capital_after(self, j: int) -> str | None:
        """The lower-cased capitalised word glued after token ``j`` (``New York [Times]``), if any."""
        if j + 1 >= len(self.tokens) or self.gap(j) not in (" ", "-"):
            return None
        nxt = self.tokens[j + 1]
        if not nxt.capitalised or nxt.lower in STOPWORDS or nxt.lower in MONTHS or nxt.lower in WEEKDAYS \
                or nxt.lower in EVENT_NOUNS or nxt.text.isdigit():
            return None
        return nxt.lower

    def possessive_name_after(self, j: int) -> bool:
        """``Hope's Wings``, ``Patrick's Day``: a possessive glued to another capitalised word.

        Callers exempt major places: ``Canada's Food Inspection Agency`` is about Canada.
        """
        if j + 2 >= len(self.tokens) or self.gap(j) not in ("'", "’") or self.tokens[j + 1].lower != "s":
            return False
        nxt = self.tokens[j + 2]
        return self.gap(j + 1) == " " and nxt.capitalised and nxt.lower not in PLACE_TYPE_WORDS \
            and nxt.lower not in NEAR_AFTER and nxt.lower not in STOPWORDS

    def word_after(self, j: int) -> str | None:
        if j + 1 >= len(self.tokens) or self.gap(j) != " ":
            return None
        return self.tokens[j + 1].lower

    def hyphen_compound_after(self, j: int, names: NameIndex) -> bool:
        """``Wal-Mart``, ``Al-Hedoud``: glued by a hyphen to a word that is not itself a real town.

        ``Fargo-Moorhead``, ``EU-Israel`` and ``Canada-U.S.`` join two places and stay.
        """
        if j + 1 >= len(self.tokens) or self.gap(j) not in ("-", "‐"):
            return False
        nxt = self.tokens[j + 1]
        return nxt.capitalised and not _real_place(names.info(fold(nxt.text)))

    def personal_possessive_after(self, j: int) -> bool:
        """``Wilder's estate``, ``Chaudhry's home``: a possessive before something only people have."""
        return self.possessive_after(j) and j + 2 < len(self.tokens) and self.gap(j + 1) == " " \
            and self.tokens[j + 2].lower in PERSONAL_NOUNS

    def possessive_after(self, j: int) -> bool:
        return j + 1 < len(self.tokens) and self.gap(j) in ("'", "’") and self.tokens[j + 1].lower == "s"

    def number_after(self, j: int) -> bool:
        return j + 1 < len(self.tokens) and self.gap(j) == " " and self.tokens[j + 1].text[0].isdigit()

    def of_capital_after(self, j: int) -> bool:
        return j + 2 < len(self.tokens) and self.gap(j) == " " and self.tokens[j + 1].text == "of" \
            and self.tokens[j + 2].capitalised

    def saying_after(self, k: int) -> bool:
        """``Brown said``, ``Brown has told``."""
        if k + 1 >= len(self.tokens) or self.gap(k) != " ":
            return False
        nxt = self.tokens[k + 1].lower
        if nxt in _SAYING:
            return True
        return nxt in _AUXILIARY and k + 2 < len(self.tokens) and self.tokens[k + 2].lower in _SAYING

    def saying_before(self, k: int) -> bool:
        """``said Brown.``"""
        return k > 0 and self.gap(k - 1) == " " and self.tokens[k - 1].lower in _SAYING \
            and (k + 1 >= len(self.tokens) or self.gap(k).startswith((".", ",")))

    def comma_place_after(self, j: int, names: NameIndex) -> bool:
        if j + 1 >= len(self.tokens) or self.gap(j).strip() != ",":
            return False
        nxt = self.tokens[j + 1]
        info = names.info(fold(nxt.text)) if nxt.capitalised else None
        return info is not None and info.is_major

    def is_dateline(self, i: int, j: int) -> bool:
        """``KYIV —``, ``CHARLESTON, W.Va. (AP) --``: capitals at a text, line or sentence start."""
        if i > 0 and not self.sentence_start(i):
            return False
        rest = self.text[self.tokens[j].end:self.tokens[j].end + 40]
        return bool(_DATELINE_TAIL.match(rest))

    def headline(self, i: int) -> bool:
        """Whether token ``i`` sits on a title-case line (a headline)."""
        start = self.tokens[i].start
        line_start = self.text.rfind("\n", 0, start) + 1
        if line_start in self._headline:
            return self._headline[line_start]
        line_end = self.text.find("\n", start)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
        words = [w for w in _TOKEN.findall(line) if w.lower() not in STOPWORDS and w.lower() not in WEEKDAYS
                 and w.lower() not in MONTHS]
        flag = len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) and len(line) < 160
        self._headline[line_start] = flag
        return flag

    def word_ending_at(self, k: int) -> str:
        """Token ``k`` with the tokens an apostrophe glues before it (``O'Brien``, ``Ma'arrat``)."""
        a = k
        while a > 0 and self.gap(a - 1) in _IN_WORD:
            a -= 1
        return self.text[self.tokens[a].start:self.tokens[k].end]

    def token_at(self, offset: int) -> int | None:
        """Index of the token starting at ``offset``, if one does."""
        k = bisect_left(self._starts, offset)
        return k if k < len(self.tokens) and self._starts[k] == offset else None

    def name_before(self, k: int) -> tuple[int, int] | None:
        """The capitalised name ending just before token ``k`` ("Rapides" in "Rapides Parish")."""
        b = k - 1
        if b < 0 or self.gap(b) != " " or not self.tokens[b].capitalised or self.tokens[b].lower in STOPWORDS:
            return None
        a = b
        while a > 0 and b - a < 2 and self.gap(a - 1) in (" ", "-") and self.tokens[a - 1].capitalised \
                and self.tokens[a - 1].lower not in STOPWORDS and not self.sentence_start(a):
            a -= 1
        return (a, b)

    def name_at(self, i: int) -> tuple[int, int] | None:
        """A capitalised name starting at token ``i`` (with al-/connectors): (first, last)."""
        tokens = self.tokens
        if i >= len(tokens):
            return None
        tok = tokens[i]
        if tok.lower in _ARTICLES and self.gap(i) in "-‐" and i + 1 < len(tokens):
            pass
        elif not tok.capitalised or tok.text[0].isdigit() or tok.all_caps and len(tok.text) > 4:
            return None
        j = i
        while j + 1 < len(tokens) and j - i < 3:
            gap = self.gap(j)
            nxt = tokens[j + 1]
            if gap in ("-", "‐", "'", "’", "ʿ", "ʾ", "‘") or (gap == " " and nxt.capitalised
                                                              and nxt.lower not in PLACE_TYPE_WORDS
                                                              and nxt.lower not in STOPWORDS):
                j += 1
                continue
            break
        return (i, j)

"""Token-level views of a text that the recogniser's evidence rules ask about.

:class:`TextView` splits a text into :class:`Token` objects once and answers
questions such as "what cue words come before token *i*", "is it glued to another
capitalised word", "is this a dateline" — all in offsets of the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import (
    DIRECTIONS, EVENT_NOUNS, LOCATIVE, MONTHS, NEAR_AFTER, PERSON_TITLES, PERSONAL_NOUNS, PLACE_TYPE_WORDS,
    STOPWORDS, TRIGGERS_BEFORE, WEEKDAYS,
)
from .names import NameIndex, is_real_place
from .normalize import fold

TOKEN_RE = re.compile(r"[^\W_]+")
GAP_IN_NAME = re.compile(r"(?: |-|‐|–|['’‘ʿʾ`]|\. ?)")
ARTICLES = frozenset("al el an ar as ash at ad adh az ath ed en es et ez ul".split())
CONNECTORS = frozenset("of de du des del della di da do dos das la le les upon on sur am im "
                       "y i e bin ibn abu umm".split()) | ARTICLES  # Deir ez-Zor, Ras al-Ain
SAYING = frozenset("said says told tells added noted stressed urged asked wrote argued insisted explained "
                    "testified replied recalled".split())
AUXILIARY = frozenset("has had was is also then later".split())
DATELINE_TAIL = re.compile(r"^(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?)?\s*(?:\(|—|–|-{1,2}\s)")
SENTENCE_END = re.compile(r"[.!?\n]\s*[\"'“”‘’(]*\s*$")
LIST_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s+or\s+)$")
IN_WORD = frozenset("'’‘ʿʾ`")
CLITICS = frozenset("s d ll re ve m t".split())  # He's, Smith's: not part of a name


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


class TextView:
    """Token-level views of one text used by the evidence rules."""

    __slots__ = ("text", "tokens", "capitals", "_headline", "_starts", "_gaps")

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self._headline: dict[int, bool] = {}
        self._starts = [t.start for t in tokens]
        #: indices of capitalised tokens: the only places a name can start (besides al-/el- articles)
        self.capitals = [k for k, t in enumerate(tokens) if t.capitalised]
        ends = [t.end for t in tokens]
        self._gaps = [text[e:s] for e, s in zip(ends, self._starts[1:])] + ([text[ends[-1]:]] if tokens else [])

    def gap(self, k: int) -> str:
        """Text between token ``k`` and token ``k + 1`` (to the end of the text after the last)."""
        return self._gaps[k]

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        before = self.text[max(0, self.tokens[i].start - 4):self.tokens[i].start]
        return bool(SENTENCE_END.search(self.text[self.tokens[i - 1].end:self.tokens[i].start] or before)) and \
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
            if k == 0 or not LIST_SEP.match(self.gap(k - 1)):
                return None
            k -= 1  # last token of the previous item
            while k > 0 and (self.tokens[k].capitalised or self.tokens[k].lower in CONNECTORS) \
                    and GAP_IN_NAME.fullmatch(self.gap(k - 1)) and self.tokens[k - 1].capitalised:
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
                           or names is not None and is_real_place(names.info(fold(prev.text)))):
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
        return nxt.capitalised and not is_real_place(names.info(fold(nxt.text)))

    def personal_possessive_after(self, j: int) -> bool:
        """``Wilder's estate``, ``Chaudhry's home``: a possessive before something only people have."""
        return self.possessive_after(j) and j + 2 < len(self.tokens) and self.gap(j + 1) == " " \
            and self.tokens[j + 2].lower in PERSONAL_NOUNS

    def possessive_after(self, j: int) -> bool:
        return j + 1 < len(self.tokens) and self.gap(j) in ("'", "’") and self.tokens[j + 1].lower == "s"

    def ampersand_after(self, j: int) -> bool:
        return j + 1 < len(self.tokens) and self.gap(j).strip() == "&" and self.tokens[j + 1].capitalised

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
        if nxt in SAYING:
            return True
        return nxt in AUXILIARY and k + 2 < len(self.tokens) and self.tokens[k + 2].lower in SAYING

    def saying_before(self, k: int) -> bool:
        """``said Brown.``"""
        return k > 0 and self.gap(k - 1) == " " and self.tokens[k - 1].lower in SAYING \
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
        return bool(DATELINE_TAIL.match(rest))

    def headline(self, i: int) -> bool:
        """Whether token ``i`` sits on a title-case line (a headline)."""
        start = self.tokens[i].start
        line_start = self.text.rfind("\n", 0, start) + 1
        if line_start in self._headline:
            return self._headline[line_start]
        line_end = self.text.find("\n", start)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
        flag = False
        if len(line) < 160:  # a headline is short; long lines are body text
            words = [w for w in TOKEN_RE.findall(line)
                     if w.lower() not in STOPWORDS and w.lower() not in WEEKDAYS and w.lower() not in MONTHS]
            flag = len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
        self._headline[line_start] = flag
        return flag

    def word_ending_at(self, k: int) -> str:
        """Token ``k`` with the tokens an apostrophe glues before it (``O'Brien``, ``Ma'arrat``)."""
        a = k
        while a > 0 and self.gap(a - 1) in IN_WORD:
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
        if tok.lower in ARTICLES and self.gap(i) in "-‐" and i + 1 < len(tokens):
            pass
        elif not tok.capitalised or tok.text[0].isdigit() or tok.all_caps and len(tok.text) > 4:
            return None
        j = i
        while j + 1 < len(tokens) and j - i < 3:
            gap = self.gap(j)
            nxt = tokens[j + 1]
            if gap in IN_WORD and nxt.lower in CLITICS:
                break  # Saturday's, Smith's: the name ends before the clitic
            if gap in ("-", "‐") or gap in IN_WORD or (
                gap == " " and (nxt.capitalised and nxt.lower not in PLACE_TYPE_WORDS and nxt.lower not in STOPWORDS
                                or nxt.lower in ARTICLES and self.gap(j + 1) in ("-", "‐"))
            ):
                j += 1
                continue
            break
        return (i, j)

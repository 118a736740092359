"""Token-level views of a text that the recogniser's evidence rules ask about.

:class:`TextView` splits a text into tokens once and answers
questions such as "what cue words come before token *i*", "is it glued to another
capitalised word", "is this a dateline" — all in offsets of the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate, compress

from .lexicon import (
    CAMP_MODIFIERS, DIRECTIONS, EVENT_NOUNS, INHABITANTS, LOCATIVE, MONTHS, NEAR_AFTER, PERSON_TITLES, PERSONAL_NOUNS,
    PLACE_TYPE_WORDS, SENTENCE_ADJECTIVES, SENTENCE_ADVERBS, STOPWORDS, TRIGGERS_BEFORE, WEEKDAYS,
)
from .names import DEMONYM, NameIndex, is_real_place
from .normalize import fold

TOKEN_RE = re.compile(r"[^\W_]+")
_SPLIT_RE = re.compile(r"([^\W_]+)")
#: what may stand between two words of one name: a space, a hyphen or dash, an apostrophe or ayn mark, a dot
GAPS_IN_NAME = frozenset({" ", "-", "‐", "–", "'", "’", "‘", "ʿ", "ʾ", "`", ".", ". "})
ARTICLES = frozenset("al el an ar as ash at ad adh az ath ed en er es et ez ul".split())
CONNECTORS = frozenset("of de du des del della di da do dos das la le les upon on sur am im "
                       "y i e bin ibn abu umm".split()) | ARTICLES  # Deir ez-Zor, Ras al-Ain
#: lower-case words inside a gazetteer name that elsewhere separate two names (Jammu and Kashmir, Bosnia and
#: Herzegovina): a name runs on through them only while the gazetteer has a longer name that way
NAME_JOINERS = frozenset({"and"})
SAYING = frozenset("said says told tells added noted stressed urged asked wrote argued insisted explained "
                    "testified replied recalled".split())
AUXILIARY = frozenset("has had was is also then later".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
#: a dateline's date between the place and the dash or the agency: ", Feb 5", ", Sept. 16, 2024"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: month first (", Sept. 16, 2024") or day first (", 14 Mar", ", 3 March 2024")
_DATELINE_DATE = r"(?:,?\s*(?:" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?))?"
#: "GOMA, Democratic Republic of Congo (Reuters) —", "RAMALLAH, West Bank, Aug 28 -", "PEMBA, Mozambique, 14 Mar
#: (Lusa) –", "SANTA MARIA, Rio Grande
#: do Sul —" (a region's name may hold a lower-case connector of its own language), "CÚCUTA / CARACAS. —"
DATELINE_TAIL = re.compile(r"^(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s(?:(?:of|the|de|do|da|del|dos|das|du|des)\s)*"
                           r"[A-Z][A-Za-z.]{1,12}){0,3})?"
                           + _DATELINE_DATE + r"\.?\s*(?:\(|—|–|-{1,2}\s)")
#: a capitalised dateline's other endings: "IMPHAL: Fresh gunfire", "KURSK, 14 August. Drones...", and a
#: month-first date closed by a colon, as Indian dailies write it: "GUWAHATI, Jan 5: Police said..."
_CAPS_DATELINE_TAIL = re.compile(r"^(?::\s|,\s*\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                                 r"(?:\s+\d{4})?\s*(?:[.(—–]|-{1,2}\s)"
                                 r"|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                                 r"(?:,?\s+\d{4})?\s*:\s)")
SENTENCE_END = re.compile(r"[.!?\n]\s*[\"'“”‘’(]*\s*$")
IN_WORD = frozenset("'’‘ʿʾ`")
_CLAUSE_BREAK = frozenset(".!?\n;:")
CLITICS = frozenset("s d ll re ve m t".split())  # He's, Smith's: not part of a name
#: letters a case-insensitive regex takes for an ASCII letter that lower-casing does not turn into it (``ſ`` for
#: ``s``; ``ı`` and ``İ`` for ``i``)
_CASE_ODDITIES = ("ſ", "ı", "İ")
#: the last words of the trigger phrases (``of``, ``near``)
_TRIGGER_ENDS = frozenset(phrase[-1] for phrase in TRIGGERS_BEFORE)
#: the most words before a token that a rule reads ("the western countryside of"): remembered per token
_WORDS_BEFORE = 4


#: words after a name that say what kind of place it is ("Idlib province", "Saraqib's outskirts")
_SUFFIX_WORDS = PLACE_TYPE_WORDS | NEAR_AFTER
_COMPASS = frozenset("nsew")
_LIST_WORDS = frozenset(("and", "or"))
#: prepositions a list repeats before its next item (``in Bunia and in Mahagi``)
_LIST_REPEATS = frozenset("in at near from to".split())


class TextView:
    """Token-level views of one text used by the evidence rules.

    A token is a run of letters and digits; its facts are kept in parallel lists
    (``words``, ``lower``, ``starts``, ``ends``, ``caps``, and ``gaps``: the text after
    each token) indexed by token number, all built by C-level splits and maps, since
    the rules visit only a few tokens around each capitalised word.

    Examples
    --------
    >>> doc = TextView("Shelling hit al-Bab, near Aleppo.")
    >>> doc.words[2], doc.gaps[2], doc.capitals
    ('al', '-', [0, 3, 5])
    >>> doc.starts[5], doc.ends[5], doc.lower[5]
    (26, 32, 'aleppo')
    """

    __slots__ = ("text", "n", "words", "lower", "vocabulary", "starts", "ends", "caps", "capitals", "gaps",
                 "_headline", "_cues", "_before")

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _SPLIT_RE.split(text)  # gap, word, gap, word, ..., gap
        offsets = list(accumulate(map(len, parts)))
        self.words: list[str] = parts[1::2]
        self.n = len(self.words)
        self.lower: list[str] = list(map(str.lower, self.words))
        #: the distinct lower-cased tokens: "does the text use any of these words" in one set operation
        self.vocabulary: frozenset[str] = frozenset(self.lower)
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]
        #: the text between token ``k`` and token ``k + 1`` (to the end of the text after the last)
        self.gaps: list[str] = parts[2::2]
        self.caps: list[bool] = [w[0].isupper() for w in self.words]
        #: indices of capitalised tokens: the only places a name can start (besides al-/el- articles)
        self.capitals = list(compress(range(self.n), self.caps))
        self._headline: dict[int, bool] = {}
        self._cues: dict[int, str | None] = {}  #: cue_before answers: the rules ask about a token several times
        self._before: dict[int, tuple[str, ...]] = {}  #: words_before(i, _WORDS_BEFORE) answers, likewise

    def positions(self, words: frozenset[str]) -> list[int]:
        """Indices of the tokens whose lower-cased form ``words`` holds, in text order.

        The rules look for a few words each (heads, triggers, articles), which many texts do not use at all.
        """
        if words.isdisjoint(self.vocabulary):
            return []
        return list(compress(range(self.n), map(words.__contains__, self.lower)))

    def all_caps(self, k: int) -> bool:
        """Whether token ``k`` is written in capitals (two letters or more): ``KYIV``, ``UK``."""
        word = self.words[k]
        return len(word) >= 2 and word.isupper()

    def matches_at(self, pattern: re.Pattern[str], words: frozenset[str], lead: int = 0) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` that open ``lead`` characters before a token ``words`` holds (lower-cased).

        For a pattern every match of which opens so (a trigger word, the space before a head word), these are
        the matches of ``pattern.finditer(text)``, in order and not overlapping; the regex is tried at those
        tokens only instead of being run over the whole text.
        """
        text = self.text
        if any(c in text for c in _CASE_ODDITIES):
            yield from pattern.finditer(text)  # (a token such a letter spells is no lower-cased word of ``words``)
            return
        end = 0  # where the previous match ended: finditer's matches do not overlap
        for k in self.positions(words):
            at = self.starts[k] - lead
            if at >= end and (m := pattern.match(text, at)) is not None:
                end = m.end()
                yield m

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        before = self.text[max(0, self.starts[i] - 4):self.starts[i]]
        return bool(SENTENCE_END.search(self.gaps[i - 1] or before)) and \
            self.lower[i - 1] not in ("st", "mt", "ft", "gen", "dr", "mr", "mrs", "u", "s")

    def words_before(self, i: int, count: int) -> tuple[str, ...]:
        """Up to ``count`` lower-cased tokens before ``i`` in the same sentence.

        The rules read at most four: those are found once per token, and fewer are their tail.
        """
        if not 0 < count <= _WORDS_BEFORE:
            return self._read_words_before(i, count)
        try:
            words = self._before[i]
        except KeyError:
            words = self._before[i] = self._read_words_before(i, _WORDS_BEFORE)
        return words[-count:]

    def _read_words_before(self, i: int, count: int) -> tuple[str, ...]:
        """Up to ``count`` lower-cased tokens before ``i``, walking back to the clause break."""
        out = []
        k = i - 1
        while k >= 0 and len(out) < count:
            if not _CLAUSE_BREAK.isdisjoint(self.gaps[k]):
                break
            out.append(self.lower[k])
            k -= 1
        return tuple(reversed(out))

    def cue_before(self, i: int) -> str | None:
        """The trigger the words before token ``i`` make: "the town of" -> ``"town"``, "near" -> ``"near"``."""
        try:
            return self._cues[i]
        except KeyError:
            cue = self._cues[i] = self._cue_before(i)
            return cue

    def _cue_before(self, i: int) -> str | None:
        words = self.words_before(i, 4)
        if _TRIGGER_ENDS.isdisjoint(words):
            return None  # (the common case: no trigger phrase ends here)
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
            prev = self.list_item_before(k)
            if prev is None:
                return None
            k = prev  # last token of the previous item
            while k > 0 and (self.caps[k] or self.lower[k] in CONNECTORS) \
                    and self.gaps[k - 1] in GAPS_IN_NAME and self.caps[k - 1]:
                k -= 1
            if not self.caps[k]:
                return None
            cue = self.cue_before(k)
            if cue is not None:
                return cue
            if self.locative_before(k):
                return "list"
        return None

    def list_item_before(self, k: int) -> int | None:
        """Last token of the list item before the item starting at token ``k``, if a separator joins them.

        The separator is a comma or ``and``/``or`` (``A and B``, ``A, B, and the C``); those words are tokens.

        Examples
        --------
        >>> doc = TextView("the villages of Kafr Nabl, Hass and the Bara")
        >>> doc.words[doc.list_item_before(8)], doc.words[doc.list_item_before(5)]
        ('Hass', 'Nabl')
        """
        p = k - 1
        if p > 1 and self.lower[p] == "the" and self.gaps[p] == " " and self.lower[p - 1] in _LIST_WORDS:
            p -= 1  # "and the C"; not "However, the White House"
        if p < 0:
            return None
        if self.lower[p] in _LIST_WORDS and self.gaps[p] == " ":
            p -= 1
            return p if p >= 0 and self.gaps[p] in (" ", ", ") and self.caps[p] else None
        return p if self.gaps[p].strip() == "," and self.caps[p] else None

    def list_item_after(self, b: int) -> int | None:
        """First token of the list item after the item ending at token ``b`` (``C`` in ``B, and C``).

        A short bracket after the item qualifies it and is passed over: ``Beni (North Kivu) and Irumu``.
        """
        b, gap = self._past_bracket(b)
        q = b + 1
        if q >= self.n or gap not in (" ", ", ", ","):
            return None
        if self.lower[q] in _LIST_WORDS and self.gaps[q] == " ":
            q += 1
            if q + 1 < self.n and self.lower[q] in _LIST_REPEATS and self.gaps[q] == " " and self.caps[q + 1]:
                q += 1  # "in Bunia and in Mahagi": the preposition said again
            if q < self.n and self.lower[q] == "the" and self.gaps[q] == " ":
                q += 1
        elif gap == " ":
            return None
        return q if q < self.n else None

    #: tokens a bracket after a list item may hold (``(North Kivu)``, ``(Ituri province)``)
    _BRACKET_TOKENS = 4

    def _past_bracket(self, b: int) -> tuple[int, str]:
        """The last token of a short bracket opening right after token ``b``, and the gap after the bracket.

        Without such a bracket: ``b`` and its own gap.
        """
        if self.gaps[b] != " (":
            return b, self.gaps[b]
        for k in range(b + 1, min(self.n, b + 1 + self._BRACKET_TOKENS)):
            gap = self.gaps[k]
            if gap.startswith(")"):
                return k, gap[1:]
            if gap not in (" ", "-"):
                break
        return b, self.gaps[b]

    def locative_before(self, i: int) -> bool:
        words = [w for w in self.words_before(i, 3) if w not in ("the", "a") and w not in DIRECTIONS]
        return bool(words) and words[-1] in LOCATIVE

    def inhabitants_before(self, i: int, items: int = 6) -> bool:
        """``residents of X``, ``the villagers of A, B and X``: the name is where people live.

        Parameters
        ----------
        i
            First token of the name (a hyphenated name is looked up from its first part).
        items
            List items to walk back through to the head of a list.

        Returns
        -------
        bool
            Whether a noun for inhabitants and ``of`` come just before the name or its list.
        """
        for _ in range(items):
            while i > 0 and self.gaps[i - 1] in ("-", "‐", " ") and self.caps[i - 1]:
                i -= 1  # Saint-Marc, Kafr Nabl: the words before the whole name
            words = self.words_before(i, 2)
            if len(words) == 2 and words[1] == "of" and words[0] in INHABITANTS:
                return True
            prev = self.list_item_before(i)
            if prev is None:
                return False
            i = prev
        return False

    def suffix_after(self, j: int) -> str | None:
        if j + 1 >= self.n:
            return None
        gap = self.gaps[j]
        nxt = self.lower[j + 1]
        if gap in (" ", "'s ", "’s ") and nxt in _SUFFIX_WORDS:
            return nxt
        if gap == " " and nxt in CAMP_MODIFIERS and j + 2 < self.n and self.gaps[j + 1] == " " \
                and self.lower[j + 2] == "camp":
            return "camp"  # the Far'a refugee camp
        if gap in ("'", "’") and nxt == "s" and j + 2 < self.n:
            after = self.lower[j + 2]
            if self.gaps[j + 1] == " " and after in _SUFFIX_WORDS:
                return after
        return None

    def after_title(self, i: int) -> bool:
        return i > 0 and self.gaps[i - 1] in (" ", ". ") and self.lower[i - 1] in PERSON_TITLES \
            and self.caps[i - 1]

    def glued_capital_before(self, i: int, names: NameIndex | None = None) -> bool:
        if i == 0:
            return False
        prev, lower = self.words[i - 1], self.lower[i - 1]
        gap = self.gaps[i - 1]
        if gap == "-" and (len(prev) == 1 and prev.isupper()
                           or names is not None and is_real_place(names.info(fold(prev)))):
            return False  # D-Charleston (a legislator's home town), Nebraska-Lincoln
        if gap == ". " and len(prev) == 1 and prev.isupper():
            return not self.compass_abbrev(i - 1)  # an initial: Roy A. Nelson; not S.E. Paris
        if gap not in (" ", "-"):
            return False
        if not self.caps[i - 1] or lower in DIRECTIONS or lower in STOPWORDS or lower in WEEKDAYS:
            return False  # (on Sunday Alexandria police...)
        if lower in SENTENCE_ADVERBS and self.sentence_start(i - 1):
            return False  # Meanwhile Yerevan and Baku ...: the adverb opens the sentence, the place is its subject
        if self.sentence_start(i - 1) and _describes_place(lower, names):
            return False  # Neighbouring Benin, Visiting Kyiv: an adjective or a participle opens the sentence
        if gap == "-" and names is not None and _side_of_pair(names, prev):
            return False  # Egyptian-US relations, NATO-Russia Council: two parties, each named
        return not (self.sentence_start(i - 1) or self.title_start(i - 1)) or lower not in LOCATIVE

    def title_start(self, k: int) -> bool:
        """Whether token ``k`` opens a title after a label and a colon (``Read more: Inside Port Sudan``)."""
        return k > 0 and self.gaps[k - 1] == ": " and self.caps[k]

    def compass_abbrev(self, k: int) -> bool:
        """Whether the one-letter token ``k`` ends a compass abbreviation (``S.E.``, ``N.W.``), not an initial."""
        return self.lower[k] in _COMPASS and k > 0 and self.gaps[k - 1] == "." and self.lower[k - 1] in _COMPASS

    def capital_after(self, j: int) -> str | None:
        """The lower-cased capitalised word glued after token ``j`` (``New York [Times]``), if any."""
        if j + 1 >= self.n or self.gaps[j] not in (" ", "-"):
            return None
        nxt = self.lower[j + 1]
        if not self.caps[j + 1] or nxt in STOPWORDS or nxt in MONTHS or nxt in WEEKDAYS \
                or nxt in EVENT_NOUNS or nxt.isdigit():
            return None
        return nxt

    def possessive_name_after(self, j: int) -> bool:
        """``Hope's Wings``, ``Patrick's Day``: a possessive glued to another capitalised word.

        Callers exempt major places: ``Canada's Food Inspection Agency`` is about Canada.
        """
        if j + 2 >= self.n or self.gaps[j] not in ("'", "’") or self.lower[j + 1] != "s":
            return False
        nxt = self.lower[j + 2]
        return self.gaps[j + 1] == " " and self.caps[j + 2] and nxt not in PLACE_TYPE_WORDS \
            and nxt not in NEAR_AFTER and nxt not in STOPWORDS

    def word_after(self, j: int) -> str | None:
        if j + 1 >= self.n or self.gaps[j] != " ":
            return None
        return self.lower[j + 1]

    def hyphen_compound_after(self, j: int, names: NameIndex) -> bool:
        """``Wal-Mart``, ``Al-Hedoud``: glued by a hyphen to a word that is not itself a real town.

        ``Fargo-Moorhead``, ``EU-Israel`` and ``Canada-U.S.`` join two places and stay.
        """
        if j + 1 >= self.n or self.gaps[j] not in ("-", "‐"):
            return False
        return self.caps[j + 1] and not _country_or_place(names, self.dotted_word(j + 1))

    def dotted_word(self, k: int) -> str:
        """Token ``k`` with the tokens its dots join to it (``U.S.`` from ``U``)."""
        end = k
        while end + 1 < self.n and self.gaps[end] == "." and len(self.words[end + 1]) <= 2:
            end += 1
        return self.text[self.starts[k]:self.ends[end]]

    def personal_possessive_after(self, j: int) -> bool:
        """``Wilder's estate``, ``Chaudhry's home``: a possessive before something only people have."""
        return self.possessive_after(j) and j + 2 < self.n and self.gaps[j + 1] == " " \
            and self.lower[j + 2] in PERSONAL_NOUNS

    def possessive_after(self, j: int) -> bool:
        return j + 1 < self.n and self.gaps[j] in ("'", "’") and self.lower[j + 1] == "s"

    def ampersand_after(self, j: int) -> bool:
        return j + 1 < self.n and self.gaps[j].strip() == "&" and self.caps[j + 1]

    def number_after(self, j: int) -> bool:
        return j + 1 < self.n and self.gaps[j] == " " and self.words[j + 1][0].isdigit()

    def of_capital_after(self, j: int) -> bool:
        return j + 2 < self.n and self.gaps[j] == " " and self.words[j + 1] == "of" \
            and self.caps[j + 2]

    def saying_after(self, k: int) -> bool:
        """``Brown said``, ``Brown has told``."""
        if k + 1 >= self.n or self.gaps[k] != " ":
            return False
        nxt = self.lower[k + 1]
        if nxt in SAYING:
            return True
        return nxt in AUXILIARY and k + 2 < self.n and self.lower[k + 2] in SAYING

    def saying_before(self, k: int) -> bool:
        """``said Brown.``"""
        return k > 0 and self.gaps[k - 1] == " " and self.lower[k - 1] in SAYING \
            and (k + 1 >= self.n or self.gaps[k].startswith((".", ",")))

    def comma_place_after(self, j: int, names: NameIndex) -> bool:
        if j + 1 >= self.n or self.gaps[j].strip() != ",":
            return False
        info = names.info(fold(self.words[j + 1])) if self.caps[j + 1] else None
        return info is not None and info.is_major

    def is_dateline(self, i: int, j: int) -> bool:
        """``KYIV —``, ``CHARLESTON, W.Va. (AP) --``: capitals at a text, line or sentence start.

        Capitals also make one after a colon or a day-first date (``IMPHAL:``, ``KURSK, 14 August.``),
        and a second place after a slash (``KABUL/ISLAMABAD, June 2 (Reuters)``), whose dateline
        the first place shares (``GAZA CITY/CAIRO —``).
        """
        if i > 0 and not self.sentence_start(i) and not _YEAR.fullmatch(self.words[i - 1]) \
                and not self._slashed_dateline_place(i):
            return False  # (a byline's date may run into it: "March 30, 2009 NEWARK --")
        rest = self.text[self.ends[j]:self.ends[j] + 60]
        if DATELINE_TAIL.match(rest):
            return True
        if not (self.all_caps(i) and self.all_caps(j)):
            return False
        if _CAPS_DATELINE_TAIL.match(rest):
            return True
        partner = self._slashed_partner_end(j)  # GAZA CITY/CAIRO —: the first of two places
        return partner is not None and self.is_dateline(j + 1, partner)

    def slash_after(self, k: int) -> bool:
        """Whether a slash follows token ``k``, spaced or not (``KABUL/ISLAMABAD``, ``GOMA / BUKAVU``)."""
        return self.gaps[k].strip(" ") == "/"

    def _slashed_partner_end(self, j: int) -> int | None:
        """Last token of the capitals after ``/`` that follows token ``j`` (``CAIRO`` in ``GAZA CITY/CAIRO``)."""
        k = j + 1
        if k >= self.n or not self.slash_after(j) or not self.all_caps(k):
            return None
        while k + 1 < self.n and self.gaps[k] == " " and self.all_caps(k + 1):
            k += 1
        return k

    def _slashed_dateline_place(self, i: int) -> bool:
        """Whether token ``i`` follows ``/`` after capitals that open a line (``KHARTOUM/PORT SUDAN``)."""
        k = i - 1
        if k < 0 or not self.slash_after(k) or not self.all_caps(k) or not self.all_caps(i):
            return False
        while k > 0 and self.gaps[k - 1] == " " and self.all_caps(k - 1):
            k -= 1
        return self.line_start(k)

    def line_start(self, i: int) -> bool:
        """Whether token ``i`` opens the text or a line (where a dateline stands: ``GOMA, Congo (Reuters) —``)."""
        before = self.text[:self.starts[i]].rstrip(" \t")
        return not before or before.endswith("\n")

    def headline(self, i: int) -> bool:
        """Whether token ``i`` sits on a title-case line (a headline)."""
        start = self.starts[i]
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
        while a > 0 and self.gaps[a - 1] in IN_WORD:
            a -= 1
        return self.text[self.starts[a]:self.ends[k]]

    def token_at(self, offset: int) -> int | None:
        """Index of the token starting at ``offset``, if one does."""
        k = bisect_left(self.starts, offset)
        return k if k < self.n and self.starts[k] == offset else None

    def token_ending_at(self, offset: int) -> int | None:
        """Index of the token ending at ``offset``, if one does."""
        k = bisect_left(self.ends, offset)
        return k if k < self.n and self.ends[k] == offset else None

    def name_before(self, k: int) -> tuple[int, int] | None:
        """The capitalised name ending just before token ``k`` ("Rapides" in "Rapides Parish")."""
        b = k - 1
        if b < 0 or self.gaps[b] != " ":
            return None
        return self.name_ending_at(b)

    def name_ending_at(self, b: int) -> tuple[int, int] | None:
        """The capitalised name of at most three words whose last token is ``b`` ("Mahagi" in "in Mahagi,")."""
        if not self.caps[b] or self.lower[b] in STOPWORDS:
            return None
        a = b
        while a > 0 and b - a < 2 and self.gaps[a - 1] in (" ", "-") and self.caps[a - 1] \
                and self.lower[a - 1] not in STOPWORDS and not self.sentence_start(a):
            a -= 1
        return (a, b)

    def name_at(self, i: int) -> tuple[int, int] | None:
        """A capitalised name starting at token ``i`` (with al-/connectors): (first, last)."""
        if i >= self.n:
            return None
        word = self.words[i]
        if self.lower[i] in ARTICLES and self.gaps[i] in "-‐" and i + 1 < self.n:
            pass
        elif not self.caps[i] or word[0].isdigit() or self.all_caps(i) and len(word) > 4:
            return None
        j = i
        while j + 1 < self.n and j - i < 3:
            gap = self.gaps[j]
            nxt = self.lower[j + 1]
            if gap in IN_WORD and nxt in CLITICS:
                break  # Saturday's, Smith's: the name ends before the clitic
            if gap in ("-", "‐") or gap in IN_WORD or (
                gap == " " and (self.caps[j + 1] and nxt not in PLACE_TYPE_WORDS and nxt not in STOPWORDS
                                or nxt in ARTICLES and self.gaps[j + 1] in ("-", "‐"))
            ):
                j += 1
                continue
            break
        return (i, j)


def _describes_place(word: str, names: NameIndex | None) -> bool:
    """Whether a capitalised sentence-opening ``word`` is an adjective or a participle, not a name's first word.

    ``Neighbouring``, ``Landlocked``, ``Visiting``: the lexicon's adjectives, and words in ``-ing``
    that neither the gazetteer nor the list of given names knows (``Reading``, ``Sterling`` stay names).

    Parameters
    ----------
    word
        The lower-cased word.
    names
        The gazetteer's name index; without it only the lexicon's adjectives count.
    """
    if word in SENTENCE_ADJECTIVES:
        return True
    return names is not None and len(word) > 5 and word.endswith("ing") and word not in names \
        and not names.is_firstname(word)


def _country_or_place(names: NameIndex, word: str) -> bool:
    """A real town or a major name (a country, a state, ``U.S.``)."""
    info = names.info(fold(word))
    return is_real_place(info) or info is not None and info.is_major


def _side_of_pair(names: NameIndex, word: str) -> bool:
    """Whether ``word`` before a hyphen names one party of a pair: a demonym or an acronym (``EU``, ``NATO``)."""
    if 2 <= len(word) <= 4 and word.isupper():
        return True
    info = names.info(fold(word))
    return info is not None and bool(info.flags & DEMONYM)

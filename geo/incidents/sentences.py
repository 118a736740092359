"""Sentence splitting for news text, with character offsets.

A sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes or brackets) followed
by white space and a capital, digit or opening quote, unless the word before the
full stop is an abbreviation ("Gen.", "U.S.", a single initial). A line break ends
a sentence after a blank line, after closing punctuation, or after a short line
without final punctuation (a headline); other line breaks (hard-wrapped text) do
not.

Examples
--------
>>> text = "Gen. Ali said troops shelled Aleppo. Raids hit Idlib!"
>>> [text[s:e] for s, e in split_sentences(text)]
['Gen. Ali said troops shelled Aleppo.', 'Raids hit Idlib!']
"""

from __future__ import annotations

import re

__all__ = ["split_sentences", "ABBREVIATIONS", "MAX_SENTENCE"]

MAX_SENTENCE = 1500
"""Longer stretches without a sentence end are cut at a space before this length."""

ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt cpt sgt st no prof sen rep gov jr sr inc co corp
    ltd vs etc jan feb mar apr jun jul aug sep sept oct nov dec approx est dept fig
    mt ft adm brig cmdr pres rev hon gen maj cpl pvt u.s u.n u.k e.g i.e a.m p.m
    al""".split()
)
"""Lower-case words that, before a full stop, do not end a sentence."""

_HEADLINE_MAX = 60
_CONTINUING = frozenset(
    "of the a an in at on and or to for with from by near into than as that which who".split()
)
_LINE_CLOSERS = frozenset(".!?:\"”’'")
_TRAILERS = frozenset(".!?\"'”’»)]")
_OPENERS = frozenset("\"'“‘«([")
# A bulleted item on the next line: "- ", "• ", "* " (what a short line above it heads).
_BULLET_NEXT = re.compile(r"[ \t]*[-–•*·▪][ \t]+\S")


def _next_visible(text: str, pos: int) -> str:
    """The first character at or after ``pos`` that is not white space or an opener."""
    n = len(text)
    while pos < n and (text[pos].isspace() or text[pos] in _OPENERS):
        pos += 1
    return text[pos] if pos < n else ""


def _line_ends_sentence(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1 : pos].rstrip()
    if not line:
        return False
    if line[-1] in _LINE_CLOSERS:
        return True
    rest = text[pos + 1 : pos + 80]
    if rest.lstrip(" \t\r").startswith("\n"):  # blank line
        return True
    nxt = _next_visible(rest, 0)
    if line.rsplit(None, 1)[-1].lower() in _CONTINUING:
        return False  # "... into the town of\nNeirab": a wrapped line, not a headline
    bullet = _BULLET_NEXT.match(rest) is not None  # "AMHARA\n- Fano fighters ambushed ...": a heading over its items
    return len(line) <= _HEADLINE_MAX and (nxt.isupper() or nxt.isdigit() or bullet)


def _stop_ends_sentence(text: str, pos: int, after: int) -> bool:
    nxt = _next_visible(text, after)
    if not (nxt.isupper() or nxt.isdigit()):
        return False
    if text[pos] != ".":
        return True
    word = text[text.rfind(" ", 0, pos) + 1 : pos]
    word = word[word.rfind("\n") + 1 :].lstrip("\"'“‘«([")
    if len(word) == 1 and word.isupper():
        return False
    return word.lower() not in ABBREVIATIONS and not ("." in word and len(word) <= 5)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, blanks trimmed.

    Examples
    --------
    >>> split_sentences("Raids and bombing\\nOn the ground, jets struck.")
    [(0, 17), (18, 45)]
    """
    find = text.find
    candidates = []
    for ch in ".!?\n":
        i = find(ch)
        while i >= 0:
            candidates.append(i)
            i = find(ch, i + 1)
    candidates.sort()
    n = len(text)
    cuts = []
    resume = 0
    for pos in candidates:
        if pos < resume:
            continue
        if text[pos] == "\n":
            if text[pos - 1 : pos] == "\n":
                continue  # second line break of a blank line
            if text[pos + 1 : pos + 2] == "\n" or _line_ends_sentence(text, pos):
                cuts.append(pos)
            continue
        after = pos + 1
        while after < n and text[after] in _TRAILERS:
            after += 1
        resume = after
        if after < n and text[after].isspace() and _stop_ends_sentence(text, pos, after):
            cuts.append(after)
    spans = []
    start = 0
    for cut in cuts + [n]:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE:  # tables and run-on text: keep the rules' work bounded
            cut_at = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut_at = cut_at if cut_at > s else s + MAX_SENTENCE
            spans.append((s, cut_at))
            s = cut_at + (text[cut_at : cut_at + 1] == " ")
        if e > s:
            spans.append((s, e))
        start = cut
    return spans

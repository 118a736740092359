"""Fatality counts stated in a sentence ("killed 12", "at least five people were killed").

Only explicit numbers count, in digits or words ("twenty-three", "two hundred",
"a dozen"); vague amounts ("dozens", "hundreds") give ``None``, as do wounded
counts. Each number is checked against the words just before it ("killing at
least ...", "death toll rose to ...") and just after it ("... people were
killed", "... dead").

Examples
--------
>>> fatalities("Shelling killed at least nine civilians and wounded 30.")
9
>>> fatalities("At least five people were killed in the raid.")
5
>>> fatalities("Dozens were killed.") is None
True
"""

from __future__ import annotations

import re

__all__ = ["fatalities", "parse_number"]

_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES, "dozen"])
_KILL_HINTS = ("kill", "dead", "death", "lives", "massacr", "execut", "shot")
_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# A number in lower-case text: digits, or a run of number words ("two hundred and five").
_TOKEN = re.compile(
    r"\d[\d,]*|\b(?=[otfsenhmdza])(?:a\s+)?" + _WORD + r"\b(?:(?:\s+and\s+|[\s-]+)" + _WORD + r"\b)*"
)
_QUALIFIER = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|an\s+estimated|"
    r"as\s+many\s+as|roughly|approximately|at\s+most|fewer\s+than|less\s+than|a\s+total\s+of|a)\s+)?"
)
_BEFORE = re.compile(
    r"(?:\b(?:killing|killed|kills|kill|massacred|executed|shot\s+dead|left)"
    r"|\bdeath\s+toll\s+(?:[\w-]+\s+){0,4}?(?:to|of|at|reached|hit)"
    r"|\bclaimed\s+the\s+lives\s+of)\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,4}?(?:(?:were|was|have\s+been|had\s+been|are|being|got)\s+(?:\w+\s+)?"
    r"(?:killed|dead|murdered|shot\s+dead|executed|massacred)|dead|killed)\b",
    re.IGNORECASE,
)
_NOT_PEOPLE = re.compile(
    r"^\s*(?:%|percent|per\s+cent|km|kilomet|mile|metre|meter|year|day|hour|minute|week|month|dollar)",
    re.IGNORECASE,
)


def parse_number(words: str) -> int | None:
    """Value of a number in digits or English words, ``None`` if it is not one.

    Examples
    --------
    >>> parse_number("twenty-three"), parse_number("two hundred and five"), parse_number("1,200")
    (23, 205, 1200)
    >>> parse_number("a dozen")
    12
    """
    words = words.strip().lower()
    if words.replace(",", "").isdigit():
        return int(words.replace(",", ""))
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", words):
        if w in ("and", "a"):
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _SCALES:
            current = (current or 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _numbers(low: str) -> list[tuple[int, int, int]]:
    """``(start, end, value)`` of the numbers in lower-case text ``low``."""
    out = []
    for m in _TOKEN.finditer(low):
        token = m.group()
        value = parse_number(token)
        if value is None or (token[0].isdigit() and 1900 <= value <= 2100 and "," not in token):
            continue
        out.append((m.start(), m.end(), value))
    return out


def fatalities(sentence: str, near: int = 0) -> int | None:
    """The fatality count stated in ``sentence``, the one nearest offset ``near``.

    Years ("in 2018") and wounded counts are not fatalities.
    """
    low = sentence.lower()
    if not any(h in low for h in _KILL_HINTS):
        return None
    if len(low) != len(sentence):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
    best: tuple[int, int] | None = None
    for start, end, value in _numbers(low):
        if _NOT_PEOPLE.match(sentence, end):
            continue
        if _BEFORE.search(sentence[max(0, start - 45) : start]) or _AFTER.match(sentence[end : end + 70]):
            distance = abs(start - near)
            if best is None or distance < best[0]:
                best = (distance, value)
    return best[1] if best else None

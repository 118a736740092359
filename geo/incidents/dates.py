"""Article dates and event dates.

The article date comes from the document's metadata, else from a dateline at
the start of the text ("KYIV, March 3 (Reuters) -", "BEIRUT, 3 March 2023 -").
A dateline without a year takes it from the metadata; without either it is
unknown. Event dates are the date expressions of the trigger's sentence resolved
against the article date: "today", "yesterday", "last night", "on Monday" (the
last Monday on or before the article date), "March 3", "3 March 2022",
"2022-03-03"; with none, the event takes the article date.

Examples
--------
>>> from datetime import date
>>> dateline_date("KYIV, March 3, 2022 (Reuters) - Missiles hit the city.")
datetime.date(2022, 3, 3)
>>> resolve_date("Shelling killed two on Monday.", date(2024, 5, 9))
datetime.date(2024, 5, 6)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date as Date
from datetime import timedelta

__all__ = ["DATE_EXPRESSION", "MONTHS", "dateline_date", "article_date", "resolve_date"]

MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
"""Lower-case month name or abbreviation -> month number."""

_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?"
_MONTH2 = _MONTH.replace("month", "month2")
_DATE_FORMS = (
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))",
    _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?(?!\d)",
    r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH2 + r"(?:,?\s+(?P<year2>\d{4}))?(?!\d)",
)
DATE_EXPRESSION = re.compile("|".join(_DATE_FORMS))
"""A date with its day: "2022-03-03", "March 3", "3rd of March 2022" (case-sensitive months)."""
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w.'’ -]{1,40}?,\s*)?(?:[A-Z][\w.'’ -]{1,30}?,\s*)?(?:"
    + "|".join(_DATE_FORMS)
    + r")\s*(?:\([^)]{1,40}\))?\s*(?:[-–—:]|$)"
)
_MONTH_AT = re.compile(
    r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?P<year>\d{4}))?"
)
_DAY_BEFORE = re.compile(r"(?<!\d)(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_WEEKDAY_AT = re.compile(r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_REL_AT = re.compile(
    r"(?P<rel>today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|"
    r"the\s+day\s+before|a\s+day\s+earlier|the\s+previous\s+day)\b",
    re.IGNORECASE,
)
_DAYS_AGO = re.compile(r"(?i)\b(?P<n>one|two|three|four|five|six|\d)\s+days\s+ago\b")
_ISO = re.compile(r"(?<!\d)(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?!\d)")
_ANCHOR = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tues|wednes|thurs|fri|satur|sun|"
    r"today|tonight|this|yesterday|last|the|a|one|two|three|four|five|six)"
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_REL_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "the day before": -1, "a day earlier": -1,
    "the previous day": -1, "two days ago": -2, "three days ago": -3,
}


def _ymd(year: int | None, month: int, day: int, reference: Date | None) -> Date | None:
    if year is None:
        if reference is None:
            return None
        year = reference.year
        try:
            candidate = Date(year, month, day)
        except ValueError:
            return None
        if candidate > reference + timedelta(days=2):  # "December 30" read in January
            year -= 1
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _from_match(m: re.Match[str], reference: Date | None) -> Date | None:
    groups = m.groupdict()
    if groups.get("iso"):
        try:
            return Date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        except ValueError:
            return None
    for month_key, day_key, year_key in (("month", "day", "year"), ("month2", "day2", "year2")):
        if groups.get(month_key) and groups.get(day_key):
            month = MONTHS.get(groups[month_key].lower().rstrip("."))
            if month is None:
                return None
            year = int(groups[year_key]) if groups.get(year_key) else None
            return _ymd(year, month, int(groups[day_key]), reference)
    if reference is None:
        return None
    if groups.get("weekday"):
        weekday = _WEEKDAYS[groups["weekday"].lower()]
        return reference - timedelta(days=(reference.weekday() - weekday) % 7)
    if groups.get("rel"):
        return reference + timedelta(days=_REL_DAYS[" ".join(groups["rel"].lower().split())])
    return None


def dateline_date(text: str, reference: Date | None = None) -> Date | None:
    """Date of a dateline opening ``text``; the year comes from ``reference`` if missing.

    Examples
    --------
    >>> from datetime import date
    >>> dateline_date("KYIV, March 3 (Reuters) — Russian missiles hit Dnipro.", date(2023, 3, 4))
    datetime.date(2023, 3, 3)
    >>> dateline_date("KYIV, March 3 (Reuters) — Russian missiles hit Dnipro.") is None
    True
    """
    m = _DATELINE.match(text[:120])
    if m is None:
        return None
    # Month names in datelines are capitalised; the pattern is case-sensitive for that.
    return _from_match(m, reference)


def article_date(text: str, metadata: Date | None) -> Date | None:
    """The article's date: its metadata, else its dateline, else ``None``."""
    if metadata is not None:
        return metadata
    return dateline_date(text)


def resolve_date(
    sentence: str, reference: Date | None, near: int = 0, anchors: Sequence[int] | None = None
) -> Date | None:
    """The date the sentence gives for its event (the expression nearest ``near``),
    else ``reference``.

    Weekday and month names must be capitalised ("may" is a verb); "today" and
    friends are resolved against ``reference``. ``anchors`` are the offsets where
    date words start, if the caller already knows them (the tagger's lexicon
    finds them); otherwise they are searched for.
    """
    if anchors is None:
        anchors = [m.start() for m in _ANCHOR.finditer(sentence)]
    found: list[tuple[int, Date]] = []
    for pos in anchors:
        value = None
        m = _MONTH_AT.match(sentence, pos)
        if m and (pos == 0 or not sentence[pos - 1].isalpha()) and m.group("month").lower() in MONTHS:
            day = _DAY_BEFORE.search(sentence, max(0, pos - 12), pos)
            groups = {**m.groupdict(), "day": m.group("day") or (day.group("day2") if day else None)}
            if groups["day"]:
                month = MONTHS[groups["month"].lower()]
                year = int(groups["year"]) if groups["year"] else None
                value = _ymd(year, month, int(groups["day"]), reference)
        elif reference is not None:
            m = _WEEKDAY_AT.match(sentence, pos) or _REL_AT.match(sentence, pos)
            if m is not None:
                value = _from_match(m, reference)
            else:
                m = _DAYS_AGO.match(sentence, pos)
                if m:
                    n = m.group("n")
                    value = reference - timedelta(days=int(n) if n.isdigit() else _SMALL[n.lower()])
        if value is not None:
            found.append((pos, value))
    if "-" in sentence:
        for m in _ISO.finditer(sentence):
            value = _from_match(m, reference)
            if value is not None:
                found.append((m.start(), value))
    if not found:
        return reference
    return min(found, key=lambda pv: abs(pv[0] - near))[1]

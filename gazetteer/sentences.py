"""Sentence boundaries for news text (abbreviation-aware, offsets preserved)."""

from __future__ import annotations

import re
from bisect import bisect_right

_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*")
_ABBREV_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Mt|Ft|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Jr|Sr|No|Vs|vs|Inc|Co|Corp|"
                         r"[A-Z]|[A-Z][a-z]{1,3})\.)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence; abbreviations (``Mr.``, ``U.S.``, ``Ky.``) do not end one.

    >>> text = "Shelling hit Idlib. Mr. Smith said U.S. forces left.\\nNext line"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Shelling hit Idlib.', 'Mr. Smith said U.S. forces left.', 'Next line']
    """
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().strip() == "" or "\n" not in m.group():
            if _ABBREV_END.search(text[max(start, m.start() - 6):m.start()]) and "\n" not in m.group():
                continue
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        start = m.end()
    end = len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
    return spans


class SentenceIndex:
    """Find the sentence holding an offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the one before a gap)."""
        return max(0, bisect_right(self._starts, offset) - 1)

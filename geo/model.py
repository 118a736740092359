"""The :class:`Incident` record: what happened at one place mention.

One :class:`Incident` is one (place, incident) pair: a place with two incidents
(shelling and a clash) gives two records; a place that is only mentioned gives
one record whose ``incident_type`` is ``"None"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from gazetteer.model import Mention


@dataclass(frozen=True, slots=True)
class Document:
    """An input article with its metadata (from JSONL/CSV columns or a file)."""

    id: str
    text: str
    date: Date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    """One place in one document, tagged with what happened there.

    ``mention`` is the occurrence chosen as evidence; ``mentions`` holds the
    ``(start, end)`` spans of every occurrence of the same place in the document.
    ``incident_type``/``sub_event_type`` use ACLED's taxonomy plus ``"Displacement"``
    and ``"None"`` (only mentioned). ``trigger`` is the ``(start, end)`` span of the
    words that triggered the type, ``None`` for ``"None"``.
    """

    doc_id: str
    mention: Mention
    mentions: tuple[tuple[int, int], ...]
    incident_type: str = "None"
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    date: Date | None = None
    evidence: str = ""
    trigger: tuple[int, int] | None = None
    confidence: float = 0.0
    source: str | None = None
    url: str | None = None
    title: str | None = None

    @property
    def is_violent(self) -> bool:
        return self.incident_type in VIOLENT_TYPES


VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)

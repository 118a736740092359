"""What the rules make of a trigger, and what they know of the whole document.

An :class:`Event` is one typed, valid trigger of a sentence
(:func:`~geo.incidents.rules.evaluate` returns them); a :class:`DocumentContext`
holds the document-wide facts some rules need (the article's date, whether it
mentions aircraft, armed actors, people fleeing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from geo.incidents.matcher import DocumentScan

__all__ = ["Event", "DocumentContext"]


@dataclass(frozen=True, slots=True)
class Event:
    """One typed, valid trigger of a sentence.

    ``generic`` readings ("attacked", "killed", a bare "strike") give way to a
    specific event next to them; ``weak`` ones ("killed") are used only when no
    other event is in the clause.
    """

    event_type: str
    sub_event_type: str | None
    trigger: tuple[int, int]
    confidence: float
    generic: bool = False
    weak: bool = False


class DocumentContext:
    """Document-wide facts some rules need.

    ``aviation``: the article mentions aircraft somewhere (so "raids" are air raids);
    ``armed``: it mentions armed actors or weapons (so a bare "clashes" is fighting).

    Examples
    --------
    >>> DocumentContext(None, aviation=True).aviation
    True
    """

    __slots__ = ("date", "_flags")

    def __init__(self, date: Date | None = None, aviation: bool = False, armed: bool = False,
                 flags: DocumentScan | None = None) -> None:
        self.date = date
        self._flags: DocumentScan | _Flags = flags if flags is not None else _Flags(aviation, armed)

    @property
    def aviation(self) -> bool:
        return self._flags.aviation

    @property
    def armed(self) -> bool:
        return self._flags.armed

    def remote_before(self, end: int) -> bool:
        """Aircraft or strikes from afar are told of before document offset ``end``."""
        return self._flags.remote_before(end)

    @property
    def displacing(self) -> bool:
        """Someone flees or is evacuated somewhere in the document."""
        return self._flags.displacing

    @property
    def protest_lead(self) -> bool:
        """The lead tells people killed at protests (see :class:`DocumentScan`)."""
        return self._flags.protest_lead

    @property
    def protest_story(self) -> bool:
        """The lead tells protests (see :class:`DocumentScan`)."""
        return self._flags.protest_story

    @property
    def protests_told(self) -> bool:
        """The story tells protests anywhere (see :class:`DocumentScan`)."""
        return self._flags.protests_told


class _Flags:
    __slots__ = ("aviation", "armed", "displacing", "protest_lead", "protest_story", "protests_told")

    def __init__(self, aviation: bool, armed: bool, displacing: bool = False) -> None:
        self.aviation = aviation
        self.armed = armed
        self.displacing = displacing
        self.protest_lead = False  # only the document scan reads the lead
        self.protest_story = False
        self.protests_told = False

    def remote_before(self, end: int) -> bool:
        """With no text scanned there are no offsets: aircraft told anywhere count."""
        return self.aviation

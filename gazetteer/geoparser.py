"""The geoparser: text in, resolved :class:`~gazetteer.model.Mention` list out (``gazetteer.parse``)."""

from __future__ import annotations

from datetime import date as Date

from .index import Gazetteer
from .model import Mention
from .names import NameIndex
from .recognize import Recognizer
from .resolve import Resolver


class Geoparser:
    """Recogniser + resolver bound to one gazetteer (reuse it across documents).

    Examples
    --------
    >>> parser = Geoparser(Gazetteer.open())                           # doctest: +SKIP
    >>> [(m.text, m.place.gazetteer_id) for m in parser("Shelling hit Saraqib.")]   # doctest: +SKIP
    [('Saraqib', 'geonames:164816')]
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.recognizer = Recognizer(NameIndex.open(gazetteer), gazetteer.demonyms())
        self.resolver = Resolver(gazetteer)

    def __call__(self, text: str) -> list[Mention]:
        return self.resolver(text, self.recognizer(text))

    def recognize(self, text: str):
        """The recogniser's raw output (spans and demonyms), before resolution."""
        return self.recognizer(text)


_DEFAULT: dict[str, Geoparser] = {}


def parse(text: str, *, gazetteer: Gazetteer | None = None, date: Date | None = None) -> list[Mention]:
    """Find and resolve every place mention in ``text``.

    Parameters
    ----------
    text
        Raw article text.
    gazetteer
        Index to use; default: the one under ``$INCIDENTMAP_HOME`` (built on first use).
    date
        The article's date (kept for API symmetry with incident tagging; resolution
        does not depend on it yet).

    Returns
    -------
    list of Mention
        In text order, one per occurrence.
    """
    if gazetteer is None:
        gazetteer = _DEFAULT.get("gaz") or _DEFAULT.setdefault("gaz", Gazetteer.open())
    key = str(gazetteer.path) + str(id(gazetteer))
    parser = _DEFAULT.get(key)
    if parser is None:
        parser = _DEFAULT[key] = Geoparser(gazetteer)
    return parser(text)

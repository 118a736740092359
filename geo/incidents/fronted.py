"""Fronted place adverbials: "In neighbouring Niger, ...", "Near Ramallah, ...".

A place named in a locative phrase that opens a clause and ends at a comma sets
the scene for the clause after it. When that clause names a smaller place where
the event happened ("In neighbouring Niger, soldiers were killed in an ambush near
Tassia"), the fronted place only frames it; the tagger then keeps the event for
the smaller place (see :mod:`geo.incidents.containers`).

Examples
--------
>>> text = "In neighbouring Niger, thirteen soldiers were killed near Tassia."
>>> fronted_preposition(text, 0, 16, 21)
'in'
>>> fronted_preposition("Jets bombed Niger, Mali and Chad.", 0, 12, 17) is None
True
"""

from __future__ import annotations

import re

__all__ = ["REFERENCE_PREPOSITIONS", "fronted_lead", "fronted_preposition"]

# What may open a clause before the fronted phrase: the sentence start, a comma,
# semicolon, colon or line break, or "and", "while" ... ("..., while in Nairobi police
# shot ..."), a list item's bullet after the start, a colon or a line break ("- In Marib,
# shelling hit ...", "Kharkiv region:\n- in Kupiansk, ..."). A settlement noun and its
# "of" may lead to the place ("In the town of Neirab, ...", "At the village of X, ...").
_OPENING = re.compile(
    r"(?:^(?:[-–—•*]\s*)?|[,;]\s*|[:\n]\s*(?:[-–—•*]\s*)?|(?<!\S)(?:and|while|but|whereas|meanwhile)\s+)"
    r"(?:(?:meanwhile|elsewhere|further\s+\w+|farther\s+\w+|also|separately|later|then)\s*,?\s+)?"
    r"(?:across\s+the\s+(?:border|frontier|river|lake|bay)\s+)?"
    r"(?P<prep>in|near|outside|around|across|inside|at)\s+(?:the\s+)?"
    # "In the north of Iraq, ...": a part of the place sets the scene the same way
    r"(?:(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|rural)\s+)?"
    r"(?:(?:town|city|village|district|region|province|area|community|hromada|suburb)\s+of\s+)?$",
    re.IGNORECASE,
)

_REACH = 80
# The fronted phrase ends at a comma, maybe after a division noun ("In Borno state, ...").
_ADMIN_TAIL = re.compile(
    r"(?:\s+(?:state|province|region|governorate|oblast|district|county|department|prefecture|territory))?,",
    re.IGNORECASE,
)

#: Fronted prepositions that make a place a reference point, not a container.
REFERENCE_PREPOSITIONS = frozenset(("near", "outside", "around"))


def fronted_lead(lead: str) -> str | None:
    """The preposition of the locative phrase that opens a clause and ends ``lead`` (the
    text before a place), or ``None``: "In ", "- In the town of ", "; near ", "Meanwhile, in ".

    Examples
    --------
    >>> fronted_lead("Shelling went on; in the town of ")
    'in'
    >>> fronted_lead("Troops moved in ") is None
    True
    """
    m = _OPENING.search(lead.lstrip())
    return m.group("prep").lower() if m else None


def fronted_preposition(text: str, clause_start: int, start: int, end: int) -> str | None:
    """The preposition of a fronted locative phrase made of the mention at
    ``[start, end)`` alone, or ``None``.

    The phrase must open a clause (the sentence, or a piece after a comma, "and"
    or "while", from ``clause_start`` on) and end at a comma right after the mention
    (or after its division noun: "In Borno state, ...").

    Parameters
    ----------
    text
        The document text.
    clause_start
        Where the mention's clause (hard segment) starts; the opening is looked
        for between it and the mention.
    start, end
        The mention's span.
    """
    tail = _ADMIN_TAIL.match(text, end)
    if tail is None:
        return None
    left = text[max(clause_start, start - _REACH) : start].lower()
    if start - _REACH > clause_start:
        left = "\x00" + left  # cut inside the clause: its start is not in view
    m = _OPENING.search(left.lstrip() if left[:1] != "\x00" else left)
    return m.group("prep") if m else None

"""Helpers for the incident tagger tests: hand-built mentions (the geoparser is separate)."""

from __future__ import annotations

import re

from gazetteer.model import Mention, Place, Resolution


def find_mentions(text: str, *names: str) -> list[Mention]:
    """Mentions of every whole-word occurrence of each name in ``text``, sorted by offset.

    Each distinct name gets its own fake gazetteer entry, so repeated mentions of a
    name are the same place.
    """
    mentions = []
    for name in names:
        place = Place(f"test:{name.lower().replace(' ', '-')}", name, 0.0, 0.0, "XX")
        found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
        assert found, f"{name!r} is not in the text"
        mentions += [
            Mention(m.start(), m.end(), m.group(), place, 1, Resolution.GAZETTEER, 1.0) for m in found
        ]
    return sorted(mentions, key=lambda m: m.start)

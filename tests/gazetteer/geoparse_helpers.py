"""Helpers for the geoparser tests."""

from __future__ import annotations

from collections.abc import Iterable

from gazetteer import Mention


def by_text(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Mentions keyed by the text as written (a repeated name keeps its last occurrence)."""
    return {m.text: m for m in mentions}

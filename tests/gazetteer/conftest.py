"""Fixtures shared by the geoparser tests."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.geoparser import Geoparser


@pytest.fixture(scope="module")
def geoparser(embedded_gazetteer: Gazetteer) -> Geoparser:
    """A geoparser over the embedded gazetteer, one per test module (its caches start empty)."""
    return Geoparser(embedded_gazetteer)

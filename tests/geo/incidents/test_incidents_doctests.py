"""The docstring examples of the incident tagger stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = (
    "geo.incidents", "geo.incidents.taxonomy", "geo.incidents.lexicon", "geo.incidents.matcher",
    "geo.incidents.sentences", "geo.incidents.clauses", "geo.incidents.rules", "geo.incidents.roles",
    "geo.incidents.modality", "geo.incidents.actors", "geo.incidents.fatalities", "geo.incidents.dates", "geo.incidents.tagger",
    "geo.incidents.evaluate",
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0

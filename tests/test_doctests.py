"""The examples in the docstrings run (those that need a built gazetteer are marked +SKIP)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "gazetteer", "gazetteer._lazy", "gazetteer.normalize", "gazetteer.store", "gazetteer.sentences", "gazetteer.model",
    "gazetteer.index", "gazetteer.textview", "gazetteer.online", "gazetteer.priors", "gazetteer.spatial", "gazetteer.build",
    "geo", "geo.inputs", "geo._files",
    "geo.export", "geo.records", "maps",
    "geo.incidents", "geo.incidents.taxonomy", "geo.incidents.lexicon", "geo.incidents.matcher",
    "geo.incidents.sentences", "geo.incidents.clauses", "geo.incidents.rules", "geo.incidents.roles",
    "geo.incidents.modality", "geo.incidents.actors", "geo.incidents.fatalities", "geo.incidents.dates",
    "geo.incidents.tagger", "geo.incidents.evaluate", "geo.incidents.embedding",
    "geo.incidents.fronted", "geo.incidents.policing", "geo.incidents.paths",
    "geo.incidents.readings", "geo.incidents.selection", "geo.incidents.anaphora", "geo.incidents.events",
    "geo.incidents.streets", "geo.incidents.weapons", "geo.incidents.scope",
    "geo.incidents.labels", "geo.incidents.violence", "geo.incidents.protests", "geo.incidents.attacks",
    "geo.incidents.victims", "geo.incidents.territory", "geo.incidents.gate", "geo.incidents.typemodel",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0

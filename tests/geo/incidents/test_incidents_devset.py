"""The labelled development set: well-formed, and the tagger meets the quality goals on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from gazetteer.exc import InputError, InputFileError
from geo.incidents.evaluate import load_devset, score

DEVSET = Path(__file__).resolve().parents[2] / "data" / "incidents_dev.jsonl"


@pytest.fixture(scope="module")
def devset():
    return load_devset(DEVSET)


def test_devset_spans_match_their_text(devset):
    for doc in devset:
        for place in doc.places:
            assert doc.text[place.start : place.end] == place.text, (doc.id, place)


def test_devset_is_large_and_mixed(devset):
    places = [p for d in devset for p in d.places]
    kinds = Counter(p.incident_type for p in places)
    assert len(places) >= 150
    assert kinds["None"] >= 60  # enough non-violent mentions for the false-violent rate
    assert len(kinds) == 8  # every incident type, Displacement and None included
    assert len({d.id for d in devset}) == len(devset)


@pytest.mark.parametrize(
    "place",
    [
        {"start": 0, "end": 4, "text": "Ariha", "incident_type": "None", "sub_event_type": None},
        {"start": 9, "end": 14, "text": "Ariha", "incident_type": "Bombing", "sub_event_type": None},
    ],
    ids=["span-does-not-match-text", "unknown-label"],
)
def test_devset_loader_rejects_a_bad_place(tmp_path, place):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "Jets hit Ariha.", "places": [place]}) + "\n")
    with pytest.raises(InputError):
        load_devset(bad)


def test_devset_loader_reports_a_missing_file(tmp_path):
    with pytest.raises(InputFileError):
        load_devset(tmp_path / "missing.jsonl")


def test_tagger_meets_quality_goals_on_devset(devset):
    result = score(devset)
    assert result.type_accuracy >= 0.85
    assert result.macro_f1 >= 0.80
    assert result.false_violent_rate <= 0.02

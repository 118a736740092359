"""Quality on texts written apart from the development set.

``incidents_fresh_{1,2,3}.jsonl`` were written (and labelled) before the tagger was
changed for them; their errors then guided the anaphora, next-sentence, container
and non-violent-role rules, so they now pin those mechanisms at the level reached.
``incidents_fresh_4.jsonl`` was written afterwards to look for misfires of those
rules. The holdouts (``incidents_holdout*.jsonl``) were each written blind, by someone
who had not read the tagger, and measured once before anyone studied their errors;
they are only checked to be well formed here, and measured with
``benchmarks/bench_incidents.py --devset``. ``incidents_probe_generalisation.jsonl`` was
written before a generalisation pass over the background, strike, origin and anaphor
rules, with sibling wordings of the families it broadened ("over the past 18 months",
"the junta's January air strikes", "began an indefinite strike", "a labourer from X"),
and measured before and after it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from geo.incidents.evaluate import load_devset, score
from geo.incidents.taxonomy import VIOLENT_EVENT_TYPES

DATA = Path(__file__).resolve().parents[2] / "data"
FRESH = [DATA / f"incidents_fresh_{n}.jsonl" for n in (1, 2, 3, 4)]
HOLDOUTS = sorted(DATA.glob("incidents_holdout*.jsonl"))
PROBES = sorted(DATA.glob("incidents_probe*.jsonl"))


@pytest.mark.parametrize("path", [*FRESH, *HOLDOUTS, *PROBES], ids=lambda p: p.stem)
def test_fresh_set_is_well_formed_and_mostly_non_violent(path):
    docs = load_devset(path)
    places = [p for d in docs for p in d.places]
    kinds = Counter(p.incident_type for p in places)
    assert len(places) >= 35
    # most places are only mentioned or see a non-violent event (a humanitarian update is
    # mostly displacement rather than bare mentions)
    assert sum(n for t, n in kinds.items() if t not in VIOLENT_EVENT_TYPES) / len(places) >= 0.6
    assert len({d.id for d in docs}) == len(docs)


def test_labelled_sets_share_no_text_id():
    ids = [d.id for path in sorted(DATA.glob("incidents_*.jsonl")) for d in load_devset(path)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", FRESH[:3], ids=lambda p: p.stem)
def test_tagger_meets_quality_goals_on_fresh_sets(path):
    result = score(load_devset(path))
    assert result.type_accuracy >= 0.85
    assert result.macro_f1 >= 0.80
    assert result.false_violent_rate <= 0.02

"""Train the learned type model (:mod:`geo.incidents.typemodel`) and write its weights.

The model is one logistic regression per type (ACLED's six, ``Displacement``, ``None``)
over the gate's features of a mention (:func:`geo.incidents.gate.mention_features`) and
the words of its sentence (:func:`geo.incidents.typemodel.sentence_words`).
After the gate, the tagger drops an event when the model's score for ``None`` beats its
score for the rules' type by :data:`MARGIN` (the places of a coordinated list together,
:func:`geo.incidents.gate.shared_scores`), and gives it another event type when the
model's score for that type beats the rules' by :data:`SWITCH`, with the sub-event type
the gold most often gives that type after the same trigger word (:func:`sub_types`);
never for a protected mention (:data:`geo.incidents.gate.PROTECTED`).
Its rows, one per mention, labelled with every type the gold accepts, come from two
sources, as the gate's do (``train_gate.py``):

* **replay**: every mention of each blind holdout, read by the code of its blind
  commit (:data:`train_gate.BLIND_COMMITS`) before anyone fitted the rules to it;
* **current**: every studied set read by the current rules (gate off), which keep
  the model from dropping what the rules now get right.

The holdouts nobody studied (:data:`train_gate.NEVER_STUDIED`) give no rows.

``--check`` holds out each of the last three rounds of blind holdouts in turn
(:data:`CHECK_ROUNDS`: 68-72, 73-77, 78-82), trains on every other row, and scores
the held round as the tagger reads it (rules and gate) at a few margins, each also
with the type changes. The tenth session chose the sentence's words by it (at margin
0.1, 68-72: 0.875 / 0.793 / 2.6 % for the rules and the gate alone, 0.879 / 0.795 /
2.3 % with the model without the words, 0.882 / 0.796 / 2.2 % with them; accuracy /
macro-F1 / false-violent), the eleventh :data:`MARGIN` and :data:`SWITCH`, on all
three rounds (README, "A learned type model").
``--score FILE...`` trains on all rows and scores labelled sets tagged by the rules
and the gate, before and after the model (the figures in README). Without either, the
script trains on all rows and writes ``geo/incidents/data/types.json``.

Usage::

    python benchmarks/train_types.py [--out PATH]
    python benchmarks/train_types.py --check
    python benchmarks/train_types.py --score tests/data/incidents_holdout_73.jsonl ...

Set ``INCIDENTMAP_HOME`` to a directory with a built gazetteer. The replay cache
(``benchmarks/data/gate_replay.jsonl``) is made by ``python benchmarks/train_gate.py --replay``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_gate import (  # noqa: E402
    DATA,
    NEVER_STUDIED,
    REPLAY,
    ROOT,
    _features,
    _gold,
    _tag_set,
    fit,
)

sys.path.insert(0, str(ROOT))
from geo.incidents.taxonomy import NONE, TAXONOMY  # noqa: E402
from geo.incidents.typemodel import TypeModel, sentence_words, trigger_word  # noqa: E402

OUT = ROOT / "geo" / "incidents" / "data" / "types.json"
C = 1.0  # inverse L2 strength
MIN_COUNT = 2  # a feature must occur in this many training rows
MARGIN = 0.0  # chosen by --check on 68-82 with SWITCH: 0.1 drops less, -0.1 costs accuracy on 68-72 and 78-82
MARGINS = (-0.1, -0.05, 0.0, 0.05, 0.1)
SWITCH = 0.1  # type changes: 0.2 and 0.3 fixed fewer readings on 73-77 and 78-82 for fewer broken
#: The last three rounds of blind holdouts: --check scores each after training without it.
CHECK_ROUNDS = tuple(tuple(f"incidents_holdout_{n}" for n in range(lo, lo + 5)) for lo in (68, 73, 78))


def _rows(docs: Sequence[dict], source: str, gold: dict) -> list[dict]:
    """One row per mention of the tagged documents: features (the gate's and the
    sentence's words), accepted types, the rules' best type and what coordinated lists
    need (document, span, trigger)."""
    contexts: dict = {}
    rows = []
    for doc in docs:
        gdoc = gold[doc["set"]][doc["id"]]
        for g, m in zip(gdoc.places, doc["mentions"], strict=True):
            best_type, _, trigger, _ = m["readings"][0]
            rows.append({
                "set": doc["set"], "source": source, "doc": doc["id"], "text": gdoc.text,
                "span": (m["start"], m["end"]), "trigger": tuple(trigger) if trigger else None,
                "features": _features(gdoc.text, m, doc["mentions"], contexts)
                | sentence_words(gdoc.text, tuple(m["sentence"])),
                "accepted": {t for t, _ in g.accepted}, "main": g.incident_type, "rules": best_type,
                "main_sub": g.sub_event_type,
            })
    return rows


def train(rows: Sequence[dict], classes: Sequence[str]) -> TypeModel:
    """One-vs-rest logistic regressions, by :func:`train_gate.fit`, and the sub-types of type changes."""
    per_class = [fit([{"features": r["features"], "y": int(t in r["accepted"])} for r in rows], c=C,
                     min_count=MIN_COUNT) for t in classes]
    names = sorted(set().union(*per_class))
    return TypeModel(tuple(classes), {f: tuple(w.get(f, 0.0) for w in per_class) for f in names}, MARGIN,
                     SWITCH, sub_types(rows))


def sub_types(rows: Sequence[dict]) -> dict[str, dict[str, str]]:
    """Event type -> the first word of the rules' trigger -> the sub-event type the gold
    gives that type most often after it; ``""`` -> the type's default: ACLED's catch-all
    ``Other`` where the type has one (Strategic developments: a guess at "Arrests" would
    be a claim), else its most frequent sub-type. A word is kept when at least three rows
    have it, two thirds of them agree, and their choice is not the default."""
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        if r["main_sub"] is not None:
            word = trigger_word(r["text"], r["trigger"]) if r["trigger"] else ""
            counts[r["main"]][word][r["main_sub"]] += 1
            if word:
                counts[r["main"]][""][r["main_sub"]] += 1
    table = {}
    for event_type, by_word in sorted(counts.items()):
        default = "Other" if "Other" in TAXONOMY[event_type] else by_word[""].most_common(1)[0][0]
        table[event_type] = {"": default}
        for w, c in sorted(by_word.items()):
            ((sub, n),) = c.most_common(1)
            if w and c.total() >= 3 and 3 * n >= 2 * c.total() and sub != default:
                table[event_type][w] = sub
    return table


def metrics(rows: Sequence[dict], predicted: Sequence[str]) -> str:
    """Type accuracy / macro-F1 / false-violent, as :func:`geo.incidents.evaluate.score` counts them."""
    from geo.incidents.taxonomy import EVENT_TYPES, VIOLENT_EVENT_TYPES

    ok = [p in r["accepted"] for r, p in zip(rows, predicted, strict=True)]
    truth = [p if k else r["main"] for r, p, k in zip(rows, predicted, ok, strict=True)]
    quiet = [r["main"] not in VIOLENT_EVENT_TYPES for r in rows]
    fv = sum(q and p in VIOLENT_EVENT_TYPES and not k for q, p, k in zip(quiet, predicted, ok, strict=True))
    f1s = []
    for t in EVENT_TYPES:
        tp = sum(g == p == t for g, p in zip(truth, predicted, strict=True))
        n_true, n_pred = truth.count(t), list(predicted).count(t)
        if n_true or n_pred:
            p_, r_ = tp / n_pred if n_pred else 0.0, tp / n_true if n_true else 0.0
            f1s.append(2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0)
    return f"{sum(ok) / len(rows):.3f} / {np.mean(f1s):.3f} / {fv}/{sum(quiet)} = {fv / sum(quiet):.3f}"


def shared_support(rows: Sequence[dict], model: TypeModel) -> list[float]:
    """Each row's support, shared along coordinated lists; 1 for rows read as ``None``."""
    from geo.incidents.gate import shared_scores

    support = [1.0] * len(rows)
    docs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r["rules"] != NONE:
            docs[(r["set"], r["doc"])].append(i)
    for members in docs.values():
        items = [(*rows[i]["span"], rows[i]["trigger"], model.support(rows[i]["features"], rows[i]["rules"]))
                 for i in members]
        for i, s in zip(members, shared_scores(rows[members[0]]["text"], items), strict=True):
            support[i] = s
    return support


def report(rows: Sequence[dict], model: TypeModel) -> None:
    """The readings without the model, then with its drops at each margin, each also with
    its type changes (at :data:`SWITCH`; as :func:`geo.incidents.typemodel.revise` makes them)."""
    from geo.incidents.gate import PROTECTED

    support = shared_support(rows, model)
    print(f"  without the model      {metrics(rows, [r['rules'] for r in rows])}")
    for margin in MARGINS:
        dropped = [NONE if s < -margin else r["rules"] for r, s in zip(rows, support, strict=True)]
        switched = [p if p == NONE or r["features"] & PROTECTED
                    else model.retyped(model.probabilities(r["features"]), p) or p
                    for r, p in zip(rows, dropped, strict=True)]
        fixed = sum(a != b and b in r["accepted"] and a not in r["accepted"]
                    for r, a, b in zip(rows, dropped, switched, strict=True))
        broken = sum(a != b and a in r["accepted"] and b not in r["accepted"]
                     for r, a, b in zip(rows, dropped, switched, strict=True))
        print(f"  drops, margin {margin:+.2f}  {metrics(rows, dropped)}")
        print(f"    + type changes       {metrics(rows, switched)}   ({fixed} fixed, {broken} broken)")


def _tag_with_gate(path: Path) -> list[dict]:
    """The readings of the rules and the gate, without the shipped type model (no drops,
    no type changes), of every gold mention of one set."""
    from gazetteer import Gazetteer
    from gazetteer.geoparser import Geoparser
    from geo.incidents import analysis
    from geo.incidents.evaluate import load_devset, resolve_gold
    from geo.incidents.tagger import tag_mentions
    from geo.incidents.typemodel import load_type_model

    never = dataclasses.replace(load_type_model(), margin=math.inf, switch=math.inf)  # neither drops nor retypes
    out = []
    with mock.patch.object(analysis, "load_type_model", lambda: never):
        for doc in resolve_gold(load_devset(path), Geoparser(Gazetteer.open())):
            mentions = doc.mentions()
            out.append({"set": path.stem, "id": doc.id, "mentions": [
                {"start": m.start, "end": m.end, "kind": m.place.kind.value if m.place is not None else None,
                 "role": tm.role.value, "sentence": list(tm.sentence),
                 "readings": [[r.incident_type, r.sub_event_type, list(r.trigger) if r.trigger else None,
                               r.confidence] for r in tm.readings]}
                for m, tm in zip(mentions, tag_mentions(doc.document(), mentions), strict=True)]})
    return out


def write(model: TypeModel, out: Path, rows: dict[str, int]) -> None:
    """The weights as ``geo/incidents/data/types.json`` holds them (3 decimals; features
    that weigh nothing for every class left out)."""
    kept = {f: [round(x, 3) for x in w] for f, w in model.weights.items() if max(abs(x) for x in w) >= 5e-4}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"classes": list(model.classes), "margin": model.margin, "switch": model.switch,
                               "sub_types": model.sub_types, "c": C, "min_count": MIN_COUNT, "rows": rows,
                               "weights": kept},
                              sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(kept)} features from {sum(rows.values())} rows", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> None:
    from geo.incidents.evaluate import load_devset
    from geo.incidents.taxonomy import EVENT_TYPES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="hold out 68-72, 73-77, 78-82 in turn and score them")
    group.add_argument("--score", nargs="+", type=Path, metavar="FILE", help="labelled sets to score, gate on")
    group.add_argument("--out", type=Path, default=OUT, help="where to write the weights (default: the package's)")
    args = parser.parse_args(argv)
    gold = _gold()
    replayed = _rows([d for d in map(json.loads, REPLAY.read_text("utf-8").splitlines())
                      if d["set"] not in NEVER_STUDIED], "replay", gold)
    current = _rows([d for stem in gold for d in _tag_set(DATA / f"{stem}.jsonl")], "current", gold)
    if args.check:
        for held in CHECK_ROUNDS:
            scored = _rows([d for stem in held for d in _tag_with_gate(DATA / f"{stem}.jsonl")], "scored", gold)
            rest = [r for r in (*replayed, *current) if r["set"] not in held]
            print(f"holdouts {held[0][-2:]}-{held[-1][-2:]}, gate on ({len(scored)}): "
                  "accuracy / macro-F1 / false-violent")
            report(scored, train(rest, EVENT_TYPES))
        return
    model = train([*replayed, *current], EVENT_TYPES)
    if not args.score:
        write(model, args.out, {"replay": len(replayed), "current": len(current)})
        return
    scored = []
    for path in args.score:
        gold[path.stem] = {d.id: d for d in load_devset(path)}
        scored += _rows(_tag_with_gate(path), "scored", gold)
    print(f"{', '.join(p.stem for p in args.score)}, gate on ({len(scored)}): accuracy / macro-F1 / false-violent")
    report(scored, model)


if __name__ == "__main__":
    main()

"""Geoparsing quality on the shared corpora (LGL, GeoVirus), scored by ``../shared/benchmarks/score.py``.

Run by hand:

    python benchmarks/bench_geoparse.py [--corpus lgl geovirus] [--cli] [--details DIR]
    python benchmarks/bench_geoparse.py --corpus benchmarks/data/conflict_blind.jsonl

By default it calls the Python API (``Geoparser``); with ``--cli`` it runs
``incidentmap parse CORPUS.jsonl --out PRED.jsonl`` exactly as a user would.
Prints the scorer's JSON per corpus (precision, recall, f1, e2e_acc161, e2e_acc25, ...).
``benchmarks/data/conflict_blind.jsonl`` is our own conflict-news gold set, annotated
by someone who had not seen the geoparser (coordinates from the annotator's
knowledge, good to ~20 km: read its e2e_acc161, not e2e_acc25).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"


def predict_api(gold: Path, out: Path) -> float:
    from gazetteer import Gazetteer
    from gazetteer.geoparser import Geoparser
    from geo.records import mention_record

    parser = Geoparser(Gazetteer.open())
    t0 = time.perf_counter()
    with open(gold, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            doc = json.loads(line)
            places = [mention_record(m) for m in parser(doc["text"])]
            dst.write(json.dumps({"id": doc["id"], "places": places}) + "\n")
    return time.perf_counter() - t0


def predict_cli(gold: Path, out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "geo.cli", "-q", "parse", str(gold), "--out", str(out)], check=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs="+", default=["lgl", "geovirus"],
                    help="names of ../shared/benchmarks corpora, or paths to gold JSONL files of the same shape "
                         "(e.g. benchmarks/data/conflict_blind.jsonl)")
    ap.add_argument("--cli", action="store_true", help="run the incidentmap CLI instead of the API")
    ap.add_argument("--details", help="folder for the scorer's per-toponym rows")
    args = ap.parse_args()
    for name in args.corpus:
        gold = Path(name) if name.endswith(".jsonl") else SHARED / f"{name}.jsonl"
        name = gold.stem
        with tempfile.TemporaryDirectory() as tmp:
            pred = Path(tmp) / "pred.jsonl"
            seconds = (predict_cli if args.cli else predict_api)(gold, pred)
            cmd = [sys.executable, str(SHARED / "score.py"), str(gold), str(pred), "--drop-types", "demonym"]
            if args.details:
                Path(args.details).mkdir(parents=True, exist_ok=True)
                cmd += ["--details", str(Path(args.details) / f"{name}.details.jsonl")]
            scores = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        keep = {k: scores[k] for k in ("precision", "recall", "f1", "e2e_acc161", "e2e_acc25", "res_acc161",
                                       "median_km", "auc")}
        keep = {k: round(v, 3) if isinstance(v, float) else v for k, v in keep.items()}
        print(json.dumps({"corpus": name, **keep, "seconds": round(seconds, 2), "counts": scores["counts"]}))


if __name__ == "__main__":
    main()

"""Quality and speed of the incident tagger on the labelled development set.

Runs :func:`geo.incidents.tag_incidents` with the gold spans as mentions and prints
type accuracy, sub-event accuracy, macro-F1 over incident types (the six ACLED types,
Displacement and None), the false-violent rate (gold non-violent mentions tagged
violent), and throughput in documents per second: on the dev texts themselves, on
~3 KB articles made by joining dev texts, and on the seed article. ``--news`` also times
tagging alone on the 2,000 general-news articles of ``bench_parse.py`` (their places
found by the geoparser first, untimed), with the tagger's start-up (importing its rules
in a fresh interpreter) counted as ``parse`` counts it: the share of the ``parse`` speed
goal that tagging takes.

Usage::

    python benchmarks/bench_incidents.py [--devset PATH] [--misses] [--repeats N] [--resolve] [--news]

``--resolve`` runs the geoparser on each text first and gives every gold span the
place it resolved there (kind, country, admin1), as ``incidentmap parse`` does;
without it the gold spans are unresolved mentions.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer.model import Mention, Resolution
from geo.incidents import tag_incidents
from geo.incidents.evaluate import DevDocument, load_devset, resolve_gold, score
from geo.model import Document

SEED = ROOT / "seeds" / "idlib-ceasefire-talks.txt"
SEED_PLACES = ("Idlib", "Sochi", "New York", "Aleppo", "Kafr Nabl", "Jericho", "Qaminas", "Neirab",
               "Saraqib", "Caspian Sea", "Iran", "Iraq", "Syria", "Turkey")

Batch = list[tuple[Document, list[Mention]]]


def _articles(docs: list[DevDocument], size: int = 3000) -> Batch:
    """Join dev texts into articles of about ``size`` characters, mentions shifted."""
    out: Batch = []
    i = 0
    while i < len(docs):
        text, mentions = "", []
        while len(text) < size and i < len(docs):
            offset = len(text)
            text += docs[i].text + "\n\n"
            mentions += [
                replace(m, start=m.start + offset, end=m.end + offset) for m in docs[i].mentions()
            ]
            i += 1
        out.append((Document(f"article-{len(out)}", text), mentions))
    return out


def _seed() -> Batch:
    text = SEED.read_text(encoding="utf-8")
    mentions = sorted(
        (Mention(m.start(), m.end(), m.group(), None, 1, Resolution.UNRESOLVED, 1.0)
         for name in SEED_PLACES for m in re.finditer(rf"\b{re.escape(name)}\b", text)),
        key=lambda m: m.start,
    )
    return [(Document("seed", text), mentions)]


def _throughput(batch: Batch, repeats: int) -> float:
    """Documents per second, best of ``repeats`` rounds of at least 50 documents."""
    best = float("inf")
    for _ in range(repeats):
        n = 0
        start = time.perf_counter()
        while n < 50:
            for doc, mentions in batch:
                tag_incidents(doc, mentions)
                n += 1
        best = min(best, (time.perf_counter() - start) / n)
    return 1.0 / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT / "tests" / "data" / "incidents_dev.jsonl")
    parser.add_argument("--misses", action="store_true", help="list the mentions typed wrongly")
    parser.add_argument("--repeats", type=int, default=7, help="timing rounds (best is kept)")
    parser.add_argument("--resolve", action="store_true",
                        help="give the gold spans the places the geoparser resolves (needs the gazetteer)")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing")
    parser.add_argument("--news", action="store_true",
                        help="also time tagging alone on bench_parse.py's 2,000 articles (needs ../shared)")
    args = parser.parse_args(argv)

    docs = load_devset(args.devset)
    if args.resolve:
        from gazetteer import Gazetteer
        from gazetteer.geoparser import Geoparser

        docs = resolve_gold(docs, Geoparser(Gazetteer.open()))
        placed = sum(m is not None for d in docs for m in d.resolved)
        print(f"resolved {placed}/{sum(len(d.places) for d in docs)} gold spans with the geoparser")
    result = score(docs)
    print(f"dev set: {len(docs)} texts, {result.mentions} labelled place mentions ({args.devset.name})")
    print(f"type accuracy       {result.type_accuracy:.3f}   (goal >= 0.85)")
    print(f"sub-event accuracy  {result.sub_event_accuracy:.3f}")
    print(f"macro-F1 (types)    {result.macro_f1:.3f}   (goal >= 0.80)")
    print(f"false-violent       {result.false_violent_rate:.3f}   "
          f"({result.false_violent}/{result.non_violent} non-violent mentions; goal <= 0.02)")
    print(f"{'type':30} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}")
    for t in result.per_type:
        print(f"{t.incident_type:30} {t.precision:5.2f} {t.recall:5.2f} {t.f1:5.2f} {t.support:4d}")
    if args.misses:
        for miss in result.misses:
            gold = " | ".join(s or t for t, s in miss.gold)
            print(f"  {miss.doc_id}: {miss.text!r} gold {gold!r} got {miss.predicted[1] or miss.predicted[0]!r}")

    if args.no_speed:
        return 0
    dev_batch = [(d.document(), d.mentions()) for d in docs]
    articles = _articles(docs)
    seed = _seed()
    for label, batch in (("dev texts", dev_batch), ("~3 KB articles", articles), ("seed article", seed)):
        chars = sum(len(d.text) for d, _ in batch) / len(batch)
        mentions = sum(len(m) for _, m in batch) / len(batch)
        rate = _throughput(batch, args.repeats)
        print(f"speed on {label:15} {rate:8.0f} docs/s  ({1e3 / rate:.2f} ms/doc; "
              f"{chars:.0f} chars, {mentions:.0f} mentions per doc)")
    if args.news:
        _news_speed()
    return 0


def _news_speed(n: int = 2000) -> None:
    """Tagging alone on ``bench_parse.py``'s corpus, start-up included: documents/s."""
    import subprocess

    from bench_parse import corpus

    from gazetteer import Gazetteer
    from gazetteer.geoparser import Geoparser
    from geo.inputs import parse_date

    geoparser = Geoparser(Gazetteer.open())
    batch = [(Document(d["id"], d["text"], parse_date(d["date"], d["id"])), geoparser(d["text"]))
             for d in corpus(n)]
    start = time.perf_counter()
    for doc, mentions in batch:  # once each, from scratch, as parse does
        tag_incidents(doc, mentions)
    tagging = time.perf_counter() - start
    probe = "import time; t = time.perf_counter(); import geo.incidents; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as bench_parse.py runs
    start_up = min(float(subprocess.run([sys.executable, "-c", "import gazetteer; " + probe], cwd=ROOT, env=env,
                                        capture_output=True, text=True, check=True).stdout) for _ in range(3))
    print(f"tagging {n} news articles: {tagging:.2f} s + {start_up:.2f} s start-up (import of the rules) "
          f"= {n / (tagging + start_up):.0f} docs/s ({1e3 * tagging / n:.2f} ms/doc warm)")


if __name__ == "__main__":
    raise SystemExit(main())

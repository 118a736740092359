"""Speed and memory of ``incidentmap parse`` on a 2,000-article corpus, start-up included.

Run by hand (needs ``../shared/benchmarks``):

    python benchmarks/bench_parse.py [--docs 2000]

The corpus is built from the LGL and GeoVirus articles: article ``k`` joins the
sentences of two different source articles, so no two documents are the same and
caches do not see repeats. One core: the CLI runs under ``taskset -c 0`` when
available. Prints documents/s (wall clock, including interpreter start-up and opening
the gazetteer), documents per CPU-second of the same run (steadier when other jobs
share the machine) and the peak RSS of the child process. The child runs as an
installed tool does, with Python's bytecode cache: ``PYTHONDONTWRITEBYTECODE`` is
dropped from its environment, so the warm run writes the ``.pyc`` files the timed run
reads (with it set, every run compiles the whole package again, about 0.3 s).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"


def corpus(n: int) -> list[dict]:
    texts = []
    for name in ("lgl", "geovirus"):
        with open(SHARED / f"{name}.jsonl", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    m = len(texts)
    docs = []
    for k in range(n):
        a, b = texts[k % m], texts[(k * 7 + 3) % m]
        half_a, half_b = a[: len(a) // 2], b[len(b) // 2:]
        docs.append({"id": f"doc-{k}", "text": f"{half_a} {half_b}", "date": "2020-02-20"})
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args()
    docs = corpus(args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        cmd = [sys.executable, "-m", "geo.cli", "-q", "parse", str(src), "--out", str(out)]  # this interpreter's incidentmap
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0", *cmd]
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(cmd, check=True, env=env)  # warm: builds the name index if needed, writes .pyc, fills the OS cache
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, env=env)
        seconds = time.perf_counter() - t0
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        rss_mb = usage.ru_maxrss / 1024
        # CPU time of the run alone: steadier than wall clock on a shared machine
        cpu_seconds = (usage.ru_utime + usage.ru_stime) - (before.ru_utime + before.ru_stime)
        mentions = sum(len(json.loads(line)["places"]) for line in out.open(encoding="utf-8"))
    size_mb = sum(len(d["text"]) for d in docs) / 1e6
    print(json.dumps({
        "documents": args.docs, "text_mb": round(size_mb, 2), "mentions": mentions,
        "seconds": round(seconds, 2), "docs_per_s": round(args.docs / seconds),
        "cpu_seconds": round(cpu_seconds, 2), "docs_per_cpu_s": round(args.docs / cpu_seconds),
        "peak_rss_mb": round(rss_mb),
        "cpu": os.cpu_count(),
    }))


if __name__ == "__main__":
    main()

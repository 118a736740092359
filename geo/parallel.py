"""Documents spread over worker processes (``--jobs N``), results back in input order.

Each worker opens the gazetteer file itself (a SQLite connection must not cross a
``fork``) and runs the same steps as :func:`geo.pipeline.analyse`. Documents go out in
small chunks and come back in the order they were read, so the output of
``--jobs 4`` is byte for byte the output of ``--jobs 1``. An input error (a bad line)
still surfaces at its place in the stream, and the output is still written only when
the whole job succeeds.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from gazetteer.model import Mention

from .model import Document, Incident

#: documents a worker takes at a time: large enough to amortise the pipe, small enough to keep order cheap
CHUNK = 8

_worker: dict[str, object] = {}


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity where the OS tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def _start_worker(index: Path, gate: bool) -> None:
    from gazetteer import Gazetteer
    from gazetteer.geoparser import Geoparser

    _worker["geoparser"] = Geoparser(Gazetteer(index, build=False))
    _worker["gate"] = gate


def _analyse_one(doc: Document) -> tuple[list[Mention], list[Incident]]:
    from .pipeline import analyse

    _, mentions, incidents = next(analyse((doc,), _worker["geoparser"], gate=_worker["gate"]))
    return mentions, incidents


def analyse_in_parallel(documents: Iterable[Document], index: Path, jobs: int, *, gate: bool = True
                        ) -> Iterator[tuple[Document, list[Mention], list[Incident]]]:
    """:func:`geo.pipeline.analyse` over ``jobs`` worker processes, in input order.

    Parameters
    ----------
    documents
        Read lazily; an error raised while reading surfaces when its document's turn comes.
    index
        The gazetteer file (already built: workers do not build it).
    jobs
        Worker processes (at least 1).
    gate
        The learned check on violent readings, as in :func:`geo.pipeline.analyse`.
    """
    # fork shares the compiled rules with the workers; where it does not exist, spawn imports them again
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    sent: list[Document] = []

    def remember(docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            sent.append(doc)
            yield doc

    context = multiprocessing.get_context(method)
    with context.Pool(jobs, initializer=_start_worker, initargs=(index, gate)) as pool:
        for k, (mentions, incidents) in enumerate(pool.imap(_analyse_one, remember(documents), CHUNK)):
            yield sent[k], mentions, incidents
            sent[k] = None  # type: ignore[call-overload]  # done with it: let the text go

"""The two jobs behind the CLI: ``parse`` (JSONL out) and ``map`` (HTML/GeoJSON/GPKG/CSV out).

Both send every document through the same steps (:func:`analyse`): geoparse, ask
the online geocoder if the user said ``--online``, then tag the incidents; with
``--jobs N`` the documents are spread over worker processes (:mod:`geo.parallel`) and
come back in input order. Outputs go
to temporary files renamed into place at the end, so a bad input line (an
:class:`~gazetteer.exc.InputError` naming file and line) leaves no half-written
output behind.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.exc import ExportError, InputError
from gazetteer.geoparser import Geoparser
from gazetteer.model import Mention

from ._files import atomic_output
from .inputs import read_documents
from .model import Document, Incident
from .records import places_records


def analyse(documents: Iterable[Document], geoparser: Geoparser, *, online=None, gate: bool = True
            ) -> Iterator[tuple[Document, list[Mention], list[Incident]]]:
    """Geoparse and tag each document: ``(document, mentions, incidents)``.

    ``online``: a geopy geocoder (or service name) to ask about names the gazetteer
    lacks; ``None`` (the default) stays offline. ``gate``: the learned check on
    violent readings (:mod:`geo.incidents.gate`; ``--no-gate`` turns it off).
    """
    from .incidents import tag_incidents

    for doc in documents:
        mentions = geoparser(doc.text)
        if online is not None:
            mentions = _ask_online(mentions, online)
        yield doc, mentions, tag_incidents(doc, mentions, gate=gate)


def _online_geocoder(args: argparse.Namespace):
    """The geocoder ``--online`` asks (``--geocoder``, ``--geocoder-url``), or ``None`` offline."""
    if not getattr(args, "online", False):
        return None
    from urllib.parse import urlsplit

    from gazetteer.online import make_geocoder

    options = {}
    if args.geocoder_url:
        url = urlsplit(args.geocoder_url)
        options = {"domain": url.netloc + url.path.rstrip("/"), "scheme": url.scheme or "https"}
    return make_geocoder(args.geocoder, **options)


def _tagging(args: argparse.Namespace) -> dict:
    """The options of :func:`analyse` the command line sets: ``--online``, ``--no-gate``."""
    return {"online": _online_geocoder(args), "gate": not getattr(args, "no_gate", False)}


def _ask_online(mentions: list[Mention], geocoder) -> list[Mention]:
    """Give names the gazetteer lacks (unresolved or only approximate) to the online geocoder.

    Only runs with ``--online``; one request per distinct name, rate-limited by
    :func:`gazetteer.online.online_lookup`.
    """
    from dataclasses import replace

    from gazetteer.model import Resolution
    from gazetteer.online import online_lookup

    found: dict[str, object] = {}
    out = []
    for m in mentions:
        if m.resolution in (Resolution.UNRESOLVED, Resolution.APPROXIMATE):
            if m.text not in found:
                hits = online_lookup(m.text, limit=1, geocoder=geocoder)
                found[m.text] = hits[0] if hits else None
            place = found[m.text]
            if place is not None:
                m = replace(m, place=place, geo_precision=1, resolution=Resolution.ONLINE, score=0.5,
                            anchor=None, reason="not in the gazetteer; found by the online geocoder")
        out.append(m)
    return out


def _analysed(args: argparse.Namespace) -> Iterator[tuple[Document, list[Mention], list[Incident]]]:
    """The documents of ``args.inputs``, analysed in this process or, with ``--jobs``, in workers."""
    options = _tagging(args)
    jobs = _jobs(args)
    if jobs > 1 and options["online"] is not None:
        raise InputError("--online asks the geocoder from one process at its rate limit: use it without --jobs")
    gazetteer = Gazetteer(getattr(args, "index", None), progress=not args.quiet)  # builds it on first use
    documents = read_documents(args.inputs)
    if jobs == 1:
        geoparser = Geoparser(gazetteer)
        _freeze_start_up(options["gate"])
        results = analyse(documents, geoparser, **options)
    else:
        from .parallel import analyse_in_parallel

        gazetteer.close()  # each worker opens its own connection
        _freeze_start_up(options["gate"])  # before the fork: the workers inherit the loaded tagger
        results = analyse_in_parallel(documents, gazetteer.path, jobs, gate=options["gate"])
    return _counted(results, enabled=not args.quiet and sys.stderr.isatty())


def _counted(results: Iterator[tuple[Document, list[Mention], list[Incident]]], *, enabled: bool
             ) -> Iterator[tuple[Document, list[Mention], list[Incident]]]:
    """``results`` with a documents-per-second bar on stderr (a terminal only; not with ``-q``)."""
    from gazetteer.progress import bar

    with bar("analysing", enabled=enabled, unit="docs") as tick:
        for result in results:
            tick(f"{len(result[2])} incidents", 1)
            yield result


def _jobs(args: argparse.Namespace) -> int:
    """``--jobs``: worker processes; 0 means one per available core."""
    jobs = getattr(args, "jobs", 1)
    if jobs < 0:
        raise InputError(f"--jobs must be 0 (one per core) or more, got {jobs}")
    if jobs == 0:
        from .parallel import available_cores

        return available_cores()
    return jobs


#: one compact JSON line per document (records hold no cycles: no need to check for them)
_JSONL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _freeze_start_up(gate: bool) -> None:
    """Load the tagger, with ``gate`` its learned weights (the gate's and the type model's),
    and the English word frequencies the recogniser asks about nearly every document
    (:meth:`~gazetteer.names.NameIndex.is_everyday`), then move everything start-up built
    (the gazetteer's tables, the lexicon's automata, hundreds of compiled patterns, tens of
    thousands of weight tuples: all kept to the end of the run) out of the garbage
    collector's full passes, which would otherwise walk it all again. Loaded before
    ``--jobs`` forks its workers, they share it."""
    from wordfreq import zipf_frequency

    from geo.incidents.gate import load_gate
    from geo.incidents.typemodel import load_type_model

    zipf_frequency("the", "en")
    if gate:
        load_gate()
        load_type_model()
    gc.freeze()


def run_parse(args: argparse.Namespace) -> int:
    """``incidentmap parse IN... --out OUT.jsonl``."""
    count = 0
    with atomic_output(args.out, what="JSONL") as tmp, open(tmp, "w", encoding="utf-8") as fh, \
            closing(_analysed(args)) as results:
        for doc, mentions, incidents in results:
            line = {"id": doc.id, "places": places_records(mentions, incidents)}
            fh.write(_JSONL.encode(line) + "\n")
            count += 1
    if not args.quiet:
        print(f"parsed {count} documents -> {args.out}", file=sys.stderr)
    return 0


def run_map(args: argparse.Namespace) -> int:
    """``incidentmap map IN... --html OUT.html --geojson OUT.geojson [--gpkg] [--csv]``."""
    outputs = {k: getattr(args, k) for k in ("html", "geojson", "gpkg", "csv") if getattr(args, k)}
    if not outputs:
        raise InputError("nothing to write: give at least one of --html, --geojson, --gpkg, --csv")
    for kind, path in outputs.items():  # fail before any work, not after writing some of the files
        folder = Path(path).parent
        if not folder.is_dir():
            raise ExportError(f"cannot write {kind} {path}: folder {folder} does not exist")
    incidents: list[Incident] = []
    documents = 0
    with closing(_analysed(args)) as results:
        for _doc, _mentions, doc_incidents in results:
            incidents.extend(doc_incidents)
            documents += 1
    from . import export

    if "geojson" in outputs:
        export.write_geojson(incidents, outputs["geojson"])
    if "gpkg" in outputs:
        export.write_gpkg(incidents, outputs["gpkg"])
    if "csv" in outputs:
        export.write_csv(incidents, outputs["csv"])
    if "html" in outputs:
        from maps import write_map

        title = args.title or (Path(args.inputs[0]).stem if len(args.inputs) == 1 else "incidentmap")
        write_map(incidents, outputs["html"], title=title)
    if not args.quiet:
        placed = sum(1 for i in incidents if i.mention.place is not None)
        print(f"{documents} documents, {len(incidents)} incidents ({placed} with a point) -> "
              + ", ".join(str(v) for v in outputs.values()), file=sys.stderr)
    return 0

"""Read articles: ``.txt`` files, folders of them, JSONL and CSV corpora.

Every input becomes a :class:`~geo.model.Document`. Malformed input raises
:class:`~gazetteer.exc.InputError` naming the file and line.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date as Date, datetime
from pathlib import Path

from gazetteer.exc import InputError, InputFileError

from .model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}


def parse_date(value: object, where: str) -> Date | None:
    """``2020-02-20``, ``2020-02-20T10:00:00Z`` or ``None``; anything else is an :class:`InputError`.

    >>> parse_date("2020-02-20T09:30:00Z", "x"), parse_date("", "x")
    (datetime.date(2020, 2, 20), None)
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: date must be a string like 2020-02-20, got {value!r}")
    text = value.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text).date() if "T" in text or " " in text else Date.fromisoformat(text)
    except ValueError as err:
        raise InputError(f"{where}: date {value!r} is not an ISO date (YYYY-MM-DD)") from err


def _opt_str(record: dict, key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, (str, int, float)):
        raise InputError(f"{where}: {key!r} must be a string, got {type(value).__name__}")
    return str(value)


def _document(record: dict, default_id: str, where: str) -> Document:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: missing \"text\" (a string)")
    ident = record.get("id", default_id)
    if ident is None or isinstance(ident, (dict, list)):
        raise InputError(f"{where}: \"id\" must be a string or number")
    return Document(
        id=str(ident), text=text, date=parse_date(record.get("date"), where),
        title=_opt_str(record, "title", where), url=_opt_str(record, "url", where),
        source=_opt_str(record, "source", where),
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from err
    except OSError as err:
        raise InputFileError(f"{path}: cannot read ({err.strerror})") from err


def _jsonl(path: Path) -> Iterator[Document]:
    try:
        fh = open(path, encoding="utf-8-sig")
    except OSError as err:
        raise InputFileError(f"{path}: cannot read ({err.strerror})") from err
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{where}: not valid JSON ({err.msg} at column {err.colno})") from err
            except UnicodeDecodeError as err:
                raise InputError(f"{where}: not UTF-8 text") from err
            if not isinstance(record, dict):
                raise InputError(f"{where}: expected a JSON object per line")
            yield _document(record, f"{path.stem}-{lineno}", where)


def _csv(path: Path) -> Iterator[Document]:
    csv.field_size_limit(sys.maxsize)
    try:
        fh = open(path, encoding="utf-8-sig", newline="")
    except OSError as err:
        raise InputFileError(f"{path}: cannot read ({err.strerror})") from err
    with fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "text" not in reader.fieldnames:
            raise InputError(f"{path}:1: CSV needs a header with a \"text\" column")
        try:
            for row in reader:
                yield _document(row, f"{path.stem}-{reader.line_num}", f"{path}:{reader.line_num}")
        except csv.Error as err:
            raise InputError(f"{path}:{reader.line_num}: {err}") from err


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Yield documents from files and folders, in the order given (folders sorted).

    Examples
    --------
    >>> docs = list(read_documents(["seeds/idlib-ceasefire-talks.txt"]))   # doctest: +SKIP
    >>> docs[0].id                                                        # doctest: +SKIP
    'idlib-ceasefire-talks'
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputFileError(f"{path}: no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                raise InputError(f"{path}: folder has no .txt articles")
            for f in files:
                yield Document(id=str(f.relative_to(path).with_suffix("")), text=_read_text(f))
        elif path.suffix.lower() in (".jsonl", ".ndjson"):
            yield from _jsonl(path)
        elif path.suffix.lower() == ".csv":
            yield from _csv(path)
        else:
            yield Document(id=path.stem, text=_read_text(path))

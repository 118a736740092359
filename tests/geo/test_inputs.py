"""Reading articles: .txt, folders, JSONL, CSV; malformed input names file and line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from gazetteer.exc import InputError, InputFileError
from geo.inputs import read_documents


def test_txt_file_becomes_one_document_named_after_the_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Shelling hit Saraqib.", encoding="utf-8")
    (doc,) = read_documents([path])
    assert (doc.id, doc.text) == ("report", "Shelling hit Saraqib.")


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("two", encoding="utf-8")
    (tmp_path / "one.txt").write_text("one", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [d.id for d in read_documents([tmp_path])] == ["b/two", "one"]


def test_jsonl_keeps_metadata_and_ignores_unknown_keys(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"id": 7, "text": "a", "date": "2020-02-20", "title": "T", "url": "https://x.org/a", "source": "S", "x": 1},
        {"text": "b"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    first, second = read_documents([path])
    assert (first.id, first.date, first.title, first.url, first.source) == ("7", date(2020, 2, 20), "T",
                                                                            "https://x.org/a", "S")
    assert second.id == "corpus-2" and second.date is None


def test_csv_needs_a_text_column(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text,date\n1,\"Idlib, Syria\",2020-01-02\n", encoding="utf-8")
    (doc,) = read_documents([path])
    assert doc.text == "Idlib, Syria" and doc.date == date(2020, 1, 2)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv:1: .*text"):
        list(read_documents([bad]))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', r"corpus.jsonl:2: not valid JSON"),
        ('{"id": 1, "text": "ok"}\n[1, 2]\n', r"corpus.jsonl:2: expected a JSON object"),
        ('{"id": 1}\n', r"corpus.jsonl:1: missing \"text\""),
        ('{"id": 1, "text": "x", "date": "20 Feb"}\n', r"corpus.jsonl:1: date '20 Feb' is not an ISO date"),
    ],
)
def test_malformed_jsonl_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "corpus.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_documents([path]))


def test_missing_input_is_a_file_error(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        list(read_documents([tmp_path / "nope.txt"]))

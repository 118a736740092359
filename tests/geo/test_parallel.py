"""``--jobs N``: documents analysed in worker processes give the same output, in input order."""

from __future__ import annotations

import json
import sys

import pytest

from geo.cli import main

from ..conftest import SEED

TEXTS = [
    SEED.read_text(encoding="utf-8"),
    "Turkish artillery shelled Neirab and the vicinity of Saraqib on Tuesday.",
    "",
    "Hundreds of people protested in Beirut against the rise in bread prices.",
    "Gunmen abducted two aid workers near Mosul, police said.",
    "Families fled Rafah as air strikes hit the city overnight.",
    "The ministers met in Ankara to discuss the water crisis.",
]


@pytest.fixture
def home(gazetteer_index):
    """$INCIDENTMAP_HOME holding a copy of the embedded index."""
    return gazetteer_index.parent


@pytest.fixture
def corpus(tmp_path):
    """More documents than one worker's chunk, so several workers share them."""
    path = tmp_path / "in.jsonl"
    docs = [{"id": f"doc-{k}", "text": TEXTS[k % len(TEXTS)], "date": "2020-02-20"} for k in range(30)]
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_parse_with_jobs_writes_the_same_bytes_in_input_order(home, tmp_path, corpus, jobs):
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    assert main(["-q", "parse", str(corpus), "--out", str(one)]) == 0
    assert main(["-q", "parse", str(corpus), "--out", str(many), "--jobs", jobs]) == 0
    assert many.read_bytes() == one.read_bytes()
    ids = [json.loads(line)["id"] for line in many.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"doc-{k}" for k in range(30)]


def test_map_with_jobs_writes_the_same_geojson(home, tmp_path, corpus):
    one, many = tmp_path / "one.geojson", tmp_path / "many.geojson"
    assert main(["-q", "map", str(corpus), "--geojson", str(one)]) == 0
    assert main(["-q", "map", str(corpus), "--geojson", str(many), "--jobs", "2"]) == 0
    assert many.read_bytes() == one.read_bytes()
    assert len(json.loads(many.read_text(encoding="utf-8"))["features"]) > 30


def test_bad_line_under_jobs_exits_2_naming_it_and_writes_nothing(home, tmp_path, corpus, capsys):
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(20, '{"id": "broken", "text": \n')
    corpus.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous results\n", encoding="utf-8")
    assert main(["-q", "parse", str(corpus), "--out", str(out), "--jobs", "2"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "in.jsonl:21" in err[0] and "Traceback" not in err[0]
    assert out.read_text(encoding="utf-8") == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["in.jsonl", "out.jsonl"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["--jobs", "2", "--online"], "--online"), (["--jobs", "-1"], "--jobs")],
)
def test_jobs_refuses_what_it_cannot_do_with_one_line(home, tmp_path, corpus, capsys, extra, message):
    out = tmp_path / "out.jsonl"
    assert main(["-q", "parse", str(corpus), "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert not out.exists()


def test_a_terminal_sees_a_documents_bar_and_a_pipe_sees_only_the_summary(home, tmp_path, corpus, capsys,
                                                                           monkeypatch):
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(corpus), "--out", str(out)]) == 0
    piped = capsys.readouterr().err
    assert "analysing" not in piped and "parsed 30 documents" in piped
    monkeypatch.setattr(type(sys.stderr), "isatty", lambda self: True, raising=False)
    assert main(["parse", str(corpus), "--out", str(out), "--jobs", "2"]) == 0
    terminal = capsys.readouterr().err
    assert "analysing" in terminal and "docs" in terminal and "parsed 30 documents" in terminal

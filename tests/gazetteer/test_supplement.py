"""``incidentmap gazetteer add``: your own places from a CSV, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, MatchKind
from gazetteer.exc import InputError, InputFileError
from gazetteer.supplement import add_csv, feature_class, slug
from geo.cli import main

GOOD = """name,aliases,lat,lon,country_code,admin1,feature_code
Kafr Nabl Camp,Kafranbel Camp|Kafr Nabl IDP camp,35.6102,36.5588,SY,Idlib,CMPRF
Jisr al-Shughur checkpoint,,35.8021,36.3150,sy,12,CHKP
Tal Rifaat,Tell Rifaat,36.4730,37.0970,SY,,
"""


def _csv(folder: Path, text: str, name: str = "places.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _lookup(index: Path, name: str, **kwargs):
    with Gazetteer(index, build=False) as gaz:
        return gaz.lookup(name, **kwargs)


def _state(index: Path) -> tuple[int, int, int]:
    st = index.stat()
    return st.st_ino, st.st_size, st.st_mtime_ns


def test_added_places_are_found_by_name_and_alias(gazetteer_index: Path, tmp_path: Path) -> None:
    assert add_csv(gazetteer_index, _csv(tmp_path, GOOD)) == 3
    camp = _lookup(gazetteer_index, "Kafranbel Camp")[0]
    assert (camp.gazetteer_id, camp.match) == ("user:kafr-nabl-camp-sy", MatchKind.EXACT)
    assert (camp.lat, camp.lon, camp.country_code) == (35.6102, 36.5588, "SY")
    assert (camp.feature_class, camp.feature_code, camp.admin1, camp.admin1_code) == ("S", "CMPRF", "Idlib", "12")


@pytest.mark.parametrize(
    ("name", "gid", "fclass", "fcode", "admin1"),
    [
        ("Jisr al-Shughur checkpoint", "user:jisr-al-shughur-checkpoint-sy", "S", "CHKP", "Idlib"),
        ("Tell Rifaat", "user:tal-rifaat-sy", "P", "PPL", None),
    ],
    ids=["admin1-given-as-code", "defaults-to-PPL"],
)
def test_added_places_get_stable_ids_classes_and_admin1(
    gazetteer_index: Path, tmp_path: Path, name: str, gid: str, fclass: str, fcode: str, admin1: str | None
) -> None:
    add_csv(gazetteer_index, _csv(tmp_path, GOOD))
    place = next(p for p in _lookup(gazetteer_index, name, limit=None) if p.gazetteer_id.startswith("user:"))
    assert (place.gazetteer_id, place.feature_class, place.feature_code, place.admin1) == (gid, fclass, fcode, admin1)


def test_adding_again_replaces_by_name_and_country(gazetteer_index: Path, tmp_path: Path) -> None:
    add_csv(gazetteer_index, _csv(tmp_path, GOOD))
    moved = GOOD.replace("35.6102,36.5588", "35.6200,36.5600").replace("Kafranbel Camp|", "")
    add_csv(gazetteer_index, _csv(tmp_path, moved, "fix.csv"))
    camps = [p for p in _lookup(gazetteer_index, "Kafr Nabl Camp", limit=None) if p.gazetteer_id.startswith("user:")]
    assert [(p.gazetteer_id, p.lat) for p in camps] == [("user:kafr-nabl-camp-sy", 35.62)]
    assert not [p for p in _lookup(gazetteer_index, "Kafranbel Camp", fuzzy=False) if p.gazetteer_id.startswith("user:")]


def test_cli_add_reports_the_count(capsys, gazetteer_index: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path, GOOD)
    assert main(["-q", "--index", str(gazetteer_index), "gazetteer", "add", str(path)]) == 0
    assert capsys.readouterr().out == f"added 3 places from {path}\n"


BAD_ROWS = """name,aliases,lat,lon,country_code,admin1,feature_code
Good Place,,35.1,36.1,SY,,
Bad Lat,,abc,36.1,SY,,
Bad Country,,35.1,36.1,XX,,
Short Row,,35.1
,,35.1,36.1,SY,,
Far East,,35.1,200,SY,,
Good Place,,35.2,36.2,SY,,
"""


def test_every_bad_row_is_reported_in_one_line_and_nothing_is_added(
    capsys, gazetteer_index: Path, tmp_path: Path
) -> None:
    before = _state(gazetteer_index)
    code = main(["-q", "--index", str(gazetteer_index), "gazetteer", "add", str(_csv(tmp_path, BAD_ROWS))])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == (
        "incidentmap: error: places.csv: line 3: lat 'abc' is not a number; "
        "line 4: unknown country code 'XX'; line 5: expected 7 columns, got 3; line 6: name is empty; "
        "line 7: lon 200 is out of range [-180, 180]; line 8: 'Good Place' (SY) is already on line 2\n"
    )
    assert _state(gazetteer_index) == before
    assert not [p for p in _lookup(gazetteer_index, "Good Place") if p.gazetteer_id.startswith("user:")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Nayrab,35.8,36.7,SY\n", "header lacks name, lat, lon, country_code"),
        ("name,lat,country_code\nNayrab,35.8,SY\n", "header lacks lon"),
        ("", "header lacks name"),
        ("name,lat,lon,country_code\n", "no places"),
    ],
    ids=["no-header", "missing-column", "empty-file", "header-only"],
)
def test_a_file_without_a_usable_header_is_an_input_error(gazetteer_index: Path, tmp_path: Path, text: str,
                                                         message: str) -> None:
    with pytest.raises(InputError, match=message):
        add_csv(gazetteer_index, _csv(tmp_path, text))


def test_columns_may_come_in_any_order_and_case(gazetteer_index: Path, tmp_path: Path) -> None:
    text = "Country_Code , LON,LAT,Name\nSY,36.7,35.8,Test Hamlet\n"
    assert add_csv(gazetteer_index, _csv(tmp_path, text)) == 1
    assert _lookup(gazetteer_index, "Test Hamlet")[0].gazetteer_id == "user:test-hamlet-sy"


def test_missing_csv_is_an_input_file_error(gazetteer_index: Path, tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        add_csv(gazetteer_index, tmp_path / "nope.csv")


@pytest.mark.parametrize(("code", "cls"), [("PPLA2", "P"), ("ADM2", "A"), ("CMP", "S"), ("MT", "T"), ("STM", "H"),
                                           ("MILB", "L")])
def test_feature_class_follows_the_geonames_code(code: str, cls: str) -> None:
    assert feature_class(code) == cls


def test_slug_is_ascii_and_hyphenated() -> None:
    assert slug("Ma‘arrat an-Nu‘mān") == "maarrat-an-numan"

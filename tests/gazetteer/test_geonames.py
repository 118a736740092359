"""Importing GeoNames dumps: zip and txt, alternate names, admin1 codes, atomicity, errors."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from gazetteer import Gazetteer, MatchKind
from gazetteer import geonames
from gazetteer.exc import GazetteerNotBuiltError, ImportFormatError, InputFileError
from gazetteer.geonames import ImportReport, import_files
from gazetteer.store import IndexWriter
from geo.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "geonames"
SY_TXT = DATA / "SY.txt"
ALTNAMES_TXT = DATA / "alternateNamesV2.txt"
ADMIN1_TXT = DATA / "admin1CodesASCII.txt"


def _zip(folder: Path, name: str, *members: Path) -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member in members:
            zf.write(member, member.name)
    return path


def _sy_zip(folder: Path) -> Path:
    return _zip(folder, "SY.zip", SY_TXT, DATA / "readme.txt")


def _state(index: Path) -> tuple[int, int, int]:
    """What changes when the index file is replaced or written to."""
    st = index.stat()
    return st.st_ino, st.st_size, st.st_mtime_ns


def _leftovers(index: Path) -> list[str]:
    return sorted(p.name for p in index.parent.iterdir() if p.name.endswith((".tmp", ".part")))


def _lookup(index: Path, name: str, **kwargs):
    with Gazetteer(index, build=False) as gaz:
        return gaz.lookup(name, **kwargs)


def _ids(places) -> list[str]:
    return [p.gazetteer_id for p in places]


# -- what an import adds -------------------------------------------------------------------------

def test_country_zip_with_alternate_names_finds_the_idlib_nayrab_by_its_news_spelling(
    gazetteer_index: Path, tmp_path: Path
) -> None:
    files = [_sy_zip(tmp_path), _zip(tmp_path, "alternateNamesV2.zip", ALTNAMES_TXT), ADMIN1_TXT]
    report = import_files(gazetteer_index, files, progress=False)
    best = _lookup(gazetteer_index, "Neirab", country="SY")[0]
    assert (best.gazetteer_id, best.admin1, best.match) == ("geonames:9999001", "Idlib", MatchKind.EXACT)
    assert (best.lat, best.lon) == (35.8301, 36.7512)
    assert str(report) == ("imported 8 places, 4 alternate names, 3 admin1 codes from "
                           "SY.zip, alternateNamesV2.zip, admin1CodesASCII.txt")


@pytest.mark.parametrize("batch", [geonames.BATCH, 3], ids=["one-batch", "several-batches"])
@pytest.mark.parametrize("packed", [True, False], ids=["zip", "txt"])
def test_country_dump_imports_from_zip_or_txt_in_batches(
    gazetteer_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, packed: bool, batch: int
) -> None:
    monkeypatch.setattr(geonames, "BATCH", batch)
    report = import_files(gazetteer_index, [_sy_zip(tmp_path) if packed else SY_TXT], progress=False)
    assert (report.places, report.skipped) == (8, 2)
    assert _ids(_lookup(gazetteer_index, "Qaminas", country="SY")) == ["geonames:9999002"]
    assert _ids(_lookup(gazetteer_index, "قميناس")) == ["geonames:9999002"]


def test_without_alternate_names_neirab_is_only_a_skeleton_match(gazetteer_index: Path) -> None:
    import_files(gazetteer_index, [SY_TXT], progress=False)
    places = _lookup(gazetteer_index, "Neirab", country="SY")
    assert set(_ids(places)) == {"geonames:9999001", "geonames:9999003"}
    assert {p.match for p in places} == {MatchKind.SKELETON}


def test_alternate_names_may_come_in_a_later_import(gazetteer_index: Path) -> None:
    import_files(gazetteer_index, [SY_TXT], progress=False)
    report = import_files(gazetteer_index, [ALTNAMES_TXT], progress=False)
    assert (report.places, report.alternate_names) == (0, 4)
    assert _lookup(gazetteer_index, "Neirab", country="SY")[0].gazetteer_id == "geonames:9999001"
    assert _lookup(gazetteer_index, "Nerab", country="SY")[0].gazetteer_id == "geonames:9999003"


@pytest.mark.parametrize(
    "name", ["Kamenas", "NYB", "Q9999001", "Nowhere"],
    ids=["historic-name", "iata-code", "wikidata-id", "id-not-in-index"],
)
def test_alternate_names_skip_codes_links_and_historic_names(gazetteer_index: Path, name: str) -> None:
    import_files(gazetteer_index, [SY_TXT, ALTNAMES_TXT], progress=False)
    assert not {"geonames:9999001", "geonames:9999002"} & set(_ids(_lookup(gazetteer_index, name, limit=None, fuzzy=False)))


@pytest.mark.parametrize(
    ("name", "imported"),
    [("Atmeh Camp", True), ("Orontes", True), ("Tall Tuqan", True),
     ("Madrasat al Qaryah", False), ("Ghabat al Furunluq", False)],
    ids=["refugee-camp-S.CMPRF", "river-H.STM", "hill-T.HLL", "school-S.SCH-skipped", "forest-V.FRST-skipped"],
)
def test_feature_classes_news_names_are_imported_and_others_skipped(
    gazetteer_index: Path, name: str, imported: bool
) -> None:
    import_files(gazetteer_index, [SY_TXT], progress=False)
    found = [p for p in _lookup(gazetteer_index, name, country="SY", limit=None) if p.gazetteer_id.startswith("geonames:99")]
    assert bool(found) is imported


def test_imported_rows_win_over_embedded_rows_with_the_same_id(gazetteer_index: Path) -> None:
    before = _lookup(gazetteer_index, "Ariha", country="SY")[0]
    assert before.gazetteer_id == "geonames:172994" and before.population != 53000
    import_files(gazetteer_index, [SY_TXT, ALTNAMES_TXT], progress=False)
    after = [p for p in _lookup(gazetteer_index, "Ariha", limit=None) if p.gazetteer_id == "geonames:172994"]
    assert len(after) == 1
    assert (after[0].population, after[0].lat, after[0].lon) == (53000, 35.81267, 36.60825)
    # the old names stay: the Arabic link to Jericho and the new short name both find it
    assert "geonames:172994" in _ids(_lookup(gazetteer_index, "Jericho", limit=None))
    assert "geonames:172994" in _ids(_lookup(gazetteer_index, "Riha", country="SY"))


def test_replacing_a_country_keeps_its_curated_news_aliases(gazetteer_index: Path, tmp_path: Path) -> None:
    us = tmp_path / "US.txt"
    us.write_text("\t".join([
        "6252001", "United States", "United States", "Estados Unidos,Etats-Unis", "39.76", "-98.5", "A", "PCLI",
        "US", "", "00", "", "", "", "327167434", "", "543", "", "2024-01-01",
    ]) + "\n", encoding="utf-8")
    import_files(gazetteer_index, [us], progress=False)
    usa = _lookup(gazetteer_index, "U.S.")[0]
    assert (usa.gazetteer_id, usa.lat) == ("geonames:6252001", 39.76)
    assert _lookup(gazetteer_index, "Estados Unidos")[0].gazetteer_id == "geonames:6252001"


# -- admin1 names --------------------------------------------------------------------------------

def test_admin1_name_comes_from_the_index_divisions_without_a_codes_file(gazetteer_index: Path) -> None:
    import_files(gazetteer_index, [SY_TXT], progress=False)
    nayrabs = {p.gazetteer_id: p.admin1 for p in _lookup(gazetteer_index, "Nayrab", country="SY")}
    assert nayrabs == {"geonames:9999001": "Idlib", "geonames:9999003": "Ḩalab"}


def test_admin1_name_comes_from_admin1_codes_of_the_same_import(gazetteer_index: Path, tmp_path: Path) -> None:
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text("SY.12\tIdlib Governorate\tIdlib Governorate\t169387\n", encoding="utf-8")
    report = import_files(gazetteer_index, [SY_TXT, codes], progress=False)
    assert report.admin1_codes == 1
    assert _lookup(gazetteer_index, "Qaminas", country="SY")[0].admin1 == "Idlib Governorate"


def test_admin1_codes_fill_names_of_existing_rows(gazetteer_index: Path) -> None:
    assert _lookup(gazetteer_index, "Dihok", country="IQ")[0].admin1 is None
    import_files(gazetteer_index, [ADMIN1_TXT], progress=False)
    assert _lookup(gazetteer_index, "Dihok", country="IQ")[0].admin1 == "Duhok"


# -- atomicity --------------------------------------------------------------------------------

def test_a_bad_line_at_the_end_leaves_the_old_index_and_no_temp_file(gazetteer_index: Path, tmp_path: Path) -> None:
    bad = tmp_path / "SY.txt"
    bad.write_text(SY_TXT.read_text(encoding="utf-8") + "9999099\tBroken\tBroken\n", encoding="utf-8")
    before = _state(gazetteer_index)
    with pytest.raises(ImportFormatError, match=r"^SY\.txt line 11: expected 19 tab-separated columns, got 3$"):
        import_files(gazetteer_index, [bad], progress=False)
    assert _state(gazetteer_index) == before
    assert _leftovers(gazetteer_index) == []
    assert _lookup(gazetteer_index, "Qaminas", country="SY") == []


def test_an_interrupted_import_leaves_the_old_index(
    gazetteer_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self, places, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(IndexWriter, "add_places", interrupted)
    before = _state(gazetteer_index)
    with pytest.raises(KeyboardInterrupt):
        import_files(gazetteer_index, [SY_TXT], progress=False)
    assert _state(gazetteer_index) == before
    assert _leftovers(gazetteer_index) == []


@pytest.mark.parametrize("existing", [False, True], ids=["fresh", "over-an-old-index"])
def test_an_interrupted_build_leaves_no_broken_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    from gazetteer import build

    def failing_run(self):
        self.w.add_place({"gid": "test:1", "name": "Half", "lat": 0.0, "lon": 0.0, "population": 0, "source": "test"}, ["Half"])
        raise RuntimeError("disk on fire")

    index = tmp_path / "gazetteer.sqlite"
    if existing:
        index.write_bytes(b"old index")
    monkeypatch.setattr(build.EmbeddedBuilder, "run", failing_run)
    with pytest.raises(RuntimeError, match="disk on fire"):
        build.build_embedded(index)
    assert (index.read_bytes() if existing else index.exists()) == (b"old index" if existing else False)
    assert os.listdir(tmp_path) == (["gazetteer.sqlite"] if existing else [])


def test_import_needs_an_index(tmp_path: Path) -> None:
    with pytest.raises(GazetteerNotBuiltError):
        import_files(tmp_path / "none.sqlite", [SY_TXT], progress=False)


# -- bad files: one error line naming file and line, index untouched ---------------------------

def _bad_files(folder: Path) -> dict[str, tuple[list[Path], str]]:
    corrupt = folder / "SY.zip"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip file")
    short = folder / "IQ.txt"
    short.write_text(SY_TXT.read_text(encoding="utf-8") + "1\t2\t3\t4\t5\t6\t7\n", encoding="utf-8")
    lat = folder / "LB.txt"
    lines = SY_TXT.read_text(encoding="utf-8").splitlines()
    fields = lines[1].split("\t")
    fields[4] = "north"
    lat.write_text("\n".join([lines[0], "\t".join(fields), *lines[2:]]) + "\n", encoding="utf-8")
    empty_zip = _zip(folder, "JO.zip", DATA / "readme.txt")
    alt = folder / "alternateNamesV2.txt"
    alt.write_text("1\t9999001\ten\n", encoding="utf-8")
    codes = folder / "admin1CodesASCII.txt"
    codes.write_text("SY12\tIdlib\tIdlib\t169387\n", encoding="utf-8")
    return {
        "corrupt-zip": ([corrupt], "SY.zip: corrupt zip file"),
        "wrong-column-count": ([short], "IQ.txt line 11: expected 19 tab-separated columns, got 7"),
        "latitude-not-a-number": ([lat], "LB.txt line 2: latitude 'north' is not a number"),
        "missing-file": ([folder / "nowhere" / "SY.zip"], "SY.zip: no such file"),
        "zip-without-data": ([empty_zip], "JO.zip: expected one GeoNames .txt file inside"),
        "alternate-names-columns": ([alt], "alternateNamesV2.txt line 1: expected 8 or 10 tab-separated columns, got 3"),
        "admin1-code": ([codes], "admin1CodesASCII.txt line 1: admin1 code 'SY12' is not like 'SY.12'"),
        "good-file-then-bad": ([SY_TXT, short], "IQ.txt line 11"),
    }


BAD_CASES = ["corrupt-zip", "wrong-column-count", "latitude-not-a-number", "missing-file", "zip-without-data",
             "alternate-names-columns", "admin1-code", "good-file-then-bad"]


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_file_is_one_error_line_and_the_index_is_untouched(
    capsys: pytest.CaptureFixture[str], gazetteer_index: Path, tmp_path: Path, case: str
) -> None:
    files, message = _bad_files(tmp_path)[case]
    before = _state(gazetteer_index)
    code = main(["-q", "--index", str(gazetteer_index), "gazetteer", "import", *map(str, files)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("incidentmap: error: ") and message in err
    assert _state(gazetteer_index) == before
    assert _leftovers(gazetteer_index) == []


@pytest.mark.parametrize(
    ("case", "error"),
    [("corrupt-zip", ImportFormatError), ("missing-file", InputFileError)],
)
def test_bad_files_raise_the_library_error(gazetteer_index: Path, tmp_path: Path, case: str, error: type) -> None:
    files, _ = _bad_files(tmp_path)[case]
    with pytest.raises(error):
        import_files(gazetteer_index, files, progress=False)


def test_import_through_the_cli_prints_the_report(capsys, gazetteer_index: Path, tmp_path: Path) -> None:
    code = main(["-q", "--index", str(gazetteer_index), "gazetteer", "import", str(_sy_zip(tmp_path))])
    out, _ = capsys.readouterr()
    assert code == 0
    assert out == "imported 8 places, 0 alternate names, 0 admin1 codes from SY.zip\n"


def test_report_reads_as_a_sentence() -> None:
    assert str(ImportReport(1234, 5678, 40, 2, ("SY.zip",))) == (
        "imported 1,234 places, 5,678 alternate names, 40 admin1 codes from SY.zip")

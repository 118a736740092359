"""Downloading GeoNames country dumps, against a local HTTP server (never the internet)."""

from __future__ import annotations

import socket
import zipfile
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.download import download_countries
from gazetteer.exc import DownloadError, UnknownCountryError
from geo.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "geonames"


@pytest.fixture
def sy_zip_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "SY.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(DATA / "SY.txt", "SY.txt")
        zf.write(DATA / "readme.txt", "readme.txt")
    return path.read_bytes()


@pytest.fixture
def dump_server(local_http_server, sy_zip_bytes: bytes):
    local_http_server.routes["/export/dump/SY.zip"] = (200, "application/zip", sy_zip_bytes)
    return local_http_server


def test_download_streams_the_country_zip_into_dest(dump_server, sy_zip_bytes: bytes, tmp_path: Path) -> None:
    dest = tmp_path / "downloads"
    files = download_countries(["sy"], dest=dest, base_url=f"{dump_server.url}/export/dump/", progress=False)
    assert files == [dest / "SY.zip"]
    assert files[0].read_bytes() == sy_zip_bytes
    assert sorted(p.name for p in dest.iterdir()) == ["SY.zip"]
    path, headers = dump_server.requests[0]
    assert path == "/export/dump/SY.zip"
    assert headers["User-Agent"].startswith("incidentmap")


def test_download_shows_a_progress_bar_sized_by_content_length(dump_server, tmp_path: Path, capsys) -> None:
    download_countries(["SY"], dest=tmp_path, base_url=f"{dump_server.url}/export/dump", progress=True)
    assert "downloading SY.zip" in capsys.readouterr().err


def test_unknown_country_code_fails_before_any_request(local_http_server, tmp_path: Path) -> None:
    with pytest.raises(UnknownCountryError, match=r"^unknown country code 'XX'$"):
        download_countries(["SY", "XX"], dest=tmp_path, base_url=local_http_server.url, progress=False)
    assert local_http_server.requests == []


def test_http_error_names_the_url_and_leaves_no_partial_file(local_http_server, tmp_path: Path) -> None:
    url = f"{local_http_server.url}/export/dump/SY.zip"
    with pytest.raises(DownloadError, match=r"SY\.zip: HTTP 404") as caught:
        download_countries(["SY"], dest=tmp_path, base_url=f"{local_http_server.url}/export/dump", progress=False)
    assert url in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_unreachable_server_is_a_download_error(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(DownloadError, match=rf"http://127\.0\.0\.1:{port}/SY\.zip: cannot connect"):
        download_countries(["SY"], dest=tmp_path, base_url=f"http://127.0.0.1:{port}", progress=False)
    assert list(tmp_path.iterdir()) == []


def test_cli_download_fetches_and_imports(capsys, dump_server, gazetteer_index: Path, gazetteer_home: Path) -> None:
    code = main(["-q", "--index", str(gazetteer_index), "gazetteer", "download", "SY",
                 "--base-url", f"{dump_server.url}/export/dump/"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == "imported 8 places, 0 alternate names, 0 admin1 codes from SY.zip\n"
    assert (gazetteer_home / "downloads" / "SY.zip").is_file()
    with Gazetteer(gazetteer_index, build=False) as gaz:
        assert gaz.lookup("Qaminas", country="SY")[0].gazetteer_id == "geonames:9999002"


def test_cli_download_only(capsys, dump_server, gazetteer_index: Path, gazetteer_home: Path) -> None:
    code = main(["-q", "--index", str(gazetteer_index), "gazetteer", "download", "SY", "--no-import",
                 "--base-url", f"{dump_server.url}/export/dump/"])
    assert code == 0
    assert capsys.readouterr().out == f"{gazetteer_home / 'downloads' / 'SY.zip'}\n"


@pytest.mark.parametrize(
    ("country", "message"),
    [("XX", "unknown country code 'XX'"), ("IQ", "/export/dump/IQ.zip: HTTP 404")],
    ids=["unknown-country", "http-404"],
)
def test_cli_download_errors_are_one_line_and_exit_2(
    capsys, dump_server, gazetteer_index: Path, country: str, message: str
) -> None:
    code = main(["-q", "--index", str(gazetteer_index), "gazetteer", "download", country,
                 "--base-url", f"{dump_server.url}/export/dump/"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and message in err

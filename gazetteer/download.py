"""Fetch GeoNames country dumps (``SY.zip``...) — only when the user asks.

Nothing in incidentmap downloads on its own: this module runs for
``incidentmap gazetteer download CC...`` and nothing else. It uses the standard
library's :mod:`urllib`, streams each file to a temporary name beside its target
and renames it into place only when complete, so an interrupted download leaves
no half file behind.

Examples
--------
>>> download_countries(["SY", "IQ"], dest=Path("downloads"),
...                    base_url="https://download.geonames.org/export/dump/")   # doctest: +SKIP
[PosixPath('downloads/SY.zip'), PosixPath('downloads/IQ.zip')]
"""

from __future__ import annotations

import http.client
import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import BinaryIO

from .countries import check_country
from .exc import DownloadError
from .progress import bar

__all__ = ["download_countries", "country_url", "USER_AGENT", "TIMEOUT"]

USER_AGENT = "incidentmap (offline news geoparser; gazetteer download)"
#: seconds without data before a download is given up
TIMEOUT = 60.0
_CHUNK = 1 << 16


def country_url(base_url: str, code: str) -> str:
    """URL of a country dump.

    >>> country_url("https://download.geonames.org/export/dump/", "SY")
    'https://download.geonames.org/export/dump/SY.zip'
    """
    return f"{base_url.rstrip('/')}/{code}.zip"


def download_countries(codes: list[str], *, dest: Path, base_url: str, progress: bool = True) -> list[Path]:
    """Download ``{base_url}/{CC}.zip`` for each country code into ``dest``.

    Parameters
    ----------
    codes
        ISO 3166-1 alpha-2 codes (any case); all are checked before anything is fetched.
    dest
        Folder for the zip files (created if missing); an existing file is replaced.
    base_url
        The GeoNames dump folder, or a mirror of it.
    progress
        Show a progress bar (sized by ``Content-Length``) on stderr.

    Returns
    -------
    list of Path
        The downloaded files, in the order of ``codes``.

    Raises
    ------
    UnknownCountryError
        A code GeoNames does not know (``XX``).
    DownloadError
        An HTTP error, an unreachable server or a cut-off transfer; the message has the URL.
    """
    checked = list(dict.fromkeys(check_country(c) for c in codes))
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    return [_fetch(country_url(base_url, cc), dest / f"{cc}.zip", progress) for cc in checked]


def _fetch(url: str, target: Path, progress: bool) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            received, total = _stream(url, out, target.name, progress)
        if total is not None and received != total:
            raise DownloadError(f"{url}: transfer cut off after {received:,} of {total:,} bytes")
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


def _stream(url: str, out: BinaryIO, label: str, progress: bool) -> tuple[int, int | None]:
    """Copy the body at ``url`` into ``out``; return (bytes received, Content-Length)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            received = 0
            with bar(f"downloading {label}", enabled=progress, total=total, unit="B") as tick:
                while chunk := response.read(_CHUNK):
                    out.write(chunk)
                    received += len(chunk)
                    tick(label, len(chunk))
    except urllib.error.HTTPError as err:
        raise DownloadError(f"{url}: HTTP {err.code} {err.reason}") from err
    except urllib.error.URLError as err:
        raise DownloadError(f"{url}: cannot connect ({err.reason})") from err
    except (OSError, http.client.HTTPException) as err:
        raise DownloadError(f"{url}: {getattr(err, 'strerror', None) or err!r}") from err
    return received, total

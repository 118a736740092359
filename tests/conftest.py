"""Shared fixtures: hand-built :class:`geo.model.Incident` lists (maps and exports).

The seed incidents follow ``seeds/idlib-ceasefire-talks.txt`` with real character
offsets: air strikes on Kafr Nabl and Jericho (GeoNames: Ariha), Turkish shelling
near Saraqib, Neirab placed approximately (precision 2) at Saraqib with a
shelling and a clash, places only mentioned (Idlib province, Turkey, New York),
and Qaminas, which the gazetteer could not place. Gazetteer ids are fixture
values, not checked against GeoNames.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from gazetteer.model import Mention, Place, Resolution
from geo.model import Incident

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "idlib-ceasefire-talks.txt"
SEED_ID = "idlib-ceasefire-talks"
SEED_URL = "https://example.org/news/idlib-ceasefire-talks"

KAFR_NABL = Place("geonames:168661", "Kafr Nabl", 35.61376, 36.56449, "SY", "Idlib", "P", "PPL", 13000)
ARIHA = Place("geonames:173193", "Ariha", 35.81311, 36.61036, "SY", "Idlib", "P", "PPLA2", 40000)
SARAQIB = Place("geonames:163345", "Saraqib", 35.86447, 36.80591, "SY", "Idlib", "P", "PPL", 32000)
ALEPPO = Place("geonames:170063", "Aleppo", 36.20124, 37.16117, "SY", "Aleppo", "P", "PPLA", 1602264)
IDLIB_PROVINCE = Place("geonames:169388", "Idlib", 35.83333, 36.58333, "SY", "Idlib", "A", "ADM1", 1501000)
TURKEY = Place("geonames:298795", "Türkiye", 39.0, 35.0, "TR", None, "A", "PCLI", 82000000)
NEW_YORK = Place("geonames:5128581", "New York", 40.71427, -74.00597, "US", "New York", "P", "PPL", 8804190)


def _sentence(text: str, start: int) -> str:
    """The sentence (or line) around offset ``start``."""
    dot = text.rfind(". ", 0, start)
    left = max(dot + 2 if dot != -1 else 0, text.rfind("\n", 0, start) + 1)
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i != -1]
    right = min(ends) + 1 if ends else len(text)
    return text[left:right].strip()


def _spans(text: str, needle: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(re.escape(needle), text))


def _incident(
    text: str,
    written: str,
    place: Place | None,
    incident_type: str = "None",
    *,
    nth: int = 0,
    precision: int = 1,
    resolution: Resolution = Resolution.GAZETTEER,
    anchor: str | None = None,
    doc_id: str = SEED_ID,
    day: date | None = date(2020, 2, 20),
    **fields: object,
) -> Incident:
    spans = _spans(text, written)
    start, end = spans[nth]
    mention = Mention(
        start, end, written, place, precision, resolution, 0.0 if place is None else 0.87, anchor=anchor
    )
    return Incident(
        doc_id=doc_id,
        mention=mention,
        mentions=spans,
        incident_type=incident_type,
        date=day,
        evidence=_sentence(text, start),
        confidence=0.0 if incident_type == "None" else 0.8,
        source="Al Jazeera",
        url=SEED_URL,
        title="Putin and Erdogan agree to intensify consultations on an Idlib ceasefire",
        **fields,
    )


def seed_incidents() -> list[Incident]:
    """Incidents of the seed article, in reading order."""
    text = SEED.read_text(encoding="utf-8")
    approx = {"precision": 2, "resolution": Resolution.APPROXIMATE, "anchor": "Saraqib"}
    strike = {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia"}
    return [
        _incident(text, "Idlib", IDLIB_PROVINCE, precision=3),
        _incident(text, "New York", NEW_YORK),
        _incident(text, "Turkey", TURKEY, precision=3),
        _incident(text, "Aleppo", ALEPPO, "Explosions/Remote violence", precision=2, **strike),
        _incident(text, "Kafr Nabl", KAFR_NABL, "Explosions/Remote violence", actor2="Civilians (Syria)", **strike),
        _incident(text, "Jericho", ARIHA, "Explosions/Remote violence", **strike),
        _incident(text, "Qaminas", None, "Explosions/Remote violence", precision=3, resolution=Resolution.UNRESOLVED),
        _incident(
            text, "Neirab", SARAQIB, "Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Turkey",
            actor2="Military Forces of Syria", **approx,
        ),
        _incident(
            text, "Saraqib", SARAQIB, "Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Turkey",
            actor2="Military Forces of Syria",
        ),
        _incident(
            text, "Neirab", SARAQIB, "Battles", nth=1, sub_event_type="Armed clash",
            actor1="Opposition Rebels (Syria)", actor2="Military Forces of Syria", fatalities=4, **approx,
        ),
    ]


XSS = '<img src=x onerror="window.__xss=1">'
XSS_SCRIPT = "<script>window.__xss=1</script>"


def xss_incidents() -> list[Incident]:
    """An article whose place text, evidence, actors, type, title and URL try to run code."""
    text = f"Shelling hit {XSS_SCRIPT} and {XSS} near `${{window.__xss=1}}` today.\n"
    hostile = Place("geonames:1", XSS_SCRIPT, 35.9, 36.6, "SY", XSS, "P", "PPL")
    hostile2 = Place("geonames:2", "`${window.__xss=1}`", 35.7, 36.7, "SY", "Idlib", "P", "PPL")
    common = {
        "doc_id": "xss</title><script>window.__xss=1</script>",
        "day": None,
        "actor1": XSS,
        "actor2": "'\"; window.__xss=1; //",
    }
    incidents = [
        _incident(text, XSS_SCRIPT, hostile, "Battles", **common),
        _incident(text, XSS, Place("geonames:3", XSS, 35.8, 36.5), XSS, **common),
        _incident(text, "`${window.__xss=1}`", hostile2, "Riots", **common),
    ]
    return [
        Incident(**{**_fields(i), "url": "javascript:window.__xss=1", "title": XSS_SCRIPT, "source": XSS})
        for i in incidents
    ]


def _fields(incident: Incident) -> dict[str, object]:
    return {name: getattr(incident, name) for name in Incident.__dataclass_fields__}


def corpus_incidents() -> list[Incident]:
    """The seed article plus a later article (another date): a corpus map."""
    text = "Government forces clashed with rebels in Saraqib. Air strikes hit Maarat al-Numan, killing 7."
    maarat = Place("geonames:164816", "Ma`arrat an Nu`man", 35.64826, 36.67271, "SY", "Idlib", "P", "PPL")
    later = {"doc_id": "later-report", "day": date(2020, 2, 27)}
    return seed_incidents() + [
        _incident(text, "Saraqib", SARAQIB, "Battles", sub_event_type="Armed clash", **later),
        _incident(text, "Maarat al-Numan", maarat, "Explosions/Remote violence", fatalities=7, **later),
    ]


def many_incidents(n: int = 60) -> list[Incident]:
    """``n`` places on a grid around Idlib, types cycling: enough to cluster."""
    types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests"]
    out = []
    for k in range(n):
        place = Place(f"test:{k}", f"Village {k}", 35.5 + (k // 10) * 0.05, 36.4 + (k % 10) * 0.05, "SY", "Idlib")
        text = f"Something happened in Village {k}."
        out.append(_incident(text, f"Village {k}", place, types[k % len(types)], doc_id="grid", day=None))
    return out


@pytest.fixture
def seed() -> list[Incident]:
    return seed_incidents()


@pytest.fixture
def xss() -> list[Incident]:
    return xss_incidents()


@pytest.fixture
def corpus() -> list[Incident]:
    return corpus_incidents()


# -- gazetteer fixtures: isolated $INCIDENTMAP_HOME, the embedded index, a local HTTP server --------

GEONAMES_DATA = ROOT / "tests" / "data" / "geonames"


@pytest.fixture(scope="session", autouse=True)
def _isolated_incidentmap_home(tmp_path_factory: pytest.TempPathFactory):
    """Point ``$INCIDENTMAP_HOME`` at a session temp dir: no test touches the user's cache."""
    import os

    old = os.environ.get("INCIDENTMAP_HOME")
    os.environ["INCIDENTMAP_HOME"] = str(tmp_path_factory.mktemp("incidentmap-session-home"))
    yield
    if old is None:
        os.environ.pop("INCIDENTMAP_HOME", None)
    else:
        os.environ["INCIDENTMAP_HOME"] = old


@pytest.fixture(scope="session")
def embedded_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of the embedded index, built once per session (about 30 s). Treat it as read-only:
    tests that change an index use ``gazetteer_index`` (a copy).

    Set ``INCIDENTMAP_TEST_INDEX`` to an index you already built to skip the build while
    iterating locally.
    """
    import os

    from gazetteer.build import build_embedded

    ready = os.environ.get("INCIDENTMAP_TEST_INDEX")
    if ready and Path(ready).is_file():
        return Path(ready)
    path = tmp_path_factory.mktemp("embedded-index") / "gazetteer.sqlite"
    build_embedded(path)
    return path


@pytest.fixture(scope="session")
def embedded_gazetteer(embedded_index: Path):
    """A :class:`gazetteer.Gazetteer` open on the session's embedded index."""
    from gazetteer import Gazetteer

    gaz = Gazetteer(embedded_index, build=False)
    yield gaz
    gaz.close()


@pytest.fixture
def gazetteer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty ``$INCIDENTMAP_HOME`` for this test."""
    home = tmp_path / "incidentmap-home"
    home.mkdir()
    monkeypatch.setenv("INCIDENTMAP_HOME", str(home))
    return home


#: countries whose towns the small index keeps (all countries, divisions, continents, seas are kept)
SMALL_INDEX_COUNTRIES = ("SY", "IQ", "PS", "LB", "JO", "TR", "US")


@pytest.fixture(scope="session")
def small_index(embedded_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The embedded index cut down to the towns of :data:`SMALL_INDEX_COUNTRIES` (about a
    tenth of the size), so tests that change an index can copy it cheaply."""
    import sqlite3

    path = tmp_path_factory.mktemp("small-index") / "gazetteer.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("ATTACH DATABASE ? AS src", (str(embedded_index),))
    schema = conn.execute(
        "SELECT type, sql FROM src.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for kind, sql in schema:
        if kind == "table":
            conn.execute(sql)
    marks = ", ".join("?" * len(SMALL_INDEX_COUNTRIES))
    conn.execute(f"INSERT INTO places SELECT * FROM src.places WHERE feature_class != 'P' "
                 f"OR country_code IN ({marks})", SMALL_INDEX_COUNTRIES)
    conn.execute("INSERT INTO names SELECT n.* FROM src.names n JOIN places p ON p.id = n.place_id")
    for table in ("meta", "demonyms"):
        conn.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
    for kind, sql in schema:
        if kind == "index":
            conn.execute(sql)
    conn.commit()
    conn.execute("DETACH DATABASE src")
    conn.execute("ANALYZE")
    conn.close()
    return path


@pytest.fixture
def gazetteer_index(gazetteer_home: Path, small_index: Path) -> Path:
    """A writable copy of :func:`small_index` at ``$INCIDENTMAP_HOME/gazetteer.sqlite``."""
    import shutil

    path = gazetteer_home / "gazetteer.sqlite"
    shutil.copyfile(small_index, path)
    return path


class LocalHTTPServer:
    """A loopback HTTP server answering from ``routes``: ``{path: (status, content type, body)}``.

    ``requests`` records ``(path with query, headers)`` of every request.
    """

    def __init__(self) -> None:
        import http.server
        import threading

        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.requests.append((self.path, dict(self.headers)))
                status, ctype, body = server.routes.get(self.path.split("?")[0], (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.host = f"127.0.0.1:{self._httpd.server_address[1]}"
        self.url = f"http://{self.host}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def local_http_server():
    """A :class:`LocalHTTPServer` on 127.0.0.1 (tests never touch the internet)."""
    server = LocalHTTPServer()
    yield server
    server.close()

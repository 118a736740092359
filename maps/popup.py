"""Popup and tooltip HTML for one marker, with everything from the article escaped.

Text taken from an article (names as written, evidence, actors, titles, URLs)
goes through :func:`html.escape` piece by piece; the only markup is ours. The
mention is highlighted in the evidence with ``<mark>`` by escaping the text
before, inside and after each match separately. Links are made only for
``http``/``https`` URLs.

Examples
--------
>>> highlight("Shelling hit <Saraqib> today", "<Saraqib>")
'Shelling hit <mark>&lt;Saraqib&gt;</mark> today'
>>> safe_url("javascript:alert(1)") is None, safe_url("https://example.org/a?b=1&c=2")
(True, 'https://example.org/a?b=1&c=2')
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from gazetteer.model import Mention, Resolution
from geo.model import Incident
from maps.grouping import MarkerGroup
from maps.styles import NONE_TYPE, icon_svg, style_for

__all__ = ["esc", "highlight", "safe_url", "precision_text", "popup_html", "tooltip_html", "MAX_INCIDENTS"]

MAX_INCIDENTS = 12  #: incidents listed in one popup; the rest are counted
_PRECISION = {1: "town itself", 2: "near a town, approximate", 3: "region or province, approximate"}


def esc(value: object) -> str:
    """HTML-escape any value for text or a quoted attribute (``None`` -> ``""``).

    >>> esc('<img src=x onerror="a()">')
    '&lt;img src=x onerror=&quot;a()&quot;&gt;'
    """
    return "" if value is None else html.escape(str(value), quote=True)


def highlight(evidence: str, needle: str) -> str:
    """Escaped ``evidence`` with every occurrence of ``needle`` (any case) in ``<mark>``.

    >>> highlight("Raids on Kafr Nabl and kafr nabl", "Kafr Nabl")
    'Raids on <mark>Kafr Nabl</mark> and <mark>kafr nabl</mark>'
    """
    if not needle.strip():
        return esc(evidence)
    parts: list[str] = []
    last = 0
    for match in re.finditer(re.escape(needle), evidence, flags=re.IGNORECASE):
        parts.append(esc(evidence[last : match.start()]))
        parts.append(f"<mark>{esc(match.group(0))}</mark>")
        last = match.end()
    parts.append(esc(evidence[last:]))
    return "".join(parts)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute ``http(s)`` URL, else ``None`` (no ``javascript:``, ``data:``...)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(ch in url for ch in "\"'<> \t\r\n"):
        return None
    return url


def precision_text(mention: Mention) -> str:
    """``"2 (near a town, approximate)"``; says where an approximate point was put.

    >>> from gazetteer.model import Place
    >>> p = Place("geonames:1", "Saraqib", 35.86, 36.80)
    >>> precision_text(Mention(0, 6, "Neirab", p, 2, Resolution.APPROXIMATE, 0.4, anchor="Saraqib"))
    '2 (near a town, approximate; placed at Saraqib)'
    """
    words = _PRECISION.get(mention.geo_precision, "")
    if mention.resolution == Resolution.APPROXIMATE:
        if "approximate" not in words:
            words = f"{words}, approximate" if words else "approximate"
        anchor = mention.anchor or (mention.place.name if mention.place else None)
        if anchor:
            words += f"; placed at {anchor}"
    return f"{mention.geo_precision} ({words})" if words else str(mention.geo_precision)


def _row(label: str, value_html: str) -> str:
    return f"<tr><th>{label}</th><td>{value_html}</td></tr>" if value_html else ""


def _actors(incident: Incident) -> str:
    actors = [a for a in (incident.actor1, incident.actor2) if a]
    return " &middot; ".join(esc(a) for a in actors)


def _source(incident: Incident) -> str:
    bits = []
    if incident.source:
        bits.append(esc(incident.source))
    if incident.title:
        bits.append(f"<i>{esc(incident.title)}</i>")
    url = safe_url(incident.url)
    if url:
        bits.append(f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(urlsplit(url).netloc)}</a>')
    elif incident.url:
        bits.append(esc(incident.url))
    if not bits:
        bits.append(f"article {esc(incident.doc_id)}")
    return " &middot; ".join(bits)


def _incident_html(incident: Incident) -> str:
    mention = incident.mention
    type_line = esc(incident.incident_type if incident.incident_type != NONE_TYPE else "No incident (only mentioned)")
    if incident.sub_event_type:
        type_line += f" &ndash; {esc(incident.sub_event_type)}"
    written = f"&ldquo;{esc(mention.text)}&rdquo;"
    if len(incident.mentions) > 1:
        written += f" ({len(incident.mentions)} mentions)"
    rows = "".join(
        (
            _row("Written", written),
            _row("Actors", _actors(incident)),
            _row("Date", esc(incident.date.isoformat()) if incident.date else ""),
            _row("Fatalities", esc(incident.fatalities) if incident.fatalities is not None else ""),
            _row("Precision", esc(precision_text(mention))),
            _row("Source", _source(incident)),
        )
    )
    evidence = (
        f'<blockquote class="im-evidence">{highlight(incident.evidence, mention.text)}</blockquote>'
        if incident.evidence
        else ""
    )
    return f'<div class="im-incident"><div class="im-type">{type_line}</div>{evidence}<table>{rows}</table></div>'


def popup_html(group: MarkerGroup, *, max_incidents: int = MAX_INCIDENTS) -> str:
    """The popup of one marker: place header, then each incident (type, written form,
    actors, date, precision, highlighted evidence, source)."""
    place = group.place
    where = ", ".join(esc(x) for x in (place.admin1, place.country_code) if x)
    code = f" &middot; {esc(place.feature_code)}" if place.feature_code else ""
    head = (
        f'<div class="im-head">{icon_svg(group.incident_type, 20)}'
        f'<div><b class="im-name">{esc(group.label)}</b>'
        f'<div class="im-where">{where}{code}</div></div></div>'
    )
    shown: Sequence[Incident] = group.incidents[:max_incidents]
    body = "".join(_incident_html(i) for i in shown)
    more = len(group.incidents) - len(shown)
    tail = f'<div class="im-more">and {more} more (see the GeoJSON export)</div>' if more > 0 else ""
    return f'<div class="im-popup">{head}{body}{tail}</div>'


def tooltip_html(group: MarkerGroup) -> str:
    """Escaped place label plus the type and a count when more than one incident.

    >>> from gazetteer.model import Place
    >>> p = Place("geonames:1", "<b>Idlib</b>", 35.9, 36.6)
    >>> g = MarkerGroup("Battles", p, False, [Incident("a", Mention(0, 5, "Idlib", p, 1, Resolution.GAZETTEER, 1.0), ((0, 5),), "Battles")])
    >>> tooltip_html(g)
    '<b>&lt;b&gt;Idlib&lt;/b&gt;</b><br><span>Battles</span>'
    """
    count = len(group.incidents)
    label = style_for(group.incident_type).label
    extra = f" &times; {count}" if count > 1 else ""
    return f"<b>{esc(group.label)}</b><br><span>{esc(label)}{extra}</span>"

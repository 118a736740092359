"""The ``parse`` JSONL contract: one line per document, one entry per mention occurrence.

Fields are only ever added, never renamed: other tools read this.
"""

from __future__ import annotations

from typing import Any

from gazetteer.model import Mention, Resolution

from .model import Incident

#: the keys of every entry in ``places``, in order
PLACE_FIELDS = (
    "start", "end", "text", "name", "lat", "lon", "gazetteer_id", "country_code", "admin1",
    "feature_code", "geo_precision", "resolution", "score", "anchor", "alternatives",
    "incident_type", "sub_event_type", "actor1", "actor2", "fatalities", "date", "evidence",
    "confidence", "incidents",
)


def mention_record(m: Mention) -> dict[str, Any]:
    """The place part of a ``places`` entry.

    Approximate points carry the anchor's coordinates but no gazetteer id of their own.
    """
    place = m.place
    exact = m.resolution in (Resolution.GAZETTEER, Resolution.ONLINE) and place is not None
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "name": place.name if exact else m.text,
        "lat": round(place.lat, 6) if place else None,
        "lon": round(place.lon, 6) if place else None,
        "gazetteer_id": place.gazetteer_id if exact else None,
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "feature_code": place.feature_code if exact else None,
        "geo_precision": m.geo_precision or None,  # null when there is no point
        "resolution": m.resolution.value,
        "score": m.score,
        "anchor": m.anchor,
        "alternatives": [
            {"gazetteer_id": c.place.gazetteer_id, "name": c.place.name, "country_code": c.place.country_code,
             "score": c.score}
            for c in m.alternatives[:3]
        ],
    }


def incident_record(incident: Incident) -> dict[str, Any]:
    return {
        "incident_type": incident.incident_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": incident.actor1,
        "actor2": incident.actor2,
        "fatalities": incident.fatalities,
        "date": incident.date.isoformat() if incident.date else None,
        "evidence": incident.evidence,
        "confidence": None if incident.confidence is None else round(incident.confidence, 4),
    }


def places_records(mentions: list[Mention], incidents: list[Incident]) -> list[dict[str, Any]]:
    """One entry per mention occurrence; each carries every incident of its place.

    The top-level incident fields describe the place's most confident incident
    (a violent one before ``None``); ``incidents`` lists them all.
    """
    by_span: dict[tuple[int, int], list[Incident]] = {}
    for inc in incidents:
        for span in inc.mentions:
            by_span.setdefault(tuple(span), []).append(inc)
    out = []
    for m in mentions:
        rec = mention_record(m)
        incs = sorted(by_span.get((m.start, m.end), []),
                      key=lambda i: (i.incident_type == "None", -i.confidence))
        records = [incident_record(i) for i in incs]
        rec.update(records[0] if records else incident_record(Incident("", m, ((m.start, m.end),))))
        rec["incidents"] = records
        out.append(rec)
    return out

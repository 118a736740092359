"""Score the tagger on a labelled development set (JSON lines).

Each line is ``{"id", "text", "date"?, "places": [{"start", "end", "text",
"incident_type", "sub_event_type", "also"?}]}``; ``also`` lists other labels an
analyst would accept for that mention (e.g. a province that only locates a town
may be ``"None"`` or the town's event). The tagger runs on the gold spans, and
each mention's most confident reading is compared with the gold label.

Metrics: type accuracy, sub-event accuracy, macro-F1 over incident types (the six
ACLED types, ``Displacement`` and ``None``, those present), and the false-violent
rate: the share of mentions whose gold label is not violent that get a violent
type the gold does not accept.

Examples
--------
>>> doc = DevDocument("d", "Jets bombed Ariha.", None,
...                   (GoldPlace(12, 17, "Ariha", "Explosions/Remote violence", "Air/drone strike"),))
>>> s = score([doc])
>>> s.type_accuracy, s.false_violent_rate
(1.0, 0.0)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from gazetteer.exc import InputError, InputFileError
from gazetteer.model import Mention, Resolution
from geo.incidents.tagger import TaggedMention, tag_mentions
from geo.incidents.taxonomy import EVENT_TYPES, VIOLENT_EVENT_TYPES, validate_label
from geo.model import Document

__all__ = ["GoldPlace", "DevDocument", "Miss", "TypeScore", "Score", "load_devset", "resolve_gold", "score"]


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """One labelled mention; ``also`` holds other acceptable ``(type, sub-type)`` labels."""

    start: int
    end: int
    text: str
    incident_type: str
    sub_event_type: str | None
    also: tuple[tuple[str, str | None], ...] = ()

    @property
    def accepted(self) -> tuple[tuple[str, str | None], ...]:
        return ((self.incident_type, self.sub_event_type), *self.also)


@dataclass(frozen=True, slots=True)
class DevDocument:
    """One labelled text.

    ``resolved`` optionally holds, for each gold place, the mention a geoparser
    found at exactly that span (or ``None``): see :func:`resolve_gold`.
    """

    id: str
    text: str
    date: Date | None
    places: tuple[GoldPlace, ...]
    resolved: tuple[Mention | None, ...] = ()

    def document(self) -> Document:
        return Document(self.id, self.text, self.date)

    def mentions(self) -> list[Mention]:
        """The gold spans as mentions: unresolved (the tagger does not need
        coordinates), or with the geoparser's place where :func:`resolve_gold` found one."""
        out = []
        for i, p in enumerate(self.places):
            found = self.resolved[i] if i < len(self.resolved) else None
            if found is not None:
                out.append(found)
            else:
                out.append(Mention(p.start, p.end, p.text, None, 1, Resolution.UNRESOLVED, 1.0))
        return out


def resolve_gold(docs: Iterable[DevDocument], geoparse: Callable[[str], Sequence[Mention]]) -> list[DevDocument]:
    """Give each gold span the geoparser's mention at the same span, so that the
    tagger sees place kinds and countries as in ``incidentmap parse``.

    Examples
    --------
    >>> doc = DevDocument("d", "Jets hit Ariha.", None, (GoldPlace(9, 14, "Ariha", "None", None),))
    >>> m = Mention(9, 14, "Ariha", None, 1, Resolution.APPROXIMATE, 0.5)
    >>> resolve_gold([doc], lambda text: [m])[0].mentions()[0].resolution.value
    'approximate'
    """
    out = []
    for doc in docs:
        found = {(m.start, m.end): m for m in geoparse(doc.text)}
        resolved = tuple(found.get((p.start, p.end)) for p in doc.places)
        out.append(DevDocument(doc.id, doc.text, doc.date, doc.places, resolved))
    return out


@dataclass(frozen=True, slots=True)
class Miss:
    """A mention whose predicted type the gold does not accept."""

    doc_id: str
    text: str
    gold: tuple[tuple[str, str | None], ...]
    predicted: tuple[str, str | None]
    evidence: str


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Precision, recall and F1 of one incident type."""

    incident_type: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Score:
    """Quality of the tagger on a development set."""

    mentions: int
    type_accuracy: float
    sub_event_accuracy: float
    macro_f1: float
    per_type: tuple[TypeScore, ...]
    non_violent: int
    false_violent: int
    misses: tuple[Miss, ...]

    @property
    def false_violent_rate(self) -> float:
        return self.false_violent / self.non_violent if self.non_violent else 0.0


def _label(raw: dict, where: str) -> tuple[str, str | None]:
    try:
        label = (raw["incident_type"], raw.get("sub_event_type"))
        validate_label(*label)
    except KeyError as exc:
        raise InputError(f"{where}: missing {exc.args[0]!r}") from None
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    return label


def load_devset(path: str | Path) -> list[DevDocument]:
    """Read and check a development set; every span must match its text.

    Raises
    ------
    InputFileError
        If the file does not exist.
    InputError
        On a malformed line, an unknown label or a span that does not match.
    """
    path = Path(path)
    if not path.is_file():
        raise InputFileError(f"no development set at {path}")
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            raw = json.loads(line)
            text = raw["text"]
            when = Date.fromisoformat(raw["date"]) if raw.get("date") else None
            places = []
            for p in raw["places"]:
                label = _label(p, where)
                also = tuple(_label(x, where) for x in p.get("also", ()))
                if text[p["start"] : p["end"]] != p["text"]:
                    raise InputError(f"{where}: span {p['start']}:{p['end']} is not {p['text']!r}")
                places.append(GoldPlace(p["start"], p["end"], p["text"], *label, also))
            docs.append(DevDocument(raw["id"], text, when, tuple(places)))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, InputError):
                raise
            raise InputError(f"{where}: {exc}") from None
    return docs


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(
    docs: Iterable[DevDocument],
    tag: Callable[[Document, Sequence[Mention]], list[TaggedMention]] = tag_mentions,
) -> Score:
    """Run ``tag`` on each document's gold spans and score the primary readings."""
    pairs: list[tuple[GoldPlace, tuple[str, str | None], str, str]] = []
    for doc in docs:
        tagged = tag(doc.document(), doc.mentions())
        for gold, tm in zip(doc.places, tagged, strict=True):
            r = tm.primary
            s0, s1 = tm.sentence
            pairs.append((gold, (r.incident_type, r.sub_event_type), doc.id, doc.text[s0:s1]))
    n = len(pairs)
    type_ok = sub_ok = non_violent = false_violent = 0
    truth, predicted, misses = [], [], []
    for gold, pred, doc_id, evidence in pairs:
        accepted_types = {t for t, _ in gold.accepted}
        ok = pred[0] in accepted_types
        type_ok += ok
        sub_ok += pred in gold.accepted
        truth.append(pred[0] if ok else gold.incident_type)
        predicted.append(pred[0])
        if gold.incident_type not in VIOLENT_EVENT_TYPES:
            non_violent += 1
            false_violent += pred[0] in VIOLENT_EVENT_TYPES and not ok
        if not ok:
            misses.append(Miss(doc_id, gold.text, gold.accepted, pred, evidence))
    per_type = []
    for t in EVENT_TYPES:
        tp = sum(1 for g, p in zip(truth, predicted, strict=True) if g == p == t)
        n_true, n_pred = truth.count(t), predicted.count(t)
        if not n_true and not n_pred:
            continue
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_true if n_true else 0.0
        per_type.append(TypeScore(t, p, r, _f1(p, r), n_true))
    macro = sum(s.f1 for s in per_type) / len(per_type) if per_type else 0.0
    return Score(
        mentions=n,
        type_accuracy=type_ok / n if n else 0.0,
        sub_event_accuracy=sub_ok / n if n else 0.0,
        macro_f1=macro,
        per_type=tuple(per_type),
        non_violent=non_violent,
        false_violent=false_violent,
        misses=tuple(misses),
    )

"""The tagger's analysis of a document: the events of each place mention occurrence.

:func:`analyse` cuts the document into sentences (merged where a mention crosses a
boundary) and, for each sentence that holds a place mention and a trigger word,
reads its events (:func:`~geo.incidents.rules.evaluate`) in the segments that can
reach a mention, gives each mention the events of its own clause
(:mod:`~geo.incidents.attachment`) that its role can take
(:mod:`~geo.incidents.roles`, :mod:`~geo.incidents.selection`), and takes them from
a country or province that only contains the place of the event
(:mod:`~geo.incidents.containers`). A place still without an event may then take one
from a later sentence that refers back to it (:mod:`~geo.incidents.anaphora`) or
from the sentence next to it (:mod:`~geo.incidents.carryover`). Last (unless turned off), a
learned gate drops the violent readings of places it judges not to be the event's
site (:mod:`~geo.incidents.gate`).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from gazetteer.exc import InputError
from gazetteer.model import Mention, Resolution
from geo.incidents.anaphora import (
    ANAPHOR_NOUNS,
    Referral,
    awaited,
    find_anaphors,
    fronted_frame,
    resolve_anaphors,
)
from geo.incidents.attachment import attach, on_path, reachable, site_bound
from geo.incidents.carryover import EVENT_NOUNS, SCENE_WORDS, carry_over
from geo.incidents.clauses import SentenceContext
from geo.incidents.containers import drop_containers
from geo.incidents.dates import article_date
from geo.incidents.displacement import cause_of_flight, displaced_by_violence, without_old_flights
from geo.incidents.events import DocumentContext, Event
from geo.incidents.gate import demote, load_gate
from geo.incidents.headings import heading_colons, heading_namesakes, title_line, wide_subject
from geo.incidents.matcher import WordGroups, scan_document
from geo.incidents.readings import Occurrence, Reading, SentenceState
from geo.incidents.roles import MentionRoles, Role
from geo.incidents.rules import evaluate
from geo.incidents.selection import (
    EVENT_ROLES,
    fled_elsewhere,
    flight_destination,
    national_totals,
    none_confidence,
    passed_on_the_way,
    role_events,
    select,
    sky_of,
)
from geo.incidents.sentences import split_sentences
from geo.incidents.taxonomy import NONE, VIOLENT_EVENT_TYPES
from geo.incidents.typemodel import load_type_model, revise
from geo.model import Document

__all__ = ["analyse", "sentence_spans"]

# What the document scan finds besides the triggers: anaphors, scene words, event nouns.
WORD_GROUPS = WordGroups({"anaphor": ANAPHOR_NOUNS, "scene": SCENE_WORDS, "event": EVENT_NOUNS})


def sentence_spans(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Sentences of ``text``, merged where a mention crosses a boundary."""
    spans = split_sentences(text) or [(0, len(text))]
    for m in mentions:
        i = bisect.bisect_right(spans, (m.start, len(text) + 1)) - 1
        if i < 0:
            spans[0] = (m.start, spans[0][1])
            continue
        j = i
        while j + 1 < len(spans) and spans[j][1] < m.end:
            j += 1
        if j > i or spans[i][1] < m.end:
            spans[i : j + 1] = [(spans[i][0], max(spans[j][1], m.end))]
    return spans


def _named(event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the event's trigger word is part of a place's own name: "the Massacre
    river", "Battle Creek" tell no massacre and no battle."""
    t0, t1 = event.trigger
    return any(a <= t0 and t1 <= b for a, b in spans)


def analyse(document: Document, mentions: Sequence[Mention], *, gate: bool = True) -> list[Occurrence]:
    """The occurrences of ``mentions`` in ``document`` with their events, in the
    order of ``mentions``.

    With ``gate`` (the default), a violent best reading that the learned gate does not believe
    gives way to the occurrence's best non-violent one (:mod:`~geo.incidents.gate`), and then
    an event the learned type model does not believe is dropped, leaving the place only
    mentioned (:mod:`~geo.incidents.typemodel`). ``gate=False`` lets the rules alone decide.

    Raises
    ------
    InputError
        If a mention's offsets fall outside the document text.
    """
    text = document.text
    for m in mentions:
        if not (0 <= m.start < m.end <= len(text)):
            raise InputError(f"mention {m.text!r} at {m.start}:{m.end} is outside document {document.id!r}")
    given, mentions = mentions, [_as_site(m) for m in mentions]
    when = article_date(text, document.date)
    scanned = scan_document(text, WORD_GROUPS)
    doc = DocumentContext(when, flags=scanned)
    triggers = scanned.trigger_starts
    sentences = sentence_spans(text, mentions)
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[int]] = {}
    for i in sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end)):
        k = max(bisect.bisect_right(starts, mentions[i].start) - 1, 0)
        by_sentence.setdefault(k, []).append(i)

    def has_trigger(k: int) -> bool:
        s0, s1 = sentences[k]
        lo = bisect.bisect_left(triggers, s0)
        return lo < len(triggers) and triggers[lo] < s1

    anaphors = find_anaphors(text, scanned, mentions, sentences, by_sentence)

    out: list[Occurrence | None] = [None] * len(mentions)
    only_mentioned = Reading(NONE, None, None, 0.9, date=when)
    nones: dict[float, Reading] = {0.9: only_mentioned}
    contexts: dict[int, SentenceContext] = {}
    roles_of: dict[int, MentionRoles] = {}
    referred: list[Referral] = []
    for k in sorted(by_sentence.keys() | anaphors.keys()):
        idxs = by_sentence.get(k, [])
        s0, s1 = sentences[k]
        if not has_trigger(k):  # no trigger word: only mentioned
            for i in idxs:
                out[i] = Occurrence(mentions[i], (s0, s1), Role.PLACE, [], only_mentioned, None)
            continue
        extra = anaphors.get(k, [])
        if extra:  # only worth reading when an earlier place still waits for its event
            extra = [a for a in extra if awaited(a[2], k, by_sentence, out, mentions)]
            if not extra and not idxs:
                continue
        own = [mentions[i] for i in idxs]
        headings, wide = heading_colons(text, s0, s1, own) if idxs else (None, frozenset())
        ctx = contexts[k] = SentenceContext(text, s0, s1, scanned.norm(s0, s1), headings, wide)
        spans = [(mentions[i].start, mentions[i].end) for i in idxs]
        reach = reachable(ctx, spans) if spans else []
        unreal: list[tuple[int, int]] = []
        events = evaluate(ctx, doc, reach, unreal) if ctx.units and reach else []
        if events and spans:
            events = [e for e in events if not _named(e, spans)]
        title = title_line(text, s0, s1) if events else None
        if extra:  # anaphors: only those in a segment with a trigger word, read once
            kept = [
                (x, seg) for x, seg in ((x, ctx.segment_of(x[0])) for x in extra)
                if any(seg[0] <= u.start < seg[1] for u in ctx.units)
            ]
            extra = [x for x, _ in kept]
            missing = list(dict.fromkeys(seg for _, seg in kept if seg not in reach))
            if extra and missing:
                events = sorted(events + evaluate(ctx, doc, missing), key=lambda e: e.trigger[0])
        roles = roles_of[k] = MentionRoles(text, spans, ctx.segments, [mentions[i].place for i in idxs])
        onward: list[list[tuple[Event, float]]] = [[] for _ in spans]
        attached = attach(ctx, events, spans, unreal, onward) if events and spans else [[] for _ in spans]
        attached = without_old_flights(ctx, when, events, spans, unreal, attached)
        state = SentenceState(ctx, when)
        chosen_all: list[list[tuple[Event, float]]] = []
        role_all: list[Role] = []
        paths: list[tuple[int, int] | None] = []
        for j, i in enumerate(idxs):
            found = attached[j]
            role = sky_of(text, mentions[i].start, roles[j], found) if found or onward[j] else Role.PLACE
            role = flight_destination(text, mentions[i].start, role, found)
            if role is Role.PLACE and found and any(site_bound(e) for e, _ in found):
                found = on_path(text, ctx, spans, j, found, paths)
            place = mentions[i].place
            kind = place.kind if place is not None else None
            found = role_events(text, mentions[i].start, role, found, onward[j], kind)
            if found and title is not None and title[0] <= mentions[i].start < title[1] \
                    and wide_subject(text, mentions[i], kind):
                # "UKRAINE: Flash Update – Escalation of hostilities in X Oblast": the report's
                # area, no site (the sites are told below)
                found = [(e, f) for e, f in found if e.event_type not in VIOLENT_EVENT_TYPES]
            if found:
                found = national_totals(text, role, kind, found)
                found = passed_on_the_way(text, mentions[i].start, mentions[i].end, place, found)
                found = fled_elsewhere(text, mentions[i].start, found)
                found = displaced_by_violence(text, mentions[i].start, found)
                found = cause_of_flight(text, mentions[i].start, found)
            chosen = []
            if role in EVENT_ROLES and found:
                chosen = [(e, round(min(1.0, e.confidence * f), 3)) for e, f in select(found)]
            chosen_all.append(chosen)
            role_all.append(role)
        if len(idxs) >= 2 and sum(1 for c in chosen_all if c) >= 2:
            drop_containers(text, ctx, mentions, idxs, chosen_all)
        if headings and len(idxs) >= 2:
            heading_namesakes(ctx.headings, own, chosen_all, role_all)
        for j, i in enumerate(idxs):
            conf = none_confidence(role_all[j], bool(events), bool(ctx.units))
            none = nones.get(conf)
            if none is None:  # readings are frozen: one per confidence will do
                none = nones[conf] = Reading(NONE, None, None, conf, date=when)
            out[i] = Occurrence(
                mentions[i], (s0, s1), role_all[j], [(e, c, state) for e, c in chosen_all[j]], none, state
            )
        if extra and events:
            extra = [x for x in extra if any(ctx.segment_of(x[0]) == ctx.segment_of(e.trigger[0]) for e in events)]
        if extra and events:
            every = sorted(spans + [(a0, a1) for a0, a1, _ in extra])
            every_roles = MentionRoles(text, every, ctx.segments)
            reached = attach(ctx, events, every)
            for a0, a1, noun in extra:
                j = every.index((a0, a1))
                if reached[j] and every_roles[j] is Role.PLACE and not fronted_frame(
                        text, s0, (a0, a1), [x for x, r in zip(every, reached, strict=True) if r and x in spans]):
                    referred.append((k, a0, noun, select(reached[j]), state))

    occurrences = [o for o in out if o is not None]
    if referred:
        resolve_anaphors(text, referred, by_sentence, out, mentions, sentences, contexts, roles_of)
    if len(by_sentence) and len(sentences) > 1:
        carry_over(
            text, doc, scanned, when, sentences, by_sentence, anaphors, out, mentions, has_trigger, contexts, roles_of
        )
    kept: dict[int, set[str]] = {}  # the features the gate read, for the type model
    if gate:
        demote(text, occurrences, load_gate(), kept)
    back = {id(view): m for view, m in zip(mentions, given, strict=True)}
    for o in occurrences:
        view, o.mention = o.mention, back[id(o.mention)]
        if o.mention is not view:  # a site read apart from its anchor: the model reads the given kind
            kept.pop(id(o), None)
    if gate:
        revise(text, occurrences, load_type_model(), kept)
    return occurrences


def _as_site(mention: Mention) -> Mention:
    """The mention as the rules read it: a name the gazetteer lacks, placed at the region
    or town the text anchors it to ("Qaminas in Idlib countryside"), keeps the anchor's
    country and province but not its kind; it is a site of its own, not a province."""
    place = mention.place
    if mention.resolution is not Resolution.APPROXIMATE or place is None:
        return mention
    return dataclasses.replace(mention, place=dataclasses.replace(place, feature_class=None, feature_code=None))

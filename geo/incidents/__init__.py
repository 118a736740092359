"""Incident tagging: what happened at each place mention, in ACLED's taxonomy.

:func:`tag_incidents` takes a :class:`~geo.model.Document` and the place
:class:`~gazetteer.model.Mention` objects found in it, and returns one
:class:`~geo.model.Incident` per (place, incident type), each with its evidence
sentence, trigger span, actors, fatalities, date and confidence. Rules read the
events (trigger lexicons, clause rules, negation/modality cues); two small learned
checks, trained on the rules' first readings of blind labelled text, then drop the
events they do not believe (:mod:`~geo.incidents.gate`, :mod:`~geo.incidents.typemodel`).
Pure Python and offline.

Examples
--------
>>> from gazetteer.model import Mention, Resolution
>>> from geo.model import Document
>>> text = "Guterres told a news conference in New York that shelling hit Saraqib."
>>> ms = [Mention(35, 43, "New York", None, 1, Resolution.UNRESOLVED, 0.0),
...       Mention(63, 70, "Saraqib", None, 1, Resolution.UNRESOLVED, 0.0)]
>>> [(i.mention.text, i.sub_event_type) for i in tag_incidents(Document("d", text), ms)]
[('New York', None), ('Saraqib', 'Shelling/artillery/missile attack')]
>>> len(TAXONOMY), len(EVENT_TYPES)
(6, 8)
"""

from geo.incidents.readings import Reading, TaggedMention
from geo.incidents.tagger import place_key, tag_incidents, tag_mentions
from geo.incidents.taxonomy import (
    ACLED_EVENT_TYPES,
    DISPLACEMENT,
    EVENT_TYPES,
    NONE,
    SUB_EVENT_TYPES,
    TAXONOMY,
    VIOLENT_EVENT_TYPES,
    event_type_of,
    validate_label,
)

__all__ = [
    "tag_incidents",
    "tag_mentions",
    "place_key",
    "Reading",
    "TaggedMention",
    "TAXONOMY",
    "EVENT_TYPES",
    "ACLED_EVENT_TYPES",
    "SUB_EVENT_TYPES",
    "VIOLENT_EVENT_TYPES",
    "DISPLACEMENT",
    "NONE",
    "event_type_of",
    "validate_label",
]

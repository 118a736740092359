"""ACLED taxonomy as data: 6 event types, 25 sub-event types, plus Displacement and None."""

from __future__ import annotations

import pytest

from gazetteer.exc import IncidentMapError, InputError
from geo.incidents import (
    EVENT_TYPES,
    SUB_EVENT_TYPES,
    TAXONOMY,
    event_type_of,
    validate_label,
)
from geo.incidents.lexicon import TRIGGERS
from geo.model import VIOLENT_TYPES


def test_taxonomy_has_six_event_types_and_25_sub_event_types():
    assert len(TAXONOMY) == 6
    assert sum(len(subs) for subs in TAXONOMY.values()) == 25
    assert len(SUB_EVENT_TYPES) == 25


def test_event_types_are_acled_types_plus_displacement_and_none():
    assert EVENT_TYPES == (*TAXONOMY, "Displacement", "None")


def test_violent_types_are_acled_political_violence():
    assert VIOLENT_TYPES <= set(TAXONOMY)
    assert "Protests" not in VIOLENT_TYPES and "Strategic developments" not in VIOLENT_TYPES


@pytest.mark.parametrize(
    ("sub", "event"),
    [
        ("Air/drone strike", "Explosions/Remote violence"),
        ("Armed clash", "Battles"),
        ("Abduction/forced disappearance", "Violence against civilians"),
        ("Excessive force against protesters", "Protests"),
        ("Mob violence", "Riots"),
        ("Headquarters or base established", "Strategic developments"),
    ],
)
def test_sub_event_type_maps_to_its_event_type(sub, event):
    assert event_type_of(sub) == event


@pytest.mark.parametrize(
    ("event", "sub"),
    [("Battles", "Grenade"), ("Bombing", None), ("None", "Attack"), ("Displacement", "Armed clash")],
)
def test_inconsistent_label_is_rejected_as_input_error(event, sub):
    with pytest.raises(InputError):
        validate_label(event, sub)


def test_label_errors_are_value_errors_under_the_project_root():
    with pytest.raises(ValueError):
        event_type_of("Bombing")
    with pytest.raises(IncidentMapError):
        event_type_of("Bombing")


def test_every_lexicon_trigger_carries_a_valid_label():
    for readings in TRIGGERS.values():
        for trigger in readings:
            validate_label(trigger.event_type, trigger.sub_event_type)

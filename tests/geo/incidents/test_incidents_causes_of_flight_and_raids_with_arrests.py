"""False violent readings on gang, cartel and occupation news: violence told only as the
cause of a flight (a fronted "due to the clashes", "fleeing fighting" after where people
went), and stormings whose own arrests are told in a joined clause. Every sentence here is
new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, ATTACK, CLASH, DISPLACED, NONE, primary


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Soldiers and rebels fought near the river on Sunday. As a result of the combats, 60 households of the"
         " village of Chinú moved to the town of Sahagún.", "Chinú", DISPLACED),
    ],
)
def test_fronted_cause_of_a_flight_is_not_an_event_at_the_places_of_the_flight(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Since Sunday, about 300 villagers from the village of Ixtepec have crossed into the municipality of"
         " Tapanatepec, fleeing armed clashes between gangs.", "Tapanatepec", DISPLACED),
        # a river crossed on the way is no site of the clashes fled
        ("Since Monday, some 2,000 people have crossed the Sixaola River into Panama fleeing clashes between rival"
         " gangs.", "Sixaola", NONE),
    ],
)
def test_place_reached_or_crossed_by_people_fleeing_violence_is_no_site_of_it(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a fronted cause that opens no flight is still the news of its clause
        ("Because of the clashes, soldiers recaptured the hamlet of Puerto Nuevo.", "Puerto Nuevo", CLASH),
        ("As a result of the fighting, the army took the village of Belén.", "Belén", CLASH),
    ],
)
def test_fronted_cause_without_a_flight_keeps_its_violence(text, name, expected):
    assert primary(text, name)[name][0] == expected[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli troops stormed the village of Kafr Qaddum before dawn, and they arrested six men after searching"
         " their houses.", "Kafr Qaddum"),
        ("Soldiers stormed the Askar camp east of Nablus, and they detained three young men after searching their"
         " homes.", "Askar"),
    ],
)
def test_storming_whose_arrests_are_told_in_a_joined_clause_is_an_arrest(text, name):
    assert primary(text, name)[name] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a death told in the sentence: a violent raid
        ("Troops stormed the camp of Faraa, and they arrested two men after killing a teenager.", "Faraa", ATTACK),
        # a later sentence's arrests are not the storming's
        ("Settlers stormed the village of Burin. Police later arrested a resident.", "Burin", ATTACK),
    ],
)
def test_storming_with_deaths_or_arrests_told_apart_stays_violent(text, name, expected):
    assert primary(text, name)[name][0] != ARRESTS[0]
    assert primary(text, name)[name][0] != NONE[0]

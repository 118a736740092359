"""Behaviour pins for the study of holdouts 43-47: arrested people moved on to where they are
held, a truce's old date or venue in a fronted "despite" phrase, "the populations of X" as the
ones who flee, and fighting that spreads "on Friday to" a place."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import ARRESTS, CLASH, DISPLACED, NONE, SHELLING, primary

WHEN = date(2025, 3, 20)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The detained smugglers were later transferred to a prison in Kupiansk.", "Kupiansk", NONE),
        ("The two arrested suspects have been shifted to the central jail at Mardan for questioning.", "Mardan", NONE),
        ("All apprehended men were taken to a court in Tumaco on Friday.", "Tumaco", NONE),
        # the arrest itself keeps its place
        ("Police detained five smugglers in Kupiansk on Tuesday.", "Kupiansk", ARRESTS),
        ("Police arrested six men in Mardan and transferred them to a jail.", "Mardan", ARRESTS),
    ],
)
def test_arrested_people_moved_on_are_held_not_arrested_there(text, name, expected):
    assert primary(text, name, when=WHEN)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the old month dates the truce, not the fighting of the main clause
        ("Despite the truce signed in Doha in January, fighting between the army and militants "
         "broke out near Kadugli on Tuesday.", "Kadugli", CLASH),
        ("In spite of a ceasefire agreed in December, rebels shelled Dilling on Wednesday.", "Dilling", SHELLING),
        # the truce's venue takes none of the main clause's fighting
        ("Despite the truce signed in Doha in January, fighting between the army and militants "
         "broke out near Kadugli on Tuesday.", "Doha", NONE),
        # a place the concessive phrase itself tells an event of keeps it
        ("Despite heavy shelling of Dilling on Monday, most families stayed in their homes.", "Dilling", SHELLING),
        # a month in the main clause still dates it
        ("In December, fighting between the army and militants broke out near Kadugli.", "Kadugli", NONE),
    ],
)
def test_fronted_despite_phrase_neither_dates_nor_locates_the_main_clause(text, name, expected):
    assert primary(text, name, when=WHEN)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fearing new raids by gunmen, the populations of Gadamayi have begun to leave for Bosso and Diffa.", "Bosso"),
        ("Fearing new raids by gunmen, the populations of Gadamayi have begun to leave for Bosso and Diffa.", "Diffa"),
    ],
)
def test_populations_are_people_who_flee(text, name):
    assert primary(text, name, when=WHEN)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Clashes between soldiers and militiamen spread on Sunday to Mongo and Abeche.", "Mongo"),
        ("Fighting between the army and the rebels spread overnight to Mongo.", "Mongo"),
        ("Fighting between the army and the rebels spread early on Monday to Mongo.", "Mongo"),
    ],
)
def test_fighting_that_spreads_on_a_day_to_a_place_reaches_it(text, name):
    assert primary(text, name, when=WHEN)[name] == CLASH

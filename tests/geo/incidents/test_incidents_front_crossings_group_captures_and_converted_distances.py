"""Battles told by front-line moves, by a taking verb with a day put first or a group as
its subject, by clashes whose clause ranks a consequence against recent decades, and by a
fronted place glossed with a converted distance. Every sentence here is new (none is from
a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import CLASH, NONE, NSO, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian forces crossed the Donets river near Bilohorivka on Tuesday, the general staff said.",
         "Bilohorivka"),
        ("Ukrainian troops have crossed into the Kursk region near Tetkino and Gordeevka, the governor said.",
         "Gordeevka"),
        ("Government troops pushed the rebels back across the Nile north of Rank on Friday.", "Rank"),
        ("Russian units pressed along the Siverskyi Donets south of Siversk overnight.", "Siversk"),
    ],
)
def test_force_crossing_or_pressing_along_a_line_fights_at_the_site_after_the_locator(text, name):
    assert primary(text, name)[name] == CLASH


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the river crossed is the line, not the site
        ("Russian forces crossed the Donets river near Bilohorivka on Tuesday.", "Donets"),
        # where the force came from, not where it crossed
        ("The tribal fighters crossed the Euphrates from government-held areas near Mayadin before dawn.",
         "Mayadin"),
    ],
)
def test_crossed_line_people_crossing_and_origin_take_no_battle(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Before entering Baraka, the rebels had taken on Sunday the localities of Fizi and Mboko.", "Mboko"),
        ("Rebel fighters overran Wajid on Monday. The group had earlier taken Tiyeglow in the same region.",
         "Tiyeglow"),
    ],
)
def test_place_taken_after_a_day_or_by_a_group_told_before_is_overtaken(text, name):
    assert primary(text, name)[name] == NSO


def test_people_crossing_a_river_are_no_force_at_the_site():
    text = "About 300 families crossed the Mbomou river near Bangassou to escape the fighting."
    assert primary(text, "Bangassou")["Bangassou"][0] != CLASH[0]


def test_taken_with_no_place_after_the_day_is_no_capture():
    text = "Rebels attacked the convoy. The wounded were taken on Monday to Mboko, the group said."
    assert primary(text, "Mboko")["Mboko"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Since 3 March, armed clashes between two militias in Kalehe and Minova have caused the biggest "
         "exodus seen in the province in recent years.", "Kalehe"),
    ],
)
def test_record_span_that_ranks_a_consequence_does_not_make_the_clash_a_running_total(text, name):
    assert primary(text, name)[name] == CLASH


def test_record_span_of_the_event_itself_stays_a_running_total():
    text = "Armed clashes between the two militias in Kalehe have grown in recent years."
    assert primary(text, "Kalehe")["Kalehe"] == NONE


def test_fronted_place_glossed_with_a_converted_distance_keeps_its_clash():
    text = "In Culiacancito, about 12 km (7 miles) north of the city, soldiers clashed with gunmen on Sunday."
    assert primary(text, "Culiacancito")["Culiacancito"] == CLASH

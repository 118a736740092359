"""False violence found on blind holdouts 48-52: the ends of a road or a stretch when the
event is told near another place, towns called besieged, where the displaced went, what
sheltered people fled, where fire came from, forecasts, blasts only heard, peaceful
marches after clashes, riots an old comparison recalls, windows broken with no crowd,
and a crossing told by the two sides it joins. Every sentence here is new (none is from
a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import CLASH, IED, LOOTING, NONE, PEACEFUL, RIOT, primary, violent, labels

ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "site", "ends"),
    [
        ("Soldiers fought insurgents near Karamo, on the road between Tobelu and Mavesi, on Friday.",
         "Karamo", ("Tobelu", "Mavesi")),
        ("Militiamen clashed with police around Dendora, on the highway between Obiri and Lassa.",
         "Dendora", ("Obiri", "Lassa")),
    ],
)
def test_road_ends_are_no_site_when_the_event_is_told_near_a_place_before_them(text, site, ends):
    found = primary(text, site, *ends)
    assert found[site] == CLASH
    assert all(found[e] == NONE for e in ends)


@pytest.mark.parametrize(
    ("text", "site", "ends"),
    [
        ("A landmine struck a truck between Tobelu and Mavesi near Karamo, killing two.",
         "Karamo", ("Tobelu", "Mavesi")),
        ("A roadside bomb hit a bus between Obiri and Lassa near Dendora; four died.",
         "Dendora", ("Obiri", "Lassa")),
    ],
)
def test_a_stretch_between_two_places_near_a_third_happened_at_the_third(text, site, ends):
    found = primary(text, site, *ends)
    assert found[site] == IED
    assert all(found[e] == NONE for e in ends)


@pytest.mark.parametrize(
    "text",
    [
        "The besieged town of Karamo can only be reached by helicopter.",
        "Aid convoys have not reached the besieged city of Karamo for weeks.",
    ],
)
def test_a_town_called_besieged_is_a_standing_state_not_a_battle(text):
    assert not violent({primary(text, "Karamo")["Karamo"]})


@pytest.mark.parametrize(
    "text",
    [
        "The war has forced 200,000 people from their homes, many to Karamo and Tobelu.",
        "The unrest drove thousands out of the valley, most to Karamo and Tobelu, officials said.",
    ],
)
def test_where_the_displaced_went_takes_no_fighting(text):
    found = primary(text, "Karamo", "Tobelu")
    assert not violent({found["Karamo"]}) and not violent({found["Tobelu"]})


@pytest.mark.parametrize(
    "text",
    [
        "The settlement is home to about 40,000 people, most of them farmers who fled raids by gunmen on Karamo and Tobelu.",
        "The school now shelters some 900 families who fled attacks on villages near Karamo and Tobelu.",
    ],
)
def test_what_sheltered_people_fled_is_no_news_of_its_place(text):
    found = primary(text, "Karamo", "Tobelu")
    assert found["Karamo"] == NONE and found["Tobelu"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "The enemy fired artillery from the side of the temporarily occupied Karamo and Tobelu.",
        "Russian forces shelled the bank from the direction of occupied Karamo.",
    ],
)
def test_the_side_fire_came_from_is_no_target(text):
    assert not violent({primary(text, "Karamo")["Karamo"]})


@pytest.mark.parametrize(
    "text",
    [
        "More air strikes on militant targets in Karamo and Tobelu are likely in the coming days.",
        "New attacks against army positions in Karamo and Tobelu are expected.",
    ],
)
def test_a_forecast_with_its_target_and_place_is_no_event(text):
    found = primary(text, "Karamo", "Tobelu")
    assert found["Karamo"] == NONE and found["Tobelu"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Across the river, residents of the village of Karamo heard explosions overnight.",
        "People in Karamo reported hearing blasts shortly after midnight.",
    ],
)
def test_blasts_only_heard_do_not_locate_them_where_they_were_heard(text):
    assert primary(text, "Karamo")["Karamo"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "After the clashes in Tobelu last Friday, students held peaceful marches in Karamo.",
        "Following clashes in Tobelu on 2 March, hundreds marched peacefully in Karamo.",
    ],
)
def test_a_peaceful_march_after_clashes_elsewhere_is_no_riot(text):
    assert primary(text, "Karamo")["Karamo"] == PEACEFUL


def test_a_riot_in_an_old_comparison_is_no_event():
    text = "The unrest has been likened by commentators, and compared to the 2011 protests, which led to riots in Karamo."
    assert primary(text, "Karamo")["Karamo"] == NONE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Karamo, vandals broke windows at the mayor's office overnight.", LOOTING),
        ("In Karamo, demonstrators broke windows at the mayor's office.", RIOT),
    ],
)
def test_windows_broken_with_no_crowd_are_vandalism(text, expected):
    assert primary(text, "Karamo")["Karamo"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot dead two guards at the Karamo Bridge crossing between the occupied Tobelu and Mavesi.",
        "Soldiers opened fire on travellers at a checkpoint between Tobelu and Mavesi.",
    ],
)
def test_the_sides_a_crossing_joins_are_not_its_site(text):
    found = primary(text, "Tobelu", "Mavesi")
    assert found["Tobelu"] == NONE and found["Mavesi"] == NONE


def test_the_far_end_of_a_linking_road_told_as_the_capital_is_no_site():
    text = "Abductions have surged on the road linking Tobelu and the capital Mavesi."
    assert not violent(labels(text, "Tobelu", "Mavesi").get("Mavesi", set()))

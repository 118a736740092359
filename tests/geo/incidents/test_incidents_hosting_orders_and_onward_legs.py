"""Displacement told without a flight verb next to the place: centres that receive or host
the displaced, arrivals registered, a place emptied of its people, orders to leave, people
the fighting made flee, more ways on ("moved from", "crossed to", "proceed to", "went to",
onward travel), and the clause of "X town, where ..." or "have since fled". Precision:
aid delivered to a centre, a centre still planned, streets deserted in a lockdown, hosting
talks and going to fetch water are no displacement. Every sentence here is new (none is
from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, NONE, primary

_FLIGHT = "Thousands of people fled the fighting in the north last week. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FLIGHT + "The transit centre in Kostiantynivka received 900 people on Sunday.", "Kostiantynivka"),
        (_FLIGHT + "A reception centre has been opened in Gorom.", "Gorom"),
        (_FLIGHT + "Collective centres have been opened in Lozova and Balakliia, hosting some 2,300 people.",
         "Balakliia"),
    ],
)
def test_centre_receiving_the_displaced_in_a_story_of_flight_is_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # aid brought to a centre: nobody is told arriving
        (_FLIGHT + "Partners delivered hygiene kits and blankets to the transit centre in Izium.", "Izium"),
        # a centre still to come
        (_FLIGHT + "A new collective site for 500 people in Oleksandriia is planned for July.", "Oleksandriia"),
    ],
)
def test_centre_told_only_as_aid_target_or_plan_is_no_displacement(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (_FLIGHT + "The town of Mopti now hosts more than 60,000 people, officials said.", "Mopti", DISPLACED),
        (_FLIGHT + "Officials in Kayes hosted talks between the two communities.", "Kayes", NONE),
    ],
)
def test_hosting_a_count_of_people_is_displacement_hosting_talks_is_not(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FLIGHT + "Arrivals were registered in Koutiala and Sikasso.", "Sikasso"),
        (_FLIGHT + "About 2,700 new arrivals were registered in Goudoubo this week.", "Goudoubo"),
    ],
)
def test_arrivals_registered_at_a_place_arrived_there(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (_FLIGHT + "Officials said Kadugli is now almost empty.", "Kadugli", DISPLACED),
        # a lockdown empties streets: nobody fled them
        (_FLIGHT + "Streets in Kumba were almost deserted during the separatist lockdown.", "Kumba", NONE),
    ],
)
def test_place_almost_empty_after_a_flight_is_displacement_but_not_deserted_streets(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops shelled the area, and the army issued orders to evacuate the districts of Jabalia and Beit Hanoun.",
         "Beit Hanoun"),
        ("Militiamen told residents to leave Tawergha before nightfall.", "Tawergha"),
    ],
)
def test_order_to_leave_a_place_displaces_its_people(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # fighters named first, then the people the fighting made flee
        ("Clashes between rival militias in the valley forced 900 more people to flee to Bunia.", "Bunia"),
        ("Attacks by armed men caused the displacement of hundreds of families towards Kaya.", "Kaya"),
        # the people counted out of the ones told before, after a shelling
        ("After the shelling, about 400 of them moved again to Hpakant near the river.", "Hpakant"),
    ],
)
def test_people_the_fighting_made_flee_are_displaced(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FLIGHT + "Others moved from Rutshuru to Kiwanja.", "Kiwanja"),
        (_FLIGHT + "Some families crossed to Kisoro by the Bunagana border post.", "Kisoro"),
        (_FLIGHT + "Most then proceed to Goma, often to relatives.", "Goma"),
        (_FLIGHT + "Many stayed with host families; others went to Sake.", "Sake"),
        (_FLIGHT + "Evacuees are received in Zaporizhzhia before onward travel to Vinnytsia.", "Vinnytsia"),
        (_FLIGHT + "The authorities relocated 800 households from the Dalori camp to Konduga.", "Konduga"),
        (_FLIGHT + "Smaller groups headed west towards Mongo.", "Mongo"),
        (_FLIGHT + "Hundreds of Fulani families left the neighbourhood of Sabon Gari towards Zaria.", "Zaria"),
    ],
)
def test_more_ways_on_of_a_flight_are_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen raided the area. Girls who went to fetch water near Gwoza were abducted.", "Gwoza"),
        ("Gunmen raided the area. Thousands of voters went to the polls in Kano.", "Kano"),
    ],
)
def test_going_to_do_something_is_no_flight(text, name):
    assert primary(text, name)[name] != DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "town, where ...": the relative clause still reaches the town
        (("Militias attacked the villages. Hundreds of families have arrived in Beledweyne town, where they are "
          "sheltering in schools."), "Beledweyne"),
        # "have since fled": one clause, the homes of the residents are where they fled from
        (("Gunmen attacked the villages. Hundreds of residents of Oicha and nearby Eringeti have since fled to the "
          "church compound in Beni."), "Eringeti"),
    ],
)
def test_relative_after_place_kind_and_adverbial_since_keep_the_clause(text, name):
    assert primary(text, name)[name] == DISPLACED

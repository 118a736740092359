"""Lists, appositions and attachment read on holdouts 38-47: a further object of the same
strike keeps the place of its locative ("..., and a helicopter at X"), a weapon glued to a
carrying participle ("an explosive-packed car") is still the weapon, "found dumped near X"
places the bodies, a country set off by commas after a fronted place ("In A, Rwanda,
shells ...") does not hide the fronted place, the second home of "residents of A and B" is
no state acting, and a place-less preamble ("Following the abuses of the gunmen, ...") is no
clause of time that keeps the subject's places from its verb. Every sentence here is new
(none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import AIR, ATTACK, DISPLACED, IED, SHELLING, primary


@pytest.mark.parametrize(
    "text",
    [
        "Navy drones hit two patrol boats at the port of Sevastopol and a fuel depot near Feodosia, "
        "and a landing craft at Kerch.",
        "The drones had struck a radar at an airbase near Sevastopol and an ammunition store near Feodosia, "
        "and a command post at Kerch, the military said.",
    ],
)
def test_a_further_object_of_the_same_strike_keeps_its_locative(text):
    got = primary(text, "Feodosia", "Kerch")
    assert got["Feodosia"] == AIR and got["Kerch"] == AIR


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a patrol in Tumaco, and an explosive-laden car was detonated outside a hotel in Cali, "
        "across the border in Valle del Cauca, wounding four people.",
        "Rebels attacked a checkpoint in Tumaco, and a bomb-laden motorcycle was detonated outside a bank in Cali, "
        "wounding two guards.",
    ],
)
def test_a_weapon_glued_to_a_carrying_participle_is_still_the_weapon(text):
    assert primary(text, "Cali")["Cali"] == IED


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, the bodies of three men were found dumped along a dirt road near Culiacan.",
        "Police said the bodies of four women were found dumped in a ravine outside Culiacan.",
    ],
)
def test_bodies_found_dumped_near_a_place_are_placed_there(text):
    assert primary(text, "Culiacan")["Culiacan"] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Across the border in Goma, Congo, shells fired from Rwanda wounded seven people, local officials said.",
        "In Goma, Congo, shells fired from across the border killed three children, officials said.",
    ],
)
def test_a_country_set_off_by_commas_does_not_hide_the_fronted_place(text):
    assert primary(text, "Goma")["Goma"] == SHELLING


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Bakhmut and Soledar fled on Sunday.",
        "Hundreds of residents of Bakhmut and Soledar fled as the front moved closer.",
    ],
)
def test_the_second_home_of_residents_is_no_state_acting(text):
    got = primary(text, "Bakhmut", "Soledar")
    assert got["Bakhmut"] == DISPLACED and got["Soledar"] == DISPLACED


@pytest.mark.parametrize(
    "text",
    [
        "Following the repeated abuses of the gunmen, the inhabitants of the villages of Ayorou, Firgoun and "
        "Inates, in the commune of Ayorou, department of Tillaberi, have abandoned their homes to take refuge "
        "in Tillaberi town and in Niamey.",
    ],
)
def test_a_placeless_preamble_does_not_keep_the_subject_from_its_verb(text):
    got = primary(text, "Firgoun", "Inates")
    assert got["Firgoun"] == DISPLACED and got["Inates"] == DISPLACED

"""Strategic developments, precision and recall: where drones were launched from, deals
referred to by their signing, states suspects worked for, convoys stopped on the road,
withdrawals agreed, prisoner swaps told by where they took place, new mayors installed
and former members of a group who surrender. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, CHANGE, HANDOVER, LOOTING, NONE, primary

AGREEMENT = ("Strategic developments", "Agreement")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The air force said it shot down 38 drones launched overnight from Russia's Belgorod region.",
         ("Russia", "Belgorod")),
        ("Air defences destroyed 25 drones launched from the Oryol and Kursk regions of Russia.",
         ("Oryol", "Kursk", "Russia")),
    ],
)
def test_launch_site_named_with_its_country_is_only_an_origin(text, names):
    found = primary(text, *names)
    assert all(found[name] == NONE for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militias clashed near Tabqa on Sunday, despite the truce agreement signed in Amman last year.", "Amman"),
        ("Under a peace deal signed in Kampala in 2019, the rebels were to leave the forest.", "Kampala"),
    ],
)
def test_agreement_named_by_its_signing_participle_is_referred_to_not_signed(text, name):
    assert primary(text, name)[name] == NONE


def test_agreement_signed_as_the_news_is_still_an_agreement():
    text = "The government and the rebels signed a ceasefire agreement in Addis Ababa on Tuesday."
    assert primary(text, "Addis Ababa")["Addis Ababa"] == AGREEMENT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said they had detained nine people in Mashhad suspected of spying for Israel.", "Israel"),
        ("Security forces arrested a man in Herat accused of collaborating with Pakistan.", "Pakistan"),
    ],
)
def test_state_a_suspect_is_said_to_serve_takes_no_arrest(text, name):
    assert primary(text, name)[name] == NONE


def test_arrest_place_next_to_a_served_state_keeps_the_arrest():
    text = "Police said they had detained nine people in Mashhad suspected of spying for Israel."
    assert primary(text, "Mashhad")["Mashhad"] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a convoy stopped by armed men is robbed, not a weapon disrupted
        ("Gunmen intercepted a convoy of aid trucks near Kutum on Friday and drove off with the cargo.", "Kutum",
         LOOTING),
        # boats or migrants stopped carry no weapon
        ("The coast guard intercepted a boat carrying 60 migrants off Zuwara on Sunday.", "Zuwara", NONE),
    ],
)
def test_interception_of_vehicles_or_people_is_no_disrupted_weapon(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The two militias agreed on Sunday to withdraw their fighters from the market town of Garbaharey.",
         "Garbaharey"),
        ("Both sides agreed to pull out their troops from Dhusamareb, mediators said.", "Dhusamareb"),
    ],
)
def test_withdrawal_agreed_from_a_town_is_an_agreement_there(text, name):
    assert primary(text, name)[name] == AGREEMENT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a withdrawal set out by a deal elsewhere is no agreement at the place left
        ("The two sides signed an accord in Geneva that sets out the withdrawal of foreign troops from Bangui.",
         "Bangui"),
        # a withdrawal ordered is no agreement
        ("The army was ordered to withdraw its troops from Kupiansk.", "Kupiansk"),
    ],
)
def test_withdrawal_not_agreed_there_is_no_agreement(text, name):
    assert primary(text, name)[name] != AGREEMENT


def test_prisoner_swap_told_by_where_it_took_place_is_an_agreement_there():
    text = "Kyiv and Moscow traded 95 soldiers each. The swap took place in the Sumy region, officials said."
    assert primary(text, "Sumy")["Sumy"] == AGREEMENT


def test_mediator_of_a_swap_is_no_place_of_it():
    text = "The exchange took place in the Sumy region, with the mediation of Qatar."
    assert primary(text, "Qatar")["Qatar"] == NONE


def test_release_of_detainees_facilitated_is_an_agreement():
    text = "In Aden, the Red Cross facilitated the release of 40 detainees held by the rebels on Monday."
    assert primary(text, "Aden")["Aden"] == AGREEMENT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Friday the rebels installed new mayors in Shiraro and Rama.", "Shiraro"),
        ("The militia installed its own administration in Kalehe last week.", "Kalehe"),
    ],
)
def test_new_local_rulers_installed_is_a_transfer_of_territory(text, name):
    assert primary(text, name)[name] == HANDOVER


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Fourteen former Ansaru members surrendered to troops in Birnin Gwari on Tuesday.", "Birnin Gwari", CHANGE),
        # no armed group: a suspect giving himself up is no change to a group
        ("The mayor surrendered to police in Tshikapa on Monday.", "Tshikapa", NONE),
    ],
)
def test_former_members_of_a_named_group_surrendering_change_the_group(text, name, expected):
    assert primary(text, name)[name] == expected

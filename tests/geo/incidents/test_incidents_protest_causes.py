"""Protest, riot and displacement wording found on the blind holdouts 19-35: gatherings
told by their cause, rallies that passed without incident, crowds at an embassy, the
next place of a list of protest sites, crowds that target or clash, and people named
by their flight (evacuees, arrivals, host families). Every sentence here is new."""

from __future__ import annotations

import pytest

from .incident_helpers import DISPLACED, INTERVENTION, NONE, PEACEFUL, RIOT, primary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pensioners gathered in front of the labour ministry in Tabriz to demand the payment of arrears.", "Tabriz"),
        ("In Sanaa, tens of thousands of supporters of the tribal alliance rallied in the old city, "
         "carrying banners and calling for the release of detainees.", "Sanaa"),
        ("In Zabol, worshippers chanted slogans against the death sentences after Friday prayers.", "Zabol"),
    ],
)
def test_a_gathering_told_with_its_cause_is_a_protest(text, name):
    assert primary(text, name)[name] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Worshippers gathered in Qom for Friday prayers.", "Qom"),
        ("Fans gathered in Rosario to watch the final.", "Rosario"),
    ],
)
def test_a_gathering_for_prayer_or_a_match_stays_none(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police held two activists in Poti, while a rally in Zugdidi passed without incident.", "Zugdidi"),
        ("Thousands rallied in Bitola, demanding early elections.", "Bitola"),
        ("A few hundred students took part in a candlelight rally in Silchar on Friday.", "Silchar"),
    ],
)
def test_a_rally_that_passed_peacefully_or_demanded_elections_is_a_protest(text, name):
    assert primary(text, name)[name] == PEACEFUL


def test_a_campaign_rally_stays_none():
    text = "The ruling party held its final campaign rally in Kumasi before the election."
    assert primary(text, "Kumasi")["Kumasi"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Small protests took place in Gyumri against the border deal, which the two sides signed in May.", "Gyumri"),
        ("The cabinet banned the Freedom League after students protested outside the palace in Mandalay.", "Mandalay"),
    ],
)
def test_one_sports_word_does_not_make_a_protest_a_sports_report(text, name):
    assert primary(text, name)[name] == PEACEFUL


def test_protesters_outside_an_embassy_protest_in_the_city_of_the_embassy():
    text = "Demonstrators gathered outside the Turkish embassy in Tunis on Friday."
    assert primary(text, "Tunis")["Tunis"] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents angry over water cuts blocked roads and burned tyres in Hilla and Kut.", "Kut"),
        ("Crowds marched in the capital in support of the junta, as did supporters in Tahoua and Zinder.", "Zinder"),
        ("Police fired tear gas on protests over fuel prices in Kaduna and in neighbouring Zaria.", "Zaria"),
    ],
)
def test_the_next_place_of_a_list_of_protest_sites_shares_the_protest(text, name):
    assert primary(text, name)[name][0] in ("Protests", "Riots")


def test_a_topic_place_after_against_still_takes_no_protest():
    text = "Hundreds rallied in Oslo against the war in Sudan."
    assert primary(text, "Sudan")["Sudan"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Students formed a human chain in front of the court in Rajshahi.", "Rajshahi"),
        ("Civil society called a ville morte day in Butembo, and shops stayed shut.", "Butembo"),
        ("Students and teachers blocked traffic in Kragujevac for twenty minutes.", "Kragujevac"),
    ],
)
def test_human_chains_dead_city_days_and_blocked_traffic_are_protests(text, name):
    assert primary(text, name)[name] == PEACEFUL


def test_police_clearing_crowds_is_a_protest_with_intervention():
    text = "In Minsk, police cleared crowds at the memorial on Sunday."
    assert primary(text, "Minsk")["Minsk"] == INTERVENTION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A crowd targeted a shelter for migrants in Bautzen on Saturday.", "Bautzen"),
        ("Crowds attacked the offices of the ruling party in Bukavu, setting fires.", "Bukavu"),
        ("Hundreds of students clashed with security forces near the assembly in Shillong.", "Shillong"),
    ],
)
def test_crowds_that_target_attack_or_clash_riot(text, name):
    assert primary(text, name)[name] == RIOT


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The reception centre in Zhytomyr received 900 evacuees this week.", "Zhytomyr"),
        ("Returnees were sleeping in tents near the bus station in Kandahar, officials said.", "Kandahar"),
        ("Others are staying with host families in Carrefour, the agency said.", "Carrefour"),
    ],
)
def test_people_named_by_their_flight_or_sheltered_by_hosts_are_displacement(text, name):
    assert primary(text, name)[name] == DISPLACED


def test_arrivals_after_a_flight_are_displacement_where_they_arrived():
    text = ("Thousands of families fled the attacks on their villages last week. "
            "Arrivals in Adre described walking for three days.")
    assert primary(text, "Adre")["Adre"] == DISPLACED


def test_aid_handed_to_returnees_is_no_displacement():
    text = "The Red Crescent distributed hygiene kits to returnees in Qusayr."
    assert primary(text, "Qusayr")["Qusayr"] == NONE

"""False violence, second round: names, agents, fronted months, disasters, risks, reports.

Pins mechanisms that keep violent readings off places that are not the site of a violent
event told as news: a trigger word inside an organisation's name, a country named as who
struck ("strikes by X"), a month fronted to date the whole sentence past a nearer weekday,
a place in a relative clause of a natural disaster, a harm only feared ("risks flooding"),
the place where reports were received, ordnance cleared in a clause of its own, an old
month told as "that August", and the region a humanitarian report's title names.
"""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import AIR, DISRUPTED, IED, NONE, labels, place, primary, resolved, violent


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Monitoring Network for Attacks on Schools (MNAS) opened an office in Kassala on Tuesday, as "
         "fighting continued elsewhere.", "Kassala"),
        ("The Surveillance System for Attacks on Health Care recorded 14 incidents in Kassala this month, "
         "killing nine.", "Kassala"),
    ],
)
def test_a_trigger_inside_an_organisation_name_is_no_event(text, name):
    assert not violent(labels(text, name)[name])


def test_a_title_case_headline_keeps_its_trigger():
    text = "Rebels And Army Clash Near Kidal As Talks Stall"
    assert primary(text, "Kidal")["Kidal"][0] == "Battles"


@pytest.mark.parametrize(
    ("text", "agent", "site"),
    [
        ("Overnight, air strikes by Israel hit a depot near Hodeidah, killing four workers.", "Israel", "Hodeidah"),
        ("Late on Friday, air strikes by the United States hit a fuel depot in Hodeidah, killing four workers.",
         "United States", "Hodeidah"),
    ],
)
def test_a_country_named_after_by_is_the_agent_not_the_site(text, agent, site):
    found = primary(text, agent, site)
    assert found[agent] == NONE
    assert found[site][0] == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In March, a missile strike on Dnipro killed 20 people on a Sunday.", "Dnipro"),
        ("In February, a drone hit a bus near Kherson on Monday, wounding nine.", "Kherson"),
    ],
)
def test_a_fronted_month_dates_the_clause_past_a_nearer_weekday(text, name):
    assert not violent(labels(text, name, when=date(2025, 6, 20))[name])


def test_a_fronted_recent_month_with_a_weekday_stays_news():
    text = "In June, a drone hit a bus near Kherson on Monday, wounding nine."
    assert primary(text, "Kherson", when=date(2025, 6, 20))["Kherson"] == AIR


@pytest.mark.parametrize(
    ("text", "site", "quake"),
    [
        ("Jets bombed Hpakant on Friday, despite a ceasefire the army declared after the earthquake that killed "
         "400 people in Monywa and Shwebo.", "Hpakant", "Shwebo"),
        ("Jets bombed Hpakant on Friday, despite a ceasefire the army declared after the earthquake that killed "
         "400 people in Monywa and Shwebo.", "Hpakant", "Monywa"),
    ],
)
def test_a_place_of_a_disaster_relative_clause_takes_no_armed_event(text, site, quake):
    found = labels(text, "Hpakant", "Monywa", "Shwebo")
    assert violent(found[site])
    assert not violent(found.get(quake, set()))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Experts say the shelling near the dam risks flooding farmland as far as Kakhovka.", "Kakhovka"),
        ("Engineers say the shelling of the plant risks cutting water supplies as far as Enerhodar.", "Enerhodar"),
    ],
)
def test_a_place_reached_only_by_a_feared_harm_is_no_site(text, name):
    assert not violent(labels(text, name)[name])


@pytest.mark.parametrize(
    ("text", "frame", "site"),
    [
        ("Protection partners in Kosti have received reports of sexual violence against women during the attack "
         "on Um Ruwaba.", "Kosti", "Um Ruwaba"),
        ("Monitors in Goma received accounts of abductions during the attack on Kitchanga.", "Goma",
         "Kitchanga"),
    ],
)
def test_where_reports_are_received_is_not_where_the_violence_was(text, frame, site):
    found = labels(text, frame, site)
    assert not violent(found[frame])


def test_ordnance_cleared_in_its_own_clause_is_disrupted_even_after_a_mine_killed():
    text = ("The main danger is mines: on Monday a boy was killed by a landmine near Kafr Nabl, and army "
            "engineers dismantled more than 300 mines and unexploded shells in the fields of Hass.")
    found = primary(text, "Kafr Nabl", "Hass")
    assert found["Hass"] == DISRUPTED
    assert found["Kafr Nabl"] == IED  # the landmine went off in a clause of its own


def test_ordnance_that_went_off_is_still_an_explosion():
    text = "Two boys were killed when unexploded shells went off in a field near Hass."
    assert primary(text, "Hass")["Hass"] == IED


def test_that_month_dates_a_past_takeover_as_background():
    text = "Curfews were imposed across the region that October, after rebels briefly seized Dessie."
    assert not violent(labels(text, "Dessie", when=date(2025, 5, 2))["Dessie"])


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("UKRAINE: Flash Update – Shelling and ground fighting in Kharkiv Oblast (as of 5 June 2025)", "Kharkiv"),
        ("MALI: Humanitarian Situation Report No. 5 – Clashes and air strikes in Mopti Region", "Mopti"),
    ],
)
def test_a_report_title_naming_a_region_gives_it_no_violent_event(title, name):
    assert not violent(labels(title, name)[name])


def test_a_report_title_naming_a_site_keeps_its_event():
    title = "YEMEN: Flash Update No. 6 – Air strikes on Hodeidah port (9 May 2025)"
    ms = resolved(title, {"YEMEN": place("Yemen", "A", "PCLI"), "Hodeidah": place("Hodeidah", "P", "PPL")})
    assert primary(title, mentions=ms)["Hodeidah"] == AIR


def test_a_report_title_naming_a_country_by_the_gazetteer_gives_it_no_violent_event():
    title = "CHAD: Flash Update No. 1 – Clashes between armed groups and the army in Ouaddai (as of 3 June 2025)"
    ms = resolved(title, {"CHAD": place("Chad", "A", "PCLI", "TD"), "Ouaddai": place("Ouaddai", "A", "ADM1", "TD")})
    assert primary(title, mentions=ms)["Ouaddai"] == NONE


def test_an_attack_unit_outside_a_name_still_counts():
    text = "Gunmen attacked the Ministry of Health office in Kassala on Tuesday, killing a guard."
    assert violent(labels(text, "Kassala")["Kassala"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Overnight the navy attempted to attack the port of Ochakiv with three unmanned boats, the governor "
         "said. All of the boats were destroyed by coastal guns.", "Ochakiv"),
        ("The enemy is trying to attack Feodosia. Air defence is working over the city, and four UAVs have "
         "been shot down.", "Feodosia"),
    ],
)
def test_an_attempted_remote_attack_that_was_stopped_is_disrupted(text, name):
    assert primary(text, name)[name] == DISRUPTED


def test_an_attempted_remote_attack_with_no_outcome_is_no_strike():
    text = "Enemy forces attempted to attack Berdiansk with drones on Tuesday, local officials claimed."
    assert not violent(labels(text, "Berdiansk")["Berdiansk"])


def test_a_ground_assault_attempt_that_was_repelled_stays_a_clash():
    text = "Militants tried to storm an army post near Kidal on Monday. Two drones were shot down nearby."
    assert primary(text, "Kidal")["Kidal"][0] == "Battles"

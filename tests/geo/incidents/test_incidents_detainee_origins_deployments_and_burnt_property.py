"""Strategic developments, second round, from the misses of the blind holdouts 43-57: a
detainee's home told beside the site of the arrest, more detainees from a second place,
weapons named by the country that made them, deployments that send no armed force or tell
of one already there, looting and arrests whose place only ends a path of leaving, an
administration taken over without a fight, arrests told as people "secured", and a count
of arrests since the start of the month. Every sentence here is new."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import (
    ARRESTS,
    DISRUPTED,
    HANDOVER,
    LOOTING,
    NONE,
    primary,
)


@pytest.mark.parametrize(
    "text, home, site",
    [
        ("Soldiers arrested a young man from Kelbani at a checkpoint near Durvat on Friday.", "Kelbani", "Durvat"),
        ("Police detained four young men from the Sarnak neighbourhood at a checkpoint in the Durvat area.",
         "Sarnak", "Durvat"),
        ("Agents detained in Marvosk a 41-year-old resident of Telnivka who was filming army convoys.",
         "Telnivka", "Marvosk"),
        ("The service detained in Marvosk a suspect in the Orlevi bombing, a resident of Telnivka, on Monday.",
         "Telnivka", "Marvosk"),
    ],
)
def test_a_detainees_home_beside_the_site_of_the_arrest_is_no_arrest_site(text, home, site):
    found = primary(text, home, site)
    assert found[home] == NONE
    assert found[site] == ARRESTS


@pytest.mark.parametrize(
    "text, home",
    [
        ("Troops arrested three young men from the village of Kelbani on Tuesday.", "Kelbani"),
        ("Border guards detained a resident of the village of Orlevi near the boundary line in Tsemi municipality.",
         "Orlevi"),
    ],
)
def test_a_detainees_home_with_no_other_site_or_only_its_division_is_where_he_was_taken(text, home):
    assert primary(text, home)[home] == ARRESTS


def test_more_detainees_from_a_second_place_are_taken_there_too():
    text = "In Durvat, soldiers arrested two men from the village of Kelbani east of the city, and a young man from Sarnak camp."
    assert primary(text, "Durvat", "Kelbani", "Sarnak")["Sarnak"] == ARRESTS


@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down six guided bombs made in Freland and two rockets over the front.",
        "Air defences shot down drones over the port and accused the Freland of supplying the weapons.",
    ],
)
def test_the_country_that_made_or_supplied_a_downed_weapon_is_no_site(text):
    assert primary(text, "Freland")["Freland"] == NONE


def test_the_interception_site_beside_the_maker_keeps_its_event():
    text = "Air defences shot down six guided bombs made in Freland over Durvat overnight."
    assert primary(text, "Freland", "Durvat") == {"Freland": NONE, "Durvat": DISRUPTED}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The electoral mission deployed 30 observers to Kelbani for the vote.", "Kelbani"),
        ("Mobile clinics have been deployed in Kelbani and aid is arriving.", "Kelbani"),
        ("Agencies deployed protection teams to Kelbani on Monday.", "Kelbani"),
        ("The brigade, which is deployed along the river near Durvat, said the night was calm.", "Durvat"),
        ("The foreign deployment remains concentrated around Durvat and the gas plant.", "Durvat"),
    ],
)
def test_a_deployment_of_no_armed_force_or_of_one_already_there_changes_nothing(text, name):
    assert primary(text, name)[name] == NONE


def test_troops_sent_to_a_town_are_no_event_there():
    # LABELLING.md, recurring wordings: troops deployed to a town are None (also SD / Other)
    assert primary("The army deployed troops to Durvat on Monday.", "Durvat")["Durvat"] == NONE


@pytest.mark.parametrize(
    "text, site, end",
    [
        ("Gunmen looted shops in Durvat before withdrawing in the direction of Sarnak.", "Durvat", "Sarnak"),
        ("Raiders burned the market in Durvat and left on motorbikes towards Sarnak.", "Durvat", "Sarnak"),
    ],
)
def test_looting_does_not_travel_the_path_of_the_looters_leaving(text, site, end):
    found = primary(text, site, end)
    assert found[site] == LOOTING
    assert found[end] == NONE


def test_detainees_taken_elsewhere_were_not_arrested_there():
    text = "Soldiers detained 20 young men in Durvat, taking them to Sarnak, the provincial centre."
    found = primary(text, "Durvat", "Sarnak")
    assert found == {"Durvat": ARRESTS, "Sarnak": NONE}


@pytest.mark.parametrize(
    "text",
    [
        "Loyalists of the faction took over the administration of Kelbani without any fighting, residents said.",
        "The rival wing took over the town administration of Kelbani peacefully on Sunday.",
    ],
)
def test_an_administration_taken_over_without_a_fight_is_a_non_violent_transfer(text):
    assert primary(text, "Kelbani")["Kelbani"] == HANDOVER


@pytest.mark.parametrize(
    "text",
    [
        "Police said 400 people have been secured in Durvat since Friday.",
        "A spokesman said 52 suspects were secured in Durvat after the riots.",
    ],
)
def test_people_secured_by_the_police_are_arrests(text):
    assert primary(text, "Durvat")["Durvat"] == ARRESTS


def test_arrests_counted_since_the_start_of_the_month_are_news():
    text = "The militia said it had detained 900 people in raids in Durvat since the start of the month."
    assert primary(text, "Durvat")["Durvat"] == ARRESTS


def test_arrests_counted_since_the_start_of_the_war_stay_a_running_total():
    text = "Police have detained 900 people in Durvat since the start of the war."
    assert primary(text, "Durvat")["Durvat"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "In Kelbani, the police station was torched overnight.",
        "In Kelbani, the council offices were also burnt, witnesses said.",
    ],
)
def test_a_public_building_told_first_and_then_burnt_is_property_destroyed(text):
    assert primary(text, "Kelbani")["Kelbani"] == LOOTING


@pytest.mark.parametrize(
    "text",
    [
        "The council secretariat in Kelbani was also burnt, a correspondent said.",
        "Dozens of shops in the old bazaar of Kelbani were burned overnight.",
    ],
)
def test_a_thing_named_before_a_bare_passive_of_burning_is_property_destroyed(text):
    assert primary(text, "Kelbani")["Kelbani"] == LOOTING


def test_a_person_burnt_is_no_property_destroyed():
    assert primary("A farmer was burnt in Kelbani when his hut caught fire.", "Kelbani")["Kelbani"] != LOOTING


def test_the_deeds_of_an_old_dated_unrest_told_in_its_relative_clause_are_background():
    text = "Activists fear a repeat of the 2016 riots in which government offices were burned in Kelbani and Durvat."
    found = primary(text, "Kelbani", "Durvat", when=date(2025, 8, 30))
    assert found == {"Kelbani": NONE, "Durvat": NONE}

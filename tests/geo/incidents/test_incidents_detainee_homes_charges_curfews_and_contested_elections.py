"""Arrests, accusations, protest causes and curfews, from the misses of the blind holdouts
38-47: a detainee's home and the place of the charge are not where the arrest was made,
people detained while protesting are a protest with intervention, a contested election is
a crowd's cause and no campaign, and a curfew kept or lifted, or laid over a whole
province, is no event. Every sentence here is new."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, CHANGE, INTERVENTION, NONE, PEACEFUL, place, primary, resolved


@pytest.mark.parametrize(
    ("text", "home", "site"),
    [
        ("Police detained three residents of Arvak who were stripping copper cable from abandoned "
         "farms in the village of Dolsen.", "Arvak", "Dolsen"),
        ("The courier, a native of Belmira's Tarsk region, was arrested at a bus station in Korvino, "
         "investigators said.", "Tarsk", "Korvino"),
        ("In Korvino, officers arrested two inhabitants of Arvak on Tuesday.", "Arvak", "Korvino"),
    ],
)
def test_a_detainees_home_is_not_where_the_arrest_was_made(text, home, site):
    found = primary(text, home, site)
    assert found[home] == NONE
    assert found[site] == ARRESTS


@pytest.mark.parametrize(
    ("text", "charged", "site"),
    [
        ("In Velmar, police detained a man suspected of setting fire to a power substation near Ostrava "
         "last month.", "Ostrava", "Velmar"),
        ("In Dovetsk, the security service detained a 30-year-old suspected of passing the positions of "
         "air defence units in Kelmino to foreign handlers.", "Kelmino", "Dovetsk"),
        ("Police arrested in Tarvo a former mayor, a close ally of the governor, who is accused of "
         "embezzlement in Selvara.", "Selvara", "Tarvo"),
    ],
)
def test_the_place_of_a_charge_is_not_the_arrest_site(text, charged, site):
    found = primary(text, charged, site)
    assert found[charged] == NONE
    assert found[site] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no other arrest site: the charge's place is where the men were found
        ("Soldiers arrested four men suspected of recruiting for the insurgents in Mbatu.", "Mbatu"),
    ],
)
def test_a_charge_with_no_other_arrest_site_keeps_the_arrest(text, name):
    assert primary(text, name)[name] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Kardan, police detained 15 mothers outside the governor's office who were demanding news "
         "of their conscripted sons.", "Kardan"),
        ("In Velmar, police detained about 30 students from a sit-in near the university.", "Velmar"),
    ],
)
def test_people_detained_while_protesting_are_a_protest_with_intervention(text, name):
    assert primary(text, name)[name] == INTERVENTION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands of opposition supporters rallied in Varnsk on Saturday, accusing the government "
         "of rigging the parliamentary election.", "Varnsk"),
        ("Hundreds of students marched in Dolsen after the ruling party claimed victory in Sunday's "
         "election.", "Dolsen"),
    ],
)
def test_a_contested_election_is_a_crowds_cause_not_a_campaign(text, name):
    assert primary(text, name)[name] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The night curfew remains in force in Korvino, officials said.", "Korvino"),
        ("The regional governor lifted the curfew in Dolsen on Monday.", "Dolsen"),
        ("The curfew was eased in Tarvo after a calm weekend.", "Tarvo"),
    ],
)
def test_a_curfew_kept_or_lifted_is_no_new_event(text, name):
    assert primary(text, name)[name] == NONE


def test_a_curfew_newly_imposed_on_a_town_is_a_decision():
    text = "Authorities imposed a dusk-to-dawn curfew in Korvino on Friday."
    assert primary(text, "Korvino")["Korvino"] == CHANGE


def test_a_curfew_over_whole_states_is_no_event_there():
    text = "Authorities imposed curfews in Korvino and in the neighbouring Arvak and Selvara states."
    places = {
        "Korvino": place("Korvino", "P", "PPLA"),
        "Arvak": place("Arvak", "A", "ADM1"),
        "Selvara": place("Selvara", "A", "ADM1"),
    }
    found = primary(text, mentions=resolved(text, places))
    assert found["Korvino"] == CHANGE
    assert found["Arvak"] == NONE
    assert found["Selvara"] == NONE

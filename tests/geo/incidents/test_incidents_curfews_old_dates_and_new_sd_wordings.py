"""Strategic developments and protests that read as nothing, from the misses of the blind
holdouts 53-57: a curfew over provinces told as a list of towns, an old span that dates only
a relative clause or the people a march is about, a fronted country past a relative clause,
arrests, looting, new bases and local truces told in new words, and places that only frame
them (a road a base guards, a detainee's former post). Every sentence here is new."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import ARRESTS, BASE, CHANGE, LOOTING, NONE, PEACEFUL, place, primary, resolved

AGREED = ("Strategic developments", "Agreement")


def test_a_curfew_on_provinces_listed_like_towns_is_a_decision_there():
    text = "A night curfew was imposed in Varosh, Keldan and Mirtova until further notice."
    places = {
        "Varosh": place("Varosh", "A", "ADM1"),
        "Keldan": place("Keldan", "A", "ADM1"),
        "Mirtova": place("Mirtova", "P", "PPL"),
    }
    found = primary(text, mentions=resolved(text, places))
    assert found == {"Varosh": CHANGE, "Keldan": CHANGE, "Mirtova": CHANGE}


@pytest.mark.parametrize(
    "text",
    [
        "The Varosh governor imposed a curfew on Mirtova on Sunday.",
        "Authorities imposed curfews in Mirtova and in Varosh and Keldan provinces.",
    ],
)
def test_a_curfew_on_a_province_named_as_a_region_or_before_it_is_no_event_there(text):
    places = {"Varosh": place("Varosh", "A", "ADM1"), "Mirtova": place("Mirtova", "P", "PPL")}
    assert primary(text, mentions=resolved(text, places))["Varosh"] == NONE


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("In Veldora, where emergency rule has been in force since 2021, police arrested six suspected "
         "smugglers in Kostrin last week.", "Kostrin", ARRESTS),
        ("Hundreds of women marched on Saturday through Kostrin to demand the return of sons missing "
         "since 2019.", "Kostrin", PEACEFUL),
    ],
)
def test_an_old_span_that_dates_a_relative_clause_or_the_missing_dates_not_the_news(text, name, label):
    assert primary(text, name, when=date(2025, 5, 4))[name] == label


def test_an_old_span_that_dates_the_event_itself_is_still_background():
    text = "Militias have detained hundreds of people in Kostrin since 2019."
    assert primary(text, "Kostrin", when=date(2025, 5, 4))["Kostrin"] == NONE


def test_a_fronted_country_past_a_relative_clause_only_frames_the_arrest():
    text = "In Veldora, where emergency rule is in force, police arrested six suspected smugglers in Kostrin."
    places = {"Veldora": place("Veldora", "A", "PCLI"), "Kostrin": place("Kostrin", "P", "PPL")}
    found = primary(text, mentions=resolved(text, places))
    assert found == {"Veldora": NONE, "Kostrin": ARRESTS}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Search operations around Kostrin led to the interpellation of nine suspects.", "Kostrin"),
        ("Some 80 escapees have been recaptured in Kostrin since the jailbreak on Monday.", "Kostrin"),
    ],
)
def test_arrests_told_as_interpellation_or_recapture_are_arrests(text, name):
    assert primary(text, name)[name] == ARRESTS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Observers saw soldiers demolishing homes in Kostrin on Tuesday.", "Kostrin"),
        ("A crowd broke into a government warehouse in Kostrin and carted away sacks of maize.", "Kostrin"),
        ("Militiamen took medicines and a generator from the clinic in Kostrin.", "Kostrin"),
    ],
)
def test_demolitions_break_ins_and_goods_carried_off_are_looting(text, name):
    assert primary(text, name)[name] == LOOTING


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The army announced the installation of a permanent base in Kostrin.", "Kostrin"),
        ("The rebels established a new administrative and military office in Kostrin, residents said.", "Kostrin"),
    ],
)
def test_a_base_or_an_armed_groups_office_set_up_is_a_new_base(text, name):
    assert primary(text, name)[name] == BASE


def test_the_road_end_a_new_base_guards_takes_no_base():
    text = "The army installed a new base in Kostrin to secure the road towards Marvel."
    found = primary(text, "Kostrin", "Marvel")
    assert found == {"Kostrin": BASE, "Marvel": NONE}


@pytest.mark.parametrize(
    "text",
    [
        "Elders said a three-day truce had been agreed in Kostrin between the two clans.",
        "The two clans agreed a local truce in Kostrin after mediation by elders.",
    ],
)
def test_a_local_truce_agreed_at_a_place_is_an_agreement(text):
    assert primary(text, "Kostrin")["Kostrin"] == AGREED


def test_a_ceasefire_that_only_dates_a_return_is_no_agreement_there():
    text = "Thousands of families returned to Kostrin after the ceasefire took effect."
    assert primary(text, "Kostrin")["Kostrin"] != AGREED


def test_a_detainees_former_post_is_no_arrest_site():
    text = "Police arrested a group of officers in Kostrin, among them a colonel who was former governor of Marvel."
    found = primary(text, "Kostrin", "Marvel")
    assert found == {"Kostrin": ARRESTS, "Marvel": NONE}

"""False violence read on holdouts 43-47: earlier events told as counts or comparisons,
habits and capabilities, forecasts, foiled and repelled attacks, raids of a criminal
investigation and aircraft that carry the wounded are no violent event at their places;
true events with recent dates stay violent. Every sentence here is new (none is from a
labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from .incident_helpers import ARRESTS, ATTACK, CLASH, DISRUPTED, IED, NONE, primary, violent

WHEN = date(2025, 4, 20)


def _violent(text: str, *names: str, when: date = WHEN) -> dict[str, bool]:
    return {k: violent({v}) for k, v in primary(text, *names, when=when).items()}


@pytest.mark.parametrize(
    "text",
    [
        "It was the fourth abduction on the highway in three months, after those of Dogon and Kalfou in February.",
        "It is the second ambush on the road since January, after the one near Dogon and Kalfou.",
    ],
)
def test_an_event_counted_over_a_span_of_months_places_the_series_not_the_news(text):
    got = _violent(text, "Dogon", "Kalfou")
    assert not any(got.values())


def test_an_event_counted_as_the_nth_since_a_month_is_told_again():
    text = "The raid was the third on police stations in the province since February, after those in Dogon and Kalfou."
    assert not any(_violent(text, "Dogon", "Kalfou").values())


@pytest.mark.parametrize(
    "text",
    [
        "The drone strikes follow attacks on fuel depots in Dogon and Kalfou earlier this month.",
        "The shootings echo the massacre in Dogon in June 2021, when soldiers killed dozens of men.",
    ],
)
def test_an_event_likened_to_or_following_an_earlier_one_places_the_earlier_one(text):
    assert not violent({primary(text, "Dogon")["Dogon"]})


def test_what_an_event_follows_on_a_recent_day_stays_news():
    text = "The drone strikes follow clashes between troops and rebels in Dogon on Monday."
    assert violent({primary(text, "Dogon", when=WHEN)["Dogon"]})


def test_a_bare_month_comma_count_is_no_day_of_the_month():
    text = "In January, 27 villagers were killed in attacks on the hamlets of Dogon and Kalfou."
    got = _violent(text, "Dogon", "Kalfou")
    assert not any(got.values())


def test_a_month_with_its_own_year_dates_the_event_back():
    text = "The group has also carried out bombings abroad, including a double bombing in Dogon in March 2024."
    assert primary(text, "Dogon", when=date(2025, 3, 10))["Dogon"] == NONE


def test_a_recent_day_of_the_month_stays_news():
    text = "On April 12, gunmen killed four farmers in Dogon."
    assert primary(text, "Dogon")["Dogon"] == ATTACK


@pytest.mark.parametrize(
    "text",
    [
        "Bandits have repeatedly targeted traders and herders in Dogon.",
        "The front, which has carried out a series of attacks in Dogon, denied involvement.",
        "Analysts said the group can strike deep inside Dogon province.",
        "Smugglers in Dogon have increasingly used drones and mines in their war over routes.",
    ],
)
def test_habits_and_capabilities_are_no_event(text):
    assert primary(text, "Dogon")["Dogon"] == NONE


def test_a_statement_that_can_confirm_keeps_its_event():
    text = "I can confirm that militants attacked the police station in Dogon on Sunday."
    assert violent({primary(text, "Dogon")["Dogon"]})


def test_a_forecast_is_no_event():
    text = "Expect more drone strikes around Dogon and Kalfou in the coming week."
    assert not any(_violent(text, "Dogon", "Kalfou").values())


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers foiled a truck bomb attack on the market in Dogon.",
        "A man wearing a suicide vest was shot dead by guards outside the mosque in Dogon before he could detonate it.",
    ],
)
def test_a_foiled_bombing_is_a_disrupted_weapons_use(text):
    assert primary(text, "Dogon")["Dogon"] == DISRUPTED


def test_attacks_told_as_repelled_are_no_battle():
    text = "The ministry said attacks on bases in the Dogon and Kalfou districts had been repelled."
    assert not any(_violent(text, "Dogon", "Kalfou").values())


def test_an_attack_that_took_place_is_still_violent():
    text = "Gunmen attacked an army base in Dogon on Saturday, killing three soldiers."
    assert violent({primary(text, "Dogon")["Dogon"]})


def test_raids_of_a_criminal_investigation_are_arrests_not_air_raids():
    text = ("The prosecutor's office, backed by the army, carried out 30 raids in the provinces of Dogon and "
            "Kalfou against an alleged drug trafficking network.")
    got = primary(text, "Dogon", "Kalfou")
    assert got["Dogon"] == ARRESTS and got["Kalfou"] == ARRESTS


def test_where_the_wounded_were_flown_is_no_strike():
    text = "After the ambush, the wounded were evacuated by military helicopter to the hospital in Dogon."
    assert not violent({primary(text, "Dogon")["Dogon"]})


def test_a_helicopter_brought_down_is_still_an_attack_on_it():
    text = "A police helicopter was brought down by a drone in Dogon, killing eight officers."
    assert violent({primary(text, "Dogon")["Dogon"]})


@pytest.mark.parametrize(
    "text",
    [
        'The general vowed on Monday to "recapture" Dogon.',
        "The president ordered the troops to swiftly retake Dogon.",
    ],
)
def test_an_intention_past_a_quote_or_an_adverb_is_no_event(text):
    assert primary(text, "Dogon")["Dogon"] == NONE


def test_a_battle_today_keeps_its_label():
    text = "Troops clashed with rebels in Dogon on Tuesday."
    assert primary(text, "Dogon")["Dogon"] == CLASH


def test_a_bomb_that_went_off_is_still_an_explosion():
    text = "A roadside bomb exploded in Dogon on Monday, killing two soldiers."
    assert primary(text, "Dogon")["Dogon"] in (IED, ("Explosions/Remote violence", "Remote explosive/landmine/IED"))

"""Displacement told by movement verbs, killings outside any court, fighting that arrives.

Pins the mechanisms added for the gaps seen on unseen text: :attr:`Rule.MOVEMENT`
("headed to", "poured into", "by boat", "sheltering in", "returned to their homes"),
:attr:`Rule.EXECUTION` ("executed" unless a court's sentence), public floggings, and
"fighting reached X" without armed words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.incidents.evaluate import load_devset, score

from .incident_helpers import ATTACK, CLASH, DISPLACED, NONE, labels


DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militias attacked the village overnight. Survivors were sheltering in a mosque in Kutum.", "Kutum"),
        ("Rebels shelled the town for days, and many residents headed to Bunia.", "Bunia"),
        ("Soldiers fought insurgents near the market. Families poured into Pemba on Friday.", "Pemba"),
        ("After gunmen attacked the area, hundreds of villagers left Kaya by bus.", "Kaya"),
        ("Thousands of displaced families returned to their homes in Mosul this week.", "Mosul"),
        ("Refugees headed to Kakuma after the border reopened.", "Kakuma"),
    ],
)
def test_displaced_people_moving_to_or_from_a_place_is_displacement(text, place):
    assert DISPLACED in labels(text, place)[place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Thousands of tourists headed to Dubrovnik this summer.", "Dubrovnik"),
        ("The foreign minister headed to Riyadh after the talks.", "Riyadh"),
        ("Students headed back to schools in Mombasa after the holiday.", "Mombasa"),
        ("Commuters left Lagos by bus before the holiday weekend.", "Lagos"),
        ("Residents sheltering in a school in Tampa rode out the storm.", "Tampa"),
    ],
)
def test_movement_of_tourists_officials_or_storm_shelterers_is_no_displacement(text, place):
    assert labels(text, place)[place] == {NONE}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers executed at least 20 villagers in Karma, survivors said.", "Karma"),
        ("A report accused the army of executing dozens of men in Moura.", "Moura"),
        ("Witnesses said several civilians were executed in Bucha.", "Bucha"),
        ("The Taliban publicly flogged nine men in a stadium in Kandahar.", "Kandahar"),
    ],
)
def test_killings_and_floggings_outside_any_court_are_attacks_on_civilians(text, place):
    assert ATTACK in labels(text, place)[place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iran executed a man convicted of drug trafficking in Isfahan, state media said.", "Isfahan"),
        ("Texas executed a prisoner on death row in Huntsville on Tuesday.", "Huntsville"),
        ("The coach said the plan was executed well in Madrid.", "Madrid"),
    ],
)
def test_court_executions_and_executed_plans_are_no_attack(text, place):
    assert labels(text, place)[place] == {NONE}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Since fighting reached Khartoum in April, the city has emptied.", "Khartoum"),
        ("Aid groups left after fighting spread to Nyala.", "Nyala"),
    ],
)
def test_fighting_reaching_a_place_is_a_clash_without_armed_words(text, place):
    assert CLASH in labels(text, place)[place]


def test_prayer_vigil_is_no_protest():
    text = "Parishioners held a prayer vigil in Abuja for the missing priest."
    assert labels(text, "Abuja")["Abuja"] == {NONE}


def test_fresh_set_5_stays_at_the_level_reached():
    result = score(load_devset(DATA / "incidents_fresh_5.jsonl"))
    assert result.type_accuracy >= 0.92
    assert result.false_violent_rate <= 0.02


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # on foot or elsewhere, after fighting
        ("Militants overran the garrison, and thousands of residents walked south toward Mubi.", "Mubi"),
        ("After the army shelled their villages, hundreds of families have since moved to Bossangoa.",
         "Bossangoa"),
        ("Gunmen burned the market, and some of the villagers ran to Katsina-Ala to stay with relatives.",
         "Katsina-Ala"),
        ("Fighting closed the road, and over 500 people were relocated to tents set up in Kalemie.", "Kalemie"),
        ("Around 900 villagers have taken shelter in relief camps at Moreh after the clashes.", "Moreh"),
        ("Women and children walked to a mission near Mongbwalu to escape the violence.", "Mongbwalu"),
        # a bare "left" with a place name, or villages in a district
        ("Rebels shelled the outskirts, and dozens of families left Kiwanja toward Rutshuru.", "Kiwanja"),
        ("Thousands of people left villages in Macomia district after insurgents were seen nearby.", "Macomia"),
        # returns and those out of their homes
        ("Militias burned homes, and 3,000 families returned from Uganda through the Elegu crossing.", "Uganda"),
        ("The floods have left more than 40,000 people out of their homes in Maiduguri.", "Maiduguri"),
        # officials order the evacuation of families: the families are displaced
        ("Officials ordered the evacuation of families from nine villages around Pokrovsk after the shelling.",
         "Pokrovsk"),
        # sheltering in a hall or gymnasium in a town: where the displaced stay, not the fighting
        ("About 200 families fled the clashes between soldiers and militants and were sheltering in a gymnasium "
         "in Cotabato.", "Cotabato"),
    ],
)
def test_more_wording_of_displaced_people_moving_is_displacement(text, place):
    assert labels(text, place)[place] == {DISPLACED}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The airstrike left Kharkiv without power for hours.", "Kharkiv"),
        ("The delegation left Addis Ababa for talks in Nairobi.", "Addis Ababa"),
        ("Shoppers walked to the market in Mombasa on Saturday.", "Mombasa"),
        ("The minister moved to Dodoma after the reshuffle.", "Dodoma"),
    ],
)
def test_leaving_or_walking_without_displaced_people_is_no_displacement(text, place):
    assert DISPLACED not in labels(text, place)[place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # those who fled and made it somewhere
        ("Thousands fled Nasir after the fighting. Survivors who reached Gambella said they walked for days.",
         "Gambella"),
        ("Families fled the shelling toward Bamenda, while others have reached Kumba.", "Kumba"),
        # on the move, told with "moving"
        ("Tanks shelled Jabalia overnight. Families are moving south toward Deir al-Balah on foot.",
         "Deir al-Balah"),
        # nationals and returnees on the move
        ("More than 80,000 Syrians returned from Lebanon in the first week of the month.", "Lebanon"),
        # people evacuated, told with "evacuating"
        ("Rescue crews were evacuating residents of Pokrovsk after the shelling.", "Pokrovsk"),
        # homes abandoned, and where the displaced stay
        ("Thousands of civilians have abandoned outlying hamlets for Ouallam, a local leader said.", "Ouallam"),
        ("Some 200 families fled the clashes and are staying at a school in Datu Piang.", "Datu Piang"),
    ],
)
def test_people_reaching_moving_returning_or_staying_are_displaced(text, place):
    assert DISPLACED in labels(text, place)[place]


def test_aid_trucks_reaching_a_place_are_no_displacement():
    text = "Thousands fled Rafah last week. Some aid trucks reached Khan Younis on Monday."
    assert labels(text, "Khan Younis")["Khan Younis"] == {NONE}

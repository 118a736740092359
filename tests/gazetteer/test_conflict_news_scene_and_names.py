"""Conflict-news scenes and names, as behaviours (sentences written for these tests).

* a name the gazetteer lacks is placed at a place farther along its own sentence before the
  sentences next to it, and at the dateline only as a last resort;
* items of a division list may carry an Arabic article, and ``territories`` closes such a list;
* the first place of a slashed dateline (``KHAN YOUNIS/AMMAN —``) is a dateline place too;
* ``Georgia Gov. X``: the state an office holder serves, not a given name;
* ``parts of X`` asks for an area, not the village sharing its name;
* a capital written exactly is not a village reached through its native-script name;
* a hyphenated name runs on through ``-de-``, ``-du-``, ``-on-`` (the place inside it is no mention);
* ``the River X`` and ``X Plain`` are places even when the gazetteer lacks them;
* a movement, a cartel or a bloc named after a place is not the place;
* Nagorno-Karabakh and the South Caucasus are in the curated regions.
"""

from __future__ import annotations

import pytest

from gazetteer import Resolution
from gazetteer.model import PlaceKind

from .geoparse_helpers import by_text


def test_unknown_name_is_placed_far_along_its_own_sentence_before_the_next(geoparser):
    text = ("Fighting flared in North Waziristan overnight, and a convoy carrying troops and supplies to a "
            "border post was ambushed at dawn near Zorbakhel, the military said. Officials in Lahore "
            "condemned the attack.")
    mention = by_text(geoparser(text))["Zorbakhel"]
    assert mention.resolution is Resolution.APPROXIMATE and mention.anchor == "North Waziristan"


def test_dateline_is_the_last_anchor_of_a_far_unknown_name(geoparser):
    text = ("BOGOTÁ, March 3 (Reuters) - Colombia's government said on Monday it would send thousands of "
            "troops into the Zarbaya region after clashes between rival armed groups killed a dozen people. "
            "Many of the displaced fled to Cúcuta, near the border with Venezuela.")
    mention = by_text(geoparser(text))["Zarbaya"]
    assert mention.resolution is Resolution.APPROXIMATE and mention.anchor == "Cúcuta"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tripoli was quiet on Sunday after militias clashed overnight in the Ghut al-Shaal and Souq "
         "al-Thulatha districts, residents said.", ("Ghut al-Shaal", "Souq al-Thulatha")),
        ("The rebels say they now hold most of Fizi and Mwenga territories in South Kivu.", ("Fizi", "Mwenga")),
    ],
)
def test_division_list_items_are_places(geoparser, text, names):
    found = by_text(geoparser(text))
    assert all(name in found and found[name].place is not None for name in names)


def test_first_place_of_a_slashed_dateline_is_a_place(geoparser):
    text = "KHAN YOUNIS/AMMAN — Israeli strikes hit tents sheltering displaced families on Tuesday, medics said."
    found = by_text(geoparser(text))
    assert found["KHAN YOUNIS"].place.country_code == "PS" and found["AMMAN"].place.country_code == "JO"


def test_office_title_after_a_state_makes_it_the_state(geoparser):
    text = ("Floodwaters rose across Alabama and Tennessee on Monday. Georgia Gov. Mark Ellison declared an "
            "emergency and asked residents to stay off the roads.")
    place = by_text(geoparser(text))["Georgia"].place
    assert place.kind is PlaceKind.ADMIN1 and place.country_code == "US"


def test_parts_of_a_name_ask_for_an_area(geoparser):
    text = ("Gales brought down trees in Lancaster and Preston on Sunday night, and rail services were "
            "suspended in parts of Wales after landslips.")
    place = by_text(geoparser(text))["Wales"].place
    assert place.kind is PlaceKind.ADMIN1


def test_exact_capital_beats_a_native_script_homonym(geoparser):
    text = ("Envoys met in Cairo and Doha this week as raids hit Bethlehem and Hebron in the West Bank, "
            "Palestinian officials said.")
    assert by_text(geoparser(text))["Doha"].place.country_code == "QA"


def test_hyphenated_name_runs_on_through_its_links(geoparser):
    text = "Flood barriers failed in the town of Petite-Rivière-de-l'Estère on Friday, officials said."
    assert [m.text for m in geoparser(text)] == ["Petite-Rivière-de-l'Estère"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Homes were flooded in Otley after the River Wharfe burst its banks overnight.", "River Wharfe", "GB"),
        ("Artillery struck positions near the city of Hama and in the Sahl Plain on Sunday.", "Sahl Plain", "SY"),
    ],
)
def test_landform_the_gazetteer_lacks_is_placed_at_the_story(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.resolution is Resolution.APPROXIMATE and mention.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters of the Cabinda National Liberation Front attacked an oil convoy near the town of Soyo "
         "on Thursday, officials said.", "Cabinda"),
        ("Gunmen working for the Jalisco Cartel were arrested in a raid on a ranch outside the city of "
         "Guadalajara, police said.", "Jalisco"),
        ("Ministers of the Council of Gulf States met in Riyadh on Monday to discuss the attacks on "
         "shipping.", "Gulf"),
    ],
)
def test_group_named_after_a_place_is_not_the_place(geoparser, text, name):
    assert name not in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "name", "lat"),
    [
        ("Most ethnic Armenians left Nagorno-Karabakh after the offensive, settling in towns across "
         "Armenia.", "Nagorno-Karabakh", 39.9),
        ("Analysts warned of a new arms race in the South Caucasus as talks stalled.", "South Caucasus", 41.0),
    ],
)
def test_curated_caucasus_regions(geoparser, text, name, lat):
    place = by_text(geoparser(text))[name].place
    assert abs(place.lat - lat) < 1.0

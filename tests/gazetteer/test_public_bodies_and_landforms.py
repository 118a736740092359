"""Place names inside public bodies, hyphen pairs and water or landform names, as behaviours.

* the police, council or mayor of a place act there: the place is a mention; a brand,
  newspaper or university named after it is not;
* ``Egyptian-US``, ``NATO-Russia``, ``Canada-U.S.``: each side that is a place is a mention;
* ``Lake X``, ``the X river``, ``X Mountains``: the water body if the gazetteer has it, else no
  town named X far from the story.
"""

from __future__ import annotations

import pytest

from gazetteer import Resolution
from gazetteer.model import PlaceKind


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Around noon on Sunday Odessa Police closed the port road.", "Odessa"),
        ("Late on Friday the Mariupol City Council said 300 people had died in the theatre.", "Mariupol"),
        ("The Kharkiv Regional Administration reported two civilians wounded.", "Kharkiv"),
        ("Officers of the Florida Highway Patrol closed the interstate after the crash.", "Florida"),
        ("Reading Police arrested two men after the stabbing.", "Reading"),
        ("The blast was confirmed by Monroe Mayor Jane Doyle on Tuesday.", "Monroe"),
        ("A spokesman for the Baghdad Provincial Council denied the report.", "Baghdad"),
    ],
)
def test_public_body_of_a_place_is_a_mention_of_it(geoparser, text, place):
    assert place in _texts(geoparser(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporters from the Kyiv Post visited the front.", "Kyiv"),
        ("Students at Aleppo University protested on Monday.", "Aleppo"),
        ("The Border Police were searching for the missing climbers.", "Border"),
        ("The State Police said the convoy was stopped.", "State"),
    ],
)
def test_brands_and_adjectives_before_a_body_are_not_places(geoparser, text, name):
    assert name not in _texts(geoparser(text))


def test_a_public_body_outweighs_a_surname_reading_elsewhere(geoparser):
    text = ("Traffic was diverted onto Old Alton Edwardsville Road. The Edwardsville City Council met on "
            "Monday, and the city of Edwardsville will pay for the repairs.")
    found = [m for m in geoparser(text) if m.text == "Edwardsville"]
    assert len(found) == 2 and {m.place.country_code for m in found} == {"US"}  # the road is no mention


def test_compass_abbreviation_is_no_initial(geoparser):
    found = _texts(geoparser("Fire damages S.E. Paris apartment. Paris firefighters put it out."))
    assert found.count("Paris") == 2


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Three themes have dominated Egyptian-US relations since 1979.", ["US"]),
        ("Moscow suspended its seat in the NATO-Russia Council.", ["Moscow", "Russia"]),
        ("An EU-Israel summit is unlikely this year.", ["Israel"]),
        ("NORAD, the Canada-U.S. air defence alliance, tracked the balloon.", ["Canada", "U.S."]),
        ("The Israel-Gaza war entered its second month.", ["Israel", "Gaza"]),
    ],
)
def test_each_place_of_a_hyphen_pair_is_a_mention(geoparser, text, places):
    found = _texts(geoparser(text))
    assert all(p in found for p in places)


def test_two_demonyms_joined_by_a_hyphen_name_no_place(geoparser):
    assert geoparser("The Turkish-Syrian border was closed on Monday.") == []


def test_lower_case_river_after_the_is_the_river(geoparser):
    [m] = geoparser("Russian troops shelled villages along the Dnipro river overnight.")
    assert m.place.kind is PlaceKind.WATER


@pytest.mark.parametrize(
    "text",
    [
        "A fishing boat capsized on Lake Ontario in rough waters.",
        "Insurgents retreated into the Atlas Mountains after the raid.",
    ],
)
def test_water_or_landform_name_is_not_pinned_on_a_far_namesake(geoparser, text):
    [m] = geoparser(text)
    assert m.resolution is Resolution.UNRESOLVED


def test_landform_name_borrows_a_namesake_town_near_the_story(geoparser):
    text = "A body was recovered from the Kishwaukee River near Rockford, Illinois."
    found = {m.text: m for m in geoparser(text)}
    river = found["Kishwaukee"]
    assert river.place is not None and river.place.admin1_code == found["Rockford"].place.admin1_code

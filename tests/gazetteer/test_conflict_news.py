"""Conflict-news conventions the geoparser follows, as behaviours (sentences written for these tests).

* ``A and B`` continues a list as ``A, B`` does: a cue before A reaches B;
* a dateline's short capitals (``HOMS, Syria (Reuters) —``) name the town, not an acronym;
* a small namesake abroad, far from every place of the story, is not the place meant: with a
  locative cue the name is placed approximately at the story's places, without one it is dropped;
* a name the gazetteer lacks is placed at a place of the sentence before or after it when its own
  sentence has none;
* ``Lake X``, ``X River``, ``X Mountains``, ``Jabal X``, ``Ras X`` are places even when unknown;
* ``the left bank of the X``: X is the river.
"""

from __future__ import annotations

import pytest

from gazetteer import Resolution
from gazetteer.model import PlaceKind

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Envoys held two rounds of talks in Vienna and Geneva before the truce collapsed.", "Geneva", "CH"),
        ("The convoy passed through the towns of Saraqib and Sarmin before dawn.", "Sarmin", "SY"),
    ],
)
def test_and_continues_a_list_cue(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("HOMS, Syria (Reuters) — Government shelling resumed on Monday.", "HOMS", "SY"),
        ("GOMA, Democratic Republic of Congo (AP) — Rebels shelled the airport overnight.", "GOMA", "CD"),
    ],
)
def test_short_capitals_of_a_dateline_name_the_town(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fano gunmen ambushed a bus between Gondar and Debre Tabor in Ethiopia's Amhara region.", "Fano"),
        ("Al-Shabab militants overran an army post between Jowhar and Balcad in Somalia.", "Al-Shabab"),
    ],
)
def test_far_foreign_namesake_without_cue_is_dropped(geoparser, text, name):
    assert name not in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen raided the village of Bara near Saraqib and Maarat al-Numan in Syria's Idlib province.",
         "Bara", "SY"),
        ("Families from Nyala and El Fasher fled toward Tawila in Sudan's Darfur region.", "Tawila", "SD"),
    ],
)
def test_far_foreign_namesake_with_cue_is_placed_at_the_story(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.resolution is Resolution.APPROXIMATE
    assert mention.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Artillery pounded El Fasher overnight. Dozens died around the Qolqol camp, medics said.", "Qolqol", "SD"),
        ("Clashes erupted near Kramatorsk on Friday. Shelling also hit the outskirts of Novo-Zorianske, "
         "officials said.", "Novo-Zorianske", "UA"),
    ],
)
def test_unknown_name_is_placed_at_the_neighbouring_sentence(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.resolution is Resolution.APPROXIMATE
    assert mention.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Militants hid in the Qarachogh Mountains south of Erbil, the army said.", "Qarachogh Mountains", "IQ"),
        ("Fishermen reported gunfire on Lake Edwardo near Beni and Butembo.", "Lake Edwardo", "CD"),
        ("Warplanes struck Jabal Shahshabo near Hama and Kafr Nabudah.", "Jabal Shahshabo", "SY"),
        ("A drone hit the Ras Kanatib jetty near Hodeidah, Yemen.", "Ras Kanatib", "YE"),
    ],
)
def test_unknown_water_body_or_landform_is_a_mention(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.place is not None and mention.place.country_code == country


def test_bank_of_the_name_is_the_river(geoparser):
    text = "Troops dug in on the left bank of the Dnipro opposite Nikopol."
    mention = by_text(geoparser(text))["Dnipro"]
    assert mention.place.kind is PlaceKind.WATER


def test_breakaway_region_is_known(geoparser):
    text = "Border guards in South Ossetia detained a shepherd near Tskhinvali."
    mention = by_text(geoparser(text))["South Ossetia"]
    assert mention.place.country_code == "GE" and mention.place.kind is PlaceKind.REGION


def test_a_name_read_as_a_town_and_as_a_river_in_one_story_resolves_both(geoparser):
    text = ("A missile hit a hospital in Dnipro on Monday. "
            "Troops crossed to the left bank of the Dnipro river near Kherson.")
    for _ in range(2):  # the second pass reuses what the first remembered
        mentions = [m for m in geoparser(text) if m.text == "Dnipro"]
        assert [m.place.kind for m in mentions] == [PlaceKind.CITY, PlaceKind.WATER]


def test_namesakes_abroad_are_judged_against_the_same_story_whatever_their_order(geoparser):
    # two stories in one text (a US school district, a Dagestan shooting) leave several small
    # namesakes abroad in doubt at once; dropping one must not pull the ground from under the next
    text = ("Funding from the Base Realignment programme will add 2,000 pupils to the Muscogee County School "
            "District. In the Dagestani capital, Makhachkala, police shot three men at a checkpoint on Sunday, "
            "police spokesman Shamil Guseinov said. Television showed the bodies beside a dented, white Lada car.")
    found = by_text(geoparser(text))
    assert found["Makhachkala"].place.country_code == "RU"
    assert "Shamil" not in found and "Lada" not in found

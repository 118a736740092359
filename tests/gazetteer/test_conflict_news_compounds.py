"""Conflict-news names longer than the gazetteer's word, and namesakes abroad (sentences written for these tests).

* a known name that runs on through an Arabic article (``Bab al-Tabbaneh``) names the longer place;
* ``the X neighbourhood``, ``the X microdistrict``, ``on X camp``: X is a place, even one whose first
  word the gazetteer knows as another town (``Nur Shams``);
* ``the municipalities of A, B and C``: every item is a town, everyday words included;
* two namesakes abroad in neighbouring countries do not vouch for each other, and an alternate
  spelling of a far city (``Mambasa`` for Mombasa) is no reading of a story set elsewhere;
* a country's own name is a place, even when a source lists it as its demonym (Djibouti);
* well-known lakes and landforms of conflict zones are in the gazetteer (Lake Albert, Jebel Marra).
"""

from __future__ import annotations

import pytest

from gazetteer import Resolution
from gazetteer.model import PlaceKind

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Snipers fired across the street between Bab al-Tabbaneh and the old souk in Tripoli, Lebanon.",
         "Bab al-Tabbaneh", "LB"),
        ("Protesters gathered in Daraa al-Balad after Friday prayers, residents of Daraa said.",
         "Daraa al-Balad", "SY"),
    ],
)
def test_known_name_running_on_through_an_article_names_the_longer_place(geoparser, text, name, country):
    found = by_text(geoparser(text))
    assert name in found and found[name].place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tanks advanced into the Tel al-Sultan neighbourhood on the western edge of Rafah overnight.",
         "Tel al-Sultan", "PS"),
        ("A drone hit a school in the Nur Shams refugee camp east of Tulkarm on Tuesday.", "Nur Shams", "PS"),
        ("A missile damaged houses in the Shumenskyi microdistrict of Kherson, the regional governor said.",
         "Shumenskyi", "UA"),
        ("Shelling on Abu Shouk camp north of El Fasher killed five people, a medical charity said.",
         "Abu Shouk", "SD"),
    ],
)
def test_name_before_a_quarter_or_camp_head_is_a_place(geoparser, text, name, country):
    found = by_text(geoparser(text))
    assert name in found and found[name].place is not None and found[name].place.country_code == country


def test_political_camp_without_locative_is_no_place(geoparser):
    text = "Aides said Biden camp officials met donors in Chicago."
    assert "Biden" not in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Curfews were imposed in the municipalities of Toribío, Caldono and Morales after the attack.",
         "Morales", "CO"),
    ],
)
def test_every_item_after_municipalities_of_is_a_town(geoparser, text, name, country):
    found = by_text(geoparser(text))
    assert name in found and found[name].place.country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (("Raids continued in Jenin, Tubas and Tulkarm, and soldiers searched houses in the Far'a camp "
          "and the Nur Shams camp, the Palestinian news agency said."), "Far'a"),
        (("Militiamen attacked Bunia and Djugu in Ituri province; traffic between Komanda and Mambasa "
          "was suspended, humanitarian workers said."), "Mambasa"),
    ],
)
def test_namesake_far_abroad_is_not_the_reading(geoparser, text, name):
    found = by_text(geoparser(text))
    mention = found[name]
    assert mention.resolution is not Resolution.GAZETTEER
    assert mention.place is None or mention.place.country_code in ("PS", "CD")


def test_country_listed_as_its_own_demonym_is_a_place(geoparser):
    found = by_text(geoparser("The wounded sailors were flown to Djibouti on Saturday."))
    assert found["Djibouti"].place.country_code == "DJ"


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        ("Fishing boats carrying refugees capsized on Lake Albert near Ntoroko.", "Lake Albert",
         PlaceKind.WATER, None),
        ("Government forces shelled villages on the slopes of Jebel Marra in Central Darfur.", "Jebel Marra",
         PlaceKind.REGION, "SD"),
    ],
)
def test_curated_lakes_and_landforms_of_conflict_zones(geoparser, text, name, kind, country):
    place = by_text(geoparser(text))[name].place
    assert place.kind is kind and place.country_code == country

"""More conflict-news conventions, as behaviours (sentences written for these tests).

* a dateline may carry its date before the dash (``BENI, Democratic Republic of Congo, June 3 -``);
* ``X, Country`` looks for X inside that country, however many bigger namesakes X has;
* ``the X river``, ``the X plain``, ``the X refugee camp``: X is a place even when the gazetteer lacks it;
* ``X territory``, ``X township``, ``the settlements of X``, ``the road to X`` announce places;
* ``Islamic State`` is a group, not a state named Islamic;
* a country only named in a story lends no neighbours to a far namesake of a camp's name;
* a name the gazetteer lacks may be placed at a name tied to it that was itself placed approximately;
* a curated news name (Gaza, Congo, Salahuddin) reaches the entity the news means;
* a country's name before ``River`` is the river, placed where the text puts it, not the country.
"""

from __future__ import annotations

import pytest

from gazetteer import Resolution
from gazetteer.index import haversine_km
from gazetteer.model import PlaceKind

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("BENI, Democratic Republic of Congo, June 3 - Rebels attacked a village overnight.", "BENI", "CD"),
        ("KIDAL, Mali, Nov. 14 (Reuters) - Drones struck a vehicle outside the town.", "KIDAL", "ML"),
    ],
)
def test_dateline_with_a_date_names_the_town(geoparser, text, name, country):
    assert by_text(geoparser(text))[name].place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Officials in Victoria, Seychelles, said the tanker had been seized. "
         "The crew will be tried in Victoria next month.", "Victoria", "SC"),
    ],
)
def test_container_country_reaches_past_bigger_namesakes(geoparser, text, name, country):
    mentions = [m for m in geoparser(text) if m.text == name]
    assert len(mentions) == 2 and all(m.place.country_code == country for m in mentions)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Fighters crossed the Sankarani river near Kangaba before dawn.", "Sankarani", "ML"),
        ("Shelling hit the Kalma displacement camp near Nyala, the capital of South Darfur, on Sunday.",
         "Kalma", "SD"),
        ("Residents of Tripoli fled as gunfire rang out in the Ain Zara district and near the Fashloum area.",
         "Fashloum", "LY"),
    ],
)
def test_unknown_name_with_a_lower_case_head_is_placed_at_the_story(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.resolution is Resolution.APPROXIMATE and mention.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russian troops advanced near the settlements of Vovchansk and Hlyboke in the Kharkiv region.",
         "Hlyboke", "UA"),
        ("A drone hit a car on the road to Kupiansk, the regional governor said.", "Kupiansk", "UA"),
        ("Rebels seized a village in Rutshuru territory on Friday.", "Rutshuru", "CD"),
    ],
)
def test_settlements_roads_and_territories_announce_places(geoparser, text, name, country):
    assert by_text(geoparser(text))[name].place.country_code == country


def test_islamic_state_is_no_place(geoparser):
    mentions = by_text(geoparser("Islamic State fighters attacked a checkpoint near Palmyra."))
    assert "Islamic" not in mentions and "Palmyra" in mentions


def test_camp_is_not_a_far_namesake_through_a_named_country(geoparser):
    text = ("Troops raided the Far'a refugee camp south of Tubas and entered Jenin at dawn, "
            "while Iran condemned the operation.")
    mention = by_text(geoparser(text))["Far'a"]
    assert mention.place.country_code == "PS"


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        ("Protesters in Sanaa marched in solidarity with Gaza after Friday prayers.", "Gaza", "PS", None),
        ("Aid agencies say fighting in eastern Congo has displaced thousands near Bunia.", "Congo", "CD",
         PlaceKind.COUNTRY),
        ("Militants attacked a checkpoint in Salahuddin province overnight.", "Salahuddin", "IQ", PlaceKind.ADMIN1),
    ],
)
def test_curated_news_names_reach_the_meant_entity(geoparser, text, name, country, kind):
    place = by_text(geoparser(text))[name].place
    assert place.country_code == country and (kind is None or place.kind is kind)


def test_country_name_before_river_is_placed_at_the_story(geoparser):
    mention = by_text(geoparser("Boats capsized on the Niger River near Mopti, officials said."))["Niger River"]
    assert mention.place.kind is PlaceKind.WATER
    assert haversine_km(mention.place.lat, mention.place.lon, 14.49, -4.2) < 30  # Mopti's stretch

"""Remote violence, round 4: strikes counted after a "since ... began" comparison, a strike
dated against another attack, fires and damage told after strikes, hits recorded, places
that "suffered" listed after a colon, fighters struck as they fled, places near a lake or a
road's end, and a bulletin's enemy that damaged things. Every sentence here is new (none is
from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import AIR, DISPLACED, IED, LOOTING, NONE, SHELLING, primary

EXPLOSIONS = "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli jets pounded the south on Sunday. The heaviest strikes since the war began hit the port city "
         "of Tyre overnight, with at least nine strikes on Dolina and Kresta.", "Dolina"),
        ("The most intense air raids since the truce ended hit the valley, with six raids on Tobruq and Sirte.",
         "Sirte"),
    ],
)
def test_strikes_after_a_closed_since_clause_are_news_not_the_comparison(text, name):
    assert primary(text, name)[name][0] == EXPLOSIONS


def test_what_a_superlative_is_compared_with_stays_background():
    text = "The shelling of Marfa was the heaviest since August, when 30 people were killed in Dolina."
    assert primary(text, "Dolina")["Dolina"] == NONE


def test_a_strike_dated_a_day_after_a_missile_attack_is_a_strike_of_its_own():
    text = ("Israel struck the port of Salif on Tuesday, a day after a drone launched from Yemen "
            "exploded near Eilat.")
    assert primary(text, "Salif")["Salif"] == AIR


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ukrainian drones struck a fuel depot in Lgov and set fire to a warehouse in Kurchatov, officials said.",
         "Kurchatov"),
        ("Drones attacked Rylsk and Glushkovo overnight; in Glushkovo a barn burned down.", "Glushkovo"),
    ],
)
def test_a_fire_after_a_remote_strike_is_the_strike_s_damage(text, name):
    assert primary(text, name)[name] == AIR


def test_a_fire_set_by_men_on_the_ground_stays_property_destruction():
    text = "Militants shelled the outpost and set fire to houses in Tobo."
    assert primary(text, "Tobo")["Tobo"] == LOOTING


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian drones attacked the capital region overnight. Several cars caught fire in Obukhiv.", "Obukhiv"),
        ("Russian drones attacked the capital region overnight. Hits were recorded in Fastiv and Irpin.", "Irpin"),
        ("Russian drones attacked the capital region overnight. Damages were also recorded in the Bucha "
         "and Brovary districts.", "Brovary"),
    ],
)
def test_fires_hits_and_damage_recorded_in_a_story_of_strikes_are_strikes(text, name):
    assert primary(text, name)[name][0] == EXPLOSIONS


def test_a_fire_in_a_story_of_no_war_is_no_strike():
    text = ("A small fire broke out in the boiler room at a hostel in Brovary on Monday. "
            "A helicopter flew the injured cook to Kyiv.")
    assert primary(text, "Brovary")["Brovary"] == NONE


def test_places_that_suffered_listed_after_a_colon_take_the_attack_before_it():
    text = ("In the Sumy region, the enemy attacked the border area with artillery and mortars six times: "
            "the town of Hlukhiv, Esman and Shalyhyne hromadas suffered.")
    found = primary(text, "Hlukhiv", "Esman", "Shalyhyne")
    assert found["Esman"] == SHELLING and found["Shalyhyne"] == SHELLING


def test_fighters_struck_as_they_fled_toward_a_place_give_it_the_strike():
    text = ("The army said it had repelled an attack on its post at Inates and that its aircraft had struck "
            "militants fleeing towards Tera.")
    assert primary(text, "Tera")["Tera"] == AIR


def test_fighters_counted_with_dozens_of_are_no_displaced_people():
    text = ('The spokesman said the air force neutralised "dozens of terrorists" who were fleeing in the '
            "direction of Dori and Gorom.")
    assert primary(text, "Dori")["Dori"] != DISPLACED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Air strikes destroyed militant boats on Lake Chad, near Baga in Borno state.", "Baga", AIR),
        ("A roadside bomb hit a bus on the road from Gao to Ansongo, near Ansongo, killing five passengers.",
         "Ansongo", IED),
    ],
)
def test_a_place_near_a_lake_or_a_road_s_end_is_where_it_happened(text, name, expected):
    assert primary(text, name)[name] == expected


def test_a_bulletin_s_enemy_that_damaged_things_struck_them():
    text = ("Russian drones and artillery struck the Kherson region overnight. The enemy also damaged a water tower "
            "in Kozatske and a shop in Tiahynka.")
    assert primary(text, "Kozatske", "Tiahynka")["Tiahynka"][0] == EXPLOSIONS

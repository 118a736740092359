"""A violent type goes only to a place the sentence says the violence happened at.

Pins the mechanisms that keep violence off places that are only referred to: what a
strike answers ("in retaliation for the shelling of X"), a comparison, a court and
what it judges, a route ("the road out of X"), where the wounded or displaced are
taken ("to camps in X"), a country after its city ("Odesa, Ukraine"), fighting
said to wane; and the conventions for fans fighting, an event dated months back,
and a state of emergency declared by "the government in X".
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from .incident_helpers import ARRESTS, CHANGE, DISPLACED, MOB, NONE, labels, violent


def _labels(text: str, *names: str, when: date = date(2024, 4, 20), resolved: bool = True
            ) -> dict[str, set[tuple[str, str | None]]]:
    return labels(text, *names, when=when, resolved=resolved)


@pytest.mark.parametrize(
    ("text", "hit", "referred"),
    [
        ("Jets pounded Sumy overnight in retaliation for the drone attack on Belgorod.", "Sumy", "Belgorod"),
        ("Artillery shelled Idlib in response to the rocket fire on Latakia by rebels.", "Idlib", "Latakia"),
        ("The militia raided Kutum to avenge the killing of two herders in Tawila.", "Kutum", "Tawila"),
        ("The bombing of Kherson was worse than anything seen in Mariupol, residents said.", "Kherson", "Mariupol"),
    ],
)
def test_place_an_attack_answers_or_is_compared_with_takes_no_violence(text, hit, referred):
    got = _labels(text, hit, referred)
    assert violent(got[hit])
    assert got[referred] == {NONE}


def test_a_clause_after_the_retaliation_phrase_still_places_its_attack():
    got = _labels("In retaliation for the raid, jets struck targets in Saada.", "Saada")
    assert violent(got["Saada"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A tribunal in Arusha convicted a former mayor over the massacre in Kibuye.", ("Arusha", "Kibuye")),
        ("A court in Dakar sentenced three men for the bombing in Thies.", ("Dakar", "Thies")),
    ],
)
def test_a_court_and_the_event_it_judges_take_no_violence(text, names):
    got = _labels(text, *names)
    assert all(got[n] == {NONE} for n in names)


def test_a_riot_after_a_verdict_is_still_a_riot():
    got = _labels("After a court jailed the opposition leader, supporters rioted in Ziguinchor.", "Ziguinchor")
    assert violent(got["Ziguinchor"])


@pytest.mark.parametrize(
    ("text", "fought", "elsewhere"),
    [
        ("The wounded were rushed to a hospital in Garoua after gunmen attacked a market in Mora.", "Mora", "Garoua"),
        ("The bodies of fighters killed in Marinka were brought to Dnipro for burial.", "Marinka", "Dnipro"),
    ],
)
def test_where_the_dead_and_wounded_are_taken_is_no_scene_of_violence(text, fought, elsewhere):
    got = _labels(text, fought, elsewhere)
    assert violent(got[fought])
    assert got[elsewhere] == {NONE}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops evacuated 3,000 villagers to camps in Bossangoa as rebels shelled the area.", "Bossangoa"),
        ("Police evacuated residents to schools in Tyre during the bombardment.", "Tyre"),
    ],
)
def test_people_evacuated_to_shelters_in_a_place_are_displaced_there(text, place):
    assert _labels(text, place)[place] == {DISPLACED}


def test_a_route_out_of_a_place_is_no_event_place():
    got = _labels("Displaced families returned south, jamming the highway out of Tripoli.", "Tripoli")
    assert got["Tripoli"] == {NONE}


@pytest.mark.parametrize("resolved", [True, False])
@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("A drone hit a warehouse in Zaporizhzhia, Ukraine, killing two workers.", "Zaporizhzhia", "Ukraine"),
        ("Gunmen killed six farmers near Gusau, Nigeria, police said.", "Gusau", "Nigeria"),
        ("Drones struck a fuel depot in Kursk region, Russia, the governor said.", "Kursk", "Russia"),
    ],
)
def test_a_country_after_its_city_only_locates_it(text, city, country, resolved):
    got = _labels(text, city, country, resolved=resolved)
    assert violent(got[city])
    assert got[country] == {NONE}


def test_a_list_of_places_after_commas_all_take_the_event():
    got = _labels("Missiles hit Kharkiv, Sumy, Poltava and Dnipro overnight.", "Kharkiv", "Sumy", "Poltava", "Dnipro")
    assert all(violent(v) for v in got.values())


@pytest.mark.parametrize(
    "text",
    [
        "Fighting around Vuhledar has largely stopped, the army said.",
        "Clashes between soldiers and rebels in Vuhledar have eased since the truce.",
        "Shelling of Vuhledar subsided after midnight, officials said.",
    ],
)
def test_violence_said_to_wane_is_not_reported_as_an_event(text):
    assert _labels(text, "Vuhledar")["Vuhledar"] == {NONE}


def test_shelling_that_slowed_an_advance_still_happened():
    got = _labels("Heavy shelling of Vuhledar slowed the Russian advance, officials said.", "Vuhledar")
    assert violent(got["Vuhledar"])


@pytest.mark.parametrize(
    "text",
    [
        "Rival fans fought after the match in Lens, and police made eight arrests.",
        "Supporters of the two clubs clashed in Split before the derby, and police detained 15 people.",
    ],
)
def test_football_fans_fighting_is_a_riot_not_an_arrest(text):
    place = re.search(r"in (Lens|Split)", text).group(1)
    assert MOB in _labels(text, place)[place]


@pytest.mark.parametrize(
    "text",
    [
        "In January, gunmen attacked a police post in Katsina, the report released on Friday said.",
        "Militants stormed an army base in Diffa in February, killing 11 soldiers, the report said.",
    ],
)
def test_an_event_dated_months_back_is_still_that_event(text):
    place = "Katsina" if "Katsina" in text else "Diffa"
    assert violent(_labels(text, place, when=date(2024, 4, 20))[place])


def test_a_deal_referred_to_by_its_month_is_background():
    text = "Leaders met in Lusaka over the accord that the rivals signed in January."
    assert _labels(text, "Lusaka", when=date(2024, 6, 1))["Lusaka"] == {NONE}


@pytest.mark.parametrize(
    "text",
    [
        "The government in Niamey declared a state of emergency after the attacks.",
        "Authorities in Niamey imposed a curfew after clashes between herders and farmers.",
    ],
)
def test_state_of_emergency_is_a_change_to_group_activity_at_the_seat(text):
    assert CHANGE in _labels(text, "Niamey")["Niamey"]


def test_the_seat_of_a_government_takes_no_violence():
    got = _labels("Rebels fighting the government in Kinshasa seized Bukavu.", "Kinshasa", "Bukavu")
    assert got["Kinshasa"] == {NONE}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where the wounded were flown or treated
        ("A car bomb killed six soldiers in Tal Afar, and the wounded were flown by helicopter to a military "
         "hospital in Erbil.", "Erbil"),
        ("After shelling in Kadugli, doctors treated 31 wounded people at their hospital in Dilling.", "Dilling"),
        # the authorities of a place that rejects a charge
        ("The army said the ambush had been ordered by militants abroad, a charge the authorities in Kigali "
         "rejected.", "Kigali"),
    ],
)
def test_hospitals_and_rejecting_authorities_take_no_violence(text, name):
    assert not violent(_labels(text, name)[name])


def test_authorities_at_their_seat_still_make_arrests():
    text = "Authorities in Gondar arrested 25 people accused of supporting the militia."
    assert _labels(text, "Gondar")["Gondar"] == {ARRESTS}

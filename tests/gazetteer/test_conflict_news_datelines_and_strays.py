"""Conflict-news datelines, compounds and stray readings, as behaviours (sentences written for these tests).

* a dateline may name two places split by a slash (``GOMA/KIGALI, ...``), end in a colon
  (``MOPTI: ...``, also a briefing's sentence-initial heading) or carry a day-first date and a
  full stop (``KHERSON, 3 October.``);
* a hyphenated name the gazetteer writes as one word (``Pétion-Ville``) is still found;
* ``Zone`` ending a capitalised name (``Southern Zone``) is the division's head, not a town called Zone;
* a country only across a border (``the border with Sudan``) does not confine where an unknown name is anchored;
* one foreign venue (``talks in Jeddah``) lends no neighbours to a far namesake of a local name.
"""

from __future__ import annotations

import pytest

from gazetteer import Resolution

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("GOMA/KIGALI, March 3 (Reuters) - Shelling resumed north of the lake overnight.", "KIGALI", "RW"),
        ("KANDAHAR/QUETTA, July 9 (Reuters) - Border crossings stayed shut.", "QUETTA", "PK"),
        ("MOPTI: Gunmen on motorbikes stormed a weekly fair, witnesses said.", "MOPTI", "ML"),
        ("KHERSON, 3 October. Shelling damaged a school in the city centre.", "KHERSON", "UA"),
        ("MALI: Drones struck a convoy. GAO: Mortar rounds fell near the airport.", "GAO", "ML"),
    ],
)
def test_dateline_variants_name_the_town(geoparser, text, name, country):
    assert by_text(geoparser(text))[name].place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gangs torched homes in Pétion-Ville overnight, residents said.", "Pétion-Ville", "HT"),
    ],
)
def test_hyphenated_spelling_of_a_one_word_name_is_found(geoparser, text, name, country):
    assert by_text(geoparser(text))[name].place.country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Tigray, aid trucks bound for Southern Zone were stopped at checkpoints.", "Southern Zone"),
        ("In Oromia, fighting spread across the Western Sector near Nekemte.", "Western Sector"),
    ],
)
def test_zone_ending_a_name_is_not_a_town_called_zone(geoparser, text, name):
    found = by_text(geoparser(text))
    assert name in found
    assert all(m.place is None or m.place.country_code == "ET" for m in found.values())


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (("Fighting was reported near Gondar. Troops massed along the border with Sudan near the town "
          "of Qorqorit."), "Qorqorit", "ET"),
    ],
)
def test_country_across_a_border_does_not_confine_the_anchor(geoparser, text, name, country):
    m = by_text(geoparser(text))[name]
    assert m.resolution is Resolution.APPROXIMATE and m.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (("Drones hit El Fasher and Nyala on Monday. The market in Tawila burned overnight. "
          "Talks in Jeddah remain stalled."), "Tawila", "YE"),
    ],
)
def test_single_foreign_venue_lends_no_neighbours(geoparser, text, name, country):
    m = by_text(geoparser(text))[name]
    assert m.place is None or m.place.country_code != country

"""Conflict news: namesakes a story qualifies, words before a name that say where it lies, and where a name
the gazetteer lacks is anchored, as behaviours (sentences written for these tests).

* a name the story first uses bare and only later qualifies (``PERTH — ...`` then ``a choir from Perth,
  Scotland``) keeps the story's reading: the qualifier sets a namesake apart;
* ``X, the capital of Y``, ``X, the seat of Y County``: an apposition names X's container, and a small
  namesake inside it is found past the bigger ones;
* ``the Lebanese port of X``: a demonym before a place-type noun names the country X lies in;
* ``the military government in X``, ``Federal officials in X``: the seat of a government is the capital;
* ``Côte d'Ivoire``: an elided French article is part of the name;
* ``officials in Al-Hasakah said``: a place written with its article is no speaker; ``the Islamic State
  Sinai Province``: a body's name gives no surname;
* ``over Crimea``: a region's own name is not a village that shares it in another script;
* ``across the Sahel``, ``in the Red Sea``: after ``the``, a region or a sea beyond borders, not a division;
* a name the gazetteer lacks is not anchored at a lone place abroad (a venue, a namesake), and a place the
  text ties it to (``X, on the shore of Lake Y``) wins over a closer one it does not;
* a neighbour's hamlet a continent away from the story's places is no reading of a name.
"""

from __future__ import annotations

import pytest

from gazetteer.model import PlaceKind, Resolution


def _at(mentions, text: str, nth: int = 0):
    """The ``nth`` mention written ``text`` (0: the first)."""
    return [m for m in mentions if m.text == text][nth]


@pytest.mark.parametrize(
    ("text", "name", "story", "namesake"),
    [
        ("PERTH — Police closed beaches in Perth and Fremantle on Sunday as a heatwave gripped Western "
         "Australia. A visiting choir from Perth, Scotland, cancelled an outdoor concert.", "Perth", "AU", "GB"),
        ("LONDON — Commuters in London faced delays after the Thames burst its banks in Kent and Essex. A "
         "delegation from London, Ontario, toured the flood barrier.", "London", "GB", "CA"),
        ("COVENTRY — Police in Coventry and Birmingham made four arrests on Saturday after a stabbing near "
         "Wolverhampton. The victim was a student from Coventry, Rhode Island, officers said.", "Coventry", "GB",
         "US"),
    ],
    ids=["perth-scotland", "london-ontario", "coventry-rhode-island"],
)
def test_a_name_qualified_only_after_bare_uses_keeps_the_story_reading(geoparser, text, name, story, namesake):
    mentions = geoparser(text)
    dateline, bare, qualified = _at(mentions, name.upper()), _at(mentions, name, 0), _at(mentions, name, 1)
    assert (dateline.place.country_code, bare.place.country_code) == (story, story)
    assert qualified.place.country_code == namesake


@pytest.mark.parametrize(
    ("text", "name", "nth", "country", "admin1"),
    [
        ("BEIRUT, Lebanon — A convoy left Beirut for Sidon and Tyre on Monday. A second convoy set out from "
         "Tripoli, the capital of Libya, towards Benghazi.", "Tripoli", 0, "LY", None),
        ("In the small town of Washington, the seat of Wilkes County, ballots were counted by hand. Georgia "
         "officials in Atlanta praised the turnout.", "Washington", 0, "US", "GA"),
        ("Voters in the small town of Columbia, the seat of Adair County, queued before dawn while counting "
         "continued in Louisville and Lexington, Kentucky.", "Columbia", 0, "US", "KY"),
    ],
    ids=["capital-of-country", "seat-of-county-small-namesake", "seat-of-county"],
)
def test_an_apposition_names_the_container_of_the_place_before_it(geoparser, text, name, nth, country, admin1):
    place = _at(geoparser(text), name, nth).place
    assert place.country_code == country
    assert admin1 is None or place.admin1_code == admin1


@pytest.mark.parametrize(
    ("text", "name", "nth", "country"),
    [
        ("SIDON, Lebanon — Fishermen in Sidon and Tyre stayed ashore. Aid was unloaded at the northern Lebanese "
         "port of Tripoli, officials said. In Tripoli, the capital of Libya, a convoy was prepared.",
         "Tripoli", 0, "LB"),
        ("SIDON, Lebanon — Fishermen in Sidon and Tyre stayed ashore. Aid was unloaded at the northern Lebanese "
         "port of Tripoli, officials said. In Tripoli, the capital of Libya, a convoy was prepared.",
         "Tripoli", 1, "LY"),
        ("Smoke rose over the Syrian town of Tal Abyad, near the Turkish border town of Akçakale, on Monday.",
         "Akçakale", 0, "TR"),
    ],
    ids=["lebanese-port", "the-other-tripoli-keeps-its-container", "turkish-border-town"],
)
def test_a_demonym_before_a_place_type_noun_names_the_country(geoparser, text, name, nth, country):
    assert _at(geoparser(text), name, nth).place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "nth", "admin1"),
    [
        ("In the small town of Washington, the seat of Wilkes County, ballots were counted by hand. Federal "
         "officials in Washington said they had no concerns.", "Washington", 1, "DC"),
        ("ATHENS, Ga. — Students lined up to vote in Athens and Macon. In the small city of Washington, the seat "
         "of Wilkes County, ballots were counted by hand. The national government in Washington said it saw "
         "no fraud.", "Washington", 1, "DC"),
    ],
    ids=["federal-officials-in", "national-government-in"],
)
def test_the_seat_of_a_government_is_the_capital_not_a_namesake_named_before(geoparser, text, name, nth, admin1):
    assert _at(geoparser(text), name, nth).place.admin1_code == admin1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trucks from Senegal and Côte d'Ivoire queued at the border near Kayes.", "Côte d'Ivoire"),
        ("Cocoa prices rose after rains in Côte d’Ivoire and Ghana.", "Côte d’Ivoire"),
    ],
    ids=["straight-apostrophe", "curly-apostrophe"],
)
def test_an_elided_french_article_is_part_of_the_name(geoparser, text, name):
    mention = _at(geoparser(text), name)
    assert mention.place.country_code == "CI" and mention.place.kind is PlaceKind.COUNTRY


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("QAMISHLI, Syria — Delegations met in Hasakah on Tuesday. Officials in Al-Hasakah said the talks would "
         "continue in Raqqa.", "Hasakah", "SY"),
        ("A faction calling itself the Islamic State Sinai Province claimed the attack near El-Arish. Egyptian "
         "troops later swept villages across the Sinai, officials said.", "Sinai", "EG"),
    ],
    ids=["article-hyphen-place-said", "body-name-run"],
)
def test_a_place_written_in_a_speakers_or_a_bodys_name_is_no_person(geoparser, text, name, country):
    assert _at(geoparser(text), name).place.country_code == country


@pytest.mark.parametrize(
    "text",
    [
        "The Russian defence ministry said drones were downed over Kursk, Belgorod and Crimea overnight.",
        "MOSCOW — Air defences over Bryansk, Kursk and Crimea destroyed 40 drones, the defence ministry said.",
    ],
    ids=["ministry-statement", "moscow-dateline"],
)
def test_a_regions_own_name_is_not_a_village_sharing_it_in_another_script(geoparser, text):
    place = _at(geoparser(text), "Crimea").place
    assert place.kind is not PlaceKind.CITY and place.country_code == "UA"


@pytest.mark.parametrize(
    ("text", "name", "nth", "kind"),
    [
        ("KHARTOUM — The army struck RSF positions near Omdurman and Bahri. Port Sudan hosts the government. "
         "Ships in the Red Sea were warned to keep their distance.", "Red Sea", 0, PlaceKind.WATER),
        ("OUAGADOUGOU — Soldiers repelled attacks near Djibo and Dori in Burkina Faso's Sahel region on Sunday. "
         "Jihadist violence across the Sahel has displaced millions.", "Sahel", 1, PlaceKind.REGION),
        ("OUAGADOUGOU — Soldiers repelled attacks near Djibo and Dori in Burkina Faso's Sahel region on Sunday. "
         "Jihadist violence across the Sahel has displaced millions.", "Sahel", 0, PlaceKind.ADMIN1),
    ],
    ids=["the-red-sea", "across-the-sahel", "sahel-region-is-the-province"],
)
def test_after_the_a_name_is_a_region_or_sea_beyond_borders(geoparser, text, name, nth, kind):
    assert _at(geoparser(text), name, nth).place.kind is kind


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("BUKAVU, Democratic Republic of Congo — Militias torched homes near Kavumu and Kabare this week, forcing "
         "families to leave villages in Kabundi territory, despite a truce signed in Nairobi last month.",
         "Kabundi", "CD"),
        ("COVENTRY — Police in Coventry and Birmingham made four arrests on Saturday after a stabbing in "
         "Handsworth, near Wolverhampton. The victim was a student from Coventry, Rhode Island, officers said.",
         "Handsworth", "GB"),
    ],
    ids=["venue-abroad", "hamlet-a-continent-away"],
)
def test_an_unknown_or_stray_name_is_placed_where_the_story_is_set(geoparser, text, name, country):
    mention = _at(geoparser(text), name)
    assert mention.place is not None and mention.place.country_code == country


def test_a_place_the_text_ties_a_lake_to_wins_over_a_closer_untied_one(geoparser):
    text = ("Ferries docked at Mwanza, on the southern shore of Lake Nyanza, and at the island port of Ukerewe "
            "near Musoma, officials said.")
    mention = _at(geoparser(text), "Nyanza")
    assert mention.resolution is Resolution.APPROXIMATE and mention.place.name == "Mwanza"

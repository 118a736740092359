"""Conflict news: names the gazetteer lacks announced by divisions, appositions, lists and residents; other
spellings; sentence-opening adjectives; bylines; and the readings a story's context may not trust, as
behaviours (sentences written for these tests).

* ``the territory of X``, ``the X prefecture``, ``the districts of A and B`` announce divisions;
* ``X, a strategic town``, ``in X, where``, ``residents of X``, ``in A and in X`` announce places, but not
  a person's title (``X, a city official``), a second person placed like the first, a building or an
  organisation opened by an acronym;
* ``X, also spelled Y``: Y is where X is;
* ``Neighbouring Benin``, ``Visiting Kyiv``: an opening adjective or participle is no part of the name;
* ``the X mountains``, ``both banks of the X``, ``X Lake``: landforms the gazetteer lacks;
* a capitalised dateline with a day-first date after its country is the town;
* a byline's town is where the story was filed: a headline's unknown name waits for the story's places;
* a sea is too wide to hold a town the text ties to it;
* a container is read before what it holds; a spelling that only reaches a city abroad is no reading of it;
  a loose spelling of a name the gazetteer lacks vouches for no other reading; a loose spelling of a province
  holds when the story names one of its towns, however far from the province's centre;
* ``Middle X`` is one place's name, not a given name and a surname;
* ``Mt.``, ``Ft.``, ``St.`` open the names they abbreviate; the Arabic article ``Er`` is one;
* ``the X Bridge`` is a structure named after a place;
* curated: short country names (Burkina, Bosnia), Australian and Mexican state abbreviations, Somalia's
  member states, and spellings of divisions (Baluchistan, Pridnestrovie).
"""

from __future__ import annotations

import pytest

from gazetteer.model import Resolution

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen killed six farmers in the territory of Walikale-Ouest, in North Kivu, local officials said.",
         "Walikale-Ouest", "CD"),
        ("Soldiers repelled an attack on a post in the Kpendjal-Ouest prefecture, near Dapaong, officials said.",
         "Kpendjal-Ouest", "TG"),
        ("Thousands fled the districts of Nangade-Sul and Mueda-Leste towards the port of Pemba in Cabo "
         "Delgado.", "Mueda-Leste", "MZ"),
    ],
    ids=["territory-of", "prefecture-after", "plural-districts-list"],
)
def test_division_words_announce_names_the_gazetteer_lacks(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.place is not None and mention.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rebels have clashed with the army over Tinsabe, a strategic town on the road to Kidal, since May.",
         "Tinsabe", "ML"),
        ("Heavy rain left streets flooded in Kilbarro, where residents were moved to a school near Galway.",
         "Kilbarro", "IE"),
        ("Residents of Ndombolo said shelling continued for hours near Goma on Sunday.", "Ndombolo", "CD"),
        ("Displaced families sheltered in Bunia and in Katotoro, aid groups said.", "Katotoro", "CD"),
    ],
    ids=["apposition", "in-x-where", "residents-of", "list-with-a-located-place"],
)
def test_context_announces_a_place_the_gazetteer_lacks(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.place is not None and mention.place.country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Earlier this week, Dana Whitfield, a city official in Tyler, said crews were ready.", "Dana Whitfield"),
        ("(Reporting by Ali Musa in Kano and Grace Ndlovu in Abuja; Editing by Tom Hale)", "Grace Ndlovu"),
        ("Volunteers moved the last tenants out of Meadow House, where the roof had collapsed in Akron.",
         "Meadow House"),
        ("Aid reached families in Bor and the MSF Children's Village, the charity said.", "MSF Children"),
        ("Fighters clashed near Raqqa and the Baath dam on the Euphrates river.", "Baath"),
    ],
    ids=["person-with-a-title", "second-person-placed-alike", "building", "acronym-organisation",
         "facility-in-a-list"],
)
def test_context_cues_do_not_make_people_or_buildings_places(geoparser, text, name):
    assert name not in by_text(geoparser(text))


def test_other_spelling_is_placed_where_the_first_one_is(geoparser):
    text = "Troops retook Beledweyne, also spelled Beletwein-Xaaf, on Friday, before moving north toward Galkayo."
    found = by_text(geoparser(text))
    assert found["Beletwein-Xaaf"].place == found["Beledweyne"].place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neighbouring Benin has closed its border crossings for a week.", "Benin"),
        ("Landlocked Mali depends on ports in Senegal and Côte d'Ivoire.", "Mali"),
        ("Visiting Kyiv on Monday, the minister promised more air defence.", "Kyiv"),
    ],
    ids=["neighbouring", "landlocked", "participle"],
)
def test_opening_adjective_or_participle_is_no_part_of_the_name(geoparser, text, name):
    assert name in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops pursued the fighters into the Golis Hargeisa mountains, west of Burao.", "Golis Hargeisa"),
        ("Shelling hit villages on both banks of the Nistrul, near Tiraspol.", "Nistrul"),
        ("Boats were pulled from the water at Pittock Lake near Woodstock, Ontario.", "Pittock"),
    ],
    ids=["lower-case-mountains", "banks-of-the", "head-after-the-name"],
)
def test_landforms_the_gazetteer_lacks_are_found(geoparser, text, name):
    assert any(m.text.startswith(name) and m.place is not None for m in geoparser(text))


def test_capital_dateline_with_a_day_first_date_after_its_country_is_the_town(geoparser):
    text = "MONTEPUEZ, Mozambique, 3 Apr (Lusa) – Armed men burned houses in Memba district overnight."
    assert by_text(geoparser(text))["MONTEPUEZ"].place.country_code == "MZ"


def test_byline_town_does_not_place_a_headlines_unknown_name(geoparser):
    text = ("Soldiers killed in attack on post in Kpendjal-Est\n"
            "By Jane Roe | Lomé | 3 May 2024\n\n"
            "Gunmen attacked a post in the Kpendjal-Est prefecture. The attack took place near Mandouri, "
            "close to the border with Burkina Faso.")
    places = [m.place for m in geoparser(text) if m.text == "Kpendjal-Est"]
    assert places and all(p.lat > 10 for p in places)  # the far north, near Mandouri; not Lomé on the coast


def test_sea_does_not_hold_a_town_tied_to_it(geoparser):
    text = ("Photo: Boats leave the town of Kyauk-Ni-Maw along the coast of the Bay of Bengal.\n"
            "The army shelled Gwa on Tuesday, residents said.")
    found = by_text(geoparser(text))
    assert found["Kyauk-Ni-Maw"].place.country_code == "MM"


def test_container_is_read_before_what_it_holds(geoparser):
    text = ("LONDON, Ont. — Crews closed a bridge near the village of Delaware in Middlesex County after the "
            "river rose; Stratford and St. Marys reported flooded basements.")
    assert by_text(geoparser(text))["Delaware"].place.country_code == "CA"


def test_spelling_that_only_reaches_a_city_abroad_is_no_reading(geoparser):
    text = ("BUNIA, DR Congo — Militiamen ambushed a truck on the road to Mambasa, in Ituri province. Ugandan "
            "troops patrol near Beni and Butembo, and Ugandan officials met in Kampala.")
    place = by_text(geoparser(text))["Mambasa"].place
    assert place is None or place.country_code == "CD"


def test_loose_spelling_of_an_unknown_name_vouches_for_no_reading(geoparser):
    text = ("Firefighters in Victoria battled a blaze in the Grampians, where a warning was issued for the "
            "towns of Halls Gap and Pomonal. A relief centre opened in Ararat.")
    for m in geoparser(text):
        if m.place is not None:
            assert m.place.country_code == "AU", m.text


def test_middle_x_is_one_place_not_a_surname(geoparser):
    text = "Militants seized a bridge over the Shabelle river, officials in Middle Shabelle said."
    assert "Shabelle" in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Storm crews from Mt. Juliet, Tenn., restored power overnight.", "Mt. Juliet", "US"),
        ("Families fled towards Al-Roseires and Sennar as the fighting spread.", "Al-Roseires", "SD"),
    ],
    ids=["mount-abbreviated", "er-article"],
)
def test_abbreviated_heads_and_articles_reach_the_gazetteer_name(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.resolution is Resolution.GAZETTEER and mention.place.country_code == country


def test_bridge_named_after_a_place_is_not_the_place(geoparser):
    text = "In Maitland, the river is expected to peak at the Belmore Bridge this afternoon."
    assert "Belmore" not in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Jihadists crossed from Burkina into northern Togo overnight.", "Burkina", "BF"),
        ("Floods hit Bosnia and Croatia after days of rain.", "Bosnia", "BA"),
        ("The SES ordered evacuations in NSW as the river rose.", "NSW", "AU"),
        ("ACAPULCO, Gro. (apro).- Gunmen attacked a police post on the highway.", "Gro.", "MX"),
        ("A bomb hit a convoy in Baluchistan, Pakistan's largest province.", "Baluchistan", "PK"),
        ("TIRASPOL — Officials in Pridnestrovie extended the energy emergency.", "Pridnestrovie", "MD"),
        ("Jubaland forces clashed with federal troops near Dolow.", "Jubaland", "SO"),
        ("Officials in Somaliland said the port of Berbera was calm.", "Somaliland", "SO"),
    ],
    ids=["burkina", "bosnia", "nsw", "mexican-state", "baluchistan", "pridnestrovie", "jubaland", "somaliland"],
)
def test_curated_short_names_abbreviations_and_member_states(geoparser, text, name, country):
    assert by_text(geoparser(text))[name].place.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Smugglers sailed from Mukalla, in Yemen's Hadramout governorate, before dawn on Monday.", "Hadramout", "YE"),
        ("Tribal fighters took the airport of Mukalla, the capital of Hadramout province.", "Hadramout", "YE"),
    ],
)
def test_loose_spelling_of_a_province_holds_when_the_story_names_one_of_its_towns(geoparser, text, name, country):
    mention = by_text(geoparser(text))[name]
    assert mention.resolution is Resolution.GAZETTEER and mention.place.country_code == country

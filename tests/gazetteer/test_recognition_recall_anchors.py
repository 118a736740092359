"""Recognition recall on conflict news: names the gazetteer lacks, found by a head, a relative position, a
division after them, an Arabic settlement word or article; and the people rules that kept such names out."""

import pytest

from gazetteer.model import Resolution


def _mentions(text, geoparser):
    return {m.text: m for m in geoparser(text)}


@pytest.mark.parametrize("text, name", [
    ("Gunmen raided the Kwatarbu area overnight, residents said.", "Kwatarbu"),
    ("Soldiers torched houses in Ndumbiro village near Bunia.", "Ndumbiro"),
    ("A drone hit farmers threshing in Gelmatu kebele on Monday.", "Gelmatu"),
    ("Bandits retreated into the Zabangari forest after the raid.", "Zabangari"),
    ("A protester died in Quito's Pelomarca area.", "Pelomarca"),
])
def test_unknown_name_before_a_lower_case_place_head_is_a_place(geoparser, text, name):
    assert name in _mentions(text, geoparser)


@pytest.mark.parametrize("text, names", [
    ("Gangs stormed the Vilanteo and Morrabel neighbourhoods of Caracas.", ["Vilanteo", "Morrabel"]),
    ("Police raided villages in Tekrabari and Dholmuna upazilas.", ["Tekrabari", "Dholmuna"]),
])
def test_plural_place_head_makes_every_listed_name_a_place(geoparser, text, names):
    found = _mentions(text, geoparser)
    assert all(name in found for name in names)


@pytest.mark.parametrize("text, name", [
    ("Voters backed Dunmarrow village in the contest.", "Dunmarrow"),
    ("Clashes between Gandoro and Talaku communities left ten dead.", "Talaku"),
])
def test_place_head_without_the_or_a_locative_gives_no_place(geoparser, text, name):
    assert name not in _mentions(text, geoparser)


@pytest.mark.parametrize("text, name", [
    ("At the landing of Mbokassa, 14 km north of Mopti, boats unload rice.", "Mbokassa"),
    ("Troops pushed the rebels back from Kalundwe, west of Goma.", "Kalundwe"),
    ("A shell fell on a house in Beit Ummar al-Fawqa southwest of Hebron.", "Beit Ummar al-Fawqa"),
])
def test_name_set_at_a_distance_or_bearing_from_a_place_is_placed_there(geoparser, text, name):
    m = _mentions(text, geoparser)[name]
    assert m.resolution is Resolution.APPROXIMATE and m.geo_precision in (2, 3)


def test_name_near_a_border_after_a_locative_is_a_place(geoparser):
    assert "Tagorat" in _mentions("Militants killed five herders in Tagorat, near the border with Mali.", geoparser)


@pytest.mark.parametrize("text", [
    "Yesterday, north of Kabul, a convoy was attacked.",
    "Meanwhile, 20 km from Kabul, a convoy was attacked.",
])
def test_sentence_opening_word_before_a_bearing_is_no_place(geoparser, text):
    assert set(_mentions(text, geoparser)) == {"Kabul"}


@pytest.mark.parametrize("text, names", [
    ("RSF units were dug in at Umm Dirkana, Kargosa and Tabaldia, west of El Obeid.", ["Kargosa", "Tabaldia"]),
])
def test_list_closed_by_a_relatively_placed_name_is_vouched_for(geoparser, text, names):
    found = _mentions(text, geoparser)
    assert all(name in found for name in names)


@pytest.mark.parametrize("text, name", [
    ("Worshippers were killed at a gathering in Tungan Maje in Kaduna state.", "Tungan Maje"),
])
def test_name_set_in_a_division_named_after_it_is_a_place(geoparser, text, name):
    assert name in _mentions(text, geoparser)


def test_shop_at_a_name_in_a_state_is_no_place(geoparser):
    assert "Walmart" not in _mentions("She worked at Walmart in Texas.", geoparser)


@pytest.mark.parametrize("text, name", [
    ("Rockets fell in Ain Kharrub and Tajoura overnight.", "Ain Kharrub"),
    ("Families fled Kafr Dawla for the coast.", "Kafr Dawla"),
    ("Gunfire was heard in Al-Khurmaya, witnesses said.", "Al-Khurmaya"),
])
def test_arabic_settlement_word_or_article_opens_a_longer_name(geoparser, text, name):
    found = _mentions(text, geoparser)
    assert name in found and not any(n in found for n in ("Ain", "Kafr", "Al"))


@pytest.mark.parametrize("text, name", [
    ("Fighters from Al-Shabaab attacked the base.", "Al-Shabaab"),
    ("He has ties to Al-Qaeda, officials said.", "Al-Qaeda"),
])
def test_article_name_after_from_or_to_is_no_place(geoparser, text, name):
    assert name not in _mentions(text, geoparser)


@pytest.mark.parametrize("text, name", [
    ("Shelling hit Kizomys, Chornobaivka, Zolota Balka, Mykilske and the city of Kherson.", "Zolota Balka"),
    ("A bomb struck a wedding in Gidan Bisa in Sokoto state.", "Gidan Bisa"),
])
def test_unknown_word_and_place_word_in_a_place_context_is_no_person(geoparser, text, name):
    assert name in _mentions(text, geoparser)


def test_capitalised_dateline_keeps_a_name_a_place_despite_a_given_name_before_it(geoparser):
    text = ("DIKWA, Nigeria - The market of Dikwa is open again. Fighters overran Dikwa "
            "and neighbouring Doron Dikwa in 2015.")
    assert [m.text for m in geoparser(text)].count("Dikwa") >= 2


def test_lake_before_a_saint_name_is_no_town(geoparser):
    found = [m.text for m in geoparser("The water moved toward Lake St. Clair over the weekend.")]
    assert "Lake" not in found


@pytest.mark.parametrize("text, name", [
    ("Troops landed on the island of Mbatama overnight.", "Mbatama"),
    ("Gunmen raided the locality of Kongorbo, in Ituri.", "Kongorbo"),
    ("Residents of the corregimiento of Palomito fled.", "Palomito"),
])
def test_new_trigger_phrases_announce_an_unknown_name(geoparser, text, name):
    assert name in _mentions(text, geoparser)

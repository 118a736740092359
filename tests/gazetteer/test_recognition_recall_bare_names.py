"""Recognition recall on conflict news: names the gazetteer lacks after a bare ``in``, ``at``, ``from``, after
``the market of``, ``fled to`` and ``the attack on``, and the words those cues still do not make places."""

import pytest


def _texts(text, geoparser):
    return [m.text for m in geoparser(text)]


@pytest.mark.parametrize("text, name", [
    ("Armed men burned the granaries in Tessoubani overnight, a local official said.", "Tessoubani"),
    ("Two soldiers were wounded at Kwaleridji when their vehicle hit a mine.", "Kwaleridji"),
    ("About 300 households arrived from Dembouyel after the raid.", "Dembouyel"),
    ("Fighters withdrew towards Ngoubatiya before dawn.", "Ngoubatiya"),
    ("- In Bakourabé, gunmen looted the health centre.", "Bakourabé"),
])
def test_unknown_name_after_a_bare_locative_is_a_place(geoparser, text, name):
    assert name in _texts(text, geoparser)


@pytest.mark.parametrize("text, names", [
    ("Displaced families came from Tessoubani and Kwaleridji last week.", ["Tessoubani", "Kwaleridji"]),
    ("Clashes between soldiers and herders were reported in Dembouyel, Ngoubatiya and Bakourabé on Friday.",
     ["Dembouyel", "Ngoubatiya", "Bakourabé"]),
])
def test_list_closed_after_a_bare_located_unknown_name_is_places(geoparser, text, names):
    found = _texts(text, geoparser)
    assert all(name in found for name in names)


@pytest.mark.parametrize("text, name", [
    ("A bomb went off at the entrance of the market of Tessoubani on Monday.", "Tessoubani"),
    ("Gunmen were seen on the edge of Kwaleridji, residents said.", "Kwaleridji"),
    ("The wounded were flown to Dembouyel for treatment.", "Dembouyel"),
    ("Thousands fled after the attack on Ngoubatiya last month.", "Ngoubatiya"),
])
def test_unknown_name_after_a_place_part_a_journey_or_an_attack_is_a_place(geoparser, text, name):
    assert name in _texts(text, geoparser)


@pytest.mark.parametrize("text, name", [
    ("The statement was translated from Tigrinya by our desk.", "Tigrinya"),
    ("Shoppers lined up at Walmart before the storm.", "Walmart"),
    ("The complaint came from Bill Kowalczyk, a local landlord.", "Bill Kowalczyk"),
    ("Engineers from TxDOT inspected the bridge.", "TxDOT"),
    ("Crowds gathered at McGarrity's pub after the match.", "McGarrity"),
    ("The charity was founded by Swami Vandrananda. Donations to the temple rose at Vandrananda's request "
     "and volunteers trained in Vandrananda methods.", "Vandrananda"),
    ("Flights at Kwaleridji airport were suspended.", "Kwaleridji"),
    ("Stampede Kills Four At Discotheque", "Discotheque"),
    ("Residents said he was talking to Ngoubatiya about the debt.", "Ngoubatiya"),
])
def test_everyday_words_people_codes_and_facilities_after_a_locative_are_no_places(geoparser, text, name):
    assert name not in _texts(text, geoparser)

"""Recognition recall on conflict news: lists, hyphenated routes and places named where someone speaks."""

import pytest



def _texts(text, geoparser):
    return [m.text for m in geoparser(text)]


@pytest.mark.parametrize("text, name", [
    ("Shelling was reported near Volnovakha, Zabrodka and Kharkiv overnight.", "Zabrodka"),
    ("A suicide bomber struck a market in Kamburi, Borno, on Tuesday.", "Kamburi"),
    ("Families fled to Mbalori, Ituri and Goma after the raid.", "Mbalori"),
])
def test_unknown_name_in_a_list_closed_by_a_known_place_is_a_place(geoparser, text, name):
    assert name in _texts(text, geoparser)


@pytest.mark.parametrize("text, name", [
    ("According to Zabrodka, Kharkiv and Kyiv officials, the talks failed.", "Zabrodka"),
    ("From Ibrahim Bello, Maiduguri, and Aminu Dauda, Kano.", "Aminu Dauda"),
    ("Clashes between Gandoro and Talaku communities in Kano and Kaduna left ten dead.", "Talaku"),
])
def test_list_of_sources_people_or_communities_gives_no_unknown_place(geoparser, text, name):
    assert name not in _texts(text, geoparser)


@pytest.mark.parametrize("text, names", [
    ("Gunmen torched trucks on the Kaya-Barsalogho road on Sunday.", ["Kaya", "Barsalogho"]),
    ("A mine exploded on the axis Niono-Diabaly, wounding three.", ["Niono", "Diabaly"]),
    ("Traffic on the Damascus-Sweida highway stopped.", ["Damascus", "Sweida"]),
    # the Unicode hyphen (U+2010) of typeset copy, alone in the text
    ("Gunmen torched trucks on the Kaya\u2010Barsalogho road on Sunday.", ["Kaya", "Barsalogho"]),
])
def test_both_ends_of_a_hyphenated_route_are_places(geoparser, text, names):
    found = _texts(text, geoparser)
    assert all(name in found for name in names)


@pytest.mark.parametrize("text, name", [
    ("He lives at 12 Hyland-Croy Road in the township.", "Croy"),
])
def test_capitalised_road_after_a_hyphen_pair_is_a_street(geoparser, text, name):
    assert name not in _texts(text, geoparser)


@pytest.mark.parametrize("text, name", [
    ("Lorries left Gao for Ansongo at dawn. Fighters are active on the Gao-Ansongo road, "
     "and a teacher in Ansongo said schools had closed.", "Ansongo"),
    ("A nurse in Tessalit said the clinic was full.", "Tessalit"),
])
def test_name_after_in_before_a_saying_verb_is_the_speakers_place(geoparser, text, name):
    assert text.count(name) == _texts(text, geoparser).count(name)


@pytest.mark.parametrize("text, name, person", [
    ("Defence Minister Israel Katz said operations would widen. Israel struck Gaza City overnight.", "Israel", "Katz"),
    ("President Jordan Mwale opened the talks. Jordan sent aid to Lusaka on Friday.", "Jordan", "Mwale"),
])
def test_given_name_after_a_title_leaves_the_place_of_that_name_a_place(geoparser, text, name, person):
    found = _texts(text, geoparser)
    assert found.count(name) == 1 and person not in found


@pytest.mark.parametrize("text, name", [
    ("President Hebron told reporters the road was open. Hebron added that talks would go on.", "Hebron"),
])
def test_surname_right_after_a_title_is_still_a_person(geoparser, text, name):
    assert name not in _texts(text, geoparser)

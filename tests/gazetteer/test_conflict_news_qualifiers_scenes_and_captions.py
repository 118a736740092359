"""Conflict and local news: state qualifiers, scene-setting openers, names joined by ``and``, and
captions, as behaviours (sentences written for these tests).

* ``X, State`` puts X in that state even when the story is about a namesake in another state;
* an opening ``In State,`` sets the places of its sentence there, and only of that sentence;
* a gazetteer name that holds ``and`` (``Jammu and Kashmir``, ``Trinidad and Tobago``) is one place;
* a sentence adverb before a name (``Meanwhile Yerevan ...``) is no first name;
* ``the ethnic X majority`` names a people, not its land;
* a written-out street (``Dundas Street``, ``near Adelaide Street``) and a newspaper's title
  (``The London Free Press``) are no places, also on a caption that reads like a title line;
* seats, camps and crossings cities500 lacks, and broad regions in the news, are curated.
"""

from __future__ import annotations

import pytest

from gazetteer.model import PlaceKind

from .geoparse_helpers import by_text


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "name", "story", "qualified"),
    [
        ("PORTLAND, Ore. — Two people were hurt in a crash in Portland on Friday, and Multnomah County deputies "
         "closed the road. Gresham police helped.\nRead more: Portland, Maine, shelter reopens after fire",
         "Portland", "OR", "ME"),
        ("COLUMBUS, Ohio — A man was shot in Columbus on Friday, Franklin County deputies said. Officers from "
         "Dublin and Westerville helped.\nRead more: Columbus, Ga., police arrest suspect in robbery",
         "Columbus", "OH", "GA"),
    ],
)
def test_state_qualifier_beats_the_story_state_for_a_namesake(geoparser, text, name, story, qualified):
    found = [m for m in geoparser(text) if m.text.lower() == name.lower()]
    assert found[-1].place.admin1_code == qualified
    assert {m.place.admin1_code for m in found[:-1]} == {story}


def test_opening_in_state_sets_the_sentence_there(geoparser):
    text = ("Floods hit Aurangabad, Beed and Jalna in Maharashtra. Pune was spared.\n\n"
            "In Bihar, lightning killed three farmers in Aurangabad.")
    found = [m for m in geoparser(text) if m.text == "Aurangabad"]
    assert [m.place.admin1_code for m in found] == ["16", "34"]  # Maharashtra, then Bihar


def test_opening_scene_reaches_only_its_sentence(geoparser):
    text = ("In Bihar, lightning killed three farmers on Sunday. Floods hit Aurangabad, Beed and Jalna, "
            "and Pune was spared.")
    found = by_text(geoparser(text))
    assert found["Aurangabad"].place.admin1_code == "16"


def test_opening_scene_does_not_move_a_qualifying_state(geoparser):
    text = "In Reynosa, across the river from Laredo, Texas, gunmen blocked the highway."
    found = by_text(geoparser(text))
    assert found["Texas"].place.kind is PlaceKind.ADMIN1 and found["Texas"].place.country_code == "US"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Security was tightened across Jammu and Kashmir after the attack.", "Jammu and Kashmir", "IN"),
        ("Heavy rain caused landslides in Trinidad and Tobago overnight.", "Trinidad and Tobago", "TT"),
        ("EU observers arrived in Bosnia and Herzegovina on Monday.", "Bosnia and Herzegovina", "BA"),
    ],
)
def test_a_name_holding_and_is_one_place(geoparser, text, name, country):
    found = by_text(geoparser(text))
    assert name in found and found[name].place.country_code == country


def test_two_places_joined_by_and_stay_two(geoparser):
    assert _texts(geoparser("Shelling hit Mosul and Kirkuk overnight.")) == ["Mosul", "Kirkuk"]


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile Yerevan and Baku traded accusations over the border.",
        "Elsewhere Yerevan said the talks would resume next week.",
    ],
)
def test_sentence_adverb_before_a_name_is_no_first_name(geoparser, text):
    assert "Yerevan" in _texts(geoparser(text))


def test_ethnic_name_is_a_people(geoparser):
    found = _texts(geoparser("The militia recruits from the ethnic Kachin population near Myitkyina in Kachin state."))
    assert found.count("Kachin") == 1


def test_street_on_a_caption_line_is_no_place(geoparser):
    text = ("Photo: Officers at the scene on Dundas Street on Saturday night. (Jane Doe/The London Free Press)\n\n"
            "LONDON, Ont. — A man was stabbed early Saturday.")
    found = _texts(geoparser(text))
    assert "Dundas" not in found and found.count("London") == 0 and "LONDON" in found


def test_unknown_name_ending_in_a_street_word_is_no_place(geoparser):
    text = "HAMILTON, Ont. — Police were called to a home near Ferguson Avenue and Cannon Street on Friday."
    found = _texts(geoparser(text))
    assert not any(t.endswith(("Avenue", "Street")) or t in ("Ferguson", "Cannon") for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the stabbing was reported to the Detroit Free Press by a neighbour. Nobody was held.",
        "Photo: Flooding on the coast road, Sunday. (Jane Doe/The Sydney Morning Herald)",
    ],
)
def test_newspaper_title_is_no_place(geoparser, text):
    assert geoparser(text) == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Arakan Army took the town of Maungdaw after months of fighting.", "Maungdaw", "MM"),
        ("Chinese engineers left Kyaukphyu as the fighting approached the port.", "Kyaukphyu", "MM"),
        ("Troops raided the Nur Shams camp near Tulkarm at dawn.", "Nur Shams", "PS"),
        ("Deportees were returned through the border crossing at Belladère.", "Belladère", "HT"),
        ("A typhoon knocked out power across the Visayas on Tuesday.", "Visayas", "PH"),
        ("Flood warnings were issued across East Anglia on Friday.", "East Anglia", "GB"),
        ("Crops were lost across Marathwada after the rains.", "Marathwada", "IN"),
        ("Fighting in Catatumbo displaced thousands towards Cúcuta.", "Catatumbo", "CO"),
    ],
)
def test_seats_camps_and_regions_the_sources_lack_are_curated(geoparser, text, name, country):
    mention = by_text(geoparser(text)).get(name)
    assert mention is not None and mention.place.country_code == country


def test_hindu_kush_is_the_range(geoparser):
    mention = by_text(geoparser("The quake struck at the eastern end of the Hindu Kush, officials in Kabul said.")).get(
        "Hindu Kush")
    assert mention is not None and mention.place.lat > 34

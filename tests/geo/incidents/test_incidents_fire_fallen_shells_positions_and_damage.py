"""Front-line wording the tagger used to miss: places said to be under fire, shells that
fell or landed somewhere, bulletin items headed "X community:", damage told in a
story of strikes, ground gained in a defence ministry's bulletin, failed pushes,
people led off to an unknown place, and a nom de guerre in brackets. Every sentence
here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ABDUCTION, CLASH, NONE, SHELLING, labels, primary, violent

_WAR = "Russian troops shelled the town of Orikhiv overnight. "


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_WAR + "Hulyaipole, Malokaterynivka and Stepove communities were under fire.",
         ("Hulyaipole", "Malokaterynivka", "Stepove")),
        (_WAR + "The villages of Kamianske and Vesele were under fire.", ("Kamianske", "Vesele")),
    ],
)
def test_places_said_to_be_under_fire_in_a_war_story_were_shelled(text, names):
    found = primary(text, *names)
    assert all(found[n] == SHELLING for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister was under fire over the budget in Kyiv.",
        "The mayor came under fire for closing schools in Kyiv.",
    ],
)
def test_a_politician_under_fire_is_criticism_not_violence(text):
    assert primary(text, "Kyiv")["Kyiv"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Three mortar shells landed in the Hodan district of Mogadishu late on Friday.", "Hodan"),
        ("Some 40 shells fell in the eastern wards of Loikaw, residents said.", "Loikaw"),
        ("Artillery shells also fell on Kutkai, damaging a school.", "Kutkai"),
    ],
)
def test_shells_that_fell_or_landed_somewhere_were_fired_there(text, name):
    assert primary(text, name)[name] == SHELLING


def test_a_plane_that_landed_somewhere_is_still_an_arrival():
    text = "The president's plane landed in Goma on Monday."
    assert primary(text, "Goma")["Goma"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bilopillia community: mortar shelling (4 explosions), a barn was destroyed.", "Bilopillia"),
        ("Vorozhba community: MLRS shelling, no casualties.", "Vorozhba"),
        ("Esman community: mortar shelling (3 explosions), a house was damaged.", "Esman"),
    ],
)
def test_a_bulletin_item_headed_by_its_community_happened_there(text, name):
    assert primary(text, name)[name] == SHELLING


def test_a_district_heading_before_a_named_place_does_not_take_its_event():
    text = "Chuhuiv district: Pechenihy came under artillery fire overnight."
    found = primary(text, "Chuhuiv", "Pechenihy")
    assert found["Pechenihy"] == SHELLING


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Russian drones and missiles hit the region overnight. Substations were damaged in Sumy and "
         "in the Chernihiv and Poltava regions.", ("Sumy", "Chernihiv", "Poltava")),
        ("The enemy attacked the city with drones overnight. In the Nemyshlianskyi district a "
         "warehouse and 4 cars were damaged.", ("Nemyshlianskyi",)),
    ],
)
def test_damage_told_in_a_story_of_strikes_is_a_strike_there(text, names):
    found = labels(text, *names)
    assert all(violent(found.get(n, set())) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Several houses were damaged by floods in Sumy on Tuesday.",
        "A shop window was damaged in Sumy during the night, police said.",
    ],
)
def test_damage_with_no_story_of_armed_violence_is_no_strike(text):
    assert not violent(labels(text, "Sumy").get("Sumy", set()))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Units of the Tsentr group of forces took up more advantageous lines near Udachne and Kotlyne.",
         ("Udachne", "Kotlyne")),
        ("The Sever group improved its tactical position in the areas of Tetkino and Volfino.",
         ("Tetkino", "Volfino")),
    ],
)
def test_ground_gained_in_a_defence_bulletin_is_a_clash_there(text, names):
    found = primary(text, *names)
    assert all(found[n] == CLASH for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In the Huliaipole direction, the enemy unsuccessfully tried to advance near Dobropillia 4 times.",
         "Dobropillia"),
        ("The enemy made 5 unsuccessful attempts to advance towards our positions near Zelene.", "Zelene"),
    ],
)
def test_a_failed_push_in_a_bulletin_is_a_clash(text, name):
    assert primary(text, name)[name] == CLASH


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In occupied Enerhodar, soldiers broke into the house of a 52-year-old man and took him to an "
         "unknown location.", "Enerhodar"),
        ("Gunmen stopped a bus in Damboa and took them to an unknown destination.", "Damboa"),
    ],
)
def test_people_led_off_to_an_unknown_place_were_abducted(text, name):
    assert primary(text, name)[name] == ABDUCTION


def test_a_nom_de_guerre_in_brackets_does_not_cut_the_clause():
    text = ('Meta: Fighting between the armed factions of Jorge Suarez ("Mono Jojoy") and Luis Rojas ("El Paisa") '
            "went on in the rural areas of Uribe and Mesetas.")
    found = primary(text, "Uribe", "Mesetas")
    assert found["Uribe"] == CLASH and found["Mesetas"] == CLASH

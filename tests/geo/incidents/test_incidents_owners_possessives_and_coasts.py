"""Places that only contain, own or frame the event's site take no violence of their own: a
country in the possessive before its region or capital ("in Syria's Hasakah province"), a
state whose campaign is told ("Russia's bombardment of X"), the two sides of a border ("along
A's border with B"), a sea naming a port or a country's coast ("the Arabian Sea port city"),
a province fronted after a list bullet, a city whose outskirts only locate a camp, a capital
named as a bearing ("130 km from the Borno state capital X"), the town where witnesses were
interviewed, the field or depot's province and a capital that "reserves the right to respond".
Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from gazetteer.model import Place

from .incident_helpers import (
    AIR,
    CLASH,
    DISPLACED,
    IED,
    NONE,
    RIOT,
    SHELLING,
    place,
    primary,
    resolved,
)


def country(name: str, code: str) -> Place:
    return place(name, "A", "PCLI", code)


def province(name: str, code: str, admin1: str = "01") -> Place:
    return place(name, "A", "ADM1", code, admin1)


def district(name: str, code: str, admin1: str = "01") -> Place:
    return place(name, "A", "ADM2", code, admin1)


def town(name: str, code: str, admin1: str = "01") -> Place:
    return place(name, "P", "PPL", code, admin1)


def sea(name: str) -> Place:
    return Place(f"test:{name}", name, 0.0, 0.0, "", None, "H", "SEA", 0)


def readings(text: str, places: dict[str, Place]) -> dict[str, tuple[str, str | None]]:
    return primary(text, mentions=resolved(text, places))


@pytest.mark.parametrize(
    ("text", "places", "owner", "site", "expected"),
    [
        ("Drones struck a gas plant in Syria's Hasakah province on Sunday, killing two guards.",
         {"Syria": country("Syria", "SY"), "Hasakah": province("Hasakah", "SY")}, "Syria", "Hasakah", AIR),
        ("Rioters set fire to shops and cars in Kenya's capital Nairobi on Monday.",
         {"Kenya": country("Kenya", "KE"), "Nairobi": town("Nairobi", "KE")}, "Kenya", "Nairobi", RIOT),
        ("Fighters clashed with troops in Sudan's North Kordofan state on Sunday, killing two.",
         {"Sudan": country("Sudan", "SD"), "North Kordofan": province("North Kordofan", "SD")},
         "Sudan", "North Kordofan", CLASH),
    ],
)
def test_a_country_in_the_possessive_only_owns_the_region_or_capital_named_after_it(text, places, owner, site,
                                                                                   expected):
    found = readings(text, places)
    assert found[owner] == NONE
    assert found[site] == expected


@pytest.mark.parametrize(
    ("text", "places", "actor", "site", "expected"),
    [
        ("Russia's bombardment of Kherson went on through the night, killing three people.",
         {"Russia": country("Russia", "RU"), "Kherson": town("Kherson", "UA")}, "Russia", "Kherson", SHELLING),
        ("In the north, Russia's siege of Vovchansk entered its third month and a drone strike in Kupiansk killed two.",
         {"Russia": country("Russia", "RU"), "Vovchansk": town("Vovchansk", "UA")}, "Russia", "Vovchansk", None),
    ],
)
def test_a_state_whose_own_campaign_against_a_place_is_told_is_the_attacker_not_the_site(text, places, actor, site,
                                                                                          expected):
    found = readings(text, places)
    assert found[actor] == NONE
    assert found[site] == expected if expected else found[site] != NONE


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fighting along Ethiopia's border with Eritrea killed four soldiers on Tuesday.", ("Ethiopia", "Eritrea")),
        ("Gunfire on Chad's northern border with Libya left two herders dead.", ("Chad", "Libya")),
    ],
)
def test_both_states_of_a_border_the_event_was_on_are_its_frame(text, names):
    found = primary(text, *names)
    assert all(found[n] == NONE for n in names)


def test_a_state_with_its_border_but_no_other_state_keeps_the_event():
    assert primary("Fighters clashed with troops on Lebanon's border on Sunday, killing two.", "Lebanon")["Lebanon"] == CLASH


@pytest.mark.parametrize(
    ("text", "places", "water", "site"),
    [
        ("Missiles hit fuel tanks at the docks of Mukalla, the third strike this week on the Arabian Sea port city.",
         {"Mukalla": town("Mukalla", "YE"), "Arabian Sea": sea("Arabian Sea")}, "Arabian Sea", "Mukalla"),
        ("Drones struck an oil depot in Novorossiysk on Russia's Black Sea coast overnight.",
         {"Novorossiysk": town("Novorossiysk", "RU"), "Russia": country("Russia", "RU"),
          "Black Sea": sea("Black Sea")}, "Black Sea", "Novorossiysk"),
    ],
)
def test_a_sea_naming_a_port_or_a_countrys_coast_only_locates_the_port(text, places, water, site):
    found = readings(text, places)
    assert found[water] == NONE
    assert found[site] != NONE


def test_a_coast_people_fled_to_is_their_destination():
    text = "Families from the city streamed north towards the Caspian coast to escape the bombing."
    assert readings(text, {"Caspian": sea("Caspian")})["Caspian"] == DISPLACED


@pytest.mark.parametrize(
    ("text", "places", "container", "site", "expected"),
    [
        ("- In Taiz, shelling in Maqbana district on 3 May wounded two children.",
         {"Taiz": province("Taiz", "YE", "11"), "Maqbana": district("Maqbana", "YE", "11")},
         "Taiz", "Maqbana", SHELLING),
        ("• In Hajjah, a landmine in Abs district killed a shepherd on 4 May.",
         {"Hajjah": province("Hajjah", "YE", "15"), "Abs": district("Abs", "YE", "15")}, "Hajjah", "Abs", IED),
    ],
)
def test_a_province_fronted_after_a_list_bullet_is_the_container_of_its_district(text, places, container, site,
                                                                                 expected):
    found = readings(text, places)
    assert found[container] == NONE
    assert found[site] == expected


def test_a_city_whose_outskirts_only_locate_a_camp_takes_no_violence():
    text = "Clashes in Harib district killed two fighters and displaced 40 families to the Al Sowayda camp on the outskirts of Ataq city."
    found = primary(text, "Harib", "Al Sowayda", "Ataq")
    assert found["Harib"] == CLASH
    assert found["Ataq"] == NONE


def test_a_capital_named_as_a_bearing_after_its_province_takes_no_violence():
    text = "A bomb exploded at a market in Gwoza, about 130 km from the Borno state capital Maiduguri, killing five."
    places = {"Gwoza": district("Gwoza", "NG", "05"), "Borno": province("Borno", "NG", "05"),
              "Maiduguri": town("Maiduguri", "NG", "05")}
    found = readings(text, places)
    assert found["Gwoza"] == IED
    assert found["Maiduguri"] == NONE


@pytest.mark.parametrize(
    ("text", "frame", "site"),
    [
        ("Refugees interviewed in Kutupalong reported continued shelling in northern Buthidaung.", "Kutupalong",
         "Buthidaung"),
        ("Farmers interviewed at Dadaab said gunmen had shot two herders near Bardera.", "Dadaab", "Bardera"),
    ],
)
def test_where_witnesses_were_interviewed_is_no_event_place(text, frame, site):
    found = primary(text, frame, site)
    assert found[frame] == NONE
    assert found[site] != NONE


@pytest.mark.parametrize(
    ("text", "container", "site"),
    [
        ("Production at the Kor Mala gas field in Erbil province was halted on Friday after a rocket attack.",
         "Erbil", "Kor Mala"),
        ("A rocket attack hit the Kor Mala gas field in Erbil province on Friday.", "Erbil", "Kor Mala"),
    ],
)
def test_the_province_of_a_named_field_only_locates_it(text, container, site):
    found = primary(text, container, site)
    assert found[container] == NONE
    assert found[site] != NONE


def test_a_capital_that_reserves_the_right_to_respond_is_the_government():
    text = "Israeli jets struck military sites near Isfahan overnight, and Tehran reserves the right to respond, the ministry said."
    found = primary(text, "Isfahan", "Tehran")
    assert found["Isfahan"] == AIR
    assert found["Tehran"] == NONE


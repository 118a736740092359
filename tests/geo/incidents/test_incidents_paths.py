"""Places on the path of a movement and landmarks take no violence of their clause.

Pins :mod:`geo.incidents.paths` and the roles built on it: the ends of a journey
("a minibus driving from A to B near C": the attack is at C), where attackers came
from ("who had crossed from neighbouring A", "coming from A and B"), where people
escaped or bodies were brought to, a river a town was shelled across, and the agent
of an attack named before its target ("an attack attributed to rebels against a
camp" is on civilians).
"""

from __future__ import annotations


import pytest

from geo.incidents.roles import Role, mention_roles
from geo.model import VIOLENT_TYPES

from .incident_helpers import ATTACK, NONE, find_mentions, labels


@pytest.mark.parametrize(
    ("text", "ends", "scene"),
    [
        ("Bandits ambushed a minibus driving from Gusau to Funtua near Tsafe on Sunday, killing nine passengers.",
         ("Gusau", "Funtua"), "Tsafe"),
        ("Gunmen opened fire on a truck travelling from Kidal to Gao near Tarkint, killing three drivers.",
         ("Kidal", "Gao"), "Tarkint"),
        ("Rebels attacked a convoy on its way to Bunia near Komanda, killing four soldiers.", ("Bunia",), "Komanda"),
        ("Militants seized a lorry travelling by road from Garissa to Dadaab outside Modogashe and shot the driver.",
         ("Garissa", "Dadaab"), "Modogashe"),
    ],
)
def test_the_ends_of_a_journey_are_no_event_places_but_the_place_near_them_is(text, ends, scene):
    got = labels(text, *ends, scene)
    for end in ends:
        assert got[end] == {NONE}, end
    assert {t for t, _ in got[scene]} & VIOLENT_TYPES


@pytest.mark.parametrize(
    ("text", "origins", "target"),
    [
        ("Insurgents who had crossed from neighbouring Niger attacked an army post in Tillaberi, killing six soldiers.",
         ("Niger",), "Tillaberi"),
        ("Fighters arriving from the rebel-held town of Jazira stormed Wad Madani and killed dozens of civilians.",
         ("Jazira",), "Wad Madani"),
        ("Troops shelled Marhanets from the occupied Enerhodar plant, wounding a woman.", ("Enerhodar",), "Marhanets"),
        ("Gunmen coming from Ghat and Awbari attacked a checkpoint in Sabha, killing two guards.", ("Ghat", "Awbari"),
         "Sabha"),
    ],
)
def test_where_attackers_or_mediators_came_from_takes_no_violence(text, origins, target):
    got = labels(text, *origins, target)
    for origin in origins:
        assert got[origin] == {NONE}, origin
    assert {t for t, _ in got[target]} & VIOLENT_TYPES


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed 12 villagers in Bokkos, and survivors escaped into the bush toward Mangu.", "Mangu"),
        ("Two soldiers were killed in the ambush, and their bodies were taken to the army barracks in Diffa.", "Diffa"),
        ("Shelling closed the airport in Khartoum, and flights were diverted to Port Sudan.", "Port Sudan"),
    ],
)
def test_where_survivors_escaped_or_the_dead_were_taken_takes_no_violence(text, place):
    assert not {t for t, _ in labels(text, place)[place]} & VIOLENT_TYPES


@pytest.mark.parametrize(
    ("text", "target", "river"),
    [
        ("Russian troops shelled Marhanets across the Dnipro river overnight, wounding a woman.",
         "Marhanets", "Dnipro"),
        ("Artillery pounded Kuru across the Benue river on Monday, killing two farmers.", "Kuru", "Benue"),
        ("Soldiers fired mortars at Bentiu along the White Nile river, killing a child.", "Bentiu", "White Nile"),
    ],
)
def test_a_river_the_town_was_attacked_across_is_only_a_landmark(text, target, river):
    got = labels(text, target, river)
    assert got[river] == {NONE}
    assert {t for t, _ in got[target]} & VIOLENT_TYPES


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Rockets fired from Lebanon toward Metula damaged several homes.", "Metula"),
        ("Protests spread from Kisumu to Nakuru, where police fired tear gas at crowds.", "Nakuru"),
    ],
)
def test_a_target_or_protest_after_from_a_to_b_keeps_its_event(text, kept):
    names = ("Lebanon", "Metula") if "Metula" in text else ("Kisumu", "Nakuru")
    assert labels(text, *names)[kept] != {NONE}


@pytest.mark.parametrize(
    "text",
    [
        "At least 20 people were killed in an attack attributed to ADF rebels against a village in Beni.",
        "Eleven civilians were killed in an attack blamed on CODECO fighters against a displacement site in Beni.",
    ],
)
def test_an_attack_with_its_agent_named_before_a_civilian_target_is_on_civilians(text):
    assert ATTACK in labels(text, "Beni")["Beni"]


@pytest.mark.parametrize(
    ("text", "names", "roles"),
    [
        ("Militias burned homes in Lopa, in the district of Walendu, province of Ituri.",
         ("Lopa", "Walendu", "Ituri"), ["place", "qualifier", "qualifier"]),
        ("Gunmen attacked a bus travelling from Mopti to Gao near Boni.", ("Mopti", "Gao", "Boni"),
         ["frame", "frame", "place"]),
    ],
)
def test_roles_of_qualifier_chains_and_routes(text, names, roles):
    spans = [(m.start, m.end) for m in find_mentions(text, *names)]
    assert [r.value for r in mention_roles(text, spans, [(0, len(text))])] == roles
    assert Role.PLACE.value in roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where fire was launched from, past "across the border" or whose positions they were
        ("Drones launched from across the border in the Belgorod region struck a fuel depot in Sumy.", "Belgorod"),
        ("Mortar rounds were fired from positions held by the militia around Kajo Keji, hitting a school in Yei.",
         "Kajo Keji"),
        ("Rockets were fired from positions controlled by the rebels near Goma, hitting a market in Gisenyi.",
         "Goma"),
        # where an attack was planned or directed from
        ("Investigators said the bombing had been planned by commanders in Idlib and carried out by a local cell.",
         "Idlib"),
        # the other side of a border area
        ("Soldiers chased the bandits up to the border area with Niger, and several of them were shot dead.",
         "Niger"),
    ],
)
def test_launch_site_planners_seat_and_border_neighbour_take_no_violence(text, name):
    found = labels(text, name)[name]
    assert not any(t in VIOLENT_TYPES for t, _ in found)

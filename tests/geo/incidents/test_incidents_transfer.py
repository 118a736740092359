"""Mechanisms that recur across independently written blind sets (holdouts 3 and 4):
scene-setting places, roads between two places, reference points, the wording of
protests, police against crowds, arrest raids, hostage taking, displacement
arrivals and camps, property destruction and bases. Every sentence here is new
(none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    ABDUCTION, AIR, ARRESTS, ATTACK, BASE, CLASH, DISPLACED, DISRUPTED, GOV_REGAINS, HANDOVER, IED, INTERVENTION,
    LOOTING, NONE, PEACEFUL, RIOT, place, primary, resolved,
)


# ----------------------------------------------------------------------------- the scene of a clause


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        ("In neighbouring Mali, gunmen ambushed an army convoy near Ansongo on Friday.",
         {"Mali": place("Mali", "A", "PCLI", "ML"), "Ansongo": place("Ansongo", "P", "PPL", "ML")},
         {"Mali": NONE, "Ansongo": CLASH}),
        ("Across the border in Chad, a landmine struck a truck on the road between Bol and Baga Sola.",
         {"Chad": place("Chad", "A", "PCLI", "TD"), "Bol": place("Bol", "P", "PPLA", "TD"),
          "Baga Sola": place("Baga Sola", "P", "PPL", "TD")},
         {"Chad": NONE, "Bol": IED, "Baga Sola": IED}),
        # a fronted place the event is near: a reference point
        ("Near Hebron, settlers attacked shepherds in the village of Susya.",
         {"Hebron": place("Hebron", "P", "PPLA", "PS"), "Susya": place("Susya", "P", "PPL", "PS")},
         {"Hebron": NONE, "Susya": ATTACK}),
        # an unknown town in the scene set by a province
        ("In Borno state, militants stormed a military base in Marte overnight.",
         {"Borno": place("Borno", "A", "ADM1", "NG", "27")},
         {"Borno": NONE, "Marte": CLASH}),
    ],
)
def test_a_fronted_container_or_reference_point_leaves_the_event_to_the_place_in_it(text, places, expected):
    names = [n for n in expected if n not in places]
    ms = resolved(text, {**places, **{n: None for n in names}})
    got = primary(text, mentions=ms)
    assert {n: got[n] for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "places", "name"),
    [
        # not fronted: the country is named as the place ("struck sites in Syria, including ...")
        ("Jets struck several sites in Syria, including Ariha, on Sunday.",
         {"Syria": place("Syria", "A", "PCLI", "SY"), "Ariha": place("Ariha", "P", "PPL", "SY")},
         "Syria"),
        # a fronted city that is no container keeps its own event when nothing else is named
        ("In Kharkiv, a missile hit a school overnight.", {"Kharkiv": place("Kharkiv", "P", "PPLA", "UA")},
         "Kharkiv"),
    ],
)
def test_a_place_named_as_the_scene_alone_keeps_its_event(text, places, name):
    got = primary(text, mentions=resolved(text, places))
    assert got[name] != NONE


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("A roadside bomb hit a bus on the highway between Kousseri and Maltam, killing six.",
         ("Kousseri", "Maltam"), {"Kousseri": IED, "Maltam": IED}),
        ("Airlines suspended flights between Lagos and Accra after the storm.", ("Lagos", "Accra"),
         {"Lagos": NONE, "Accra": NONE}),
        ("Rebels ambushed a convoy on the road to Butembo.", ("Butembo",), {"Butembo": NONE}),
    ],
)
def test_an_event_on_the_road_between_two_places_is_at_both(text, names, expected):
    got = primary(text, *names)
    assert {n: got[n] for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "names", "name"),
    [
        ("Shells hit the Antonivka pumping station near Kherson, cutting water supplies.",
         ("Antonivka", "Kherson"), "Kherson"),
        ("A drone hit a car in the centre of Kupiansk district, east of Kharkiv, on Monday.",
         ("Kupiansk", "Kharkiv"), "Kharkiv"),
    ],
)
def test_a_reference_point_after_a_site_or_a_district_takes_no_violence(text, names, name):
    got = primary(text, *names)
    assert got[name] == NONE
    assert got[names[0]] != NONE


# ----------------------------------------------------------------------------- protests


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("After the Friday prayer, thousands went out in Taiz in solidarity with the detainees.", ("Taiz",),
         {"Taiz": PEACEFUL}),
        ("Marches in Cochabamba and Sucre passed off without incident, organisers said.", ("Cochabamba", "Sucre"),
         {"Cochabamba": PEACEFUL, "Sucre": PEACEFUL}),
        ("Workers in Rosario, Cordoba and Mendoza marched peacefully on Thursday.",
         ("Rosario", "Cordoba", "Mendoza"), {"Rosario": PEACEFUL, "Cordoba": PEACEFUL, "Mendoza": PEACEFUL}),
        ("The weekly gathering in Tbilisi ended peacefully late on Saturday.", ("Tbilisi",), {"Tbilisi": PEACEFUL}),
        ("Hundreds of the citizens of the town of Zawiya went out in a demonstration against the militias.",
         ("Zawiya",), {"Zawiya": PEACEFUL}),
        # going out with no cause is no protest
        ("Residents of Orikhiv went out to look for water on Sunday.", ("Orikhiv",),
         {"Orikhiv": NONE}),
    ],
)
def test_protest_wording_beyond_protest_nouns(text, names, expected):
    got = primary(text, *names)
    assert {n: got[n] for n in expected} == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Police entered a university hall occupied by students in Santiago and cleared the sit-in.", "Santiago",
         INTERVENTION),
        ("Rioters ransacked the parliament building in Asuncion before police regained control.", "Asuncion", RIOT),
        # soldiers against militiamen: territory
        ("Soldiers regained control of Bunia after militiamen withdrew.", "Bunia", GOV_REGAINS),
    ],
)
def test_police_taking_back_a_building_from_a_crowd_is_no_territory(text, name, expected):
    assert primary(text, name)[name] == expected


# ----------------------------------------------------------------------------- violence and developments


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Gunmen shot dead four labourers in Turbat on Sunday.", "Turbat", ATTACK),
        ("Armed men took 30 passengers hostage near Birnin Gwari on Monday.", "Birnin Gwari", ABDUCTION),
        ("Masked men held journalists at gunpoint in Kananga on Monday.", "Kananga", ABDUCTION),
        ("Negotiators discussed the hostages still held in Rafah.", "Rafah", NONE),
        ("An unmanned aerial vehicle struck a fuel depot in Tikhoretsk overnight.", "Tikhoretsk", AIR),
        ("Air defence forces destroyed over the territory of Bryansk region eight drones.", "Bryansk", DISRUPTED),
        ("A drone attack on the airport of Erbil was thwarted by the coalition.", "Erbil", DISRUPTED),
        ("Soldiers stormed the village of Beit Ummar at dawn and arrested six young men.", "Beit Ummar", ARRESTS),
        ("Soldiers stormed the village of Qabatiya, shot dead two men and arrested six.", "Qabatiya", ATTACK),
        ("Militants burned a school in Bama and fled into the bush.", "Bama", LOOTING),
        ("Army bulldozers destroyed the homes of three families in Beita.", "Beita", LOOTING),
        ("The hurricane tore through Tobago, destroying homes and roads.", "Tobago", NONE),
        ("The army established a new military point near the village of Hadar.", "Hadar", BASE),
        ("Soldiers installed a new camp in Tessit after the peacekeepers left.", "Tessit", BASE),
    ],
)
def test_event_classes_named_by_less_common_words(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Fighting spread across Upper Nile. Refugees crossed the border at Gallabat on Sunday.", ("Upper Nile", "Gallabat"),
         {"Gallabat": DISPLACED}),
        ("Thousands fled the fighting in Tawila. Families arriving in Korma said the roads were unsafe.",
         ("Tawila", "Korma"), {"Korma": DISPLACED}),
        ("Thousands fled the shelling in Kadugli, and families are sheltering under trees in the Gorom camp.",
         ("Kadugli", "Gorom"), {"Gorom": DISPLACED}),
        ("Thousands fled Maban into Ethiopia, where the camps in Gambella are full.", ("Maban", "Ethiopia", "Gambella"),
         {"Gambella": DISPLACED}),
        # arrivals outside a story of flight are visits
        ("Delegates arriving in Doha were greeted by the emir.", ("Doha",), {"Doha": NONE}),
        ("Militants trained in camps in Kunar, the report said.", ("Kunar",), {"Kunar": NONE}),
    ],
)
def test_displacement_arrivals_crossings_and_camps(text, names, expected):
    got = primary(text, *names)
    assert {n: got[n] for n in expected} == expected


# ----------------------------------------------------------------------------- protests, riots, handovers, swaps


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # civilians blocking a road are protesting, not besieging
        ("Hundreds of truckers kept up a blockade of the highway near Oruro for a second day, demanding fuel.",
         "Oruro", PEACEFUL),
        ("Farmers blocked a main road outside Ludhiana for three hours on Monday.", "Ludhiana", PEACEFUL),
        ("Nurses held a silent march in Cochabamba to demand back pay.", "Cochabamba", PEACEFUL),
        # fights with crude weapons, or during a rally, with no armed group: a riot
        ("Rival student groups fought each other with stones and iron rods outside a college in Rajshahi.",
         "Rajshahi", RIOT),
        ("Two killed as clashes erupt in Bogra during an opposition rally.", "Bogra", RIOT),
        ("Three people were killed when supporters of the ruling party attacked a rally in Narsingdi.",
         "Narsingdi", RIOT),
        ("Youths hurled rocks at the police station in Sidi Bouzid after dark.", "Sidi Bouzid", RIOT),
        ("Barricades were erected by groups of youths on the roads of Mont-Dore overnight.", "Mont-Dore", RIOT),
    ],
)
def test_civilian_blockades_marches_and_crude_fights_are_protests_or_riots(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The army said it had taken over positions in Maroun al-Ras vacated by Israeli troops.", "Maroun al-Ras",
         HANDOVER),
        ("Russia and Ukraine exchanged 95 prisoners of war at a crossing point near Kharkiv on Friday.",
         "Kharkiv", ("Strategic developments", "Agreement")),
        ("The two sides swapped 40 detainees at the Bab al-Hawa crossing, mediators said.", "Bab al-Hawa",
         ("Strategic developments", "Agreement")),
        # an exchange agreed on is still to come
        ("Delegations met in Muscat and agreed to exchange 300 prisoners next month.", "Muscat", NONE),
    ],
)
def test_vacated_positions_are_handed_over_and_prisoner_swaps_are_agreements(text, name, expected):
    assert primary(text, name)[name] == expected

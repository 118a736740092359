"""Remote violence told through its weapon, its toll or its road.

Pins: blows at fighters ("neutralised", "struck manpower", "destroyed combat vehicles")
dealt by aircraft, drones or artillery named as their agent are remote strikes, not
clashes, unless a fight on the ground comes between; "aerial strikes" and "air
interdiction" are air strikes; a toll in the clause after a remote strike is that
strike's; an attack told with a weapon after "with", or followed by shrapnel wounds,
came from afar; the two ends of a road after "axis" are where a roadside blast happened,
unless a place near it is named.
"""

from __future__ import annotations

import pytest

from .incident_helpers import AIR, CLASH, IED, NONE, SHELLING, primary


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        ("Air force jets struck insurgent columns near Tessit overnight, neutralising about forty fighters.",
         "Tessit", AIR),
        ("The army's drones targeted gatherings of the rebels in Karmal and destroyed several combat vehicles.",
         "Karmal", AIR),
        ("Over the past day, artillery units struck manpower of the enemy near Borova and Kolodiazne.",
         "Borova", SHELLING),
        ("Military aircraft neutralised dozens of militants near Kouri on Sunday.", "Kouri", AIR),
        ('The army said its drones had "neutralised" a group of "terrorists" near Sabou, close to the border.',
         "Sabou", AIR),
    ],
)
def test_blow_at_fighters_dealt_from_afar_is_a_remote_strike(text, place, label):
    assert primary(text, place)[place] == label


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops, supported by the air force, engaged the militants in a fierce firefight near Bula, "
         "neutralising twelve of them.", "Bula"),
        ("Soldiers shot down a drone and neutralised three militants near Garin Dogo.", "Garin Dogo"),
        ("Infantry units fought the rebels near Tabra and destroyed four combat vehicles.", "Tabra"),
    ],
)
def test_blow_at_fighters_after_a_ground_fight_stays_a_clash(text, place):
    assert primary(text, place)[place] == CLASH


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The military said its aerial strikes hit a camp of the insurgents near Mopeli on Friday.", "Mopeli"),
        ("The Air Component conducted air interdiction on a hideout at Dabwa, destroying several huts.",
         "Dabwa"),
    ],
)
def test_aerial_strikes_and_air_interdiction_are_air_strikes(text, place):
    assert primary(text, place)[place] == AIR


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        ("FPV drones attacked Lypky and Zelene; a 60-year-old woman was injured in Zelene.", "Zelene", AIR),
        ("In Kupiany a man was killed by enemy shelling at his gate; in Sadky a woman died of her wounds.",
         "Sadky", SHELLING),
    ],
)
def test_toll_in_the_clause_after_a_remote_strike_is_that_strike(text, place, label):
    found = primary(text, *({"Zelene": ("Lypky", "Zelene"), "Sadky": ("Kupiany", "Sadky")}[place]))
    assert found[place] == label


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        ("The villages of Ternova and Prudy were attacked overnight: in Prudy two men received shrapnel wounds.",
         "Ternova", SHELLING),
        ("The enemy attacked with drones the outskirts of Vovcha in the morning.", "Vovcha", AIR),
        ("The occupiers attacked with artillery the centre of Bilenke.", "Bilenke", SHELLING),
    ],
)
def test_attack_told_with_a_remote_weapon_or_shrapnel_came_from_afar(text, place, label):
    assert primary(text, place)[place] == label


@pytest.mark.parametrize(
    ("text", "ends", "label"),
    [
        ("An explosive device went off under a truck on the axis Gao-Ansongo, killing the driver.",
         ("Gao", "Ansongo"), IED),
        ("A landmine exploded under a bus on the axis Kaya-Barsalogho on Monday, killing six passengers.",
         ("Kaya", "Barsalogho"), IED),
    ],
)
def test_ends_of_an_axis_with_no_place_named_near_it_take_the_blast(text, ends, label):
    found = primary(text, *ends)
    assert all(found[e] == label for e in ends)


def test_ends_of_an_axis_with_a_place_named_near_it_are_only_its_name():
    text = "A bus hit an explosive device on the axis Gao-Ansongo, near Bourra, killing four people."
    found = primary(text, "Gao", "Ansongo", "Bourra")
    assert found["Bourra"] == IED
    assert found["Gao"] == NONE and found["Ansongo"] == NONE

"""Strategic developments the tagger missed (holdouts 19-37): property destruction
beyond houses and cars (chapels, bridges, tankers, commandeered ambulances, belongings
carried off, olive trees uprooted), looting told with the place the goods were taken
"from", a town's police making arrests, and areas that "passed under the control of"
a new authority. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import ARRESTS, DISPLACED, HANDOVER, LOOTING, NONE, place, primary, resolved


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Insurgents burned a chapel in Mecufi on Sunday night.", "Mecufi"),
        ("Suspected jihadists burned four fuel tankers near Kita on Tuesday.", "Kita"),
        ("Before withdrawing, the fighters burned the bridges near Balad.", "Balad"),
        ("Rebels burned two dump trucks at a road project in Loreto.", "Loreto"),
        ("Gunmen burned the health centre of Tera overnight.", "Tera"),
        # the object first
        ("Shops were burned in Markoye after the raid.", "Markoye"),
        ("Huts burned in Nangade after the insurgents left.", "Nangade"),
    ],
)
def test_burning_a_building_vehicle_or_bridge_is_property_destruction(text, name):
    assert primary(text, name)[name] == LOOTING


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Armed men commandeered three ambulances in Kutum on Monday.", "Kutum"),
        ("Soldiers broke into flats in Oleshky and took out household appliances.", "Oleshky"),
        ("Bandits stopped travellers near Gusau and took their phones.", "Gusau"),
    ],
)
def test_vehicles_commandeered_and_belongings_carried_off_are_looting(text, name):
    assert primary(text, name)[name] == LOOTING


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Settlers uprooted 300 olive trees in Burqa on Friday.", "Burqa", LOOTING),
        ("Colonists uprooted dozens of saplings near Turmus Ayya.", "Turmus Ayya", LOOTING),
        # people uprooted are still displaced
        ("The fighting uprooted thousands of families in Kalehe.", "Kalehe", DISPLACED),
    ],
)
def test_trees_uprooted_are_property_destruction_not_displacement(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("The militants looted fuel and medicine from the Zalingei camp before dawn.", ("Zalingei",),
         {"Zalingei": LOOTING}),
        ("Raiders stole 60 cattle from Bakori and escaped.", ("Bakori",), {"Bakori": LOOTING}),
        # where the looters came from, or a convoy's origin, is not where the looting was
        ("Fighters from Tessit looted shops in Ansongo.", ("Tessit", "Ansongo"),
         {"Tessit": NONE, "Ansongo": LOOTING}),
        ("Gunmen looted a convoy of trucks coming from Sevare.", ("Sevare",), {"Sevare": NONE}),
    ],
)
def test_the_place_goods_were_looted_from_takes_the_looting(text, names, expected):
    assert primary(text, *names) == expected


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        ("Meanwhile, the police of Galkayo arrested 7 people accused of extortion.",
         {"Galkayo": place("Galkayo", "P", "PPL", "SO")}, {"Galkayo": ARRESTS}),
        # a state's police is the state, no place of the arrest
        ("The police of Kenya arrested 7 people in Mandera.",
         {"Kenya": place("Kenya", "A", "PCLI", "KE"), "Mandera": place("Mandera", "P", "PPL", "KE")},
         {"Kenya": NONE, "Mandera": ARRESTS}),
    ],
)
def test_a_towns_police_makes_its_arrests_in_the_town(text, places, expected):
    assert primary(text, *places, mentions=resolved(text, places)) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Under the border deal, the villages of Yukhari Askipara and Sofulu passed under the control of Azerbaijan's "
         "border service.", ("Yukhari Askipara", "Sofulu")),
        ("The district of Wajid passes under the control of the regional administration next week.", ("Wajid",)),
    ],
)
def test_an_area_passing_under_the_control_of_an_authority_is_a_handover(text, names):
    assert set(primary(text, *names).values()) == {HANDOVER}


def test_a_division_in_brackets_only_locates_the_place_before_it():
    text = "In Kot Addu (Punjab), a mob set fire to a police post."
    places = {"Kot Addu": place("Kot Addu", "P", "PPL", "PK", "04"), "Punjab": place("Punjab", "A", "ADM1", "PK", "04")}
    assert primary(text, *places, mentions=resolved(text, places))["Punjab"] == NONE

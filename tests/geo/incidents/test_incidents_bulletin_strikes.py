"""Remote violence and violence against civilians told in bulletin and wire wording.

Pins: a fronted "Under fire were A, B" list and fire "from MLRS" (shelling); impact
participles ("..., hitting A and B") that go on with the strike before them, even
past an inserted speech tag; two attacks in coordinate clauses of one segment;
"as a result of" and a bulletin's "In X — shelling" heading, which open no clause
of their own; a weapon after "with" as the instrument, not the target; bodies found
with marks of violence, hostages taken with a long object between, a ransom demanded,
and civilians shot in an article about armed violence (violence against civilians).
"""

from __future__ import annotations

import pytest

from .incident_helpers import ABDUCTION, AIR, ATTACK, NONE, SHELLING, primary


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Under fire were Vovchansk, Kozacha Lopan and the village of Strilecha.",
         ("Vovchansk", "Kozacha Lopan", "Strilecha")),
        ("The occupiers shelled the district 40 times: under fire were Marhanets and Pokrovske.",
         ("Marhanets", "Pokrovske")),
        ("Under enemy fire was Velykyi Burluk, the head of the community said.", ("Velykyi Burluk",)),
    ],
)
def test_fronted_under_fire_list_is_shelling_of_every_place(text, places):
    found = primary(text, *places)
    assert all(found[p] == SHELLING for p in places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kupiansk came under fire from MLRS overnight.", "Kupiansk"),
        ("Russian forces hit Chasiv Yar with multiple launch rocket systems on Sunday.", "Chasiv Yar"),
        ("Russian troops struck Kramatorsk with multiple rocket launchers, wounding five people.", "Kramatorsk"),
        ("The enemy struck Myrnohrad with two rockets in the morning.", "Myrnohrad"),
    ],
)
def test_rocket_systems_fired_on_a_place_are_shelling(text, place):
    assert primary(text, place)[place] == SHELLING


def test_minister_under_fire_is_no_shelling():
    text = "The finance minister came under fire in Kyiv over the new budget."
    assert primary(text, "Kyiv")["Kyiv"] == NONE


@pytest.mark.parametrize(
    ("text", "places", "label"),
    [
        ("Russian troops shelled border villages 120 times, the governor said, hitting Yunakivka and Myropillia.",
         ("Yunakivka", "Myropillia"), SHELLING),
        ("Guided bombs pounded communities of the Kharkiv region, hitting Zolochiv and Derhachi.",
         ("Zolochiv", "Derhachi"), AIR),
        ("Drones struck the Odesa region overnight, the governor said, hitting Izmail and Reni.", ("Izmail", "Reni"), AIR),
    ],
)
def test_impact_participle_takes_the_strike_before_it(text, places, label):
    found = primary(text, *places)
    assert all(found[p] == label for p in places)


def test_strike_in_coordinate_clause_is_not_swallowed_by_a_later_shelling():
    text = "Overnight, air strikes hit Kurakhove and Hirnyk, and artillery shelling was reported on Selydove."
    found = primary(text, "Kurakhove", "Hirnyk", "Selydove")
    assert found["Kurakhove"] == AIR and found["Hirnyk"] == AIR
    assert found["Selydove"] == SHELLING


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (("In the Ternivskyi district as a result of a drone attack a man of 45 years was injured, "
          "he was taken to hospital in Kryvyi Rih."), "Ternivskyi"),
        ("In the village of Dvorichna — artillery shelling, a barn and a car damaged.", "Dvorichna"),
    ],
)
def test_bulletin_place_heading_takes_the_attack_after_it(text, place):
    label = primary(text, place)[place]
    assert label in (AIR, SHELLING)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The bodies of four men with gunshot wounds were found dumped in Zamora on Tuesday.", "Zamora"),
        ("Soldiers found the bodies of three farmers, their hands tied, outside Kalemie.", "Kalemie"),
        ("Six bodies, some showing signs of torture, were left on a highway outside Celaya on Sunday.", "Celaya"),
    ],
)
def test_bodies_found_with_marks_of_violence_are_an_attack_on_civilians(text, place):
    assert primary(text, place)[place] == ATTACK


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Divers recovered the bodies of 12 migrants from the sea off Zuwara.", "Zuwara"),
        ("The body of a missing climber was found near Zermatt on Monday.", "Zermatt"),
        ("Rescuers pulled the bodies of nine people from the rubble after floods hit Derna.", "Derna"),
    ],
)
def test_bodies_of_drowned_lost_or_buried_people_are_no_attack(text, place):
    assert primary(text, place)[place] == NONE


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rioting inmates took more than 60 guards and kitchen staff hostage at the prison in Ambato.", "Ambato"),
        ("Armed men seized five teachers near Kagarko and demanded a ransom for their release.", "Kagarko"),
    ],
)
def test_people_held_hostage_or_for_ransom_are_abducted(text, place):
    assert primary(text, place)[place] == ABDUCTION


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        (("Cartel gunmen have terrorised the region for months. Among the victims were a farmer and his son, "
          "shot in their truck outside Tepalcatepec."), "Tepalcatepec", ATTACK),
        (("Cartel gunmen have terrorised the region for months. A director shot a documentary about the "
          "farmers of Tepalcatepec last year."), "Tepalcatepec", NONE),
    ],
)
def test_civilians_shot_in_an_armed_story_are_an_attack_on_civilians(text, place, label):
    assert primary(text, place)[place] == label


def test_a_water_cannon_fired_at_a_ship_is_no_protest():
    text = "A coast guard ship fired a water cannon at a supply vessel near Second Thomas Shoal in the South China Sea."
    assert primary(text, "South China Sea")["South China Sea"] == NONE

"""Front-line wording found on the blind holdouts of the fourth round (19, 20, 24-30):
general-staff summaries ("the occupiers attacked 12 times near X", "repelled attacks
near X"), captures told with a bare verb before the town ("had taken X"), control
taken in full, and the area named by a place near it. Every sentence here is new."""

from __future__ import annotations

import pytest

from .incident_helpers import CLASH, NONE, NSO, primary


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("In the Siversk direction, the occupiers attacked nine times near Bilohorivka and Verkhnokamianske.",
         ("Bilohorivka", "Verkhnokamianske")),
        ("Our defenders repelled 14 enemy assaults near Toretsk and Shcherbynivka on Tuesday.",
         ("Toretsk", "Shcherbynivka")),
        ("Attempts by enemy assault groups to break through near Vovchansk were repulsed overnight.",
         ("Vovchansk",)),
        ("The aggressor carried out 11 attacks near Kostiantynivka and Chasiv Yar, the General Staff said.",
         ("Kostiantynivka", "Chasiv Yar")),
    ],
)
def test_a_general_staff_summary_is_a_clash_at_every_village_it_lists(text, names):
    got = primary(text, *names)
    assert all(got[n] == CLASH for n in names)


def test_the_police_holding_off_an_attack_on_their_base_is_a_clash_not_a_riot():
    text = "Police officers said they had repelled an attack by gunmen on their station in Kenscoff on Friday."
    assert primary(text, "Kenscoff")["Kenscoff"] == CLASH


@pytest.mark.parametrize(
    "text",
    [
        "Jihadist fighters said on Sunday they had taken Djibo after a two-day assault.",
        "The rebels say they have seized Bunia, the capital of Ituri province.",
        "Insurgents took the town of Mocimboa da Praia before dawn on Thursday, residents said.",
        "The militia announced it had taken full control of Sinjar after the army withdrew.",
    ],
)
def test_a_bare_verb_of_taking_before_the_town_is_a_capture(text):
    name = next(n for n in ("Djibo", "Bunia", "Mocimboa da Praia", "Sinjar") if n in text)
    assert primary(text, name)[name] == NSO


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customs officers seized 40 kilograms of cocaine at the port of Guayaquil.", "Guayaquil"),
        ("The wounded soldiers were taken to a hospital in Dnipro on Monday.", "Dnipro"),
        ("Delegates took part in a conference on reconstruction in Mosul.", "Mosul"),
    ],
)
def test_a_bare_verb_of_taking_without_a_town_taken_is_no_capture(text, name):
    assert primary(text, name)[name] == NONE


def test_the_area_near_a_named_village_refers_to_no_earlier_place():
    text = ("KURSK, May 2. The governor spoke to reporters on Friday. "
            "Enemy groups trying to advance into the area near Plekhovo were repelled.")
    got = primary(text, "KURSK", "Plekhovo")
    assert got["KURSK"] == NONE
    assert got["Plekhovo"] == CLASH


def test_the_owners_of_embassies_attacked_in_a_city_take_no_riot():
    text = "In Kinshasa, protesters attacked the embassies of Rwanda, France and Belgium, setting fires at compounds."
    got = primary(text, "Kinshasa", "Rwanda", "France", "Belgium")
    assert got["Kinshasa"] == ("Riots", "Violent demonstration")
    assert got["Rwanda"] == got["France"] == got["Belgium"] == NONE


def test_a_province_holding_a_drone_strike_town_takes_no_clash_from_the_toll():
    text = ("Strikes damaged buildings in Kyiv, while in Zhytomyr region three children were killed "
            "when a drone hit a house near Korostyshiv.")
    got = primary(text, "Zhytomyr", "Korostyshiv")
    assert got["Zhytomyr"] == NONE
    assert got["Korostyshiv"] == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text",
    [
        "Air defences repelled a drone attack on Sevastopol overnight, the governor said.",
        "Anti-aircraft units repulsed a missile attack on Belgorod on Sunday.",
    ],
)
def test_air_defences_repelling_an_attack_disrupt_it(text):
    name = "Sevastopol" if "Sevastopol" in text else "Belgorod"
    assert primary(text, name)[name] == ("Strategic developments", "Disrupted weapons use")

"""Front-line wording found on the blind holdouts of the fourth round (19, 20, 24-30):
general-staff summaries ("the occupiers attacked 12 times near X", "repelled attacks
near X"), captures told with a bare verb before the town ("had taken X"), control
taken in full, and the area named by a place near it. Every sentence here is new."""

from __future__ import annotations

import dataclasses

import pytest

from .incident_helpers import CLASH, NONE, NSO, find_mentions, place, primary


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


@pytest.mark.parametrize(
    ("text", "town", "river"),
    [
        ("A drone struck a grain warehouse in the port town of Reni on the Danube overnight.", "Reni", "Danube"),
        ("Russian artillery hit Nikopol and Marhanets, towns across the Dnipro river from Enerhodar.",
         "Marhanets", "Dnipro"),
    ],
)
def test_a_river_a_struck_town_lies_on_only_orients(text, town, river):
    stream = place(river, "H", "STM", country="UA")  # the gazetteer knows it as a stream
    mentions = [dataclasses.replace(m, place=stream) if m.text == river else m for m in find_mentions(text, town, river)]
    got = primary(text, mentions=mentions)
    assert got[town] != NONE
    assert got[river] == NONE


def test_a_river_that_is_the_only_place_given_keeps_the_event():
    text = "About 3,000 residents fled the battle to villages beside the Chindwin river."
    assert primary(text, "Chindwin")["Chindwin"] == ("Displacement", None)


def test_a_government_rejecting_a_claim_is_no_place_of_the_strike():
    text = ("Russia's defence ministry said it had struck a meeting of commanders in Sumy with two missiles, "
            "a claim Kyiv rejected.")
    got = primary(text, "Sumy", "Kyiv")
    assert got["Sumy"] == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert got["Kyiv"] == NONE


def test_forces_that_occupy_a_region_tell_a_state_not_a_capture():
    text = "Russian forces occupy about a fifth of the Zaporizhzhia region, including Enerhodar."
    assert primary(text, "Zaporizhzhia")["Zaporizhzhia"] == NONE


def test_escaped_prisoners_recaptured_in_a_town_are_arrests():
    text = "Police said 13 of the escaped inmates were recaptured in the nearby town of Pasaje by Tuesday."
    assert primary(text, "Pasaje")["Pasaje"] == ("Strategic developments", "Arrests")

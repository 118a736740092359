"""Strategic developments and protests: force used "against protesters" in a list of towns,
air defence tallies split by region, what an agreement provides for, dated bulletin
headings, trees uprooted in the passive, and states of emergency over a whole country or
province. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from gazetteer.model import Mention, Place, Resolution

from .incident_helpers import ARRESTS, DISRUPTED, HANDOVER, INTERVENTION, LOOTING, NONE, find_mentions, primary

AGREEMENT = ("Strategic developments", "Agreement")
EXCESSIVE = ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Riot police fired water cannon against demonstrators in Gulu, Lira and Arua on Friday.",
         ("Gulu", "Lira", "Arua")),
        ("Officers used tear gas against students in Bouake, Korhogo and Daloa, the union said.",
         ("Bouake", "Korhogo", "Daloa")),
        ("Police used batons and tear gas against the marchers in Mombasa and Kisumu, witnesses said.",
         ("Mombasa", "Kisumu")),
    ],
)
def test_force_against_protesters_reaches_every_town_of_the_list(text, names):
    found = primary(text, *names)
    assert all(found[n] in (INTERVENTION, EXCESSIVE) for n in names), found


@pytest.mark.parametrize(
    ("text", "names", "sites"),
    [
        ("Overnight, air defence units shot down 19 drones over the Sumy region: 11 over the Konotop "
         "district and 8 over Shostka.", ("Sumy", "Konotop", "Shostka"), ("Konotop", "Shostka")),
        ("Of these, 14 were destroyed over the territory of the Voronezh region and 6 over the Lipetsk region.",
         ("Voronezh", "Lipetsk"), ("Voronezh", "Lipetsk")),
        ("Air defence worked in the Cherkasy, Vinnytsia and Mykolaiv regions overnight.",
         ("Cherkasy", "Vinnytsia", "Mykolaiv"), ("Cherkasy", "Vinnytsia", "Mykolaiv")),
    ],
)
def test_air_defence_shares_and_reports_are_disrupted_weapons_use(text, names, sites):
    found = primary(text, *names)
    assert all(found[n] == DISRUPTED for n in sites), found


@pytest.mark.parametrize(
    ("text", "names", "venue", "content"),
    [
        ("The two governments signed a border accord in Nairobi on Monday that commits Juba to withdraw "
         "its troops from Kapoeta.", ("Nairobi", "Juba", "Kapoeta"), "Nairobi", ("Juba", "Kapoeta")),
        ("Rebel and army envoys signed a truce in Doha aimed at ending fighting around Bunia.",
         ("Doha", "Bunia"), "Doha", ("Bunia",)),
        ("In Lima, the two ministers signed a memorandum on a joint patrol zone that would cover Tumbes "
         "and Piura.", ("Lima", "Tumbes", "Piura"), "Lima", ("Tumbes", "Piura")),
    ],
)
def test_place_in_what_an_agreement_provides_for_is_not_its_site(text, names, venue, content):
    found = primary(text, *names)
    assert found[venue] == AGREEMENT
    assert all(found[n] == NONE for n in content), found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Weekly round-up.\n- 4 May, Kafr Malik: Settlers set fire to two cars and a barn.\n- 5 May, "
         "Sinjil: no incident reported.", "Kafr Malik", LOOTING),
        ("Weekly round-up.\n- 12 Oct, Gwoza: Troops arrested four suspected militant couriers at the bus "
         "park.\n", "Gwoza", ARRESTS),
        ("Weekly round-up.\n- Oct 12, Bama: Troops arrested two suspected arms dealers at the market.\n",
         "Bama", ARRESTS),
    ],
)
def test_dated_bulletin_heading_with_a_comma_takes_its_item(text, name, label):
    assert primary(text, name)[name] == label


@pytest.mark.parametrize(
    "text",
    [
        "Some 150 olive trees were uprooted overnight on farmland west of Burin.",
        "About 80 almond saplings had been uprooted near Burin, the council said.",
    ],
)
def test_trees_uprooted_in_the_passive_are_property_destruction(text):
    assert primary(text, "Burin")["Burin"] == LOOTING


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Intro.\nThe navy handed over the island of Lamu to the county administration on Friday.", "Lamu"),
        ("Intro.\nPeacekeepers handed over the military base at Tessit to the national army.", "Tessit"),
        ("Intro.\nThe militia handed over four villages near Kamako to the police after the talks.", "Kamako"),
    ],
)
def test_place_or_post_handed_over_by_a_force_is_a_transfer_of_territory(text, name):
    assert primary(text, name)[name] == HANDOVER


def test_person_handed_over_is_no_transfer_of_territory():
    text = "Intro.\nThe rebels handed over the village chief to mediators in Kamako."
    assert primary(text, "Kamako")["Kamako"] == NONE


def _country(text: str, name: str) -> Mention:
    start = text.index(name)
    place = Place(f"test:{name.lower()}", name, 0.0, 0.0, "XX", None, "A", "PCLI")
    return Mention(start, start + len(name), name, place, 1, Resolution.GAZETTEER, 1.0)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Intro.\nMalawi's parliament extended the state of emergency by three months.", "Malawi"),
        ("Intro.\nThe cabinet declared martial law across Lesotho on Sunday.", "Lesotho"),
    ],
)
def test_state_of_emergency_over_a_whole_country_is_no_event(text, name):
    assert primary(text, name, mentions=[_country(text, name)])[name] == NONE


def test_state_of_emergency_over_a_named_province_is_no_event():
    text = "Intro.\nLawmakers approved the extension of the state of emergency in the Kilo province for a year."
    place = Place("test:kilo", "Kilo", 0.0, 0.0, "XX", None, "A", "ADM1")
    start = text.index("Kilo")
    mention = Mention(start, start + 4, "Kilo", place, 1, Resolution.GAZETTEER, 1.0)
    assert primary(text, "Kilo", mentions=[mention])["Kilo"] == NONE


def test_force_against_protesters_keeps_a_protest_topic_elsewhere():
    # the crowd is not what "against" names here: the war in B is the protest's topic
    text = "Hundreds rallied in Tunis against the war in Khartoum."
    found = primary(text, *(m.text for m in find_mentions(text, "Tunis", "Khartoum")))
    assert found["Khartoum"] == NONE

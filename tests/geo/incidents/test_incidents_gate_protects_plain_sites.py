"""The violence gate's protection rules for places that plainly hang on their trigger.

The sentences are written for these tests (none comes from a labelled set). Each pins a
structure :func:`geo.incidents.gate._direct` names, or one it must not name: a protected
place keeps its violent reading whatever the learned weights say.
"""

from __future__ import annotations

import pytest

from geo.incidents.gate import PROTECTED, mention_features

from .incident_helpers import AIR, CLASH, RIOT, SHELLING, primary


def _direct(text: str, name: str, trigger: str) -> str:
    start, t0 = text.index(name), text.index(trigger)
    feats = mention_features(text, start, start + len(name), (0, len(text)), "place", None,
                             [("Explosions/Remote violence", "Air/drone strike", (t0, t0 + len(trigger)), 0.8)])
    (direct,) = (f for f in feats if f.startswith("direct="))
    assert bool(feats & PROTECTED) == (direct != "direct=no")
    return direct.removeprefix("direct=")


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Bilhorod was attacked by drones twice on Monday.", "Bilhorod", "drones"),
        ("The town of Vovchansk was subjected to 5 attacks of drones overnight.", "Vovchansk", "drones"),
        ("Orikhiv was hit by Russian missiles in the morning.", "Orikhiv", "missiles"),
        ("Huliaipole came under heavy shelling at dawn.", "Huliaipole", "shelling"),
        ("Fighters then entered the village of Sotnytskyi, which was shelled all week.", "Sotnytskyi", "shelled"),
    ],
)
def test_a_place_that_undergoes_the_trigger_is_its_subject(text, name, trigger):
    assert _direct(text, name, trigger) == "subject"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        # the trigger is an accusation, not what the place underwent
        ("Moscow was accused by Kyiv of shelling the plant.", "Moscow", "shelling"),
        # where the soldiers came from
        ("Soldiers from Lutsk were killed by drones near the front.", "Lutsk", "drones"),
        # a relative clause that tells something else of the place
        ("The wounded were taken to Zaporizhzhia, which lies far from the shelling.", "Zaporizhzhia", "shelling"),
    ],
)
def test_a_place_that_does_not_undergo_the_trigger_is_not_its_subject(text, name, trigger):
    assert _direct(text, name, trigger) == "no"


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        # verbs that tell that an attack happened, even beaten off or only reported
        ("Near Siversk, 7 attacks of the enemy were repelled near Vyimka.", "Vyimka", "attacks", "happened"),
        ("Clashes were also reported in Bentiu on Tuesday.", "Bentiu", "Clashes", "happened"),
        # what the trigger noun did: its locative, its object
        ("An explosion damaged a power line near Tavriisk on Sunday.", "Tavriisk", "explosion", "happened"),
        ("Drones struck Berdiansk overnight.", "Berdiansk", "Drones", "object"),
        ("The strikes nearly destroyed the Kherson river port.", "Kherson", "strikes", "object"),
        # ... but not of reporting in the active, nor a place the effect sent people to
        ("Officials in Bentiu reported attacks on the road.", "Bentiu", "attacks", "no"),
        ("The shelling forced residents to flee to Kamianske.", "Kamianske", "shelling", "no"),
    ],
)
def test_the_verb_of_a_trigger_noun_names_its_site(text, name, trigger, expected):
    assert _direct(text, name, trigger) == expected


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        # a list of the objects hit, places named in the first ones
        ("Drones hit an oil depot in the Kirovsky district and a pumping station near Azov.", "Azov", "Drones",
         "happened"),
        # coordinated predicates of the trigger noun
        ("Shelling killed a woman in the village of Dvorichna and damaged a bridge near Kupiansk.", "Kupiansk",
         "Shelling", "happened"),
        # the last object names the place: not a locative of the strike
        ("Drones hit an oil depot in the Kirovsky district and the port of Azov.", "Azov", "Drones", "no"),
    ],
)
def test_a_list_of_objects_keeps_the_site_of_the_last(text, name, trigger, expected):
    assert _direct(text, name, trigger) == expected


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        ("In Mariupol, shelling damaged two schools.", "Mariupol", "shelling", "fronted"),
        ("Police held the square; in Tbilisi, protesters burned tyres.", "Tbilisi", "protesters", "fronted"),
        ("Across the bay, in the town of Ochakiv, drone strikes hit a pier.", "Ochakiv", "drone strikes", "fronted"),
        # a speaker's place before the clause that tells the event
        ("In Ankara, officials said the strikes hit a depot.", "Ankara", "strikes", "no"),
        # the locative does not open the sentence: the place is the object of another verb
        ("Relatives travelled to Kramatorsk, drone strikes hit a bus.", "Kramatorsk", "drone strikes", "no"),
    ],
)
def test_a_fronted_locative_is_the_site_of_the_clause_it_opens(text, name, trigger, expected):
    assert _direct(text, name, trigger) == expected


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        ("- Bilozerka hromada: shelling, a house was damaged.", "Bilozerka", "shelling", "heading"),
        ("Velykyi Burluk community: 9 strikes from FPV drones.", "Velykyi Burluk", "drones", "heading"),
        # a dateline names where the story was filed
        ("KHERSON: Russian drones hit a bus on the bridge.", "KHERSON", "drones", "no"),
        # an item that goes on with a verb before the trigger
        ("Sumy: officials visited the wards of the wounded after the shelling.", "Sumy", "shelling", "no"),
    ],
)
def test_a_bulletin_item_is_about_the_place_that_heads_it(text, name, trigger, expected):
    assert _direct(text, name, trigger) == expected


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        ("Militants launched an assault against checkpoints and police posts in Tank.", "Tank", "assault", "target"),
        ("In a brief engagement near Kurram, two soldiers died.", "Kurram", "died", "event"),
    ],
)
def test_a_coordinated_target_and_an_engagement_name_the_site(text, name, trigger, expected):
    assert _direct(text, name, trigger) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Pervomaiskyi was attacked by drones on Friday night.", "Pervomaiskyi", AIR),
        ("In Kostiantynivka, shelling damaged a school and a shop.", "Kostiantynivka", SHELLING),
        ("Near Toretsk, 9 attacks of the enemy were repelled near Shcherbynivka.", "Shcherbynivka", CLASH),
        ("Police closed the bridge; in Tirana, protesters burned a police car.", "Tirana", RIOT),
    ],
)
def test_the_gate_keeps_places_that_hang_on_their_trigger(text, name, expected):
    assert primary(text, name)[name] == expected

"""The violence gate protects more plain sites: how a place hangs on its trigger (``direct=``).

The sentences are written for these tests (none comes from a labelled set). A protected
mention is never demoted, whatever the learned score.
"""

from __future__ import annotations

import pytest

from geo.incidents.gate import PROTECTED, mention_features

from .incident_helpers import ATTACK, NONE, primary


def _direct(text: str, name: str, trigger: str) -> str:
    start, t0 = text.index(name), text.index(trigger)
    feats = mention_features(text, start, start + len(name), (0, len(text)), "place", None,
                             [("Violence against civilians", "Attack", (t0, t0 + len(trigger)), 0.8)])
    (direct,) = [f for f in feats if f.startswith("direct=")]
    assert bool(feats & PROTECTED) == (direct != "direct=no")
    return direct.removeprefix("direct=")


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Militiamen raided the settlement of Ndoki and burned the granary.", "Ndoki", "raided"),
        ("Mortar rounds landed in the northern quarters of Buhera.", "Buhera", "Mortar rounds landed"),
        ("Jets bombed the village of Karmo on Tuesday.", "Karmo", "bombed"),
    ],
)
def test_a_settlement_or_part_noun_before_the_place_leaves_it_the_object(text, name, trigger):
    assert _direct(text, name, trigger) == "object"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("The shelling of Dobrynia went on all night.", "Dobrynia", "shelling"),
        ("Witnesses described the burning of a clinic in Makanza.", "Makanza", "burning"),
    ],
)
def test_a_trigger_nouns_of_names_its_object_or_the_objects_locative(text, name, trigger):
    assert _direct(text, name, trigger) == "object"


def test_the_of_of_a_trigger_noun_does_not_reach_past_a_verb():
    text = "The killing of a herder prompted protests in Kanam."
    assert _direct(text, "Kanam", "killing") == "no"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Gunmen shot dead a trader during a market day in Ruhengo.", "Ruhengo", "shot dead"),
        ("A farmer was stabbed to death using a spear near Lokori.", "Lokori", "stabbed to death"),
        ("Drones struck a fuel depot on Sunday near Azovka.", "Azovka", "struck"),
    ],
)
def test_a_time_or_manner_adjunct_before_the_locative_leaves_it_the_site(text, name, trigger):
    assert _direct(text, name, trigger) == "object"


def test_the_help_an_attack_had_is_an_adjunct_between_it_and_its_target():
    text = "Its attack with the support of the Turkish army on the town of Neirab had stopped."
    assert _direct(text, "Neirab", "attack") == "object"


def test_a_comitative_with_still_names_the_other_side_not_a_manner():
    text = "Troops clashed with rebels from Kalehe overnight."
    assert _direct(text, "Kalehe", "clashed") == "no"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Pervomaiske came under fire overnight.", "Pervomaiske", "came under fire"),
        ("Pervomaiske reportedly came under fire overnight.", "Pervomaiske", "came under fire"),
        ("Pervomaiske also came under attack late last night.", "Pervomaiske", "came under attack"),
        ("The Volzhsky refinery was hit twice.", "Volzhsky", "was hit"),
        ("Borova itself was hit by guided bombs.", "Borova", "guided bombs"),
        ("Zarichne came under fire from tanks.", "Zarichne", "tanks"),
        ("Attacks by bandits on farms in Zamfara state killed 14 people.", "Zamfara", "killed"),
    ],
)
def test_a_place_that_undergoes_the_trigger_is_its_subject_or_agent(text, name, trigger):
    assert _direct(text, name, trigger) in ("subject", "agent")


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Militants ambushed a convoy near Tillia, killing nine soldiers.", "Tillia", "killing"),
        ("Two warehouses in Ochakiv were shelled, injuring a guard.", "Ochakiv", "injuring"),
    ],
)
def test_a_result_participle_belongs_to_the_place_of_the_clause_before_it(text, name, trigger):
    assert _direct(text, name, trigger) == "result"


def test_a_result_participle_after_a_speech_clause_is_no_site():
    text = "The governor of Ochakiv spoke, killing time before the vote."
    assert _direct(text, "Ochakiv", "killing") == "no"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Rioters torched a police post in Mbaise.", "Mbaise", "Rioters"),
        ("Protesters marched through Kisumu burning tyres.", "Kisumu", "Protesters"),
    ],
)
def test_the_verb_of_an_actor_trigger_and_its_locative_make_the_site(text, name, trigger):
    assert _direct(text, name, trigger) == "happened"


@pytest.mark.parametrize(
    ("text", "name", "trigger"),
    [
        ("Militants based in Diffa attacked a patrol.", "Diffa", "Militants"),
        ("Gunmen fled to Birnin Gwari after the raid.", "Birnin Gwari", "Gunmen"),
    ],
)
def test_an_actors_base_or_flight_is_no_site(text, name, trigger):
    assert _direct(text, name, trigger) == "no"


@pytest.mark.parametrize(
    ("text", "name", "trigger", "expected"),
    [
        ("In Dabou, at least 12 villagers were killed.", "Dabou", "killed", "fronted"),
        ("In Mopti, witnesses said a mob stoned a driver.", "Mopti", "mob", "fronted"),
        ("In Mopti, officials said the strikes hit a depot.", "Mopti", "strikes", "no"),
    ],
)
def test_a_fronted_place_frames_a_new_event_of_its_clause(text, name, trigger, expected):
    assert _direct(text, name, trigger) == expected


def test_a_seized_quantity_from_a_vehicle_near_a_place_is_a_target():
    text = "Bandits seized scores of travellers from a minibus near Kankara."
    assert _direct(text, "Kankara", "seized") == "target"


def test_a_place_hit_after_an_attack_keeps_it_in_the_tagger():
    text = "Gunmen shot dead a teacher during a football match in Kiboga."
    assert primary(text, "Kiboga")["Kiboga"] == ATTACK


def test_a_speech_place_stays_no_site_in_the_tagger():
    text = "Officials in Kanem condemned the attack on a market."
    assert primary(text, "Kanem")["Kanem"] == NONE

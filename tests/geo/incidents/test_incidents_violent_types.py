"""Typing among the violent types: the toll of an explosive attack, attacks from afar,
armed victims and armed targets, civilians named as the victims, raids on the ground.
Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import AIR, ATTACK, CLASH, IED, SHELLING, primary


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Medics said an air raid on a school in Jabaliya killed eleven people, among them six children.",
         "Jabaliya", AIR),
        ("Local officials said a strike on a family home in Maaloula wounded a mother and her two sons.",
         "Maaloula", AIR),
        ("Five schoolchildren died when a roadside bomb tore through their minibus near Gao.", "Gao", IED),
    ],
)
def test_casualties_of_an_explosive_attack_take_its_type(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # gunfire in the clause: the casualties are no explosion's toll
        ("Gunmen fired on a helicopter landing in Kismayo, wounding a nurse on board.", "Kismayo", CLASH),
    ],
)
def test_casualties_told_with_gunfire_keep_their_own_type(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a state's forces attacking counted settlements: the front-line bulletin of shelling
        (("Over the past day the occupation army attacked 27 settlements of the district, in particular "
          "Velyka Pysarivka and Krasnopillia."), "Velyka Pysarivka", SHELLING),
        # strikes named as the subject of "targeted"
        ("The strikes targeted depots of the militia near Albukamal, the monitor said.", "Albukamal", AIR),
        # "attacked with aviation"
        ("The enemy attacked with aviation the settlement of Hirnyk, destroying a shop.", "Hirnyk", AIR),
    ],
)
def test_attack_from_afar_is_an_explosion(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # armed men attacking counted villages are no state's guns: an attack on the villagers
        ("Bandits attacked five villages near Tsafe overnight, killing 30 residents.", "Tsafe"),
    ],
)
def test_armed_groups_attacking_counted_villages_attack_civilians(text, name):
    assert primary(text, name)[name] == ATTACK


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # armed victims told in a passive before the fire that hit them
        ("Two policemen were wounded by gunfire at a checkpost near Wana, officials said.", "Wana"),
        ("Three border guards were killed when their patrol came under fire near the village of Ruyigi.", "Ruyigi"),
        # a pronoun target standing for the troops named before
        ("Troops killed a gunman who opened fire on them at the market in Mubi.", "Mubi"),
        # a civilian vehicle carrying armed men, a village only where it happened
        ("Insurgents opened fire on a bus carrying soldiers on leave near the village of Damboa.", "Damboa"),
        # Pakistan's paramilitary and tribal forces are armed
        ("Militants attacked a Levies post in Zhob, killing two sepoys.", "Zhob"),
        # the agent of the attack skipped, however long: its target are checkpoints
        (("Attacks carried out by cells of the disbanded militia of the old regime on checkpoints near Jableh "
          "left nine dead."), "Jableh"),
        # raids by a state's forces on a refugee camp are operations against armed men there
        ("Israeli forces raided the refugee camp of Balata overnight, killing three.", "Balata"),
    ],
)
def test_armed_victims_and_targets_make_a_clash(text, name):
    assert primary(text, name)[name] == CLASH


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # civilians as the subject of a passive casualty, whoever fired
        ("An elderly woman was injured on Sunday by a sniper bullet in the old city of Taizz.", "Taizz"),
        ("Twelve citizens were martyred and dozens injured by the fire of the occupation forces near Khuza'a.",
         "Khuza'a"),
        # a long agent with a dated verb: its target is the mosque
        ("The attack perpetrated on Friday by jihadists of the Sahel branch against the mosque of Kaya killed 30.",
         "Kaya"),
        # bandits raiding villages on the ground, though the article mentions aircraft elsewhere
        (("Bandits abducted 20 women in a raid on villages near Gusau. Air force jets later pounded their camps "
          "in the forest."), "Gusau"),
    ],
)
def test_civilians_as_victims_make_an_attack_on_civilians(text, name):
    assert primary(text, name)[name][0] == ATTACK[0]

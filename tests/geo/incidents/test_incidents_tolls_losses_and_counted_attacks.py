"""Violent events the tagger used to miss entirely: a toll told in the sentence after
strikes, a bulletin's place list cut by semicolons, the enemy's losses counted where
they fell, counted attacks and counted failed pushes, and list members the gate
dropped ("X itself, A and B", "... and towards C"). Every sentence here is new (none
is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import AIR, CLASH, NONE, SHELLING, labels, primary, violent

_WAR = "Russian troops shelled the town of Orikhiv overnight. "


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (("Russian drones and artillery hit the Tokmak district overnight. A 48-year-old woman was wounded in "
          "Mala Bilozerka."), "Mala Bilozerka", AIR),
        ("Junta jets bombed villages near Mindat on Friday. Three farmers were killed in Kyin Dawt village.",
         "Kyin Dawt", AIR),
        ("Drones struck the Kupiansk district at dawn. In Senkove, an elderly man was injured.", "Senkove", AIR),
    ],
)
def test_a_toll_right_after_strikes_is_the_strikes(text, name, label):
    assert primary(text, name)[name] == label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where the wounded were cared for is no place of the strike
        ("Drones struck the Kupiansk district at dawn. Two injured men were taken to hospital in Balakliia.",
         "Balakliia"),
        ("Russian artillery shelled the Tokmak district overnight. The wounded were hospitalised in Polohy.",
         "Polohy"),
        # a toll denied
        ("Russian artillery shelled the Tokmak district overnight. No one was injured in Mala Bilozerka.",
         "Mala Bilozerka"),
    ],
)
def test_a_toll_not_told_at_the_place_takes_no_strike(text, name):
    assert not violent(labels(text, name)[name])


def test_a_toll_in_a_new_paragraph_takes_no_strike_from_the_one_before():
    text = "Russian drones struck the Tokmak district overnight.\n\nA man was injured in Mala Bilozerka."
    assert AIR not in labels(text, "Mala Bilozerka")["Mala Bilozerka"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Enemy jets struck the areas of Hlyboke and Vilcha of Kharkiv region; Ivanopillia and Rusyn Yar of "
          "Donetsk region; Mala Tokmachka of Zaporizhzhia region."),
         ("Hlyboke", "Ivanopillia", "Rusyn Yar", "Mala Tokmachka")),
        ("Air strikes hit the settlements of Vilcha in Kharkiv oblast; Rusyn Yar and Oleksiievka in Donetsk oblast.",
         ("Vilcha", "Rusyn Yar", "Oleksiievka")),
    ],
)
def test_a_place_list_cut_by_semicolons_goes_on_with_its_strike(text, names):
    found = primary(text, *names)
    assert all(found[n] == AIR for n in names)


def test_a_semicolon_before_a_clause_with_its_own_word_still_cuts():
    text = "Enemy jets struck Hlyboke in Kharkiv region; Ivanopillia residents held a vigil."
    assert not violent(labels(text, "Ivanopillia")["Ivanopillia"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_WAR + "Over the day the enemy lost up to 180 servicemen in the areas of Petrivka and Lozove.",
         ("Petrivka", "Lozove")),
        (_WAR + "The Ukrainian army lost 95 soldiers near Kurylivka and Pishchane.", ("Kurylivka", "Pishchane")),
    ],
)
def test_the_enemys_losses_counted_where_they_fell_are_a_fight(text, names):
    found = primary(text, *names)
    assert all(found[n] == CLASH for n in names)


@pytest.mark.parametrize(
    "text",
    [
        _WAR + "The factory in Petrivka lost power for six hours.",
        _WAR + "The team from Petrivka lost 3 games in a row.",
    ],
)
def test_lost_without_men_counted_is_no_fight(text):
    assert primary(text, "Petrivka")["Petrivka"] == NONE


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_WAR + "In the Siversk direction, 12 attacks took place near Verkhnokamianske and Vyimka.",
         ("Verkhnokamianske", "Vyimka")),
        (_WAR + "In the Lyman direction, the enemy tried 7 times to advance near Zarichne and Torske.",
         ("Zarichne", "Torske")),
    ],
)
def test_counted_attacks_and_failed_pushes_in_a_bulletin_are_fights(text, names):
    found = primary(text, *names)
    assert all(found[n] == CLASH for n in names)


def test_counted_attacks_need_a_war_story():
    text = "Nine attacks on the goalkeeper were recorded in Vyimka during the season."
    assert not violent(labels(text, "Vyimka")["Vyimka"])


@pytest.mark.parametrize(
    ("text", "names", "label"),
    [
        (_WAR + "Huliaipole itself, Zaliznychne and Charivne communities were under fire.",
         ("Huliaipole", "Zaliznychne", "Charivne"), SHELLING),
        (_WAR + "The occupiers attacked 5 times in the areas of Stupochky, Predtechyne and towards Bila Hora.",
         ("Stupochky", "Predtechyne", "Bila Hora"), CLASH),
    ],
)
def test_list_members_after_itself_or_towards_keep_the_lists_event(text, names, label):
    found = primary(text, *names)
    assert all(found[n] == label for n in names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_WAR + "Assault units hit Ukrainian troops near Lobkove and Pyatykhatky.", ("Lobkove", "Pyatykhatky")),
        (_WAR + "The southern group struck enemy manpower near Dorozhnianka.", ("Dorozhnianka",)),
        (_WAR + "Russian units pushed on the outskirts of Siversk and around Vyimka.", ("Siversk", "Vyimka")),
    ],
)
def test_blows_at_the_enemys_men_and_pushes_around_a_place_are_fights(text, names):
    found = primary(text, *names)
    assert all(found[n] == CLASH for n in names)

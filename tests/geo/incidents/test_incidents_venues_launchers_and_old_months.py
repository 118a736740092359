"""False violent tags, second pass: events dated months back, venues of signings,
forces named after a region, attackers' home areas, launchers, closures caused
elsewhere, roads told by their ends, events told as possible, demolitions and
plunder, and datelines filed from elsewhere. Every sentence here is new (none is
from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer.model import Mention, Place, Resolution

from .incident_helpers import CLASH, DISPLACED, LOOTING, NONE, find_mentions, labels, primary, violent

SEPTEMBER = date(2025, 9, 20)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels carried out raids on army posts in Tamba, Kolda and Sédhiou in July, in what analysts called a push west.",
         "Kolda"),
        ("The army had already retaken nearby Mabanda in June.", "Mabanda"),
        ("In July, a general was killed by a car bomb in Ostrava.", "Ostrava"),
    ],
)
def test_an_event_dated_by_a_bare_month_two_months_back_is_background(text, name):
    assert not violent(labels(text, name, when=SEPTEMBER)[name])


def test_an_event_dated_by_last_month_is_still_news():
    text = "Rebels attacked army posts in Kolda in August, officials said."
    assert primary(text, "Kolda", when=SEPTEMBER)["Kolda"] == CLASH


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The clashes endanger a 2019 peace deal signed in Lusaka that ended a long war.", "Lusaka"),
        ("Fighting resumed despite a truce agreed after the contacts in Doha.", "Doha"),
        ("Captured fighters will be treated in line with the Geneva Conventions, the rebels said.", "Geneva"),
    ],
)
def test_the_venue_of_a_signing_or_a_convention_takes_no_fighting(text, name):
    assert primary(text, name)[name] == NONE


@pytest.mark.parametrize(
    ("text", "force", "site"),
    [
        ("Clashes between Puntland forces and clan militias in Galdogob killed six.", "Puntland", "Galdogob"),
        ("Fighting between Darfur troops and rebels near Kutum killed ten on Monday.", "Darfur", "Kutum"),
    ],
)
def test_a_force_named_after_its_region_is_no_event_site(text, force, site):
    found = primary(text, force, site)
    assert found[force] == NONE
    assert found[site] == CLASH


def test_the_home_area_of_attackers_after_when_is_not_where_people_were_abducted():
    text = "Five children were abducted when armed youths from Lafon attacked herders near Kapoeta on Friday."
    found = primary(text, "Lafon", "Kapoeta")
    assert found["Lafon"] == NONE
    assert violent({found["Kapoeta"]})


def test_the_camps_of_herders_house_no_displaced_people():
    text = "Gunmen from Lafon raided cattle camps near Kapoeta on Friday."
    assert primary(text, "Lafon")["Lafon"] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Air defences downed most of the 150 missiles launched overnight by Kandor, the army said.", "Kandor"),
        ("Officials said the rockets were fired on Sunday by Kandor.", "Kandor"),
    ],
)
def test_the_state_that_launched_the_weapons_is_no_event_site(text, name):
    assert not violent(labels(text, name)[name])


def test_airports_closed_because_of_drones_are_no_strike_site():
    text = "Drones struck an oil depot in Tuapse and forced the closure of airports in Anapa and Gelendzhik."
    found = primary(text, "Tuapse", "Anapa", "Gelendzhik")
    assert violent({found["Tuapse"]})
    assert found["Anapa"] == NONE and found["Gelendzhik"] == NONE


def test_the_towns_a_highway_links_are_no_event_site():
    text = "Gunmen opened fire on a bus near Tayba, on the highway that links Homs with Raqqa, killing four."
    found = primary(text, "Tayba", "Homs", "Raqqa")
    assert violent({found["Tayba"]})
    assert found["Homs"] == NONE and found["Raqqa"] == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said an assault on Balad district centre remains possible as the militants regroup.",
        "A new offensive on Balad is likely in the coming weeks, officials warned.",
    ],
)
def test_an_attack_told_as_possible_did_not_happen(text):
    assert not violent(labels(text, "Balad")["Balad"])


def test_a_means_that_is_possible_only_one_way_is_still_told_as_real():
    text = "Fighting continues in Balad, and evacuation is possible only at night."
    assert DISPLACED in labels(text, "Balad")["Balad"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunfire killed a farmer in Marwahin, and soldiers blew up four houses in Ramyeh on Tuesday.",
        "The army carried out a detonation operation of several houses in Ramyeh at dawn.",
    ],
)
def test_houses_blown_up_are_a_demolition_whatever_the_other_clause_tells(text):
    assert primary(text, "Ramyeh")["Ramyeh"] == LOOTING


def test_a_storming_that_ends_in_plunder_is_a_looting():
    text = "Militiamen stormed the Hamidiya camp on Tuesday and looted the shops of its market."
    assert primary(text, "Hamidiya")["Hamidiya"] == LOOTING


def test_a_storming_with_a_fight_and_plunder_stays_a_fight():
    text = "Insurgents stormed Mbau on Friday, clashing with soldiers and looting shops before withdrawing."
    assert violent({primary(text, "Mbau")["Mbau"]})


def _resolved(text: str, *entries: tuple[str, str, str, str]) -> list[Mention]:
    """Mentions of each ``(name, country, feature class, feature code)``, resolved to
    a place of that country and kind."""
    mentions = []
    for name, country, fclass, fcode in entries:
        place = Place(f"test:{name.lower()}", name.title(), 0.0, 0.0, country, None, fclass, fcode, 1000)
        for m in find_mentions(text, name):
            mentions.append(Mention(m.start, m.end, m.text, place, 1, Resolution.GAZETTEER, 1.0))
    return sorted(mentions, key=lambda m: m.start)


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("NAIROBI, March 4 (Reuters) - Jets bombed a market in Baidoa on Monday, killing nine. Police said "
         "they had retaken control of a district of the capital after a three-day operation.",
         (("NAIROBI", "KE", "P", "PPLC"), ("Baidoa", "SO", "P", "PPL"))),
        ("GAROUA, May 2 — Gunmen attacked the village of Touboro on Sunday, killing six. Soldiers later "
         "clashed with the gunmen on the edge of the city.",
         (("GAROUA", "CM", "P", "PPLA"), ("Touboro", "CM", "P", "PPL"))),
    ],
)
def test_a_dateline_filed_from_elsewhere_is_not_what_a_later_sentence_refers_to(text, entries):
    found = primary(text, mentions=_resolved(text, *entries))
    assert found[entries[0][0]] == NONE
    assert violent({found[entries[1][0]]})


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("GAROUA, May 2 — Gunmen attacked a market on Sunday, killing six. Soldiers later clashed with "
         "the gunmen on the edge of the city.", (("GAROUA", "CM", "P", "PPLA"),)),
        ("GAROUA, May 2 — Gunmen attacked a market in the North region on Sunday, killing six. Soldiers "
         "later clashed with the gunmen on the edge of the city.",
         (("GAROUA", "CM", "P", "PPLA"), ("North", "CM", "A", "ADM1"))),
    ],
)
def test_a_dateline_whose_province_holds_the_news_keeps_its_events(text, entries):
    found = primary(text, mentions=_resolved(text, *entries))
    assert violent({found[entries[0][0]]})

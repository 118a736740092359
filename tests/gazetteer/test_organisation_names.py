"""Organisations, armed groups and institutions named after a place, as behaviours.

* an acronym acting or speaking as a body (``the IOM said``, ``according to the IOM``, ``FLA
  sources``) is no abbreviated place; a country's acronym stays the country;
* a capitalised name that runs past the place into an armed force's, a network's or a military
  body's head (``Black Sea Fleet``, ``Kachin Independence Army``, ``Kherson Regional Military
  Administration``) names the body; the place alone, or its civil administration, stays a place;
* a place name before an armed group's noun (``Fano fighters``) is the group when the place lies
  far from the story, even with a single other place to tell where the story is;
* a group's name that ends in a country (``Tehrik-e-Taliban Pakistan``) does not name the country.
"""

from __future__ import annotations

import pytest

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Some 40,000 people reached camps near Kosti this month, the IOM said in a statement.", "IOM"),
        ("According to the IOM, returns to Wad Madani rose sharply in June.", "IOM"),
        ("FLA sources said two drones struck a market in Ber, north of Timbuktu.", "FLA"),
    ],
)
def test_acronym_speaking_as_a_body_is_no_place(geoparser, text, acronym):
    assert acronym not in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "acronym", "country"),
    [
        ("The UAE said its aid flight had landed in Amdjarass on Monday.", "UAE", "AE"),
        ("The UK said it would send more aid to Port Sudan.", "UK", "GB"),
    ],
)
def test_country_acronym_speaking_stays_the_country(geoparser, text, acronym, country):
    assert by_text(geoparser(text))[acronym].place.country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two landing ships of the Black Sea Fleet were moved from their berths in Sevastopol last week.", "Black Sea"),
        ("The Kachin Independence Army shelled a junta outpost outside Bhamo.", "Kachin"),
        ("Officials of the Zaporizhzhia Regional Military Administration said Orikhiv was shelled twice.",
         "Zaporizhzhia"),
        ("The Kurdistan Regional Government said a drone hit an oil field near Zakho.", "Kurdistan"),
        ("Gunmen of the Sinaloa New Generation Cartel blocked roads around Culiacán.", "Sinaloa"),
        ("Volunteers of the Khartoum Emergency Response Network fed families in Omdurman.", "Khartoum"),
        ("Inspectors at the Zaporizhzhia nuclear power plant reported blasts near Enerhodar.", "Zaporizhzhia"),
    ],
)
def test_name_running_into_an_organisation_head_is_no_place(geoparser, text, name):
    assert name not in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Kharkiv Regional Administration said a bus was hit on the ring road.", "Kharkiv", "UA"),
        ("Missiles struck villages in the Zaporizhzhia region overnight.", "Zaporizhzhia", "UA"),
        ("Deputies of the Greene County Drug Task Force searched a home in Springfield.", "Greene County",
         "US"),
        ("Soldiers of the U.S. Army delivered water to Asheville.", "U.S.", "US"),
    ],
)
def test_place_or_its_public_body_stays_a_place(geoparser, text, name, country):
    assert by_text(geoparser(text))[name].place.country_code == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fano fighters seized a police station outside Bahir Dar on Sunday.", "Fano"),
        ("Police in Addis Ababa arrested traders accused of ties to Fano militias.", "Fano"),
    ],
)
def test_far_namesake_before_an_armed_group_noun_is_the_group(geoparser, text, name):
    assert name not in by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fighters of Tehrik-e-Taliban Pakistan attacked a checkpoint in Lakki Marwat.", "Lakki Marwat"),
    ],
)
def test_group_name_ending_in_a_country_names_no_country(geoparser, text, kept):
    found = by_text(geoparser(text))
    assert "Pakistan" not in found
    assert kept in found

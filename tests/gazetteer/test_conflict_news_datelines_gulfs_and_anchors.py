"""Conflict news: colon datelines, ``Gulf of X`` water bodies, county qualifiers and the anchoring of
names the gazetteer lacks, as behaviours (sentences written for these tests).

* a capitalised dateline with a month-first date and a colon (``GUWAHATI, Jan 5:``) is the town;
* ``Gulf of X``, ``Bay of X``: the water body, not the gazetteer's bare ``Gulf`` or the X it is named after;
* ``X, County`` puts X near that county's point when the gazetteer does not say which county a town is in;
* a name reached only by a loose spelling must lie near the document's towns or districts, not just near
  the centre of a province the story also names;
* a country after ``bordering`` is the far side of a border: it does not hold an unknown name's anchor;
* a dateline is where a story is filed: an unknown name is anchored at the places of its story first;
* an unknown name said twice is one place: a caption's repeat keeps the first occurrence's anchor;
* crossings, camps and war-zone towns cities500 lacks, and a federal member state, are curated.
"""

from __future__ import annotations

import pytest

from gazetteer.model import PlaceKind, Resolution

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("KOHIMA, Feb 14: Police imposed a curfew in Dimapur after clashes overnight.", "KOHIMA", "IN"),
        ("SHILLONG, March 3, 2024: Landslides cut the highway to Silchar after heavy rain.", "SHILLONG", "IN"),
    ],
)
def test_capital_dateline_with_month_first_date_and_colon_is_a_place(geoparser, text, name, country):
    found = by_text(geoparser(text))
    assert found[name].place.country_code == country


@pytest.mark.parametrize(
    ("text", "water"),
    [
        ("Fishing boats sheltered in the Gulf of Fonseca near Amapala, Honduras, as the storm passed.",
         "Gulf of Fonseca"),
        ("Oil platforms in the Bay of Campeche off Ciudad del Carmen were evacuated on Monday.", "Bay of Campeche"),
    ],
)
def test_gulf_of_a_name_is_one_water_body(geoparser, text, water):
    found = geoparser(text)
    names = [m.text for m in found]
    assert water in names
    assert "Gulf" not in names and "Bay" not in names
    near = by_text(found)[water].place
    assert near is not None and near.lon < -85  # placed in the Americas, not at the Persian Gulf or in Somalia


def test_known_gulf_of_a_name_stays_the_gazetteer_entry(geoparser):
    found = by_text(geoparser("Tankers crossing the Gulf of Aden were warned of drone attacks."))
    assert found["Gulf of Aden"].resolution is Resolution.GAZETTEER


@pytest.mark.parametrize(
    ("text", "name", "lat"),
    [
        ("Flooding closed roads in Newport, Shropshire, while Cardiff and Swansea braced for more rain.",
         "Newport", 52.77),
        ("Police cordoned off a house in Richmond, North Yorkshire, after a fire; London crews helped in "
         "Kingston and Twickenham.", "Richmond", 54.40),
    ],
)
def test_county_qualifier_picks_the_namesake_near_the_county(geoparser, text, name, lat):
    found = by_text(geoparser(text))
    assert found[name].place.lat == pytest.approx(lat, abs=0.1)


def test_loose_spelling_must_lie_near_towns_not_a_province_centre(geoparser):
    text = ("PESHAWAR, Pakistan (AP) — Gunmen attacked a checkpoint in North Waziristan on Friday. "
            "The raid happened near Meer Ali, a town in the district, police said. "
            "Separately, India and Pakistan traded fire along the Line of Control in Kashmir.")
    place = by_text(geoparser(text))["Meer Ali"].place
    assert place is None or place.country_code == "PK"


def test_country_after_bordering_does_not_hold_the_anchor(geoparser):
    text = ("Militants ambushed an army convoy in North Waziristan on Monday, officials said. "
            "The ambush happened near Zarwam Kalay, a village in the restive district bordering Afghanistan.")
    found = by_text(geoparser(text))
    assert found["Zarwam Kalay"].resolution is Resolution.APPROXIMATE
    assert found["Zarwam Kalay"].place.country_code == "PK"


def test_unknown_name_is_anchored_at_the_story_before_the_dateline(geoparser):
    text = ("PESHAWAR, Pakistan (AP) — Gunmen killed four soldiers in South Waziristan on Sunday, officials said. "
            "The convoy was hit near Zarwam Kalay, a village on the road to the border.")
    found = by_text(geoparser(text))
    assert found["Zarwam Kalay"].anchor == "South Waziristan"


def test_repeated_unknown_name_keeps_its_first_anchor(geoparser):
    text = ("A bushfire is burning out of control in the Grampians in Victoria. Warnings are in place for "
            "Karrawong Flat and nearby farms.\n\nCrews flew in from Perth and Bunbury in Western Australia.\n\n"
            "Photo: Smoke rises near Karrawong Flat. Photo: Supplied")
    found = [m for m in geoparser(text) if m.text == "Karrawong Flat"]
    assert len(found) == 2
    assert found[0].place is not None and found[1].place == found[0].place
    assert found[1].place.admin1 == "Victoria"


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        ("Trucks queued for days at the border town of Muse after fighting closed the road to Lashio.",
         "Muse", "MM", PlaceKind.CITY),
        ("Families left the Rusayo camp west of Goma as shelling drew closer.", "Rusayo", "CD", PlaceKind.CITY),
        ("Cholera spread in Baidoa, the seat of South West State, aid groups said.", "South West State", "SO",
         PlaceKind.REGION),
        ("A roadside bomb hit a police van in Mir Ali on Thursday, officials in Bannu said.", "Mir Ali", "PK",
         PlaceKind.CITY),
    ],
)
def test_curated_crossings_camps_and_member_states(geoparser, text, name, country, kind):
    place = by_text(geoparser(text))[name].place
    assert place.country_code == country and place.kind is kind

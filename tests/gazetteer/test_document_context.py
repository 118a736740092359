"""Resolution from the rest of the document: settled places, division lists, home towns, part names.

The sentences are made up for these tests; they pin the mechanisms of
:class:`gazetteer.resolve.Resolver` and the recogniser cues that feed it.
"""

from __future__ import annotations

import pytest

from gazetteer import PlaceKind
from gazetteer.model import Place
from gazetteer.resolve import _country_shares
from gazetteer.geoparser import Geoparser


def _first(geoparser: Geoparser, text: str, written: str):
    found = [m for m in geoparser(text) if m.text == written]
    assert found, f"{written!r} not found in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "written", "country", "admin1"),
    [
        ("Protesters gathered in Tbilisi on Friday. Police in Georgia detained dozens near Rustavi and Gori.",
         "Georgia", "GE", None),
        ("Police in Georgia arrested two men in Macon and Valdosta after a chase on Interstate 75.",
         "Georgia", "US", "GA"),
        ("Clashes in Tripoli left three dead, a security source in Beirut said.", "Tripoli", "LB", "09"),
        ("Fighting continued in Rafah and Khan Younis as tanks advanced.", "Rafah", "PS", "GZ"),
    ],
)
def test_the_documents_settled_places_choose_among_namesakes(geoparser, text, written, country, admin1):
    place = _first(geoparser, text, written).place
    assert (place.country_code, place.admin1_code if admin1 else None) == (country, admin1), place


@pytest.mark.parametrize(
    ("text", "written", "country", "kind"),
    [
        ("Shelling damaged power lines in Kharkiv and Sumy regions overnight.", "Sumy", "UA", PlaceKind.ADMIN1),
        ("Fighting spread to Blue Nile and West Kordofan states, the army said.", "Blue Nile", "SD",
         PlaceKind.ADMIN1),
        ("Storms damaged barns in Kandiyohi, Meeker and Renville counties on Sunday.", "Meeker", "US",
         PlaceKind.ADMIN2),
        ("Storms damaged barns in Kandiyohi, Meeker and Renville counties on Sunday.", "Kandiyohi", "US",
         PlaceKind.ADMIN2),
    ],
)
def test_every_item_of_a_list_before_a_plural_head_is_that_division(geoparser, text, written, country, kind):
    place = _first(geoparser, text, written).place
    assert (place.country_code, place.kind) == (country, kind), place


def test_counties_of_one_list_settle_in_one_state(geoparser):
    text = "Storms damaged barns in Kandiyohi, Meeker and Renville counties on Sunday."
    states = {m.place.admin1_code for m in geoparser(text)}
    assert states == {"MN"}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Rep. Jane Doe, R-Marietta, filed the bill on Monday.", "Marietta"),
        ("Sen. Tom Bakk (DFL-Cook) voted against the measure.", "Cook"),
        ("By John Smith Staff Writer March 3, 2010 KHARKIV -- Shelling hit the city overnight.", "KHARKIV"),
        ("Donations to the United Way of Metropolitan Dayton rose. Calls to the agency in Dayton doubled.",
         "Dayton"),
    ],
)
def test_home_towns_bylined_datelines_and_located_names_are_places(geoparser, text, written):
    assert written in [m.text for m in geoparser(text)]


@pytest.mark.parametrize(
    ("text", "written", "country", "kind"),
    [
        # a person's home town in a local story is the town; in a Middle East story the country stays
        ("The driver, Mark Ellis of Lebanon, was treated at a hospital in Indianapolis, Indiana police said.",
         "Lebanon", "US", PlaceKind.CITY),
        ("The wounded man, Ahmed Saleh of Lebanon, was taken to a hospital in Damascus, Syrian media said.",
         "Lebanon", "LB", PlaceKind.COUNTRY),
        # a country reached through a name its own division bears means the division
        ("She moved to England in 2004 and later worked in Manchester.", "England", "GB", PlaceKind.ADMIN1),
    ],
)
def test_home_towns_and_part_names(geoparser, text, written, country, kind):
    place = _first(geoparser, text, written).place
    assert (place.country_code, place.kind) == (country, kind), place



@pytest.mark.parametrize("namesakes", [12, 20], ids=["twelve", "twenty"])
def test_many_small_namesakes_in_one_country_vote_for_it_together(namesakes):
    # each Mount Vernon alone is too small a share to count, but all of them are American
    towns = [Place(f"geonames:{k}", "Mount Vernon", 38.0, -80.0, "US", "VA", "P", "PPL", 5000)
             for k in range(namesakes)]
    city = Place("geonames:999", "Mount Vernon", 31.2, 29.9, "EG", "06", "P", "PPL", 50000)
    shares = _country_shares([city, *towns], [1.0, *[0.08] * namesakes])
    us = sum(w for c, w in shares if c.country_code == "US")
    assert us > 0.4

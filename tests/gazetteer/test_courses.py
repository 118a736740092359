"""Rivers drawn where the story meets them (:mod:`gazetteer.courses` and the resolver's last step)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceKind
from gazetteer.courses import nearest_on_course
from gazetteer.index import haversine_km

from .geoparse_helpers import by_text


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        ((5.3, 1.0), (5.0, 1.0)),  # beside the middle of a segment: straight across
        ((5.0, -2.0), (5.0, 0.0)),  # before the source: the source
        ((7.0, 2.5), (6.0, 2.0)),  # past the mouth of a bent course: the mouth
        ((5.2, 2.1), (5.2, 2.0)),  # beside the second segment
    ],
)
def test_nearest_point_of_a_course_lies_on_its_nearest_segment(point, expected) -> None:
    course = [(5.0, 0.0), (5.0, 2.0), (6.0, 2.0)]
    lat, lon, km = nearest_on_course(course, *point)
    assert (round(lat, 3), round(lon, 3)) == expected
    assert km == pytest.approx(haversine_km(*point, *expected), abs=0.5)


def test_major_rivers_have_courses_in_the_index(embedded_gazetteer: Gazetteer) -> None:
    courses = embedded_gazetteer.water_courses()
    for name in ("Danube", "Niger River", "Irrawaddy", "Euphrates", "Shabelle", "Amazon River"):
        place = next(p for p in embedded_gazetteer.lookup(name) if p.kind is PlaceKind.WATER)
        assert len(courses[place.gazetteer_id]) >= 4, name


@pytest.mark.parametrize(
    ("text", "river", "bank"),
    [
        ("Police said two barges sank on the Danube beside Vukovar on Tuesday.", "Danube", (45.35, 19.0)),
        ("Herders watered their cattle in the Benue River outside Yola before the raid.", "Benue River", (9.2, 12.48)),
        ("Traders ferried rice across the Irrawaddy to Pakokku at dawn.", "Irrawaddy", (21.33, 95.08)),
        ("Fighters blew up a pontoon over the Euphrates at Deir ez-Zor. The army denied it.", "Euphrates",
         (35.34, 40.14)),
        ("The Shabelle burst its banks. Water reached the market of Jowhar by noon.", "Shabelle", (2.78, 45.5)),
    ],
)
def test_river_is_drawn_at_the_town_on_its_banks(geoparser, text: str, river: str, bank) -> None:
    place = by_text(geoparser(text))[river].place
    assert place.kind is PlaceKind.WATER
    assert haversine_km(place.lat, place.lon, *bank) < 30


def _representative(gaz: Gazetteer, name: str):
    return next(p for p in gaz.lookup(name) if p.kind is PlaceKind.WATER)


@pytest.mark.parametrize(
    ("text", "river"),
    [
        # no town of the story on its banks
        ("Aid agencies warned that the Mekong was running at its lowest level in decades.", "Mekong"),
        # a dateline says where the story was filed, not where it meets the river
        ("KHARTOUM — Cholera is spreading along the White Nile, aid groups said.", "White Nile"),
        # a town named three sentences away does not say which stretch the story means
        ("Shelling hit Kherson overnight. Two people died. Power failed. Water levels in the Dnipro fell.", "Dnipro"),
    ],
)
def test_river_keeps_its_representative_point_without_a_town_beside_it(
        geoparser, embedded_gazetteer: Gazetteer, text: str, river: str) -> None:
    place = by_text(geoparser(text))[river].place
    same = _representative(embedded_gazetteer, river)
    assert (place.lat, place.lon) == (same.lat, same.lon)


def test_a_lake_keeps_its_point_whatever_town_lies_on_its_shore(geoparser, embedded_gazetteer: Gazetteer) -> None:
    mentions = by_text(geoparser("Fishermen fled Uvira on the northern shore of Lake Tanganyika."))
    place = mentions["Lake Tanganyika"].place
    lake = _representative(embedded_gazetteer, "Lake Tanganyika")
    assert (place.lat, place.lon) == (lake.lat, lake.lon)


def test_a_drawn_river_explains_where_it_was_drawn(geoparser) -> None:
    mention = by_text(geoparser("Boats carried families down the Niger River to Gao."))["Niger River"]
    assert "Gao" in mention.reason

"""Recognition and resolution as behaviours of the mechanisms, on the embedded gazetteer.

The seed article is the acceptance case; the other texts come from other conflicts
so the mechanisms (context, native-name links, anchors, containers) are pinned, not
the seed's answers.
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, MatchKind, Resolution, haversine_km
from gazetteer.geoparser import Geoparser

from ..conftest import SEED


def _by_text(mentions):
    out = {}
    for m in mentions:
        out.setdefault(m.text, []).append(m)
    return out


@pytest.fixture(scope="module")
def seed_mentions(geoparser):
    return geoparser(SEED.read_text(encoding="utf-8"))


# -- the seed article ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("written", "gazetteer_id"),
    [
        ("Kafr Nabl", "geonames:168661"),  # GeoNames spells it Kafranbel; Kafr Nabl is an alternate name
        ("Saraqib", "geonames:164816"),
        ("Aleppo", "geonames:170063"),
        ("Sochi", "geonames:491422"),
        ("New York", "geonames:5128581"),
        ("Turkey", "geonames:298795"),
        ("Syria", "geonames:163843"),
        ("Iran", "geonames:130758"),
        ("Iraq", "geonames:99237"),
    ],
)
def test_seed_places_resolve_to_their_geonames_entries(seed_mentions, written, gazetteer_id):
    found = _by_text(seed_mentions)[written]
    assert {m.place.gazetteer_id for m in found} == {gazetteer_id}


def test_seed_idlib_is_the_idlib_province_or_city(seed_mentions):
    ids = {m.place.gazetteer_id for m in _by_text(seed_mentions)["Idlib"]}
    assert ids <= {"geonames:169387", "geonames:169389"}
    first = _by_text(seed_mentions)["Idlib"][0]  # "the Syrian province of Idlib"
    assert first.place.gazetteer_id == "geonames:169387" and first.geo_precision == 3


def test_translated_exonym_jericho_resolves_to_ariha_in_idlib_through_the_arabic_name(seed_mentions):
    (jericho,) = _by_text(seed_mentions)["Jericho"]
    assert jericho.place.gazetteer_id == "geonames:172994"
    assert jericho.place.match is MatchKind.NATIVE
    assert any(alt.place.country_code in ("PS", "US") for alt in jericho.alternatives)


@pytest.mark.parametrize(("written", "anchor_id"), [("Neirab", "geonames:164816"), ("Qaminas", "geonames:169389")])
def test_names_missing_from_the_gazetteer_are_placed_at_their_anchor(seed_mentions, written, anchor_id):
    for m in _by_text(seed_mentions)[written]:
        assert m.resolution is Resolution.APPROXIMATE
        assert m.geo_precision == 2
        assert m.place.gazetteer_id == anchor_id


def test_aleppo_countryside_is_near_the_town(seed_mentions):
    (aleppo,) = _by_text(seed_mentions)["Aleppo"]
    assert aleppo.geo_precision == 2


@pytest.mark.parametrize("word", ["Russian", "Turkish", "Syrian", "Kremlin", "Al-Jazeera", "Jazeera", "Putin",
                                  "Erdogan", "Guterres", "Macron", "Merkel", "Sukhoi"])
def test_demonyms_organisations_and_people_are_not_places(seed_mentions, word):
    assert word not in _by_text(seed_mentions)


def test_caspian_sea_is_a_water_body(seed_mentions):
    (sea,) = _by_text(seed_mentions)["Caspian Sea"]
    assert sea.place.feature_class == "H" and sea.geo_precision == 3


def test_every_mention_span_matches_the_text(seed_mentions):
    text = SEED.read_text(encoding="utf-8")
    assert seed_mentions
    for m in seed_mentions:
        assert text[m.start:m.end] == m.text


# -- other conflicts: context decides ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Clashes erupted in Tripoli, Lebanon, on Sunday.", "Tripoli", "LB"),
        ("Militias clashed in Tripoli as the Libyan government lost control near Misrata.", "Tripoli", "LY"),
        ("Russian troops entered Georgia and shelled Gori near Tskhinvali.", "Georgia", "GE"),
        ("Voters in Georgia lined up for hours in Atlanta on Tuesday.", "Georgia", "US"),
        ("Israeli strikes hit Rafah and Khan Younis in the Gaza Strip.", "Rafah", "PS"),
        ("Egyptian police reinforced Rafah near El Arish in North Sinai.", "Rafah", "EG"),
        ("Shelling hit Alexandria and Cairo overnight, Egyptian officials said.", "Alexandria", "EG"),
        ("Deputies in Rapides Parish arrested a man in Alexandria on Friday.", "Alexandria", "US"),
        ("Israeli air strikes on Gaza killed 12 people, officials said.", "Gaza", "PS"),
        ("The fire chief of Huntsville met the judge of Walker County in Texas.", "Huntsville", "US"),
    ],
)
def test_context_picks_the_namesake(geoparser, text, written, country):
    (m,) = _by_text(geoparser(text))[written][:1]
    assert m.place.country_code == country, m.reason


def test_a_region_cue_picks_the_division_over_the_city(geoparser):
    (region, city) = _by_text(geoparser("Missiles struck Kharkiv region; officials in Kharkiv said."))["Kharkiv"]
    assert region.place.feature_code.startswith("ADM1") and region.geo_precision == 3
    assert city.place.feature_class == "P" and city.geo_precision == 1


@pytest.mark.parametrize(
    ("text", "written", "feature_code"),
    [
        ("Aid reached Mexico on Monday.", "Mexico", "PCLI"),
        ("Talks in Europe stalled.", "Europe", "CONT"),
        ("Fighting spread across Idlib province.", "Idlib", "ADM1"),
        ("Missiles hit ships in the Red Sea off Hodeidah.", "Red Sea", "SEA"),
    ],
)
def test_countries_divisions_and_continents_come_out_as_themselves(geoparser, text, written, feature_code):
    (m,) = _by_text(geoparser(text))[written]
    assert m.place.feature_code == feature_code and m.geo_precision == 3


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Reading the report, he said the situation was grim.", "Reading"),
        ("Police said the March 7 fire destroyed a mobile home.", "March"),
        ("The New York Times and the Washington Post reported the raid.", "New York"),
        ("Students at Aleppo University protested on Monday.", "Aleppo"),
        ("Michael Jordan visited the school.", "Jordan"),
        ("Brown said the plan would fail, and Brown has told others.", "Brown"),
        ("Cases of West Nile virus rose this summer.", "Nile"),
        ("Crowds gathered near Saturday's market.", "Saturday"),
        ("Traffic was closed on Highway 200 near the bridge.", "Highway"),
        ("President Erdogan spoke on Monday.", "Erdogan"),
    ],
)
def test_common_words_names_and_brands_need_evidence(geoparser, text, absent):
    assert absent not in _by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Protesters gathered in Nice on Saturday.", "Nice"),
        ("KYIV — Russian drones struck the capital overnight.", "KYIV"),
        ("CHARLESTON, W.Va. (AP) -- Volunteers cleaned the river.", "CHARLESTON"),
        ("Aid from the U.S. and the UAE reached the DRC.", "U.S."),
        ("Aid from the U.S. and the UAE reached the DRC.", "DRC"),
        ("Gov. Andy Beshear of Ky. said schools would close.", "Ky."),
        ("Tensions rose across the Middle East.", "Middle East"),
        ("The Ohio Supreme Court delayed the execution.", "Ohio"),
        ("Both sides returned to the Sochi Agreement.", "Sochi"),
    ],
)
def test_news_conventions_are_recognised(geoparser, text, written):
    assert written in _by_text(geoparser(text))


def test_us_abbreviation_needs_capitals(geoparser):
    assert "us" not in {m.text.lower() for m in geoparser("He told us the road was closed.")}


@pytest.mark.parametrize(
    "noise",
    [
        "6134349304001 770c6204-9717-41cf-9870-556KE41ab7a ae76535d\nvideo\n",
        "Photo: AFP / Getty Images\nBy JOHN SMITH\n",
        "<div class='caption'>Smoke rises</div> &amp; ))) ((( ''' \u200b\u200b",
        "",
        "   \n\n  ",
        "ALEPPO ALEPPO ALEPPO " * 200,
    ],
)
def test_scraped_noise_does_not_crash_or_make_places(geoparser, noise):
    mentions = geoparser(noise)
    assert all(m.text.lower() == "aleppo" for m in mentions)


def test_unanchored_unknown_names_are_reported_without_a_point(geoparser):
    (m,) = _by_text(geoparser("Gunmen attacked the village of Zzyqotta overnight."))["Zzyqotta"]
    assert m.resolution is Resolution.UNRESOLVED and m.place is None


@pytest.mark.parametrize("village", ["Tell Zzyq", "Tell Zzyq al-Gharbi"])
def test_unknown_village_near_a_known_town_gets_an_approximate_point(geoparser, village):
    mentions = geoparser(f"Shelling hit the village of {village} near Saraqib on Monday.")
    (m,) = _by_text(mentions)[village]
    (saraqib,) = _by_text(mentions)["Saraqib"]
    assert m.resolution is Resolution.APPROXIMATE and m.geo_precision == 2
    assert haversine_km(m.lat, m.lon, saraqib.lat, saraqib.lon) < 1


def test_resolution_explains_itself(seed_mentions):
    for m in seed_mentions:
        assert m.reason
        assert 0.0 <= m.score <= 1.0


def test_items_of_a_list_are_read_as_the_same_kind_of_place(geoparser):
    text = ("The states affected are Alaska, Arizona, California, Indiana, Oregon, Idaho, Delaware and Texas. "
            "Officials in Ohio said more cases were expected.")
    mentions = _by_text(geoparser(text))
    for state in ("California", "Indiana", "Oregon", "Idaho", "Delaware"):
        (m,) = mentions[state]
        assert m.place.feature_code == "ADM1", (state, m.place, m.reason)


def test_a_list_is_not_a_place_and_its_container(geoparser):
    (indiana,) = _by_text(geoparser("Cases rose in Illinois, Indiana, Kansas and Kentucky."))["Indiana"]
    assert indiana.place.feature_code == "ADM1"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Columbus Police Department received the call.", "Columbus"),
        ("A spokesman for the Georgia Bureau of Investigation declined to comment.", "Georgia"),
        ("Canada's Food Inspection Agency confirmed the case.", "Canada"),
        ("Rep. Wendell Gilliard, D-Charleston, filed the bill.", "Charleston"),
        ("Flooding closed roads in Fargo-Moorhead on Friday.", "Fargo"),
    ],
)
def test_places_inside_institutions_and_compounds_are_kept(geoparser, text, written):
    assert written in _by_text(geoparser(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Police found the gun outside Wilder's estate on Monday.", "Wilder"),
        ("Walmart said Wal-Mart Stores would hire.", "Wal"),
        ("Deputies searched a home near Tennessee Colony on Friday.", "Tennessee"),
        ('"Part-time employees can work more," he said.', "Part"),
        ("Drowning victim identified by police.", "Drowning"),
    ],
)
def test_person_possessives_compounds_and_everyday_words_are_not_places(geoparser, text, absent):
    assert absent not in _by_text(geoparser(text))


def test_a_place_glued_to_a_topographic_word_is_a_place_of_its_own(geoparser):
    mentions = _by_text(geoparser("Deputies searched a home near Tennessee Colony on Friday."))
    assert "Tennessee Colony" in mentions and "Tennessee" not in mentions


# -- with a GeoNames country dump imported, villages get their own points ----------------------------

GEONAMES = SEED.parents[1] / "tests" / "data" / "geonames"


@pytest.mark.parametrize("with_alternate_names", [False, True], ids=["dump-only", "dump+alternate-names"])
def test_after_a_country_import_neirab_and_qaminas_are_exact_and_neirab_is_the_idlib_one(
    gazetteer_index, with_alternate_names
):
    from gazetteer.geonames import import_files

    files = [GEONAMES / "SY.txt"] + ([GEONAMES / "alternateNamesV2.txt"] if with_alternate_names else [])
    import_files(gazetteer_index, files, progress=False)
    with Gazetteer(gazetteer_index, build=False) as gaz:
        mentions = _by_text(Geoparser(gaz)(SEED.read_text(encoding="utf-8")))
    for m in mentions["Neirab"]:
        # two An Nayrabs in the dump: the one by Saraqib, not the one by Aleppo airport
        assert (m.place.gazetteer_id, m.resolution) == ("geonames:9999001", Resolution.GAZETTEER), m.reason
    # "the town of Neirab" is the town itself; "the vicinity of Neirab" is near it
    assert [m.geo_precision for m in mentions["Neirab"]] == [1, 1, 2]
    (qaminas,) = mentions["Qaminas"]
    assert (qaminas.place.gazetteer_id, qaminas.resolution) == ("geonames:9999002", Resolution.GAZETTEER)


@pytest.mark.parametrize(
    ("written", "gazetteer_id"),
    [
        ("Maarat al-Numan", "geonames:167611"),  # GeoNames: Ma‘arrat an Nu‘mān
        ("Jisr al-Shughur", "geonames:169023"),  # GeoNames: Jisr ash Shughūr
        ("Ras al-Ain", "geonames:165509"),
        ("Deir ez-Zor", "geonames:170792"),
        ("al-Bab", "geonames:174018"),
    ],
)
def test_transliterated_arabic_names_with_inner_articles_are_found_whole(geoparser, written, gazetteer_id):
    text = (f"Regime forces shelled {written} on Monday, while factions held Afrin and Manbij, "
            "Syrian activists said.")
    (m,) = _by_text(geoparser(text))[written]
    assert m.place.gazetteer_id == gazetteer_id


def test_parse_function_is_the_documented_python_api(embedded_gazetteer):
    import gazetteer

    mentions = gazetteer.parse("Turkish forces shelled Saraqib.", gazetteer=embedded_gazetteer)
    assert [(m.text, m.place.gazetteer_id) for m in mentions] == [("Saraqib", "geonames:164816")]


def test_by_id_returns_the_entry_a_parse_record_names(embedded_gazetteer):
    place = embedded_gazetteer.by_id("geonames:172994")
    assert (place.name, place.country_code, place.admin1) == ("Arīḩā", "SY", "Idlib")
    assert embedded_gazetteer.by_id("geonames:0") is None

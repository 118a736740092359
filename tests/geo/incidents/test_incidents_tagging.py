"""Behaviour of tag_incidents: attachment per place, negation, frames, actors, numbers, dates."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest

from gazetteer.exc import InputError
from geo.incidents import tag_incidents, tag_mentions
from geo.incidents.fatalities import fatalities, parse_number
from geo.model import VIOLENT_TYPES, Document, Incident

from .incident_helpers import AIR, CLASH, NONE, SHELLING, find_mentions, place


SEED = Path(__file__).resolve().parents[3] / "seeds" / "idlib-ceasefire-talks.txt"


def tag(text: str, *names: str, when: date | None = None, doc_id: str = "t") -> list[Incident]:
    return tag_incidents(Document(doc_id, text, when), find_mentions(text, *names))


def labels(incidents: list[Incident]) -> dict[str, set[tuple[str, str | None]]]:
    out: dict[str, set[tuple[str, str | None]]] = {}
    for inc in incidents:
        out.setdefault(inc.mention.text, set()).add((inc.incident_type, inc.sub_event_type))
    return out


# ----------------------------------------------------------------------------- attachment


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Raids by Russian warplanes targeted villages west of Aleppo, in addition to the cities "
            "of Kafr Nabl, Jericho, and the town of Qaminas.",
            ("Aleppo", "Kafr Nabl", "Jericho", "Qaminas"),
            AIR,
        ),
        (
            "Turkish forces shelled regime positions in the town of Neirab and the vicinity of Saraqib.",
            ("Neirab", "Saraqib"),
            SHELLING,
        ),
        (
            "Shelling killed 40 civilians in Goma, Sake and Minova over the past week.",
            ("Goma", "Sake", "Minova"),
            SHELLING,
        ),
    ],
)
def test_trigger_reaches_every_place_of_a_coordinated_list(text, names, expected):
    got = labels(tag(text, *names))
    assert all(got[name] == {expected} for name in names), got


def test_coordinated_clauses_keep_their_own_events():
    got = labels(tag(
        "Russian jets bombed Ariha on Monday and rebels clashed with government troops in Saraqib.",
        "Ariha", "Saraqib",
    ))
    assert got == {"Ariha": {AIR}, "Saraqib": {CLASH}}


def test_place_in_a_where_clause_gets_the_clause_event():
    got = labels(tag(
        "Fighters withdrew except from the area near Neirab, where Turkish forces established a "
        "military post.",
        "Neirab",
    ))
    assert got["Neirab"] == {("Strategic developments", "Headquarters or base established")}


def test_place_with_several_incidents_gets_one_incident_each():
    text = (
        "Turkish forces shelled regime positions in Neirab. The opposition attack on Neirab, backed "
        "by the Turkish army, stopped. Turkish forces established a military post near Neirab."
    )
    incidents = [i for i in tag(text, "Neirab") if i.mention.text == "Neirab"]
    assert {(i.incident_type, i.sub_event_type) for i in incidents} == {
        SHELLING, CLASH, ("Strategic developments", "Headquarters or base established"),
    }
    assert all(len(i.mentions) == 3 for i in incidents)


@pytest.mark.parametrize(
    ("text", "small", "large"),
    [("Police fired tear gas in the Kibera slum of Nairobi.", "Kibera", "Nairobi"),
     ("Armed men looted shops in the Khartoum district of Bahri.", "Bahri", "Khartoum")],
)
def test_larger_place_in_a_district_of_construction_only_locates_the_smaller(text, small, large):
    from gazetteer.model import Mention, Place, Resolution

    def mention(name: str, population: int) -> Mention:
        start = text.index(name)
        place = Place(f"test:{name}", name, 0.0, 0.0, "XX", None, "P", "PPL", population)
        return Mention(start, start + len(name), name, place, 1, Resolution.GAZETTEER, 1.0)

    ms = sorted([mention(small, 10_000), mention(large, 4_000_000)], key=lambda m: m.start)
    got = labels(tag_incidents(Document("d", text), ms))
    assert got[large] == {NONE} and got[small] != {NONE}


def test_province_qualifying_a_town_is_not_itself_struck():
    got = labels(tag(
        "Government warplanes struck the town of Ariha in southern Idlib province on Tuesday.",
        "Ariha", "Idlib",
    ))
    assert got == {"Ariha": {AIR}, "Idlib": {NONE}}


# ----------------------------------------------------------------------------- not an event here


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"It must stop now," Guterres told a news conference in New York.', "New York"),
        ("Guterres told a news conference in New York that shelling had hit Saraqib.", "New York"),
        ("The solution lies in returning to the Sochi Agreement signed in 2018.", "Sochi"),
        (
            "The three planes had to use the airspace over the Caspian Sea, Iran and Iraq to reach Syria.",
            "Iran",
        ),
        ("Negotiators met in Cairo to discuss a truce after weeks of air strikes.", "Cairo"),
        ("The airline resumed direct flights between Moscow and Antalya.", "Antalya"),
        ("Gunmen set fire to homes before fleeing toward the border with Niger.", "Niger"),
        ("Israel's military said its jets struck Hamas targets overnight.", "Israel"),
        ("The London-based monitor said air strikes hit the town.", "London"),
    ],
)
def test_venue_route_name_or_actor_mention_is_none(text, name):
    got = labels(tag(text, name))
    assert got[name] == {NONE}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Monitors reported no air strikes on Saraqib in the first hours of the truce.", "Saraqib"),
        ("The army denied that its troops had attacked a camp near Gao.", "Gao"),
        ("Israel has threatened to launch a ground offensive in Rafah.", "Rafah"),
        ("Putin and Erdogan agreed to intensify consultations to reach a ceasefire in Idlib.", "Idlib"),
        ("Erdogan stressed the need to stop the attacks on civilians in Idlib.", "Idlib"),
        ("The UN warned of a possible assault on Hodeidah by coalition forces.", "Hodeidah"),
        ("Rebels vowed to capture Goma within days.", "Goma"),
        ("The deal allowed Turkey to establish military checkpoints in Idlib to deter any attack.", "Idlib"),
        ("No clashes had been reported in Timbuktu since Sunday, officials said.", "Timbuktu"),
    ],
)
def test_negated_or_unreal_attack_is_not_violent(text, name):
    got = labels(tag(text, name))
    assert not any(t in VIOLENT_TYPES for t, _ in got[name]), got


def test_background_event_years_ago_is_not_violent():
    got = labels(tag("Aleppo, which rebels attacked in 2012, is now calm.", "Aleppo", when=date(2024, 5, 1)))
    assert got["Aleppo"] == {NONE}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Manchester City beat Chelsea at the Etihad Stadium in Manchester; the clash drew 53,000 fans.", "Manchester"),
        ("Shares in Tokyo rallied to a 33-year high while oil prices fell.", "Tokyo"),
        ("A powerful earthquake struck southern Turkey, killing thousands of people.", "Turkey"),
        ("Liverpool's attack overwhelmed the defence at Anfield in Liverpool.", "Liverpool"),
        ("The government launched a campaign fighting corruption in Nairobi.", "Nairobi"),
        ("Floods killed more than 5,000 people in Derna, the Red Crescent said.", "Derna"),
    ],
)
def test_non_violent_news_is_not_tagged_violent(text, name):
    got = labels(tag(text, name))
    assert not any(t in VIOLENT_TYPES for t, _ in got[name]), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy fighting forced thousands of people to flee Sake toward Goma.",
         {"Goma": {("Displacement", None)}}),
        ("Thousands rallied in London against the war in Gaza.",
         {"London": {("Protests", "Peaceful protest")}, "Gaza": {NONE}}),
        ("Israeli strikes killed 40 people in Nabatieh, the health ministry in Beirut said.",
         {"Nabatieh": {AIR}, "Beirut": {NONE}}),
        ("The junta spokesman said in Naypyitaw that troops were still fighting in Lashio.",
         {"Naypyitaw": {NONE}, "Lashio": {CLASH}}),
        ("More than 32,000 Palestinians have been killed in Gaza since October, officials said.",
         {"Gaza": {NONE}}),
        ("Thousands of people gathered in Niamey to mark the anniversary of the coup.",
         {"Niamey": {("Protests", "Peaceful protest")}}),
        ("The militants retreated and later fled toward Jalalaqsi.", {"Jalalaqsi": {NONE}}),
        ("A truce brokered by Egypt between Israel and Islamic Jihad ended days of fighting in Gaza.",
         {"Israel": {NONE}, "Egypt": {NONE}}),
    ],
)
def test_clause_roles_keep_events_where_they_happened(text, expected):
    got = labels(tag(text, *expected))
    for name, wanted in expected.items():
        assert got[name] == wanted, (name, got)


# ----------------------------------------------------------------------------- typing


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Gunmen killed at least 30 civilians in an attack on the village of Partiaga.", "Partiaga",
         ("Violence against civilians", "Attack")),
        ("Militants ambushed a military convoy near Boni, killing eight soldiers.", "Boni", CLASH),
        ("A suicide bomber blew himself up at a mosque in Peshawar.", "Peshawar",
         ("Explosions/Remote violence", "Suicide bomb")),
        ("A roadside bomb exploded near a bus in Douentza.", "Douentza",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("Assailants threw a grenade into a bar in Kampala.", "Kampala", ("Explosions/Remote violence", "Grenade")),
        ("Gunmen abducted 250 pupils from a school in Kuriga.", "Kuriga",
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("Thousands marched peacefully through Bogota against the tax reform.", "Bogota",
         ("Protests", "Peaceful protest")),
        ("Police fired tear gas at protesters in Nairobi.", "Nairobi", ("Protests", "Protest with intervention")),
        ("Security forces opened fire on protesters in Monywa, killing 38.", "Monywa",
         ("Protests", "Excessive force against protesters")),
        ("Rioters torched cars and looted shops in Marseille.", "Marseille", ("Riots", "Violent demonstration")),
        ("M23 rebels seized the town of Shasha after heavy fighting.", "Shasha",
         ("Battles", "Non-state actor overtakes territory")),
        ("Somali troops recaptured Bulo Burte from al-Shabaab.", "Bulo Burte",
         ("Battles", "Government regains territory")),
        ("Thousands of residents fled to Tawila as fighting raged.", "Tawila", ("Displacement", None)),
        ("The United States and the Taliban signed an agreement in Doha.", "Doha",
         ("Strategic developments", "Agreement")),
        ("Air defences shot down 20 drones over Kyiv overnight.", "Kyiv",
         ("Strategic developments", "Disrupted weapons use")),
    ],
)
def test_clause_gets_its_acled_sub_event_type(text, name, expected):
    got = labels(tag(text, name))
    assert expected in got[name], got


# ----------------------------------------------------------------------------- actors, numbers


@pytest.mark.parametrize(
    ("text", "name", "actor1", "actor2"),
    [
        ("Turkish forces shelled the positions of the Syrian regime forces in Neirab.", "Neirab",
         "Turkish forces", "Syrian regime forces"),
        ("Russian air raids targeted villages around Aleppo, monitors said.", "Aleppo", "Russian aircraft", None),
        ("Opposition fighters clashed with the Turkish army near Saraqib.", "Saraqib",
         "Opposition fighters", "Turkish army"),
        ("Police fired tear gas at protesters in Nairobi.", "Nairobi", "Protesters", "Police"),
        ("Gunmen killed 12 civilians in Partiaga.", "Partiaga", "Gunmen", "Civilians"),
        ("Kharkiv was shelled by Russian forces overnight.", "Kharkiv", "Russian forces", None),
        # armed groups known by their initials, in the singular as in the plural
        ("An NSAG attacked the village of Kafr Nabl on Sunday.", "Kafr Nabl", "NSAG", "Civilians"),
    ],
)
def test_actors_come_from_the_clause(text, name, actor1, actor2):
    inc = next(i for i in tag(text, name) if i.mention.text == name)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Russian missiles hit Dnipro, killing 12 people and wounding 30.", 12),
        ("At least five people were killed in the raid on Boni.", 5),
        ("Militants killed twenty-three soldiers near Tassia.", 23),
        ("Clashes in Culiacan left 29 people dead.", 29),
        ("A dozen people were killed in Goma.", 12),
        ("More than 5,000 people were killed in Derna.", 5000),
        ("Dozens were killed in the attack.", None),
        ("The strike wounded 30 people.", None),
        ("Rebels have controlled the area since 2012 and killed none.", None),
    ],
)
def test_fatalities_read_numbers_and_number_words(sentence, number):
    assert fatalities(sentence) == number


def test_fatalities_reach_the_incident():
    inc = tag("Russian missiles hit Dnipro overnight, killing 12 people.", "Dnipro")[0]
    assert inc.fatalities == 12


@pytest.mark.parametrize(("words", "value"), [("two hundred and five", 205), ("1,200", 1200), ("nine", 9)])
def test_number_words_parse(words, value):
    assert parse_number(words) == value


# ----------------------------------------------------------------------------- dates


def test_dateline_gives_the_article_date_when_metadata_is_missing():
    inc = tag("KYIV, March 3, 2022 (Reuters) - Russian missiles hit Dnipro.", "Dnipro")[0]
    assert inc.date == date(2022, 3, 3)


def test_dateline_without_year_takes_the_year_from_metadata():
    from geo.incidents.dates import dateline_date

    assert dateline_date("KYIV, March 3 (Reuters) — Missiles hit Dnipro.", date(2023, 3, 4)) == date(2023, 3, 3)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("on Monday", date(2024, 5, 9), date(2024, 5, 6)),
        ("yesterday", date(2024, 5, 9), date(2024, 5, 8)),
        ("today", date(2024, 5, 9), date(2024, 5, 9)),
        ("on Thursday", date(2024, 5, 9), date(2024, 5, 9)),
        ("on 3 May", date(2024, 5, 9), date(2024, 5, 3)),
        ("on December 30", date(2024, 1, 2), date(2023, 12, 30)),
        ("last night", date(2024, 5, 9), date(2024, 5, 8)),
    ],
)
def test_relative_date_resolves_against_the_document_date(phrase, published, expected):
    inc = tag(f"Russian shelling hit Kherson {phrase}, officials said.", "Kherson", when=published)[0]
    assert inc.date == expected


def test_event_dated_a_few_months_before_the_article_is_still_that_event():
    # four months back or more, a main clause's own month makes it background (test_incidents_background)
    got = labels(tag("Russian shelling hit Kherson in March, officials said.", "Kherson", when=date(2024, 6, 1)))
    assert got["Kherson"] == {SHELLING}


def test_event_in_a_clause_describing_a_noun_dated_months_back_is_background():
    got = labels(tag("Officials visited the bridge in Kherson that Russian shelling hit in January.", "Kherson",
                     when=date(2024, 6, 1)))
    assert got["Kherson"] == {NONE}


def test_date_is_none_when_unknown():
    assert tag("Russian shelling hit Kherson on Monday.", "Kherson")[0].date is None


def test_none_incident_takes_the_article_date():
    assert tag("Talks took place in Geneva.", "Geneva", when=date(2024, 1, 2))[0].date == date(2024, 1, 2)


# ----------------------------------------------------------------------------- record fields


def test_evidence_is_the_sentence_containing_the_mention():
    text = "Talks went on in Geneva. Russian jets bombed Ariha on Monday. Markets were calm."
    inc = next(i for i in tag(text, "Ariha", "Geneva") if i.mention.text == "Ariha")
    assert inc.evidence == "Russian jets bombed Ariha on Monday."
    assert text[inc.trigger[0] : inc.trigger[1]] in inc.evidence


def test_incident_copies_document_fields_and_bounds_confidence():
    doc = Document("d7", "Russian jets bombed Ariha.", date(2024, 1, 1), "Title", "http://x", "Wire")
    for inc in tag_incidents(doc, find_mentions(doc.text, "Ariha")):
        assert (inc.doc_id, inc.title, inc.url, inc.source) == ("d7", "Title", "http://x", "Wire")
        assert 0.0 <= inc.confidence <= 1.0
        assert inc.mentions == ((20, 25),)


def test_place_without_event_gets_exactly_one_none_incident_from_its_first_mention():
    text = "Talks began in Geneva. They continued in Geneva on Tuesday."
    incidents = tag(text, "Geneva")
    assert [(i.incident_type, i.mention.start, i.trigger) for i in incidents] == [("None", 15, None)]
    assert incidents[0].mentions == ((15, 21), (41, 47))


def test_unresolved_mentions_group_by_folded_text():
    from gazetteer.model import Mention, Resolution

    text = "Jets bombed Ḥalab. Later, jets bombed Halab again."
    ms = [Mention(12, 17, "Ḥalab", None, 2, Resolution.UNRESOLVED, 0.0),
          Mention(38, 43, "Halab", None, 2, Resolution.UNRESOLVED, 0.0)]
    incidents = tag_incidents(Document("u", text), ms)
    assert len(incidents) == 1 and incidents[0].mentions == ((12, 17), (38, 43))


def test_approximate_mention_is_not_merged_with_its_anchor():
    from gazetteer.model import Mention, Place, Resolution

    text = "Turkish forces shelled Neirab and the vicinity of Saraqib. Troops set up a post near Neirab."
    saraqib = Place("geonames:164816", "Saraqib", 35.86, 36.8)

    def mention(m: re.Match[str]) -> Mention:
        if m.group() == "Neirab":
            return Mention(m.start(), m.end(), "Neirab", saraqib, 2, Resolution.APPROXIMATE, 0.5, anchor="Saraqib")
        return Mention(m.start(), m.end(), "Saraqib", saraqib, 1, Resolution.GAZETTEER, 1.0)

    ms = [mention(m) for m in re.finditer(r"Neirab|Saraqib", text)]
    got = labels(tag_incidents(Document("a", text), ms))
    assert got["Saraqib"] == {SHELLING}
    assert got["Neirab"] == {SHELLING, ("Strategic developments", "Headquarters or base established")}


def test_tag_mentions_keeps_input_order_and_one_entry_per_mention():
    text = "Jets bombed Ariha. Talks were held in Ankara."
    ms = list(reversed(find_mentions(text, "Ariha", "Ankara")))
    tagged = tag_mentions(Document("o", text), ms)
    assert [t.mention.text for t in tagged] == ["Ankara", "Ariha"]
    assert [t.primary.incident_type for t in tagged] == ["None", "Explosions/Remote violence"]


def test_mention_outside_the_text_is_an_input_error():
    from gazetteer.model import Mention, Resolution

    with pytest.raises(InputError):
        tag_incidents(Document("e", "short"), [Mention(3, 40, "x", None, 1, Resolution.UNRESOLVED, 0.0)])


# ----------------------------------------------------------------------------- the seed article


#: The seed's places with the kinds the gazetteer gives them (feature class, code, country).
SEED_PLACES = {
    "Idlib": ("A", "ADM1", "SY"), "Sochi": ("P", "PPL", "RU"), "New York": ("P", "PPL", "US"),
    "Aleppo": ("P", "PPL", "SY"), "Kafr Nabl": ("P", "PPL", "SY"), "Jericho": ("P", "PPL", "SY"),
    "Qaminas": ("P", "PPL", "SY"), "Neirab": ("P", "PPL", "SY"), "Saraqib": ("P", "PPL", "SY"),
    "Caspian Sea": ("H", "SEA", "XX"), "Iran": ("A", "PCLI", "IR"), "Iraq": ("A", "PCLI", "IQ"),
    "Syria": ("A", "PCLI", "SY"), "Turkey": ("A", "PCLI", "TR"),
}


def test_seed_article_places_get_the_expected_incidents():
    # real kinds, not the helpers' kindless places: the learned type model reads the kind
    text = SEED.read_text(encoding="utf-8")
    mentions = [dataclasses.replace(m, place=place(m.text, *SEED_PLACES[m.text]))
                for m in find_mentions(text, *SEED_PLACES)]
    incidents = tag_incidents(Document("seed", text), mentions)
    got = labels(incidents)
    for name in ("Aleppo", "Kafr Nabl", "Jericho", "Qaminas"):
        assert got[name] == {AIR}, name
    assert got["Neirab"] == {SHELLING, CLASH, ("Strategic developments", "Headquarters or base established")}
    assert got["Saraqib"] == {SHELLING}
    for name in ("New York", "Caspian Sea", "Iran", "Iraq", "Turkey", "Syria", "Idlib"):
        assert got[name] == {NONE}, name
    assert got["Sochi"] <= {NONE, ("Strategic developments", "Agreement")}
    strike = next(i for i in incidents if i.mention.text == "Kafr Nabl")
    assert "Russian" in strike.actor1 and "Syrian regime" in strike.actor1
    shelling = next(i for i in incidents if i.mention.text == "Neirab" and i.sub_event_type == SHELLING[1])
    assert (shelling.actor1, shelling.actor2) == ("Turkish forces", "Syrian regime forces")

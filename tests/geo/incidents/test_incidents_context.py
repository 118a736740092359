"""Events beyond one clause: anaphora, the next sentence, containing places, and
violent words in non-violent roles (modality, background, topics, who leaves)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.incidents import tag_incidents
from geo.model import VIOLENT_TYPES, Document

from .incident_helpers import AIR, ATTACK, CLASH, NONE, PEACEFUL, SHELLING, find_mentions, place, primary, resolved


# ----------------------------------------------------------------------------- anaphora


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Residents of Kharkiv spent another night in shelters. Russian guided bombs struck the "
         "city's northern districts, killing two people.", "Kharkiv", AIR),
        ("Ukraine's port of Odesa was quiet on Monday. Late at night a Russian missile hit a grain "
         "terminal in the city, injuring six dock workers.", "Odesa", SHELLING),
        ("The envoy arrived in Aden on Tuesday. Hours later, militants attacked an army checkpoint "
         "outside the town, and soldiers fought back.", "Aden", CLASH),
    ],
)
def test_anaphor_gives_its_event_to_the_place_it_refers_back_to(text, name, expected):
    assert primary(text, name)[name] == expected


def test_anaphor_evidence_spans_both_sentences():
    text = "Residents of Kharkiv spent the night in shelters. Russian missiles hit the city at dawn."
    inc = [i for i in tag_incidents(Document("t", text), find_mentions(text, "Kharkiv")) if i.incident_type != "None"]
    assert inc and inc[0].evidence == text


@pytest.mark.parametrize(
    ("text", "places", "name"),
    [
        # "the city" is not the province before it, nor the country
        ("Officials in Sanaa met aid groups from Yemen on Monday. Jets bombed the city's port at night.",
         {"Sanaa": place("Sanaa", "P", "PPLC"), "Yemen": place("Yemen", "A", "PCLI")}, "Yemen"),
        ("Aid reached Hajjah province on Monday. Jets bombed the city's market at night.",
         {"Hajjah": place("Hajjah", "A", "ADM1")}, "Hajjah"),
        # "the capital" is a capital
        ("Diplomats met in Ghadames on Monday. Clashes continued in the suburbs of the capital.",
         {"Ghadames": place("Ghadames", "P", "PPL", "LY")}, "Ghadames"),
    ],
)
def test_anaphor_skips_places_of_another_kind(text, places, name):
    assert primary(text, mentions=resolved(text, places))[name] == NONE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a qualifying province is not "the town"
        ("Activists said the strategic town of Kafranbel lies in the southern Idlib countryside. "
         "Jets later bombed the town's market.", "Idlib"),
        # "the town of X" names its own place
        ("Officials met in Gaziantep on Monday. Jets bombed the town of Ariha at night.", "Gaziantep"),
        # a place two paragraphs back is out of reach
        ("Talks were held in Geneva.\n\nMany people left.\n\nLater, the president thanked donors.\n\n"
         "Jets bombed the city overnight.", "Geneva"),
    ],
)
def test_anaphor_does_not_reach_unrelated_places(text, name):
    assert primary(text, name)[name] == NONE


def test_anaphor_does_not_replace_the_place_own_event():
    text = "Protesters rallied in Goma on Monday. Rebels shelled the city at night."
    assert primary(text, "Goma")["Goma"] == PEACEFUL


# ----------------------------------------------------------------------------- the next sentence


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Violence flared again in Kauru on Monday. Gunmen on motorbikes killed at least 12 "
         "villagers and burned their homes.", "Kauru", ATTACK),
        ("Odesa came under fire again overnight. A ballistic missile hit a grain terminal, "
         "injuring six dock workers.", "Odesa", SHELLING),
    ],
)
def test_next_sentence_tells_what_happened_after_a_scene_sentence(text, name, expected):
    assert primary(text, name)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # no scene: the place only hosts the speaker
        ("The UN Security Council met in New York on Sunday. Gunmen killed 12 villagers overnight.",
         "New York", None),
        # the next sentence has its own place
        ("Violence flared again in Kaduna on Monday. Gunmen killed 12 villagers in Kauru.", "Kaduna", "Kauru"),
        # a new paragraph is another story
        ("Tension was high in Kirkuk on Monday.\n\nGunmen killed 12 villagers overnight.", "Kirkuk", None),
        # the scene sentence has its own events
        ("Police dispersed protesters in Imphal as violence spread. Gunmen killed 12 villagers.", "Imphal",
         None),
    ],
)
def test_next_sentence_is_not_borrowed_without_a_scene_of_its_own(text, name, other):
    got = primary(text, *(n for n in (name, other) if n))
    assert got[name] in (NONE, ("Protests", "Protest with intervention")), got


def test_place_of_the_violence_takes_the_event_of_the_sentence_before():
    text = ("Attacks by armed groups on villages in Plateau state killed nearly 200 people, officials "
            "said. The violence was concentrated in the Bokkos and Barkin Ladi areas.")
    got = primary(text, "Plateau", "Bokkos", "Barkin Ladi")
    assert got["Bokkos"] == got["Barkin Ladi"] == got["Plateau"] != NONE


# ----------------------------------------------------------------------------- containing places


def test_country_is_none_when_a_city_in_it_has_the_clause_event():
    text = "An air strike in the port city of Hodeidah knocked out internet services across Yemen."
    ms = resolved(text, {"Hodeidah": place("Hodeidah", "P", "PPLA"), "Yemen": place("Yemen", "A", "PCLI")})
    assert primary(text, mentions=ms) == {"Hodeidah": AIR, "Yemen": NONE}


def test_province_is_none_when_a_town_in_it_has_the_clause_event():
    text = "Drones struck Ahvaz on Monday, and smoke rose over Khuzestan."
    ms = resolved(text, {"Ahvaz": place("Ahvaz", "P", "PPLA", "IR", "15"),
                         "Khuzestan": place("Khuzestan", "A", "ADM1", "IR", "15")})
    got = primary(text, mentions=ms)
    assert got["Ahvaz"] == AIR and got["Khuzestan"] == NONE


@pytest.mark.parametrize(
    ("text", "places", "name"),
    [
        # the country is named as the event's place, the towns follow as examples
        ("Indian missiles struck nine sites in Pakistan, including in Bahawalpur, killing 26 people.",
         {"Pakistan": place("Pakistan", "A", "PCLI", "PK"), "Bahawalpur": place("Bahawalpur", "P", "PPLA2", "PK")},
         "Pakistan"),
        # "southern Lebanon" is a region of its own, listed beside another
        ("Israeli air strikes pounded villages in the Bekaa and across southern Lebanon.",
         {"Bekaa": place("Bekaa", "A", "ADM1", "LB"), "Lebanon": place("Lebanon", "A", "PCLI", "LB")},
         "Lebanon"),
        # a town in another country does not make this one a container
        ("Jets bombed Saada and struck targets across Oman.",
         {"Saada": place("Saada", "P", "PPLA"), "Oman": place("Oman", "A", "PCLI", "OM")}, "Oman"),
    ],
)
def test_country_that_is_itself_the_event_place_keeps_the_event(text, places, name):
    assert primary(text, mentions=resolved(text, places))[name] != NONE


def test_without_gazetteer_places_a_spread_over_place_is_the_container():
    text = "An air strike in the port city of Hodeidah knocked out internet services across Yemen."
    assert primary(text, "Hodeidah", "Yemen") == {"Hodeidah": AIR, "Yemen": NONE}


def test_displacement_into_a_country_and_a_camp_in_it_keeps_both():
    text = "More than 200,000 people fled into Mauritania, many of them arriving in the Mbera camp."
    ms = resolved(text, {"Mauritania": place("Mauritania", "A", "PCLI", "MR"),
                         "Mbera": place("Mbera", "P", "PPL", "MR")})
    assert set(primary(text, mentions=ms).values()) == {("Displacement", None)}


# ----------------------------------------------------------------------------- non-violent roles


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # modal right after the event noun
        ("The envoy warned that renewed fighting could derail the truce across Yemen.", "Yemen", None),
        ("Egypt said an assault on Rafah would have dire consequences.", "Rafah", None),
        # habitual
        ("Ankara regularly carries out strikes against the PKK in northern Iraq.", "Iraq", None),
        # rehearsed
        ("China's military launched drills around Taiwan, simulating attacks on key targets.", "Taiwan", None),
        # remembered: "a year after" the killings
        ("Israelis held ceremonies at Beeri on Monday, a year after Hamas fighters killed 100 residents.",
         "Beeri", None),
        # talks here, the strike there
        ("Mediators met Hamas officials in Doha on Sunday, days after an Israeli air strike killed "
         "seven aid workers in Deir al-Balah.", "Doha", "Deir al-Balah"),
        ("As talks continued in Doha, Israeli strikes killed 30 people in Khan Younis.", "Doha", "Khan Younis"),
        # lawmakers and crews are not displaced people
        ("Democratic lawmakers fled to Illinois to deny Republicans a quorum.", "Illinois", None),
        ("The tanker caught fire and the crew was evacuated to Djibouti.", "Djibouti", None),
        # a crowd gathered for something else
        ("Hundreds of people gathered in Khartoum to break the Ramadan fast.", "Khartoum", None),
        # the past war of an attributive year
        ("The party warned of a repeat of the 2008 war with Russia.", "Russia", None),
    ],
)
def test_violent_or_event_word_in_a_non_event_role_is_none(text, name, other):
    got = primary(text, *(n for n in (name, other) if n), when=date(2024, 10, 7))
    assert got[name] == NONE, got


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the old year belongs to the war, not to today's protest
        ("The party warned of a repeat of the 2008 war, as thousands protested in Tbilisi.", "Tbilisi",
         PEACEFUL),
        # the old year is what the anniversary recalls
        ("Thousands of Armenians marched in Yerevan to mark the anniversary of the killings of 1915.",
         "Yerevan", PEACEFUL),
        # the protest's place is where the crowds were, not part of the topic
        ("Police fired live rounds at crowds protesting against a finance bill in Nairobi.", "Nairobi",
         ("Protests", "Excessive force against protesters")),
        ("Protests over water shortages spread across Khuzestan for a seventh night.", "Khuzestan",
         PEACEFUL),
        # arrests after "days of" clashes: the clashes are background
        ("Police arrested 500 people in Dhaka after days of deadly clashes with students.", "Dhaka",
         ("Strategic developments", "Arrests")),
        # a candidate shot dead by gunmen is a civilian
        ("Gunmen shot dead a mayoral candidate during a campaign event in Celaya.", "Celaya", ATTACK),
    ],
)
def test_event_is_kept_where_only_its_context_looks_unreal(text, name, expected):
    assert primary(text, name, when=date(2024, 5, 1))[name] == expected


def test_gathering_to_protest_is_still_a_protest():
    got = primary("Hundreds of people gathered in Khartoum to demand civilian rule.", "Khartoum")
    assert got["Khartoum"] == PEACEFUL


def test_no_new_mechanism_makes_a_non_violent_text_violent():
    text = ("Lawmakers in Washington braced for another battle over the budget. Stocks fell in New York. "
            "The city's mayor warned of a long fight.")
    got = primary(text, "Washington", "New York")
    assert not any(t in VIOLENT_TYPES for t, _ in got.values()), got


# ----------------------------------------------------------------------------- background and denials


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        # a relative clause about an actor, dated the month before (no day)
        ("The RSF, which captured Wad Madani in December, said it was ready for talks.", "Wad Madani",
         date(2024, 1, 20)),
        # a phrase of time dating another event, months back
        ("The amnesty was launched after gunmen shot dead two teachers in Thika in February.", "Thika",
         date(2024, 5, 2)),
        # "weeks after" an event: the event is background
        ("The strike comes weeks after 20 farmers were kidnapped near Zurmi.", "Zurmi", date(2024, 5, 2)),
    ],
)
def test_event_referred_to_months_or_weeks_back_is_background(text, name, when):
    assert primary(text, name, when=when)[name] == NONE


def test_event_on_a_recent_day_in_a_relative_clause_is_still_news():
    text = "The militia, which attacked Djugu on January 30, withdrew on Saturday."
    assert primary(text, "Djugu", when=date(2024, 2, 2))["Djugu"] == CLASH


def test_old_year_in_a_participle_clause_dates_that_clause_only():
    text = "Mothers held a peaceful march in Valparaiso on Sunday, carrying photos of sons killed since 2019."
    assert primary(text, "Valparaiso", when=date(2024, 6, 3))["Valparaiso"] == PEACEFUL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # denied part in an event
        ("Speaking in Nairobi, the foreign minister said Kenya was not involved in the offensive by the rebels.",
         "Kenya"),
        ("Officials insisted Rwanda had nothing to do with the attack on the army post.", "Rwanda"),
        # the speaker's seat before "acknowledged that": the deaths are told, not located there
        ("The defence ministry in Naypyidaw acknowledged that dozens of soldiers had been killed.", "Naypyidaw"),
        # what those arrested are said to have done
        ("Police arrested four men in Mardan who were involved in attacks on polio workers.", "Mardan"),
        # a campaign against crime is no fighting
        ("Police launched an operation to combat cattle rustling in Turkana.", "Turkana"),
        # "offensive" as an adjective of speech or display
        ("Police in Sarajevo fined a fan who had shouted offensive chants near the marchers.", "Sarajevo"),
        # an industrial blast, no armed word
        ("An explosion at a fertilizer plant in Kaduna killed three workers on Monday.", "Kaduna"),
    ],
)
def test_denied_acknowledged_accused_and_accidental_events_are_no_violence_there(text, name):
    found = {(r.incident_type, r.sub_event_type) for r in _readings(text, name)}
    assert not any(t in VIOLENT_TYPES for t, _ in found)


def _readings(text: str, name: str):
    return [i for i in tag_incidents(Document("t", text), find_mentions(text, name)) if i.mention.text == name]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "opened fire" is no fire, and no accident
        ("Officers opened fire on a crowd in Rongai after dark, killing two people.", "Rongai",
         ("Protests", "Excessive force against protesters")),
        ("Police arrested four men in Mardan who were involved in attacks on polio workers.", "Mardan",
         ("Strategic developments", "Arrests")),
    ],
)
def test_opened_fire_and_arrests_keep_their_event(text, name, expected):
    assert primary(text, name)[name] == expected


def test_anaphor_town_may_be_a_second_level_division_named_like_its_town():
    # the gazetteer gives Dikwa as a district: "the town" still refers to it, not to Bama before it
    text = ("Troops retook the base with air support from Bama. On Saturday a suicide bomber struck a "
            "market in Dikwa. Minutes later, a second bomber struck near a mosque in the town.")
    ms = resolved(text, {"Bama": place("Bama", "P", "PPL", "NG"), "Dikwa": place("Dikwa", "A", "ADM2", "NG")})
    assert primary(text, mentions=ms)["Bama"] == NONE


def test_protests_spreading_across_a_country_are_the_container_of_a_riot_in_it():
    text = "Rioters torched the town hall in Kisii as protests over taxes spread across Kenya."
    ms = resolved(text, {"Kisii": place("Kisii", "P", "PPLA", "KE"), "Kenya": place("Kenya", "A", "PCLI", "KE")})
    assert primary(text, mentions=ms) == {"Kisii": ("Riots", "Violent demonstration"), "Kenya": NONE}


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # the event told again, to date or explain it, reaches none of the places of its sentence
        ("Gunmen attacked a checkpoint in Tillia. The attack came despite a truce the junta declared after the "
         "floods that devastated Dosso.", "Dosso", "Tillia"),
        ("Gunmen killed five people in Uruapan. The killings are part of a turf war between cartels based around "
         "Zamora.", "Zamora", "Uruapan"),
    ],
)
def test_an_event_told_again_as_the_subject_of_came_or_part_of_is_not_at_its_sentence_places(text, name, other):
    found = primary(text, name, other)
    assert found[name] == NONE
    assert found[other] != NONE


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        # a fronted locator phrase only frames a sentence that names its event place
        ("Aid workers reached Kherson on Monday. In the villages around the city, troops fought Russian units in "
         "Antonivka.", ("Kherson", "Antonivka"), "Kherson", NONE),
        ("Aid workers reached Kherson on Monday. On the outskirts of the city, troops fought Russian units in "
         "Antonivka.", ("Kherson", "Antonivka"), "Antonivka", CLASH),
        # "the town" after a place named in its own sentence is that place, not one told before
        ("Traffic between Quito and the border town of Tulcan was cut. In Otavalo, police fired tear gas to clear "
         "a blockade at the town entrance.", ("Tulcan", "Otavalo"), "Tulcan", NONE),
    ],
)
def test_anaphor_framed_or_named_in_its_own_sentence_gives_no_earlier_place_its_event(text, names, name, expected):
    assert primary(text, *names)[name] == expected

"""Mechanisms found on the third blind holdout: where an event is said to happen,
which clause it belongs to, and the wording of displacement, protests and
strategic developments. Every sentence here is new (none is from a labelled set)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.incidents.clauses import SentenceContext
from geo.incidents.embedding import subject_relatives

from .incident_helpers import (
    AIR, ARRESTS, ATTACK, BASE, CHEMICAL, CLASH, DISPLACED, DISRUPTED, GOV_REGAINS, HANDOVER, IED, INTERVENTION,
    LOOTING, NONE, OTHER, PEACEFUL, RIOT, primary,
)


# ----------------------------------------------------------------------------- where it happened


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an office named after its place stands for the authority
        ("Militias shelled Bunagana overnight, the governor of Kisoro told reporters by phone.", "Kisoro", NONE),
        ("A missile struck a warehouse in Mykolaiv, injuring four, the head of Ochakiv district reported.",
         "Ochakiv", NONE),
        ("The defence ministers of Niger and Chad signed a security pact in Ndjamena on Monday.", "Niger", NONE),
        # a spokesman's seat, a flag, a side that plays
        ("Rebels overran two villages near Kalehe, and an army spokesman in Kinshasa promised to retake them.",
         "Kinshasa", NONE),
        ("A tanker sailing under the flag of Liberia was struck by a drone off the coast of Aden.", "Liberia", NONE),
        ("Fans fought with chairs and bottles in Dortmund ahead of Portugal's group match, and police "
         "detained eleven people.", "Portugal", NONE),
        # one who leaves for a place is no displaced person, and brings no riot there
        ("Protesters stormed the parliament in Colombo after the president left the country by plane for "
         "the Maldives.", "Maldives", NONE),
        # a reference point right after the place it locates
        ("Jets bombed Kafr Takharim, a hill town west of Idlib, on Sunday.", "Idlib", NONE),
        ("Drones struck a fuel depot in Novoshakhtinsk, about 20 km north of Rostov, overnight.", "Rostov", NONE),
    ],
)
def test_office_venue_flag_and_reference_point_take_no_violence(text, name, expected):
    assert primary(text, *_PLACES.get(text, ()), name)[name] == expected


# other places of a sentence, named as mentions too
_PLACES = {
    "Jets bombed Kafr Takharim, a hill town west of Idlib, on Sunday.": ("Kafr Takharim",),
    "Drones struck a fuel depot in Novoshakhtinsk, about 20 km north of Rostov, overnight.": ("Novoshakhtinsk",),
    "Police in Mombasa and Kisumu detained dozens of protesters on Tuesday.": ("Mombasa",),
}


def test_place_struck_still_takes_the_violence():
    text = "Jets bombed Kafr Takharim, a hill town west of Idlib, on Sunday."
    assert primary(text, "Kafr Takharim", "Idlib")["Kafr Takharim"] == AIR


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the second item of "in A and B" is no subject
        ("Police in Mombasa and Kisumu detained dozens of protesters on Tuesday.", "Kisumu", INTERVENTION),
        # people taken from a place were taken there
        ("Soldiers arrested 12 young men from Beit Ummar and Sa'ir during overnight raids.", "Sa'ir", ARRESTS),
        # a building that is itself the target is no venue
        ("Hundreds of protesters stormed the French embassy in Ouagadougou and set fire to its gate.",
         "Ouagadougou", RIOT),
    ],
)
def test_place_of_listed_or_targeted_mention_is_kept(text, name, expected):
    assert primary(text, *_PLACES.get(text, ()), name)[name] == expected


# ----------------------------------------------------------------------------- which clause


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a clause whose event did not happen is still a clause of its own
        ("Fighting raged around Muse, and a rebel commander in Laukkaing vowed to capture Kutkai.",
         ("Muse", "Laukkaing", "Kutkai"), (CLASH, NONE, NONE)),
        # a casualty participle belongs to the event before it
        ("A car bomb exploded outside a market in Mogadishu, killing six people and wounding 30, most of them "
         "in the Hodan district.", ("Mogadishu", "Hodan"), (IED, IED)),
        # a coordinate clause with its own subject has its own place
        ("A farmer was shot dead, and shops were torched in nearby Kafr Malik and Turmus Ayya.",
         ("Kafr Malik", "Turmus Ayya"), (LOOTING, LOOTING)),
        # a time clause before the main clause keeps its place
        ("Two years after the truce ended the war in Ituri, thousands still live in camps around Bunia.",
         ("Ituri", "Bunia"), (NONE, DISPLACED)),
    ],
)
def test_events_stay_in_their_clause(text, names, expected):
    got = primary(text, *names)
    assert tuple(got[n] for n in names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Gunmen who attacked Kerawa last month had crossed the border from Mora, officials said.",
         ("Kerawa", "Mora"), (CLASH, NONE)),
        ("Hundreds of relatives of those killed in the Yola market bombing rallied in Abuja on Friday.",
         ("Yola", "Abuja"), (IED, PEACEFUL)),
        # the old date dates the relative clause, not the march
        ("Mothers of the men who vanished in Ayacucho decades ago marched through Lima on Sunday.",
         ("Lima",), (PEACEFUL,)),
        # displacement goes on past the clause
        ("Families who fled Kalma by lorry reached Tawila on Monday, aid workers said.",
         ("Kalma", "Tawila"), (DISPLACED, DISPLACED)),
    ],
)
def test_subject_relative_clause_keeps_its_events(text, names, expected):
    got = primary(text, *names, when=date(2024, 5, 1))
    assert tuple(got[n] for n in names) == expected


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("Gunmen who stormed the village of Kuru on Monday killed 12 people.", "who stormed the village of Kuru on Monday "),
        ("Soldiers killed two men who were guarding a post in Gao, officials said.", None),
        ("Militants, who attacked Kanda last week, had trained in the hills.", "who attacked Kanda last week, "),
    ],
)
def test_subject_relative_is_found_only_before_the_main_verb(text, relative):
    ctx = SentenceContext(text, 0, len(text))
    found = [text[a:b] for seg in ctx.segments for a, b in subject_relatives(ctx, seg)]
    assert found == ([relative] if relative else [])


# ----------------------------------------------------------------------------- displacement


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nearly 400,000 people still live in camps around Dadaab, aid agencies say.", "Dadaab"),
        ("Reporters met women in refugee camps near Renk who had walked for weeks.", "Renk"),
        ("After the shelling, 1,200 residents of frontline villages were taken to temporary shelters in Sumy.", "Sumy"),
        ("Families returning to Jabalia after the army pulled back found their homes in ruins.", "Jabalia"),
        ("Hundreds of residents left the camp in Tulkarm on Sunday, carrying what they could, as Israeli "
         "troops pressed on.", "Tulkarm"),
        ("Thousands of families left the Al-Bureij camp on foot as tanks moved in.", "Al-Bureij"),
        ("Some 20,000 people have fled clashes between rival militias in the Djugu area, many of them to "
         "the town of Bunia.", "Bunia"),
        ("Israeli warplanes struck Khan Younis after the army ordered residents to leave the area for "
         "Deir al-Balah, witnesses said.", "Deir al-Balah"),
    ],
)
def test_displacement_wording_is_read(text, name):
    assert primary(text, name)[name] == DISPLACED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands of teachers returned to the streets of Nairobi on Tuesday, chanting slogans.", "Nairobi"),
        ("The roadside bomb left three soldiers dead near Kidal.", "Kidal"),
        ("Dozens of opposition members left the party congress in Kidal in protest at the vote.", "Kidal"),
    ],
)
def test_returning_and_leaving_that_are_no_displacement(text, name):
    assert primary(text, name)[name] != DISPLACED


# ----------------------------------------------------------------------------- protests and riots


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Mourners gathered at a cathedral in Lviv on Sunday to remember the soldiers killed in the war.",
         "Lviv", NONE),
        ("Police fired tear gas in Accra, while a march in Kumasi passed off peacefully.", "Kumasi", PEACEFUL),
        ("Troops patrolled Bamako, two years after the March 2022 coup.", "Bamako", NONE),
        ("Earlier this week students drove a bus into the gate of the governor's office in Oaxaca and set it "
         "alight.", "Oaxaca", RIOT),
    ],
)
def test_gatherings_marches_and_riots(text, name, expected):
    assert primary(text, name)[name] == expected


# ----------------------------------------------------------------------------- strategic developments


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Investigators began exhuming a mass grave in Izium on Friday.", "Izium", OTHER),
        ("Air defence forces destroyed 15 attack drones over the Zaporizhzhia region overnight.", "Zaporizhzhia",
         DISRUPTED),
        ("Russian drones destroyed two tanks near Vuhledar.", "Vuhledar", AIR),
        ("Turkish military advisers arrived in Tripoli and set up at a naval base on the coast.", "Tripoli", BASE),
        ("The army deployed in the hill town of Marjayoun after militia fighters pulled out under the truce.",
         "Marjayoun", HANDOVER),
        ("Rebels withdrew their fighters from Kitshanga on Monday, and the army took control of the town.",
         "Kitshanga", GOV_REGAINS),
    ],
)
def test_strategic_development_wording(text, name, expected):
    assert primary(text, name)[name] == expected


# ----------------------------------------------------------------------------- sub-event types


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A government helicopter dropped a chlorine cylinder on a school in Saraqib, witnesses said.",
         "Saraqib", CHEMICAL),
        ("Gunmen shot dead a former rebel in Tumaco as he left his house.", "Tumaco", ATTACK),
        ("A convoy carrying food was ambushed near Menaka on Monday.", "Menaka", CLASH),
        ("After a drone strike on Kursk, part of an apartment block collapsed, the governor reported.",
         "Kursk", AIR),
    ],
)
def test_sub_event_types(text, name, expected):
    assert primary(text, name)[name] == expected


def test_protester_executed_after_a_conviction_is_no_protest():
    text = "Authorities in Isfahan executed a protester convicted of killing a police officer."
    assert primary(text, "Isfahan")["Isfahan"] == NONE

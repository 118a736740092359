"""Local-news patterns that turn a place-named word into something else (or confirm it).

The recogniser's general rules (:mod:`gazetteer.textview`) are about cue words; these
are about the shapes US local news writes streets, cars and people in:

* a street address: ``508 Cumberland St.``, ``Lakeview and Harrison streets``;
* a car: ``a 2001 Cadillac``, ``a silver Pontiac``, then ``the Cadillac``;
* a person: ``Bryon S. Baker``, ``Rafael Gomez, 27,``;
* a division written with its head: ``Butler County``, ``Readington Township``.

Every function takes a :class:`~gazetteer.textview.TextView` and token indices.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .lexicon import (
    ACRONYM_ORG_AFTER, ARMED_GROUP_NOUNS, MILITARY_BODY_HEADS, ORG_FINAL_HEADS, REGIONAL_GOVERNMENT,
    BLOC_HEADS, INSTITUTIONS, LANDFORM_HEADS, LANDFORM_PREFIXES, MOVEMENT_HEADS, MOVEMENT_WORDS, OFFICE_TITLES,
    ORG_HEADS, PERSON_TITLES, PLACE_TYPE_WORDS, PUBLIC_BODY_HEADS,
    PUBLIC_BODY_SECOND_HEADS, PUBLIC_SERVANTS, RIVER_BANKS, STOPWORDS,
)
from .names import NameIndex, is_real_place
from .normalize import fold, strip_article
from .textview import ARTICLES, CLITICS, IN_WORD, TextView

#: street-type abbreviations written after a street's name (``Memphis St.``, ``DeKalb Ave.``)
STREET_ABBREVS = frozenset("st ave blvd rd pkwy hwy ln ct".split())
#: the same without a saint's reading: these need no house number
_UNAMBIGUOUS_ABBREVS = STREET_ABBREVS - {"st"}
#: heads that end a street's name, written out (``Adelaide Street``, ``Wellington Road``)
STREET_WORDS = frozenset("street avenue boulevard road lane drive".split())
#: of those, the ones no headline writes after a place in any other sense (``Gaza Road Blast`` may be the road)
_HEADLINE_STREET_WORDS = frozenset("street avenue boulevard".split())
#: plural heads of a list of streets: ``Hampden and Center streets``
STREET_PLURALS = frozenset("streets avenues roads drives lanes boulevards".split())
#: colours a report gives a car (``a silver Pontiac``, ``a 1993 brown Cadillac``)
CAR_COLOURS = frozenset("""
white black silver gray grey red blue green brown tan gold maroon beige burgundy dark light teal
""".split())
#: capitalised heads that make a name a local division on its own (``Hall County``, ``Jackson Township``)
DIVISION_HEADS = frozenset("county parish township borough".split())

#: party letters written before a legislator's home town (``Ray Miller, D-Columbus,``)
PARTY_LETTERS = frozenset("D R I DFL".split())
#: plural division heads closing a list of names (``Becker, Clay and Wilkin counties``), as singulars
DIVISION_PLURALS = {"counties": "county", "parishes": "parish", "townships": "township", "provinces": "province",
                    "governorates": "governorate", "oblasts": "oblast", "regions": "region", "districts": "district",
                    "states": "state", "territories": "territory"}

#: capitalised words of an institution's name, not a person's (``United Way of America``)
_NOT_PERSONS = INSTITUTIONS | ORG_HEADS | PERSON_TITLES
_AGE_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*\d{1,3},\s*$")

_MODEL_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-3]\d)$")
_AGE_AFTER = re.compile(r"^,\s*\d{1,3}(?:,|\s+of\b)")
_STREET_LIST_TAIL = re.compile(r"^(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})*,?\s+(?:and|&)\s+"
                               r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(\w+)")

#: a word of a listed name: capitalised, or an Arabic article joined to the next word (``Souq al-Juma``)
_LIST_NAME_WORD = r"(?:[A-Z][\w.'’-]*|(?:" + "|".join(sorted(ARTICLES)) + r")[-‐][A-Z][\w.'’-]*)"
_DIVISION_LIST_TAIL = re.compile(r"^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w.'’-]*"
                                 r"(?:\s+" + _LIST_NAME_WORD + r"){0,2}){0,12}\s+(?i:(" + "|".join(DIVISION_PLURALS)
                                 + r"))\b")


def street_after(doc: TextView, j: int) -> bool:
    """``Memphis St.``, ``44 Hungerford St.``, ``DeKalb Ave.``: the name of a street, not the place.

    ``St`` also writes a saint (``Paris St. Louis`` is no street), so it counts only after
    a house number or when no capitalised word follows it.
    """
    if j + 1 >= doc.n or doc.gaps[j] != " " or not doc.caps[j + 1]:
        return False
    word = doc.lower[j + 1]
    if word not in STREET_ABBREVS:
        return False
    if word in _UNAMBIGUOUS_ABBREVS:
        return True
    after = doc.gaps[j + 1]
    follows_capital = j + 2 < doc.n and doc.caps[j + 2] and after in (" ", ". ")
    return not follows_capital or house_number_before(doc, j)


#: heads written before a street's name in French, Spanish and Portuguese (``Route de Delmas``, ``Rue Capois``,
#: ``Avenida Paulista``, ``Calle 5 de Mayo``): what follows names the street
STREET_HEADS_BEFORE = frozenset("rue route avenue avenida calle rua chemin carrera estrada boulevard".split())
#: connectors between such a head and the name (``Route de Delmas``, ``Rua dos Andradas``)
_STREET_CONNECTORS = frozenset("de du des la le do da dos das del".split())


def street_word_after(doc: TextView, j: int) -> bool:
    """``Dundas Street``, ``Grand Avenue``: a written-out street head, even on a title-case line.

    A headline capitalises every word, so ``Road`` there may be the road to a place; ``Street``,
    ``Avenue`` and ``Boulevard`` always make a street's name.
    """
    return j + 1 < doc.n and doc.gaps[j] == " " and doc.caps[j + 1] and doc.lower[j + 1] in _HEADLINE_STREET_WORDS


def ends_in_street_word(doc: TextView, b: int) -> bool:
    """Whether the name ending at token ``b`` is a street's (``near Adelaide Street``), not a place the
    gazetteer lacks."""
    return doc.caps[b] and doc.lower[b] in STREET_WORDS | STREET_ABBREVS


def street_before(doc: TextView, i: int) -> bool:
    """``along Route de Delmas``, ``on Rue Capois``: a street named after the place, not the place.

    Parameters
    ----------
    doc
        The document.
    i
        First token of the name.

    Returns
    -------
    bool
        Whether a capitalised street head (and a connector) comes just before the name.
    """
    k = i - 1
    if k >= 1 and doc.lower[k] in _STREET_CONNECTORS and not doc.caps[k] and doc.gaps[k] == " ":
        k -= 1
    return k >= 0 and k < i and doc.gaps[k] == " " and doc.caps[k] and doc.lower[k] in STREET_HEADS_BEFORE \
        and not doc.all_caps(k) and not doc.sentence_start(k)


#: words between a place and a newspaper's head (``The London Free Press``, ``Sydney Morning Herald``)
_PAPER_MODIFIERS = frozenset("free morning evening daily weekly sunday".split())
#: heads of a newspaper's title
_PAPER_HEADS = frozenset("press herald times post news tribune gazette journal chronicle telegraph standard "
                         "observer star mail courier examiner inquirer".split())


def newspaper_title_after(doc: TextView, j: int) -> bool:
    """``The London Free Press``, ``the Manchester Evening News``: the place names a newspaper.

    A title-case line capitalises every word, but ``Free Press`` or ``Morning Herald`` after a
    name still make a newspaper's title there (a photo credit is often read as such a line).
    """
    k = j + 1
    if k + 1 >= doc.n or doc.gaps[j] != " " or doc.gaps[k] != " " or not (doc.caps[k] and doc.caps[k + 1]):
        return False
    return doc.lower[k] in _PAPER_MODIFIERS and doc.lower[k + 1] in _PAPER_HEADS


def news_agency_after(doc: TextView, j: int) -> bool:
    """``told the Lusa agency``, ``the Anadolu news agency``: a news agency named like a place.

    Callers exempt towns large enough to run an agency of their own (``the Atlanta agency``).
    """
    nxt = doc.word_after(j)
    if nxt == "news" and j + 2 < doc.n and doc.gaps[j + 1] == " ":
        nxt = doc.lower[j + 2]
    return nxt == "agency" and not doc.caps[j + 1]


def house_number_before(doc: TextView, j: int) -> bool:
    """Whether the capitalised name ending at token ``j`` comes right after a house number."""
    i = j
    while i > 0 and doc.gaps[i - 1] == " " and doc.caps[i - 1]:
        i -= 1
    return i > 0 and doc.gaps[i - 1] == " " and doc.words[i - 1].isdigit()


def street_list_after(doc: TextView, j: int) -> bool:
    """``Lakeview and Harrison streets``, ``Crabgrass, Owens and Harris roads``: names of streets."""
    tail = _STREET_LIST_TAIL.match(doc.text[doc.ends[j]:doc.ends[j] + 120])
    if tail is not None and tail.group(1).lower() in STREET_PLURALS:
        return True
    return doc.word_after(j) in STREET_PLURALS


def in_street_list(doc: TextView, i: int) -> bool:
    """The last name of ``Lakeview and Harrison streets`` (the first is found by :func:`street_list_after`)."""
    k = i
    while k < doc.n - 1 and doc.gaps[k] == " " and doc.caps[k + 1]:
        k += 1
    if doc.word_after(k) not in STREET_PLURALS:
        return False
    before = doc.text[max(0, doc.starts[i] - 6):doc.starts[i]]
    return before.endswith((" and ", " & ", ", "))


def vehicle_before(doc: TextView, i: int) -> bool:
    """``a 2001 Cadillac``, ``a 1993 brown Cadillac``, ``a silver Pontiac``: a car's make.

    A model year or a colour counts only after ``a``/``an``: ``the 2008 Beijing Olympics`` and
    ``the green Richmond`` are places.
    """
    k = i - 1
    if k >= 1 and doc.gaps[k] == " " and doc.lower[k] in CAR_COLOURS and not doc.caps[k]:
        if doc.gaps[k - 1] == " " and doc.lower[k - 1] in ("a", "an"):
            return True
        k -= 1
    if k < 1 or doc.gaps[k] != " " or doc.lower[k - 1] not in ("a", "an") or doc.gaps[k - 1] != " ":
        return False
    return bool(_MODEL_YEAR.match(doc.words[k]))


def ethnic_before(doc: TextView, i: int, j: int) -> bool:
    """``the ethnic Rakhine majority``, ``ethnic Kachin fighters``: a people named after its land, not the land.

    ``the ethnic Somali region`` still names a place: a place-type word after the name keeps it.
    """
    if i < 1 or doc.gaps[i - 1] != " " or doc.lower[i - 1] != "ethnic":
        return False
    return doc.word_after(j) not in PLACE_TYPE_WORDS


def age_after(doc: TextView, j: int) -> bool:
    """``Rafael Gomez, 27, of Danbury``: a person's name followed by an age."""
    if not doc.gaps[j].startswith(","):
        return False  # (the common case, told without slicing the text)
    end = doc.ends[j]
    return bool(_AGE_AFTER.match(doc.text[end:end + 12]))


def numbered_after(doc: TextView, j: int) -> bool:
    """``Lot No. 15``, ``Unit No. 4``: a numbered designation, not a place."""
    return j + 2 < doc.n and doc.gaps[j] == " " and doc.lower[j + 1] == "no" \
        and doc.gaps[j + 1] in (". ", " ") and doc.words[j + 2][0].isdigit()


def article_agrees(doc: TextView, i: int) -> bool:
    """Whether a name's first word, if an Arabic article, is one: ``An Nayrab``, ``As Safira``, ``al-Bab``.

    Besides ``al``/``el`` the article takes the sound of the next word (``an N...``, ``ash Sh...``);
    ``An Albany man``, ``At Ease`` begin with English words.
    """
    first = doc.lower[i]
    if first not in ARTICLES or first in ("al", "el", "ul") or doc.gaps[i] in ("-", "‐") or i + 1 >= doc.n:
        return True
    return doc.lower[i + 1].startswith(first[1:])


def word_from(doc: TextView, k: int) -> str:
    """Token ``k`` with the tokens an apostrophe glues after it (``O'Connor``, not ``O``)."""
    b = k
    while b + 1 < doc.n and doc.gaps[b] in IN_WORD and doc.lower[b + 1] not in CLITICS:
        b += 1
    return doc.text[doc.starts[k]:doc.ends[b]]


def article_compound_after(doc: TextView, j: int) -> bool:
    """``Bab al-Tabbaneh``, ``Tel al-Sultan``: the name runs on through an Arabic article.

    The scan stops at the longest name the gazetteer knows (``Bab``, a Syrian town); the text
    names a longer place the gazetteer lacks.

    >>> article_compound_after(TextView("clashes in Bab al-Tabbaneh overnight"), 2)
    True
    >>> article_compound_after(TextView("Bab al-Hawa"), 0), article_compound_after(TextView("Idlib al ..."), 0)
    (True, False)
    """
    return j + 2 < doc.n and doc.gaps[j] == " " and doc.lower[j + 1] in ARTICLES \
        and doc.gaps[j + 1] in ("-", "‐") and doc.caps[j + 2]


#: lower-case links of a hyphenated place name (``Port-de-Paix``, ``Stratford-upon-Avon``, ``Saint-Martin-d'Hères``)
HYPHEN_LINKS = frozenset("de du des la le les l d en sur sous lès upon on under".split())


#: lower-case nouns after two hyphenated names that make them a route's two ends (``the Kaya-Dori road``)
ROUTE_NOUNS = frozenset("road roads highway axis route corridor railway".split())
#: dashes between a route's two ends
_ROUTE_DASHES = frozenset("-‐–")


def route_end(doc: TextView, i: int, j: int) -> bool:
    """Whether the name at tokens ``i``..``j`` is one end of a route written as a hyphenated pair.

    ``the Kaya-Dori road``, ``the Bahir Dar-Gondar road``, ``on the axis Niono-Dioura``: each end is a
    place, not a double surname nor a compound name.

    >>> doc = TextView("on the Kaya-Dori road")
    >>> route_end(doc, 2, 2), route_end(doc, 3, 3)
    (True, True)
    >>> route_end(TextView("the Dori-Kaya family"), 1, 1)
    False
    """
    if j + 1 < doc.n and doc.gaps[j] in _ROUTE_DASHES and doc.caps[j + 1]:
        second = doc.name_at(j + 1)
        if second is not None and (_route_noun_after(doc, second[1]) or _axis_before(doc, i)):
            return True
    if i > 0 and doc.gaps[i - 1] in _ROUTE_DASHES and doc.caps[i - 1]:
        first = doc.name_ending_at(i - 1)
        return first is not None and (_route_noun_after(doc, j) or _axis_before(doc, first[0]))
    return False


def route_pairs(doc: TextView) -> list[tuple[int, int]]:
    """Token spans of both ends of every hyphenated route (``the Kaya-Dori road``): see :func:`route_end`."""
    if not any(dash in doc.text for dash in _ROUTE_DASHES):
        return []  # (most texts have no dash at all)
    out = []
    for k in doc.capitals:
        if k + 1 < doc.n and doc.gaps[k] in _ROUTE_DASHES and doc.caps[k + 1]:
            first, second = doc.name_ending_at(k), doc.name_at(k + 1)
            if first is not None and second is not None and route_end(doc, first[0], k):
                out += [first, second]
    return out


def _route_noun_after(doc: TextView, b: int) -> bool:
    """Whether a lower-case route noun follows token ``b`` (``road``; not a street's ``Hyland-Croy Road``)."""
    return doc.word_after(b) in ROUTE_NOUNS and not doc.caps[b + 1]


def _axis_before(doc: TextView, i: int) -> bool:
    """Whether ``axis`` (or ``the road of``) introduces the pair starting at token ``i``: ``the axis Kaya-Dori``."""
    before = doc.words_before(i, 2)
    return before[-1:] == ("axis",) or before in (("road", "of"), ("axis", "of"))


def hyphen_chain_after(doc: TextView, j: int) -> bool:
    """``Petite-Rivière-de-l'Artibonite``, ``Southend-on-Sea``: the name runs on through a hyphenated link.

    The scan stops at the longest name the gazetteer knows (``Petite-Rivière``); the text names a
    longer place, and the place-name inside it (``Artibonite``) is no mention of its own.

    >>> hyphen_chain_after(TextView("the town of Port-de-Paix"), 3)
    True
    >>> hyphen_chain_after(TextView("Paris-de Gaulle"), 0), hyphen_chain_after(TextView("Paris-Dakar"), 0)
    (False, False)
    """
    if j + 2 >= doc.n or doc.gaps[j] not in ("-", "‐") or doc.caps[j + 1] or doc.lower[j + 1] not in HYPHEN_LINKS:
        return False
    k = j + 1
    while k + 1 < doc.n and doc.lower[k] in HYPHEN_LINKS and not doc.caps[k] \
            and (doc.gaps[k] in ("-", "‐") or doc.gaps[k] in IN_WORD):
        k += 1
    return k > j + 1 and doc.caps[k]


def hyphen_chain_end(doc: TextView, b: int) -> int:
    """Last token of the hyphenated name whose first part ends at token ``b`` (``Artibonite`` after ``de-l'``)."""
    while b + 1 < doc.n and (doc.gaps[b] in ("-", "‐") or doc.gaps[b] in IN_WORD) \
            and (doc.caps[b + 1] or doc.lower[b + 1] in HYPHEN_LINKS):
        b += 1
    return b


def hyphen_place_after(doc: TextView, j: int, names: NameIndex) -> bool:
    """``Paris-Henry County``, ``Springfield-Greene County``: a hyphen joining two places."""
    if j + 1 >= doc.n or doc.gaps[j] not in ("-", "‐"):
        return False
    for b in range(j + 1, min(doc.n, j + 4)):
        if b > j + 1 and (doc.gaps[b - 1] != " " or not doc.caps[b]):
            break
        info = names.info(fold(doc.text[doc.starts[j + 1]:doc.ends[b]]))
        if is_real_place(info) or info is not None and division_head(doc, b):
            return True
    return False


def initial_after(doc: TextView, j: int) -> bool:
    """``Bryon S. Baker``, ``Olin L. Wethington``: a given name before a middle initial and a surname."""
    if j + 2 >= doc.n or doc.gaps[j] != " ":
        return False
    initial = doc.words[j + 1]
    return len(initial) == 1 and initial.isupper() and doc.gaps[j + 1] == ". " and doc.caps[j + 2] \
        and len(doc.words[j + 2]) > 1


def division_head(doc: TextView, j: int) -> bool:
    """Whether the name ends in a capitalised division head: ``Hall County``, ``Readington Township``."""
    return doc.caps[j] and doc.lower[j] in DIVISION_HEADS


def division_list_head(doc: TextView, j: int) -> str | None:
    """The division every item of a list ending at a plural head is: ``Clay`` in ``Becker, Clay and Wilkin counties``.

    Parameters
    ----------
    doc
        The document.
    j
        Last token of the name.

    Returns
    -------
    str or None
        The singular head (``"county"``, ``"province"``, ...), or ``None`` when no such list follows.
    """
    if DIVISION_PLURALS.keys().isdisjoint(doc.vocabulary):
        return None  # (the text names no plural head)
    end = doc.ends[j]
    tail = _DIVISION_LIST_TAIL.match(doc.text[end:end + 300])
    return DIVISION_PLURALS[tail.group(1).lower()] if tail is not None else None


def party_home(doc: TextView, i: int, j: int) -> bool:
    """``Ray Miller, D-Columbus, said``, ``(R-Florence)``: a legislator's party and home town.

    Parameters
    ----------
    doc
        The document.
    i, j
        First and last token of the name.
    """
    if i == 0 or doc.gaps[i - 1] not in ("-", "‐") or doc.words[i - 1] not in PARTY_LETTERS:
        return False
    before = doc.text[max(0, doc.starts[i - 1] - 2):doc.starts[i - 1]]
    after = doc.text[doc.ends[j]:doc.ends[j] + 1]
    return before.endswith((", ", "(")) and after in (",", ";", ")", "")


def residence_before(doc: TextView, i: int, surnames: frozenset[str]) -> str | None:
    """``James Tauber of Nelson``, ``Joyce Glover, 22, Palestine``: where a named person lives.

    Parameters
    ----------
    doc
        The document.
    i
        First token of the name.
    surnames
        Lower-cased words the document writes after a given name or an initial.

    Returns
    -------
    str or None
        ``"resident"`` when the name is a person's home town, else ``None``.
    """
    if i >= 3 and doc.lower[i - 1] == "of" and doc.gaps[i - 1] == " " and doc.gaps[i - 2] == " " \
            and doc.caps[i - 2] and doc.lower[i - 2] in surnames and doc.lower[i - 2] not in _NOT_PERSONS:
        return "resident"
    if i == 0 or not doc.gaps[i - 1].startswith(","):
        return None  # (the age's comma comes right before the name)
    start = doc.starts[i]
    return "resident" if _AGE_BEFORE.search(doc.text[max(0, start - 40):start]) else None


def public_body_after(doc: TextView, j: int, span: int = 4) -> bool:
    """Whether the name ending at token ``j`` is the seat of a public body acting there.

    ``Alexandria Police``, ``Florida Highway Patrol``, ``Aleppo City Council``, ``Monroe Mayor
    Robert Routson``, ``Henrico police``: the police, council or mayor of a place act in it, so
    the place is meant. Brands are not public bodies: ``New York Times``, ``Aleppo University``.

    Parameters
    ----------
    doc
        The document.
    j
        Last token of the name.
    span
        How many capitalised words after the name may lead to the body's head.
    """
    if j + 1 >= doc.n or doc.gaps[j] != " ":
        return False
    if not doc.caps[j + 1]:
        return doc.lower[j + 1] in PUBLIC_SERVANTS
    for k in range(j + 1, min(doc.n, j + 1 + span)):
        if k > j + 1 and (doc.gaps[k - 1] != " " or not doc.caps[k]):
            return False
        word = doc.lower[k]
        if word in PUBLIC_BODY_HEADS:
            return True
        if word in PUBLIC_BODY_SECOND_HEADS and (k > j + 1 or k + 1 < doc.n and doc.gaps[k] == " "
                                                 and doc.caps[k + 1]):
            return True  # Kanawha Circuit Court, Miami-Dade Fire Rescue; not Dublin Court (a street)
    return False


def movement_name_after(doc: TextView, j: int, span: int = 5) -> bool:
    """``Tigray People's Liberation Front``, ``Myanmar National Democratic Alliance Army``: a movement's name.

    The capitalised words after the name end in a movement's head and include a word only movements
    use (``Liberation``, ``National``); ``Texas Army National Guard`` and ``Florida Highway Patrol`` are
    not movements.

    Parameters
    ----------
    doc
        The document.
    j
        Last token of the name.
    span
        How many capitalised words after the name the movement's name may have.
    """
    qualified = False
    k = j + 1
    while k < doc.n and k <= j + span and doc.gaps[k - 1] == " " and doc.caps[k]:
        word = doc.lower[k]
        if k + 1 < doc.n and doc.gaps[k] in ("'", "’") and doc.lower[k + 1] == "s":
            word += "'s"  # People's
            k += 1
        if qualified and word in MOVEMENT_HEADS and not (k + 1 < doc.n and doc.gaps[k] == " " and doc.caps[k + 1]):
            return True
        qualified = qualified or word in MOVEMENT_WORDS
        k += 1
    return False


def organisation_run_after(doc: TextView, j: int, country: bool = False, span: int = 5) -> bool:
    """``Black Sea Fleet``, ``Kachin Independence Army``, ``Kharkiv Regional Military Administration``: an
    armed force, a militia, a network or a military body named after the place, not the place.

    The capitalised words glued after the name end in an organisation's head (:data:`ORG_FINAL_HEADS`), or
    in a public body's head with ``Military`` among them (``Donetsk Oblast Military Administration``), or
    are ``Regional Government`` (``Kurdistan Regional Government``). A country's name followed by the
    head alone (``U.S. Army``) stays the country, as LGL annotates it.

    Parameters
    ----------
    doc
        The document.
    j
        Last token of the name.
    country
        Whether the name is a country's.
    span
        How many capitalised words the organisation's name may add.
    """
    words: list[str] = []
    k = j + 1
    while k < doc.n and len(words) < span and doc.gaps[k - 1] == " " and doc.caps[k] and not doc.all_caps(k):
        word = doc.lower[k]
        if k + 1 < doc.n and doc.gaps[k] in ("'", "’") and doc.lower[k + 1] == "s":
            word += "'s"  # People's
            k += 1
        words.append(word)
        k += 1
    if not words:
        return False
    last = words[-1]
    if last in ORG_FINAL_HEADS:
        if words[-2:] == ["task", "force"]:
            return False  # Greene County Drug Task Force: a public body of the place (LGL counts it)
        return len(words) >= 2 or not country
    if last in MILITARY_BODY_HEADS and "military" in words:
        return True
    return tuple(words[-2:]) == REGIONAL_GOVERNMENT


def nuclear_plant_after(doc: TextView, j: int) -> bool:
    """``the Zaporizhzhia nuclear power plant``, ``the Kursk nuclear plant``: a plant named after its region."""
    tail = doc.text[doc.ends[j]:doc.ends[j] + 32].lower()
    return tail.startswith((" nuclear power plant", " nuclear plant", " nuclear power station", " npp"))


def armed_group_after(doc: TextView, j: int) -> bool:
    """``Fano militias``, ``Fano fighters``: a lower-case armed group's noun right after the name."""
    return j + 1 < doc.n and doc.word_after(j) in ARMED_GROUP_NOUNS and not doc.caps[j + 1]


def acronym_organisation(doc: TextView, i: int, j: int, country: bool) -> bool:
    """``the IOM said``, ``according to the IOM``, ``FLA sources``: an acronym acting or speaking as a body.

    A place abbreviated in capitals (``IOM`` for the Isle of Man, ``FLA`` for Florida) is an organisation
    there. A country's acronym stays the country (``the UAE said``), and a large division's only after
    ``the`` (``NSW officials``).

    Parameters
    ----------
    doc
        The document.
    i, j
        First and last token of the acronym.
    country
        Whether the name is a sizable country's (big: also a sizable division's, which keeps it without ``the``).
    """
    span = doc.text[doc.starts[i]:doc.ends[j]]
    letters = [c for c in span if c.isalpha()]
    if not 2 <= len(letters) <= 5 or not all(c.isupper() for c in letters) or "." in span or country:
        return False
    before = doc.words_before(i, 3)
    if before[-2:] == ("according", "to") or before == ("according", "to", "the"):
        return True
    after = doc.word_after(j)
    return after in ACRONYM_ORG_AFTER and not doc.caps[j + 1]


def bloc_name_around(doc: TextView, i: int, j: int) -> bool:
    """``Alliance of Sahel States``, ``League of Arab States``: a bloc of states named after a region.

    Parameters
    ----------
    doc
        The document.
    i, j
        First and last token of the name.
    """
    if i < 2 or doc.lower[i - 1] != "of" or not doc.caps[i - 2] or doc.gaps[i - 1] != " ":
        return False
    return doc.capital_after(j) in BLOC_HEADS


#: lower-case words inside an organisation's name (``Mission in``, ``Union for Peace in the``,
#: ``Tehreek-e-Taliban``); an acronym may or may not take their initials
_ORG_NAME_LINKS = frozenset("of in for the and on e i".split())
#: words of a state's long name (``Democratic Republic of the Congo``, ``Islamic Republic of Iran``)
_STATE_FORMS = frozenset("republic democratic federal islamic kingdom people's peoples people socialist united "
                         "arab commonwealth principality sultanate emirate state".split())
_ACRONYM = re.compile(r"^\s*\(([A-Z]{2,8})\)")


def acronym_name_around(doc: TextView, i: int, j: int, names: NameIndex, span: int = 8) -> bool:
    """``UN Mission in South Sudan (UNMISS)``, ``Tehreek-e-Taliban Pakistan (TTP)``: the name ends an organisation's.

    The place's name runs on from capitalised words before it, and the acronym in brackets after
    the whole run takes its initials from the first of them through the place: the organisation
    is meant, not the place. A name that begins the run (``Gaza Health Ministry (MoH)``) is left to
    the public-body rules, and a run the gazetteer knows as a whole is a place.

    Parameters
    ----------
    doc
        The document.
    i, j
        First and last token of the name.
    names
        The gazetteer's name index.
    span
        How many tokens before the name the organisation's name may have.
    """
    e = j
    while e + 1 < doc.n and e < j + 3 and doc.gaps[e] in (" ", "-") and doc.caps[e + 1]:
        e += 1  # Islamic State West Africa Province (ISWAP)
    match = _ACRONYM.match(doc.text[doc.ends[e]:doc.ends[e] + 12])
    if match is None:
        return False
    a = i
    while a > 0 and i - a < span and doc.gaps[a - 1] in (" ", "-", "‐") \
            and (doc.caps[a - 1] or doc.lower[a - 1] in _ORG_NAME_LINKS):
        a -= 1
    acronym = match.group(1)
    for start in range(a, i):
        if not doc.caps[start] or doc.lower[start] in _ORG_NAME_LINKS:
            continue  # the run starts with a capitalised word, not ``The``
        words = {doc.lower[k] for k in range(start, i) if doc.caps[k]}
        if words <= _STATE_FORMS or fold(doc.text[doc.starts[start]:doc.ends[e]]) in names:
            return False  # Democratic Republic of the Congo (DRC): the state's own long name
        if _initials_spell(doc, start, i, e, acronym):
            return True
    return False


def _initials_spell(doc: TextView, a: int, i: int, e: int, acronym: str) -> bool:
    """Whether ``acronym`` spells the initials of tokens ``a``..``e`` in order, reaching token ``i`` or later.

    Capitalised words give their initial (a word in capitals all its letters: ``UN``); the joining
    words may give theirs or not (``UNMISS`` takes the ``in``, ``UPC`` skips ``for``).
    """
    p = 0
    for k in range(a, e + 1):
        word = doc.words[k]
        if doc.all_caps(k) and acronym.startswith(word.upper(), p):
            p += len(word)
        elif word[0].upper() == acronym[p]:
            p += 1
        elif k == a:
            return False  # the acronym starts with the run's first word
        if p == len(acronym):
            return k >= i
    return False


def office_holder_after(doc: TextView, j: int) -> bool:
    """``Georgia Gov. Brian Kemp``, ``Ohio Sen. Jane Roe``: the place an office holder serves, then the holder.

    The name is the place the office governs or represents, not a person's given name.

    Parameters
    ----------
    doc
        The document.
    j
        Last token of the name.
    """
    if j + 2 >= doc.n or doc.gaps[j] != " " or not doc.caps[j + 1] or doc.lower[j + 1] not in OFFICE_TITLES:
        return False
    return doc.gaps[j + 1] in (" ", ". ") and doc.caps[j + 2]


def landform_after(doc: TextView, i: int, j: int) -> str | None:
    """The head of a water body or landform the name at tokens ``i..j`` belongs to, if any.

    ``Kishwaukee River``, ``Atlas Mountains``, ``the Dnipro river``: the name alone also names
    towns, which are not meant. A lower-case head counts only after ``the`` (``a Muskoka lake``
    is a lake in Muskoka).
    """
    if j + 1 >= doc.n or doc.gaps[j] != " " or doc.lower[j + 1] not in LANDFORM_HEADS:
        return None
    if doc.caps[j + 1] and not doc.all_caps(j + 1):
        return doc.lower[j + 1]
    return doc.lower[j + 1] if doc.words_before(i, 1) == ("the",) else None


def landform_before(doc: TextView, i: int) -> str | None:
    """``Lake Ontario``, ``Mount Hood``: a water body's or landform's head written before the name.

    A lower-case ``river`` counts after ``the`` (``the river Niger``, as translations put it).
    """
    if i > 1 and doc.gaps[i - 1] == " " and doc.words[i - 1] == "river" and doc.words_before(i, 2) == ("the", "river"):
        return "river"
    if i == 0 or doc.gaps[i - 1] not in (" ", ". ") or not doc.caps[i - 1]:
        return None
    word = doc.lower[i - 1]
    if word not in LANDFORM_PREFIXES or doc.gaps[i - 1] == ". " and word != "mt":
        return None
    return word


def river_bank_before(doc: TextView, i: int) -> str | None:
    """``the left bank of the Dnipro``: the name is a river's, whatever town shares it."""
    words = doc.words_before(i, 3)
    return "river" if len(words) == 3 and words[0] in RIVER_BANKS and words[1:] == ("of", "the") else None


#: a capitalised word in brackets after a capitalised word: where an alias may stand (the letter before
#: is checked after " (" is found: a pattern that opens with its literal text is scanned for quickly)
_BRACKET_NAME = re.compile(r" \((?<=[^\W\d_] \()(?=[A-Z])")
#: how alike two spellings of one name must be (difflib ratio of the folded names) to be taken for aliases
ALIAS_LIKENESS = 0.75


def parenthesised_aliases(doc: TextView) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of names where the second, in brackets, spells the first another way.

    ``Dollow (Doolow)``, ``El Fasher (Al-Fashir)``, ``the Irrawaddy (Ayeyarwady) River``: a
    transliteration given in brackets names the same place, so one spelling the gazetteer
    lacks stands where the other does. The spellings must look alike: ``Islamic State (ISIS)``,
    ``Stepanakert (Khankendi)`` or ``north Texas (Texoma)`` pair two different names.

    Parameters
    ----------
    doc
        The document.

    Returns
    -------
    list of ((int, int), (int, int))
        Token spans (first, last) of the name before the bracket and of the name in it.
    """
    out = []
    for m in _BRACKET_NAME.finditer(doc.text):
        first = doc.token_at(m.end())
        if first is None or first == 0 or doc.gaps[first - 1] != " (" or not doc.caps[first - 1]:
            continue
        k = first - 1
        inner = doc.name_at(first)
        if inner is None or not doc.gaps[inner[1]].startswith(")"):
            continue
        a = k
        while a > 0 and k - a < 2 and doc.gaps[a - 1] in (" ", "-") and doc.caps[a - 1] \
                and doc.lower[a - 1] not in STOPWORDS and not doc.sentence_start(a):
            a -= 1
        outer = _span_text(doc, (a, k))
        if SequenceMatcher(None, outer, _span_text(doc, inner)).ratio() >= ALIAS_LIKENESS:
            out.append(((a, k), inner))
    return out


def _span_text(doc: TextView, span: tuple[int, int]) -> str:
    """The folded text of a token span, without a leading Arabic article."""
    return strip_article(fold(doc.text[doc.starts[span[0]]:doc.ends[span[1]]]))


#: words that give another spelling of the name before them (``Beled Hawo — also spelled Bulo Hawo —``,
#: ``Kharkiv, also known as Kharkov,``)
_RESPELLING = re.compile(r"\s*[,(—–-]?\s*(?:also|otherwise|locally|sometimes|formerly|previously)\s+"
                         r"(?:spelled|spelt|written|known\s+as|called|transliterated(?:\s+as)?)\s+(?=[A-Z])")


def respellings(doc: TextView, taken: set[tuple[int, int]]) -> list[tuple[tuple[int, int], int]]:
    """Names that an accepted mention right before them says are its other spelling.

    ``retook Beled Hawo — also spelled Bulo Hawo — on Thursday``: the second spelling is the
    same place, whatever the gazetteer makes of it.

    Parameters
    ----------
    doc
        The document.
    taken
        Character spans (start, end) of the accepted mentions.

    Returns
    -------
    list of ((int, int), int)
        Token span of each other spelling, and the start offset of the mention it respells.
    """
    if "also " not in doc.text and "known as" not in doc.text:
        return []
    ends = {end: start for start, end in taken}
    out = []
    for end, start in sorted(ends.items()):
        match = _RESPELLING.match(doc.text, end)
        k = doc.token_at(match.end()) if match is not None else None
        span = doc.name_at(k) if k is not None else None
        if span is not None:
            out.append((span, start))
    return out


#: place-type nouns an apposition gives a name (``Paletwa, a strategic town on the Kaladan``), and the cue each makes
_APPOSITION_HEADS = {
    "town": "town", "city": "town", "village": "town", "hamlet": "town", "suburb": "town", "settlement": "town",
    "port": "town", "capital": "town", "neighbourhood": "town", "neighborhood": "town", "locality": "town",
    "province": "region", "region": "region",
}
#: an apposition after a name that ends in a place-type noun, and not a title (``X, a town councillor``) nor a
#: trigger that names another place (``Downstream, the village of Delaware``; ``the capital of`` is a container); a
#: district or a county may be a school's or a voting district (``Butler Tech, a joint vocational district``)
#: up to three modifiers before the head (``a strategic``, ``a small farming``), but no preposition or article
_APPOSITION_MODIFIERS = r"(?:(?!(?:of|for|in|on|at|to|by|with|from|and|or)\s)[a-z][\w-]*\s+){0,3}?"
#: what may follow the head: punctuation, a locating word, or ``of`` after ``capital`` only
_APPOSITION_END = (r"(?=\s*[,.;:)]|(?<=capital)\s+of\b|\s+\d|\s+(?:in|on|near|along|outside|about|some|that|which"
                   r"|where|north|south|east|west|close|just|located|held|seized)\b)")
#: (each opens with the comma and then checks the letter before it: the regex engine skips to commas)
_APPOSITION = re.compile(r",(?<=[^\W\d_],)\s+(?:a|an|the)\s+" + _APPOSITION_MODIFIERS
                         + "(" + "|".join(_APPOSITION_HEADS) + ")" + _APPOSITION_END)
#: a relative clause that says what happens at the name: ``in Skirbeck, where residents were told to leave``
_WHERE = re.compile(r",(?<=[^\W\d_],)\s+where\s")


def apposed_names(doc: TextView) -> list[tuple[tuple[int, int], str]]:
    """Names an apposition calls a town or a division: ``Paletwa, a strategic town on the Kaladan river``.

    Parameters
    ----------
    doc
        The document.

    Returns
    -------
    list of ((int, int), str)
        Token span of each name and the cue its apposition makes (``"town"`` or ``"region"``).
    """
    if _APPOSITION_HEADS.keys().isdisjoint(doc.lower):
        return []
    out = []
    for m in _APPOSITION.finditer(doc.text):
        b = doc.token_ending_at(m.start())
        span = doc.name_ending_at(b) if b is not None else None
        if span is not None:
            out.append((span, _APPOSITION_HEADS[m.group(1)]))
    return out


def located_where(doc: TextView) -> list[tuple[int, int]]:
    """Names a locative introduces and ``, where`` continues: ``Floodwater in Skirbeck, where ...``.

    Parameters
    ----------
    doc
        The document.

    Returns
    -------
    list of (int, int)
        Token spans of the names.
    """
    if ", where" not in doc.text:
        return []
    out = []
    for m in _WHERE.finditer(doc.text):
        b = doc.token_ending_at(m.start())
        span = doc.name_ending_at(b) if b is not None else None
        if span is not None and doc.locative_before(span[0]):
            out.append(span)
    return out


#: compass bearings a relative position gives (``west of``, ``north-east of``)
_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?"
#: units of a distance between places (``18 km south of``, ``some 25 miles from``)
DISTANCE_UNITS = r"(?:km|kilometres|kilometers|kilometre|kilometer|miles?)"
#: where a place the text sets against another one ends: a distance after a comma (``Korioumé, 18 km south of
#: Timbuktu``, ``Ngungu, about 15 km away``), a bearing of a named place (``Mamove, north of Oicha``, ``in Beit Awwa
#: southwest of Hebron``) or a nearness to one (``in Kerawa, near the Nigerian border``); the match opens with the
#: comma or the first space (a letter before it), group 1 holds the distance, group 2 the bearing. The leading
#: character class lets the regex engine skip to commas and spaces instead of trying every position, and the
#: lookahead for the first characters of the words that may follow passes over most of them at once.
_RELATIVE_POSITION = re.compile(
    r"[,\s](?=\s*[\dabcejnorsw])(?:(?<=[^\W\d_],)\s+|(?<=[^\W\d_]\s)\s*)"
    r"(?:(?:about|some|around|nearly|roughly|approximately|just|only|barely)\s+)?(?:"
    r"((?:\d+(?:[.,]\d+)?|a\s+few|several|a\s+dozen)\s*-?\s*" + DISTANCE_UNITS + r"\b)"
    r"|(" + _BEARING + r")\s+of\s+(?:the\s+)?(?=[A-Z]|(?:city|town|capital|village|border)\b)"
    r"|(?:near|outside|close\s+to)\s+(?:the\s+)?(?=[A-Z]|(?:city|town|capital|village|border)\b))")

#: the words one of which each relative position holds as a token: a bearing's first word or the whole of it
#: (``north``, ``northeast``), ``near``, ``outside``, ``close``
_RELATIVE_WORDS = frozenset({a + b for a in ("north", "south", "east", "west") for b in ("", "east", "west")}
                            | {"near", "outside", "close"})
#: what each distance unit starts with (``18km`` is one token)
_DISTANCE_STEMS = ("km", "kilomet", "mile")


def relative_positions(doc: TextView) -> list[tuple[int, bool]]:
    """Names the text places against another place: ``Korioumé, 18 km south of Timbuktu``, ``Mamove, north
    of Oicha``, ``in Kerawa, near the Nigerian border``.

    A distance after a comma makes the name before it a place; so does a bearing after a comma. A bearing
    without a comma, and a nearness, need a locative word before the name too (``in Beit Awwa southwest of
    Hebron``): the caller checks that.

    Parameters
    ----------
    doc
        The document.

    Returns
    -------
    list of (int, bool)
        Last token of each name, and whether it still needs a locative word before it.

    Examples
    --------
    >>> doc = TextView("at Tessit, 40 km east of Ansongo")
    >>> relative_positions(doc)
    [(1, False)]
    """
    if _RELATIVE_WORDS.isdisjoint(doc.vocabulary) and not any(unit in doc.text for unit in _DISTANCE_STEMS):
        return []  # no bearing, nearness or distance to find
    out = []
    for m in _RELATIVE_POSITION.finditer(doc.text):
        b = doc.token_ending_at(m.start())
        if b is not None and doc.caps[b]:
            comma = doc.text[m.start()] == ","
            out.append((b, not comma or m.group(1) is None and m.group(2) is None))
    return out

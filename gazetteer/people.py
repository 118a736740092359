"""Who the document names: people (and car makes) whose names are also places.

``Raquel Henry``, ``Tyrise M. Bell``, ``Rafael Gomez, 27,``, ``said Brown``: the
surnames are not places anywhere in the document, unless the document also writes
them as a town (``the city of Edwardsville``, ``Paris police``). ``a 2001 Cadillac``:
the make and its model are no places either.

Examples
--------
>>> from gazetteer import Gazetteer                                  # doctest: +SKIP
>>> from gazetteer.names import NameIndex                            # doctest: +SKIP
>>> find = PeopleFinder(NameIndex.open(Gazetteer.open()))            # doctest: +SKIP
>>> not_places, surnames = find(TextView("Officer Dana Hebron said Hebron was calm."))  # doctest: +SKIP
>>> "hebron" in not_places                                           # doctest: +SKIP
True
"""

from __future__ import annotations

from . import evidence
from .lexicon import (
    ARABIC_PLACE_PREFIXES, DIRECTIONS, INSTITUTIONS, ORG_HEADS, PERSON_TITLES, PLACE_TYPE_WORDS, STOPWORDS, TOPO_HEADS,
)
from .names import FIRSTNAME, STOP, NameIndex, is_real_place
from .normalize import article_key, fold
from .textview import SAYING, TextView

#: capitalised words that follow a name without being a surname (Columbus Police, Virginia Governor)
_NOT_SURNAMES = INSTITUTIONS | ORG_HEADS | PERSON_TITLES | TOPO_HEADS | PLACE_TYPE_WORDS | {"twp", "jr", "sr"}
#: lower-case words inside surnames (Luc van den Brande)
_SURNAME_PARTICLES = frozenset("van den der von de la le du da di bin ibn".split())


class PeopleFinder:
    """Names of people (and vehicles) in a document, for the recogniser to set aside.

    Parameters
    ----------
    names
        The gazetteer's name index (given names, place facts).
    """

    def __init__(self, names: NameIndex) -> None:
        self.names = names

    def __call__(self, doc: TextView) -> tuple[set[str], frozenset[str]]:
        """``(not_places, surnames)``.

        ``not_places``: folded words the document uses for people or vehicles and never
        as a town; ``surnames``: lower-cased words written after a given name or an
        initial, which make a word before them a given name too (``Breonna Snelling``).
        """
        not_places = self._persons(doc) | self._vehicles(doc)
        not_places -= self._seats(doc, not_places)
        return not_places, self._surnames(doc)

    def _persons(self, doc: TextView) -> set[str]:
        """Folded surnames of people named in the document (``Raquel Henry`` -> ``henry``)."""
        out: set[str] = set()
        guessed: set[str] = set()  #: surnames only an unknown word before them suggests ("Metropolitan Atlanta")
        words, lower, caps = doc.words, doc.lower, doc.caps
        for k in doc.capitals:
            if k + 1 >= doc.n or not caps[k + 1]:
                continue
            a, b = words[k], words[k + 1]
            gap = doc.gaps[k]
            if gap == ". " and len(a) == 1:
                if not doc.compass_abbrev(k):
                    out.add(fold(b))  # Tyrise M. Bell; not S.E. Paris
                continue
            if gap != " ":
                continue
            if lower[k] in PERSON_TITLES and self._given_name_after_title(doc, k):
                continue  # "Defence Minister Israel Katz": the surname comes next; Israel stays a country
            a_key = fold(a)
            a_info = self.names.info(a_key)
            if lower[k] in PERSON_TITLES or (self.names.is_firstname(a) and not doc.all_caps(k)
                                             and lower[k] not in STOPWORDS and lower[k] not in ARABIC_PLACE_PREFIXES
                                             and not doc.sentence_start(k)
                                             and (a_info is None or not (a_info.is_major or a_info.flags & STOP))):
                out.add(fold(evidence.word_from(doc, k + 1)))  # O'Connor, not O
            elif (a_key not in self.names and lower[k] not in STOPWORDS and lower[k] not in DIRECTIONS
                  and not doc.all_caps(k) and not doc.sentence_start(k) and len(a) > 1
                  and not _in_longer_run(doc, k)):
                # "Jeramye Whitaker", "John Welch": a capitalised word that is no place, then a surname;
                # not "Middle Juba", a place's name as a whole, nor "Islamic State Sahel Province", a body's
                info = self.names.info(fold(b))
                if info is not None and not info.is_major and doc.gaps[k + 1] != "-" and not self._place_pair(a, b) \
                        and not _placed_pair(doc, k):
                    guessed.add(fold(b))
        if guessed:
            out |= guessed - self._located(doc, guessed)
        seconds: set[str] | None = None
        says = not SAYING.isdisjoint(doc.vocabulary)  # (without a word of saying, no one is said to speak)
        for k in doc.capitals:
            if doc.all_caps(k):
                continue
            if k > 0 and caps[k - 1] and evidence.age_after(doc, k):
                out.add(fold(doc.word_ending_at(k)))  # Rafael Gomez, 27, of Danbury
            if says and ((doc.saying_after(k) and not doc.inhabitants_before(k) and not self._ends_place(doc, k)
                          and doc.words_before(k, 1) != ("in",))
                         or doc.saying_before(k)):
                # (residents of Tyre said: the residents speak, not someone called Tyre; nor Middle Shabelle;
                # nor "a councillor in Tyre said": the speaker is placed there)
                word = fold(doc.word_ending_at(k))  # O'Brien, not Brien
                info = self.names.info(word)
                if info is None or not info.is_major:
                    if is_real_place(info):
                        seconds = self._second_names(doc) if seconds is None else seconds
                        if word not in seconds:
                            continue  # "Gainesville says no": a town, unless someone is called so
                    out.add(word)
        return out

    def _given_name_after_title(self, doc: TextView, k: int) -> bool:
        """Whether the word after the title at ``k`` is a given name that a surname follows
        (``Minister Israel Katz``, ``President Vladimir Putin``): the surname is the person's
        word then, not the given name (``President Erdogan`` has none)."""
        j = k + 1
        return j + 1 < doc.n and doc.gaps[j] == " " and doc.caps[j + 1] and not doc.all_caps(j) \
            and self.names.is_firstname(doc.words[j]) and doc.lower[j + 1] not in _NOT_SURNAMES

    def _place_pair(self, a: str, b: str) -> bool:
        """Whether two words make a place's name together (``Middle Shabelle``, written as the scan reads it)."""
        key = fold(f"{a} {b}")
        return key in self.names or article_key(key) in self.names

    def _ends_place(self, doc: TextView, k: int) -> bool:
        """Whether token ``k`` ends a two-word place name (``officials in Middle Shabelle said``,
        ``officials in Al-Hasakah said``)."""
        return k > 0 and doc.gaps[k - 1] in (" ", "-", "‐") and doc.caps[k - 1] \
            and self._place_pair(doc.words[k - 1], doc.words[k])

    def _seats(self, doc: TextView, keys: set[str]) -> set[str]:
        """Those of ``keys`` the document also writes as a town: ``the city of Edwardsville``, ``Paris police``,
        a capitalised dateline ``BAGA, Nigeria -``.

        A surname reading from one phrase (``Old Alton Edwardsville Road``) does not outweigh them.
        """
        out = set()
        for k in doc.capitals:
            key = fold(doc.words[k])
            if key in keys and key not in out and is_real_place(self.names.info(key)) \
                    and (evidence.public_body_after(doc, k) or doc.cue_before(k) in ("town", "region")
                         or doc.all_caps(k) and doc.is_dateline(k, k)):
                out.add(key)
        return out

    def _located(self, doc: TextView, keys: set[str]) -> set[str]:
        """Those of ``keys`` the document also writes as a place: ``in Atlanta``, a dateline ``ATLANTA -``."""
        out = set()
        for k in doc.capitals:
            key = fold(doc.words[k])
            if key in keys and is_real_place(self.names.info(key)) \
                    and (doc.locative_before(k) or doc.is_dateline(k, k)):
                out.add(key)
        return out

    @staticmethod
    def _second_names(doc: TextView) -> set[str]:
        """Folded words written after another capitalised word (``Jane Brown``, ``Navarro-Valls``, ``bin Umri``)."""
        return {fold(doc.words[k + 1]) for k in range(doc.n - 1)
                if doc.caps[k + 1] and doc.gaps[k] in (" ", "” ", '" ', "-")
                and (doc.caps[k] and doc.lower[k] not in STOPWORDS and not doc.all_caps(k)
                     or doc.lower[k] in _SURNAME_PARTICLES)
                and not (doc.gaps[k] == "-" and evidence.route_end(doc, k + 1, k + 1))}  # the Kaya-Dori road

    @staticmethod
    def _vehicles(doc: TextView) -> set[str]:
        """Folded car makes the document names (``a 2001 Cadillac``, ``a silver Pontiac``)."""
        out = set()
        for k in doc.capitals:
            if evidence.vehicle_before(doc, k):
                out.add(fold(doc.words[k]))
                if k + 1 < doc.n and doc.gaps[k] == " " and doc.caps[k + 1]:
                    out.add(fold(doc.words[k + 1]))  # a red Dodge Durango: the model too
        return out

    def _surnames(self, doc: TextView) -> frozenset[str]:
        """Lower-cased words written after a given name or an initial (``Patrick Snelling``, ``M. Bell``).

        Only these make the word before them a given name too (``Breonna Snelling``).
        """
        out = set()
        for k in doc.capitals:
            if k + 1 >= doc.n or not doc.caps[k + 1] or doc.all_caps(k + 1):
                continue
            if doc.lower[k + 1] in _NOT_SURNAMES:
                continue
            gap, a = doc.gaps[k], doc.words[k]
            if k > 0 and doc.gaps[k - 1] in (" ", ". ") and doc.caps[k - 1]:
                continue  # West Virginia Division, St. Paul Pioneer Press: not the start of the name
            if k + 2 < doc.n and doc.gaps[k + 1] == " " and doc.caps[k + 2]:
                continue  # Georgia Environmental Protection Division: a longer name, not a person's
            if gap == ". " and len(a) == 1 or gap == " " and not doc.all_caps(k) and not doc.sentence_start(k) \
                    and doc.lower[k] not in ARABIC_PLACE_PREFIXES and self.names.is_firstname(a) \
                    and self._given_name(a):
                out.add(doc.lower[k + 1])
        return frozenset(out)

    def _given_name(self, word: str) -> bool:
        """A given name the gazetteer knows only as a given name or not at all (Tasha; not Virginia the state)."""
        info = self.names.info(fold(word))
        return info is None or bool(info.flags & FIRSTNAME)


def _placed_pair(doc: TextView, k: int) -> bool:
    """Whether the capitalised pair starting at token ``k`` stands where a place does: after a locative or a
    trigger (``in Gidan Bisa``, ``the village of Tudun Biri``), or in a list a locative opens (``in A, B,
    Zolota Balka and C``). An unknown word and a known one there make a place's name, not a person's."""
    return doc.locative_before(k) or doc.cue_before(k) is not None or doc.list_cue(k) is not None


def _in_longer_run(doc: TextView, k: int) -> bool:
    """Whether the capitalised pair at tokens ``k`` and ``k + 1`` opens a body's or a division's longer name.

    ``the Islamic State Sahel Province``: the words of a name that ends in a place-type noun are no given
    name and surname.
    """
    return k + 2 < doc.n and doc.gaps[k + 1] == " " and doc.caps[k + 2] and doc.lower[k + 2] in PLACE_TYPE_WORDS

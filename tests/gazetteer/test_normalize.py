"""Name folding: spellings news uses for one place fold to one key."""

from __future__ import annotations

import pytest

from gazetteer.normalize import abbreviate_head, fold, skeleton, strip_article


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Arīḩā", "Ariha"),
        ("Ma‘arrat an-Nu‘mān", "Maarrat an Numan"),
        ("Ma'arrat an Nu'man", "Maarrat an Numan"),
        ("Maʿarrat al-Nuʿman", "Maarrat al Numan"),
        ("Kafr-Nabl", "Kafr Nabl"),
        ("KAFR NABL", "kafr nabl"),
        ("Qamīnās", "Qaminas"),
        ("Türkiye", "Turkiye"),
        ("U.S.", "US"),
        ("  Idlib   city ", "Idlib city"),
    ],
    ids=["macron-and-cedilla", "ayn-marks", "ascii-apostrophes", "modifier-ayn", "hyphen-as-space",
         "case", "macrons", "umlaut", "abbreviation-dots", "extra-spaces"],
)
def test_fold_treats_spelling_variants_as_one_name(written: str, plain: str) -> None:
    assert fold(written) == fold(plain)


@pytest.mark.parametrize(
    ("written", "bare"),
    [("al-Nayrab", "nayrab"), ("An Nayrab", "nayrab"), ("El-Bab", "bab"), ("as-Safira", "safira"),
     ("Er Rahad", "rahad"), ("Nayrab", "nayrab"), ("Aleppo", "aleppo")],
    ids=["al-hyphen", "assimilated-an", "el-capitalised", "assimilated-as", "assimilated-er", "no-article",
         "al-prefix-in-word"],
)
def test_strip_article_drops_a_leading_arabic_article(written: str, bare: str) -> None:
    assert strip_article(fold(written)) == bare


@pytest.mark.parametrize(
    ("a", "b"),
    [("Neirab", "An Nayrab"), ("Nairab", "al-Nayrab"), ("Saraqeb", "Sarāqib")],
)
def test_skeleton_matches_transliteration_variants(a: str, b: str) -> None:
    assert skeleton(fold(a)) == skeleton(fold(b))


@pytest.mark.parametrize(("a", "b"), [("Qaminas", "Chemnitz"), ("Idlib", "Aleppo")])
def test_skeleton_keeps_different_names_apart(a: str, b: str) -> None:
    assert skeleton(fold(a)) != skeleton(fold(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ma‘arrat an Nu‘mān", "Maarat al-Numan"), ("Jisr ash Shughur", "Jisr al-Shughur"),
     ("Dayr az Zawr", "Dayr al-Zawr"), ("An Nayrab", "Nayrab")],
    ids=["assimilated-article-and-doubled-letter", "ash-for-al", "az-for-al", "leading-article"],
)
def test_article_key_makes_articles_and_doubled_letters_uniform(a: str, b: str) -> None:
    from gazetteer.normalize import article_key

    assert article_key(fold(a)) == article_key(fold(b))


@pytest.mark.parametrize("word", ["Holly", "Hall", "Tallahassee"])
def test_article_key_leaves_single_words_alone(word: str) -> None:
    from gazetteer.normalize import article_key

    assert article_key(fold(word)) == fold(word)


@pytest.mark.parametrize(
    ("written", "abbreviated"),
    [("Mount Pleasant", "Mt. Pleasant"), ("Fort Myers", "Ft. Myers"), ("Saint Cloud", "St. Cloud"),
     ("Point Pleasant", "Pt. Pleasant")],
    ids=["mount", "fort", "saint", "point"],
)
def test_abbreviate_head_writes_a_name_as_news_abbreviates_it(written: str, abbreviated: str) -> None:
    assert abbreviate_head(fold(written)) == abbreviate_head(fold(abbreviated)) == fold(abbreviated)


@pytest.mark.parametrize("name", ["Mountain View", "Fortaleza", "Pointe-Noire", "Mount"],
                         ids=["longer-word", "prefix-of-word", "french-pointe", "head-alone"])
def test_abbreviate_head_leaves_other_names_alone(name: str) -> None:
    assert abbreviate_head(fold(name)) == fold(name)

"""Sentence splitting and clause segmentation for news text."""

from __future__ import annotations

import pytest

from geo.incidents.clauses import SentenceContext
from geo.incidents.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Ali met the U.S. envoy. Talks failed.", ["Gen. Ali met the U.S. envoy.", "Talks failed."]),
        ("It was 3.5 km away. Jets hit it.", ["It was 3.5 km away.", "Jets hit it."]),
        ('"Stop now!" he said. Guns fell silent.', ['"Stop now!" he said.', "Guns fell silent."]),
        ("Raids and bombing\nOn the ground, jets struck Idlib.", ["Raids and bombing", "On the ground, jets struck Idlib."]),
        ("Troops moved into the town of\nNeirab on Monday.", ["Troops moved into the town of\nNeirab on Monday."]),
        ("First paragraph ends here\n\nSecond one.", ["First paragraph ends here", "Second one."]),
        ("J. Smith said so. Then he left.", ["J. Smith said so.", "Then he left."]),
    ],
)
def test_sentences_split_at_stops_and_paragraphs_but_not_abbreviations(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Officials said jets bombed Ariha, while talks went on in Ankara.",
         ["Officials ", "said jets bombed Ariha, ", "while talks went on in Ankara."]),
        ("He added - quoting sources - that the attack stopped.",
         ["He ", "added ", "- ", "quoting sources ", "- ", "that the attack stopped."]),
        ("Turkish forces held the area near Neirab, where they established a post.",
         ["Turkish forces held the area near Neirab, ", "where they established a post."]),
    ],
)
def test_hard_segments_split_at_speech_contrast_dashes_and_relatives(text, pieces):
    ctx = SentenceContext(text, 0, len(text))
    assert [text[a:b] for a, b, _ in ctx.segments] == pieces


def test_relative_segment_is_marked():
    text = "Troops shelled Neirab, where a post was set up."
    ctx = SentenceContext(text, 0, len(text))
    assert [rel for _, _, rel in ctx.segments] == [False, True]

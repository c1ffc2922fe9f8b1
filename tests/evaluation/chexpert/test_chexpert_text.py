"""Cleaning and sentence splitting."""

from __future__ import annotations

import pytest

from slava_lightning.evaluation.chexpert import clean_report, split_sentences


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Heart  size\nNormal.", "heart size normal."),
        ("Effusion and/or edema", "effusion or edema"),
        ("atelectasis/consolidation", "atelectasis or consolidation"),
        ("1/2 way", "1/2 way"),  # a slash between digits stays
        ("No effusion..No edema", "no effusion. no edema"),
        ("a,b.c", "a, b. c"),
        ("size 3.5 cm", "size 3. 5 cm"),
        ("caf\u00e9 opacity", "caf opacity"),  # non-printable characters are dropped
    ],
)
def test_clean_report(raw: str, clean: str) -> None:
    assert clean_report(raw) == clean


def test_split_keeps_list_markers_and_offsets() -> None:
    text = clean_report("1. Left effusion. Right effusion.\n\n2. Cardiomegaly.")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "1. left effusion.",
        "right effusion.",
        "2. cardiomegaly.",
    ]
    for sentence in sentences:
        assert text[sentence.offset : sentence.offset + len(sentence.text)] == sentence.text


def test_split_breaks_after_number_before_digit_and_on_question_mark() -> None:
    sentences = split_sentences(clean_report("Nodule 1.7 cm. Pneumonia? no"))
    assert [s.text for s in sentences] == ["nodule 1.", "7 cm.", "pneumonia?", "no"]


def test_split_empty_report() -> None:
    assert split_sentences(clean_report("   ")) == []

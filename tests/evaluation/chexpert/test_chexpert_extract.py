"""Mention extraction with unmentions."""

from __future__ import annotations

import pytest

from slava_lightning.evaluation.chexpert import PhraseSet
from slava_lightning.evaluation.chexpert.extract import extract_mentions
from slava_lightning.evaluation.chexpert.text import Sentence


@pytest.fixture(scope="module")
def phrases() -> PhraseSet:
    return PhraseSet.from_dir()


def _found(text: str, phrases: PhraseSet) -> set[tuple[str, str]]:
    return {(m.observation, m.text) for m in extract_mentions(Sentence(text, 0), phrases)}


def test_substring_matches_and_spans(phrases: PhraseSet) -> None:
    sentence = Sentence("patchy opacities and left pleural effusion.", 0)
    mentions = extract_mentions(sentence, phrases)
    assert {(m.observation, m.text) for m in mentions} == {
        ("Lung Opacity", "opaci"),
        ("Pleural Effusion", "effusion"),
    }
    for m in mentions:
        assert sentence.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("left pleural scar.", ("Lung Opacity", "scar")),
        ("calcified nodule in the right apex.", ("Lung Lesion", "nodule")),
        ("massive hiatal hernia.", ("Lung Lesion", "mass")),
        ("catheter tip over the right heart.", ("Cardiomegaly", "the heart")),
        ("small pericardial effusion.", ("Pleural Effusion", "effusion")),
    ],
)
def test_unmentions_remove_overlapping_mentions(
    phrases: PhraseSet, text: str, absent: tuple[str, str]
) -> None:
    assert absent not in _found(text, phrases)


def test_overlapping_phrases_of_one_observation_both_match(phrases: PhraseSet) -> None:
    found = _found("stable cardiac contour.", phrases)
    assert ("Cardiomegaly", "cardiac contour") in found
    assert ("Enlarged Cardiomediastinum", "contour") in found

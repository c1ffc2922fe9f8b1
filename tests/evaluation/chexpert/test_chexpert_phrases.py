"""Phrase lists: loading, naming, derived unmentions, ill arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from slava_lightning.evaluation.chexpert import CATEGORIES, PhraseSet
from slava_lightning.evaluation.chexpert.phrases import default_phrases_dir, read_phrase_dir

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "chexpert_labeler"


def test_shipped_lists_cover_all_observations_and_licence() -> None:
    phrases = PhraseSet.from_dir()
    assert set(phrases.mentions) == set(CATEGORIES)
    assert (default_phrases_dir() / "LICENSE").read_text().startswith("MIT License")
    # underscores become spaces, leading/trailing ones included
    assert " mediastinum" in phrases.mentions["Enlarged Cardiomediastinum"]
    assert " line " in phrases.mentions["Support Devices"]
    assert "drain " in phrases.mentions["Support Devices"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared CheXpert lists not present")
def test_shipped_lists_equal_the_original_files() -> None:
    for kind in ("mention", "unmention", "patterns"):
        for path in sorted((SHARED / kind).glob("*.txt")):
            assert (default_phrases_dir() / kind / path.name).read_bytes() == path.read_bytes()


def test_positional_unmentions_are_derived() -> None:
    phrases = PhraseSet.from_dir()
    cardio = phrases.unmentions["Cardiomegaly"]
    # 3 prepositions x 4 sides x (9 mentions - cardiomegaly - cardiac enlargement)
    assert len(phrases.mentions["Cardiomegaly"]) == 9
    assert len(cardio) == 12 * 7
    assert "over the right heart" in cardio and "in the heart size" in cardio
    assert not any("cardiomegaly" in p for p in cardio)
    assert len(phrases.unmentions["Enlarged Cardiomediastinum"]) == 12 * len(
        phrases.mentions["Enlarged Cardiomediastinum"]
    )


def test_custom_dir_and_ill_arguments(tmp_path: Path) -> None:
    (tmp_path / "mention").mkdir()
    (tmp_path / "unmention").mkdir()
    (tmp_path / "mention" / "pleural_effusion.txt").write_text("effusion\n\nfluid_collection\n")
    phrases = PhraseSet.from_dir(tmp_path)
    assert phrases.mentions == {"Pleural Effusion": ["effusion", "fluid collection"]}

    (tmp_path / "mention" / "edema.txt").write_text("edema(\n")
    with pytest.raises(ValueError, match=r"edema\.txt:1"):
        read_phrase_dir(tmp_path / "mention")
    with pytest.raises(ValueError, match="does not exist"):
        PhraseSet.from_dir(tmp_path / "nowhere")
    with pytest.raises(ValueError, match="unknown observation"):
        PhraseSet(mentions={"Bunions": ["bunion"]}, unmentions={})

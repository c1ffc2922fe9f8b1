"""Aggregation of mention labels, as the original labeler aggregates."""

from __future__ import annotations

import pytest

from slava_lightning.evaluation.chexpert import CATEGORIES, aggregate, combine, label_reports


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ([1.0], 1.0),
        ([0.0, -1.0], -1.0),
        ([0.0, 1.0], 1.0),
        ([-1.0, 1.0], 1.0),
        ([0.0, -1.0, 1.0], -1.0),  # the 0-and-u case is checked first
        ([0.0, 0.0], 0.0),
        ([-1.0, -1.0], -1.0),
    ],
)
def test_combine_precedence(labels: list[float], expected: float) -> None:
    assert combine(labels) == expected


def test_no_finding_and_order() -> None:
    result = aggregate([("Pleural Effusion", "effusion", 0.0), ("Support Devices", "tube", 1.0)])
    assert list(result) == list(CATEGORIES)
    assert result["No Finding"] == 1.0
    assert result["Support Devices"] == 1.0
    assert result["Pleural Effusion"] == 0.0
    assert result["Edema"] is None


def test_no_finding_phrase_blocks_no_finding_without_a_column() -> None:
    result = aggregate([("No Finding", "emphysema", 1.0)])
    assert result["No Finding"] is None
    negated = aggregate([("No Finding", "emphysema", 0.0)])
    assert negated["No Finding"] == 1.0


@pytest.mark.parametrize(("text", "label"), [("chf", 1.0), ("heart failure", -1.0)])
def test_heart_failure_adds_uncertain_cardiomegaly(text: str, label: float) -> None:
    result = aggregate([("Edema", text, label)])
    assert result["Edema"] == label
    assert result["Cardiomegaly"] == -1.0
    assert aggregate([("Edema", text, 0.0)])["Cardiomegaly"] is None


def test_label_reports_end_to_end_and_ill_arguments() -> None:
    (labels,) = label_reports(["No CHF. Mild pulmonary edema. PICC line in place."])
    assert labels["Edema"] == 1.0
    assert labels["Cardiomegaly"] is None
    assert labels["Support Devices"] == 1.0
    with pytest.raises(ValueError, match="not a single string"):
        label_reports("no effusion")
    with pytest.raises(ValueError, match=r"reports\[1\]"):
        label_reports(["ok", None])  # type: ignore[list-item]

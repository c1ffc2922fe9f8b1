"""Negation and uncertainty rules, one NegBio rule family per case."""

from __future__ import annotations

import pytest

from slava_lightning.evaluation.chexpert import CheXpertLabeler


@pytest.fixture(scope="module")
def labeler() -> CheXpertLabeler:
    return CheXpertLabeler()


CASES = [
    # negation, forward
    ("No pleural effusion.", "Pleural Effusion", 0.0),
    ("No pneumothorax, pleural effusion, or focal airspace disease.", "Lung Opacity", 0.0),
    ("Lungs are clear without focal consolidation.", "Consolidation", 0.0),
    ("Negative for pneumothorax.", "Pneumothorax", 0.0),
    (
        "The lungs are clear of focal airspace disease, pneumothorax, or effusion.",
        "Pneumothorax",
        0.0,
    ),
    ("Normal heart size.", "Cardiomegaly", 0.0),
    ("Interval resolution of the right pleural effusion.", "Pleural Effusion", 0.0),
    # negation, backward
    ("Heart size normal.", "Cardiomegaly", 0.0),
    ("Heart size and pulmonary vascularity are within normal limits.", "Cardiomegaly", 0.0),
    ("The heart, mediastinum and vasculature are normal.", "Cardiomegaly", 0.0),
    ("The heart is not significantly enlarged.", "Cardiomegaly", 0.0),
    ("Pneumothorax is no longer seen.", "Pneumothorax", 0.0),
    ("The right effusion has resolved.", "Pleural Effusion", 0.0),
    # pre-negation uncertainty wins over negation
    ("Pneumonia cannot be excluded.", "Pneumonia", -1.0),
    ("Cannot exclude small effusion.", "Pleural Effusion", -1.0),
    ("No new consolidation.", "Consolidation", -1.0),
    # post-negation uncertainty
    ("Possible small left effusion.", "Pleural Effusion", -1.0),
    ("Findings may represent pneumonia.", "Pneumonia", -1.0),
    ("Atelectasis versus infiltrate.", "Atelectasis", -1.0),
    ("Basilar atelectasis or scarring.", "Atelectasis", -1.0),
    ("Pneumothorax is suspected.", "Pneumothorax", -1.0),
    ("Mild pulmonary vascular congestion.", "Edema", -1.0),
    ("Stable cardiomediastinal silhouette.", "Enlarged Cardiomediastinum", -1.0),
    ("Heart size is unchanged.", "Cardiomegaly", -1.0),
    ("Borderline heart size.", "Cardiomegaly", -1.0),
    # positive: pseudo-negation, cardiomegaly is not a stability word, scope terminators
    ("No change in the left effusion.", "Pleural Effusion", 1.0),
    ("Stable mild cardiomegaly.", "Cardiomegaly", 1.0),
    ("No pneumothorax but there is a small effusion.", "Pleural Effusion", 1.0),
    ("Mild cardiomegaly, lungs are clear.", "Cardiomegaly", 1.0),
    ("Cardiomegaly without edema.", "Cardiomegaly", 1.0),
    ("Consistent with pneumonia.", "Pneumonia", 1.0),
    # a sentence opening "findings: no" negates every mention in it
    ("FINDINGS: no acute process; cardiomegaly.", "Cardiomegaly", 0.0),
]


@pytest.mark.parametrize(("report", "observation", "expected"), CASES)
def test_rule(labeler: CheXpertLabeler, report: str, observation: str, expected: float) -> None:
    assert labeler.label(report)[observation] == expected


def test_negated_span_negates_mentions_inside_it(labeler: CheXpertLabeler) -> None:
    # "cardiac contour" (Cardiomegaly) contains "contour" (Enlarged Cardiomediastinum)
    labels = labeler.label("Normal cardiac contour.")
    assert labels["Cardiomegaly"] == 0.0
    assert labels["Enlarged Cardiomediastinum"] == 0.0


def test_unmentioned_observations_are_none(labeler: CheXpertLabeler) -> None:
    labels = labeler.label("Small left pleural effusion.")
    assert labels["Pleural Effusion"] == 1.0
    assert labels["No Finding"] is None
    assert all(labels[name] is None for name in ("Fracture", "Edema", "Pneumothorax"))

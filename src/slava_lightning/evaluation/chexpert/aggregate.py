"""Aggregation of mention labels into one label per observation, as the CheXpert labeler does.

Per mention: negative (0) if flagged negated, else uncertain (-1) if flagged uncertain, else
positive (1). Per observation, over its mentions: a single label is kept; with several, 0 and -1
give -1 (checked first, so 0, -1 and 1 together also give -1), 0 and 1 give 1, -1 and 1 give 1,
equal labels give that label. A positive or uncertain ``chf`` / ``heart failure`` mention adds an
uncertain Cardiomegaly mention. No Finding is 1 when no observation other than Support Devices has
a positive or uncertain mention (No Finding phrases count as observations here), and blank
otherwise; No Finding phrases yield no label of their own. Observations never mentioned are blank.
"""

from __future__ import annotations

from collections.abc import Iterable

from slava_lightning.evaluation.chexpert.phrases import (
    CARDIOMEGALY,
    CATEGORIES,
    NO_FINDING,
    SUPPORT_DEVICES,
)

POSITIVE = 1.0
NEGATIVE = 0.0
UNCERTAIN = -1.0
_HEART_FAILURE = ("chf", "heart failure")


def combine(labels: list[float]) -> float:
    """One observation's label from the labels of its mentions (the original's precedence)."""
    if len(labels) == 1:
        return labels[0]
    if NEGATIVE in labels and UNCERTAIN in labels:
        return UNCERTAIN
    if POSITIVE in labels:
        return POSITIVE
    return labels[0]


def aggregate(mentions: Iterable[tuple[str, str, float]]) -> dict[str, float | None]:
    """Labels of the 14 observations from ``(observation, matched text, mention label)`` triples.

    Returns:
        ``{observation: 1.0 | 0.0 | -1.0 | None}`` in :data:`CATEGORIES` order (None: not mentioned).
    """
    per_observation: dict[str, list[float]] = {}
    no_finding = True
    for observation, text, label in mentions:
        if observation != SUPPORT_DEVICES and label in (POSITIVE, UNCERTAIN):
            no_finding = False
        if observation == NO_FINDING:
            continue
        if label in (POSITIVE, UNCERTAIN) and text in _HEART_FAILURE:
            per_observation.setdefault(CARDIOMEGALY, []).append(UNCERTAIN)
        per_observation.setdefault(observation, []).append(label)
    if no_finding:
        per_observation[NO_FINDING] = [POSITIVE]
    return {
        name: combine(per_observation[name]) if name in per_observation else None
        for name in CATEGORIES
    }

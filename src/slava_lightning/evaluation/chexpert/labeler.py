"""The offline CheXpert labeler: clean, split, extract, classify, aggregate."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from slava_lightning.evaluation.chexpert.aggregate import (
    NEGATIVE,
    POSITIVE,
    UNCERTAIN,
    aggregate,
)
from slava_lightning.evaluation.chexpert.extract import extract_mentions
from slava_lightning.evaluation.chexpert.phrases import PhraseSet
from slava_lightning.evaluation.chexpert.rules import classify_mentions
from slava_lightning.evaluation.chexpert.text import clean_report, split_sentences

Labels = dict[str, float | None]


class CheXpertLabeler:
    """Label radiology reports with the 14 CheXpert observations, without Java or a parser.

    Args:
        phrases_dir: folder with ``mention/`` and ``unmention/`` phrase lists; ``None`` uses the
            lists shipped with the package (the original labeler's).

    Examples:
        >>> labeler = CheXpertLabeler()
        >>> labeler.label("No pleural effusion. Mild cardiomegaly.")["Cardiomegaly"]
        1.0
    """

    def __init__(self, phrases_dir: str | Path | None = None) -> None:
        self.phrases = PhraseSet.from_dir(None if phrases_dir is None else Path(phrases_dir))

    def mention_labels(self, report: str) -> list[tuple[str, str, float]]:
        """``(observation, matched text, label)`` for every mention of ``report``, in order."""
        triples: list[tuple[str, str, float]] = []
        for sentence in split_sentences(clean_report(report)):
            mentions = extract_mentions(sentence, self.phrases)
            flags = classify_mentions(sentence.text, mentions)
            for mention, flag in zip(mentions, flags, strict=True):
                if "negation" in flag:
                    label = NEGATIVE
                elif "uncertain" in flag:
                    label = UNCERTAIN
                else:
                    label = POSITIVE
                triples.append((mention.observation, mention.text, label))
        return triples

    def label(self, report: str) -> Labels:
        """Labels of one report: ``{observation: 1.0 | 0.0 | -1.0 | None}`` in CheXpert order."""
        if not isinstance(report, str):
            raise ValueError(f"report must be a str, got {type(report).__name__}")
        return aggregate(self.mention_labels(report))

    def __call__(self, reports: Sequence[str]) -> list[Labels]:
        """Labels of each report (see :meth:`label`)."""
        return [self.label(report) for report in reports]


@functools.lru_cache(maxsize=1)
def _default_labeler() -> CheXpertLabeler:
    """The labeler with the shipped phrase lists, built once per process."""
    return CheXpertLabeler()


def label_reports(reports: Sequence[str], phrases_dir: str | Path | None = None) -> list[Labels]:
    """Label reports with the CheXpert observations.

    Args:
        reports: report texts (any section; the whole text is labelled).
        phrases_dir: optional folder of custom phrase lists (default: the original labeler's).

    Returns:
        One dict per report with the 14 observation names in the original column order and values
        1.0 (positive), 0.0 (negative), -1.0 (uncertain) or None (not mentioned).

    Raises:
        ValueError: if ``reports`` is a single string or holds a non-string.
    """
    if isinstance(reports, str):
        raise ValueError("reports must be a sequence of strings, not a single string")
    for index, report in enumerate(reports):
        if not isinstance(report, str):
            raise ValueError(f"reports[{index}] must be a str, got {type(report).__name__}")
    if phrases_dir is not None:
        return CheXpertLabeler(phrases_dir)(reports)
    return _default_labeler()(reports)

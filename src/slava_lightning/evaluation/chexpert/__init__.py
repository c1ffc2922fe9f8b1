"""Offline CheXpert labeler: the original phrase lists, cleaning, extraction and aggregation,
with negation and uncertainty by ConText-style rules approximating NegBio's parse rules."""

from slava_lightning.evaluation.chexpert.aggregate import aggregate, combine
from slava_lightning.evaluation.chexpert.io import read_reports, write_labels
from slava_lightning.evaluation.chexpert.labeler import CheXpertLabeler, label_reports
from slava_lightning.evaluation.chexpert.phrases import CATEGORIES, PhraseSet
from slava_lightning.evaluation.chexpert.text import clean_report, split_sentences

__all__ = [
    "CATEGORIES",
    "CheXpertLabeler",
    "PhraseSet",
    "aggregate",
    "clean_report",
    "combine",
    "label_reports",
    "read_reports",
    "split_sentences",
    "write_labels",
]

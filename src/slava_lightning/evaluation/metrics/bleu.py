"""BLEU in the two conventions CXR papers report.

* ``coco_bleu``: corpus-level BLEU-1..4 as pycocoevalcap 1.2 computes it (and R2Gen reports it):
  whitespace tokens, clipped n-gram counts summed over the corpus, brevity penalty on the
  *closest* reference length, and pycocoevalcap's ``tiny = 1e-15`` / ``small = 1e-9`` guards.
* ``cxr_bleu2``: BLEU-2 per report as CXR-Report-Metric computes it (fast-bleu / NLTK
  ``sentence_bleu`` with weights (0.5, 0.5) and smoothing method 1, its own tokenizer).

Both tokenise once and count n-grams with ``collections.Counter`` (C loops) instead of per-n-gram
Python dictionaries.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from slava_lightning.evaluation.metrics._common import as_reference_lists, check_pairs
from slava_lightning.evaluation.metrics.tokenize import coco_bleu_tokens, cxr_metric_tokens

__all__ = [
    "BleuStats",
    "coco_bleu",
    "coco_bleu_from_stats",
    "coco_bleu_per_report",
    "coco_bleu_stats",
    "cxr_bleu2",
    "cxr_bleu2_per_report",
]

_TINY = 1e-15
_SMALL = 1e-9


def _ngram_counts(tokens: list[str], n: int) -> Counter:
    if n == 1:
        return Counter(tokens)
    return Counter(zip(*(tokens[i:] for i in range(n)), strict=False))


def _clipped(hyp: Counter, ref_max: Counter | dict) -> int:
    return sum(map(min, hyp.values(), map(ref_max.get, hyp, repeat(0))))


def _ref_max_counts(refs: list[list[str]], n: int) -> list[Counter]:
    if len(refs) == 1:
        return [_ngram_counts(refs[0], k) for k in range(1, n + 1)]
    out = []
    for k in range(1, n + 1):
        merged: Counter = Counter()
        for ref in refs:
            merged |= _ngram_counts(ref, k)
        out.append(merged)
    return out


def _closest(ref_lens: list[int], hyp_len: int) -> int:
    return min((abs(r - hyp_len), r) for r in ref_lens)[1]


@dataclass
class BleuStats:
    """Sufficient statistics of one report pair (or a corpus): clipped matches, guesses, lengths."""

    correct: list[int]
    guess: list[int]
    testlen: int
    reflen: int


def bleu_stats(hypothesis: list[str], references: list[list[str]], n: int = 4) -> BleuStats:
    """Clipped n-gram matches and counts of one tokenised hypothesis against its references."""
    ref_max = _ref_max_counts(references, n)
    testlen = len(hypothesis)
    correct = [_clipped(_ngram_counts(hypothesis, k), ref_max[k - 1]) for k in range(1, n + 1)]
    guess = [max(0, testlen - k + 1) for k in range(1, n + 1)]
    reflen = _closest([len(r) for r in references], testlen)
    return BleuStats(correct, guess, testlen, reflen)


def _coco_scores(stats: BleuStats, n: int) -> list[float]:
    # Same float operations in the same order as pycocoevalcap's BleuScorer.compute_score.
    scores = []
    bleu = 1.0
    for k in range(n):
        bleu *= float(stats.correct[k] + _TINY) / (stats.guess[k] + _SMALL)
        scores.append(bleu ** (1.0 / (k + 1)))
    ratio = (stats.testlen + _TINY) / (stats.reflen + _SMALL)
    if ratio < 1:
        scores = [s * math.exp(1 - 1 / ratio) for s in scores]
    return scores


def _sum_stats(all_stats: Sequence[BleuStats], n: int) -> BleuStats:
    return BleuStats(
        [sum(s.correct[k] for s in all_stats) for k in range(n)],
        [sum(s.guess[k] for s in all_stats) for k in range(n)],
        sum(s.testlen for s in all_stats),
        sum(s.reflen for s in all_stats),
    )


def _coco_report_stats(
    predictions: Sequence[str], references: Sequence[str | Sequence[str]], n: int
) -> list[BleuStats]:
    """Per-report n-gram statistics with the pycocoevalcap tokenization."""
    check_pairs(predictions, references)
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    refs = as_reference_lists(references)
    return [
        bleu_stats(coco_bleu_tokens(p), [coco_bleu_tokens(r) for r in rs], n)
        for p, rs in zip(predictions, refs, strict=True)
    ]


def coco_bleu_per_report(
    predictions: Sequence[str], references: Sequence[str | Sequence[str]], n: int = 4
) -> tuple[list[float], list[list[float]]]:
    """Corpus BLEU-1..n and pycocoevalcap's per-report lists ``[order][report]``."""
    stats = _coco_report_stats(predictions, references, n)
    rows = [_coco_scores(s, n) for s in stats]
    return _coco_scores(_sum_stats(stats, n), n), [[row[k] for row in rows] for k in range(n)]


def coco_bleu(
    predictions: Sequence[str], references: Sequence[str | Sequence[str]], n: int = 4
) -> list[float]:
    """Corpus BLEU-1..n in the pycocoevalcap convention.

    Args:
        predictions: generated reports (already cleaned as the convention requires).
        references: one reference string, or a list of references, per prediction.
        n: highest n-gram order.

    Returns:
        ``[BLEU-1, ..., BLEU-n]``.

    Examples:
        >>> [round(s, 4) for s in coco_bleu(["a b c d"], ["a b c d"])]
        [1.0, 1.0, 1.0, 1.0]
    """
    stats = _coco_report_stats(predictions, references, n)
    return _coco_scores(_sum_stats(stats, n), n)


def _bleu2_method1(hypothesis: list[str], references: list[list[str]]) -> float:
    """NLTK ``sentence_bleu(weights=(0.5, 0.5), smoothing_function=method1)`` for one pair."""
    if not hypothesis:
        return 0.0
    ref_max = _ref_max_counts(references, 2)
    logs = []
    for k in (1, 2):
        hyp = _ngram_counts(hypothesis, k) if len(hypothesis) >= k else Counter()
        num = _clipped(hyp, ref_max[k - 1])
        den = max(1, len(hypothesis) - k + 1)
        if k == 1 and num == 0:
            return 0.0
        logs.append(0.5 * math.log((num + 0.1) / den if num == 0 else num / den))
    ref_len = min((len(r) for r in references), key=lambda r: (abs(r - len(hypothesis)), r))
    hyp_len = len(hypothesis)
    bp = 1.0 if hyp_len > ref_len else math.exp(1 - ref_len / hyp_len)
    return bp * math.exp(math.fsum(logs))


def cxr_bleu2_per_report(
    predictions: Sequence[str], references: Sequence[str | Sequence[str]]
) -> list[float]:
    """Per-report BLEU-2 of CXR-Report-Metric (its tokenizer, NLTK smoothing method 1)."""
    check_pairs(predictions, references)
    refs = as_reference_lists(references)
    return [
        _bleu2_method1(cxr_metric_tokens(p), [cxr_metric_tokens(r) for r in rs])
        for p, rs in zip(predictions, refs, strict=True)
    ]


def cxr_bleu2(predictions: Sequence[str], references: Sequence[str | Sequence[str]]) -> float:
    """Mean per-report BLEU-2 in the CXR-Report-Metric convention."""
    scores = cxr_bleu2_per_report(predictions, references)
    return math.fsum(scores) / len(scores) if scores else float("nan")


def coco_bleu_stats(
    predictions: Sequence[str], references: Sequence[str | Sequence[str]], n: int = 4
) -> np.ndarray:
    """Per-report sufficient statistics ``[N, 2n + 2]``: correct[n], guess[n], testlen, reflen.

    Sums of any subset of rows give that subset's corpus BLEU through :func:`coco_bleu_from_stats`
    (used for paired bootstrap resampling).
    """
    check_pairs(predictions, references)
    rows = []
    for p, rs in zip(predictions, as_reference_lists(references), strict=True):
        s = bleu_stats(coco_bleu_tokens(p), [coco_bleu_tokens(r) for r in rs], n)
        rows.append([*s.correct, *s.guess, s.testlen, s.reflen])
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), 2 * n + 2)


def coco_bleu_from_stats(totals: np.ndarray, n: int = 4) -> np.ndarray:
    """Vectorised pycocoevalcap corpus BLEU from summed statistics ``[..., 2n + 2]`` -> ``[..., n]``."""
    correct, guess = totals[..., :n], totals[..., n : 2 * n]
    testlen, reflen = totals[..., 2 * n], totals[..., 2 * n + 1]
    ratios = np.cumprod((correct + _TINY) / (guess + _SMALL), axis=-1)
    scores = ratios ** (1.0 / np.arange(1, n + 1))
    ratio = (testlen + _TINY) / (reflen + _SMALL)
    with np.errstate(divide="ignore", over="ignore"):
        bp = np.where(ratio < 1, np.exp(1 - 1 / ratio), 1.0)
    return scores * bp[..., None]

"""CIDEr-D as pycocoevalcap 1.2 computes it (its ``Cider`` scorer, the coco-caption CIDEr-D).

Per report: n-grams of orders 1..4 over whitespace tokens, each weighted by tf-idf with document
frequencies counted over the *references of the whole corpus* (``idf = log(N) - log(max(1, df))``);
per order, the cosine of the hypothesis and each reference vector with the hypothesis weights
clipped at the reference's (``min(h, r) * r``), times a Gaussian length penalty
``exp(-delta^2 / (2 sigma^2))`` with ``sigma = 6``; averaged over orders and references, times 10.
The corpus value is the mean over reports.

pycocoevalcap's quirks are kept, since papers report its numbers: ``delta`` is the difference of
the *bigram* counts of hypothesis and reference (its length counter sits on the order-2 vectors),
and n-grams of the hypothesis that no reference has get ``df = 0`` and hence the full ``log(N)``.

Because the idf depends on the whole corpus, a per-report CIDEr-D is a share of one corpus
computation; bootstrap intervals resample these per-report values with the idf held fixed.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from slava_lightning.evaluation.metrics._common import as_reference_lists, check_pairs
from slava_lightning.evaluation.metrics.bleu import _ngram_counts
from slava_lightning.evaluation.metrics.tokenize import whitespace_tokens

__all__ = ["cider_d", "cider_d_per_report"]

_Vector = tuple[list[dict], list[float], int]


def _counts(text: str, n: int) -> list[Counter]:
    tokens = whitespace_tokens(text)
    return [_ngram_counts(tokens, k) for k in range(1, n + 1)]


def _vector(counts: list[Counter], idf: dict, log_n: float) -> _Vector:
    vec, norms = [], []
    weight = idf.get
    for order in counts:
        # an n-gram in no reference has df = 0, so log(max(1, df)) = 0 and the weight is log(N)
        weights = {gram: tf * weight(gram, log_n) for gram, tf in order.items()}
        vec.append(weights)
        norms.append(math.hypot(*weights.values()))
    bigrams = sum(counts[1].values()) if len(counts) > 1 else 0
    return vec, norms, bigrams


def _similarity(hyp: _Vector, ref: _Vector, sigma: float) -> float:
    (vh, nh, lh), (vr, nr, lr) = hyp, ref
    penalty = math.exp(-(float(lh - lr) ** 2) / (2 * sigma**2))
    total = 0.0
    for k in range(len(vh)):
        h, r = vh[k], vr[k]
        # n-grams missing from the reference add min(h, 0) * 0 = 0: only shared ones count
        val = sum([min(h[gram], r[gram]) * r[gram] for gram in h.keys() & r.keys()])
        if nh[k] != 0 and nr[k] != 0:
            val /= nh[k] * nr[k]
        total += val * penalty
    return total


def cider_d_per_report(
    predictions: Sequence[str],
    references: Sequence[str | Sequence[str]],
    n: int = 4,
    sigma: float = 6.0,
) -> list[float]:
    """Per-report CIDEr-D (pycocoevalcap convention); idf from this corpus's references.

    Raises:
        ValueError: mismatched or empty inputs, ``n < 1`` or ``sigma <= 0``.
    """
    check_pairs(predictions, references)
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    if sigma <= 0:
        raise ValueError(f"sigma must be > 0, got {sigma}")
    if len(predictions) == 0:
        raise ValueError("CIDEr-D needs at least one report pair (its idf is log of their number)")
    refs = [[_counts(r, n) for r in group] for group in as_reference_lists(references)]
    df: Counter = Counter()
    for group in refs:
        df.update({gram for counts in group for order in counts for gram in order})
    log_n = math.log(float(len(refs)))
    idf = {gram: log_n - math.log(max(1.0, float(d))) for gram, d in df.items()}
    scores = []
    for pred, group in zip(predictions, refs, strict=True):
        hyp = _vector(_counts(pred, n), idf, log_n)
        total = sum(_similarity(hyp, _vector(r, idf, log_n), sigma) for r in group)
        scores.append(total / n / len(group) * 10.0)
    return scores


def cider_d(
    predictions: Sequence[str],
    references: Sequence[str | Sequence[str]],
    n: int = 4,
    sigma: float = 6.0,
) -> float:
    """Corpus CIDEr-D: the mean of :func:`cider_d_per_report`.

    Examples:
        >>> cider_d(["no acute disease", "heart normal"], ["no acute disease", "lungs clear"])
        3.75
    """
    scores = cider_d_per_report(predictions, references, n, sigma)
    return math.fsum(scores) / len(scores)

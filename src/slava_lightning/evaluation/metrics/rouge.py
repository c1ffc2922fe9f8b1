"""ROUGE-L in two named conventions.

* ``"coco"`` (pycocoevalcap 1.2, R2Gen): tokens by ``split(" ")``, per report
  ``F = (1 + b^2) P R / (R + b^2 P)`` with ``b = 1.2`` (max P and max R over references),
  averaged over reports.
* ``"rouge_score"`` (Google's rouge-score, ``rougeL``, no stemmer): its alphanumeric tokenizer,
  ``F = 2 P R / (P + R)``, best F over references, averaged over reports.

The longest common subsequence is computed bit-parallel (Hyyrö 2004) on Python integers: one
integer operation per token of the second sequence instead of a Python loop per DP cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from slava_lightning.evaluation.metrics._common import as_reference_lists, check_pairs
from slava_lightning.evaluation.metrics.tokenize import coco_rouge_tokens, rouge_score_tokens

__all__ = ["CONVENTIONS", "lcs_length", "rouge_l", "rouge_l_per_report"]

COCO_BETA = 1.2


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of two token sequences."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    masks: dict[str, int] = {}
    for i, token in enumerate(a):
        masks[token] = masks.get(token, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    get = masks.get
    for token in b:
        u = v & get(token, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def _coco_f(hyp: list[str], refs: list[list[str]]) -> float:
    prec, rec = [], []
    for ref in refs:
        lcs = lcs_length(ref, hyp)
        prec.append(lcs / float(len(hyp)))
        rec.append(lcs / float(len(ref)))
    p, r = max(prec), max(rec)
    if p != 0 and r != 0:
        return ((1 + COCO_BETA**2) * p * r) / float(r + COCO_BETA**2 * p)
    return 0.0


def _rouge_score_f(hyp: list[str], refs: list[list[str]]) -> float:
    best = 0.0
    for ref in refs:
        if not ref or not hyp:
            f = 0.0
        else:
            lcs = lcs_length(ref, hyp)
            p, r = lcs / len(hyp), lcs / len(ref)
            f = 2 * p * r / (p + r) if p + r > 0 else 0.0
        best = max(best, f)
    return best


CONVENTIONS: dict[str, tuple[Callable[[str], list[str]], Callable[..., float]]] = {
    "coco": (coco_rouge_tokens, _coco_f),
    "rouge_score": (rouge_score_tokens, _rouge_score_f),
}


def rouge_l_per_report(
    predictions: Sequence[str],
    references: Sequence[str | Sequence[str]],
    convention: str = "coco",
) -> list[float]:
    """Per-report ROUGE-L F in the named convention (``"coco"`` or ``"rouge_score"``)."""
    if convention not in CONVENTIONS:
        raise ValueError(f"convention must be one of {sorted(CONVENTIONS)}, got {convention!r}")
    check_pairs(predictions, references)
    tokenize, score = CONVENTIONS[convention]
    refs = as_reference_lists(references)
    return [
        score(tokenize(p), [tokenize(r) for r in rs])
        for p, rs in zip(predictions, refs, strict=True)
    ]


def rouge_l(
    predictions: Sequence[str],
    references: Sequence[str | Sequence[str]],
    convention: str = "coco",
) -> float:
    """Mean ROUGE-L F over reports in the named convention.

    Examples:
        >>> round(rouge_l(["a b c"], ["a c"], convention="rouge_score"), 4)
        0.8
    """
    scores = rouge_l_per_report(predictions, references, convention)
    return float(np.mean(np.array(scores))) if scores else float("nan")

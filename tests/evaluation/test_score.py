"""``slava-score``: file reading, id matching, table, JSON output, parity of what it writes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from slava_lightning.evaluation.io import pair_reports, read_reports
from slava_lightning.evaluation.score import main

ANNOTATION = (
    Path(__file__).resolve().parents[2].parent / "shared/data/iu_xray/r2gen_annotation.dev.json"
)


@pytest.fixture(scope="module")
def iu_pairs():
    """Findings of IU-Xray study i (prediction) against study i + 1 (reference)."""
    if not ANNOTATION.is_file():
        pytest.skip(f"IU-Xray annotation not found at {ANNOTATION}")
    reports = [row["report"] for row in json.loads(ANNOTATION.read_text())["val"]]
    return reports[:-1], reports[1:]


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def _write_csv(path, rows):
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "text"])
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def files(tmp_path, iu_pairs):
    preds, refs = iu_pairs[0][:50], iu_pairs[1][:50]
    ids = [f"s{i}" for i in range(50)]
    p, r = tmp_path / "preds.jsonl", tmp_path / "refs.csv"
    _write_jsonl(p, [{"id": i, "text": t} for i, t in zip(ids, preds, strict=True)])
    # references in another order: matching is by id
    _write_csv(r, [{"id": i, "text": t} for i, t in reversed(list(zip(ids, refs, strict=True)))])
    return p, r, ids, preds, refs


def test_scores_equal_reference_packages(files, tmp_path, capsys):
    from pycocoevalcap.bleu.bleu import Bleu
    from pycocoevalcap.rouge.rouge import Rouge
    from rouge_score import rouge_scorer

    p, r, ids, preds, refs = files
    out = tmp_path / "scores.json"
    metrics = ["bleu", "rougeL_coco", "rougeL", "bertscore"]
    assert (
        main(
            ["--predictions", str(p), "--references", str(r), "--metrics", *metrics, "-o", str(out)]
        )
        == 0
    )
    printed = capsys.readouterr()
    assert "bleu4" in printed.out and "skipped bertscore" in printed.err
    data = json.loads(out.read_text())
    gts = {i: [t] for i, t in zip(ids, refs, strict=True)}
    res = {i: [t] for i, t in zip(ids, preds, strict=True)}
    bleu, _ = Bleu(4).compute_score(gts, res, verbose=0)
    np.testing.assert_allclose([data["corpus"][f"bleu{k}"] for k in range(1, 5)], bleu, atol=1e-12)
    assert data["corpus"]["rougeL_coco"] == pytest.approx(
        Rouge().compute_score(gts, res)[0], abs=1e-12
    )
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    assert data["per_report"]["s7"]["rougeL"] == pytest.approx(
        scorer.score(refs[7], preds[7])["rougeL"].fmeasure, abs=1e-12
    )
    assert data["n_reports"] == 50 and "bertscore" in data["skipped"]


def test_bootstrap_writes_intervals(files, tmp_path):
    p, r, *_ = files
    out = tmp_path / "ci.json"
    args = [
        "--predictions",
        str(p),
        "--references",
        str(r),
        "--metrics",
        "bleu2_cxr",
        "--bootstrap",
        "100",
        "-o",
        str(out),
    ]
    assert main(args) == 0
    ci = json.loads(out.read_text())["ci"]["bleu2_cxr"]
    assert ci["low"] <= ci["high"] and ci["n_resamples"] == 100 and ci["confidence"] == 0.95


def test_missing_and_duplicated_ids(tmp_path, capsys):
    p, r = tmp_path / "p.jsonl", tmp_path / "r.jsonl"
    _write_jsonl(p, [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}])
    _write_jsonl(r, [{"id": "a", "text": "x"}, {"id": "c", "text": "y"}])
    assert main(["--predictions", str(p), "--references", str(r)]) == 2
    assert "id 'c' has no entry in predictions" in capsys.readouterr().err
    _write_jsonl(r, [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}])
    assert main(["--predictions", str(p), "--references", str(r)]) == 2
    assert "duplicated id 'a'" in capsys.readouterr().err
    with pytest.raises(ValueError, match="id 'b' has no entry in references"):
        pair_reports({"a": "x", "b": "y"}, {"a": "x"})


def test_read_reports_errors(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:1: missing field 'text'"):
        read_reports(bad)
    other = tmp_path / "x.txt"
    other.write_text("a")
    with pytest.raises(ValueError, match="unknown format"):
        read_reports(other)
    custom = tmp_path / "c.jsonl"
    custom.write_text('{"question_id": 3, "answer": "ok"}\n')
    assert read_reports(custom, "question_id", "answer") == {"3": "ok"}


def test_unknown_metric(files, capsys):
    p, r, *_ = files
    assert main(["--predictions", str(p), "--references", str(r), "--metrics", "spice"]) == 2
    assert "unknown metric 'spice'" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_empty_inputs_are_refused(tmp_path, capsys, suffix):
    p, r = tmp_path / f"p{suffix}", tmp_path / f"r{suffix}"
    p.write_text("")
    r.write_text("\n\n" if suffix == ".jsonl" else "id,text\n")
    assert main(["--predictions", str(p), "--references", str(r)]) == 2
    captured = capsys.readouterr()
    assert f"{p}: no report records" in captured.err
    assert "nan" not in captured.out + captured.err and captured.out == ""
    _write_jsonl(tmp_path / "one.jsonl", [{"id": "a", "text": "no effusion"}])
    assert main(["--predictions", str(tmp_path / "one.jsonl"), "--references", str(r)]) == 2
    assert f"{r}: no report records" in capsys.readouterr().err


def test_empty_prediction_text_is_scored_and_counted(tmp_path, capsys):
    p, r = tmp_path / "p.jsonl", tmp_path / "r.jsonl"
    _write_jsonl(p, [{"id": "a", "text": ""}, {"id": "b", "text": "no acute disease"}])
    _write_jsonl(r, [{"id": "a", "text": "heart size normal"}, {"id": "b", "text": "no disease"}])
    out = tmp_path / "s.json"
    assert main(["--predictions", str(p), "--references", str(r), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "1 of 2 predictions" in captured.err and "nan" not in captured.out
    per = json.loads(out.read_text())["per_report"]
    assert per["a"]["rougeL"] == 0.0 and per["a"]["meteor"] == 0.0 and per["b"]["rougeL"] > 0


def test_files_without_a_common_id_are_refused(tmp_path, capsys):
    p, r = tmp_path / "p.jsonl", tmp_path / "r.jsonl"
    _write_jsonl(p, [{"id": "1", "text": "x"}])
    _write_jsonl(r, [{"id": "study-1", "text": "x"}])
    assert main(["--predictions", str(p), "--references", str(r)]) == 2
    err = capsys.readouterr().err
    assert "no report pairs" in err and str(p) in err and str(r) in err and "--id-field" in err

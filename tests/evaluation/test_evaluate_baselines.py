"""slava-eval on MIMIC-CXR with its own CheXpert label file, and baselines scored from their
prediction files through the same items, scores and tables."""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from slava_lightning.evaluation.evaluate import main
from slava_lightning.evaluation.label_file import read_chexpert_label_file
from slava_lightning.evaluation.metrics.labels_auc import label_auc
from slava_lightning.observations import CHEXPERT_OBSERVATIONS

FINDINGS = {
    "50000001": "There is a large right pleural effusion.",
    "50000002": "The heart is enlarged. No pleural effusion.",
    "50000003": "Lungs are clear. No pneumothorax.",
    "50000004": "Moderate cardiomegaly with pulmonary edema.",
}
PREDICTIONS = {
    "s50000001": "Small left pleural effusion.",
    "s50000002": "Cardiomegaly. No effusion.",
    "s50000003": "There is a right pneumothorax.",
    "s50000004": "The heart is enlarged.",
}
#: The file's labels (some deliberately unlike what the labeler reads from FINDINGS).
LABELS = {
    "50000001": {"Pleural Effusion": "1.0", "No Finding": ""},
    "50000002": {"Cardiomegaly": "1.0", "Pleural Effusion": "0.0"},
    "50000003": {"No Finding": "1.0", "Pneumothorax": "-1.0"},
    "50000004": {"Cardiomegaly": "1.0", "Edema": "1.0", "Pleural Effusion": "1.0"},
}


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows([header, *rows])
    return buf.getvalue()


@pytest.fixture
def mimic(tmp_path: Path) -> tuple[Path, Path]:
    """A MIMIC-CXR-JPG tree of four test studies and its CheXpert label file (gzipped)."""
    root = tmp_path / "mimic-cxr-jpg"
    split, meta, labels = [], [], []
    for n, study in enumerate(FINDINGS):
        subject = f"1000000{n}"
        folder = root / "files" / f"p{subject[:2]}" / f"p{subject}"
        (folder / f"s{study}").mkdir(parents=True)
        Image.new("L", (40, 40), 100 + 20 * n).save(folder / f"s{study}" / f"d{n}.jpg")
        (folder / f"s{study}.txt").write_text(
            f" FINDINGS: {FINDINGS[study]}\n IMPRESSION: See findings.\n"
        )
        split.append([f"d{n}", study, subject, "test"])
        meta.append([f"d{n}", subject, study, "PA"])
        labels.append([subject, study, *(LABELS[study].get(o, "") for o in CHEXPERT_OBSERVATIONS)])
    (root / "mimic-cxr-2.0.0-split.csv").write_text(
        _csv(["dicom_id", "study_id", "subject_id", "split"], split)
    )
    (root / "mimic-cxr-2.0.0-metadata.csv").write_text(
        _csv(["dicom_id", "subject_id", "study_id", "ViewPosition"], meta)
    )
    label_file = tmp_path / "mimic-cxr-2.0.0-chexpert.csv.gz"
    label_file.write_bytes(
        gzip.compress(_csv(["subject_id", "study_id", *CHEXPERT_OBSERVATIONS], labels).encode())
    )
    return root, label_file


def _predictions(path: Path, ids: dict[str, str]) -> Path:
    path.write_text(
        "".join(json.dumps({"question_id": k, "text": v}) + "\n" for k, v in ids.items())
    )
    return path


def _args(root: Path, out: Path, *extra: str) -> list[str]:
    return ["--dataset", "mimic-cxr", "--root", str(root), "--tasks", "generation",
            "--no-wandb", "--output-dir", str(out), *extra]  # fmt: skip


def test_auc_against_mimics_own_label_file(mimic: tuple[Path, Path], tmp_path: Path) -> None:
    from slava_lightning.evaluation.chexpert import label_reports

    root, label_file = mimic
    preds = _predictions(tmp_path / "tinygpt-v.jsonl", PREDICTIONS)
    out = tmp_path / "eval"
    code = main(_args(root, out, "--predictions", str(preds), "--chexpert-labels",
                      str(label_file), "--metrics", "chexpert_auc", "rougeL_coco"))  # fmt: skip
    assert code == 0
    scores = json.loads((out / "scores.json").read_text())
    entry = scores["tasks"]["generation"]
    assert scores["model_id"] == "tinygpt-v"
    rows = label_reports(list(PREDICTIONS.values()))
    predicted = [[math.nan if r[o] is None else r[o] for o in CHEXPERT_OBSERVATIONS] for r in rows]
    table = read_chexpert_label_file(label_file)
    given = [table[s] for s in FINDINGS]
    want = label_auc(np.array(predicted), np.array(given))["mean"]
    assert entry["corpus"]["chexpert_auc"] == pytest.approx(want)
    # ... which is not what labelling the reference Findings gives
    refs = label_reports(list(FINDINGS.values()))
    labelled = [[math.nan if r[o] is None else r[o] for o in CHEXPERT_OBSERVATIONS] for r in refs]
    assert label_auc(np.array(predicted), np.array(labelled))["mean"] != pytest.approx(want)
    written = [json.loads(x) for x in (out / "generation.jsonl").read_text().splitlines()]
    assert [r["question_id"] for r in written] == [f"s{s}/report" for s in FINDINGS]
    assert [r["text"] for r in written] == list(PREDICTIONS.values())


def test_prediction_files_are_checked(mimic: tuple[Path, Path], tmp_path: Path, capsys) -> None:
    root, _ = mimic
    partial = _predictions(tmp_path / "p.jsonl", dict(list(PREDICTIONS.items())[:3]))
    assert main(_args(root, tmp_path / "a", "--predictions", str(partial))) == 2
    err = capsys.readouterr().err
    assert "no record for 1 of 4 generation item(s), e.g. ['s50000004/report']" in err
    two = ["--tasks", "generation", "summarization", "--predictions", str(partial)]
    assert main(_args(root, tmp_path / "b", *two)) == 2
    assert "gives 1 file(s) for 2 task(s)" in capsys.readouterr().err
    both = ["--predictions", str(partial), "--preset", "tiny"]
    assert main(_args(root, tmp_path / "c", *both)) == 2
    assert "--predictions replaces the model" in capsys.readouterr().err


def test_a_bad_label_value_names_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "labels.csv"
    row = ["1", "5", *(["2.0"] + [""] * (len(CHEXPERT_OBSERVATIONS) - 1))]
    bad.write_text(_csv(["subject_id", "study_id", *CHEXPERT_OBSERVATIONS], [row]))
    with pytest.raises(ValueError, match=r"labels.csv:2: column 'No Finding' is '2.0'"):
        read_chexpert_label_file(bad)
    bad.write_text("subject_id,study_id\n1,5\n")
    with pytest.raises(ValueError, match=r"missing column\(s\) \['No Finding'"):
        read_chexpert_label_file(bad)

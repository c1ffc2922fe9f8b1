"""MIMIC-CXR-JPG reader on a tiny fake tree in the official layout."""

from __future__ import annotations

import csv
import gzip
import io
import logging
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest
from PIL import Image

from slava_lightning.data import MimicCXRDataModule, load_mimic_cxr
from slava_lightning.data.mimic_cxr import parse_mimic_report
from slava_lightning.data.skips import RecordError

META_COLUMNS = [
    "dicom_id", "subject_id", "study_id", "PerformedProcedureStepDescription", "ViewPosition",
    "Rows", "Columns", "StudyDate", "StudyTime", "ProcedureCodeSequence_CodeMeaning",
    "ViewCodeSequence_CodeMeaning", "PatientOrientationCodeSequence_CodeMeaning",
]  # fmt: skip

REPORT_1 = """                                 FINAL REPORT
 EXAMINATION:  CHEST (PA AND LAT)

 INDICATION:  ___F with new onset ascites  // eval for infection

 COMPARISON:  None.

 FINDINGS:

 There is no focal consolidation, pleural effusion or pneumothorax.  The
 cardiomediastinal silhouette is normal.

 IMPRESSION:

 No acute cardiopulmonary process.

 RECOMMENDATION(S):  Follow-up as clinically indicated.
"""
REPORT_2 = """ WET READ: ___ ___ 2:14 PM
 Findings :   Mild pulmonary
   vascular congestion.
 Impression: Mild congestion,
 unchanged.
 NOTIFICATION:  Discussed with Dr. ___ at 3 pm.
"""
REPORT_3 = """ FINAL REPORT
 HISTORY: Cough.
 FINDINGS  AND   IMPRESSION:  Lungs are clear. No effusion.
"""
# (subject, study, official split, [(dicom, ViewPosition, image written?)], report text or None)
STUDIES = [
    ("10000032", "50414267", "train", [("d1", "PA", True), ("d2", "LATERAL", True)], REPORT_1),
    ("10000764", "57375967", "validate", [("d3", "AP", True)], REPORT_2),
    ("11000011", "51234567", "test", [("d4", "PA", True)], REPORT_3),
    ("12000022", "52222222", "train", [("d5", "PA", False), ("d6", "LL", True)], REPORT_1),
    ("13000033", "53333333", "test", [("d7", "PA", True)], None),
    ("14000044", "54444444", "test", [("d8", "LATERAL", True)], REPORT_2),
]


def _jpeg(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("L", (24, 20), 128).save(path, format="JPEG")


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    """``(root, reports)``: gzipped split CSV, plain metadata CSV, JPEGs; reports elsewhere."""
    root, reports = tmp_path / "mimic-cxr-jpg", tmp_path / "mimic-cxr-reports"
    split_rows, meta_rows = [], []
    for subject, study, split, views, report in STUDIES:
        study_dir = Path("files") / f"p{subject[:2]}" / f"p{subject}" / f"s{study}"
        for dicom, view, written in views:
            split_rows.append([dicom, study, subject, split])
            meta_rows.append([dicom, subject, study, "CHEST", view, "20", "24", "", "", "", "", ""])
            if written:
                _jpeg(root / study_dir / f"{dicom}.jpg")
        if report is not None:
            path = reports / study_dir.with_suffix(".txt")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(report)
    split_csv = _csv_text(["dicom_id", "study_id", "subject_id", "split"], split_rows)
    with gzip.open(root / "mimic-cxr-2.0.0-split.csv.gz", "wt") as handle:
        handle.write(split_csv)
    (root / "mimic-cxr-2.0.0-metadata.csv").write_text(_csv_text(META_COLUMNS, meta_rows))
    return root, reports


def _image(root: Path, subject: str, study: str, dicom: str) -> str:
    return str(root / "files" / f"p{subject[:2]}" / f"p{subject}" / f"s{study}" / f"{dicom}.jpg")


def test_parse_sections_with_varied_headers():
    one = parse_mimic_report(REPORT_1)
    assert one["findings"] == (
        "There is no focal consolidation, pleural effusion or pneumothorax. The "
        "cardiomediastinal silhouette is normal."
    )
    assert one["impression"] == "No acute cardiopulmonary process."
    assert one["indication"] == "___F with new onset ascites // eval for infection"
    assert one["comparison"] == "None."
    assert one["recommendation"] == "Follow-up as clinically indicated."
    two = parse_mimic_report(REPORT_2)
    assert two["findings"] == "Mild pulmonary vascular congestion."
    assert two["impression"] == "Mild congestion, unchanged."  # ends at NOTIFICATION:
    assert two["notification"] == "Discussed with Dr. ___ at 3 pm."
    three = parse_mimic_report(REPORT_3)
    assert three["findings"] == three["findings_and_impression"] == "Lungs are clear. No effusion."
    assert "impression" not in three
    # an unknown ALL-CAPS header ends a section; a lower-case sentence with a colon does not
    four = parse_mimic_report("impressions:  A: stable.\nNote that: x\nPORTABLE CHEST: y\n")
    assert four == {"impression": "A: stable. Note that: x", "portable_chest": "y"}
    assert parse_mimic_report("No headers at all.") == {}


def test_counts_splits_frontal_selection_and_skips(tree):
    root, reports = tree
    skips = []
    studies = load_mimic_cxr(root, reports=reports, on_error=skips.append)
    assert [s.id for s in studies] == ["s50414267", "s57375967", "s51234567"]
    assert [s.metadata["split"] for s in studies] == ["train", "val", "test"]
    first = studies[0]
    assert first.images == [_image(root, "10000032", "50414267", "d1")]
    assert first.metadata["view_positions"] == ["PA"] and first.metadata["dicom_ids"] == ["d1"]
    assert first.metadata["findings"] == parse_mimic_report(REPORT_1)["findings"]
    assert first.turns[1].text == first.metadata["findings"]
    assert first.metadata["impression"] == "No acute cardiopulmonary process."
    assert first.metadata["report_file"].endswith("p10/p10000032/s50414267.txt")
    assert studies[1].metadata["view_positions"] == ["AP"]
    assert studies[2].metadata["impression"] == ""
    assert sorted((k.field, k.reason, Path(k.file).name) for k in skips) == [
        ("image", "file not found", "d5.jpg"),
        ("report", "file not found", "s53333333.txt"),
    ]
    assert {k.id for k in skips} == {"s52222222/d5", "s53333333"}


def test_split_filter_and_official_names(tree, caplog):
    root, reports = tree
    with caplog.at_level(logging.WARNING, logger="slava_lightning.data.mimic_cxr"):
        assert [s.id for s in load_mimic_cxr(root, "train", reports)] == ["s50414267"]
    assert (
        "1 record(s) (image: 1; by reason: file not found: 1)" in caplog.text
        and "d5.jpg: file not found" in caplog.text
    )
    val = load_mimic_cxr(root, "validate", reports, on_error=lambda s: None)
    assert [s.id for s in val] == ["s57375967"]
    assert [s.id for s in load_mimic_cxr(root, "val", reports)] == ["s57375967"]
    train = load_mimic_cxr(root, "train", reports, on_error=lambda s: None)
    assert [s.id for s in train] == ["s50414267"]


def test_frontal_and_lateral_views(tree):
    root, reports = tree
    studies = {s.id: s for s in load_mimic_cxr(root, None, reports, frontal_only=False)}
    assert set(studies) == {"s50414267", "s57375967", "s51234567", "s52222222", "s54444444"}
    assert studies["s50414267"].images == [
        _image(root, "10000032", "50414267", "d1"),
        _image(root, "10000032", "50414267", "d2"),
    ]
    assert studies["s50414267"].turns[0].text.count("<image>") == 2
    assert studies["s52222222"].metadata["view_positions"] == ["LL"]  # its PA file is missing
    only_ap = load_mimic_cxr(root, None, reports, frontal_views=["ap"], on_error=lambda s: None)
    assert [s.id for s in only_ap] == ["s57375967"]


def test_strict_errors_name_the_file(tree):
    root, reports = tree
    with pytest.raises(RecordError, match=r"field 'image'.*d5\.jpg.*file not found"):
        load_mimic_cxr(root, "train", reports, strict=True)
    with pytest.raises(RecordError, match=r"field 'report'.*s53333333\.txt"):
        load_mimic_cxr(root, "test", reports, strict=True)
    assert len(load_mimic_cxr(root, "val", reports, strict=True)) == 1


def test_datamodule_tasks_and_empty_sections(tree, tokenizer, processing):
    root, reports = tree
    dm = MimicCXRDataModule(str(root), str(reports), frontal_only=False, batch_size=2)
    train = dm.samples("train")
    assert [(s.id, len(s.images)) for s in train] == [
        ("s50414267/report", 1),
        ("s50414267/summary", 1),
        ("s52222222/report", 1),
        ("s52222222/summary", 1),
    ]
    summary = train[1]
    assert "##Findings: " + summary.metadata["findings"] in summary.turns[0].text
    assert summary.turns[1].text == "No acute cardiopulmonary process."
    test = dm.samples("test")
    assert [s.id for s in test] == ["s51234567/report", "s54444444/report", "s54444444/summary"]
    assert sorted((k.id, k.field) for k in dm.read_report.entries) == [
        ("s51234567/summary", "impression"),
        ("s52222222/d5", "image"),
        ("s53333333", "report"),
    ]
    batch = next(iter(dm.attach(tokenizer, processing).train_dataloader()))
    assert tuple(batch["pixel_values"].shape) == (2, 3, 32, 32)
    # repaired image and report: strict mode now stops at the empty Impression, naming the report
    _jpeg(Path(_image(root, "12000022", "52222222", "d5")))
    missing = reports / "files/p13/p13000033/s53333333.txt"
    missing.parent.mkdir(parents=True)
    missing.write_text("FINDINGS: Clear.\n")
    strict = MimicCXRDataModule(str(root), str(reports), strict=True, tasks=["summary"])
    assert [s.id for s in strict.samples("train")] == ["s50414267/summary", "s52222222/summary"]
    with pytest.raises(ValueError, match=r"s51234567/summary.*'impression'.*s51234567\.txt"):
        strict.samples("test")


def test_reports_in_root_and_bad_arguments(tree, tmp_path):
    root, reports = tree
    with pytest.raises(ValueError, match="reports folder"):
        load_mimic_cxr(root, reports=tmp_path / "nope")
    os.rename(reports / "files", root / "files_reports")
    assert len(load_mimic_cxr(root, "val", root / "files_reports")) == 1
    with pytest.raises(ValueError, match="not found"):
        load_mimic_cxr(tmp_path / "missing")
    with pytest.raises(ValueError, match="split must be"):
        load_mimic_cxr(root, "dev")
    with pytest.raises(ValueError, match="max_images"):
        MimicCXRDataModule(str(root), max_images=0)
    with pytest.raises(ValueError, match="tasks"):
        MimicCXRDataModule(str(root), tasks=["caption"])
    (root / "mimic-cxr-2.0.0-metadata.csv").write_text("dicom_id,View\nd1,PA\n")
    with pytest.raises(ValueError, match=r"metadata\.csv.*lacks column.*ViewPosition"):
        load_mimic_cxr(root, reports=reports)
    (root / "mimic-cxr-2.0.0-metadata.csv").unlink()
    with pytest.raises(ValueError, match="metadata.csv.gz nor"):
        load_mimic_cxr(root)
    (root / "mimic-cxr-2.0.0-metadata.csv.gz").write_bytes(b"not gzip")
    with pytest.raises(ValueError, match="unreadable"):
        load_mimic_cxr(root)

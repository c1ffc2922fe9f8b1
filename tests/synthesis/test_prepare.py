"""``slava-prepare``: study records -> RADEX cases and the stage-1/2 corpora."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from slava_lightning.commandline import parse_command
from slava_lightning.data.llava import load_llava
from slava_lightning.data.reports import study_sample
from slava_lightning.synthesis.prepare import PrepareOptions, prepare_corpora
from slava_lightning.synthesis.prepare_cli import DATASETS, MimicCxrSettings, main
from slava_lightning.synthesis.radex.schema import read_cases


def _png(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("L", (16, 16), 100).save(path)
    return str(path)


def _studies(images: Path) -> list:
    return [
        study_sample("s1", [_png(images / "s1.png")], "Mild cardiomegaly. No pleural effusion.",
                     "Cardiomegaly.", {"indication": "Dyspnea.", "split": "train"}),
        study_sample("s2", [_png(images / "s2.png")], "Lungs are clear.", "Normal.",
                     {"indication": "Seen by Dr. John Smith on 12/03/2019.", "split": "test"}),
        study_sample("s3", [str(images / "missing.png")], "Small left effusion.", "Effusion.",
                     {"split": "train"}),
        study_sample("s4", [_png(images / "s4.png")], "", "No acute disease.", {"split": "train"}),
    ]  # fmt: skip


def test_corpora_follow_splits_scrub_and_count_skips(tmp_path: Path) -> None:
    images = tmp_path / "images"
    out = tmp_path / "data"
    stats = prepare_corpora(_studies(images), out, images, PrepareOptions(source="test site"))
    assert stats.as_dict()["written"] == {"cases_train": 1, "cases_val": 1, "stage1": 1,
                                          "stage2": 2}  # fmt: skip
    assert stats.skipped == {"no image file found": 1, "no findings": 1}
    assert stats.phi_masked["name"] == 1 and stats.phi_masked["date"] == 1
    val = read_cases(out / "cases_val.jsonl")
    assert [c.case_id for c in val] == ["s2"]
    assert "John Smith" not in (out / "cases_val.jsonl").read_text()
    assert val[0].images == ("s2.png",) and val[0].source == "test site"
    # The corpora are read by the stage configs' reader with image_folder = out/images.
    assert (out / "images").resolve() == images.resolve()
    captions = load_llava(out / "stage1_alignment.json", out / "images", default_task="caption")
    assert [(s.id, s.task, s.turns[-1].text) for s in captions] == [
        ("s1/caption", "caption", "Mild cardiomegaly. No pleural effusion.")
    ]
    assert Path(captions[0].images[0]).is_file()
    questions = load_llava(out / "stage2_instructions.json", out / "images")
    answers = {s.turns[0].text.split("\n")[-1]: s.turns[-1].text for s in questions}
    assert answers == {
        "Is there cardiomegaly in this chest X-ray?": "Yes.",
        "Is there pleural effusion in this chest X-ray?": "No.",
    }
    assert {s.task for s in questions} == {"instruction"}


def test_rerun_keeps_the_split_and_refuses_a_foreign_images_entry(tmp_path: Path) -> None:
    images = tmp_path / "images"
    studies = [
        study_sample(f"x{k}", [_png(images / f"x{k}.png")], "Clear lungs.", "", {})
        for k in range(40)
    ]
    first = prepare_corpora(studies, tmp_path / "a", images, PrepareOptions(val_fraction=0.3))
    again = prepare_corpora(studies, tmp_path / "b", images, PrepareOptions(val_fraction=0.3))
    assert (tmp_path / "a" / "cases_val.jsonl").read_text() == (
        tmp_path / "b" / "cases_val.jsonl"
    ).read_text()
    assert 0 < first.written["cases_val"] == again.written["cases_val"] < 40
    other = tmp_path / "c"
    (other / "images").mkdir(parents=True)
    with pytest.raises(ValueError, match="exists and is not the image folder"):
        prepare_corpora(studies, other, images)


def _mimic_tree(root: Path) -> None:
    rows, meta = [], []
    for subject, study, split in (
        ("10000032", "50414267", "train"),
        ("10000764", "57375967", "test"),
    ):
        folder = root / "files" / f"p{subject[:2]}" / f"p{subject}" / f"s{study}"
        folder.mkdir(parents=True)
        Image.new("L", (24, 20), 128).save(folder / "d1.jpg", format="JPEG")
        rows.append(["d1", study, subject, split])
        meta.append(["d1", subject, study, "PA"])
        folder.with_suffix(".txt").write_text(
            " INDICATION: Cough.\n FINDINGS: No focal consolidation.\n IMPRESSION: Normal.\n"
        )
    buf = io.StringIO()
    csv.writer(buf).writerows([["dicom_id", "study_id", "subject_id", "split"], *rows])
    with gzip.open(root / "mimic-cxr-2.0.0-split.csv.gz", "wt") as handle:
        handle.write(buf.getvalue())
    buf = io.StringIO()
    csv.writer(buf).writerows([["dicom_id", "subject_id", "study_id", "ViewPosition"], *meta])
    (root / "mimic-cxr-2.0.0-metadata.csv").write_text(buf.getvalue())


def test_cli_mimic_layout_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "mimic"
    _mimic_tree(root)
    out = tmp_path / "data"
    assert main(["mimic-cxr", "--root", str(root), "--out", str(out)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["written"]["cases_train"] == 1 and printed["written"]["cases_val"] == 1
    case = read_cases(out / "cases_train.jsonl")[0]
    assert case.description == "No focal consolidation." and case.discussion == "Normal."
    assert (out / "images" / case.images[0]).is_file()
    assert main(["iu-xray", "--reports", str(tmp_path / "nope.tgz"), "--images", str(root),
                 "--out", str(out)]) == 2  # fmt: skip
    assert "nope.tgz" in capsys.readouterr().err


def test_cli_settings_file_and_a_bad_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "mimic"
    _mimic_tree(root)
    out = tmp_path / "data"
    path = tmp_path / "prepare.yaml"
    path.write_text(json.dumps({"root": str(root), "out": str(out), "source": "site A",
                                "max_images": 1, "no_instructions": True}))  # fmt: skip
    _, settings = parse_command(DATASETS, ["mimic-cxr", "--settings", str(path)], "slava-prepare")
    assert isinstance(settings, MimicCxrSettings) and settings.root == root
    assert (settings.corpus.source, settings.corpus.max_images) == ("site A", 1)
    assert settings.corpus.no_instructions and settings.corpus.out == out
    assert main(["mimic-cxr", "--settings", str(path), "--limit", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["studies"] == 1
    assert read_cases(out / "cases_train.jsonl")[0].source == "site A"
    with pytest.raises(SystemExit) as stop:
        main(["iu-xray", "--reports", "r.tgz", "--images", "i", "--out", "o", "--max-images", "x"])
    assert stop.value.code == 2 and 'key "max_images"' in capsys.readouterr().err
    assert main(["mimic-cxr", "--settings", str(path), "--val-fraction", "1"]) == 2
    assert "val_fraction must be in [0, 1), got 1.0" in capsys.readouterr().err

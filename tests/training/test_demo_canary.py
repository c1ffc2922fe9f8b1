"""The demo recipe end to end, and the learning canary on held-out synthetic phantoms.

One demo run (``slava-fit --config configs/demo.yaml``) is shared by the tests of this module.

Canary thresholds, over the 60 held-out (test split) phantoms of the demo, 6 balanced finding
kinds (chance 1/6):
* with the images, the generated Findings name the planted finding for >= 80% of phantoms;
* with the images blanked (every pixel at the normalisation mean), <= chance + 0.15.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
import torch

from slava_lightning.data.phantoms import named_finding
from slava_lightning.training.cli import main

CONFIG = Path(__file__).resolve().parents[2] / "configs" / "demo.yaml"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    old = Path.cwd()
    os.environ.setdefault("WANDB_MODE", "offline")
    os.environ["SLAVA_CACHE"] = str(root / "cache")
    os.chdir(root)
    try:
        main(["--config", str(CONFIG)])
    finally:
        os.chdir(old)
    return root


def test_named_finding_reads_the_first_sentence():
    assert (
        named_finding("There is a small left pleural effusion. There is no pneumothorax.")
        == "effusion"
    )
    assert named_finding("The heart is enlarged. There is no pleural effusion.") == "cardiomegaly"
    assert named_finding("No acute abnormality. There is no pneumothorax.") == "normal"
    assert named_finding("Lorem ipsum.") == "unknown"


def test_demo_logs_stages_and_loss_terms(demo_run):
    metrics = next((demo_run / "logs" / "demo").glob("version_*/metrics.csv"))
    with open(metrics) as f:
        rows = list(csv.DictReader(f))
    entries = [r for r in rows if r.get("trainable_params/projector")]
    assert [float(r["stage"]) for r in entries] == [0.0, 1.0, 2.0]
    assert float(entries[0]["trainable_params/vision"]) == 0.0
    assert float(entries[0]["trainable_params/language"]) == 0.0
    assert all(float(r["trainable_params/language"]) > 0 for r in entries[1:])
    columns = set(rows[0])
    for term in ("train/loss_step", "train/loss_epoch", "train/loss_caption", "train/loss_instruction",
                 "train/loss_report", "train/loss_summary", "train/loss_reg"):  # fmt: skip
        assert term in columns, term
    assert (demo_run / "logs" / "demo" / "wandb").is_dir()


def test_demo_keeps_every_output_in_its_run_folder(demo_run):
    run = demo_run / "logs" / "demo"
    saved = torch.load(run / "checkpoints" / "last.ckpt", weights_only=False)
    stages = next(v for k, v in saved["callbacks"].items() if k.startswith("Curriculum"))
    assert stages["finished"] and saved["global_step"] == 925  # the final weights
    assert next(run.glob("version_*/config.yaml")).is_file()
    outside = {p.name for p in demo_run.iterdir()} - {"logs", "cache"}
    assert not outside and {p.name for p in (demo_run / "logs").iterdir()} == {"demo"}


def test_learning_canary(demo_run):
    results = json.loads(next((demo_run / "logs" / "demo").glob("version_*/eval.json")).read_text())
    assert results["n"] >= 50
    assert results["finding_accuracy"] >= 0.8
    assert results["finding_accuracy_blank"] <= results["chance"] + 0.15

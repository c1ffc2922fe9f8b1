"""A real slava-radex corpus trains under configs/stage3_reporting.yaml, as a user types it.

slava-radex runs against a loopback OpenAI-compatible server; slava-fit then takes the shipped
stage-3 config with only the model size and the device overridden, and puts every output under the
run folder given by ``--trainer.default_root_dir``.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from slava_lightning.presets import TINY_LM_CONFIGS, TINY_VISION_CONFIGS
from slava_lightning.synthesis.radex.cli import main as radex
from slava_lightning.training.cli import main as fit
from synthesis.conftest import LoopbackLLM, make_cases, write_jsonl

CONFIG = Path(__file__).resolve().parents[2] / "configs" / "stage3_reporting.yaml"
pytestmark = pytest.mark.slow


def tiny_overrides(root: Path) -> list[str]:
    """Model size, device and run length: what a CPU smoke run changes in a shipped config."""
    vision = json.dumps(TINY_VISION_CONFIGS["clip"]["config"])
    lm = json.dumps(TINY_LM_CONFIGS["phi"])
    return [
        "--model.vision_encoder.init_args.path=null",
        f"--model.vision_encoder.init_args.config={vision}",
        "--model.language_model.init_args.path=null",
        f"--model.language_model.init_args.config={lm}",
        "--model.gradient_checkpointing=false", "--model.val_generate=1",
        "--model.max_new_tokens=4", "--trainer.accelerator=cpu", "--trainer.devices=1",
        "--trainer.precision=32-true", "--data.init_args.num_workers=0",
        "--data.init_args.batch_size=4", f"--trainer.default_root_dir={root}",
        # a short run: one epoch, every step logged, two validation batches
        "--trainer.max_epochs=1", "--trainer.log_every_n_steps=1", "--trainer.limit_val_batches=2",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def radex_data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("slava_data")
    cases = make_cases(8)
    for k, case in enumerate(cases):
        for name in case["images"]:  # relative to the config's image_folder, $SLAVA_DATA/images
            path = data / "images" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            pixels = np.random.default_rng(k).integers(0, 255, (40, 40), dtype=np.uint8)
            Image.fromarray(pixels).save(path)
    write_jsonl(data / "cases.jsonl", cases)
    with LoopbackLLM() as server:
        args = ["--cases", str(data / "cases.jsonl"), "--out", str(data / "radex.jsonl"),
                "--backend", "openai", "--model", "tiny", "--base-url", server.base_url,
                "--batch-size", "2", "--seed", "0", "--no-progress"]  # fmt: skip
        assert radex(args) == 0
    shutil.copy(data / "radex.jsonl", data / "radex_val.jsonl")
    return data


def test_radex_corpus_trains_under_the_stage3_config(radex_data, tmp_path, monkeypatch, capsys):
    tasks = {json.loads(line)["task"] for line in (radex_data / "radex.jsonl").open()}
    assert {"report", "summary", "instruction", "conversation"} <= tasks
    monkeypatch.setenv("SLAVA_DATA", str(radex_data))
    monkeypatch.setenv("SLAVA_CLIP_PATH", "unused")  # overridden to a tiny random model
    monkeypatch.setenv("SLAVA_PHI2_PATH", "unused")
    monkeypatch.setenv("WANDB_MODE", "offline")
    monkeypatch.chdir(tmp_path)
    run = tmp_path / "elsewhere" / "run"
    fit(["--config", str(CONFIG), *tiny_overrides(run)])
    printed = capsys.readouterr().out
    # every output in the run folder, and the run says where
    assert (run / "checkpoints" / "last.ckpt").is_file()
    metrics = run / "version_0" / "metrics.csv"
    assert metrics.is_file() and (run / "version_0" / "config.yaml").is_file()
    assert (run / "wandb").is_dir()
    assert f"checkpoint  {run / 'checkpoints' / 'last.ckpt'}" in printed
    assert str(metrics) in printed
    assert not (tmp_path / "runs").exists() and not (tmp_path / "logs").exists()
    rows = list(csv.DictReader(metrics.open()))
    columns = set(rows[0])
    assert {"train/loss_conversation", "val/loss", "val/loss_conversation"} <= columns
    saved = torch.load(run / "checkpoints" / "last.ckpt", weights_only=False)
    assert saved["global_step"] > 0


def test_a_stage_that_cannot_weight_a_task_fails_before_step_one(radex_data, tmp_path, monkeypatch):
    monkeypatch.setenv("SLAVA_DATA", str(radex_data))
    monkeypatch.setenv("SLAVA_CLIP_PATH", "unused")
    monkeypatch.setenv("SLAVA_PHI2_PATH", "unused")
    monkeypatch.setenv("WANDB_MODE", "offline")
    monkeypatch.chdir(tmp_path)
    # the stage table of the previous release: per-task weights that miss RADEX's other tasks
    text = CONFIG.read_text()
    weights = "              report: 1.0\n              instruction: 0.5\n"
    assert weights in text
    config = tmp_path / "stage3_old_weights.yaml"
    config.write_text(text.replace(weights, "              tasks: {report: 1.0, summary: 1.0}\n"))
    with pytest.raises(ValueError) as err:
        fit(["--config", str(config), *tiny_overrides(tmp_path / "run")])
    message = str(err.value)
    assert "stage 'reporting' has no loss weight for ['conversation', 'instruction']" in message
    assert "report: " in message and "summary: " in message and "loss.tasks" in message
    assert not (tmp_path / "run" / "checkpoints").exists(), "failed before any step"

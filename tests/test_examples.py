"""Every script and YAML in examples/ runs offline on CPU and does what it claims."""

from __future__ import annotations

import importlib.util
import json
import math
import os
from pathlib import Path
from types import ModuleType
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "offline")

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LORA = "lora_"


def load_example(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` as a module."""
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_example_is_covered() -> None:
    covered = {
        "classifier_with_components.py", "curriculum_custom_module.py", "score_folder.py",
        "eval_hf_llava.py", "lora_stage3.py", "swap_components.yaml", "wandb_dashboard.json",
    }  # fmt: skip
    assert {p.name for p in EXAMPLES.iterdir() if p.is_file()} == covered


@pytest.mark.slow
def test_classifier_beats_chance_on_held_out_phantoms() -> None:
    aucs = load_example("classifier_with_components").main([])
    # Four observations have both classes in the held-out set; chance AUC is 0.5.
    assert {"Cardiomegaly", "Lung Opacity", "Pneumothorax", "Pleural Effusion"} <= set(aucs)
    assert aucs["macro"] > 0.65


def test_classifier_masks_unmentioned_labels() -> None:
    import torch

    ex = load_example("classifier_with_components")
    logits = torch.tensor([[0.0, 2.0], [1.0, -1.0]])
    labels = torch.tensor([[1.0, float("nan")], [0.0, float("nan")]])
    expected = torch.nn.functional.binary_cross_entropy_with_logits(
        torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])
    )
    assert torch.allclose(ex.masked_bce(logits, labels), expected)
    with pytest.raises(ValueError, match="NaN"):
        ex.masked_bce(logits, torch.full((2, 2), float("nan")))


def test_curriculum_freezes_per_stage_and_changes_lr() -> None:
    rows = load_example("curriculum_custom_module").main([])
    by_stage: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_stage.setdefault(row["stage"], []).append(row)
    assert list(by_stage) == ["head_only", "all"]
    assert len(by_stage["head_only"]) == len(by_stage["all"]) == 4
    for row in by_stage["head_only"]:
        assert row["trainable"] == {"backbone": False, "head": True}
        assert row["lr"] == {"head": 1e-2}
    for row in by_stage["all"]:
        assert row["trainable"] == {"backbone": True, "head": True}
        assert row["lr"] == {"backbone": 1e-3, "head": 5e-3}


def test_score_folder_equals_score_reports(tmp_path: Path) -> None:
    from slava_lightning.evaluation.metrics.suite import score_reports

    ex = load_example("score_folder")
    result = ex.main(["--demo", str(tmp_path)])
    pred = {p.stem: p.read_text() for p in (tmp_path / "predictions").glob("*.txt")}
    ref = {p.stem: p.read_text() for p in (tmp_path / "references").glob("*.txt")}
    ids = sorted(ref)
    expected = score_reports([pred[i] for i in ids], [ref[i] for i in ids], ex.DEFAULT_METRICS)
    assert result.corpus == pytest.approx(expected.corpus)
    assert set(result.corpus) >= {"bleu4", "bleu2_cxr", "rougeL_coco", "rougeL"}
    assert 0 < result.corpus["rougeL_coco"] < 1  # some predictions right, some wrong
    (tmp_path / "predictions" / "study000.txt").unlink()
    with pytest.raises(ValueError, match="without a pair"):
        ex.score_folder(tmp_path / "predictions", tmp_path / "references")
    with pytest.raises(ValueError, match="does not exist"):
        ex.score_folder(tmp_path / "missing", tmp_path / "references")


def test_lora_stage3_trains_only_adapters_and_projector(tmp_path: Path) -> None:
    out = load_example("lora_stage3").main([str(tmp_path), "--steps", "3"])
    changed, lora = out["changed"], out["lora"]
    assert lora and lora <= changed  # every adapter tensor moved
    assert all(n.startswith("model.projector.") for n in changed - lora)
    base_lm = {n for n in out["unchanged"] if n.startswith("model.language_model.")}
    vision = {n for n in out["unchanged"] if n.startswith("model.vision_encoder.")}
    assert base_lm and vision
    assert not any(n.startswith(("model.language_model.", "model.vision_encoder.")) and
                   LORA not in n for n in changed)  # fmt: skip


def test_swap_components_yaml_builds_timm_and_qwen2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slava_lightning.training import cli

    built: list[Any] = []

    class Capturing(cli.SlavaCLI):
        def after_fit(self) -> None:
            built.append(self)

    monkeypatch.setattr(cli, "SlavaCLI", Capturing)
    monkeypatch.chdir(tmp_path)
    cli.main([
        "--config", str(EXAMPLES / "swap_components.yaml"),
        "--data.init_args.cache_dir", str(tmp_path / "phantoms"),
        "--trainer.max_steps", "2", "--trainer.limit_val_batches", "0",
    ])  # fmt: skip
    assert len(built) == 1
    run = built[0]
    model = run.model.model
    from transformers import Qwen2ForCausalLM

    from slava_lightning.components.vision import TimmVisionEncoder

    assert isinstance(model.vision_encoder, TimmVisionEncoder)
    assert type(model.vision_encoder.model).__name__ == "VisionTransformer"
    assert isinstance(model.language_model.model, Qwen2ForCausalLM)
    assert model.projector.in_features == model.vision_encoder.hidden_size
    assert model.projector.out_features == 64
    assert run.trainer.global_step == 2
    metrics = (tmp_path / "logs" / "swap_components" / "version_0" / "metrics.csv").read_text()
    assert "train/loss_report" in metrics.splitlines()[0]


def test_eval_hf_llava_example(tmp_path: Path) -> None:
    scores = load_example("eval_hf_llava").main([str(tmp_path), "--limit", "3"])
    lines = (tmp_path / "eval" / "generation.jsonl").read_text().splitlines()
    assert len(lines) == 3
    record = json.loads(lines[0])
    assert {"question_id", "text", "model_id"} <= set(record)
    corpus = scores["tasks"]["generation"]["corpus"]
    assert math.isfinite(corpus["rougeL_coco"]) and 0 <= corpus["rougeL_coco"] <= 1
    assert (tmp_path / "llava" / "config.json").is_file()
    assert (
        json.loads((tmp_path / "llava" / "config.json").read_text())["text_config"]["model_type"]
        == "llama"
    )


def test_wandb_dashboard_names_logged_keys() -> None:
    import re

    layout = json.loads((EXAMPLES / "wandb_dashboard.json").read_text())
    keys = [
        k for section in layout["sections"] for panel in section["panels"] for k in panel["keys"]
    ]
    # Key shapes written by SlavaModule, Curriculum, ReportEvaluation, LearningRateMonitor
    # (groups named by component), log_report_samples and slava-eval.
    tasks = "(caption|instruction|report|summary)"
    patterns = [
        rf"train/loss(_step|_epoch|_reg|_{tasks})",
        rf"val/loss(_{tasks})?",
        r"stage",
        r"trainable_params/(vision|projector|language)",
        r"lr-AdamW/(vision|projector|language)",
        r"eval/(finding_accuracy|finding_accuracy_blank|chance|bleu2|rougeL|n)",
        r"val/reports",
        r"(generation|summarization)/table",
    ]
    for key in keys:
        assert any(re.fullmatch(p, key) for p in patterns), key

"""A LoRA-trained tiny model: its record, the merge at load, and its exports (transformers Llava,
LLaVA-Phi) against the unmerged model with its adapters active."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
import torch

sys.path.insert(0, str(Path(__file__).parent / "interop"))
from llava_fixtures import PATCHES, expand_image_tokens, prompt_ids

from slava_lightning.adapters import check_lora_record, describe_lora
from slava_lightning.inference.loading import load_source, read_checkpoint_file
from slava_lightning.training.stages import LoraSettings
from slava_test_checkpoints import TrainedRun, train_tiny_checkpoint

#: Phi's attention and MLP layers: the adapters touch every linear layer of a decoder block.
LORA = LoraSettings(r=4, alpha=8, target_modules=("q_proj", "k_proj", "v_proj", "dense", "fc1"))


@pytest.fixture(scope="module")
def lora_run(tmp_path_factory: pytest.TempPathFactory) -> TrainedRun:
    return train_tiny_checkpoint(tmp_path_factory.mktemp("lora"), language="phi", lora=LORA)


@pytest.fixture
def pixels() -> torch.Tensor:
    return torch.randn(1, 3, 32, 32, generator=torch.Generator().manual_seed(1))


def _logits(model: Any, pixels: torch.Tensor) -> torch.Tensor:
    ids = prompt_ids(model)
    with torch.no_grad():
        return model(ids, torch.ones_like(ids), pixels).logits


def test_the_adapters_trained_and_are_recorded(lora_run: TrainedRun) -> None:
    state = read_checkpoint_file(lora_run.ckpt)
    weights = state["state_dict"]
    b = [v for k, v in weights.items() if ".lora_B." in k]
    assert b and all(bool(t.abs().max() > 0) for t in b)  # B starts at zero: it moved
    record = state["slava_artifact"]["lora"]
    assert (record["r"], record["alpha"], record["quantized_base"]) == (4, 8.0, None)
    # two decoder layers x five adapted linears, named inside the transformers model
    assert len(record["modules"]) == 10
    assert "model.layers.0.self_attn.q_proj" in record["modules"]
    assert describe_lora(lora_run.model) == record


def test_a_lora_checkpoint_loads_merged_with_the_adapters_logits(
    lora_run: TrainedRun, pixels: torch.Tensor
) -> None:
    loaded = load_source(checkpoint=lora_run.ckpt)
    names = [n for n, _ in loaded.model.named_parameters()]
    assert not any("lora_" in n or "base_layer" in n for n in names)
    assert loaded.template == "plain"  # the run's own template travels with the merge
    ref = _logits(lora_run.model, pixels)
    torch.testing.assert_close(_logits(loaded.model, pixels), ref, atol=1e-5, rtol=0)
    # the merge is not a no-op: with the adapters switched off the logits differ
    from peft.tuners.tuners_utils import BaseTunerLayer

    layers = [m for m in lora_run.model.modules() if isinstance(m, BaseTunerLayer)]
    for layer in layers:
        layer.enable_adapters(False)
    try:
        unadapted = _logits(lora_run.model, pixels)
    finally:
        for layer in layers:
            layer.enable_adapters(True)
    assert float((unadapted - ref).abs().max()) > 1e-3


def test_convert_to_hf_llava_loads_in_transformers_with_equal_logits(
    lora_run: TrainedRun, pixels: torch.Tensor, tmp_path: Path
) -> None:
    from transformers import LlavaForConditionalGeneration

    from slava_lightning.interop.cli import main

    out = tmp_path / "hf"
    assert main([str(lora_run.ckpt), "--to", "hf-llava", str(out)]) == 0
    hf = LlavaForConditionalGeneration.from_pretrained(out).eval()
    assert not any("lora" in k for k in hf.state_dict())
    model = lora_run.model
    ids = prompt_ids(model)
    hf_ids = expand_image_tokens(ids, model.image_token_id, PATCHES)
    with torch.no_grad():
        ref = _logits(model, pixels)
        theirs = hf(input_ids=hf_ids, attention_mask=torch.ones_like(hf_ids), pixel_values=pixels)
    text = hf_ids[0] != model.image_token_id
    torch.testing.assert_close(theirs.logits[0, text], ref[0, text], atol=1e-5, rtol=0)
    assert json.loads((out / "slava_artifact.json").read_text())["template"]["name"] == "plain"


def test_convert_to_llava_phi_keeps_the_adapters_logits(
    lora_run: TrainedRun, pixels: torch.Tensor, tmp_path: Path
) -> None:
    from slava_lightning.interop import load_llava_phi
    from slava_lightning.interop.cli import main

    out = tmp_path / "phi"
    assert main([str(lora_run.ckpt), "--to", "llava-phi", str(out)]) == 0
    from safetensors import safe_open

    with safe_open(str(out / "model.safetensors"), framework="pt") as fh:
        assert not any("lora" in k or "base_layer" in k for k in fh.keys())  # noqa: SIM118
    again = load_llava_phi(out)
    ref = _logits(lora_run.model, pixels)
    torch.testing.assert_close(_logits(again, pixels), ref, atol=1e-5, rtol=0)


def test_slava_generate_on_a_lora_checkpoint_writes_the_adapted_reports(
    lora_run: TrainedRun, tmp_path: Path
) -> None:
    from slava_lightning.generation import GenerationSettings
    from slava_lightning.inference.cli import main
    from slava_lightning.inference.engine import ReportGenerator, Study

    studies = lora_run.studies_jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    assert main(["--checkpoint", str(lora_run.ckpt), "--input", str(studies),
                 "--output", str(out), "--max-new-tokens", "8"]) == 0  # fmt: skip
    got = {r["question_id"]: r["text"] for r in map(json.loads, out.read_text().splitlines())}
    gen = ReportGenerator(lora_run.model, template="plain")
    items = [Study(i, [lora_run.images[i]]) for i in sorted(lora_run.validation)]
    settings = GenerationSettings(max_new_tokens=8, no_repeat_ngram_size=3)
    want = {r.study.id: r.text for r in gen.generate(items, settings)}
    assert got == want and any(want.values())


def test_lora_weights_without_their_record_are_refused(
    lora_run: TrainedRun, tmp_path: Path
) -> None:
    state = read_checkpoint_file(lora_run.ckpt)
    bare = tmp_path / "weights_only.ckpt"
    torch.save({"state_dict": dict(state["state_dict"])}, bare)
    with pytest.raises(ValueError, match=r"holds LoRA adapters.*run record"):
        load_source(checkpoint=bare, preset="tiny-clip-mlp2x_gelu-phi")


@pytest.mark.parametrize(
    "entry", [{"r": 0, "alpha": 8, "modules": ["a"]}, {"r": 4, "alpha": 8, "modules": []},
              {"r": 4, "alpha": "8", "modules": ["a"]},
              {"r": 4, "alpha": 8, "modules": ["a"], "quantized_base": "int3"}],
)  # fmt: skip
def test_a_malformed_lora_entry_names_the_file(entry: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"^run.ckpt: the record's 'lora' entry needs"):
        check_lora_record(entry, "run.ckpt")


def test_a_qlora_checkpoint_says_why_it_cannot_merge(lora_run: TrainedRun) -> None:
    from slava_lightning.adapters import merge_lora

    record = load_source(checkpoint=lora_run.ckpt).record
    assert record is not None and record.lora is not None
    with pytest.raises(ValueError, match=r"QLoRA run \(4-bit base weights\)"):
        merge_lora(lora_run.model, {**record.lora, "quantized_base": "nf4"}, {}, "q.ckpt")

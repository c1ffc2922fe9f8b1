"""load_llava_phi / save_llava_phi against LLaVA-Phi computed from transformers parts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
from llava_fixtures import LlavaPhiReference, prompt_ids
from safetensors.torch import load_file, save_file

from slava_lightning.interop import load_llava_phi, save_hf_llava, save_llava_phi


def assert_same_as_reference(model: Any, ref: LlavaPhiReference, pixels: torch.Tensor) -> None:
    """Logits at every position within 1e-5 and the same 8 greedy tokens."""
    ids = prompt_ids(model)
    with torch.no_grad():
        ours = model(ids, torch.ones_like(ids), pixels).logits
        expected = ref(ids, model.image_token_id, pixels)
        embeds = ref.splice(ids, model.image_token_id, pixels)
        greedy = ref.phi.generate(
            inputs_embeds=embeds, attention_mask=torch.ones(embeds.shape[:2], dtype=torch.long),
            max_new_tokens=8, do_sample=False, eos_token_id=0, pad_token_id=0,
        )  # fmt: skip
    torch.testing.assert_close(ours, expected, atol=1e-5, rtol=0)
    new = model.generate(ids, torch.ones_like(ids), pixels, max_new_tokens=8)
    assert new.tolist() == greedy.tolist()


@pytest.fixture
def phi_checkpoint(tmp_path: Path) -> Any:
    """``phi_checkpoint(kind)`` -> (folder, reference) for a tiny LLaVA-Phi checkpoint."""

    def make(kind: str = "mlp2x_gelu") -> tuple[Path, LlavaPhiReference]:
        ref = LlavaPhiReference(kind)
        folder = (
            tmp_path / f"SLaVA-CXR-{kind}"
        )  # no "phi" in the name: the layout is read, not guessed
        ref.write(folder)
        return folder, ref

    return make


@pytest.mark.parametrize("kind", ["mlp2x_gelu", "linear"])
def test_load_matches_reference(phi_checkpoint: Any, pixels: torch.Tensor, kind: str) -> None:
    folder, ref = phi_checkpoint(kind)
    model = load_llava_phi(folder)
    assert type(model.projector).__name__ == (
        "MLPProjector" if kind != "linear" else "LinearProjector"
    )
    assert model.image_token_id == 2000  # <image> added after the 2000 tokens, in a spare row
    assert model.language_model.model.get_input_embeddings().weight.shape[0] == 2048
    bias = model.language_model.model.lm_head.bias
    torch.testing.assert_close(bias, ref.phi.lm_head.bias, atol=0, rtol=0)
    assert_same_as_reference(model, ref, pixels)


def test_save_round_trip_keeps_bias(
    phi_checkpoint: Any, pixels: torch.Tensor, tmp_path: Path
) -> None:
    folder, ref = phi_checkpoint()
    model = load_llava_phi(folder)
    out = save_llava_phi(model, tmp_path / "again")
    written = load_file(str(out / "model.safetensors"))
    original = load_file(str(folder / "model.safetensors"))
    assert written.keys() == original.keys()
    assert all(torch.equal(written[k], original[k]) for k in original)
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["model_type"] == "llava_phi" and cfg["rope_theta"] == 10000.0
    assert cfg["vision_config"]["mm_projector"]["mm_projector_type"] == "mlp2x_gelu"
    assert_same_as_reference(load_llava_phi(out), ref, pixels)


def test_hf_llava_export_refuses_a_biased_head(phi_checkpoint: Any, tmp_path: Path) -> None:
    folder, _ = phi_checkpoint()
    with pytest.raises(ValueError, match=r"lm_head\.bias is non-zero"):
        save_hf_llava(load_llava_phi(folder), tmp_path / "llava")


def test_hf_llava_export_of_a_zero_bias_phi(
    phi_checkpoint: Any, pixels: torch.Tensor, tmp_path: Path
) -> None:
    """A zero bias is what Llava computes anyway: the export is exact."""
    from transformers import LlavaForConditionalGeneration

    folder, ref = phi_checkpoint()
    model = load_llava_phi(folder)
    with torch.no_grad():
        model.language_model.model.lm_head.bias.zero_()
    out = save_hf_llava(model, tmp_path / "llava")
    hf = LlavaForConditionalGeneration.from_pretrained(out).eval()
    ids = prompt_ids(model)
    hf_ids = torch.tensor([[t for t in ids[0].tolist() for _ in range(16 if t == 2000 else 1)]])
    with torch.no_grad():
        ours = model(ids, torch.ones_like(ids), pixels).logits
        theirs = hf(input_ids=hf_ids, pixel_values=pixels).logits
    torch.testing.assert_close(ours, theirs, atol=1e-5, rtol=0)


# --------------------------------------------------------------------------- bad input
def _edit(folder: Path, edit: Any) -> None:
    cfg = json.loads((folder / "config.json").read_text())
    edit(cfg)
    (folder / "config.json").write_text(json.dumps(cfg))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda c: c.update(model_type="phi"), "model_type is 'phi', expected 'llava_phi'"),
        (lambda c: c.pop("num_hidden_layers"), r"missing field\(s\) \['num_hidden_layers'\]"),
        (lambda c: c.pop("vision_config"), "'vision_config' must be an object"),
        (
            lambda c: c["vision_config"]["vision_tower"].pop("mm_vision_select_layer"),
            r"vision_config.vision_tower is missing field\(s\) \['mm_vision_select_layer'\]",
        ),
        (
            lambda c: c["vision_config"]["mm_projector"].update(mm_hidden_size=48),
            "mm_hidden_size=48 differs from vision_tower.hidden_size=32",
        ),
        (
            lambda c: c["vision_config"]["mm_projector"].update(hidden_size=32),
            "mm_projector.hidden_size=32 differs from the text hidden_size=64",
        ),
        (
            lambda c: c["vision_config"]["vision_tower"].update(mm_vision_select_feature="cls"),
            "mm_vision_select_feature='cls'",
        ),
        (
            lambda c: c["vision_config"]["mm_projector"].update(mm_projector_type="qformer"),
            "unknown projector kind 'qformer'",
        ),
    ],
)
def test_bad_config(phi_checkpoint: Any, edit: Any, message: str) -> None:
    folder, _ = phi_checkpoint()
    _edit(folder, edit)
    with pytest.raises(ValueError, match=message):
        load_llava_phi(folder)


def test_projector_type_must_match_the_keys(phi_checkpoint: Any) -> None:
    folder, _ = phi_checkpoint("mlp2x_gelu")
    _edit(folder, lambda c: c["vision_config"]["mm_projector"].update(mm_projector_type="linear"))
    with pytest.raises(ValueError) as err:
        load_llava_phi(folder)
    assert "unknown key(s) model.mm_projector.0.bias" in str(err.value)
    assert "missing model key(s) projector.layers.0.bias, projector.layers.0.weight" in str(
        err.value
    )


def test_shape_mismatch_and_missing_bias(phi_checkpoint: Any) -> None:
    folder, _ = phi_checkpoint()
    tensors = load_file(str(folder / "model.safetensors"))
    del tensors["lm_head.bias"]
    tensors["model.final_layernorm.weight"] = torch.ones(63)
    save_file(tensors, str(folder / "model.safetensors"), {"format": "pt"})
    with pytest.raises(ValueError) as err:
        load_llava_phi(folder)
    text = str(err.value)
    assert "missing model key(s) language_model.model.lm_head.bias" in text
    assert "model.final_layernorm.weight [63] (model expects [64])" in text


def test_save_refuses_non_phi(tmp_path: Path) -> None:
    from slava_lightning.presets import build_tiny

    with pytest.raises(ValueError, match="not Phi"):
        save_llava_phi(build_tiny("clip", "mlp2x_gelu", "llama"), tmp_path / "x")
    with pytest.raises(ValueError, match="not a CLIP HFVisionEncoder"):
        save_llava_phi(build_tiny("siglip", "mlp2x_gelu", "phi"), tmp_path / "y")

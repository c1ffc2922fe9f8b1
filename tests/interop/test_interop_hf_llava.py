"""load_hf_llava / save_hf_llava against transformers' own LlavaForConditionalGeneration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
from llava_fixtures import PATCHES, PROMPT, expand_image_tokens, prompt_ids
from safetensors.torch import load_file, save_file

from slava_lightning.interop import load_hf_llava, save_hf_llava

NEW_TOKENS = 32


def assert_same_as_transformers(model: Any, hf: Any, pixels: torch.Tensor) -> None:
    """Logits on every text position within 1e-5, and the same 32 greedy tokens."""
    ids = prompt_ids(model)
    hf_ids = expand_image_tokens(ids, model.image_token_id, PATCHES)
    with torch.no_grad():
        ours = model(ids, torch.ones_like(ids), pixels).logits
        ref = hf(input_ids=hf_ids, attention_mask=torch.ones_like(hf_ids), pixel_values=pixels)
    # Both sequences are expanded; a text token sits at the same position in each.
    text = hf_ids[0] != model.image_token_id
    assert ours.shape == ref.logits.shape
    assert int(text.sum()) == ids.shape[1] - 1
    torch.testing.assert_close(ours[0, text], ref.logits[0, text], atol=1e-5, rtol=0)
    eos = model.tokenizer.eos_token_id
    new = model.generate(ids, torch.ones_like(ids), pixels, max_new_tokens=NEW_TOKENS)
    with torch.no_grad():
        full = hf.generate(
            input_ids=hf_ids, attention_mask=torch.ones_like(hf_ids), pixel_values=pixels,
            max_new_tokens=NEW_TOKENS, do_sample=False, eos_token_id=eos, pad_token_id=eos,
        )  # fmt: skip
    assert new.tolist() == full[:, hf_ids.shape[1] :].tolist()
    assert new.shape[1] == NEW_TOKENS  # the comparison covered all 32 steps


@pytest.mark.parametrize("text", ["llama", "phi"])
def test_load_matches_transformers(llava_dir: Any, pixels: torch.Tensor, text: str) -> None:
    folder, hf = llava_dir(text)
    model = load_hf_llava(folder)
    assert model.vision_encoder.feature_layer == -2 and model.vision_encoder.select == "patch"
    assert model.tokens_per_image == PATCHES
    assert model.image_token_id == hf.config.image_token_index
    assert_same_as_transformers(model, hf, pixels)


@pytest.mark.parametrize("text", ["llama", "phi"])
def test_save_reloads_in_transformers(
    llava_dir: Any, pixels: torch.Tensor, tmp_path: Path, text: str
) -> None:
    from transformers import AutoProcessor, LlavaForConditionalGeneration

    folder, _ = llava_dir(text)
    model = load_hf_llava(folder)
    out = save_hf_llava(model, tmp_path / "export")
    hf = LlavaForConditionalGeneration.from_pretrained(out).eval()
    assert hf.config.vision_feature_select_strategy == "default"
    assert hf.config.image_seq_length == PATCHES
    assert_same_as_transformers(model, hf, pixels)
    # The saved processor expands <image> to one id per patch, as the model expects.
    processor = AutoProcessor.from_pretrained(out)
    image = (torch.rand(3, 40, 48) * 255).to(torch.uint8)
    enc = processor(text=PROMPT, images=image, return_tensors="pt")
    assert int((enc["input_ids"] == model.image_token_id).sum()) == PATCHES
    assert tuple(enc["pixel_values"].shape) == (1, 3, 32, 32)
    # And our loader reads the export back to the same model.
    again = load_hf_llava(out)
    for (k, a), (k2, b) in zip(model.state_dict().items(), again.state_dict().items(), strict=True):
        assert k == k2 and torch.equal(a, b), k


def test_reads_transformers_5_key_layout(llava_dir: Any, pixels: torch.Tensor) -> None:
    """``model.language_model.*`` / ``model.vision_tower.*`` / ``lm_head.*`` (5.x in-memory names)."""
    folder, hf = llava_dir("llama")
    save_file({k: v.contiguous() for k, v in hf.state_dict().items()},
              str(folder / "model.safetensors"), {"format": "pt"})  # fmt: skip
    keys = load_file(str(folder / "model.safetensors")).keys()
    assert any(k.startswith("model.language_model.") for k in keys)
    assert_same_as_transformers(load_hf_llava(folder), hf, pixels)


def test_reads_transformers_4_key_layout(llava_dir: Any, pixels: torch.Tensor) -> None:
    """``language_model.model.*`` / ``vision_tower.vision_model.*`` / ``language_model.lm_head.*``."""
    folder, hf = llava_dir("phi")
    old = {}
    for k, v in hf.state_dict().items():
        if k.startswith("model.vision_tower."):
            k = "vision_tower.vision_model." + k.removeprefix("model.vision_tower.")
        elif k.startswith("model.language_model."):
            k = "language_model.model." + k.removeprefix("model.language_model.")
        elif k.startswith("lm_head."):
            k = "language_model." + k
        else:
            k = k.removeprefix("model.")
        old[k] = v.contiguous()
    save_file(old, str(folder / "model.safetensors"), {"format": "pt"})
    assert_same_as_transformers(load_hf_llava(folder), hf, pixels)


def test_bfloat16(llava_dir: Any) -> None:
    folder, _ = llava_dir("llama")
    model = load_hf_llava(folder, dtype="bfloat16")
    assert {p.dtype for p in model.parameters()} == {torch.bfloat16}


# --------------------------------------------------------------------------- bad input
def _edit_config(folder: Path, edit: Any) -> None:
    cfg = json.loads((folder / "config.json").read_text())
    edit(cfg)
    (folder / "config.json").write_text(json.dumps(cfg))


def test_wrong_path(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="is not a folder"):
        load_hf_llava(tmp_path / "nowhere")
    with pytest.raises(ValueError, match="has no config.json"):
        load_hf_llava(tmp_path)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda c: c.update(model_type="llava_next"), "model_type is 'llava_next'"),
        (lambda c: c.pop("text_config"), "'text_config' must be an object"),
        (lambda c: c["vision_config"].pop("patch_size"), r"vision_config.patch_size is missing"),
        (lambda c: c["text_config"].pop("hidden_size"), r"text_config.hidden_size is missing"),
        (lambda c: c.update(vision_feature_layer=[-2, -1]), "only a single layer"),
        (lambda c: c.update(projector_hidden_act="gelu_fast"), "projector_hidden_act"),
        (lambda c: c.update(image_token_index=7), "image_token_index is 7"),
        (lambda c: c.update(vision_feature_select_strategy="cls"), "select_strategy='cls'"),
    ],
)
def test_bad_config(llava_dir: Any, edit: Any, message: str) -> None:
    folder, _ = llava_dir("llama")
    _edit_config(folder, edit)
    with pytest.raises(ValueError, match=message):
        load_hf_llava(folder)


def test_shape_mismatch_names_the_key(llava_dir: Any) -> None:
    folder, _ = llava_dir("llama")
    _edit_config(folder, lambda c: c["text_config"].update(intermediate_size=96))
    with pytest.raises(ValueError, match=r"shape mismatch.*layers\.0\.mlp\.down_proj\.weight"):
        load_hf_llava(folder)


def test_unknown_and_missing_keys_are_listed(llava_dir: Any) -> None:
    folder, _ = llava_dir("llama")
    tensors = load_file(str(folder / "model.safetensors"))
    tensors["multi_modal_projector.linear_3.weight"] = torch.zeros(2, 2)
    dropped = next(k for k in tensors if k.endswith("layers.1.self_attn.q_proj.weight"))
    del tensors[dropped]
    save_file(tensors, str(folder / "model.safetensors"), {"format": "pt"})
    with pytest.raises(ValueError) as err:
        load_hf_llava(folder)
    assert "unknown key(s) multi_modal_projector.linear_3.weight" in str(err.value)
    assert (
        "missing model key(s) language_model.model.model.layers.1.self_attn.q_proj.weight"
        in str(err.value)
    )


def test_no_weights(llava_dir: Any) -> None:
    folder, _ = llava_dir("llama")
    (folder / "model.safetensors").unlink()
    with pytest.raises(ValueError, match="neither model.safetensors"):
        load_hf_llava(folder)


def test_bad_dtype(llava_dir: Any) -> None:
    folder, _ = llava_dir("llama")
    with pytest.raises(ValueError, match="dtype must be one of"):
        load_hf_llava(folder, dtype="float64")


def test_save_refuses_what_llava_cannot_hold(tmp_path: Path) -> None:
    from slava_lightning.presets import build_tiny

    with pytest.raises(ValueError, match="vision_encoder is TimmVisionEncoder"):
        save_hf_llava(build_tiny("timm_vit", "mlp2x_gelu", "llama"), tmp_path / "a")
    with pytest.raises(ValueError, match="projector is LinearProjector"):
        save_hf_llava(build_tiny("clip", "linear", "llama"), tmp_path / "b")
    model = build_tiny("clip", "mlp2x_gelu", "phi")
    with torch.no_grad():
        model.language_model.model.lm_head.bias.fill_(0.5)
    with pytest.raises(ValueError, match=r"lm_head\.bias is non-zero .*--to llava-phi"):
        save_hf_llava(model, tmp_path / "c")
    assert not (tmp_path / "c").exists()  # refused before writing anything


def test_siglip_tower_with_full_strategy(tmp_path: Path, pixels: torch.Tensor) -> None:
    """SigLIP has no class token: Llava's "full" keeps all patches, as select="patch" does here."""
    from llava_fixtures import TINY_CLIP, tiny_tokenizer
    from transformers import LlavaConfig, LlavaForConditionalGeneration

    from slava_lightning.presets import TINY_LM_CONFIGS

    tok = tiny_tokenizer(with_image_token=True)
    vision = {**TINY_CLIP, "model_type": "siglip_vision_model"}
    config = LlavaConfig(
        vision_config=vision, text_config=dict(TINY_LM_CONFIGS["qwen2"]),
        image_token_index=tok.convert_tokens_to_ids("<image>"), image_seq_length=PATCHES,
        vision_feature_select_strategy="full", vision_feature_layer=-1,
    )  # fmt: skip
    torch.manual_seed(3)
    hf = LlavaForConditionalGeneration(config).eval()
    hf.save_pretrained(tmp_path / "siglip")
    tok.save_pretrained(tmp_path / "siglip")
    model = load_hf_llava(tmp_path / "siglip")
    assert model.vision_encoder.family == "siglip" and model.tokens_per_image == PATCHES
    assert model.vision_encoder.processing.mean == (0.5, 0.5, 0.5)
    assert_same_as_transformers(model, hf, pixels)
    out = save_hf_llava(model, tmp_path / "export")
    again = LlavaForConditionalGeneration.from_pretrained(out).eval()
    assert again.config.vision_feature_select_strategy == "full"
    assert_same_as_transformers(model, again, pixels)
    _edit_config(tmp_path / "siglip", lambda c: c.update(vision_feature_select_strategy="default"))
    with pytest.raises(ValueError, match="drops the first patch of a siglip tower"):
        load_hf_llava(tmp_path / "siglip")


def test_tied_embeddings(tmp_path: Path, pixels: torch.Tensor) -> None:
    """A tied head is absent from the file; it is re-tied, and written once on export."""
    from llava_fixtures import write_hf_llava
    from transformers import LlavaForConditionalGeneration

    hf = write_hf_llava(tmp_path / "tied", "qwen2", tie_word_embeddings=True)
    assert "lm_head.weight" not in "".join(load_file(str(tmp_path / "tied/model.safetensors")))
    model = load_hf_llava(tmp_path / "tied")
    lm = model.language_model.model
    assert lm.lm_head.weight is lm.get_input_embeddings().weight
    assert_same_as_transformers(model, hf, pixels)
    out = save_hf_llava(model, tmp_path / "export")
    assert_same_as_transformers(model, LlavaForConditionalGeneration.from_pretrained(out), pixels)


def test_padded_batch_matches_transformers(llava_dir: Any) -> None:
    """Two prompts of different lengths: right padding for logits, left padding for generation."""
    folder, hf = llava_dir("llama")
    model = load_hf_llava(folder)
    tok, image_id = model.tokenizer, model.image_token_id
    prompts = [
        PROMPT,
        "USER: <image>\nSummarise the findings of this frontal chest film. ASSISTANT:",
    ]
    rows = [tok(p, add_special_tokens=False)["input_ids"] for p in prompts]
    pixels = torch.randn(2, 3, 32, 32, generator=torch.Generator().manual_seed(5))
    pad = model.language_model.pad_token_id

    def batch(rows: list[list[int]], side: str) -> tuple[torch.Tensor, torch.Tensor]:
        width = max(len(r) for r in rows)
        ids = torch.full((len(rows), width), pad)
        mask = torch.zeros_like(ids)
        for b, r in enumerate(rows):
            span = slice(width - len(r), width) if side == "left" else slice(0, len(r))
            ids[b, span], mask[b, span] = torch.tensor(r), 1
        return ids, mask

    expanded = [[t for t in r for _ in range(PATCHES if t == image_id else 1)] for r in rows]
    ids, mask = batch(rows, "right")
    hf_ids, hf_mask = batch(expanded, "right")
    with torch.no_grad():
        ours = model(ids, mask, pixels).logits
        ref = hf(input_ids=hf_ids, attention_mask=hf_mask, pixel_values=pixels).logits
    text = (hf_ids != image_id) & hf_mask.bool()  # right padding keeps positions aligned
    torch.testing.assert_close(ours[text], ref[text], atol=1e-5, rtol=0)

    ids, mask = batch(rows, "left")
    hf_ids, hf_mask = batch(expanded, "left")
    new = model.generate(ids, mask, pixels, max_new_tokens=NEW_TOKENS)
    eos = tok.eos_token_id
    with torch.no_grad():
        full = hf.generate(
            input_ids=hf_ids, attention_mask=hf_mask, pixel_values=pixels,
            max_new_tokens=NEW_TOKENS, do_sample=False, eos_token_id=eos, pad_token_id=eos,
        )  # fmt: skip
    assert new.tolist() == full[:, hf_ids.shape[1] :].tolist()

"""GGUF export: files read back with the gguf package, tensors equal within each type's error,
metadata (chat template, image handling, tokenizer), the Modelfile, refusals and slava-convert."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

gguf = pytest.importorskip("gguf")

from slava_lightning.artifact import describe_model  # noqa: E402
from slava_lightning.interop.gguf import (  # noqa: E402
    MEDIA_MARKER,
    jinja_template,
    language_tensors,
    mmproj_tensors,
    save_gguf,
)
from slava_lightning.presets import build_preset  # noqa: E402
from slava_lightning.prompts import TEMPLATES, Turn, get_template, report_turns  # noqa: E402

#: Largest |read - written| allowed, relative to each block's (or tensor's) largest magnitude.
TOLERANCE = {"F32": 0.0, "F16": 1e-3, "Q8_0": 1 / 127, "Q4_0": 1 / 7}


@pytest.fixture(scope="module")
def model() -> Any:
    torch.manual_seed(0)
    m = build_preset("tiny").eval()
    head = m.language_model.model.get_output_embeddings()
    with torch.no_grad():
        head.bias.normal_()  # Phi-2's head has a bias: it must reach output.bias
    return m


def _read(path: Path) -> tuple[dict[str, np.ndarray], dict[str, Any], dict[str, str]]:
    reader = gguf.GGUFReader(str(path))
    tensors = {t.name: gguf.quants.dequantize(t.data, t.tensor_type) for t in reader.tensors}
    kinds = {t.name: t.tensor_type.name for t in reader.tensors}
    fields = {k: f.contents() for k, f in reader.fields.items()}
    return tensors, fields, kinds


def _check_values(read: dict[str, np.ndarray], kinds: dict[str, str],
                  written: dict[str, torch.Tensor]) -> None:  # fmt: skip
    assert set(read) == set(written)
    for name, tensor in written.items():
        ref = tensor.detach().float().numpy()
        got = read[name].reshape(ref.shape)  # same element order: ggml lists dims reversed
        tol = TOLERANCE[kinds[name]] * max(float(np.abs(ref).max()), 1e-8)
        assert np.abs(got - ref).max() <= tol + 1e-7, name


@pytest.mark.parametrize("kind", ["F32", "F16", "Q8_0", "Q4_0"])
def test_language_model_reads_back_within_the_type_error(
    model: Any, tmp_path: Path, kind: str
) -> None:
    out = save_gguf(model, tmp_path, get_template("phi_v0"), gguf_type=kind, mmproj_type=kind)
    tensors, fields, kinds = _read(out.language_model)
    assert fields["general.architecture"] == "phi2"
    written = language_tensors(model)
    _check_values(tensors, kinds, written)
    matrices = {kinds[n] for n, t in written.items() if t.ndim == 2}
    assert matrices == {kind}
    assert {kinds[n] for n, t in written.items() if t.ndim == 1} == {"F32"}
    head = model.language_model.model.get_output_embeddings()
    assert np.array_equal(tensors["output.bias"], head.bias.detach().numpy())
    mm_tensors, _, mm_kinds = _read(out.mmproj)
    _check_values(mm_tensors, mm_kinds, mmproj_tensors(model))


def test_language_model_names_and_hyperparameters(model: Any, tmp_path: Path) -> None:
    out = save_gguf(model, tmp_path, get_template("phi_v0"), gguf_type="F32")
    tensors, fields, _ = _read(out.language_model)
    cfg = model.language_model.model.config
    layers = cfg.num_hidden_layers
    per_block = {"attn_norm.weight", "attn_norm.bias", "attn_q.weight", "attn_q.bias",
                 "attn_k.weight", "attn_k.bias", "attn_v.weight", "attn_v.bias",
                 "attn_output.weight", "attn_output.bias", "ffn_up.weight", "ffn_up.bias",
                 "ffn_down.weight", "ffn_down.bias"}  # fmt: skip
    expected = {f"blk.{i}.{n}" for i in range(layers) for n in per_block} | {
        "token_embd.weight", "output_norm.weight", "output_norm.bias", "output.weight",
        "output.bias"}  # fmt: skip
    assert set(tensors) == expected
    emb = model.language_model.model.get_input_embeddings().weight
    assert tensors["token_embd.weight"].shape == tuple(emb.shape)
    assert fields["phi2.block_count"] == layers
    assert fields["phi2.embedding_length"] == cfg.hidden_size
    # partial_rotary_factor 0.5 of a 16-wide head (64 / 4 heads)
    assert cfg.rope_parameters["partial_rotary_factor"] == 0.5
    assert fields["phi2.rope.dimension_count"] == 8
    tokens = fields["tokenizer.ggml.tokens"]
    assert len(tokens) == emb.shape[0]
    vocab = model.tokenizer.get_vocab()
    assert all(tokens[i] == t for t, i in vocab.items())
    assert fields["tokenizer.ggml.eos_token_id"] == model.tokenizer.eos_token_id
    assert fields["tokenizer.ggml.token_type"][model.image_token_id] == int(gguf.TokenType.CONTROL)
    assert len(fields["tokenizer.ggml.merges"]) > 0


def test_metadata_names_the_template_and_the_image_handling(model: Any, tmp_path: Path) -> None:
    out = save_gguf(model, tmp_path, get_template("phi_v0"))
    _, fields, _ = _read(out.language_model)
    assert fields["slava.chat_template.name"] == "phi_v0"
    assert fields["slava.image_token"] == "<image>"
    assert fields["slava.image_token_id"] == model.image_token_id
    assert fields["slava.image_tokens_per_image"] == model.tokens_per_image
    assert MEDIA_MARKER in fields["slava.image_handling"]
    assert fields["tokenizer.chat_template"] == jinja_template(
        get_template("phi_v0"), "<|endoftext|>"
    )
    _, mm, _ = _read(out.mmproj)
    assert mm["clip.projector_type"] == "mlp" and mm["clip.has_llava_projector"] is True
    assert mm["clip.vision.projection_dim"] == model.language_model.hidden_size
    assert mm["slava.image_tokens_per_image"] == model.tokens_per_image


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_jinja_template_renders_the_prompts_exactly(model: Any, name: str) -> None:
    jinja2 = pytest.importorskip("jinja2")
    tpl = get_template(name)
    eos = model.tokenizer.eos_token
    turns = [*report_turns("generate"), Turn("assistant", "Clear lungs."), Turn("user", "Why?")]
    expected = "".join(text for text, _ in tpl.segments(turns, eos))
    env = jinja2.Environment()
    messages = [{"role": t.role, "content": t.text} for t in turns]
    got = env.from_string(jinja_template(tpl, eos)).render(messages=messages)
    assert got == expected
    custom = env.from_string(jinja_template(tpl, eos)).render(
        messages=[{"role": "system", "content": "Be brief."}, *messages[:1]]
    )
    # A system message replaces the template's own, where the template puts its system text.
    lead = tpl.user_prefix if tpl.system_in_first_user else ""
    assert custom.startswith(lead + "Be brief.") or not tpl.system


def test_mmproj_drops_the_blocks_after_the_feature_layer(model: Any, tmp_path: Path) -> None:
    out = save_gguf(model, tmp_path, get_template("phi_v0"), mmproj_type="F32")
    tensors, fields, _ = _read(out.mmproj)
    layers = model.vision_encoder.model.config.num_hidden_layers
    assert model.vision_encoder.feature_layer == -2
    assert fields["clip.vision.block_count"] == layers - 1
    assert not any(
        n.startswith(f"v.blk.{layers - 1}.") or n.startswith("v.post_ln") for n in tensors
    )
    assert {"v.class_embd", "v.patch_embd.weight", "v.position_embd.weight", "v.pre_ln.weight",
            "mm.0.weight", "mm.0.bias", "mm.2.weight", "mm.2.bias"} <= set(tensors)  # fmt: skip
    w = model.projector.layers[2].weight.detach().numpy()
    assert np.array_equal(tensors["mm.2.weight"], w)


def test_modelfile_uses_both_files_and_the_template(model: Any, tmp_path: Path) -> None:
    out = save_gguf(model, tmp_path, get_template("phi_v0"), max_new_tokens=77)
    text = out.modelfile.read_text()
    assert f"FROM ./{out.language_model.name}\nFROM ./{out.mmproj.name}\n" in text
    assert (
        'TEMPLATE """{{ if .System }}{{ .System }} {{ end }}USER: {{ .Prompt }} ASSISTANT:' in text
    )
    assert 'SYSTEM """A chat between' in text
    assert 'PARAMETER stop "<|endoftext|>"' in text and "PARAMETER num_predict 77" in text


def test_unsupported_parts_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Phi language model"):
        save_gguf(build_preset("tiny-clip-mlp2x_gelu-llama"), tmp_path, get_template("phi_v0"))
    with pytest.raises(ValueError, match="mlp2x_gelu projector"):
        save_gguf(build_preset("tiny-clip-linear-phi"), tmp_path, get_template("phi_v0"))
    with pytest.raises(ValueError, match="CLIP vision tower"):
        save_gguf(build_preset("tiny-siglip-mlp2x_gelu-phi"), tmp_path, get_template("phi_v0"))
    with pytest.raises(ValueError, match="gguf_type must be one of"):
        save_gguf(build_preset("tiny"), tmp_path, get_template("phi_v0"), gguf_type="Q2_K")


def test_slava_convert_writes_gguf(model: Any, tmp_path: Path) -> None:
    from slava_lightning.interop.cli import main

    ckpt = tmp_path / "m.ckpt"
    torch.save({"state_dict": {f"model.{k}": v for k, v in model.state_dict().items()},
                "slava_artifact": describe_model(model, "plain").to_dict()}, ckpt)  # fmt: skip
    out = tmp_path / "ollama"
    assert main([str(ckpt), "--to", "gguf", str(out), "--gguf-type", "Q4_0"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "Modelfile", "mmproj-slava-F16.gguf", "slava-Q4_0.gguf"]  # fmt: skip
    _, fields, kinds = _read(out / "slava-Q4_0.gguf")
    assert fields["slava.chat_template.name"] == "plain"
    assert kinds["blk.0.ffn_up.weight"] == "Q4_0"
    assert main([str(ckpt), "--to", "gguf", str(tmp_path / "x"), "--quantize", "int8"]) == 2

"""Quantized CPU generation: int4 packing, quantized layers, errors, recorded modes, the CLIs."""

from __future__ import annotations

import dataclasses
import json

import pytest
import torch
from torch import nn

from slava_lightning.artifact import _QUANTIZATIONS, Artifact, describe_model
from slava_lightning.presets import build_preset
from slava_lightning.quantization import (
    INT4_BLOCK,
    QUANTIZE_MODES,
    Int4Linear,
    pack_int4,
    quantization_of,
    quantize_for_cpu,
    resolve_mode,
    unpack_int4,
)

from .helpers import png_bytes


def _tiny() -> nn.Module:
    torch.manual_seed(0)
    return build_preset("tiny").eval()


def _inputs(model):
    ids = torch.tensor([[5, 6, model.image_token_id, 7, 8, 9]])
    return (
        ids,
        torch.ones_like(ids),
        torch.randn(1, 3, 32, 32, generator=torch.Generator().manual_seed(3)),
    )


def test_modes_agree_with_the_record() -> None:
    assert tuple(_QUANTIZATIONS) == QUANTIZE_MODES


def test_pack_int4_layout_and_error_bound() -> None:
    w = torch.zeros(1, INT4_BLOCK)
    w[0, :3] = torch.tensor([7.0, -8.0, 1.0])  # absmax 8: scale 8/7, q = round(w / scale)
    packed, scales = pack_int4(w)
    assert packed.shape == (1, 1, INT4_BLOCK // 2) and packed.dtype == torch.uint8
    assert scales.tolist() == [pytest.approx(8 / 7)]
    # q = 6, -7, 1, 0...: stored as q + 8, two a byte, the even weight in the low nibble
    assert packed[0, 0, :2].tolist() == [(6 + 8) | ((-7 + 8) << 4), (1 + 8) | (8 << 4)]
    torch.manual_seed(0)
    w = torch.randn(16, 4 * INT4_BLOCK)
    packed, scales = pack_int4(w)
    back = unpack_int4(packed, scales)
    per_block = scales.reshape(16, 4, 1).expand(16, 4, INT4_BLOCK).reshape(16, -1)
    assert ((back - w).abs() <= per_block / 2 + 1e-6).all()


def test_pack_int4_refuses_partial_blocks() -> None:
    with pytest.raises(ValueError, match="divisible by 32"):
        pack_int4(torch.randn(4, 40))


def test_int4_linear_computes_the_unpacked_weights() -> None:
    pytest.importorskip("onnxruntime")
    torch.manual_seed(0)
    linear = nn.Linear(64, 48)
    q = Int4Linear(linear)
    x = torch.randn(3, 5, 64)
    packed, scales = pack_int4(linear.weight)
    expected = x @ unpack_int4(packed, scales).T + linear.bias
    out = q(x)
    assert out.shape == (3, 5, 48)
    # accuracy_level 4 also rounds activations to int8 blocks: about 1% of the output's scale
    assert (out - expected).norm() / expected.norm() < 0.02


@pytest.mark.parametrize("mode", ["int8", "int4"])
def test_quantize_replaces_language_model_and_projector_linears(mode: str) -> None:
    if mode == "int4":
        pytest.importorskip("onnxruntime")
    model = _tiny()
    ids, mask, px = _inputs(model)
    with torch.no_grad():
        ref = model(ids, mask, px).logits
    vision_linears = sum(type(m) is nn.Linear for m in model.vision_encoder.modules())
    quantize_for_cpu(model, mode)
    assert quantization_of(model) == mode
    for part in (model.language_model, model.projector):
        assert not any(type(m) is nn.Linear for m in part.modules())
    assert sum(type(m) is nn.Linear for m in model.vision_encoder.modules()) == vision_linears > 0
    with torch.no_grad():
        out = model(ids, mask, px).logits
    assert out.shape == ref.shape
    assert (out - ref).norm() / ref.norm() < (0.1 if mode == "int8" else 0.3)
    new = model.generate(ids, mask, px, max_new_tokens=5)
    assert new.shape == (1, 5)


def test_none_leaves_the_model_alone() -> None:
    model = _tiny()
    assert quantize_for_cpu(model, "none") is model
    assert quantization_of(model) == "none"
    assert any(type(m) is nn.Linear for m in model.language_model.modules())


def test_bad_modes_devices_and_dtypes_are_refused() -> None:
    model = _tiny()
    with pytest.raises(ValueError, match="one of"):
        quantize_for_cpu(model, "int3")
    with pytest.raises(ValueError, match="load-in-8bit"):
        quantize_for_cpu(model, "int8", device="cuda")
    with pytest.raises(ValueError, match="--dtype float32"):
        quantize_for_cpu(model.to(torch.bfloat16), "int8")


def test_resolve_mode_prefers_the_flag_and_keeps_records_on_cpu() -> None:
    assert resolve_mode(None, None) == "none"
    assert resolve_mode(None, "int8") == "int8"
    assert resolve_mode("none", "int8") == "none"
    assert resolve_mode("int4", None) == "int4"
    assert resolve_mode(None, "int8", device="cuda") == "none"
    with pytest.raises(ValueError, match="one of"):
        resolve_mode(None, "fp4")


def test_record_round_trips_quantization() -> None:
    record = dataclasses.replace(describe_model(_tiny(), "phi_v0"), quantization="int8")
    data = record.to_dict(with_model=False)
    assert data["quantization"] == "int8"
    assert Artifact.from_dict(data, "x").quantization == "int8"
    del data["quantization"]  # records written before the field: float
    assert Artifact.from_dict(data, "x").quantization == "none"
    with pytest.raises(ValueError, match="quantization is 'int2'"):
        Artifact.from_dict({**data, "quantization": "int2"}, "rec.json")


def test_generate_cli_quantize_int8(tmp_path, capsys) -> None:
    from slava_lightning.inference.cli import main

    (tmp_path / "a.png").write_bytes(png_bytes(1))
    args = ["--preset", "tiny", "--max-new-tokens", "3", "--no-stream", str(tmp_path / "a.png")]
    assert main([*args, "--quantize", "int8"]) == 0
    rec = json.loads(capsys.readouterr().out.splitlines()[0])
    assert rec["metadata"]["completion_tokens"] <= 3
    assert main([*args, "--quantize", "int8", "--device", "cuda"]) == 2
    assert "--load-in-8bit" in capsys.readouterr().err


def test_converted_folder_records_and_reapplies_the_mode(tmp_path) -> None:
    from slava_lightning.inference.cli import ModelOptions, load_generator
    from slava_lightning.interop.cli import main as convert

    model = _tiny()
    ckpt = tmp_path / "m.ckpt"
    state = {"state_dict": {f"model.{k}": v for k, v in model.state_dict().items()},
             "slava_artifact": describe_model(model, "phi_v0").to_dict()}  # fmt: skip
    torch.save(state, ckpt)
    out = tmp_path / "export"
    assert convert([str(ckpt), "--to", "llava-phi", str(out), "--quantize", "int8"]) == 0
    assert json.loads((out / "slava_artifact.json").read_text())["quantization"] == "int8"
    generator, loaded = load_generator(ModelOptions(checkpoint=str(out)))
    assert loaded.record is not None and loaded.record.quantization == "int8"
    assert quantization_of(generator.model) == "int8"
    generator, _ = load_generator(ModelOptions(checkpoint=str(out), quantize="none"))
    assert quantization_of(generator.model) == "none"


def _int8_weights(model: nn.Module) -> dict[str, torch.Tensor]:
    """Each dynamically quantized layer's dequantized weight and bias, by module name."""
    out = {}
    for name, module in model.named_modules():
        if type(module).__name__ == "Linear" and hasattr(module, "_packed_params"):
            weight, bias = module._packed_params._weight_bias()
            out[name] = torch.cat([weight.dequantize().flatten(), bias.flatten()])
    return out


@pytest.mark.parametrize("layout", ["llava-phi", "hf-llava"])
def test_streamed_loading_equals_quantizing_after_load(tmp_path, layout) -> None:
    from slava_lightning.inference.loading import load_source
    from slava_lightning.interop import save_hf_llava, save_llava_phi

    model = _tiny()
    folder = tmp_path / layout
    (save_llava_phi if layout == "llava-phi" else save_hf_llava)(model, folder)
    streamed = load_source(checkpoint=folder, quantize="int8").model
    after = quantize_for_cpu(load_source(checkpoint=folder).model, "int8")
    assert quantization_of(streamed) == "int8"
    assert [type(m).__module__ for m in streamed.modules()] == [
        type(m).__module__ for m in after.modules()
    ]
    a, b = _int8_weights(streamed), _int8_weights(after)
    assert sorted(a) == sorted(b) and len(a) > 10  # every LM and projector layer
    for name in a:
        assert torch.equal(a[name], b[name]), name
    ids, mask, pixels = _inputs(streamed)
    torch.manual_seed(0)
    out = streamed.generate(ids, mask, pixels, max_new_tokens=6)
    assert torch.equal(out, after.generate(ids, mask, pixels, max_new_tokens=6))


def test_streaming_quantizer_replaces_a_layer_once_complete() -> None:
    from slava_lightning.quantization import StreamingQuantizer

    model = _tiny()
    stream = StreamingQuantizer(model, "int8")
    fc = "projector.layers.0"
    assert type(model.projector.layers[0]) is nn.Linear
    stream.loaded(f"{fc}.weight")
    assert type(model.projector.layers[0]) is nn.Linear  # the bias is still to come
    stream.loaded(f"{fc}.bias")
    assert type(model.projector.layers[0]) is not nn.Linear
    stream.loaded("vision_encoder.unrelated.weight")  # keys of float parts are ignored
    assert any(type(m) is nn.Linear for m in model.language_model.modules())  # not yet read
    stream.finish()  # the layers no tensor arrived for are quantized too
    assert quantization_of(model) == "int8"
    assert not any(type(m) is nn.Linear for m in model.language_model.modules())
    assert any(type(m) is nn.Linear for m in model.vision_encoder.modules())


def test_streaming_quantizer_checks_before_loading() -> None:
    from slava_lightning.quantization import StreamingQuantizer

    with pytest.raises(ValueError, match="--dtype float32"):
        StreamingQuantizer(_tiny().to(torch.bfloat16), "int8")
    with pytest.raises(ValueError, match="--load-in-8bit"):
        StreamingQuantizer(_tiny(), "int8", device="cuda")

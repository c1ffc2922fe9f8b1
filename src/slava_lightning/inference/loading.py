"""Where an inference model comes from: a checkpoint, a transformers Llava folder, or a preset.

* a **folder** is read by its ``config.json``: ``model_type: llava`` through
  :func:`~slava_lightning.interop.load_hf_llava`, ``llava_phi`` (the released SLaVA-CXR layout, also
  what ``save_llava_phi`` writes) through :func:`~slava_lightning.interop.load_llava_phi`;
* a **file** (a Lightning ``.ckpt`` of ``SlavaModule`` or a plain state dict) holds weights only, so
  the architecture comes from ``preset`` or from the training YAML (``config``, its ``model:``
  section);
* a **preset** alone builds random weights (tiny demos and tests).

8-/4-bit loading quantizes the language model's linear layers with bitsandbytes on CUDA.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from torch import nn

from slava_lightning.model import SlavaModel

DTYPES = ("float32", "bfloat16", "float16")


def load_model(
    checkpoint: str | Path | None = None,
    hf_llava: str | Path | None = None,
    preset: str | None = None,
    config: str | Path | None = None,
    dtype: str = "float32",
    tokenizer: str | None = None,
) -> SlavaModel:
    """Build a :class:`SlavaModel` in eval mode from one model source.

    Args:
        checkpoint: a checkpoint folder (Llava or LLaVA-Phi layout) or a weights file
            (``.ckpt`` / state dict; needs ``preset`` or ``config`` for the architecture).
        hf_llava: a transformers ``LlavaForConditionalGeneration`` folder.
        preset: a preset name (``tiny``...); alone it gives random weights.
        config: the training YAML whose ``model:`` section describes the architecture.
        dtype: weight dtype, one of ``float32``, ``bfloat16``, ``float16``.
        tokenizer: tokenizer folder when a checkpoint folder has none.
    """
    if dtype not in DTYPES:
        raise ValueError(f"dtype must be one of {DTYPES}, got {dtype!r}")
    if checkpoint is not None and hf_llava is not None:
        raise ValueError("give either checkpoint or hf_llava, not both")
    if hf_llava is not None:
        from slava_lightning.interop import load_hf_llava

        return load_hf_llava(hf_llava, dtype=dtype, tokenizer_path=tokenizer).eval()
    if checkpoint is not None and Path(checkpoint).is_dir():
        if preset is not None or config is not None:
            raise ValueError(
                f"checkpoint {str(checkpoint)!r} is a folder that describes its own architecture; "
                "drop preset/config"
            )
        return _load_folder(Path(checkpoint), dtype, tokenizer)
    model = _architecture(preset, config, checkpoint)
    if checkpoint is not None:
        path = Path(checkpoint)
        if not path.is_file():
            raise ValueError(f"checkpoint {str(path)!r} does not exist")
        from slava_lightning.training.module import load_weights

        load_weights(model, str(path))
    from slava_lightning.inference.engine import dtype_of

    return model.to(dtype_of(dtype)).eval()


def _load_folder(folder: Path, dtype: str, tokenizer: str | None) -> SlavaModel:
    cfg_file = folder / "config.json"
    if not cfg_file.is_file():
        raise ValueError(f"checkpoint folder {str(folder)!r} has no config.json")
    model_type = json.loads(cfg_file.read_text()).get("model_type")
    if model_type == "llava":
        from slava_lightning.interop import load_hf_llava

        return load_hf_llava(folder, dtype=dtype, tokenizer_path=tokenizer).eval()
    if model_type == "llava_phi":
        from slava_lightning.interop import load_llava_phi

        return load_llava_phi(folder, dtype=dtype, tokenizer_path=tokenizer).eval()
    raise ValueError(
        f"{cfg_file}: model_type {model_type!r} is neither 'llava' (transformers Llava) nor "
        "'llava_phi' (LLaVA-Phi / SLaVA-CXR); convert it with slava-convert"
    )


def _architecture(
    preset: str | None, config: str | Path | None, checkpoint: str | Path | None
) -> SlavaModel:
    if (preset is None) == (config is None):
        what = f"checkpoint file {str(checkpoint)!r} holds weights only; " if checkpoint else ""
        raise ValueError(
            f"{what}give exactly one of preset (a preset name) or config (the training YAML) "
            "for the architecture"
        )
    if preset is not None:
        from slava_lightning.components.presets import build_preset

        return build_preset(preset)
    assert config is not None
    return model_from_config(config)


def model_from_config(path: str | Path) -> SlavaModel:
    """The :class:`SlavaModel` described by a training YAML's ``model:`` section (random weights)."""
    import yaml
    from jsonargparse import ArgumentParser

    from slava_lightning.training.module import SlavaModule

    file = Path(path)
    if not file.is_file():
        raise ValueError(f"config {str(file)!r} does not exist")
    section = (yaml.safe_load(file.read_text()) or {}).get("model")
    if not isinstance(section, dict):
        raise ValueError(f"config {str(file)!r} has no 'model:' section")
    if "class_path" in section:
        section = section.get("init_args") or {}
    parts = {
        k: section[k] for k in ("vision_encoder", "projector", "language_model") if k in section
    }
    missing = {"vision_encoder", "projector", "language_model"} - set(parts)
    if missing:
        raise ValueError(f"config {str(file)!r}: model section lacks {sorted(missing)}")
    parser = ArgumentParser(exit_on_error=False)
    parser.add_class_arguments(SlavaModule, "model", skip={"init_from"}, fail_untyped=False)
    cfg = parser.parse_object({"model": parts}, defaults=True)
    module: SlavaModule = parser.instantiate_classes(cfg).model
    return module.model


def quantize(model: SlavaModel, bits: int, device: str = "cuda") -> SlavaModel:
    """Load the language model's linear layers in 8- or 4-bit (bitsandbytes, CUDA only).

    The LM head, the vision encoder and the projector stay in their dtype (bf16/fp16 recommended):
    they hold a small share of the weights and most of the quality risk.
    """
    if bits not in (4, 8):
        raise ValueError(f"bits must be 4 or 8, got {bits}")
    if not torch.cuda.is_available() or not str(device).startswith("cuda"):
        raise ValueError(
            f"--load-in-{bits}bit needs a CUDA GPU (bitsandbytes kernels); this run has "
            f"device={device!r}, cuda available={torch.cuda.is_available()}"
        )
    try:
        import bitsandbytes as bnb
    except ImportError:
        raise ValueError(
            f"--load-in-{bits}bit needs the bitsandbytes package: pip install bitsandbytes"
        ) from None
    lm: Any = model.language_model.model
    head = lm.get_output_embeddings()
    compute = next(model.parameters()).dtype
    if compute == torch.float32:
        compute = torch.bfloat16
        model.to(compute)
    for parent in list(lm.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is not nn.Linear or child is head:
                continue
            parent.add_module(name, _bnb_linear(bnb, child, bits, compute))
    model.to(device)
    model.slava_quantized = True  # type: ignore[assignment]
    return model


def _bnb_linear(bnb: Any, linear: nn.Linear, bits: int, compute: torch.dtype) -> nn.Module:
    has_bias = linear.bias is not None
    new: Any
    if bits == 8:
        new = bnb.nn.Linear8bitLt(
            linear.in_features, linear.out_features, has_bias, has_fp16_weights=False
        )
        new.weight = bnb.nn.Int8Params(linear.weight.data, requires_grad=False)
    else:
        new = bnb.nn.Linear4bit(
            linear.in_features, linear.out_features, has_bias, compute_dtype=compute,
            quant_type="nf4",
        )  # fmt: skip
        new.weight = bnb.nn.Params4bit(linear.weight.data, requires_grad=False, quant_type="nf4")
    if has_bias:
        new.bias = nn.Parameter(linear.bias.data, requires_grad=False)
    return new

"""LLaVA-Phi checkpoints (the layout of the released SLaVA-CXR weights): read and write.

A LLaVA-Phi folder is one Phi causal LM whose ``model`` also holds the vision tower and projector:

* ``config.json``: Phi fields at the top level, ``model_type: "llava_phi"``, and ``vision_config``
  with ``vision_tower`` (CLIP fields, ``mm_vision_select_layer``, ``mm_vision_select_feature``) and
  ``mm_projector`` (``mm_projector_type``, ``mm_hidden_size``, ``hidden_size``);
* weights: ``model.embed_tokens``, ``model.layers.*``, ``model.final_layernorm``, ``lm_head.{weight,bias}``,
  ``model.vision_tower.vision_model.*``, ``model.mm_projector.{0,2}.*`` (``mlp2x_gelu``) or
  ``model.mm_projector.{weight,bias}`` (``linear``).

The layout is read from ``config.json`` and the weight names only, never from the folder's name.
Unlike transformers' Llava, this layout keeps Phi's ``lm_head.bias``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from slava_lightning.components.language import CausalLanguageModel
from slava_lightning.components.projector import LinearProjector, MLPProjector, build_projector
from slava_lightning.components.vision import HFVisionEncoder
from slava_lightning.dtypes import torch_dtype
from slava_lightning.interop.weights import (
    Rename,
    checkpoint_folder,
    head_is_tied,
    image_processing,
    load_planned,
    plan_load,
    read_headers,
    read_json,
    retie,
    safetensors_files,
    slava_prefixes,
)
from slava_lightning.model import SlavaModel
from slava_lightning.quantization import StreamingQuantizer
from slava_lightning.state_dict import skip_init

MODEL_TYPE = "llava_phi"
#: LLaVA's ``mm_vision_select_feature`` names and ``HFVisionEncoder(select=...)``.
_SELECT = {"patch": "patch", "cls_patch": "full"}
#: Top-level keys that describe the checkpoint, not the Phi text model.
_NOT_TEXT = {
    "model_type",
    "architectures",
    "auto_map",
    "vision_config",
    "transformers_version",
    "torch_dtype",
    "dtype",
    "_name_or_path",
}
_TEXT_REQUIRED = (
    "vocab_size",
    "hidden_size",
    "intermediate_size",
    "num_hidden_layers",
    "num_attention_heads",
)
_VISION_REQUIRED = (
    "hidden_size",
    "image_size",
    "patch_size",
    "intermediate_size",
    "num_hidden_layers",
    "num_attention_heads",
    "mm_vision_select_layer",
)


def _require(section: dict[str, Any], names: tuple[str, ...], where: str) -> None:
    missing = [n for n in names if n not in section]
    if missing:
        raise ValueError(f"{where} is missing field(s) {missing}")


def read_llava_phi_config(folder: Path) -> dict[str, Any]:
    """``config.json`` of a LLaVA-Phi folder, split into ``text``, ``vision`` and ``projector``.

    ``vision`` holds ``config`` (CLIP fields), ``feature_layer`` and ``select``; ``projector``
    holds ``kind``. Every field used is checked, and cross-part sizes must agree.
    """
    file = folder / "config.json"
    cfg = read_json(file, "LLaVA-Phi config")
    if cfg.get("model_type") != MODEL_TYPE:
        raise ValueError(
            f"{file}: model_type is {cfg.get('model_type')!r}, expected {MODEL_TYPE!r}"
        )
    _require(cfg, _TEXT_REQUIRED, str(file))
    vision_cfg = cfg.get("vision_config")
    if not isinstance(vision_cfg, dict):
        raise ValueError(f"{file}: 'vision_config' must be an object")
    tower, mm = vision_cfg.get("vision_tower"), vision_cfg.get("mm_projector")
    if not isinstance(tower, dict) or not isinstance(mm, dict):
        raise ValueError(f"{file}: vision_config needs objects 'vision_tower' and 'mm_projector'")
    _require(tower, _VISION_REQUIRED, f"{file}: vision_config.vision_tower")
    _require(
        mm,
        ("mm_projector_type", "mm_hidden_size", "hidden_size"),
        f"{file}: vision_config.mm_projector",
    )
    feature = tower.get("mm_vision_select_feature", "patch")
    if feature not in _SELECT:
        raise ValueError(
            f"{file}: vision_config.vision_tower.mm_vision_select_feature={feature!r}; "
            f"expected one of {sorted(_SELECT)}"
        )
    if mm["mm_hidden_size"] != tower["hidden_size"]:
        raise ValueError(
            f"{file}: mm_projector.mm_hidden_size={mm['mm_hidden_size']} differs from "
            f"vision_tower.hidden_size={tower['hidden_size']}"
        )
    if mm["hidden_size"] != cfg["hidden_size"]:
        raise ValueError(
            f"{file}: mm_projector.hidden_size={mm['hidden_size']} differs from the text "
            f"hidden_size={cfg['hidden_size']}"
        )
    clip = {k: v for k, v in tower.items() if not k.startswith(("mm_", "vision_tower"))}
    clip["model_type"] = "clip_vision_model"
    text = {k: v for k, v in cfg.items() if k not in _NOT_TEXT and not k.startswith("mm_")}
    text["model_type"] = "phi"
    return {
        "text": text,
        "vision": {
            "config": clip,
            "feature_layer": tower["mm_vision_select_layer"],
            "select": _SELECT[feature],
        },
        "projector": {"kind": mm["mm_projector_type"]},
    }


def llava_phi_rules(model: SlavaModel) -> list[Rename]:
    """Rename rules from LLaVA-Phi keys to ``model``'s state dict (first match wins)."""
    p = slava_prefixes(model)
    # LLaVA names a linear projector's tensors without an index and an MLP's by layer index;
    # accepting only the form that fits the configured kind keeps a mislabelled checkpoint out.
    projector = (
        Rename(r"model\.mm_projector\.(weight|bias)", r"projector.layers.0.\1")
        if type(model.projector) is LinearProjector
        else Rename(r"model\.mm_projector\.(\d+)\.(.+)", r"projector.layers.\1.\2")
    )
    return [
        Rename(
            r"model\.vision_tower\.(?:vision_tower\.)?(?:vision_model\.)?(.+)", p.vision + r"\1"
        ),
        projector,
        Rename(r"lm_head\.(.+)", p.head + r"\1"),
        Rename(r"model\.(.+)", p.text + r"\1"),
    ]


def load_llava_phi(
    path: str | Path,
    dtype: str = "float32",
    tokenizer_path: str | None = None,
    quantize: str = "none",
) -> SlavaModel:
    """Read a LLaVA-Phi / released SLaVA-CXR folder as a :class:`SlavaModel`.

    Args:
        path: folder with ``config.json``, safetensors weights and the Phi tokenizer.
        dtype: ``float32``, ``bfloat16`` or ``float16``.
        tokenizer_path: tokenizer folder when it is not ``path``.
        quantize: ``int8`` / ``int4`` quantizes each linear layer of the language model and
            projector as its weights are read (:class:`StreamingQuantizer`), so loading peaks
            near the quantized size; needs ``dtype="float32"``.

    ``<image>`` is added to the tokenizer (LLaVA-Phi splices images at a sentinel id instead);
    Phi-2's spare embedding rows hold it, so the weights keep their shapes. Config, tokenizer and
    every weight name and shape are checked before any weight is read.
    """
    torch_dtype(dtype)  # validates the name before anything is read
    folder = checkpoint_folder(path)
    cfg = read_llava_phi_config(folder)
    headers = read_headers(safetensors_files(folder))
    with skip_init():
        encoder = HFVisionEncoder(**cfg["vision"])
        lm = CausalLanguageModel(config=cfg["text"], tokenizer_path=tokenizer_path or str(folder))
        projector = build_projector(cfg["projector"]["kind"], encoder.hidden_size, lm.hidden_size)
        model = SlavaModel(encoder, projector, lm)
    # The encoder was built from a config; the folder's processor settings override its defaults.
    encoder.processing = image_processing(folder, encoder.processing)
    tied = {slava_prefixes(model).head + "weight"} if head_is_tied(model) else set()
    plan = plan_load(model, headers, llava_phi_rules(model), folder, tied)
    if quantize != "none" and dtype != "float32":
        raise ValueError(f"quantize={quantize!r} reads float32 weights; got dtype={dtype!r}")
    stream = StreamingQuantizer(model, quantize)
    load_planned(model, plan, tied, on_loaded=stream.loaded)
    retie(model)
    return stream.finish().to(torch_dtype(dtype)).eval()


# ----------------------------------------------------------------------------- writing
def _projector_kind(model: SlavaModel) -> str:
    proj = model.projector
    if type(proj) is LinearProjector:
        return "linear"
    if type(proj) is MLPProjector:
        acts = [m for i, m in enumerate(proj.layers) if i % 2 == 1]
        if all(type(a) is torch.nn.GELU and a.approximate == "none" for a in acts):
            return f"mlp{(len(proj.layers) + 1) // 2}x_gelu"
    raise ValueError(
        f"projector {type(proj).__name__} has no LLaVA-Phi mm_projector_type "
        "(supported: LinearProjector, MLPProjector with GELU)"
    )


def llava_phi_config(model: SlavaModel) -> dict[str, Any]:
    """The ``config.json`` content describing ``model`` in the LLaVA-Phi layout."""
    enc, lm = model.vision_encoder, model.language_model
    if not isinstance(enc, HFVisionEncoder) or enc.family != "clip":
        raise ValueError(
            "LLaVA-Phi holds a CLIP vision tower; vision_encoder is not a CLIP HFVisionEncoder"
        )
    if not isinstance(lm, CausalLanguageModel) or lm.model.config.model_type != "phi":
        raise ValueError("LLaVA-Phi holds a Phi language model; language_model is not Phi")
    text = lm.model.config.to_dict()
    rope = text.get("rope_parameters") or {}
    # transformers 4.x (which LLaVA-Phi pins) reads these two at the top level.
    for name in ("rope_theta", "partial_rotary_factor"):
        if name in rope:
            text[name] = rope[name]
    tower = {k: v for k, v in enc.model.config.to_dict().items() if k != "dtype"}
    tower.update(
        mm_vision_select_layer=enc.feature_layer,
        mm_vision_select_feature="patch" if enc.select == "patch" else "cls_patch",
    )
    mm = {
        "mm_projector_type": _projector_kind(model),
        "mm_hidden_size": enc.hidden_size,
        "hidden_size": lm.hidden_size,
    }
    text = {k: v for k, v in text.items() if k not in _NOT_TEXT}
    dtype = str(next(model.parameters()).dtype).removeprefix("torch.")
    return {
        "model_type": MODEL_TYPE,
        "architectures": ["LlavaPhiForCausalLM"],
        **text,
        "torch_dtype": dtype,
        "vision_config": {"vision_tower": tower, "mm_projector": mm},
    }


def llava_phi_state_dict(model: SlavaModel) -> dict[str, torch.Tensor]:
    """``model``'s tensors under LLaVA-Phi names (contiguous; a tied head is written once)."""
    p = slava_prefixes(model)
    linear = type(model.projector) is LinearProjector
    renames = [
        (p.vision, "model.vision_tower.vision_model."),
        ("projector.layers.0.", "model.mm_projector." if linear else "model.mm_projector.0."),
        ("projector.layers.", "model.mm_projector."),
        (p.head, "lm_head."),
        (p.text, "model."),
    ]
    tied = head_is_tied(model)
    out: dict[str, torch.Tensor] = {}
    for key, tensor in model.state_dict().items():
        if key.endswith("position_ids") or (tied and key == p.head + "weight"):
            continue
        for ours, theirs in renames:
            if key.startswith(ours):
                out[theirs + key[len(ours) :]] = tensor.detach().contiguous()
                break
    return out


def save_llava_phi(model: SlavaModel, path: str | Path) -> Path:
    """Write ``model`` (CLIP encoder, linear/MLP-GELU projector, Phi LM) in the LLaVA-Phi layout.

    Writes ``config.json``, ``model.safetensors`` (``lm_head.bias`` included), the tokenizer and a
    ``preprocessor_config.json`` with the encoder's size and normalisation.
    """
    import json

    from safetensors.torch import save_file
    from transformers import CLIPImageProcessor

    config = llava_phi_config(model)
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"output path {str(path)!r} exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    save_file(llava_phi_state_dict(model), str(folder / "model.safetensors"), {"format": "pt"})
    model.tokenizer.save_pretrained(folder)
    proc = model.vision_encoder.processing
    CLIPImageProcessor(
        size={"shortest_edge": proc.size},
        crop_size={"height": proc.size, "width": proc.size},
        image_mean=list(proc.mean),
        image_std=list(proc.std),
    ).save_pretrained(folder)
    return folder


__all__ = ["load_llava_phi", "llava_phi_config", "read_llava_phi_config", "save_llava_phi"]

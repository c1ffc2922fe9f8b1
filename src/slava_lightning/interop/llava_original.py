"""The LLaVA repository's own checkpoint layouts (``llava_llama``, ``llava_mistral``): read them.

LLaVA v1.5, LLaVA-Med v1.5 and their fine-tunes save one causal LM whose ``model`` also holds the
projector (and, when the tower was trained, the vision tower):

* ``config.json``: the text model's fields at the top level, ``model_type`` ``llava_llama`` (or
  ``llava``, its older name, without transformers' ``text_config``) or ``llava_mistral``, and the
  multimodal fields ``mm_vision_tower`` (the CLIP tower's folder or hub id), ``mm_hidden_size``,
  ``mm_projector_type`` (``linear``, ``mlp2x_gelu``...), ``mm_vision_select_layer``,
  ``mm_vision_select_feature`` (``patch``/``cls_patch``), ``image_aspect_ratio`` (``pad``: pad to a
  square with the mean colour) and ``mm_use_im_start_end``;
* weights: the text model's (``model.embed_tokens``, ``model.layers.*``, ``model.norm``,
  ``lm_head``), ``model.mm_projector.*``, and ``model.vision_tower.vision_tower.vision_model.*``
  when the tower is inside; otherwise the tower's weights are read from ``mm_vision_tower``.

The CLIP tower's config always comes from ``mm_vision_tower``, which must then be a local folder
(``vision_tower=`` overrides it). LLaVA splices images at a sentinel id and its tokenizer has no
``<image>``; the token is added to the tokenizer but not to the embedding matrix (the model never
embeds it: :class:`~slava_lightning.model.SlavaModel` puts the image features there).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slava_lightning.components.language import CausalLanguageModel
from slava_lightning.components.projector import LinearProjector, build_projector
from slava_lightning.components.vision import HFVisionEncoder
from slava_lightning.dtypes import torch_dtype
from slava_lightning.interop.formats import LLAVA_ORIGINAL_TEXT_TYPES, is_llava_original
from slava_lightning.interop.weights import (
    Rename,
    checkpoint_folder,
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
from slava_lightning.state_dict import skip_init

#: ``model_type`` of each layout -> the transformers text model it wraps.
TEXT_TYPES = LLAVA_ORIGINAL_TEXT_TYPES
#: Each layout's conversation template in LLaVA's own evaluation (``--conv-mode``).
DEFAULT_TEMPLATES = {"llama": "vicuna_v1", "mistral": "mistral_instruct"}
_SELECT = {"patch": "patch", "cls_patch": "full"}
_TOWER = "model.vision_tower.vision_tower."


def read_llava_original_config(folder: Path, vision_tower: str | None = None) -> dict[str, Any]:
    """``config.json`` split into ``text``, ``vision``, ``projector``, ``tower_dir``, ``pad``.

    Raises:
        ValueError: a missing or unsupported field, named with the file.
    """
    file = folder / "config.json"
    cfg = read_json(file, "LLaVA config")
    if not is_llava_original(cfg):
        raise ValueError(
            f"{file}: model_type {cfg.get('model_type')!r} is not a LLaVA repository layout "
            f"({sorted(TEXT_TYPES)})"
        )
    for name in ("mm_vision_tower", "mm_hidden_size", "hidden_size", "vocab_size"):
        if name not in cfg:
            raise ValueError(f"{file} is missing field {name!r}")
    if cfg.get("mm_use_im_start_end"):
        raise ValueError(
            f"{file}: mm_use_im_start_end=true (image features wrapped in <im_start>/<im_end>) is "
            "not supported; evaluate this model from its prediction file (docs/interop.md)"
        )
    aspect = cfg.get("image_aspect_ratio") or "square"
    if aspect not in ("pad", "square", "resize"):
        raise ValueError(
            f"{file}: image_aspect_ratio={aspect!r} is not supported (only 'pad' and a plain "
            "square resize; LLaVA-1.6 'anyres' tiles are not)"
        )
    feature = cfg.get("mm_vision_select_feature", "patch")
    if feature not in _SELECT:
        raise ValueError(
            f"{file}: mm_vision_select_feature={feature!r}; expected {sorted(_SELECT)}"
        )
    tower_dir = Path(vision_tower or str(cfg["mm_vision_tower"]))
    if not (tower_dir / "config.json").is_file():
        raise ValueError(
            f"{file}: mm_vision_tower={cfg['mm_vision_tower']!r} is not a local folder with a "
            "config.json; pass the CLIP tower's folder (vision_tower= / --vision-tower)"
        )
    tower_cfg = read_json(tower_dir / "config.json", "vision tower config")
    clip = dict(tower_cfg.get("vision_config") or tower_cfg)  # a CLIPModel or a CLIPVisionModel
    clip["model_type"] = "clip_vision_model"
    clip = {k: v for k, v in clip.items() if k not in ("architectures", "transformers_version")}
    text_type = TEXT_TYPES[cfg["model_type"]]
    text = {
        k: v
        for k, v in cfg.items()
        if not k.startswith(
            ("mm_", "tune_mm", "freeze_mm", "unfreeze_mm", "image_", "tokenizer_", "use_mm")
        )
    }
    for name in ("architectures", "transformers_version", "torch_dtype", "dtype", "_name_or_path"):
        text.pop(name, None)
    text["model_type"] = text_type
    return {
        "text": text,
        "vision": {
            "config": clip,
            "feature_layer": cfg.get("mm_vision_select_layer", -2),
            "select": _SELECT[feature],
        },
        "projector": cfg.get("mm_projector_type", "linear"),
        "tower_dir": tower_dir,
        "pad": aspect == "pad",
        "template": DEFAULT_TEMPLATES[text_type],
    }


def llava_original_rules(model: SlavaModel, tower_inside: bool) -> list[Rename]:
    """Rename rules from LLaVA repository keys (and a tower folder's keys) to ``model``'s."""
    p = slava_prefixes(model)
    projector = (
        Rename(r"model\.mm_projector\.(weight|bias)", r"projector.layers.0.\1")
        if type(model.projector) is LinearProjector
        else Rename(r"model\.mm_projector\.(\d+)\.(.+)", r"projector.layers.\1.\2")
    )
    tower = (
        Rename(r"model\.vision_tower\.vision_tower\.(?:vision_model\.)?(.+)", p.vision + r"\1")
        if tower_inside
        else Rename(r"(?:vision_model\.)?(.+)", p.vision + r"\1")  # the tower folder's own keys
    )
    return [
        tower,
        projector,
        Rename(r"lm_head\.(.+)", p.head + r"\1"),
        Rename(r"model\.(.+)", p.text + r"\1"),
    ]


def load_llava_original(
    path: str | Path,
    dtype: str = "float32",
    tokenizer_path: str | None = None,
    vision_tower: str | None = None,
) -> SlavaModel:
    """Read a LLaVA repository checkpoint (``llava_llama`` / ``llava_mistral``) as a SlavaModel.

    Args:
        path: folder with ``config.json``, safetensors weights and the tokenizer.
        dtype: ``float32``, ``bfloat16`` or ``float16``.
        tokenizer_path: tokenizer folder when it is not ``path``.
        vision_tower: the CLIP tower's folder when ``mm_vision_tower`` is not a local path.

    Config, tokenizer and every weight name and shape are checked before any weight is read.
    """
    torch_dtype(dtype)  # validates the name before anything is read
    folder = checkpoint_folder(path)
    cfg = read_llava_original_config(folder, vision_tower)
    headers = read_headers(safetensors_files(folder))
    tower_inside = any(k.startswith(_TOWER) for k in headers)
    with skip_init():
        encoder = HFVisionEncoder(**cfg["vision"])
        lm = CausalLanguageModel(config=cfg["text"], tokenizer_path=tokenizer_path or str(folder))
        rows = int(cfg["text"]["vocab_size"])
        if lm.model.get_input_embeddings().weight.shape[0] != rows:
            lm.model.resize_token_embeddings(rows, mean_resizing=False)  # <image> is never embedded
        projector = build_projector(cfg["projector"], encoder.hidden_size, lm.hidden_size)
        model = SlavaModel(encoder, projector, lm)
    encoder.processing = image_processing(cfg["tower_dir"], encoder.processing)
    rules = llava_original_rules(model, tower_inside=True)
    plans = []
    if tower_inside:
        plans.append(plan_load(model, headers, rules, folder))
    else:
        tower_keys = {k for k in model.state_dict() if k.startswith("vision_encoder.")}
        plans.append(plan_load(model, headers, rules, folder, optional=tower_keys))
        tower_headers = read_headers(safetensors_files(cfg["tower_dir"]))
        # A CLIPModel folder (openai/clip-vit-*) also holds the text tower and projections: keep
        # its vision_model.* keys; a CLIPVisionModel saved by transformers 5 has no prefix.
        if any(k.startswith("vision_model.") for k in tower_headers):
            tower_headers = {
                k: v for k, v in tower_headers.items() if k.startswith("vision_model.")
            }
        other = {k for k in model.state_dict() if not k.startswith("vision_encoder.")}
        plans.append(
            plan_load(
                model,
                tower_headers,
                llava_original_rules(model, tower_inside=False),
                cfg["tower_dir"],
                optional=other,
            )
        )
    for plan in plans:  # each plan fills its own keys; the other plan loads the rest
        load_planned(model, plan, tied=plan.zero_fill)
    retie(model)
    return model.to(torch_dtype(dtype)).eval()


def llava_original_settings(folder: str | Path) -> tuple[str, bool]:
    """The template name and image padding of a LLaVA repository folder (LLaVA's defaults)."""
    file = Path(folder) / "config.json"
    cfg = read_json(file, "LLaVA config")
    text_type = TEXT_TYPES.get(str(cfg.get("model_type")), "llama")
    return DEFAULT_TEMPLATES[text_type], (cfg.get("image_aspect_ratio") == "pad")


__all__ = [
    "is_llava_original",
    "llava_original_settings",
    "load_llava_original",
    "read_llava_original_config",
]

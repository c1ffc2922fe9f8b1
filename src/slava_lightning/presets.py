"""Named model presets: the tiny random family (tests, demos) and SLaVA-CXR from local weights.

Tiny variants are named ``tiny-{vision}-{projector}-{lm}``, e.g. ``tiny-siglip-linear-qwen2``;
``tiny`` alone is ``tiny-clip-mlp2x_gelu-phi``, the paper's architecture in miniature. The configs
are plain dicts so YAML files and tests can reuse them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slava_lightning.components.base import VisionEncoder
from slava_lightning.components.language import CausalLanguageModel
from slava_lightning.components.projector import build_projector
from slava_lightning.components.vision import HFVisionEncoder, TimmVisionEncoder
from slava_lightning.model import SlavaModel

_TINY_VIT = {
    "image_size": 32,
    "patch_size": 8,
    "hidden_size": 32,
    "intermediate_size": 64,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
}

#: Tiny random vision encoders: ``kind`` (``hf`` or ``timm``) plus the encoder's arguments.
TINY_VISION_CONFIGS: dict[str, dict[str, Any]] = {
    "clip": {"kind": "hf", "config": {"model_type": "clip_vision_model", **_TINY_VIT}},
    "siglip": {
        "kind": "hf",
        "config": {"model_type": "siglip_vision_model", "vision_use_head": False, **_TINY_VIT},
    },
    "timm_vit": {
        "kind": "timm",
        "model_name": "test_vit",
        "image_size": 32,
        "model_kwargs": {"patch_size": 8},
    },
    "timm_cnn": {"kind": "timm", "model_name": "test_resnet", "image_size": 64},
}

_TINY_LM = {
    "hidden_size": 64,
    "intermediate_size": 128,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "max_position_embeddings": 512,
    "vocab_size": 2048,
}

#: Tiny random causal LMs (transformers config dicts); 2048 rows leave room for ``<image>``.
TINY_LM_CONFIGS: dict[str, dict[str, Any]] = {
    "phi": {"model_type": "phi", "partial_rotary_factor": 0.5, **_TINY_LM},
    "llama": {"model_type": "llama", "num_key_value_heads": 2, **_TINY_LM},
    "qwen2": {"model_type": "qwen2", "num_key_value_heads": 2, **_TINY_LM},
}

#: Projector kinds of the tiny family (``build_projector`` names).
TINY_PROJECTORS = ("linear", "mlp2x_gelu", "pixel_shuffle2x_mlp2x_gelu")

#: Every tiny variant name.
TINY_PRESETS = tuple(
    f"tiny-{v}-{p}-{lm}"
    for v in TINY_VISION_CONFIGS
    for p in TINY_PROJECTORS
    for lm in TINY_LM_CONFIGS
)


def tiny_vision_encoder(name: str) -> VisionEncoder:
    """A random tiny vision encoder from :data:`TINY_VISION_CONFIGS`."""
    if name not in TINY_VISION_CONFIGS:
        raise ValueError(
            f"unknown tiny vision encoder {name!r}; known: {sorted(TINY_VISION_CONFIGS)}"
        )
    args = dict(TINY_VISION_CONFIGS[name])
    if args.pop("kind") == "hf":
        return HFVisionEncoder(**args)
    return TimmVisionEncoder(**args)


def tiny_language_model(name: str, **kwargs: Any) -> CausalLanguageModel:
    """A random tiny causal LM from :data:`TINY_LM_CONFIGS` with the packaged tiny tokenizer."""
    if name not in TINY_LM_CONFIGS:
        raise ValueError(f"unknown tiny language model {name!r}; known: {sorted(TINY_LM_CONFIGS)}")
    return CausalLanguageModel(config=TINY_LM_CONFIGS[name], **kwargs)


def build_tiny(
    vision: str = "clip", projector: str = "mlp2x_gelu", language: str = "phi"
) -> SlavaModel:
    """A tiny random :class:`SlavaModel` (builds offline in well under a second)."""
    encoder = tiny_vision_encoder(vision)
    lm = tiny_language_model(language)
    return SlavaModel(encoder, lambda i, o: build_projector(projector, i, o), lm)


def build_slava_cxr(
    vision_path: str | None = None,
    language_path: str | None = None,
    tokenizer_path: str | None = None,
    dtype: str = "float32",
) -> SlavaModel:
    """SLaVA-CXR's architecture: CLIP ViT-L/14-336 (penultimate layer) + mlp2x_gelu + Phi-2."""
    for arg, value in (("vision_path", vision_path), ("language_path", language_path)):
        if value is None:
            raise ValueError(f"preset 'slava-cxr' needs {arg}= (a local checkpoint folder)")
        if not Path(value).is_dir():
            raise ValueError(f"preset 'slava-cxr': {arg}={value!r} is not a folder")
    assert vision_path is not None and language_path is not None
    encoder = HFVisionEncoder(path=vision_path, feature_layer=-2, select="patch")
    lm = CausalLanguageModel(path=language_path, tokenizer_path=tokenizer_path, dtype=dtype)
    model = SlavaModel(encoder, lambda i, o: build_projector("mlp2x_gelu", i, o), lm)
    if dtype != "float32":
        model.to(lm.model.dtype)
    return model


def build_preset(name: str, **paths: Any) -> SlavaModel:
    """Build a named preset: ``tiny``, ``tiny-{vision}-{projector}-{lm}`` or ``slava-cxr``.

    ``slava-cxr`` takes ``vision_path``, ``language_path`` and optionally ``tokenizer_path``, ``dtype``.
    """
    if name == "slava-cxr":
        return build_slava_cxr(**paths)
    if name == "tiny":
        name = "tiny-clip-mlp2x_gelu-phi"
    parts = name.split("-")
    if len(parts) == 4 and parts[0] == "tiny" and name in TINY_PRESETS:
        if paths:
            raise ValueError(f"tiny presets take no paths, got {sorted(paths)}")
        return build_tiny(parts[1], parts[2], parts[3])
    raise ValueError(
        f"unknown preset {name!r}; known: 'slava-cxr', 'tiny', 'tiny-<vision>-<projector>-<lm>' "
        f"with vision in {sorted(TINY_VISION_CONFIGS)}, projector in {list(TINY_PROJECTORS)}, "
        f"lm in {sorted(TINY_LM_CONFIGS)}"
    )

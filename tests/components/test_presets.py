"""Presets: the tiny family, SLaVA-CXR from local folders, and bad names / paths."""

from __future__ import annotations

import pytest
import torch

from slava_lightning.components.language import CausalLanguageModel
from slava_lightning.components.projector import MLPProjector, PixelShuffleProjector
from slava_lightning.components.vision import HFVisionEncoder
from slava_lightning.presets import (
    TINY_LM_CONFIGS,
    TINY_PRESETS,
    TINY_VISION_CONFIGS,
    build_preset,
)


def test_tiny_is_the_paper_architecture_in_miniature():
    model = build_preset("tiny")
    assert (
        isinstance(model.vision_encoder, HFVisionEncoder) and model.vision_encoder.family == "clip"
    )
    assert isinstance(model.projector, MLPProjector) and len(model.projector.layers) == 3
    assert model.language_model.model.config.model_type == "phi"
    assert model.num_parameters() < 1_000_000
    assert len(TINY_PRESETS) == len(TINY_VISION_CONFIGS) * 3 * len(TINY_LM_CONFIGS)


def test_token_reducing_variant_quarters_the_tokens():
    model = build_preset("tiny-siglip-pixel_shuffle2x_mlp2x_gelu-llama")
    assert isinstance(model.projector, PixelShuffleProjector)
    assert model.vision_encoder.num_tokens == 16 and model.tokens_per_image == 4


def test_slava_cxr_from_local_folders(tmp_path):
    torch.manual_seed(0)
    vision = HFVisionEncoder(config=TINY_VISION_CONFIGS["clip"]["config"])
    vision.model.save_pretrained(tmp_path / "clip")
    lm = CausalLanguageModel(config=TINY_LM_CONFIGS["phi"])
    lm.model.save_pretrained(tmp_path / "phi")
    lm.tokenizer.save_pretrained(tmp_path / "phi")
    model = build_preset(
        "slava-cxr", vision_path=str(tmp_path / "clip"), language_path=str(tmp_path / "phi")
    )
    assert model.vision_encoder.feature_layer == -2 and model.vision_encoder.select == "patch"
    assert isinstance(model.projector, MLPProjector)
    assert (model.projector.in_features, model.projector.out_features) == (32, 64)
    torch.testing.assert_close(model.language_model.model.lm_head.weight, lm.model.lm_head.weight)


@pytest.mark.parametrize(
    ("name", "paths", "match"),
    [
        ("slava-cxr", {"language_path": "/x"}, "vision_path"),
        ("slava-cxr", {"vision_path": "/missing/clip", "language_path": "/x"}, "/missing/clip"),
        ("tiny-clip-qformer-phi", {}, "qformer"),
        ("huge", {}, "huge"),
        ("tiny", {"vision_path": "/x"}, "no paths"),
    ],
)
def test_preset_ill_arguments(name, paths, match):
    with pytest.raises(ValueError, match=match):
        build_preset(name, **paths)

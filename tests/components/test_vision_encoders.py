"""Vision encoders: shapes, layer selection against the wrapped model, local loading, bad arguments."""

from __future__ import annotations

import json

import pytest
import timm
import torch
from safetensors.torch import save_file

from slava_lightning.components.vision import CLIP_MEAN, HFVisionEncoder, TimmVisionEncoder
from slava_lightning.presets import TINY_VISION_CONFIGS

CLIP = TINY_VISION_CONFIGS["clip"]["config"]
SIGLIP = TINY_VISION_CONFIGS["siglip"]["config"]


def test_clip_selects_penultimate_layer_without_cls():
    torch.manual_seed(0)
    enc = HFVisionEncoder(config=CLIP).eval()
    x = torch.randn(2, 3, 32, 32)
    feats = enc(x)
    assert feats.shape == (2, enc.num_tokens, enc.hidden_size) == (2, 16, 32)
    hidden = enc.model(pixel_values=x, output_hidden_states=True).hidden_states
    torch.testing.assert_close(feats, hidden[-2][:, 1:])
    assert enc.processing.size == 32 and enc.processing.mean == CLIP_MEAN


def test_clip_full_keeps_cls_and_siglip_has_none():
    x = torch.randn(1, 3, 32, 32)
    full = HFVisionEncoder(config=CLIP, select="full", feature_layer=-1)
    assert full(x).shape == (1, 17, 32) and full.num_tokens == 17
    torch.manual_seed(0)
    patch = HFVisionEncoder(config={**SIGLIP, "model_type": "siglip"}, select="patch")
    torch.manual_seed(0)
    sfull = HFVisionEncoder(config=SIGLIP, select="full")
    assert patch.num_tokens == sfull.num_tokens == 16
    torch.testing.assert_close(patch(x), sfull(x))
    assert patch.processing.mean == (0.5, 0.5, 0.5)


def test_loads_from_folder_with_processor_settings(tmp_path):
    torch.manual_seed(0)
    enc = HFVisionEncoder(config=CLIP)
    enc.model.save_pretrained(tmp_path)
    (tmp_path / "preprocessor_config.json").write_text(
        json.dumps(
            {
                "crop_size": {"height": 32, "width": 32},
                "image_mean": [0.1, 0.2, 0.3],
                "image_std": [0.4, 0.5, 0.6],
            }
        )  # fmt: skip
    )
    loaded = HFVisionEncoder(path=str(tmp_path))
    assert loaded.processing.mean == (0.1, 0.2, 0.3) and loaded.processing.std == (0.4, 0.5, 0.6)
    x = torch.randn(1, 3, 32, 32)
    torch.testing.assert_close(loaded.eval()(x), enc.eval()(x))
    assert set(loaded.state_dict()) == set(enc.state_dict())
    # transformers 5 keeps the tower flat: keys are model.embeddings.*, model.encoder.*
    assert "model.embeddings.patch_embedding.weight" in loaded.state_dict()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({}, "exactly one"),
        ({"path": "x", "config": CLIP}, "exactly one"),
        ({"path": "/nonexistent/clip"}, "/nonexistent/clip"),
        ({"config": {**CLIP, "model_type": "vit"}}, "model_type"),
        ({"config": CLIP, "select": "cls"}, "select"),
        ({"config": CLIP, "feature_layer": 7}, "feature_layer"),
    ],
)
def test_hf_encoder_ill_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        HFVisionEncoder(**kwargs)


def test_timm_vit_tokens_and_prefix():
    torch.manual_seed(0)
    enc = TimmVisionEncoder("test_vit", image_size=32, model_kwargs={"patch_size": 8}).eval()
    x = torch.randn(2, 3, 32, 32)
    feats = enc(x)
    assert feats.shape == (2, 16, enc.model.embed_dim) and enc.num_tokens == 16
    # Same as timm's own last block output before the final norm, minus the class token.
    blocks = enc.model.blocks(enc.model.norm_pre(enc.model._pos_embed(enc.model.patch_embed(x))))
    torch.testing.assert_close(feats, blocks[:, enc.model.num_prefix_tokens :])
    full = TimmVisionEncoder(
        "test_vit", image_size=32, select="full", model_kwargs={"patch_size": 8}
    )
    assert full.num_tokens == 16 + full.model.num_prefix_tokens
    assert full(x).shape[1] == full.num_tokens


def test_timm_cnn_flattens_feature_map():
    torch.manual_seed(0)
    enc = TimmVisionEncoder("test_resnet", image_size=64).eval()
    x = torch.randn(1, 3, 64, 64)
    fmap = enc.model.forward_features(x)
    torch.testing.assert_close(enc(x), fmap.flatten(2).transpose(1, 2))
    assert enc.hidden_size == fmap.shape[1] and enc.num_tokens == fmap.shape[2] * fmap.shape[3]


def test_timm_loads_local_weights(tmp_path):
    torch.manual_seed(1)
    source = timm.create_model("test_resnet", pretrained=False)
    file = tmp_path / "weights.safetensors"
    save_file({k: v.contiguous() for k, v in source.state_dict().items()}, str(file))
    enc = TimmVisionEncoder("test_resnet", pretrained_path=str(file), image_size=64)
    torch.testing.assert_close(enc.model.conv1[0].weight, source.conv1[0].weight)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"model_name": "no_such_model"}, "no_such_model"),
        (
            {"model_name": "test_vit", "pretrained_path": "/missing.safetensors"},
            "/missing.safetensors",
        ),
        ({"model_name": "test_vit", "select": "cls"}, "select"),
    ],
)
def test_timm_encoder_ill_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        TimmVisionEncoder(**kwargs)

"""Projectors: LLaVA key layout, shapes, pixel-shuffle against a loop reference, bad arguments."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from slava_lightning.components.projector import (
    LinearProjector,
    MLPProjector,
    PixelShuffleProjector,
    build_projector,
)


def test_mlp2x_gelu_has_llava_layout():
    proj = build_projector("mlp2x_gelu", 8, 16)
    assert isinstance(proj, MLPProjector)
    assert list(proj.state_dict()) == [
        "layers.0.weight",
        "layers.0.bias",
        "layers.2.weight",
        "layers.2.bias",
    ]
    assert isinstance(proj.layers[1], nn.GELU)
    x = torch.randn(2, 5, 8)
    ref = proj.layers[2](nn.functional.gelu(proj.layers[0](x)))
    torch.testing.assert_close(proj(x), ref)


def test_linear_and_deeper_mlps():
    lin = build_projector("linear", 8, 16)
    assert isinstance(lin, LinearProjector) and list(lin.state_dict()) == [
        "layers.0.weight",
        "layers.0.bias",
    ]
    assert lin(torch.randn(1, 3, 8)).shape == (1, 3, 16)
    deep = build_projector("mlp3x_gelu", 8, 16)
    assert [type(m) for m in deep.layers] == [nn.Linear, nn.GELU, nn.Linear, nn.GELU, nn.Linear]


def test_pixel_shuffle_merges_2x2_blocks():
    torch.manual_seed(0)
    proj = PixelShuffleProjector(4, 6, factor=2, depth=1)
    assert proj.num_output_tokens(576) == 144 and proj.num_output_tokens(16) == 4
    x = torch.randn(2, 16, 4)  # a 4x4 grid
    grid = x.reshape(2, 4, 4, 4)
    merged = torch.stack(
        [torch.cat([grid[:, 2 * i + a, 2 * j + b] for a in (0, 1) for b in (0, 1)], dim=-1)
         for i in range(2) for j in range(2)],
        dim=1,
    )  # fmt: skip
    torch.testing.assert_close(proj(x), proj.layers(merged))
    assert build_projector("pixel_shuffle2x_mlp2x_gelu", 4, 6).num_output_tokens(16) == 4


@pytest.mark.parametrize(
    ("make", "match"),
    [
        (lambda: MLPProjector(0, 4), "in_features"),
        (lambda: LinearProjector(4, -1), "out_features"),
        (lambda: MLPProjector(4, 4, depth=0), "depth"),
        (lambda: MLPProjector(4, 4, activation="swish2"), "activation"),
        (lambda: PixelShuffleProjector(4, 4, factor=0), "factor"),
        (lambda: PixelShuffleProjector(4, 4).num_output_tokens(17), "17 tokens"),
        (lambda: PixelShuffleProjector(4, 4, factor=4).num_output_tokens(36), "factor=4"),
        (lambda: build_projector("qformer", 4, 4), "qformer"),
    ],
)
def test_projector_ill_arguments(make, match):
    with pytest.raises(ValueError, match=match):
        make()

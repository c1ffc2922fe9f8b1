"""Projectors from vision features to language-model embeddings.

State-dict layouts follow LLaVA so checkpoints map one to one: ``mlp2x_gelu`` is ``layers.0`` (Linear),
``layers.1`` (GELU), ``layers.2`` (Linear), as LLaVA's ``mm_projector.0`` / ``mm_projector.2``.
"""

from __future__ import annotations

import math
import re

import torch
from torch import nn

from slava_lightning.components.base import Projector

#: Projector activation names (also Llava's ``projector_hidden_act``) -> their modules.
ACTIVATIONS: dict[str, type[nn.Module]] = {
    "gelu": nn.GELU,
    "relu": nn.ReLU,
    "silu": nn.SiLU,
    "tanh": nn.Tanh,
}


def _check_dims(in_features: int, out_features: int) -> None:
    if in_features <= 0:
        raise ValueError(f"in_features must be positive, got {in_features}")
    if out_features <= 0:
        raise ValueError(f"out_features must be positive, got {out_features}")


def _mlp(in_features: int, out_features: int, depth: int, activation: str) -> nn.Sequential:
    """Linear, Act, Linear, ... with ``depth`` Linear layers (hidden width ``out_features``)."""
    if depth < 1:
        raise ValueError(f"depth must be >= 1, got {depth}")
    if activation not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {sorted(ACTIVATIONS)}, got {activation!r}")
    layers: list[nn.Module] = [nn.Linear(in_features, out_features)]
    for _ in range(depth - 1):
        layers += [ACTIVATIONS[activation](), nn.Linear(out_features, out_features)]
    return nn.Sequential(*layers)


class LinearProjector(Projector):
    """One linear layer (LLaVA ``linear``); parameters under ``layers.0``."""

    def __init__(self, in_features: int, out_features: int) -> None:
        super().__init__()
        _check_dims(in_features, out_features)
        self.in_features, self.out_features = in_features, out_features
        self.layers = nn.Sequential(nn.Linear(in_features, out_features))

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """``[N, T, in_features]`` -> ``[N, T, out_features]``."""
        return self.layers(features)


class MLPProjector(Projector):
    """An MLP of ``depth`` linear layers (LLaVA ``mlp{depth}x_{activation}``).

    Args:
        in_features: vision width.
        out_features: language-model width (also the hidden width, as in LLaVA).
        depth: number of linear layers.
        activation: ``gelu`` (LLaVA), ``relu``, ``silu`` or ``tanh``.
    """

    def __init__(
        self, in_features: int, out_features: int, depth: int = 2, activation: str = "gelu"
    ) -> None:
        super().__init__()
        _check_dims(in_features, out_features)
        self.in_features, self.out_features = in_features, out_features
        self.layers = _mlp(in_features, out_features, depth, activation)

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """``[N, T, in_features]`` -> ``[N, T, out_features]``."""
        return self.layers(features)


class PixelShuffleProjector(Projector):
    """Merge each ``factor x factor`` block of patch tokens into one token, then an MLP.

    The token grid must be square with a side divisible by ``factor``; 576 CLIP-336 tokens become 144
    with ``factor=2``. The MLP input width is ``in_features * factor**2``.
    """

    def __init__(
        self,
        in_features: int,
        out_features: int,
        factor: int = 2,
        depth: int = 2,
        activation: str = "gelu",
    ) -> None:
        super().__init__()
        _check_dims(in_features, out_features)
        if factor < 1:
            raise ValueError(f"factor must be >= 1, got {factor}")
        self.in_features, self.out_features, self.factor = in_features, out_features, factor
        self.layers = _mlp(in_features * factor * factor, out_features, depth, activation)

    def _grid(self, num_input_tokens: int) -> int:
        side = math.isqrt(num_input_tokens)
        if side * side != num_input_tokens or side % self.factor:
            raise ValueError(
                f"PixelShuffleProjector needs a square token grid with a side divisible by "
                f"factor={self.factor}; got {num_input_tokens} tokens (use select='patch')"
            )
        return side

    def num_output_tokens(self, num_input_tokens: int) -> int:
        """``num_input_tokens / factor**2``."""
        return (self._grid(num_input_tokens) // self.factor) ** 2

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """``[N, S*S, C]`` -> ``[N, (S/f)^2, out_features]``."""
        n, t, c = features.shape
        side, f = self._grid(t), self.factor
        x = features.reshape(n, side // f, f, side // f, f, c).permute(0, 1, 3, 2, 4, 5)
        return self.layers(x.reshape(n, (side // f) ** 2, f * f * c))


def build_projector(kind: str, in_features: int, out_features: int) -> Projector:
    """Build a projector from a LLaVA ``mm_projector_type`` name.

    Known names: ``linear``, ``mlp{N}x_gelu`` (``mlp2x_gelu`` in LLaVA-1.5 and SLaVA-CXR), and
    ``pixel_shuffle{F}x_mlp{N}x_gelu``.
    """
    if kind == "linear":
        return LinearProjector(in_features, out_features)
    if m := re.fullmatch(r"mlp(\d+)x_(\w+)", kind):
        return MLPProjector(in_features, out_features, int(m[1]), m[2])
    if m := re.fullmatch(r"pixel_shuffle(\d+)x_mlp(\d+)x_(\w+)", kind):
        return PixelShuffleProjector(in_features, out_features, int(m[1]), int(m[2]), m[3])
    raise ValueError(
        f"unknown projector kind {kind!r}; expected 'linear', 'mlp<N>x_gelu' or "
        "'pixel_shuffle<F>x_mlp<N>x_gelu'"
    )

"""Contracts of the three swappable parts: vision encoder, projector, language model.

Everything else in the library (model, training, data, inference, interop) talks to these
interfaces only, so any implementation that honours them can be chosen in YAML by ``class_path``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

import torch
from torch import nn


@dataclass(frozen=True)
class ImageProcessing:
    """How images must be prepared for a vision encoder (read from its own processor settings)."""

    size: int
    mean: tuple[float, float, float]
    std: tuple[float, float, float]


class VisionEncoder(nn.Module, ABC):
    """Images ``[N, 3, H, W]`` -> patch features ``[N, num_tokens, hidden_size]``."""

    @property
    @abstractmethod
    def hidden_size(self) -> int:
        """Width ``D`` of the features (the projector's input size)."""

    @property
    @abstractmethod
    def num_tokens(self) -> int:
        """Number of feature tokens per image at ``processing.size``."""

    @property
    @abstractmethod
    def processing(self) -> ImageProcessing:
        """Input size and normalisation expected by this encoder."""

    @abstractmethod
    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """Encode ``pixel_values`` ``[N, 3, H, W]`` to ``[N, num_tokens, hidden_size]``."""


class Projector(nn.Module, ABC):
    """Vision features ``[N, T, in_features]`` -> LM embeddings ``[N, T', out_features]``."""

    in_features: int
    out_features: int

    def num_output_tokens(self, num_input_tokens: int) -> int:
        """Tokens per image after projection (token-reducing projectors override this)."""
        return num_input_tokens

    @abstractmethod
    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """Project ``features``."""

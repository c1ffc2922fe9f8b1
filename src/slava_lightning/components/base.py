"""Contracts of the three swappable parts: vision encoder, projector, language model.

Everything else in the library (model, training, data, inference, interop) talks to these
interfaces only, so any implementation that honours them can be chosen in YAML by ``class_path``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

#: The one component vocabulary: the short names stages, learning rates, optimizer groups and
#: parameter counts use -> the attribute (and ``SlavaModule`` / YAML argument) holding the part.
COMPONENT_ATTRIBUTES: dict[str, str] = {
    "vision": "vision_encoder",
    "projector": "projector",
    "language": "language_model",
}
#: The short names, in model order.
COMPONENT_NAMES: tuple[str, ...] = tuple(COMPONENT_ATTRIBUTES)


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


class LanguageModel(nn.Module, ABC):
    """A causal LM with its tokenizer; ``<image>`` is in the tokenizer as ``image_token_id``."""

    #: The tokenizer (transformers-compatible), holding ``<image>``.
    tokenizer: Any
    #: The wrapped causal LM (a transformers ``*ForCausalLM``: ``generate``, ``config``...).
    model: Any
    image_token_id: int

    @property
    @abstractmethod
    def hidden_size(self) -> int:
        """Width of the token embeddings (the projector's output size)."""

    @property
    @abstractmethod
    def pad_token_id(self) -> int:
        """Id used for padding."""

    @abstractmethod
    def embed(self, input_ids: torch.Tensor) -> torch.Tensor:
        """Token embeddings of ``input_ids``."""

    @abstractmethod
    def decoder(self, **kwargs: Any) -> Any:
        """Run the transformer body without the LM head (output has ``last_hidden_state``)."""

    @abstractmethod
    def lm_head(self, hidden: torch.Tensor) -> torch.Tensor:
        """Vocabulary logits of ``hidden`` states."""

"""Shared test setup: offline hubs, quiet logging, few threads, tiny models and batches."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from collections.abc import Callable

import pytest
import torch

from slava_test_batches import make_test_batch

torch.set_num_threads(min(2, torch.get_num_threads()))


@pytest.fixture
def tiny_model():
    """A fresh tiny random SlavaModel (CLIP + mlp2x_gelu + Phi), seeded, in eval mode."""
    from slava_lightning.presets import build_preset

    torch.manual_seed(0)
    return build_preset("tiny").eval()


@pytest.fixture
def tiny_tokenizer():
    """The packaged tiny tokenizer with ``<image>`` added."""
    from transformers import AutoTokenizer

    from slava_lightning.components.language import add_image_token, tiny_tokenizer_path

    tok = AutoTokenizer.from_pretrained(tiny_tokenizer_path())
    add_image_token(tok)
    return tok


@pytest.fixture
def make_batch() -> Callable[..., dict[str, torch.Tensor]]:
    """``make_batch(model, [(n_images, answer_or_None), ...], padding_side="right")``."""
    return make_test_batch

"""Fixtures of the data tests: a tokenizer with ``<image>`` and small image settings."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from slava_lightning.components.base import ImageProcessing


@pytest.fixture
def tokenizer():
    """The packaged tiny tokenizer with ``<image>`` added."""
    from transformers import AutoTokenizer

    from slava_lightning.components.language import add_image_token, tiny_tokenizer_path

    tok = AutoTokenizer.from_pretrained(tiny_tokenizer_path())
    add_image_token(tok)
    return tok


@pytest.fixture
def processing() -> ImageProcessing:
    """32-px CLIP-like settings."""
    return ImageProcessing(
        32, (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)
    )

"""Shared test setup: offline hubs, quiet logging, few threads, tiny models and batches."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from collections.abc import Callable, Sequence

import pytest
import torch

torch.set_num_threads(min(2, torch.get_num_threads()))


@pytest.fixture
def tiny_model():
    """A fresh tiny random SlavaModel (CLIP + mlp2x_gelu + Phi), seeded, in eval mode."""
    from slava_lightning.components.presets import build_preset

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


BatchSpec = Sequence[tuple[int, str | None]]


def _make_batch(
    model, samples: BatchSpec, padding_side: str = "right", seed: int = 0
) -> dict[str, torch.Tensor]:
    """Collate ``(n_images, answer_or_None)`` samples like the data collator does.

    With an answer the sample is a training conversation (labels on the answer); without one it is
    a generation prompt. Images are random, ``[N, 3, S, S]`` at the encoder's size.
    """
    from slava_lightning.prompts import Turn, report_turns, tokenize_conversation

    tok = model.tokenizer
    rows, labels = [], []
    for i, (n_images, answer) in enumerate(samples):
        turns = report_turns("generate", n_images=n_images)
        if n_images == 0:
            turns = [Turn("user", f"Describe case {i}: " + turns[0].text)]
        if answer is not None:
            turns = [*turns, Turn("assistant", answer)]
        conv = tokenize_conversation(tok, turns)
        rows.append(conv.input_ids)
        labels.append(conv.labels)
    width = max(len(r) for r in rows)
    pad = model.language_model.pad_token_id
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros_like(ids)
    lab = torch.full_like(ids, -100)
    for b, (r, lb) in enumerate(zip(rows, labels, strict=True)):
        sl = slice(width - len(r), width) if padding_side == "left" else slice(0, len(r))
        ids[b, sl] = torch.tensor(r)
        mask[b, sl] = 1
        lab[b, sl] = torch.tensor(lb)
    size = model.vision_encoder.processing.size
    n = sum(s[0] for s in samples)
    gen = torch.Generator().manual_seed(seed)
    batch = {
        "input_ids": ids,
        "attention_mask": mask,
        "pixel_values": torch.randn(n, 3, size, size, generator=gen),
    }
    if all(s[1] is not None for s in samples):
        batch["labels"] = lab
    return batch


@pytest.fixture
def make_batch() -> Callable[..., dict[str, torch.Tensor]]:
    """``make_batch(model, [(n_images, answer_or_None), ...], padding_side="right")``."""
    return _make_batch

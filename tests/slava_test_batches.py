"""Collate test batches the way the data collator does (shared by several test folders)."""

from __future__ import annotations

from collections.abc import Sequence

import torch

BatchSpec = Sequence[tuple[int, str | None]]


def make_test_batch(
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

"""The learning-rate schedule of a stage: linear warm-up, then cosine decay to zero.

Unlike ``transformers.get_cosine_schedule_with_warmup``, whose first step runs at learning rate 0,
step ``s`` of ``W`` warm-up steps runs at ``(s + 1) / W`` of the peak, so every optimizer step
moves the weights; the cosine then decays over the remaining ``T - W`` steps, reaching zero only
after the last step.
"""

from __future__ import annotations

import math

import torch


def warmup_cosine_factor(step: int, warmup: int, total: int) -> float:
    """Multiplier of the peak learning rate at optimizer step ``step`` (0-based)."""
    if step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return max(0.0, 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress))))


def warmup_cosine(
    optimizer: torch.optim.Optimizer, warmup: int, total: int
) -> torch.optim.lr_scheduler.LambdaLR:
    """A ``LambdaLR`` following :func:`warmup_cosine_factor` for ``total`` steps."""
    if total < 1 or not 0 <= warmup <= total:
        raise ValueError(f"need 0 <= warmup <= total and total >= 1, got {warmup}, {total}")
    return torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: warmup_cosine_factor(step, warmup, total)
    )

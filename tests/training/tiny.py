"""Tiny SlavaModule pieces and hand-collated batches for training tests."""

from __future__ import annotations

import functools

import torch

from slava_lightning.components.language import CausalLanguageModel
from slava_lightning.components.projector import MLPProjector
from slava_lightning.components.vision import HFVisionEncoder
from slava_lightning.presets import TINY_LM_CONFIGS, TINY_VISION_CONFIGS
from slava_lightning.training.module import SlavaModule
from slava_test_batches import make_test_batch as _make_batch

ANSWERS = ["The lungs are clear.", "Small left pleural effusion.", "Heart size is enlarged."]
TASKS = ["report", "instruction", "report"]


def tiny_module(seed: int = 0, **kwargs) -> SlavaModule:
    """A seeded tiny SlavaModule (CLIP + 2-layer GELU MLP + Phi)."""
    torch.manual_seed(seed)
    vision = HFVisionEncoder(config=TINY_VISION_CONFIGS["clip"]["config"])
    lm = CausalLanguageModel(config=TINY_LM_CONFIGS["phi"])
    projector = functools.partial(MLPProjector, depth=2, activation="gelu")
    return SlavaModule(vision, projector, lm, **kwargs)


def batches(module: SlavaModule, n: int = 4, size: int = 3) -> list[dict]:
    """``n`` fixed training batches of ``size`` samples with task tags."""
    out = []
    for i in range(n):
        spec = [(1, ANSWERS[(i + j) % len(ANSWERS)]) for j in range(size)]
        batch = _make_batch(module.model, spec, seed=i)
        batch["tasks"] = [TASKS[(i + j) % len(TASKS)] for j in range(size)]
        batch["ids"] = [f"s{i}-{j}" for j in range(size)]
        out.append(batch)
    return out


def loader(module: SlavaModule, n: int = 4, size: int = 3) -> torch.utils.data.DataLoader:
    """A DataLoader over pre-collated batches."""
    return torch.utils.data.DataLoader(batches(module, n, size), batch_size=None, shuffle=False)

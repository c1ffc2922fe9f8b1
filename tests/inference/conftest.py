"""Fixtures of the inference tests: a generator around a tiny model."""

from __future__ import annotations

import pytest
import torch

from slava_lightning.inference.engine import ReportGenerator
from slava_lightning.presets import build_preset


@pytest.fixture(scope="module")
def generator() -> ReportGenerator:
    """A generator around a seeded tiny model (CLIP + mlp2x_gelu + Phi)."""
    torch.manual_seed(0)
    return ReportGenerator(build_preset("tiny"), batch_size=4, model_id="tiny-test")

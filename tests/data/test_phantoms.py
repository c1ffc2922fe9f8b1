"""Synthetic phantoms: determinism, texts that match the drawing, labels, visibility, datamodule."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from PIL import Image

from slava_lightning.data.phantom_datamodule import PhantomDataModule
from slava_lightning.data.phantoms import (
    KINDS,
    OBSERVATIONS,
    FindingSpec,
    make_phantom,
    write_phantom_dataset,
)


def test_deterministic_and_texts_state_the_finding():
    a = make_phantom(FindingSpec("effusion", "right", "large"), seed=5, size=64)
    b = make_phantom(FindingSpec("effusion", "right", "large"), seed=5, size=64)
    assert np.array_equal(np.asarray(a.image), np.asarray(b.image)) and a.image.size == (64, 64)
    assert a.findings.startswith("There is a large right pleural effusion.")
    assert a.impression == "Large right pleural effusion."
    assert a.labels["Pleural Effusion"] == 1.0 and a.labels["Pneumothorax"] == 0.0
    assert math.isnan(a.labels["Fracture"]) and set(a.labels) == set(OBSERVATIONS)
    n = make_phantom("normal", seed=1)
    assert n.labels["No Finding"] == 1.0 and n.impression == "No acute cardiopulmonary abnormality."
    o = make_phantom(FindingSpec("opacity", "left", "small", "upper"), seed=1)
    assert "small focal opacity in the left upper lung zone" in o.findings
    d = make_phantom(FindingSpec("device", "left"), seed=1)
    assert d.labels["Support Devices"] == 1.0 and d.labels["No Finding"] == 1.0


def test_findings_are_drawn_where_stated():
    """Pixel statistics agree with the text: side of an effusion, width of the heart."""

    def mean(img: Image.Image, rows: slice, cols: slice) -> float:
        return float(np.asarray(img, dtype=float)[rows, cols].mean())

    base = make_phantom("normal", seed=3).image
    right = make_phantom(FindingSpec("effusion", "right", "large"), seed=3).image
    # the patient's right is the image's left: its lower lung gets brighter, the other side not
    assert mean(right, slice(38, 46), slice(12, 24)) > mean(base, slice(38, 46), slice(12, 24)) + 40
    assert (
        abs(mean(right, slice(38, 46), slice(40, 52)) - mean(base, slice(38, 46), slice(40, 52)))
        < 15
    )
    big = make_phantom("cardiomegaly", seed=3).image
    assert mean(big, slice(40, 48), slice(22, 26)) > mean(base, slice(40, 48), slice(22, 26)) + 30
    for bad in (dict(kind="x"), dict(kind="effusion"), dict(kind="normal", side="left")):
        with pytest.raises(ValueError, match="FindingSpec"):
            FindingSpec(**bad)
    with pytest.raises(ValueError, match="size"):
        make_phantom("normal", seed=0, size=8)


@pytest.mark.slow
def test_a_tiny_cnn_separates_the_classes(tmp_path):
    """Keeps the phantoms honest: the planted findings are visible at 64 px."""
    rows = write_phantom_dataset(
        tmp_path, 300, seed=0, size=64, val_fraction=0.0, test_fraction=0.2
    )
    x = torch.stack(
        [
            torch.from_numpy(
                np.asarray(Image.open(tmp_path / r["image"]), dtype=np.float32) / 255.0
            )
            for r in rows
        ]
    ).unsqueeze(1)
    y = torch.tensor([KINDS.index(r["finding"]) for r in rows])
    train = torch.tensor([r["split"] == "train" for r in rows])
    torch.manual_seed(0)
    net = torch.nn.Sequential(
        torch.nn.Conv2d(1, 8, 5, stride=2, padding=2),
        torch.nn.ReLU(),
        torch.nn.Conv2d(8, 16, 3, stride=2, padding=1),
        torch.nn.ReLU(),
        torch.nn.AdaptiveAvgPool2d(8),
        torch.nn.Flatten(),
        torch.nn.Linear(16 * 64, len(KINDS)),
    )
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    for _ in range(120):
        idx = torch.nonzero(train).squeeze(1)[torch.randint(0, int(train.sum()), (64,))]
        loss = torch.nn.functional.cross_entropy(net(x[idx]), y[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        acc = (net(x[~train]).argmax(1) == y[~train]).float().mean().item()
    assert acc >= 0.8, acc


def test_datamodule_tasks_and_cache(tmp_path, tokenizer, processing):
    dm = PhantomDataModule(
        n=30,
        tasks=["caption", "instruction", "report", "summary"],
        cache_dir=str(tmp_path),
        batch_size=4,
    )
    dm.attach(tokenizer, processing)
    train = dm.samples("train")
    assert len(train) == 4 * 24 and {s.task for s in train} == {
        "caption",
        "instruction",
        "report",
        "summary",
    }
    assert all(s.metadata["synthetic"] for s in train)
    rep = next(s for s in train if s.task == "report")
    assert rep.turns[1].text == rep.metadata["findings"]
    cap = next(s for s in train if s.task == "caption")
    assert cap.turns[1].text.startswith("Synthetic chest radiograph")
    again = PhantomDataModule(n=30, cache_dir=str(tmp_path)).samples("train")
    assert [s.images for s in again] == [s.images for s in train if s.task == "report"]
    batch = next(iter(dm.predict_dataloader()))
    assert len(batch["references"]) == 4 and batch["pixel_values"].shape == (4, 3, 32, 32)
    with pytest.raises(ValueError, match="tasks"):
        PhantomDataModule(tasks=["dance"])

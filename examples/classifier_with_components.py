"""Reuse slava-lightning's ``VisionEncoder`` and ``Projector`` in a different LightningModule.

A CheXpert 14-label classifier (multi-label BCE) on the synthetic phantoms: a tiny random timm
ResNet (:class:`~slava_lightning.components.vision.TimmVisionEncoder`) encodes each image, an
:class:`~slava_lightning.components.projector.MLPProjector` maps its patch features to a small
width, the tokens are mean-pooled and a linear head gives one logit per CheXpert observation.
Labels that a phantom's report does not mention (NaN) are masked out of the loss and the AUC.

Run (offline, CPU, well under a minute)::

    python examples/classifier_with_components.py

It prints the macro AUC over the labels that the held-out phantoms contain (chance: 0.5).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence

import lightning.pytorch as pl
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from torchmetrics.functional.classification import binary_auroc

from slava_lightning.components import Projector, VisionEncoder
from slava_lightning.components.projector import MLPProjector
from slava_lightning.components.vision import TimmVisionEncoder
from slava_lightning.data.phantoms import KINDS, OBSERVATIONS, make_phantom


def phantom_tensors(n: int, seed: int, size: int, encoder: VisionEncoder) -> TensorDataset:
    """``n`` phantoms (kinds in turn) as normalised images ``[n, 3, S, S]`` and labels ``[n, 14]``.

    Unmentioned labels stay NaN (masked by the loss).
    """
    proc = encoder.processing
    mean = torch.tensor(proc.mean).view(3, 1, 1)
    std = torch.tensor(proc.std).view(3, 1, 1)
    images, labels = [], []
    for i in range(n):
        ph = make_phantom(KINDS[i % len(KINDS)], seed=seed + i, size=size)
        gray = torch.from_numpy(np.asarray(ph.image, dtype=np.float32) / 255.0)
        if size != proc.size:
            gray = nn.functional.interpolate(gray[None, None], size=proc.size, mode="bilinear")[
                0, 0
            ]
        images.append((gray.expand(3, -1, -1) - mean) / std)
        labels.append([ph.labels[name] for name in OBSERVATIONS])
    return TensorDataset(torch.stack(images), torch.tensor(labels, dtype=torch.float32))


def masked_bce(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Mean BCE over the labels that are not NaN."""
    known = ~torch.isnan(labels)
    if not known.any():
        raise ValueError("labels: every entry is NaN")
    return nn.functional.binary_cross_entropy_with_logits(logits[known], labels[known])


class ChexpertClassifier(pl.LightningModule):
    """Vision encoder -> projector -> mean pool -> 14 logits.

    Args:
        encoder: any slava-lightning :class:`VisionEncoder`.
        projector: any :class:`Projector` whose ``in_features`` is the encoder's width.
        lr: AdamW learning rate.
    """

    def __init__(self, encoder: VisionEncoder, projector: Projector, lr: float = 3e-3) -> None:
        super().__init__()
        if projector.in_features != encoder.hidden_size:
            raise ValueError(
                f"projector.in_features={projector.in_features} != encoder.hidden_size="
                f"{encoder.hidden_size}"
            )
        if lr <= 0:
            raise ValueError(f"lr must be > 0, got {lr}")
        self.encoder, self.projector, self.lr = encoder, projector, lr
        self.head = nn.Linear(projector.out_features, len(OBSERVATIONS))

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """Logits ``[N, 14]`` of images ``[N, 3, H, W]``."""
        tokens = self.projector(self.encoder(pixel_values))
        return self.head(tokens.mean(dim=1))

    def training_step(self, batch: Sequence[torch.Tensor], batch_idx: int) -> torch.Tensor:
        """Masked BCE of one batch."""
        images, labels = batch
        loss = masked_bce(self(images), labels)
        self.log("train/loss", loss, prog_bar=True)
        return loss

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """AdamW over every parameter."""
        return torch.optim.AdamW(self.parameters(), lr=self.lr)


def macro_auc(logits: torch.Tensor, labels: torch.Tensor) -> dict[str, float]:
    """AUC per observation (only those with both classes among the known labels) and ``macro``."""
    out: dict[str, float] = {}
    for j, name in enumerate(OBSERVATIONS):
        known = ~torch.isnan(labels[:, j])
        y = labels[known, j].long()
        if y.numel() and 0 < int(y.sum()) < y.numel():
            out[name] = float(binary_auroc(logits[known, j], y))
    if not out:
        raise ValueError("labels: no observation has both classes")
    out["macro"] = float(np.mean(list(out.values())))
    return out


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    """Train on phantoms, return the held-out AUCs (``macro`` and one per observation)."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--train", type=int, default=160, help="training phantoms")
    p.add_argument("--test", type=int, default=60, help="held-out phantoms")
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    pl.seed_everything(args.seed, verbose=False)
    encoder = TimmVisionEncoder(model_name="test_resnet", image_size=64)
    projector = MLPProjector(encoder.hidden_size, 32, depth=2, activation="gelu")
    model = ChexpertClassifier(encoder, projector)
    train = phantom_tensors(args.train, seed=args.seed, size=64, encoder=encoder)
    # Held-out: seeds far from the training ones, so no drawing is repeated.
    test = phantom_tensors(args.test, seed=args.seed + 100_000, size=64, encoder=encoder)
    trainer = pl.Trainer(
        accelerator="cpu", max_epochs=args.epochs, logger=False, enable_checkpointing=False,
        enable_progress_bar=False, enable_model_summary=False,
    )  # fmt: skip
    trainer.fit(model, DataLoader(train, batch_size=16, shuffle=True))
    model.eval()
    with torch.no_grad():
        logits = model(test.tensors[0])
    aucs = macro_auc(logits, test.tensors[1])
    for name, value in aucs.items():
        print(f"{name:<20} AUC {value:.3f}")
    assert math.isfinite(aucs["macro"])
    return aucs


if __name__ == "__main__":
    main()

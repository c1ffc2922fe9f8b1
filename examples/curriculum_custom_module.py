"""The ``Curriculum`` callback driving a LightningModule that is not ``SlavaModule``.

A small regression model with two parts, ``backbone`` and ``head``, trained in two stages: first
only the head (lr 1e-2), then both (lr 1e-3 for the backbone, 5e-3 for the head). The module tells
the curriculum where its parts are (``components={"vision": "backbone", "projector": "head"}``)
and implements the optional ``apply_stage`` hook to take each stage's learning rates; the callback
freezes/unfreezes the parts and rebuilds the optimizer at the stage boundary.

Run (offline, CPU, a few seconds)::

    python examples/curriculum_custom_module.py

It prints, per stage, which parts were trainable and the optimizer's learning rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import lightning.pytorch as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from slava_lightning.training.curriculum import Curriculum
from slava_lightning.training.stages import Stage, Trainable


class TwoPartRegressor(pl.LightningModule):
    """``backbone`` (MLP) then ``head`` (linear), trained with MSE."""

    def __init__(self, in_features: int = 8, hidden: int = 16) -> None:
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(in_features, hidden), nn.Tanh())
        self.head = nn.Linear(hidden, 1)
        self.lrs: dict[str, float] = {"backbone": 1e-3, "head": 1e-3}

    def apply_stage(self, stage: Stage, total_steps: int) -> None:
        """Curriculum hook: take the stage's learning rates (component names -> our parts)."""
        self.lrs = {"backbone": stage.lr_of("vision"), "head": stage.lr_of("projector")}

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Predictions ``[N]``."""
        return self.head(self.backbone(x)).squeeze(-1)

    def training_step(self, batch: Sequence[torch.Tensor], batch_idx: int) -> torch.Tensor:
        """MSE of one batch."""
        x, y = batch
        loss = nn.functional.mse_loss(self(x), y)
        self.log("train/loss", loss)
        return loss

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """SGD with one group per part that has trainable parameters."""
        groups = []
        for name in ("backbone", "head"):
            params = [p for p in getattr(self, name).parameters() if p.requires_grad]
            if params:
                groups.append({"params": params, "lr": self.lrs[name], "name": name})
        return torch.optim.SGD(groups)


class StageProbe(pl.Callback):
    """Records, at each training batch, the stage, trainable parts and optimizer group lrs."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def on_train_batch_start(
        self, trainer: pl.Trainer, pl_module: pl.LightningModule, batch: Any, batch_idx: int
    ) -> None:
        """Append one record."""
        curriculum = next(c for c in trainer.callbacks if isinstance(c, Curriculum))  # type: ignore[attr-defined]
        self.rows.append(
            {
                "stage": curriculum.stage.name,
                "trainable": {
                    name: all(p.requires_grad for p in getattr(pl_module, name).parameters())
                    for name in ("backbone", "head")
                },
                "lr": {g["name"]: g["lr"] for g in trainer.optimizers[0].param_groups},
            }
        )


def build_curriculum() -> Curriculum:
    """Stage 1: head only; stage 2: both parts with per-part learning rates."""
    return Curriculum(
        stages=[
            Stage(name="head_only", trainable=Trainable(projector=True), epochs=1, lr=1e-2),
            Stage(
                name="all",
                trainable=Trainable(vision=True, projector=True),
                epochs=1,
                lr={"vision": 1e-3, "projector": 5e-3},
            ),
        ],
        components={"vision": "backbone", "projector": "head"},
    )


def main(argv: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Train two stages; return the per-batch records of :class:`StageProbe`."""
    del argv
    pl.seed_everything(0, verbose=False)
    x = torch.randn(64, 8)
    y = x.sum(dim=1)
    probe = StageProbe()
    trainer = pl.Trainer(
        accelerator="cpu", max_epochs=2, callbacks=[build_curriculum(), probe], logger=False,
        enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
    )  # fmt: skip
    trainer.fit(TwoPartRegressor(), DataLoader(TensorDataset(x, y), batch_size=16))
    seen: set[str] = set()
    for row in probe.rows:
        if row["stage"] not in seen:
            seen.add(row["stage"])
            print(f"stage {row['stage']}: trainable {row['trainable']}, lr {row['lr']}")
    return probe.rows


if __name__ == "__main__":
    main()

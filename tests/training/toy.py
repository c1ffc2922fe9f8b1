"""A toy LightningModule with three named parts and a mixture-switching datamodule."""

from __future__ import annotations

import lightning.pytorch as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class ToyModule(pl.LightningModule):
    """``head(proj(enc(x)))`` regression; per-stage learning rates through ``apply_stage``."""

    def __init__(self) -> None:
        super().__init__()
        self.enc = nn.Linear(4, 8)
        self.proj = nn.Linear(8, 8)
        self.head = nn.Linear(8, 1)
        self.lr = 0.05
        self.applied: list[str] = []

    def apply_stage(self, stage, total_steps):
        self.lr = stage.lr_of("projector")
        self.applied.append(stage.name)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = nn.functional.mse_loss(self.head(self.proj(self.enc(x))).squeeze(-1), y)
        self.log("train/loss", loss)
        return loss

    def configure_optimizers(self):
        params = [p for p in self.parameters() if p.requires_grad]
        return torch.optim.Adam(params, lr=self.lr)


class ToyData(pl.LightningDataModule):
    """Two fixed datasets; ``set_mixture`` picks how many samples of each an epoch sees."""

    def __init__(self, batch_size: int = 4) -> None:
        super().__init__()
        g = torch.Generator().manual_seed(0)
        self.sets = {
            "a": TensorDataset(torch.randn(16, 4, generator=g), torch.randn(16, generator=g)),
            "b": TensorDataset(torch.randn(16, 4, generator=g), torch.randn(16, generator=g)),
        }
        self.mixture = {"a": 1.0}
        self.batch_size = batch_size
        self.history: list[dict[str, float]] = []

    def set_mixture(self, mixture):
        self.mixture = dict(mixture)
        self.history.append(dict(mixture))

    def train_dataloader(self):
        parts = [
            torch.utils.data.Subset(ds, range(int(len(ds) * self.mixture.get(name, 0.0))))
            for name, ds in self.sets.items()
        ]
        data = torch.utils.data.ConcatDataset([p for p in parts if len(p)])
        return DataLoader(data, batch_size=self.batch_size, shuffle=False)

"""``ResumableCheckpoint``: a ``last.ckpt`` that is never more than a few minutes old.

Lightning's ``ModelCheckpoint`` cannot save both every N steps and at every epoch end, and writes
``last.ckpt`` at the end of training only if it never wrote one. This subclass writes ``last.ckpt``
every ``every_n_train_steps`` optimizer steps, at each epoch end and when training ends, so a run
killed at any point resumes (``--ckpt_path .../last.ckpt``) from at most N steps back, and the
``last.ckpt`` of a finished run holds its final weights. The training loader's position and the
generators are part of every checkpoint (:mod:`slava_lightning.data.resumable`), so the resumed run
continues with the next batch the uninterrupted one would have drawn.
"""

from __future__ import annotations

from typing import Any

import lightning.pytorch as pl
from lightning.pytorch.callbacks import ModelCheckpoint

from slava_lightning.training.lightning_compat import save_last_checkpoint


class ResumableCheckpoint(ModelCheckpoint):
    """``last.ckpt`` in ``dirpath`` every ``every_n_train_steps`` steps, at epoch ends and at the end.

    Args:
        dirpath: checkpoint folder (default: Lightning's, under the first logger's folder).
        every_n_train_steps: optimizer steps between two saves.
        **kwargs: other ``ModelCheckpoint`` options (``filename`` is unused: only ``last.ckpt``).
    """

    def __init__(
        self, dirpath: str | None = None, every_n_train_steps: int = 200, **kwargs: Any
    ) -> None:
        if every_n_train_steps < 1:
            raise ValueError(f"every_n_train_steps must be >= 1, got {every_n_train_steps}")
        kwargs.update(save_last=True, save_top_k=0, every_n_train_steps=every_n_train_steps)
        super().__init__(dirpath=dirpath, **kwargs)

    def _save_last_now(self, trainer: pl.Trainer) -> None:
        save_last_checkpoint(self, trainer)  # not when this very step was written already

    def on_train_epoch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        """Write ``last.ckpt`` at every epoch end (after the curriculum's stage switch)."""
        self._save_last_now(trainer)

    def on_validation_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        """Nothing: saves follow training steps and epochs, not validation."""

    def on_train_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        """Write the final ``last.ckpt``."""
        self._save_last_now(trainer)

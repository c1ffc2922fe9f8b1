"""Every use of Lightning's (and torch's) private or unusual state, in one place, pinned by tests.

Lightning has no public API for these; each function says what it relies on, and
``tests/training/test_lightning_compat.py`` checks that the pinned versions still have it, so a
Lightning upgrade fails there first rather than deep inside a run.

* :func:`drop_train_loader` / :func:`rebuild_train_loader`: ``trainer.fit_loop._combined_loader``
  (the curriculum rebuilds the training loader when a stage changes the data mixture).
* :func:`save_last_checkpoint`: ``ModelCheckpoint._should_skip_saving_checkpoint``,
  ``_save_last_checkpoint`` and ``_monitor_candidates`` (``last.ckpt`` every N steps *and* at epoch
  ends, which ``ModelCheckpoint``'s options cannot combine).
* :func:`rewrap_ddp`: ``DDPStrategy.model`` / ``configure_ddp`` (DDP registers gradient hooks
  only for parameters trainable when it wrapped the model).
* :func:`prime_optimizer_state`: a zero-learning-rate optimizer step, so a sharded checkpoint
  saved right after a stage boundary holds optimizer state ``torch.distributed.checkpoint`` can load.
"""

from __future__ import annotations

from typing import Any

import lightning.pytorch as pl
from lightning.pytorch.callbacks import ModelCheckpoint

#: The private attributes relied on, by owner (checked by the tests).
PRIVATE_NAMES: dict[str, tuple[str, ...]] = {
    "lightning.pytorch.loops.fit_loop._FitLoop": ("_combined_loader", "setup_data"),
    "lightning.pytorch.callbacks.ModelCheckpoint": (
        "_should_skip_saving_checkpoint",
        "_save_last_checkpoint",
        "_monitor_candidates",
    ),
    "lightning.pytorch.strategies.DDPStrategy": ("configure_ddp",),
}


def drop_train_loader(trainer: pl.Trainer) -> None:
    """Make the fit loop build the training loader again before its next batch."""
    trainer.fit_loop._combined_loader = None


def rebuild_train_loader(trainer: pl.Trainer) -> None:
    """Build the training loader now (so ``trainer.num_training_batches`` is the new one's)."""
    drop_train_loader(trainer)
    trainer.fit_loop.setup_data()


def save_last_checkpoint(callback: ModelCheckpoint, trainer: pl.Trainer) -> None:
    """Write ``callback``'s ``last.ckpt`` now, unless a checkpoint of this very step exists."""
    if not callback._should_skip_saving_checkpoint(trainer):
        callback._save_last_checkpoint(trainer, callback._monitor_candidates(trainer))


def rewrap_ddp(strategy: Any) -> bool:
    """Re-wrap a DDP model after its set of trainable parameters changed; ``True`` if it did.

    ``DistributedDataParallel`` registers gradient hooks only for the parameters that require grad
    when it is built, so parameters unfrozen later would silently train apart on each rank.
    FSDP2 (``fully_shard``) checks ``requires_grad`` at each step and needs nothing.
    """
    from lightning.pytorch.strategies import DDPStrategy
    from torch.nn.parallel import DistributedDataParallel

    if not isinstance(strategy, DDPStrategy) or not isinstance(
        strategy.model, DistributedDataParallel
    ):
        return False
    strategy.model = strategy.lightning_module
    strategy.configure_ddp()
    return True


def prime_optimizer_state(optimizer: Any) -> None:
    """Give a fresh optimizer its per-parameter state with a zero-learning-rate step on zero grads.

    A distributed (sharded) checkpoint saved right after a stage boundary would otherwise hold an
    empty optimizer state, which ``torch.distributed.checkpoint`` cannot load back into the
    optimizer's state template. Parameters do not change (lr 0, zero gradients).
    """
    import torch

    if optimizer.state:
        return
    lrs = [group["lr"] for group in optimizer.param_groups]
    params = [p for g in optimizer.param_groups for p in g["params"] if p.requires_grad]
    for group in optimizer.param_groups:
        group["lr"] = 0.0
    for p in params:
        p.grad = torch.zeros_like(p)
    optimizer.step()
    for group, lr in zip(optimizer.param_groups, lrs, strict=True):
        group["lr"] = lr
    optimizer.zero_grad(set_to_none=True)

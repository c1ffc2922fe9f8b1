"""Kill-and-resume at any step, mid-epoch included, and stage switches that take effect at once.

A run with a last.ckpt after every optimizer step is "killed" before the checkpoint of step k is
written (as ``kill -9`` between two steps would leave it) and resumed from last.ckpt; the final
weights must equal those of the uninterrupted run. The data are real phantom samples through the
project's datamodule, so the loader's position, the mixture and the generators all matter.
"""

from __future__ import annotations

import lightning.pytorch as pl
import pytest
import torch
from lightning.pytorch.callbacks import Callback, ModelCheckpoint

from slava_lightning.data.phantom_datamodule import TaskMixturePhantoms
from slava_lightning.training.curriculum import Curriculum
from slava_lightning.training.losses import LossWeights
from slava_lightning.training.stages import Stage, Trainable

from .tiny import tiny_module

pytestmark = pytest.mark.slow  # ~40 s: five short fits

# 20 phantoms: 16 training rows per task. Stage 1: captions (4 batches of 4 per epoch), ends after 3
# steps, inside epoch 0. Stage 2: instructions and reports for the rest of epoch 0 and one more
# epoch (its mixture has 8 + 8 = 16 samples, 4 batches). 3 + 1 + 4 = 8 steps in all.
STEPS = 8


def _stages() -> list[Stage]:
    return [
        Stage("recognition", Trainable(projector=True), steps=3, lr=1e-2, mixture={"caption": 1.0}),
        Stage(
            "reasoning", Trainable(True, True, True), epochs=2, lr=1e-3, warmup_ratio=0.3,
            mixture={"instruction": 0.5, "report": 0.5},
            loss=LossWeights(report=1.0, instruction=0.5, regularizer="l2sp", regularizer_weight=0.1),
        ),
    ]  # fmt: skip


class Tasks(Callback):
    """The task tags and learning rate of every training batch."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, tuple[str, ...], float]] = []

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        lr = trainer.optimizers[0].param_groups[0]["lr"]
        self.rows.append((trainer.global_step, tuple(batch["tasks"]), lr))


class Kill(Callback):
    """Raise at the end of step ``at`` before its checkpoint is written (runs before ModelCheckpoint)."""

    def __init__(self, at: int) -> None:
        self.at = at

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        if trainer.global_step == self.at:
            raise RuntimeError("killed")


def _fit(root, cache, extra=(), ckpt_path=None):
    pl.seed_everything(0)
    module = tiny_module()
    data = TaskMixturePhantoms(n=20, image_size=32, batch_size=4, template="plain",
                               cache_dir=str(cache), mixture={"caption": 1.0})  # fmt: skip
    every_step = ModelCheckpoint(dirpath=root, save_last=True, save_top_k=0, every_n_train_steps=1)
    trainer = pl.Trainer(
        accelerator="cpu", max_epochs=5, logger=False, enable_progress_bar=False,
        enable_model_summary=False, default_root_dir=root, limit_val_batches=0,
        callbacks=[Curriculum(_stages()), every_step, *extra],
    )  # fmt: skip
    trainer.fit(module, datamodule=data, ckpt_path=ckpt_path)
    return module, trainer


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    root = tmp_path_factory.mktemp("ref")
    tasks = Tasks()
    module, trainer = _fit(root / "run", root / "cache", extra=[tasks])
    return module, trainer, tasks, root / "cache"


def test_step_stage_switches_mixture_and_lr_at_the_next_batch(reference):
    _, trainer, tasks, _ = reference
    assert trainer.global_step == STEPS
    steps = [r[0] for r in tasks.rows]
    assert steps == list(range(STEPS))
    by_step = {step: set(t) for step, t, _ in tasks.rows}
    assert all(by_step[s] == {"caption"} for s in range(3))
    # step 3 is the 4th batch of epoch 0: already the reasoning mixture
    assert all(by_step[s] <= {"instruction", "report"} for s in range(3, STEPS))
    assert all(lr > 0 for *_, lr in tasks.rows), "no optimizer step at learning rate 0"
    assert tasks.rows[3][2] == pytest.approx(1e-3 / 2)  # warm-up: ceil(0.3 * 5) = 2 steps


@pytest.mark.parametrize("at", [2, 4])  # before and just after the mid-epoch switch
def test_killed_mid_epoch_resumes_onto_the_uninterrupted_weights(reference, tmp_path, at):
    ref, _, ref_tasks, cache = reference
    with pytest.raises(RuntimeError, match="killed"):
        _fit(tmp_path, cache, extra=[Kill(at)])
    saved = torch.load(tmp_path / "last.ckpt", weights_only=False)
    assert saved["global_step"] == at - 1
    assert saved["loops"]["fit_loop"]["state_dict"]["combined_loader"][0]["batches"] > 0, (
        "loader position saved"
    )
    tasks = Tasks()
    resumed, trainer = _fit(tmp_path, cache, extra=[tasks], ckpt_path=str(tmp_path / "last.ckpt"))
    assert trainer.global_step == STEPS
    # the resumed run sees exactly the batches the uninterrupted run saw after step at - 1
    assert tasks.rows == [r for r in ref_tasks.rows if r[0] >= at - 1]
    for (name, a), b in zip(ref.state_dict().items(), resumed.state_dict().values(), strict=True):
        torch.testing.assert_close(b, a, rtol=0, atol=1e-6, msg=name)

"""Pins what slava_lightning.training.lightning_compat relies on in the installed Lightning."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import lightning.pytorch as pl
import pytest
import torch
from torch.utils.data import DataLoader, TensorDataset

from slava_lightning.training import lightning_compat
from slava_lightning.training.lightning_compat import (
    PRIVATE_NAMES,
    prime_optimizer_state,
    rebuild_train_loader,
    save_last_checkpoint,
)
from slava_lightning.training.resume import ResumableCheckpoint

SRC = Path(__file__).resolve().parents[2] / "src" / "slava_lightning"


@pytest.mark.parametrize("owner", sorted(PRIVATE_NAMES))
def test_the_private_names_exist(owner):
    module, _, name = owner.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    for attr in PRIVATE_NAMES[owner]:
        if attr.startswith("_") and not hasattr(cls, attr):
            assert attr in inspect.getsource(cls.__init__), f"{owner}.{attr} is gone"
        else:
            assert hasattr(cls, attr), f"{owner}.{attr} is gone"


def test_no_other_module_touches_the_private_names():
    names = {a for attrs in PRIVATE_NAMES.values() for a in attrs if a.startswith("_")}
    pattern = re.compile(r"\.(" + "|".join(map(re.escape, sorted(names))) + r")\b")
    found = [
        f"{p.relative_to(SRC)}:{i}"
        for p in SRC.rglob("*.py")
        if p.name != "lightning_compat.py"
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


class _Module(pl.LightningModule):
    def __init__(self, sizes: list[int]) -> None:
        super().__init__()
        self.layer = torch.nn.Linear(2, 1)
        self.sizes = sizes

    def train_dataloader(self):
        n = self.sizes[0]
        return DataLoader(TensorDataset(torch.randn(n, 2)), batch_size=1)

    def training_step(self, batch, idx):
        return self.layer(batch[0]).sum()

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


class _Rebuild(pl.Callback):
    def __init__(self) -> None:
        self.batches: list[float] = []

    def on_train_epoch_end(self, trainer, module):
        module.sizes[0] = 3
        rebuild_train_loader(trainer)
        self.batches.append(trainer.num_training_batches)


def _trainer(tmp_path, callbacks, **kw):
    return pl.Trainer(
        accelerator="cpu", logger=False, enable_progress_bar=False, enable_model_summary=False,
        default_root_dir=tmp_path, callbacks=callbacks, **kw,
    )  # fmt: skip


def test_rebuild_train_loader_takes_the_new_data_at_once(tmp_path):
    rebuild = _Rebuild()
    module = _Module([5])
    _trainer(tmp_path, [rebuild], max_epochs=2, enable_checkpointing=False).fit(module)
    assert rebuild.batches == [3, 3]  # rebuilt at the first epoch end: the second epoch has 3


def test_save_last_checkpoint_writes_once_per_step(tmp_path):
    ckpt = ResumableCheckpoint(dirpath=str(tmp_path / "ck"), every_n_train_steps=1000)
    trainer = _trainer(tmp_path, [ckpt], max_steps=2)
    trainer.fit(_Module([4]))
    last = tmp_path / "ck" / "last.ckpt"
    assert last.is_file() and torch.load(last, weights_only=False)["global_step"] == 2
    stamp = last.stat().st_mtime_ns
    save_last_checkpoint(ckpt, trainer)  # this very step was written: skipped
    assert last.stat().st_mtime_ns == stamp


def test_prime_optimizer_state_leaves_the_weights_alone():
    layer = torch.nn.Linear(3, 2)
    before = [p.detach().clone() for p in layer.parameters()]
    opt = torch.optim.AdamW(layer.parameters(), lr=0.5, weight_decay=0.1)
    prime_optimizer_state(opt)
    assert set(opt.state) == set(layer.parameters())
    assert all(torch.equal(a, b) for a, b in zip(before, layer.parameters(), strict=True))
    assert [g["lr"] for g in opt.param_groups] == [0.5]
    assert all(p.grad is None for p in layer.parameters())


def test_rewrap_ddp_is_a_no_op_off_ddp():
    assert lightning_compat.rewrap_ddp(object()) is False

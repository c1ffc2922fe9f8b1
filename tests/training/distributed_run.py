"""Two-process CPU training runs used by test_distributed.py.

``python distributed_run.py ddp|fsdp2 OUT``: trains a tiny SlavaModule through a two-stage
curriculum on gloo, checkpoints, and (rank 0) writes a JSON summary; with ``fsdp2`` it also resumes
from the sharded checkpoint.

``python distributed_run.py resume ddp|fsdp2 ref|kill|continue OUT [AT]``: phantom data through the
project's resumable loader, a step-based stage that ends inside an epoch and a last.ckpt after
every step; ``ref`` runs uninterrupted, ``kill`` raises at the end of step AT (before its
checkpoint; Lightning then kills the other rank), ``continue`` resumes from OUT's last.ckpt.
``ref`` and ``continue`` write the final weights to ``OUT/final.pt``.
"""

from __future__ import annotations

import functools
import json
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import lightning.pytorch as pl
import torch
from lightning.pytorch.callbacks import ModelCheckpoint
from lightning.pytorch.strategies import DDPStrategy, ModelParallelStrategy

from slava_lightning.components.language import CausalLanguageModel
from slava_lightning.components.projector import MLPProjector
from slava_lightning.components.vision import HFVisionEncoder
from slava_lightning.presets import TINY_LM_CONFIGS, TINY_VISION_CONFIGS
from slava_lightning.prompts import Turn, report_turns, tokenize_conversation
from slava_lightning.training.curriculum import Curriculum
from slava_lightning.training.losses import LossWeights
from slava_lightning.training.module import SlavaModule
from slava_lightning.training.stages import Stage, Trainable

torch.set_num_threads(1)
ANSWERS = ["The lungs are clear.", "Small left pleural effusion."]


def module() -> SlavaModule:
    torch.manual_seed(0)
    return SlavaModule(
        HFVisionEncoder(config=TINY_VISION_CONFIGS["clip"]["config"]),
        functools.partial(MLPProjector, depth=2),
        CausalLanguageModel(config=TINY_LM_CONFIGS["phi"]),
        val_generate=0,
    )


def data(m: SlavaModule, n: int = 8) -> torch.utils.data.DataLoader:
    items = []
    g = torch.Generator().manual_seed(0)
    for i in range(n):
        turns = [*report_turns("generate"), Turn("assistant", ANSWERS[i % 2])]
        conv = tokenize_conversation(m.tokenizer, turns)
        ids = torch.tensor([conv.input_ids])
        items.append({
            "input_ids": ids, "attention_mask": torch.ones_like(ids),
            "labels": torch.tensor([conv.labels]), "pixel_values": torch.randn(1, 3, 32, 32, generator=g),
            "tasks": ["report"],
        })  # fmt: skip
    return torch.utils.data.DataLoader(items, batch_size=None)


def stages(kind: str) -> list[Stage]:
    # L2-SP under FSDP2 is not supported yet (the root module's unsharded parameters do not line
    # up with the anchor's shards), so the sharded run uses plain CE in stage 2.
    reg = "l2sp" if kind == "ddp" else "none"
    return [
        Stage("recognition", Trainable(projector=True), epochs=1, lr=1e-2),
        Stage("reasoning", Trainable(True, True, True), epochs=1, lr=1e-3,
              loss=LossWeights(regularizer=reg, regularizer_weight=0.1)),
    ]  # fmt: skip


def trainer(kind: str, out: str, epochs: int) -> pl.Trainer:
    strategy = (
        DDPStrategy(process_group_backend="gloo") if kind == "ddp"
        else ModelParallelStrategy(data_parallel_size=2, tensor_parallel_size=1, save_distributed_checkpoint=True)
    )  # fmt: skip
    ckpt = ModelCheckpoint(dirpath=out, save_last=True, save_top_k=-1, save_on_train_epoch_end=True)
    return pl.Trainer(
        accelerator="cpu", devices=2, strategy=strategy, max_epochs=epochs, logger=False,
        callbacks=[Curriculum(stages(kind)), ckpt], enable_progress_bar=False,
        enable_model_summary=False, default_root_dir=out,
    )  # fmt: skip


def fingerprint(m: SlavaModule) -> float:
    total = 0.0
    for p in m.model.parameters():
        full = (p.full_tensor() if hasattr(p, "full_tensor") else p).detach()
        total += float(full.double().abs().sum())
    return total


class Kill(pl.Callback):
    """Raise at the end of step ``at``, before ModelCheckpoint (sorted last) writes it."""

    def __init__(self, at: int) -> None:
        self.at = at

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        if trainer.global_step == self.at:
            raise RuntimeError("killed")


class FirstStep(pl.Callback):
    """The global step of the first batch this process trains (a resumed run starts late)."""

    def __init__(self) -> None:
        self.step: int | None = None

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        if self.step is None:
            self.step = trainer.global_step


def resume_run(kind: str, phase: str, out: str, at: int) -> None:
    """One phase of the kill-and-resume comparison (see the module docstring)."""
    from slava_lightning.data.phantom_datamodule import TaskMixturePhantoms
    from slava_lightning.training.resume import ResumableCheckpoint

    pl.seed_everything(0)
    m = module()
    data = TaskMixturePhantoms(n=20, image_size=32, batch_size=2, template="plain",
                               cache_dir=os.path.join(out, "cache"), mixture={"caption": 1.0})  # fmt: skip
    reg = "l2sp" if kind == "ddp" else "none"
    table = [
        Stage("recognition", Trainable(projector=True), steps=3, lr=1e-2, mixture={"caption": 1.0}),
        Stage("reasoning", Trainable(True, True, True), epochs=2, lr=1e-3, warmup_ratio=0.3,
              mixture={"instruction": 0.5, "report": 0.5},
              loss=LossWeights(report=1.0, instruction=0.5, regularizer=reg, regularizer_weight=0.1)),
    ]  # fmt: skip
    strategy = (
        DDPStrategy(process_group_backend="gloo") if kind == "ddp"
        else ModelParallelStrategy(data_parallel_size=2, tensor_parallel_size=1, save_distributed_checkpoint=True)
    )  # fmt: skip
    first = FirstStep()
    callbacks = [Curriculum(table), ResumableCheckpoint(dirpath=out, every_n_train_steps=1), first]
    if phase == "kill":
        callbacks.append(Kill(at))
    t = pl.Trainer(
        accelerator="cpu", devices=2, strategy=strategy, max_epochs=5, logger=False,
        callbacks=callbacks, enable_progress_bar=False, enable_model_summary=False,
        default_root_dir=out, limit_val_batches=0,
    )  # fmt: skip
    ckpt = os.path.join(out, "last.ckpt") if phase == "continue" else None
    t.fit(m, datamodule=data, ckpt_path=ckpt)
    state = {k: (v.full_tensor() if hasattr(v, "full_tensor") else v).detach().clone()
             for k, v in m.model.state_dict().items()}  # fmt: skip
    if t.global_rank == 0:
        result = {"state": state, "steps": t.global_step, "first_step": first.step}
        torch.save(result, os.path.join(out, "final.pt"))
    torch.distributed.barrier()
    torch.distributed.destroy_process_group()


def main() -> None:
    if sys.argv[1] == "resume":
        kind, phase, out = sys.argv[2], sys.argv[3], sys.argv[4]
        resume_run(kind, phase, out, int(sys.argv[5]) if len(sys.argv) > 5 else 0)
        return
    kind, out = sys.argv[1], sys.argv[2]
    m = module()
    before = fingerprint(m)
    t = trainer(kind, out, epochs=2)
    t.fit(m, train_dataloaders=data(m))
    after = fingerprint(m)
    prints = [None] * 2
    torch.distributed.all_gather_object(prints, after)
    result = {"world": t.world_size, "steps": t.global_step, "before": before, "after": after,
              "ranks_agree": prints[0] == prints[1], "stage": t.callbacks[0].index,
              "trainable_vision": sum(p.numel() for p in m.model.vision_encoder.parameters() if p.requires_grad)}  # fmt: skip
    if kind == "fsdp2":
        first = os.path.join(out, "epoch=0-step=4.ckpt")
        result["sharded"] = os.path.isdir(first)
        m2 = module()
        t2 = trainer(kind, out + "_resume", epochs=2)
        t2.fit(m2, train_dataloaders=data(m2), ckpt_path=first)
        result["resumed_stage"] = t2.callbacks[0].index
        result["resumed_after"] = fingerprint(m2)
    if t.global_rank == 0:
        with open(os.path.join(out, "result.json"), "w") as f:
            json.dump(result, f)
    # Tear the gloo group down before the interpreter exits: left to exit-time destructors, its
    # threads can abort the process ("terminate called without an active exception").
    torch.distributed.barrier()
    torch.distributed.destroy_process_group()


if __name__ == "__main__":
    main()

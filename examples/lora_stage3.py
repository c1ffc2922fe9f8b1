"""LoRA for stage 3 (reporting) on the tiny model: only the adapters and the projector train.

The language model's base weights and the vision encoder stay frozen; the :class:`Curriculum`
injects peft LoRA adapters (rank 4) into the Phi attention and dense layers at ``setup`` and
trains them with the projector on the phantom report task. In YAML the same stage is::

    - name: reporting
      trainable: {vision: false, projector: true, language: true}
      steps: 4
      lr: 1.0e-3
      lora: {r: 4, alpha: 8, target_modules: [q_proj, k_proj, v_proj, dense]}

Run (offline, CPU, well under a minute)::

    python examples/lora_stage3.py OUT_DIR

It prints the trainable parameter count per component and how many tensors changed.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import lightning.pytorch as pl
import torch

from slava_lightning.components.projector import build_projector
from slava_lightning.data.phantom_datamodule import TaskMixturePhantoms
from slava_lightning.presets import tiny_language_model, tiny_vision_encoder
from slava_lightning.training.curriculum import LORA_MARKER, Curriculum, count_trainable
from slava_lightning.training.module import SlavaModule
from slava_lightning.training.stages import LoraSettings, Stage, Trainable


def lora_stage(steps: int = 4) -> Stage:
    """Stage 3 with LoRA on the language model."""
    return Stage(
        name="reporting",
        trainable=Trainable(vision=False, projector=True, language=True),
        steps=steps,
        lr=1e-3,
        mixture={"report": 1.0},
        lora=LoraSettings(r=4, alpha=8, target_modules=("q_proj", "k_proj", "v_proj", "dense")),
    )


def main(argv: Sequence[str] | None = None) -> dict[str, set[str]]:
    """Train the LoRA stage; return the names of changed and unchanged parameters."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out_dir", help="folder for the phantom cache")
    p.add_argument("--steps", type=int, default=4)
    args = p.parse_args(argv)
    pl.seed_everything(0, verbose=False)
    module = SlavaModule(
        tiny_vision_encoder("clip"),
        lambda i, o: build_projector("mlp2x_gelu", i, o),
        tiny_language_model("phi"),
        max_length=128,
        val_generate=0,
    )
    data = TaskMixturePhantoms(
        n=40, image_size=32, mixture={"report": 1.0}, batch_size=4, template="plain",
        max_length=128, seed=0, cache_dir=str(Path(args.out_dir) / "phantoms"),
    )  # fmt: skip
    curriculum = Curriculum([lora_stage(args.steps)])
    trainer = pl.Trainer(
        accelerator="cpu", max_steps=args.steps, limit_val_batches=0, logger=False,
        enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
        callbacks=[curriculum],
    )  # fmt: skip
    # Snapshot after setup (adapters exist then): take it at the first batch.
    before: dict[str, torch.Tensor] = {}

    class Snapshot(pl.Callback):
        def on_train_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
            before.update({n: t.detach().clone() for n, t in pl_module.named_parameters()})

    trainer.callbacks.append(Snapshot())  # type: ignore[attr-defined]
    trainer.fit(module, datamodule=data)
    changed = {n for n, t in module.named_parameters() if not torch.equal(t, before[n])}
    unchanged = set(before) - changed
    for name in ("vision", "projector", "language"):
        part = getattr(module.model, {"vision": "vision_encoder", "projector": "projector",
                                      "language": "language_model"}[name])  # fmt: skip
        print(f"{name:<10} trainable parameters: {count_trainable(part):,}")
    lora = {n for n in before if LORA_MARKER in n}
    print(
        f"changed tensors: {len(changed)} ({len(changed & lora)} LoRA), unchanged: {len(unchanged)}"
    )
    return {"changed": changed, "unchanged": unchanged, "lora": lora}


if __name__ == "__main__":
    main()

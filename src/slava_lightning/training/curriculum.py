"""The ``Curriculum`` callback: run an ordered table of stages in one ``fit``.

At each stage boundary it freezes and unfreezes components, resets the regularizer anchor, switches
the datamodule's mixture, rebuilds optimizer and scheduler, and logs the stage and the trainable
parameter count of each component. Its state (stage index, where the stage started, the scheduler's
length) is saved in checkpoints, so a resumed run continues inside the stage it was in, with that
stage's optimizer state.

It works with any ``LightningModule``: components are found by attribute path (``components``). A
module may also implement the optional hooks below, which :class:`~slava_lightning.training.module.
SlavaModule` does:

* ``apply_stage(stage, total_steps)``: take the stage's learning rates, loss weights and schedule;
* ``reset_regularizer_anchor()``: remember the trainable parameters' values (L2-SP).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import lightning.pytorch as pl
from lightning.pytorch.callbacks import Callback
from lightning.pytorch.strategies import ModelParallelStrategy
from lightning.pytorch.utilities import rank_zero_info, rank_zero_warn
from torch import nn

from slava_lightning.adapters import lora_target
from slava_lightning.components.base import COMPONENT_ATTRIBUTES
from slava_lightning.training.lightning_compat import (
    drop_train_loader,
    prime_optimizer_state,
    rebuild_train_loader,
    rewrap_ddp,
)
from slava_lightning.training.losses import check_task_weights
from slava_lightning.training.stages import (
    COMPONENTS,
    AnchoredRegularizer,
    LoraSettings,
    Stage,
    StageAware,
)

#: Where :class:`SlavaModule` keeps its components.
SLAVA_COMPONENTS: dict[str, str] = {n: f"model.{a}" for n, a in COMPONENT_ATTRIBUTES.items()}

LORA_MARKER = "lora_"


def _resolve(root: nn.Module, path: str) -> nn.Module:
    obj: Any = root
    for part in path.split("."):
        if not hasattr(obj, part):
            raise ValueError(
                f"Curriculum.components: {type(root).__name__} has no attribute path {path!r} "
                f"(missing {part!r}); pass components={{name: 'attribute.path'}} for this module"
            )
        obj = getattr(obj, part)
    if not isinstance(obj, nn.Module):
        raise ValueError(f"Curriculum.components: {path!r} is a {type(obj).__name__}, not a Module")
    return obj


def count_trainable(module: nn.Module) -> int:
    """Number of trainable parameter elements of ``module``."""
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


class Curriculum(Callback):
    """Run ``stages`` in order within one ``Trainer.fit``.

    Args:
        stages: the stage table (at least one).
        components: component name (``vision``, ``projector``, ``language``) -> attribute path in
            the LightningModule; defaults to SlavaModule's layout. Components that a module lacks
            may be left out, as long as no stage trains them.
    """

    def __init__(self, stages: Sequence[Stage], components: dict[str, str] | None = None) -> None:
        super().__init__()
        if not stages:
            raise ValueError("Curriculum.stages is empty")
        names = [s.name for s in stages]
        if len(set(names)) != len(names):
            raise ValueError(f"Curriculum.stages: stage names must be unique, got {names}")
        loras = {s.lora for s in stages if s.lora is not None}
        if len(loras) > 1:
            raise ValueError("Curriculum.stages: all LoRA stages must share one LoraSettings")
        self.stages = list(stages)
        self.components = dict(SLAVA_COMPONENTS if components is None else components)
        unknown = set(self.components) - set(COMPONENTS)
        if unknown:
            raise ValueError(f"Curriculum.components: unknown name(s) {sorted(unknown)}")
        self.lora: LoraSettings | None = next(iter(loras), None)
        if self.lora is not None and self.lora.quantize_base is not None:
            full = [s.name for s in stages if s.trainable.language and s.lora is None]
            if full:
                raise ValueError(
                    f"Curriculum.stages: lora.quantize_base={self.lora.quantize_base!r} holds the "
                    f"language model in 4 bits, but stage(s) {full} train its full weights; make "
                    "them LoRA stages or drop quantize_base"
                )
        self.index = 0
        self.start_epoch = 0
        self.start_step = 0
        self.total_steps = 0
        self.finished = False
        self._reload = False
        self._trainer: pl.Trainer | None = None
        self._module: pl.LightningModule | None = None

    @property
    def stage(self) -> Stage:
        """The current stage."""
        return self.stages[min(self.index, len(self.stages) - 1)]

    # ------------------------------------------------------------------ parts
    def _parts(self, module: pl.LightningModule) -> dict[str, nn.Module]:
        return {name: _resolve(module, path) for name, path in self.components.items()}

    def _inject_lora(self, parts: dict[str, nn.Module]) -> None:
        if self.lora is None:
            return
        if "language" not in parts:
            raise ValueError("a LoRA stage needs a 'language' entry in Curriculum.components")
        target = lora_target(parts["language"])
        if any(LORA_MARKER in n for n, _ in target.named_parameters()):
            return  # already injected (a second fit on the same module)
        from peft import LoraConfig, inject_adapter_in_model

        if self.lora.quantize_base is not None:
            from slava_lightning.training.qlora import quantize_base

            assert self._trainer is not None
            quantize_base(target, self.lora.quantize_base, self._trainer.strategy.root_device)
        config = LoraConfig(
            r=self.lora.r,
            lora_alpha=self.lora.alpha,
            lora_dropout=self.lora.dropout,
            target_modules=list(self.lora.target_modules),
        )
        inject_adapter_in_model(config, target)

    def _freeze(self, stage: Stage, parts: dict[str, nn.Module]) -> None:
        flags = stage.trainable.as_dict()
        for name, on in flags.items():
            if on and name not in parts:
                raise ValueError(
                    f"stage {stage.name!r} trains {name!r} but Curriculum.components has no {name!r}"
                )
        for name, module in parts.items():
            on = flags[name]
            for pname, p in module.named_parameters():
                is_lora = LORA_MARKER in pname
                if name == "language" and self.lora is not None:
                    p.requires_grad_(on and (is_lora == (stage.lora is not None)))
                else:
                    p.requires_grad_(on and not is_lora)

    # ------------------------------------------------------------------ stage entry
    def _reload_train_data(self, trainer: pl.Trainer) -> None:
        """Rebuild the training loader now (at an epoch end: the next epoch uses the new mixture)."""
        rebuild_train_loader(trainer)
        self._reload = False

    def _stage_steps(self, trainer: pl.Trainer, stage: Stage, remaining: int) -> int:
        """Optimizer steps of ``stage``; ``remaining``: batches left in the epoch it starts in."""
        if stage.steps is not None:
            return stage.steps
        assert stage.epochs is not None
        accumulate = trainer.accumulate_grad_batches
        if remaining == 0:
            self._reload_train_data(trainer)  # the mixture may have changed: count its batches
        batches = trainer.num_training_batches
        if not math.isfinite(batches):
            raise ValueError(
                f"stage {stage.name!r} is epoch-based but the train data has no length"
            )
        per_epoch = max(1, math.ceil(batches / accumulate))
        if remaining:
            # Entered inside an epoch: its rest counts as the stage's first epoch.
            return math.ceil(remaining / accumulate) + (stage.epochs - 1) * per_epoch
        return stage.epochs * per_epoch

    def _enter(self, index: int, fresh: bool, rebuild: bool, remaining: int = 0) -> None:
        trainer, module = self._trainer, self._module
        assert trainer is not None and module is not None
        self.index = index
        stage = self.stages[index]
        parts = self._parts(module)
        self._freeze(stage, parts)
        datamodule: Any = getattr(trainer, "datamodule", None)
        if stage.mixture is not None:
            if datamodule is None or not hasattr(datamodule, "set_mixture"):
                raise ValueError(
                    f"stage {stage.name!r} sets a mixture but the datamodule "
                    f"({type(datamodule).__name__}) has no set_mixture()"
                )
            # Takes effect at the next batch (the live loader restarts on the new mixture); the
            # loader is rebuilt at the epoch end, for the new mixture's epoch length.
            datamodule.set_mixture(dict(stage.mixture))
            self._reload = fresh and rebuild
            if not fresh:  # resuming, before any batch: build the loader on this mixture
                drop_train_loader(trainer)
        if fresh:
            self.total_steps = self._stage_steps(trainer, stage, remaining)
            if isinstance(module, AnchoredRegularizer):
                module.reset_regularizer_anchor()
        if isinstance(module, StageAware):
            module.apply_stage(stage, self.total_steps)
        if rebuild:
            rewrap_ddp(trainer.strategy)
            trainer.strategy.setup_optimizers(trainer)
            if isinstance(trainer.strategy, ModelParallelStrategy):
                for optimizer in trainer.optimizers:
                    prime_optimizer_state(optimizer)
        self._log_entry(trainer, stage, parts)

    def _log_entry(self, trainer: pl.Trainer, stage: Stage, parts: dict[str, nn.Module]) -> None:
        counts = {f"trainable_params/{n}": float(count_trainable(m)) for n, m in parts.items()}
        metrics = {"stage": float(self.index), **counts}
        for logger in trainer.loggers:
            logger.log_metrics(metrics, step=trainer.global_step)
        shown = ", ".join(f"{k.split('/')[1]}={int(v):,}" for k, v in counts.items())
        rank_zero_info(
            f"Curriculum: stage {self.index + 1}/{len(self.stages)} {stage.name!r} "
            f"({self.total_steps} optimizer steps); trainable parameters: {shown}"
        )

    def _advance(self, trainer: pl.Trainer, remaining: int) -> None:
        """Enter the next stage; ``remaining``: batches left in the current epoch (0 at its end)."""
        if self.index + 1 >= len(self.stages):
            self.finished = True
            trainer.should_stop = True
            return
        self.start_epoch = trainer.current_epoch + (0 if remaining else 1)
        self.start_step = trainer.global_step
        self._enter(self.index + 1, fresh=True, rebuild=True, remaining=remaining)

    # ------------------------------------------------------------------ hooks
    def setup(self, trainer: pl.Trainer, pl_module: pl.LightningModule, stage: str) -> None:
        """Enter the first stage before the optimizer is built (a resume re-enters later)."""
        if stage != "fit":
            return
        self._trainer, self._module = trainer, pl_module
        self._inject_lora(self._parts(pl_module))
        epochs = [s.epochs for s in self.stages]
        if all(e is not None for e in epochs) and trainer.max_epochs not in (None, -1):
            total = sum(e for e in epochs if e is not None)
            if trainer.max_epochs < total:
                rank_zero_warn(
                    f"trainer.max_epochs={trainer.max_epochs} is shorter than the curriculum "
                    f"({total} epochs): later stages will not run"
                )
        self.index, self.start_epoch, self.start_step, self.finished = 0, 0, 0, False
        self._enter(0, fresh=True, rebuild=False)
        self._check_task_weights(trainer)

    def _check_task_weights(self, trainer: pl.Trainer) -> None:
        """Fail before step 1 if a stage cannot weight a task of its training or validation data."""
        counts = getattr(getattr(trainer, "datamodule", None), "task_counts", None)
        if not callable(counts):
            return
        val = counts("val")
        checks, mixture = [], None
        for stage in self.stages:
            mixture = stage.mixture if stage.mixture is not None else mixture
            checks.append((stage.name, stage.loss, counts("train", mixture) + val))
        check_task_weights(checks)

    def on_train_batch_end(
        self,
        trainer: pl.Trainer,
        pl_module: pl.LightningModule,
        outputs: Any,
        batch: Any,
        batch_idx: int,
    ) -> None:
        """Log the stage; end a step-based stage after its last optimizer step."""
        pl_module.log("stage", float(self.index), on_step=True, on_epoch=False)
        stage = self.stage
        done = stage.steps is not None and trainer.global_step - self.start_step >= stage.steps
        batches = trainer.num_training_batches
        left = int(batches - (batch_idx + 1)) if math.isfinite(batches) else 1
        if (
            done and not self.finished and left > 0
        ):  # at an epoch's last batch: the epoch end does it
            self._advance(trainer, remaining=left)

    def on_train_epoch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        """End a stage that ends with this epoch; rebuild the loader after a mid-epoch switch."""
        stage = self.stage
        if stage.epochs is not None:
            done = trainer.current_epoch + 1 - self.start_epoch >= stage.epochs
        else:
            done = trainer.global_step - self.start_step >= (stage.steps or 0)
        if done and not self.finished:
            self._advance(trainer, remaining=0)
        if self._reload:
            self._reload_train_data(trainer)

    def state_dict(self) -> dict[str, Any]:
        """Stage position, saved in checkpoints."""
        return {
            "index": self.index,
            "stage_name": self.stage.name,
            "start_epoch": self.start_epoch,
            "start_step": self.start_step,
            "total_steps": self.total_steps,
            "finished": self.finished,
        }

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        """Resume in the saved stage (its optimizer state is restored by the trainer after this)."""
        index = int(state_dict["index"])
        if index >= len(self.stages) or self.stages[index].name != state_dict["stage_name"]:
            raise ValueError(
                f"checkpoint was saved in stage {index} ({state_dict['stage_name']!r}) but this "
                f"curriculum's stages are {[s.name for s in self.stages]}"
            )
        self.start_epoch = int(state_dict["start_epoch"])
        self.start_step = int(state_dict["start_step"])
        self.total_steps = int(state_dict["total_steps"])
        self.finished = bool(state_dict["finished"])
        if self._trainer is None:
            self.index = index
            return
        # The strategy may already have built the optimizer (FSDP-like strategies restore after
        # setup): rebuild it for this stage so the saved optimizer state fits its groups.
        self._enter(index, fresh=False, rebuild=bool(self._trainer.optimizers))

"""``SlavaModule``: the LightningModule that trains a :class:`~slava_lightning.model.SlavaModel`.

It composes the three components it is given (chosen in YAML by ``class_path``), computes the
task-weighted loss mix, builds one optimizer parameter group per component (AdamW, weight decay 0,
cosine schedule with linear warm-up) and, under ``ModelParallelStrategy``, shards the model with
FSDP2. Freezing and per-stage settings come from the :class:`~slava_lightning.training.curriculum.
Curriculum`; without one, every component trains with ``lr`` and ``loss``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

import lightning.pytorch as pl
import torch
from lightning.pytorch.callbacks import Callback
from torch import nn

from slava_lightning.components.base import (
    COMPONENT_ATTRIBUTES,
    ImageProcessing,
    LanguageModel,
    Projector,
    VisionEncoder,
)
from slava_lightning.model import SlavaModel
from slava_lightning.state_dict import load_state
from slava_lightning.training.losses import (
    LossWeights,
    ParameterRegularizer,
    check_task_weights,
    mix_losses,
)
from slava_lightning.training.schedule import warmup_cosine
from slava_lightning.training.stages import Stage, Trainable

ANCHOR_KEY = "slava_regularizer_anchor"


def load_weights(model: nn.Module, path: str, prefix: str = "model.") -> None:
    """Load a Lightning checkpoint's (or a plain state dict's) weights into ``model`` (strict)."""
    state = torch.load(path, map_location="cpu", weights_only=False)
    if not isinstance(state, dict):
        raise ValueError(f"init_from={path!r} holds no state dict")
    load_state(model, state, f"init_from={path!r}", prefix)


class SlavaModule(pl.LightningModule):
    """Train a SlavaModel.

    Args:
        vision_encoder: the vision encoder.
        projector: a factory ``(in_features, out_features) -> Projector`` (YAML: the projector's
            ``class_path`` with its other arguments); sizes come from the other two components.
        language_model: the causal language model with its tokenizer.
        lr: learning rate for all components, or one per component (``vision``, ``projector``,
            ``language``); a Curriculum stage overrides it.
        warmup_ratio: share of the schedule with linear warm-up before the cosine decay.
        weight_decay: AdamW weight decay (0 in the paper).
        loss: α weights per task and the regularizer; default plain token-mean CE.
        max_length: longest token sequence the data may produce (read by the datamodule).
        gradient_checkpointing: recompute activations of the LM (and vision tower) in backward.
        init_from: checkpoint whose weights initialise the model (e.g. the previous stage's).
        val_generate: number of validation samples whose reports are generated and logged.
        max_new_tokens: generation length for those samples.
    """

    def __init__(
        self,
        vision_encoder: VisionEncoder,
        projector: Callable[[int, int], Projector],
        language_model: LanguageModel,
        lr: float | dict[str, float] = 2e-5,
        warmup_ratio: float = 0.03,
        weight_decay: float = 0.0,
        loss: LossWeights | None = None,
        max_length: int = 2048,
        gradient_checkpointing: bool = False,
        init_from: str | None = None,
        val_generate: int = 4,
        max_new_tokens: int = 64,
    ) -> None:
        super().__init__()
        if max_length < 1:
            raise ValueError(f"max_length must be >= 1, got {max_length}")
        if not 0 <= warmup_ratio < 1:
            raise ValueError(f"warmup_ratio must be in [0, 1), got {warmup_ratio}")
        if weight_decay < 0:
            raise ValueError(f"weight_decay must be >= 0, got {weight_decay}")
        self.save_hyperparameters(ignore=list(COMPONENT_ATTRIBUTES.values()), logger=False)
        self.model = SlavaModel(vision_encoder, projector, language_model)
        if init_from is not None:
            load_weights(self.model, init_from)
        if gradient_checkpointing:
            self._enable_gradient_checkpointing()
        # Per-stage settings; a Curriculum replaces them through apply_stage().
        self.stage = Stage(
            name="default",
            trainable=Trainable(vision=True, projector=True, language=True),
            steps=1,
            lr=lr,
            warmup_ratio=warmup_ratio,
            loss=loss or LossWeights(),
        )
        self.schedule_steps: int | None = None
        self.weight_decay = weight_decay
        self.max_length = max_length
        self.val_generate = val_generate
        self.max_new_tokens = max_new_tokens
        #: The reports generated for the first validation batch of the latest validation.
        self.last_report_samples: list[Any] = []
        self.regularizer = ParameterRegularizer()

    # ------------------------------------------------------------------ contracts for the data
    @property
    def tokenizer(self) -> Any:
        """The language model's tokenizer (read by datamodules in ``setup``)."""
        return self.model.tokenizer

    @property
    def image_processing(self) -> ImageProcessing:
        """Image size and normalisation of the vision encoder (read by datamodules)."""
        return self.model.vision_encoder.processing

    def _enable_gradient_checkpointing(self) -> None:
        kwargs = {"gradient_checkpointing_kwargs": {"use_reentrant": False}}
        for part in (self.model.language_model, self.model.vision_encoder):
            inner = getattr(part, "model", None)
            if inner is not None and getattr(inner, "supports_gradient_checkpointing", False):
                inner.gradient_checkpointing_enable(**kwargs)

    # ------------------------------------------------------------------ stage hooks
    def apply_stage(self, stage: Stage, total_steps: int) -> None:
        """Take a curriculum stage's learning rates, loss weights and schedule length."""
        self.stage = stage
        self.schedule_steps = total_steps

    def reset_regularizer_anchor(self) -> None:
        """Anchor L2-SP at the current values of the trainable parameters."""
        self.regularizer.reset_anchor(self._trainable())

    def _trainable(self) -> Iterator[tuple[str, nn.Parameter]]:
        return ((n, p) for n, p in self.model.named_parameters() if p.requires_grad)

    def on_save_checkpoint(self, checkpoint: dict[str, Any]) -> None:
        """Save the L2-SP anchor (a resumed stage regularizes towards the same point) and the
        artifact record (template, tokenizer, images, decoding, architecture) that makes the file
        usable by the inference tools as it is."""
        checkpoint[ANCHOR_KEY] = self.regularizer.state_dict()
        from slava_lightning.artifact import add_record

        add_record(checkpoint, self)

    def on_load_checkpoint(self, checkpoint: dict[str, Any]) -> None:
        """Restore the L2-SP anchor."""
        if ANCHOR_KEY in checkpoint:
            self.regularizer.load_state_dict(checkpoint[ANCHOR_KEY])

    def setup(self, stage: str) -> None:
        """Without a Curriculum: check that ``loss`` weights every task of the data, before step 1."""
        if stage != "fit" or self.schedule_steps is not None:
            return  # a Curriculum has applied its stage and checks its own table
        counts = getattr(getattr(self.trainer, "datamodule", None), "task_counts", None)
        if callable(counts):
            check_task_weights(
                [(self.stage.name, self.stage.loss, counts("train") + counts("val"))]
            )

    # ------------------------------------------------------------------ steps
    def _loss(self, batch: dict[str, Any], prefix: str) -> torch.Tensor:
        out = self.model(
            batch["input_ids"],
            batch["attention_mask"],
            batch.get("pixel_values"),
            batch["labels"],
            reduction="none",
        )
        assert out.per_sample_loss is not None and out.per_sample_tokens is not None
        # Validation uses the training weights, so val/loss is the same quantity as train/loss;
        # the Curriculum checks before step 1 that every task of both splits has a weight.
        weights = self.stage.loss
        reg = None
        if prefix == "train" and weights.regularizer != "none":
            reg = self.regularizer.penalty(weights.regularizer, self._trainable())
        tasks = batch.get("tasks") or ["default"] * batch["input_ids"].shape[0]
        terms = mix_losses(out.per_sample_loss, out.per_sample_tokens, tasks, weights, reg)
        size = batch["input_ids"].shape[0]
        on_step = prefix == "train"
        self.log(
            f"{prefix}/loss",
            terms.total,
            prog_bar=True,
            batch_size=size,
            on_step=on_step,
            on_epoch=True,
            sync_dist=not on_step,
        )
        for task, ce in terms.per_task.items():
            # Not synced: ranks may see different tasks in a batch.
            self.log(
                f"{prefix}/loss_{task}",
                ce.detach(),
                batch_size=size,
                on_step=on_step,
                on_epoch=not on_step,
            )
        if terms.regularizer is not None:
            self.log(f"{prefix}/loss_reg", terms.regularizer.detach(), batch_size=size)
        return terms.total

    def training_step(self, batch: dict[str, Any], batch_idx: int) -> torch.Tensor:
        """Loss mix of one batch."""
        return self._loss(batch, "train")

    def validation_step(self, batch: dict[str, Any], batch_idx: int) -> None:
        """Validation loss; on the first batch, generated vs reference reports for the loggers."""
        if "labels" in batch:
            self._loss(batch, "val")
        if batch_idx == 0 and self.val_generate > 0 and self.trainer.is_global_zero:
            from slava_lightning.training.logging import log_report_samples

            self.last_report_samples = log_report_samples(
                self, batch, self.val_generate, self.max_new_tokens
            )

    # ------------------------------------------------------------------ optimization
    def configure_callbacks(self) -> list[Callback]:
        """The data's skip report at every epoch end (counts logged, skipped names printed)."""
        from slava_lightning.data.datamodule import SkipReportCallback

        return [SkipReportCallback()]

    def configure_optimizers(self) -> Any:
        """AdamW with one parameter group per component and a cosine schedule with warm-up."""
        groups = []
        for name, part in self.model.components().items():
            params = [p for p in part.parameters() if p.requires_grad]
            if params:
                groups.append({"params": params, "lr": self.stage.lr_of(name), "name": name})
        if not groups:
            raise ValueError("no trainable parameters: every component is frozen")
        optimizer = torch.optim.AdamW(groups, weight_decay=self.weight_decay)
        total = self.schedule_steps
        if total is None:
            total = int(self.trainer.estimated_stepping_batches)
        if not math.isfinite(total) or total < 1:
            raise ValueError(f"cannot size the LR schedule: {total} training steps")
        warmup = math.ceil(self.stage.warmup_ratio * total)
        scheduler = warmup_cosine(optimizer, warmup, total)
        return {
            "optimizer": optimizer,
            "lr_scheduler": {"scheduler": scheduler, "interval": "step"},
        }

    # ------------------------------------------------------------------ FSDP2
    def configure_model(self) -> None:
        """Under ``ModelParallelStrategy``: shard each transformer layer, then the whole model."""
        from lightning.pytorch.strategies import ModelParallelStrategy

        if self._trainer is None or not isinstance(self.trainer.strategy, ModelParallelStrategy):
            return
        from slava_lightning.training.distributed import fully_shard_model

        fully_shard_model(self.model, self.device_mesh)

"""The stage table of a curriculum: what one training stage trains, for how long, and on what."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from slava_lightning.components.base import COMPONENT_NAMES
from slava_lightning.training.losses import LossWeights

#: Component names used by stages (trainable flags, learning rates, parameter counts).
COMPONENTS: tuple[str, ...] = COMPONENT_NAMES


@dataclass(frozen=True)
class Trainable:
    """Which components a stage trains."""

    vision: bool = False
    projector: bool = False
    language: bool = False

    def as_dict(self) -> dict[str, bool]:
        """``{"vision": ..., "projector": ..., "language": ...}``."""
        return {"vision": self.vision, "projector": self.projector, "language": self.language}


@dataclass(frozen=True)
class LoraSettings:
    """LoRA adapters on the language model (peft); the base weights stay frozen while they train.

    Args:
        r: adapter rank.
        alpha: scaling numerator (``lora_alpha``).
        dropout: dropout on the adapter input.
        target_modules: names of the linear layers that get adapters.
        quantize_base: QLoRA: hold the language model's frozen linear layers in 4 bits
            (bitsandbytes ``nf4`` or ``fp4``; CUDA only) while the adapters train in 16/32 bits.
            Every stage that trains the language model must then be a LoRA stage.
    """

    r: int = 8
    alpha: int = 16
    dropout: float = 0.0
    target_modules: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "dense")
    quantize_base: Literal["nf4", "fp4"] | None = None

    def __post_init__(self) -> None:
        if self.r < 1:
            raise ValueError(f"LoraSettings.r must be >= 1, got {self.r}")
        if not self.target_modules:
            raise ValueError("LoraSettings.target_modules is empty")
        if self.quantize_base not in (None, "nf4", "fp4"):
            raise ValueError(
                f"LoraSettings.quantize_base must be null, 'nf4' or 'fp4', got {self.quantize_base!r}"
            )


@dataclass(frozen=True)
class Stage:
    """One row of the curriculum.

    Args:
        name: shown in logs (``recognition``, ``reasoning``, ``reporting``...).
        trainable: components trained in this stage; the others are frozen.
        epochs: stage length in epochs (exactly one of ``epochs`` / ``steps``).
        steps: stage length in optimizer steps.
        lr: learning rate, one for all components or one per component name.
        warmup_ratio: fraction of the stage's steps with linear warm-up before the cosine decay.
        loss: α weights per task and the regularizer.
        mixture: data mixture (dataset name -> weight) handed to the datamodule's ``set_mixture``.
        lora: train LoRA adapters instead of the language model's weights (``trainable.language``
            must be true).
    """

    name: str
    trainable: Trainable = field(default_factory=Trainable)
    epochs: int | None = None
    steps: int | None = None
    lr: float | dict[str, float] = 2e-5
    warmup_ratio: float = 0.03
    loss: LossWeights = field(default_factory=LossWeights)
    mixture: dict[str, float] | None = None
    lora: LoraSettings | None = None

    def __post_init__(self) -> None:
        where = f"stage {self.name!r}"
        if (self.epochs is None) == (self.steps is None):
            raise ValueError(f"{where}: give exactly one of epochs= or steps=")
        length = self.epochs if self.epochs is not None else self.steps
        if length is None or length < 1:
            raise ValueError(f"{where}: its length must be >= 1, got {length}")
        if not any(self.trainable.as_dict().values()):
            raise ValueError(f"{where}: trainable has no component set to true")
        if not 0 <= self.warmup_ratio < 1:
            raise ValueError(f"{where}: warmup_ratio must be in [0, 1), got {self.warmup_ratio}")
        if self.lora is not None and not self.trainable.language:
            raise ValueError(f"{where}: lora needs trainable.language: true")
        if isinstance(self.lr, dict):
            unknown = set(self.lr) - set(COMPONENTS)
            if unknown:
                raise ValueError(f"{where}: lr has unknown component(s) {sorted(unknown)}")
            missing = [c for c, on in self.trainable.as_dict().items() if on and c not in self.lr]
            if missing:
                raise ValueError(f"{where}: lr gives no rate for trainable component(s) {missing}")
        for rate in self.lr.values() if isinstance(self.lr, dict) else [self.lr]:
            if rate <= 0:
                raise ValueError(f"{where}: learning rates must be > 0, got {rate}")

    def lr_of(self, component: str) -> float:
        """Learning rate of ``component``."""
        return self.lr[component] if isinstance(self.lr, dict) else self.lr


@runtime_checkable
class StageAware(Protocol):
    """A module that takes each stage's settings (``SlavaModule`` is one).

    The curriculum calls :meth:`apply_stage` when a stage starts (and on resume) with the stage and
    its length in optimizer steps; a module without it is trained with its own settings.
    """

    def apply_stage(self, stage: Stage, total_steps: int) -> None:
        """Take ``stage``'s learning rates, loss weights and schedule length."""


@runtime_checkable
class AnchoredRegularizer(Protocol):
    """A module whose regularizer is anchored at the weights a stage starts from (L2-SP)."""

    def reset_regularizer_anchor(self) -> None:
        """Anchor the regularizer at the current trainable weights."""

"""The Re³Training loss mix: task-weighted cross-entropy plus a parameter regularizer.

For a batch whose samples carry task tags, a stage's objective (paper Eq. 3) is

    L = Σ_t α_t · CE_t + α_reg · L_reg

where ``CE_t`` is the token-mean cross-entropy over the batch's samples of task ``t`` (the sum of their
token losses divided by the number of their supervised tokens), and ``L_reg`` is one of

* ``l2sp``: ``Σ ||θ - θ₀||²`` over the trainable parameters, ``θ₀`` their values at the start of the
  stage (L2-SP, "explicit inductive bias for transfer learning");
* ``l2``: ``Σ ||θ||²`` over the trainable parameters;
* ``none``.

A task's α comes from, in this order: ``tasks`` (a per-task override), the weight of the Eq. 3 term
the task belongs to (:data:`TASK_TERMS`: ``report`` for α1, ``instruction`` for α2), ``default``.
With no weight given at all the task tags are ignored and ``L`` is the plain token-mean CE of the
whole batch (the paper's stage-1 and stage-2 objective).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import torch
from torch import nn

RegularizerKind = Literal["l2sp", "l2", "none"]
REGULARIZER_KINDS: tuple[str, ...] = ("l2sp", "l2", "none")

#: The Eq. 3 term of each task tag that the project's readers and RADEX write. ``report`` (α1):
#: report generation and summarization; ``instruction`` (α2): instruction following, questions,
#: discussions, multi-turn conversations and captions.
TASK_TERMS: dict[str, str] = {
    "report": "report",
    "summary": "report",
    "instruction": "instruction",
    "qa": "instruction",
    "discussion": "instruction",
    "conversation": "instruction",
    "caption": "instruction",
}
TERMS: tuple[str, ...] = ("report", "instruction")


@dataclass(frozen=True)
class LossWeights:
    """α weights of one stage.

    Args:
        report: α1, the weight of every task of the ``report`` term (:data:`TASK_TERMS`).
        instruction: α2, the weight of every task of the ``instruction`` term.
        tasks: per-task overrides (also for tags outside :data:`TASK_TERMS`).
        default: weight of a task that none of the above weights; ``None`` makes it an error.
        regularizer: ``l2sp``, ``l2`` or ``none``.
        regularizer_weight: α3 (α_reg).

    With none of ``report``, ``instruction``, ``tasks`` and ``default`` set, the loss is the plain
    token-mean CE of the batch, whatever its tasks.
    """

    report: float | None = None
    instruction: float | None = None
    tasks: dict[str, float] = field(default_factory=dict)
    default: float | None = None
    regularizer: RegularizerKind = "none"
    regularizer_weight: float = 0.0

    def __post_init__(self) -> None:
        if self.regularizer not in REGULARIZER_KINDS:
            raise ValueError(
                f"LossWeights.regularizer must be one of {REGULARIZER_KINDS}, got {self.regularizer!r}"
            )
        if self.regularizer_weight < 0:
            raise ValueError(
                f"LossWeights.regularizer_weight must be >= 0, got {self.regularizer_weight}"
            )
        for task, w in self.tasks.items():
            if w < 0:
                raise ValueError(f"LossWeights.tasks[{task!r}] must be >= 0, got {w}")
        for name in ("report", "instruction", "default"):
            w = getattr(self, name)
            if w is not None and w < 0:
                raise ValueError(f"LossWeights.{name} must be >= 0, got {w}")

    @property
    def plain(self) -> bool:
        """No weight given: the loss is the batch's plain token-mean CE."""
        return (
            not self.tasks
            and self.report is None
            and self.instruction is None
            and self.default is None
        )

    def weight_or_none(self, task: str) -> float | None:
        """α of ``task``, or ``None`` when this stage gives it none (never ``None`` if plain)."""
        if self.plain:
            return 1.0
        if task in self.tasks:
            return self.tasks[task]
        term = TASK_TERMS.get(task)
        term_weight = getattr(self, term) if term is not None else None
        return term_weight if term_weight is not None else self.default

    def weight_of(self, task: str) -> float:
        """α of ``task``; raises if this stage gives the task no weight."""
        weight = self.weight_or_none(task)
        if weight is None:
            raise ValueError(
                f"task {task!r} has no loss weight in this stage (report={self.report}, "
                f"instruction={self.instruction}, tasks={self.tasks}); add loss.tasks.{task}, "
                "or a term weight (loss.report / loss.instruction), or loss.default"
            )
        return weight

    def unweighted(self, tasks: Iterable[str]) -> list[str]:
        """The tasks of ``tasks`` that this stage cannot weight, sorted."""
        return sorted({t for t in tasks if self.weight_or_none(t) is None})


def check_task_weights(checks: Iterable[tuple[str, LossWeights, Mapping[str, int]]]) -> None:
    """Raise one error naming every stage that cannot weight a task of its data.

    Args:
        checks: ``(stage name, its weights, task -> number of samples it will see)`` per stage.
    """
    problems, example = [], ""
    for name, weights, tasks in checks:
        missing = weights.unweighted(tasks)
        if missing:
            found = ", ".join(f"{t}: {n}" for t, n in sorted(Counter(tasks).items()))
            problems.append(
                f"stage {name!r} has no loss weight for {missing} (tasks found: {found})"
            )
            example = example or missing[0]
    if problems:
        raise ValueError(
            "; ".join(problems) + f". Add each under the stage's loss.tasks (e.g. `loss: {{tasks: "
            f"{{{example}: 1.0}}}}`), give the term weights loss.report / loss.instruction (tasks map "
            "to terms as in slava_lightning.training.losses.TASK_TERMS), or set loss.default"
        )


def per_task_ce(
    per_sample_loss: torch.Tensor, per_sample_tokens: torch.Tensor, tasks: Sequence[str]
) -> dict[str, torch.Tensor]:
    """Token-mean CE of each task present in the batch.

    Args:
        per_sample_loss: ``[B]`` summed token CE per sample.
        per_sample_tokens: ``[B]`` supervised token count per sample.
        tasks: ``B`` task tags.
    """
    if per_sample_loss.shape != per_sample_tokens.shape or per_sample_loss.dim() != 1:
        raise ValueError(
            f"per_sample_loss {tuple(per_sample_loss.shape)} and per_sample_tokens "
            f"{tuple(per_sample_tokens.shape)} must both be [B]"
        )
    if len(tasks) != per_sample_loss.shape[0]:
        raise ValueError(f"got {len(tasks)} task tags for a batch of {per_sample_loss.shape[0]}")
    out: dict[str, torch.Tensor] = {}
    for task in dict.fromkeys(tasks):  # first-seen order, deterministic
        idx = torch.tensor(
            [i for i, t in enumerate(tasks) if t == task], device=per_sample_loss.device
        )
        tokens = per_sample_tokens.index_select(0, idx).sum().clamp(min=1)
        out[task] = per_sample_loss.index_select(0, idx).sum() / tokens
    return out


class ParameterRegularizer:
    """L2-SP / L2 penalty over a set of named parameters.

    The L2-SP anchor holds detached copies of the parameters given to :meth:`reset_anchor`;
    parameters added later (or without an anchor) are penalised towards zero, which is plain L2.
    """

    def __init__(self) -> None:
        self.anchor: dict[str, torch.Tensor] = {}

    def reset_anchor(self, named_parameters: Iterable[tuple[str, nn.Parameter]]) -> None:
        """Remember the current values of ``named_parameters`` (the stage's trainable ones)."""
        self.anchor = {name: p.detach().clone() for name, p in named_parameters}

    def penalty(
        self, kind: RegularizerKind, named_parameters: Iterable[tuple[str, nn.Parameter]]
    ) -> torch.Tensor | None:
        """``Σ ||θ - θ₀||²`` (``l2sp``) or ``Σ ||θ||²`` (``l2``); ``None`` for ``none``."""
        if kind == "none":
            return None
        if kind not in REGULARIZER_KINDS:
            raise ValueError(f"regularizer kind must be one of {REGULARIZER_KINDS}, got {kind!r}")
        total: torch.Tensor | None = None
        for name, p in named_parameters:
            ref = self.anchor.get(name) if kind == "l2sp" else None
            term = _squared_distance(p, ref)
            total = term if total is None else total + term
        return total

    def state_dict(self) -> dict[str, torch.Tensor]:
        """The anchor (saved with checkpoints so a resumed stage keeps its start point)."""
        return dict(self.anchor)

    def load_state_dict(self, state: Mapping[str, torch.Tensor]) -> None:
        """Restore the anchor saved by :meth:`state_dict`."""
        self.anchor = dict(state)


def _is_dtensor(t: torch.Tensor) -> bool:
    return hasattr(t, "full_tensor")


def _squared_distance(p: torch.Tensor, ref: torch.Tensor | None) -> torch.Tensor:
    """``||p - ref||²`` (``||p||²`` without ``ref``) as a plain scalar.

    Under FSDP2 a parameter is a sharded DTensor, except the root module's while unsharded
    between forward and backward; a side that differs from the other is gathered.
    """
    if ref is not None and _is_dtensor(p) != _is_dtensor(ref):
        if _is_dtensor(p):
            p = p.full_tensor()  # type: ignore[attr-defined]
        else:
            ref = ref.full_tensor()  # type: ignore[attr-defined]
    diff = p if ref is None else p - ref.to(device=p.device, dtype=p.dtype)
    term = diff.float().pow(2).sum()
    return term.full_tensor() if _is_dtensor(term) else term  # type: ignore[attr-defined]


@dataclass
class LossTerms:
    """The loss and its parts (for logging)."""

    total: torch.Tensor
    per_task: dict[str, torch.Tensor]
    regularizer: torch.Tensor | None


def mix_losses(
    per_sample_loss: torch.Tensor,
    per_sample_tokens: torch.Tensor,
    tasks: Sequence[str],
    weights: LossWeights,
    regularizer: torch.Tensor | None = None,
) -> LossTerms:
    """``Σ_t α_t·CE_t + α_reg·L_reg`` (plain token-mean CE when ``weights.plain``)."""
    per_task = per_task_ce(per_sample_loss, per_sample_tokens, tasks)
    if not weights.plain:
        total = sum(
            (weights.weight_of(t) * ce for t, ce in per_task.items()),
            start=per_sample_loss.new_zeros(()),
        )
    else:
        total = per_sample_loss.sum() / per_sample_tokens.sum().clamp(min=1)
    if regularizer is not None and weights.regularizer_weight > 0:
        total = total + weights.regularizer_weight * regularizer
    return LossTerms(total, per_task, regularizer)

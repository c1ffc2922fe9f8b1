"""Task mixtures over a single-source datamodule (the Curriculum's ``set_mixture`` contract).

``TaskMixturePhantoms`` serves the synthetic phantoms with the tasks of the current stage: the
mixture maps task tags to the fraction of their samples drawn per epoch (``{"caption": 1.0}`` in
stage 1, ``{"report": 1.0, "summary": 0.5}`` in stage 3).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from torch.utils.data import DataLoader

from slava_lightning.data.mixture import MixtureSampler
from slava_lightning.data.phantom_datamodule import PHANTOM_TASKS, PhantomDataModule


class TaskMixturePhantoms(PhantomDataModule):
    """:class:`PhantomDataModule` whose training tasks follow :meth:`set_mixture`.

    The training split holds every task's samples; a :class:`~slava_lightning.data.mixture.
    MixtureSampler` draws ``round(fraction * n_task)`` of each mixed task per epoch (a fresh subset
    each epoch, shuffled by seed and epoch). A switch applies from the next batch.

    Args:
        mixture: initial task -> fraction of that task's training samples (0 < f <= 1).
        **kwargs: :class:`PhantomDataModule` options (``tasks`` is derived from the mixture).
    """

    def __init__(self, mixture: dict[str, float] | None = None, **kwargs: Any) -> None:
        mixture = dict(mixture or {"report": 1.0})
        super().__init__(tasks=list(PHANTOM_TASKS), **kwargs)
        self.mixture: dict[str, float] = {}
        self._counts: dict[str, float] = {}
        self.set_mixture(mixture)

    def set_mixture(self, mixture: Mapping[str, float]) -> None:
        """Draw ``mixture`` (task -> fraction) from the next training batch on."""
        bad = {t: f for t, f in mixture.items() if t not in PHANTOM_TASKS or not 0 < f <= 1}
        if bad or not mixture:
            raise ValueError(
                f"mixture must map tasks in {PHANTOM_TASKS} to fractions in (0, 1], got {mixture}"
            )
        self.mixture = dict(mixture)
        if "train" in self._samples:
            self._update_counts()
        if self._live_loader is not None:
            self._live_loader.restart()

    def _offsets(self) -> dict[str, range]:
        samples = self.samples("train")
        offsets, start = {}, 0
        for task in PHANTOM_TASKS:
            n = sum(1 for s in samples if s.task == task)
            offsets[task], start = range(start, start + n), start + n
        return offsets

    def _update_counts(self) -> None:
        # In place: the live sampler holds this mapping.
        offsets = self._offsets()
        self._counts.clear()
        self._counts.update(
            {t: float(max(1, round(len(offsets[t]) * f))) for t, f in self.mixture.items()}
        )

    def load_samples(self, split: str) -> list[Any]:
        """Every task's samples, grouped by task in :data:`PHANTOM_TASKS` order."""
        samples = super().load_samples(split)
        order = {t: i for i, t in enumerate(PHANTOM_TASKS)}
        return sorted(samples, key=lambda s: order[s.task])  # stable: record order within a task

    def task_counts(self, split: str, mixture: Mapping[str, float] | None = None) -> Counter[str]:
        """Training: the mixed tasks (of ``mixture`` or the current one); else every task."""
        counts = super().task_counts(split)
        if split != "train":
            return counts
        chosen = self.mixture if mixture is None else mixture
        return Counter({t: round(counts[t] * f) or 1 for t, f in chosen.items() if f > 0})

    def train_dataloader(self) -> DataLoader[Any]:
        """Batches of the current mixture's tasks."""
        samples = self.samples("train")
        self._update_counts()
        rank, world = self._rank_world()
        size = int(sum(self._counts.values()))
        sampler = MixtureSampler(self._offsets(), self._counts, size, self.seed, rank, world)
        return self._train_loader(samples, sampler)

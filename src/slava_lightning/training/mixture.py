"""Task mixtures over a single-source datamodule (the Curriculum's ``set_mixture`` contract).

``TaskMixturePhantoms`` serves the synthetic phantoms with the tasks of the current stage: the
mixture maps task tags to the fraction of their samples used (``{"caption": 1.0}`` in stage 1,
``{"report": 1.0, "summary": 0.5}`` in stage 3).
"""

from __future__ import annotations

from typing import Any

from slava_lightning.data.phantom_datamodule import PHANTOM_TASKS, PhantomDataModule
from slava_lightning.data.records import Sample


class TaskMixturePhantoms(PhantomDataModule):
    """:class:`PhantomDataModule` whose training tasks follow :meth:`set_mixture`.

    Args:
        mixture: initial task -> fraction of that task's training samples (0 < f <= 1).
        **kwargs: :class:`PhantomDataModule` options (``tasks`` is derived from the mixture).
    """

    def __init__(self, mixture: dict[str, float] | None = None, **kwargs: Any) -> None:
        mixture = dict(mixture or {"report": 1.0})
        super().__init__(tasks=list(PHANTOM_TASKS), **kwargs)
        self.mixture: dict[str, float] = {}
        self.set_mixture(mixture)

    def set_mixture(self, mixture: dict[str, float]) -> None:
        """Use ``mixture`` (task -> fraction) from the next training epoch on."""
        bad = {t: f for t, f in mixture.items() if t not in PHANTOM_TASKS or not 0 < f <= 1}
        if bad or not mixture:
            raise ValueError(
                f"mixture must map tasks in {PHANTOM_TASKS} to fractions in (0, 1], got {mixture}"
            )
        self.mixture = dict(mixture)
        self._samples.pop("train", None)

    def load_samples(self, split: str) -> list[Sample]:
        """All tasks for ``val``/``test``; the mixture's share of each task for ``train``."""
        samples = super().load_samples(split)
        if split != "train":
            return samples
        out: list[Sample] = []
        for task, fraction in self.mixture.items():
            of_task = [s for s in samples if s.task == task]
            out.extend(of_task[: max(1, round(len(of_task) * fraction))])
        return out

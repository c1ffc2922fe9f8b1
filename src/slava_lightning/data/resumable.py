"""Training loaders that resume inside an epoch and switch mixtures at the step they are told to.

Lightning saves the ``state_dict()`` of every training loader that has one with the fit loop and, when
a run resumes, hands it back through ``load_state_dict()`` before the first batch (its "stateful
iterable" contract). :class:`ResumableLoader` uses that contract: its state is the epoch, how many
batches of it were handed out, and the process's random number generators, so a run killed at any
step continues with the next batch the uninterrupted run would have drawn, and the same dropout.

The index order of an epoch is a pure function of the seed, the epoch and (for mixtures) the mixture,
so skipping ``k`` batches only skips ``k * batch_size`` indices: no sample is loaded twice.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, DistributedSampler


def rng_states() -> dict[str, Any]:
    """The states of Python's, NumPy's and torch's (CPU and CUDA) global generators.

    Plain Python values and tensors only, so that checkpoints load with ``weights_only=True``.
    """
    kind, key, pos, has_gauss, gauss = np.random.get_state(legacy=True)
    states: dict[str, Any] = {
        "python": random.getstate(),
        "numpy": (
            str(kind),
            torch.from_numpy(np.asarray(key, dtype=np.int64)),
            int(pos),
            int(has_gauss),
            float(gauss),
        ),
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        states["cuda"] = torch.cuda.get_rng_state_all()
    return states


def set_rng_states(states: dict[str, Any]) -> None:
    """Restore generator states saved by :func:`rng_states`."""
    random.setstate(states["python"])
    kind, key, pos, has_gauss, gauss = states["numpy"]
    np.random.set_state((kind, key.numpy().astype(np.uint32), pos, has_gauss, gauss))
    torch.set_rng_state(states["torch"])
    if "cuda" in states and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(states["cuda"])


class ResumableSampler(DistributedSampler[int]):
    """A ``DistributedSampler`` (shuffled by ``seed`` + epoch, sharded by rank) that can start late.

    Subclasses override :meth:`indices`; :attr:`start` indices of this rank's epoch order are
    skipped (set by :class:`ResumableLoader`). The length stays that of the whole epoch.
    """

    start: int = 0

    def indices(self) -> list[int]:
        """This rank's indices for the current epoch, in order."""
        return list(super().__iter__())

    def __iter__(self) -> Iterator[int]:
        return iter(self.indices()[self.start :])


def shuffled_sampler(size: int, seed: int, rank: int, world: int) -> ResumableSampler:
    """A shuffling :class:`ResumableSampler` over ``range(size)``."""
    return ResumableSampler(
        range(size),  # type: ignore[arg-type]  # only its length is used
        num_replicas=world,
        rank=rank,
        shuffle=True,
        seed=seed,
    )


class ResumableLoader(DataLoader[Any]):
    """A training ``DataLoader`` with Lightning's stateful-iterable interface.

    Args:
        dataset: the map-style dataset.
        sampler: its :class:`ResumableSampler` (Lightning calls its ``set_epoch``).
        batch_size: samples per batch.
        seed: seeds the loader's own generator (worker seeds), per epoch and start position, so
            creating an iterator never draws from the global generator that dropout uses.
        **kwargs: other ``DataLoader`` options (``num_workers``, ``collate_fn``...).
    """

    def __init__(
        self,
        dataset: Dataset[Any],
        sampler: ResumableSampler,
        batch_size: int,
        seed: int = 0,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            dataset, batch_size=batch_size, sampler=sampler, generator=torch.Generator(), **kwargs
        )
        self.seed = seed
        self._handed_out = 0
        self._pending: dict[str, Any] | None = None
        self._restart = False

    def restart(self) -> None:
        """Draw the next batch afresh from the sampler (whose mixture changed), dropping prefetched ones."""
        self._restart = True

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        return self._batches()

    def _batches(self) -> Iterator[Any]:
        # A generator: nothing runs before the first batch is asked for, by which time Lightning
        # has called set_epoch (with workers, torch would otherwise prefetch indices of epoch 0).
        sampler = self.sampler
        assert isinstance(sampler, ResumableSampler)
        state, self._pending = self._pending, None
        done = int(state["batches"]) if state and state["epoch"] == sampler.epoch else 0
        self._handed_out = done
        while True:
            self._restart = False
            sampler.start = done * int(self.batch_size or 1)
            self.generator.manual_seed(hash((self.seed, sampler.epoch, done)) & 0xFFFF_FFFF)
            for batch in super().__iter__():
                done += 1
                self._handed_out = done
                yield batch
                if self._restart:
                    break
            else:
                return

    def state_dict(self) -> dict[str, Any]:
        """Epoch, batches handed out in it, and the global generators' states."""
        epoch = getattr(self.sampler, "epoch", 0)
        return {"epoch": int(epoch), "batches": self._handed_out, "rng": rng_states()}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        """Continue after the saved batch when iterated in the saved epoch; restore the generators."""
        self._pending = dict(state_dict)
        if "rng" in state_dict:
            set_rng_states(state_dict["rng"])

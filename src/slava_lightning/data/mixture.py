"""Several datamodules mixed by ratio; the curriculum switches ratios at stage boundaries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import torch
from torch.utils.data import DataLoader

from slava_lightning.data.datamodule import SlavaDataModule
from slava_lightning.data.records import Sample
from slava_lightning.data.resumable import ResumableSampler


class MixtureSampler(ResumableSampler):
    """Draws ``epoch_size`` indices per epoch from sources by ratio, seeded by ``seed`` + epoch.

    Every rank draws the same global order, then takes ``order[rank::world]``. ``mixture`` is read
    each time an iteration starts: :class:`~slava_lightning.data.resumable.ResumableLoader` restarts
    its iteration at the current position when the mixture changes, so a switch applies from the
    next batch, and the rest of the epoch follows the new ratios (the epoch keeps its length).

    Args:
        offsets: source name -> its index range in the concatenated dataset.
        mixture: source name -> ratio (a live mapping: changes are seen by the next iteration).
        epoch_size: indices drawn per epoch over all ranks.
        seed: order seed.
        rank: this process's rank.
        world: number of ranks.
    """

    def __init__(
        self,
        offsets: dict[str, range],
        mixture: Mapping[str, float],
        epoch_size: int,
        seed: int,
        rank: int,
        world: int,
    ) -> None:
        self.offsets, self.mixture, self.epoch_size = offsets, mixture, epoch_size
        self.seed, self.rank, self.num_replicas, self.epoch = seed, rank, world, 0
        self.num_samples = -(-epoch_size // world)
        self.total_size = self.num_samples * world
        self.start = 0

    def __len__(self) -> int:
        return self.num_samples

    def indices(self) -> list[int]:
        """This rank's share of the epoch's mixed order."""
        gen = torch.Generator().manual_seed(self.seed + self.epoch)
        total = sum(self.mixture.values())
        picks = []
        for name, weight in sorted(self.mixture.items()):
            span = self.offsets[name]
            k = round(self.epoch_size * weight / total)
            if k and len(span):
                reps = torch.cat(
                    [torch.randperm(len(span), generator=gen) for _ in range(-(-k // len(span)))]
                )
                picks.append(reps[:k] + span.start)
        if not picks:
            raise ValueError(f"mixture {dict(self.mixture)} selects no samples")
        order = torch.cat(picks)[torch.randperm(sum(len(p) for p in picks), generator=gen)].tolist()
        order = (order * (self.total_size // max(1, len(order)) + 1))[: self.total_size]
        return order[self.rank :: self.num_replicas]


class MixtureDataModule(SlavaDataModule):
    """Mix the training splits of several datamodules by ratio.

    Args:
        datasets: named datamodules; only their records are used (tokenizer, template, batch size
            and loaders are this module's).
        mixture: name -> ratio (normalised; 0 leaves a source out).
        epoch_size: samples per epoch (default: the sum of the mixed sources' sizes).
        **kwargs: the :class:`SlavaDataModule` options.
    """

    def __init__(
        self,
        datasets: Mapping[str, SlavaDataModule],
        mixture: Mapping[str, float],
        epoch_size: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not datasets:
            raise ValueError("datasets must name at least one datamodule")
        self.sources = dict(datasets)
        self.mixture: dict[str, float] = {}
        self.epoch_size = epoch_size
        self._sampler: MixtureSampler | None = None
        self.set_mixture(mixture)

    def set_mixture(self, mixture: Mapping[str, float]) -> None:
        """Switch ratios from the next batch on (the live sampler reads them in place)."""
        unknown = sorted(set(mixture) - set(self.sources))
        if unknown:
            raise ValueError(
                f"mixture names unknown datasets {unknown}; known: {sorted(self.sources)}"
            )
        if any(w < 0 for w in mixture.values()) or sum(mixture.values()) <= 0:
            raise ValueError(
                f"mixture ratios must be >= 0 with a positive sum, got {dict(mixture)}"
            )
        self.mixture.clear()
        self.mixture.update({k: float(v) for k, v in mixture.items() if v > 0})
        if self._live_loader is not None:
            self._live_loader.restart()

    def task_counts(self, split: str, mixture: Mapping[str, float] | None = None) -> Counter[str]:
        """Task tags of the sources that ``mixture`` (default: the current one) draws from."""
        names = self.mixture if mixture is None else {k for k, v in mixture.items() if v > 0}
        if split != "train":
            return super().task_counts(split)
        return Counter(s.task for n in sorted(names) for s in self.sources[n].samples(split))

    def load_samples(self, split: str) -> list[Sample]:
        """Training: every source's records in name order; otherwise those of the mixed sources."""
        names = sorted(self.sources) if split == "train" else sorted(self.mixture)
        out: list[Sample] = []
        for name in names:
            src = self.sources[name]
            src.strict = self.strict
            out += src.samples(split)
            self.read_report.extend(src.read_report.entries)
            src.read_report.reset()
        return out

    def train_dataloader(self) -> DataLoader[Any]:
        """Batches drawn by :class:`MixtureSampler`."""
        samples = self.samples("train")
        offsets, start = {}, 0
        for name in sorted(self.sources):
            n = len(self.sources[name].samples("train"))
            offsets[name], start = range(start, start + n), start + n
        size = self.epoch_size or sum(len(offsets[k]) for k in self.mixture)
        rank, world = self._rank_world()
        self._sampler = MixtureSampler(offsets, self.mixture, size, self.seed, rank, world)
        return self._train_loader(samples, self._sampler)

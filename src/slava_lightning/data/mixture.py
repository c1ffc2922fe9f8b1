"""Several datamodules mixed by ratio; the curriculum switches ratios at stage boundaries."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import torch
from torch.utils.data import DataLoader, DistributedSampler

from slava_lightning.data.datamodule import SlavaDataModule
from slava_lightning.data.records import Sample


class MixtureSampler(DistributedSampler[int]):
    """Draws ``epoch_size`` indices per epoch from sources by ratio, seeded by ``seed`` + epoch.

    Subclasses ``DistributedSampler`` so Lightning keeps it; it shards by rank itself (every rank
    draws the same global order, then takes ``order[rank::world]``). Ratios are read at each
    ``__iter__``, so :meth:`MixtureDataModule.set_mixture` applies from the next epoch.
    """

    def __init__(
        self, offsets: dict[str, range], mixture: dict[str, float], epoch_size: int,
        seed: int, rank: int, world: int,
    ) -> None:  # fmt: skip
        self.offsets, self.mixture, self.epoch_size = offsets, mixture, epoch_size
        self.seed, self.rank, self.num_replicas, self.epoch = seed, rank, world, 0
        self.num_samples = -(-epoch_size // world)
        self.total_size = self.num_samples * world

    def __len__(self) -> int:
        return self.num_samples

    def __iter__(self) -> Iterator[int]:
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
        order = torch.cat(picks)[torch.randperm(sum(len(p) for p in picks), generator=gen)].tolist()
        order = (order * (self.total_size // max(1, len(order)) + 1))[: self.total_size]
        return iter(order[self.rank :: self.num_replicas])


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
        self, datasets: Mapping[str, SlavaDataModule], mixture: Mapping[str, float],
        epoch_size: int | None = None, **kwargs: Any,
    ) -> None:  # fmt: skip
        super().__init__(**kwargs)
        if not datasets:
            raise ValueError("datasets must name at least one datamodule")
        self.sources = dict(datasets)
        self.mixture: dict[str, float] = {}
        self.epoch_size = epoch_size
        self._sampler: MixtureSampler | None = None
        self.set_mixture(mixture)

    def set_mixture(self, mixture: Mapping[str, float]) -> None:
        """Switch ratios; applies from the next epoch (the live sampler is updated in place)."""
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
        return self._loader(samples, False, self.batch_size, self._sampler)

"""A map-style dataset over ``Sample`` records that skips bad samples without hiding them."""

from __future__ import annotations

from collections.abc import Sequence

from torch.utils.data import Dataset

from slava_lightning.data.collate import PreparedSample, SampleError, SlavaCollator
from slava_lightning.data.records import Sample
from slava_lightning.data.skips import Skip


class SampleDataset(Dataset[PreparedSample]):
    """Prepares ``samples[i]`` with ``collator.prepare`` (images and tokens) in the loader worker.

    Args:
        samples: the records.
        collator: does the per-sample work and later pads the batch.
        strict: raise on a bad sample (the error names the sample, file and field). Otherwise the
            next good sample stands in, and the bad one travels in ``PreparedSample.skipped`` to the
            batch's ``skipped`` list, where the datamodule counts it.
        max_fallbacks: how many following samples to try before giving up.
    """

    def __init__(
        self,
        samples: Sequence[Sample],
        collator: SlavaCollator,
        strict: bool = False,
        max_fallbacks: int = 64,
    ) -> None:
        self.samples = list(samples)
        self.collator = collator
        self.strict = strict
        self.max_fallbacks = max_fallbacks

    def __len__(self) -> int:
        return len(self.samples)

    def __getitem__(self, index: int) -> PreparedSample:
        skipped: list[Skip] = []
        n = len(self.samples)
        for step in range(min(n, self.max_fallbacks + 1)):
            sample = self.samples[(index + step) % n]
            try:
                prepared = self.collator.prepare(sample)
            except SampleError as err:
                if self.strict:
                    raise
                skipped.append(err.skip)
                continue
            prepared.skipped = skipped
            return prepared
        names = "; ".join(str(s) for s in skipped[:5])
        raise ValueError(
            f"{len(skipped)} consecutive samples from index {index} could not be prepared: {names}"
        )

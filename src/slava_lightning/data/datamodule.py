"""The base ``LightningDataModule`` every reader builds on.

A subclass only says where its records come from (``load_samples(split)``); the base class owns the
tokenizer and image settings, the collators, deterministic distributed sampling and skip accounting.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import lightning as L
from lightning.pytorch.callbacks import Callback
from lightning.pytorch.utilities import rank_zero_info
from torch.utils.data import DataLoader

from slava_lightning.components.base import ImageProcessing
from slava_lightning.data.collate import SlavaCollator
from slava_lightning.data.dataset import SampleDataset
from slava_lightning.data.images import ImageTransform
from slava_lightning.data.records import Sample
from slava_lightning.data.resumable import ResumableLoader, ResumableSampler, shuffled_sampler
from slava_lightning.data.skips import Skip, SkipReport, raise_skip

SPLITS = ("train", "val", "test")
PHASES = ("train", "val", "test", "predict")


class SlavaDataModule(L.LightningDataModule):
    """Base datamodule: records from ``load_samples(split)``, batches for ``SlavaModel``.

    Args:
        batch_size: samples per batch and per device.
        num_workers: loader worker processes.
        max_length: longest token sequence (see :class:`SlavaCollator`).
        template: chat template name.
        strict: raise on any bad record or image instead of skipping and counting it.
        seed: shuffling seed; the order of epoch ``e`` depends only on ``seed`` and ``e``.
        eval_batch_size: batch size of validation and generation loaders (default ``batch_size``).
        pad_to_square: pad images to a square with the encoder's mean colour before resizing.
        predict_split: split served by ``predict_dataloader`` (generation prompts + references).

    The tokenizer and image settings come from :meth:`attach` or, in ``setup``, from the trainer's
    LightningModule (attributes ``tokenizer`` and ``image_processing``).
    """

    def __init__(
        self,
        batch_size: int = 8,
        num_workers: int = 0,
        max_length: int = 2048,
        template: str = "phi_v0",
        strict: bool = False,
        seed: int = 0,
        eval_batch_size: int | None = None,
        pad_to_square: bool = True,
        predict_split: str = "test",
    ) -> None:
        super().__init__()
        if batch_size < 1:
            raise ValueError(f"batch_size must be positive, got {batch_size}")
        if num_workers < 0:
            raise ValueError(f"num_workers must be >= 0, got {num_workers}")
        if predict_split not in SPLITS:
            raise ValueError(f"predict_split must be one of {SPLITS}, got {predict_split!r}")
        self.batch_size = batch_size
        self.num_workers = num_workers
        self.max_length = max_length
        self.template = template
        self.strict = strict
        self.seed = seed
        self.eval_batch_size = eval_batch_size or batch_size
        self.pad_to_square = pad_to_square
        self.predict_split = predict_split
        self.tokenizer: Any = None
        self.processing: ImageProcessing | None = None
        #: Records rejected while reading (empty sections, unreadable records).
        self.read_report = SkipReport()
        #: Samples skipped by the loaders since the last epoch end, per phase (``train``, ``val``,
        #: ``test``, ``predict``): bad images, over-long prompts...
        self.skip_reports: dict[str, SkipReport] = {p: SkipReport() for p in PHASES}
        self._samples: dict[str, list[Sample]] = {}
        self._live_loader: ResumableLoader | None = None

    # -- records -----------------------------------------------------------------------------
    def load_samples(self, split: str) -> list[Sample]:
        """Records of ``split`` (``train``, ``val`` or ``test``); empty when the source has none."""
        raise NotImplementedError(f"{type(self).__name__} must implement load_samples(split)")

    def samples(self, split: str) -> list[Sample]:
        """Cached :meth:`load_samples`."""
        if split not in SPLITS:
            raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
        if split not in self._samples:
            self._samples[split] = self.load_samples(split)
        return self._samples[split]

    def task_counts(self, split: str, mixture: Mapping[str, float] | None = None) -> Counter[str]:
        """Samples per task tag in ``split`` (``mixture``: as a mixing subclass would draw them).

        The Curriculum checks, before the first step, that each stage weights every task found.
        """
        return Counter(s.task for s in self.samples(split))

    def reject(self, skip: Skip) -> None:
        """Leave a record out: raise in strict mode, else count it in :attr:`read_report`."""
        if self.strict:
            raise_skip(skip)
        self.read_report.add(skip)

    @property
    def skip_report(self) -> SkipReport:
        """Training samples skipped since the last training epoch end."""
        return self.skip_reports["train"]

    def _phase(self) -> str:
        trainer = self.trainer
        if trainer is None or trainer.training:
            return "train"
        if trainer.validating or trainer.sanity_checking:
            return "val"
        return "test" if trainer.testing else "predict"

    # -- wiring --------------------------------------------------------------------------------
    def attach(self, tokenizer: Any, processing: ImageProcessing) -> SlavaDataModule:
        """Give the tokenizer and image settings directly (without a trainer)."""
        self.tokenizer = tokenizer
        self.processing = processing
        return self

    def setup(self, stage: str | None = None) -> None:
        """Take tokenizer and image settings from the trainer's module when not attached."""
        module = getattr(self.trainer, "lightning_module", None) if self.trainer else None
        if self.tokenizer is None and module is not None:
            self.tokenizer = getattr(module, "tokenizer", None)
        if self.processing is None and module is not None:
            self.processing = getattr(module, "image_processing", None)
        if self.tokenizer is None or self.processing is None:
            raise ValueError(
                f"{type(self).__name__} has no tokenizer/image processing: call attach(tokenizer, "
                "processing) or train a module exposing `tokenizer` and `image_processing`"
            )
        if self.read_report:
            rank_zero_info(self.read_report.summary(f"{type(self).__name__}: records left out"))

    def collator(self, generation: bool = False) -> SlavaCollator:
        """The collator for training (``generation=False``) or generation prompts."""
        if self.tokenizer is None or self.processing is None:
            raise ValueError(
                "call attach(tokenizer, processing) or setup() before building loaders"
            )
        transform = ImageTransform(self.processing, pad_to_square=self.pad_to_square)
        return SlavaCollator(
            self.tokenizer, transform, self.template, self.max_length, generation=generation
        )

    def _rank_world(self) -> tuple[int, int]:
        if self.trainer is None:
            return 0, 1
        return int(self.trainer.global_rank), int(self.trainer.world_size)

    def _loader(self, samples: list[Sample], generation: bool, batch_size: int) -> DataLoader[Any]:
        collator = self.collator(generation)
        dataset = SampleDataset(samples, collator, strict=self.strict)
        return DataLoader(
            dataset,
            batch_size=batch_size,
            shuffle=False,
            num_workers=self.num_workers,
            collate_fn=collator,
            persistent_workers=False,
        )

    def _train_loader(self, samples: list[Sample], sampler: ResumableSampler) -> ResumableLoader:
        """The training loader: resumable mid-epoch (see :mod:`slava_lightning.data.resumable`)."""
        collator = self.collator(False)
        self._live_loader = ResumableLoader(
            SampleDataset(samples, collator, strict=self.strict),
            sampler,
            batch_size=self.batch_size,
            seed=self.seed,
            num_workers=self.num_workers,
            collate_fn=collator,
            persistent_workers=False,
        )
        return self._live_loader

    def train_sampler(self, dataset_size: int) -> ResumableSampler:
        """Shuffles by ``seed`` + epoch and shards by rank (Lightning calls ``set_epoch``)."""
        rank, world = self._rank_world()
        return shuffled_sampler(dataset_size, self.seed, rank, world)

    # -- loaders -------------------------------------------------------------------------------
    def train_dataloader(self) -> DataLoader[Any]:
        """Shuffled, sharded training batches with labels, resumable inside an epoch."""
        samples = self.samples("train")
        if not samples:
            raise ValueError(f"{type(self).__name__} has no training samples")
        return self._train_loader(samples, self.train_sampler(len(samples)))

    def val_dataloader(self) -> DataLoader[Any] | list[Any]:
        """Teacher-forced validation batches (an empty list when there is no val split)."""
        samples = self.samples("val")
        return self._loader(samples, False, self.eval_batch_size) if samples else []

    def test_dataloader(self) -> DataLoader[Any] | list[Any]:
        """Teacher-forced test batches."""
        samples = self.samples("test")
        return self._loader(samples, False, self.eval_batch_size) if samples else []

    def predict_dataloader(self) -> DataLoader[Any]:
        """Generation prompts (left padded) with ``references``, from ``predict_split``."""
        return self.generation_dataloader(self.predict_split)

    def generation_dataloader(self, split: str = "test") -> DataLoader[Any]:
        """Generation prompts and references of ``split`` in record order."""
        samples = self.samples(split)
        if not samples:
            raise ValueError(f"{type(self).__name__} has no {split!r} samples to generate for")
        return self._loader(samples, True, self.eval_batch_size)

    def on_before_batch_transfer(self, batch: Any, dataloader_idx: int) -> Any:
        """Move the loader's skip notes out of the batch and into :attr:`skip_report`."""
        if isinstance(batch, dict) and "skipped" in batch:
            self.skip_reports[self._phase()].extend(batch.pop("skipped"))
        return batch

    def teardown(self, stage: str) -> None:
        """Print skips no :class:`SkipReportCallback` reported (a trainer without one), then reset."""
        for phase, report in self.skip_reports.items():
            if report:
                rank = getattr(self.trainer, "global_rank", 0) if self.trainer else 0
                print(report.summary(f"[rank {rank}] {type(self).__name__}: {phase} skipped"))
                report.reset()


class SkipReportCallback(Callback):
    """At each epoch end, logs skip counts and prints the skipped names, then resets the report.

    ``SlavaModule`` declares one (``configure_callbacks``); with another module, list it under
    ``trainer.callbacks``, or the datamodule prints the skips once at teardown instead.
    """

    def _report(self, trainer: L.Trainer, pl_module: L.LightningModule, phase: str) -> None:
        reports = getattr(getattr(trainer, "datamodule", None), "skip_reports", None)
        if not isinstance(reports, dict) or phase not in reports:
            return
        report = reports[phase]
        if report:
            print(
                report.summary(
                    f"[rank {trainer.global_rank}] {phase} epoch {trainer.current_epoch}"
                )
            )
        if trainer.logger is not None:
            trainer.logger.log_metrics(
                {f"data/{phase}_skipped": float(len(report))}, trainer.global_step
            )
        report.reset()

    def on_train_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        """Report training skips."""
        self._report(trainer, pl_module, "train")

    def on_validation_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        """Report validation skips (not during the sanity check)."""
        if not trainer.sanity_checking:
            self._report(trainer, pl_module, "val")

    def on_predict_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        """Report generation skips."""
        self._report(trainer, pl_module, "predict")

    def on_test_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        """Report test skips."""
        self._report(trainer, pl_module, "test")

"""``PhantomDataModule``: the synthetic phantoms as caption, instruction, report and summary samples.

The files are generated into a cache folder on first use, deterministically from ``seed``; the same
options always give byte-identical images.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from torch.utils.data import DataLoader

from slava_lightning.data.datamodule import SlavaDataModule
from slava_lightning.data.mixture import MixtureSampler
from slava_lightning.data.phantoms import KINDS, write_phantom_dataset
from slava_lightning.data.records import Sample
from slava_lightning.prompts import IMAGE_TOKEN, Turn, report_turns

PHANTOM_TASKS = ("caption", "instruction", "report", "summary")
_FORMAT_VERSION = 1
_NAMES = {
    "cardiomegaly": "cardiomegaly",
    "effusion": "pleural effusion",
    "pneumothorax": "pneumothorax",
    "opacity": "focal opacity",
    "device": "central venous catheter",
}
CAPTION_PROMPT = "Describe this synthetic radiograph briefly."


def default_cache_dir() -> Path:
    """``$SLAVA_CACHE`` or ``~/.cache/slava_lightning``, with a ``synthetic_phantoms`` subfolder."""
    base = os.environ.get("SLAVA_CACHE") or Path.home() / ".cache" / "slava_lightning"
    return Path(base) / "synthetic_phantoms"


def ensure_phantom_dataset(
    cache_dir: str | Path | None, n: int, seed: int, size: int
) -> tuple[Path, list[dict[str, Any]]]:
    """Folder and manifest rows of the phantom set, writing it atomically when missing."""
    base = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    root = base / f"v{_FORMAT_VERSION}-n{n}-seed{seed}-px{size}"
    manifest = root / "manifest.jsonl"
    if not manifest.is_file():
        base.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=base))
        write_phantom_dataset(tmp, n, seed, size)
        try:
            tmp.rename(root)
        except OSError:  # another process finished first
            shutil.rmtree(tmp, ignore_errors=True)
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    return root, rows


def caption_of(row: dict[str, Any]) -> str:
    """Short stage-1 caption naming the planted finding."""
    kind = row["finding"]
    if kind == "normal":
        return "Synthetic chest radiograph without abnormality."
    if kind == "cardiomegaly":
        return "Synthetic chest radiograph with cardiomegaly."
    size = f"{row['size']} " if row.get("size") else ""
    return f"Synthetic chest radiograph with a {size}{row['side']} {_NAMES[kind]}."


def instruction_turns(row: dict[str, Any], rng: np.random.Generator) -> list[Turn]:
    """A yes/no question (half the time about the planted finding) and, if sided, a side question."""
    kind = row["finding"]
    abnormal = [k for k in KINDS if k != "normal"]
    asked = kind if kind != "normal" and rng.random() < 0.5 else str(rng.choice(abnormal))
    present = asked == kind
    turns = [
        Turn("user", f"{IMAGE_TOKEN}\nIs there {_article(asked)}{_NAMES[asked]}?"),
        Turn("assistant", "Yes." if present else "No."),
    ]
    if present and row.get("side"):
        turns += [
            Turn("user", f"Which side is the {_NAMES[asked]} on?"),
            Turn("assistant", f"{row['side'].capitalize()}."),
        ]
    return turns


def _article(kind: str) -> str:
    return "" if kind in ("cardiomegaly", "pneumothorax") else "a "


def phantom_samples(
    rows: Sequence[dict[str, Any]], root: Path, tasks: Sequence[str], seed: int
) -> list[Sample]:
    """One sample per row and task."""
    out = []
    for row in rows:
        image = str(root / row["image"])
        meta = {k: row[k] for k in ("finding", "side", "size", "zone", "labels", "split")}
        meta |= {"findings": row["findings"], "impression": row["impression"]}
        meta |= {"synthetic": True, "source": "synthetic_phantoms"}
        for task in tasks:
            if task == "caption":
                turns = [Turn("user", f"{IMAGE_TOKEN}\n{CAPTION_PROMPT}")]
                turns.append(Turn("assistant", caption_of(row)))
            elif task == "instruction":
                rng = np.random.default_rng([seed, int(row["id"].rsplit("-", 1)[1])])
                turns = instruction_turns(row, rng)
            elif task == "report":
                turns = [*report_turns("generate"), Turn("assistant", row["findings"])]
            else:
                turns = [
                    *report_turns("summarize", findings=row["findings"]),
                    Turn("assistant", row["impression"]),
                ]
            out.append(Sample(f"{row['id']}/{task}", [image], turns, task, dict(meta)))
    return out


class PhantomDataModule(SlavaDataModule):
    """Synthetic phantoms (see :mod:`slava_lightning.data.phantoms`) as training/eval samples.

    Args:
        n: number of phantoms (80% train, 10% val, 10% test).
        image_size: phantom side in pixels (64-128 for tiny models).
        tasks: any of ``caption`` (stage 1), ``instruction`` (yes/no and side questions),
            ``report`` (image -> Findings) and ``summary`` (image + Findings -> Impression).
        cache_dir: where the files are generated (default :func:`default_cache_dir`).
        **kwargs: the :class:`SlavaDataModule` options (``seed`` also seeds the phantoms).
    """

    def __init__(
        self,
        n: int = 600,
        image_size: int = 64,
        tasks: Sequence[str] = ("report",),
        cache_dir: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        bad = [t for t in tasks if t not in PHANTOM_TASKS]
        if bad or not tasks:
            raise ValueError(
                f"tasks must be a non-empty subset of {PHANTOM_TASKS}, got {list(tasks)}"
            )
        if n < 10:
            raise ValueError(f"n must be at least 10, got {n}")
        self.n = n
        self.image_size = image_size
        self.tasks = list(tasks)
        self.cache_dir = cache_dir

    def prepare_data(self) -> None:
        """Generate the files once (rank 0)."""
        ensure_phantom_dataset(self.cache_dir, self.n, self.seed, self.image_size)

    def load_samples(self, split: str) -> list[Sample]:
        """Samples of ``split`` for every configured task."""
        root, rows = ensure_phantom_dataset(self.cache_dir, self.n, self.seed, self.image_size)
        chosen = [r for r in rows if r["split"] == split]
        return phantom_samples(chosen, root, self.tasks, self.seed)


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

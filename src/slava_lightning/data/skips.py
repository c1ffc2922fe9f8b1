"""Accounting for samples left out: nothing is dropped without being counted and named."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Skip:
    """One sample (or record) left out.

    Args:
        id: sample or record id.
        file: the file at fault (image, report, annotation).
        field: the field at fault (``image``, ``findings``, ``conversations``...).
        reason: short cause (``file not found``, ``cannot decode``, ``empty section``...).
    """

    id: str
    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.id} [{self.field}] {self.file}: {self.reason}"


@dataclass
class SkipReport:
    """Skipped samples with counts by field, printable as a summary."""

    entries: list[Skip] = field(default_factory=list)

    def add(self, skip: Skip) -> None:
        """Record one skip."""
        self.entries.append(skip)

    def extend(self, skips: Iterable[Skip]) -> None:
        """Record several skips."""
        self.entries.extend(skips)

    def __len__(self) -> int:
        return len(self.entries)

    def counts(self) -> dict[str, int]:
        """Number of skips per field."""
        return dict(Counter(s.field for s in self.entries))

    def reset(self) -> None:
        """Forget all entries (at the start of an epoch)."""
        self.entries.clear()

    def summary(self, title: str = "skipped", limit: int = 20) -> str:
        """Counts and the first ``limit`` names, one per line; empty string when nothing was skipped."""
        if not self.entries:
            return ""
        counts = ", ".join(f"{k}: {v}" for k, v in sorted(self.counts().items()))
        lines = [f"{title}: {len(self.entries)} sample(s) ({counts})"]
        lines += [f"  {s}" for s in self.entries[:limit]]
        if len(self.entries) > limit:
            lines.append(f"  ... and {len(self.entries) - limit} more")
        return "\n".join(lines)


class RecordError(ValueError):
    """A record cannot be read; ``skip`` names its id, file and field."""

    def __init__(self, skip: Skip) -> None:
        super().__init__(
            f"record {skip.id!r}, field {skip.field!r}, file {skip.file!r}: {skip.reason}"
        )
        self.skip = skip


def raise_skip(skip: Skip) -> None:
    """The strict ``on_error`` of the readers: raise :class:`RecordError`."""
    raise RecordError(skip)

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
    """Skipped records, each counted once, with counts by field and by reason.

    A bad sample met again (a loader tries the following samples in place of a bad one, so one bad
    record can be tried for several indices) is not counted twice.
    """

    entries: list[Skip] = field(default_factory=list)

    def __post_init__(self) -> None:
        unique = list(dict.fromkeys(self.entries))
        self.entries[:] = unique
        self._seen = set(unique)

    def add(self, skip: Skip) -> None:
        """Record one skip (ignored if that record was already recorded for the same cause)."""
        if skip not in self._seen:
            self._seen.add(skip)
            self.entries.append(skip)

    def extend(self, skips: Iterable[Skip]) -> None:
        """Record several skips."""
        for skip in skips:
            self.add(skip)

    def __len__(self) -> int:
        return len(self.entries)

    def counts(self) -> dict[str, int]:
        """Number of skipped records per field."""
        return dict(Counter(s.field for s in self.entries))

    def reasons(self) -> dict[str, int]:
        """Number of skipped records per reason (``null answer``, ``file not found``...)."""
        return dict(Counter(s.reason for s in self.entries))

    def reset(self) -> None:
        """Forget all entries (at the start of an epoch)."""
        self.entries.clear()
        self._seen.clear()

    def summary(self, title: str = "skipped", limit: int = 20) -> str:
        """Counts and the first ``limit`` names, one per line; empty string when nothing was skipped."""
        if not self.entries:
            return ""
        counts = ", ".join(f"{k}: {v}" for k, v in sorted(self.counts().items()))
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.reasons().items()))
        lines = [f"{title}: {len(self.entries)} record(s) ({counts}; by reason: {reasons})"]
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

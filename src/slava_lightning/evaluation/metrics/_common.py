"""Small helpers shared by the metric modules: argument checks and reference normalisation."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["as_reference_lists", "check_pairs"]


def check_pairs(predictions: Sequence[str], references: Sequence[object]) -> None:
    """Raise ``ValueError`` unless predictions and references are equally long sequences."""
    if isinstance(predictions, str) or isinstance(references, str):
        raise ValueError("predictions and references must be sequences of reports, not one string")
    if len(predictions) != len(references):
        raise ValueError(
            f"predictions ({len(predictions)}) and references ({len(references)}) differ in length"
        )


def as_reference_lists(references: Sequence[str | Sequence[str]]) -> list[list[str]]:
    """Turn ``[ref, ...]`` or ``[[ref1, ref2], ...]`` into a list of non-empty reference lists."""
    out: list[list[str]] = []
    for i, refs in enumerate(references):
        group = [refs] if isinstance(refs, str) else list(refs)
        if not group:
            raise ValueError(f"references[{i}] is an empty list; give at least one reference")
        out.append(group)
    return out

"""CSV input and output in the original labeler's layout.

Input: one report per row, no header (the first column is read; blank rows are skipped, as pandas
does). Output: a header ``Reports,No Finding,...,Support Devices``, the report text as given, and
each label written as ``1.0``, ``0.0``, ``-1.0`` or an empty cell, with ``\\n`` line endings, which
is what the original's ``pandas.DataFrame.to_csv`` writes.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from slava_lightning.evaluation.chexpert.phrases import CATEGORIES

REPORTS = "Reports"


def read_reports(path: str | Path) -> list[str]:
    """Reports of a header-less CSV file, one per row.

    Raises:
        ValueError: if ``path`` does not exist or is not valid UTF-8 CSV.
    """
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"reports file {path} does not exist")
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
    except (UnicodeDecodeError, csv.Error) as error:
        raise ValueError(f"reports file {path} is not a readable UTF-8 CSV file: {error}") from None
    return [row[0] for row in rows if row and any(cell.strip() for cell in row)]


def format_label(value: float | None) -> str:
    """A label as the original writes it: ``1.0``, ``0.0``, ``-1.0``, or empty for not mentioned."""
    return "" if value is None else repr(float(value))


def write_labels(
    path: str | Path, reports: Sequence[str], labels: Sequence[dict[str, float | None]]
) -> None:
    """Write reports and their labels in the original labeler's CSV layout.

    Raises:
        ValueError: if ``reports`` and ``labels`` differ in length.
    """
    if len(reports) != len(labels):
        raise ValueError(f"got {len(reports)} reports but {len(labels)} label rows")
    with Path(path).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([REPORTS, *CATEGORIES])
        for report, row in zip(reports, labels, strict=True):
            writer.writerow([report, *(format_label(row.get(name)) for name in CATEGORIES)])

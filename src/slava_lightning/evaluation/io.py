"""Reading prediction and reference report files for scoring.

Both files are JSONL (one object per line) or CSV (a header row), each record holding an id and a
report text (fields ``id`` and ``text`` unless told otherwise). Records are matched by id; a
duplicated id, or an id present in one file only, is an error that names it. A file without any
record is an error too (scores of nothing are undefined); an empty *text* is a legal, if poor,
prediction or reference and is scored like any other.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ReportPairs", "pair_reports", "read_reports"]


def _check_record(record: object, where: str, id_field: str, text_field: str) -> tuple[str, str]:
    if not isinstance(record, dict):
        raise ValueError(f"{where}: expected an object with {id_field!r} and {text_field!r}")
    for name in (id_field, text_field):
        if name not in record or record[name] is None:
            raise ValueError(f"{where}: missing field {name!r}")
    text = record[text_field]
    if not isinstance(text, str):
        raise ValueError(
            f"{where}: field {text_field!r} must be a string, got {type(text).__name__}"
        )
    return str(record[id_field]), text


def read_reports(
    path: str | os.PathLike[str], id_field: str = "id", text_field: str = "text"
) -> dict[str, str]:
    """Read ``{id: text}`` from a ``.jsonl`` or ``.csv`` file, in file order.

    Raises:
        ValueError: unreadable format, no record at all, a record without the fields, or a
            duplicated id.
    """
    p = Path(path)
    if not p.is_file():
        raise ValueError(f"report file {p} does not exist")
    suffix = p.suffix.lower()
    rows: list[tuple[str, object]] = []
    if suffix in (".jsonl", ".ndjson"):
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rows.append((f"{p}:{n}", json.loads(line)))
                except json.JSONDecodeError as err:
                    raise ValueError(f"{p}:{n}: not valid JSON ({err.msg})") from err
    elif suffix == ".csv":
        with open(p, encoding="utf-8", newline="") as f:
            rows = [(f"{p}:{n}", row) for n, row in enumerate(csv.DictReader(f), 2)]
    else:
        raise ValueError(f"{p}: unknown format {suffix!r}; use .jsonl or .csv")
    out: dict[str, str] = {}
    for where, record in rows:
        key, text = _check_record(record, where, id_field, text_field)
        if key in out:
            raise ValueError(f"{where}: duplicated id {key!r}")
        out[key] = text
    if not out:
        raise ValueError(
            f"{p}: no report records (the file is empty, or holds only blank lines or a CSV "
            f"header); give one record with fields {id_field!r} and {text_field!r} per report"
        )
    return out


@dataclass
class ReportPairs:
    """Predictions and references aligned by id (reference file order)."""

    ids: list[str]
    predictions: list[str]
    references: list[str]


def pair_reports(
    predictions: dict[str, str],
    references: dict[str, str],
    names: tuple[str, str] = ("predictions", "references"),
) -> ReportPairs:
    """Align two ``{id: text}`` maps; every id must occur in both.

    Args:
        predictions: ``{id: text}`` of the predictions.
        references: ``{id: text}`` of the references.
        names: what to call the two sides in errors (e.g. their file names).

    Raises:
        ValueError: when the two share no id at all, or naming the first id missing from either
            side (and how many are missing).
    """
    if predictions and references and predictions.keys().isdisjoint(references):
        raise ValueError(
            f"no report pairs: no id of {names[1]} occurs in {names[0]} (e.g. "
            f"{next(iter(references))!r} vs {next(iter(predictions))!r}); check --id-field"
        )
    for name, have, other in (
        (names[0], predictions, references),
        (names[1], references, predictions),
    ):
        missing = [k for k in other if k not in have]
        if missing:
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise ValueError(f"id {missing[0]!r} has no entry in {name}{more}")
    ids = list(references)
    return ReportPairs(ids, [predictions[k] for k in ids], [references[k] for k in ids])

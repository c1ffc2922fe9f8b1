"""MIMIC-CXR's own CheXpert label file as reference labels for the label AUC.

``mimic-cxr-2.0.0-chexpert.csv(.gz)`` (PhysioNet MIMIC-CXR-JPG) holds one row per study:
``subject_id``, ``study_id`` and the 14 CheXpert observations, each ``1.0`` (positive), ``0.0``
(negative), ``-1.0`` (uncertain) or blank (not mentioned), labelled from the study's report. With
this file, ``slava-eval --chexpert-labels`` scores generated reports against these labels instead
of labelling the reference texts itself (the R2Gen convention of
:mod:`~slava_lightning.evaluation.metrics.labels_auc` then applies: blank and -1 count as negative).
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from collections.abc import Sequence
from pathlib import Path

from slava_lightning.observations import CHEXPERT_OBSERVATIONS

_VALUES = {"1.0": 1.0, "1": 1.0, "0.0": 0.0, "0": 0.0, "-1.0": -1.0, "-1": -1.0, "": math.nan}


def read_chexpert_label_file(path: str | Path) -> dict[str, list[float]]:
    """``{study_id: 14 labels}`` (``CHEXPERT_OBSERVATIONS`` order; blank is NaN) from the file.

    Study ids are kept as written (``50414267``); a leading ``s`` of the reader's sample ids
    (``s50414267``) is matched by :func:`labels_for`.

    Raises:
        ValueError: a missing file or column, or a value other than 1, 0, -1 or blank (naming the
            file, line and column).
    """
    file = Path(path)
    if not file.is_file():
        raise ValueError(f"--chexpert-labels {str(file)!r} does not exist")
    raw = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    missing = [
        c for c in ("study_id", *CHEXPERT_OBSERVATIONS) if c not in (reader.fieldnames or [])
    ]
    if missing:
        raise ValueError(f"{file}: missing column(s) {missing}")
    out: dict[str, list[float]] = {}
    for line, row in enumerate(reader, start=2):
        labels = []
        for name in CHEXPERT_OBSERVATIONS:
            value = (row[name] or "").strip()
            if value not in _VALUES:
                raise ValueError(
                    f"{file}:{line}: column {name!r} is {value!r}; expected 1.0, 0.0, -1.0 or blank"
                )
            labels.append(_VALUES[value])
        out[str(row["study_id"]).strip()] = labels
    return out


def labels_for(table: dict[str, list[float]], ids: Sequence[str], where: str) -> list[list[float]]:
    """The labels of each sample id (``s<study_id>`` or ``<study_id>``), in order.

    Raises:
        ValueError: ids without a row in the file (the first few are named).
    """
    rows, absent = [], []
    for sid in ids:
        key = sid[1:] if sid.startswith("s") and sid[1:].isdigit() else sid
        if key not in table:
            absent.append(sid)
            continue
        rows.append(table[key])
    if absent:
        raise ValueError(
            f"{where}: {len(absent)} evaluated stud(ies) have no row in the label file, e.g. "
            f"{absent[:3]}"
        )
    return rows


__all__ = ["labels_for", "read_chexpert_label_file"]

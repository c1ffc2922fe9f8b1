"""Reading the systems' outputs, the references and the images a human-evaluation study shows.

A system's outputs are a ``slava-eval`` output folder (``<task>.jsonl`` per task, records with
``question_id`` and ``text``) or a single predictions file (JSONL or CSV with ``id`` or
``question_id`` and ``text``). Images come from a record's ``images``/``image`` field or its
``metadata.images`` (as ``slava-eval`` writes them); relative paths are resolved against
``--images``; a case without image paths takes the files in ``--images`` whose name stem is its id.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CaseOutput", "find_images", "read_outputs", "system_file"]

_ID_FIELDS = ("id", "question_id")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".dcm", ".dicom")


@dataclass
class CaseOutput:
    """One record of an outputs, references or context file."""

    text: str
    images: list[str] = field(default_factory=list)


def system_file(path: Path, task: str) -> Path:
    """The predictions file of ``task`` in a system's ``path`` (a file, or a ``slava-eval`` folder).

    Raises:
        ValueError: the path does not exist, or the folder has no ``<task>.jsonl``.
    """
    if path.is_dir():
        found = path / f"{task}.jsonl"
        if not found.is_file():
            raise ValueError(
                f"{path} is a folder without {task}.jsonl; give a slava-eval --output-dir "
                f"that ran task {task!r}, or a predictions file"
            )
        return found
    if not path.is_file():
        raise ValueError(f"{path} does not exist")
    return path


def _records(path: Path) -> list[tuple[str, Any]]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        rows = []
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rows.append((f"{path}:{n}", json.loads(line)))
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{n}: not valid JSON ({err.msg})") from None
        return rows
    if suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return [(f"{path}:{n}", row) for n, row in enumerate(csv.DictReader(fh), 2)]
    raise ValueError(f"{path}: unknown format {suffix!r}; use .jsonl or .csv")


def _image_list(record: dict[str, Any], where: str) -> list[str]:
    meta = record.get("metadata")
    for value in (
        record.get("images"),
        record.get("image"),
        meta.get("images") if isinstance(meta, dict) else None,
    ):
        if value is None or value == "":
            continue
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"{where}: 'images' must be a path or a list of paths")
        return list(values)
    return []


def read_outputs(path: Path) -> dict[str, CaseOutput]:
    """``{case id: CaseOutput}`` of a JSONL/CSV file whose records hold ``id`` (or
    ``question_id``) and ``text``, in file order.

    Raises:
        ValueError: naming the file and line of a record that is not an object, lacks a field,
            has a non-string text, or repeats an id; or an empty file.
    """
    out: dict[str, CaseOutput] = {}
    for where, record in _records(path):
        if not isinstance(record, dict):
            raise ValueError(f"{where}: expected an object with 'id' and 'text'")
        key = next((record[f] for f in _ID_FIELDS if record.get(f) not in (None, "")), None)
        if key is None:
            raise ValueError(f"{where}: missing field 'id' (or 'question_id')")
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError(f"{where}: field 'text' must be a string, got {type(text).__name__}")
        if str(key) in out:
            raise ValueError(f"{where}: duplicated id {key!r}")
        out[str(key)] = CaseOutput(text, _image_list(record, where))
    if not out:
        raise ValueError(f"{path} holds no records")
    return out


def find_images(case_id: str, listed: list[str], images_dir: Path | None) -> list[Path]:
    """Image files of one case: its ``listed`` paths (relative ones under ``images_dir``), else
    the files in ``images_dir`` whose stem is ``case_id`` (sorted); none without either.

    Raises:
        ValueError: a listed image that does not exist (naming case and path).
    """
    if listed:
        found = []
        for item in listed:
            p = Path(item)
            if not p.is_absolute() and images_dir is not None:
                p = images_dir / p
            if not p.is_file():
                raise ValueError(f"case {case_id!r}: image {item!r} not found (looked at {p})")
            found.append(p)
        return found
    if images_dir is None:
        return []
    return sorted(
        p
        for p in images_dir.iterdir()
        if p.is_file() and p.stem == case_id and p.suffix.lower() in _IMAGE_SUFFIXES
    )

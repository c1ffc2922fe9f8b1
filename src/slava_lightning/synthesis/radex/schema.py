"""Input case records of RADEX: reading JSONL or CSV and checking the schema.

One record is one case (a public case report, or a hospital note with its images)::

    {"case_id": "rp-12345", "description": "Linear radiolucencies along the left mediastinal
     border...", "presentation": "Pleuritic chest pain...", "discussion": "Classical
     pneumomediastinum...", "images": ["cases/rp-12345/frontal.png"],
     "source": "radiopaedia.org/cases/12345", "license": "CC BY-NC-SA 3.0"}

In CSV, ``images`` holds the paths separated by ``;`` (or ``|``). Image paths are kept exactly as
given (relative paths stay relative to wherever the training data root is).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REQUIRED_TEXT = ("case_id", "description", "source", "license")
OPTIONAL_TEXT = ("presentation", "discussion")
_CASE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")


@dataclass(frozen=True)
class CaseRecord:
    """One input case.

    Args:
        case_id: unique id; output record ids derive from it (letters, digits, ``._:-``).
        description: the imaging description (what the image shows).
        presentation: the clinical presentation (history; never copied into reports).
        discussion: the case discussion (diagnostic reasoning; feeds the question turns).
        images: image paths, one ``<image>`` token each, kept as given.
        source: where the case comes from (URL or institution).
        license: the licence the source was published under.
    """

    case_id: str
    description: str
    presentation: str
    discussion: str
    images: tuple[str, ...]
    source: str
    license: str


def _text(raw: Mapping[str, Any], name: str, where: str, required: bool) -> str:
    value = raw.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValueError(f"{where}: field {name!r} is missing or empty")
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{where}: field {name!r} must be a string, got {type(value).__name__}")
    return value.strip()


def _images(raw: Mapping[str, Any], where: str) -> tuple[str, ...]:
    value = raw.get("images")
    if isinstance(value, str):
        value = [p for p in re.split(r"[;|]", value) if p.strip()]
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}: field 'images' must be a non-empty list of paths")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"{where}: field 'images' item {i} must be a non-empty path string")
    return tuple(p.strip() for p in value)


def parse_case(raw: Mapping[str, Any], where: str) -> CaseRecord:
    """Validate one raw record; ``where`` (e.g. ``"cases.jsonl line 3"``) prefixes errors."""
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: a case must be a JSON object, got {type(raw).__name__}")
    case_id = _text(raw, "case_id", where, True)
    where = f"{where} (case {case_id!r})"
    if not _CASE_ID.match(case_id):
        raise ValueError(f"{where}: field 'case_id' may hold only letters, digits and '._:-'")
    return CaseRecord(
        case_id=case_id,
        description=_text(raw, "description", where, True),
        presentation=_text(raw, "presentation", where, False),
        discussion=_text(raw, "discussion", where, False),
        images=_images(raw, where),
        source=_text(raw, "source", where, True),
        license=_text(raw, "license", where, True),
    )


def _raw_records(path: Path) -> Iterator[tuple[str, Any]]:
    if path.suffix.lower() == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            for i, row in enumerate(csv.DictReader(handle), start=2):
                yield f"{path.name} row {i}", row
        return
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        raise ValueError(f"{path}: unsupported case file type; use .jsonl or .csv")
    with path.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield f"{path.name} line {i}", json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path.name} line {i}: not valid JSON ({err.msg})") from None


def read_cases(path: str | Path) -> list[CaseRecord]:
    """All cases of a ``.jsonl`` or ``.csv`` file, validated; case ids must be unique."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"case file {path} does not exist")
    cases: list[CaseRecord] = []
    seen: dict[str, str] = {}
    for where, raw in _raw_records(path):
        case = parse_case(raw, where)
        if case.case_id in seen:
            raise ValueError(
                f"{where}: case_id {case.case_id!r} already used at {seen[case.case_id]}; "
                "case ids key the output and must be unique"
            )
        seen[case.case_id] = where
        cases.append(case)
    return cases

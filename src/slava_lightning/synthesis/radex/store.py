"""Append-only JSONL stores that survive a kill at any byte.

The output holds each case's records contiguously, each carrying ``metadata.case_id`` and
``metadata.case_records`` (how many records the case has). On opening, a torn last line (no newline
or not JSON) is cut off, and so is a trailing case whose records are incomplete. What is left is a
set of whole cases, and appending continues after it.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO


class CorpusLockedError(ValueError):
    """Another process holds the output's lock."""


class CorpusLock:
    """An exclusive ``flock`` on a lock file beside the output, held for the whole run.

    The kernel drops the lock when its process ends, killed or not, so a crashed run never leaves
    the output stuck; the file itself may stay. The holder's pid is written into it for the error.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: TextIO | None = None

    def __enter__(self) -> CorpusLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise CorpusLockedError(
                f"{self.path}: another slava-radex run (pid {holder}) is writing this output; "
                "wait for it to finish or stop it, then run again (a killed run frees the lock)"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


def _read_lines(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], int]:
    """``(offset, record)`` of every whole JSON line, and the offset where whole lines end."""
    records: list[tuple[int, dict[str, Any]]] = []
    if not path.exists():
        return records, 0
    data = path.read_bytes()
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            break
        try:
            rec = json.loads(data[pos:nl])
        except json.JSONDecodeError:
            break
        if not isinstance(rec, dict):
            raise ValueError(f"{path}: line at byte {pos} is not a JSON object")
        records.append((pos, rec))
        pos = nl + 1
    if pos < len(data) and data.find(b"\n", pos) >= 0:
        # A bad line followed by more lines is corruption, not a torn append.
        raise ValueError(f"{path}: invalid JSON at byte {pos} before the end of the file")
    return records, pos


def _truncate(path: Path, size: int) -> None:
    if path.exists() and path.stat().st_size != size:
        with path.open("r+b") as handle:
            handle.truncate(size)


def recover_output(path: Path) -> list[dict[str, Any]]:
    """Whole cases' records of the output at ``path``, after cutting any torn tail."""
    lines, end = _read_lines(path)
    groups: list[tuple[int, str, list[dict[str, Any]]]] = []
    for offset, rec in lines:
        meta = rec.get("metadata") or {}
        case_id = meta.get("case_id")
        if not isinstance(case_id, str) or not isinstance(meta.get("case_records"), int):
            raise ValueError(
                f"{path}: record {rec.get('id')!r} lacks metadata.case_id/case_records; "
                "is this a RADEX output file?"
            )
        if groups and groups[-1][1] == case_id:
            groups[-1][2].append(rec)
        else:
            groups.append((offset, case_id, [rec]))
    for i, (offset, case_id, recs) in enumerate(groups):
        if len(recs) != recs[0]["metadata"]["case_records"]:
            if i != len(groups) - 1:
                raise ValueError(f"{path}: case {case_id!r} has an incomplete set of records")
            groups.pop()
            end = offset
            break
    _truncate(path, end)
    return [rec for _, _, recs in groups for rec in recs]


def recover_log(path: Path) -> list[dict[str, Any]]:
    """Whole lines of a one-line-per-case log (the rejects file), after cutting a torn tail."""
    lines, end = _read_lines(path)
    _truncate(path, end)
    return [rec for _, rec in lines]


class Appender:
    """Appends blocks of JSON lines; each block is one ``write`` followed by a flush."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = path.open("a", encoding="utf-8")

    def append(self, records: list[dict[str, Any]]) -> None:
        """Write ``records`` as one block of lines."""
        self.handle.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        self.handle.flush()

    def sync(self) -> None:
        """Force written blocks to disk (survives a power cut, not only a killed process)."""
        os.fsync(self.handle.fileno())

    def close(self) -> None:
        """Sync and close."""
        self.sync()
        self.handle.close()

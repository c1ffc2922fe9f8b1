"""Raters' answers: validation, durable appends and reading back.

Each answer is one JSON line in ``answers/<rater>.jsonl``::

    {"rater": "alice", "item": "item-07", "scores": {"correctness": 4, ...}, "comment": "",
     "saved_at": "2025-01-01T12:00:00+00:00"}

Lines are only ever appended (and fsync'ed before the server answers), so a closed tab, a killed
server or a power cut loses at most the answer being sent. A rater may revise an item: the last
line for it wins.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from slava_lightning.humaneval.study import Study

__all__ = ["Answer", "AnswerLog", "latest_answers", "read_answers", "validate_answer"]


@dataclass(frozen=True)
class Answer:
    """One rater's scores of one item."""

    rater: str
    item: str
    scores: dict[str, int]
    comment: str = ""
    saved_at: str = ""

    def to_json(self) -> dict[str, Any]:
        """The answer-file record."""
        return {
            "rater": self.rater,
            "item": self.item,
            "scores": self.scores,
            "comment": self.comment,
            "saved_at": self.saved_at,
        }


def validate_answer(study: Study, record: object, where: str) -> Answer:
    """Check one answer record against ``study``.

    Args:
        study: the study the answer belongs to.
        record: the decoded JSON.
        where: named in errors (``file:line`` or ``request``).

    Raises:
        ValueError: naming ``where`` and the field at fault: an unknown rater or item, a missing
            criterion, or a score that is not an integer on the study's scale.
    """
    if not isinstance(record, dict):
        raise ValueError(f"{where}: expected an object with rater, item and scores")
    rater, item, scores = record.get("rater"), record.get("item"), record.get("scores")
    if rater not in study.raters:
        raise ValueError(f"{where}: rater {rater!r} is not one of the study's raters")
    if item not in study.items:
        raise ValueError(f"{where}: item {item!r} is not in the study")
    if not isinstance(scores, dict):
        raise ValueError(f"{where}: 'scores' must be an object with {', '.join(study.criteria)}")
    low, high = study.scale
    clean: dict[str, int] = {}
    for criterion in study.criteria:
        value = scores.get(criterion)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(
                f"{where}: scores.{criterion} must be an integer from {low} to {high}, got {value!r}"
            )
        clean[criterion] = value
    extra = set(scores) - set(study.criteria)
    if extra:
        raise ValueError(f"{where}: unknown criteria {sorted(extra)}")
    comment = record.get("comment", "")
    if not isinstance(comment, str):
        raise ValueError(f"{where}: 'comment' must be a string")
    return Answer(str(rater), str(item), clean, comment, str(record.get("saved_at", "")))


def read_answers(study: Study, path: Path) -> list[Answer]:
    """Every answer in one rater's file, in file order.

    Raises:
        ValueError: ``path:line`` of a line that is not JSON or not a valid answer, or whose
            rater differs from the file's name.
    """
    rater = path.stem
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{where}: not valid JSON ({err.msg})") from None
            answer = validate_answer(study, record, where)
            if answer.rater != rater:
                raise ValueError(f"{where}: answer of rater {answer.rater!r} in {rater}'s file")
            out.append(answer)
    return out


def latest_answers(study: Study) -> dict[str, dict[str, Answer]]:
    """rater -> item -> the rater's last answer for it, over every answer file of ``study``.

    Raises:
        ValueError: an answer file of a rater the study does not have, or a bad line (named).
    """
    out: dict[str, dict[str, Answer]] = {rater: {} for rater in study.raters}
    if not study.answers_dir.is_dir():
        return out
    for path in sorted(study.answers_dir.glob("*.jsonl")):
        if path.stem not in out:
            raise ValueError(
                f"{path}: rater {path.stem!r} is not one of the study's raters "
                f"({', '.join(study.raters)}); move the file away"
            )
        for answer in read_answers(study, path):
            out[answer.rater][answer.item] = answer
    return out


class AnswerLog:
    """Appends answers durably and keeps every rater's latest answers in memory."""

    def __init__(self, study: Study) -> None:
        self.study = study
        self._lock = threading.Lock()
        self.study.answers_dir.mkdir(exist_ok=True)
        self.latest = latest_answers(study)

    def append(self, record: object) -> Answer:
        """Validate ``record``, append it to its rater's file and fsync before returning.

        Raises:
            ValueError: the record is not a valid answer (see :func:`validate_answer`).
        """
        answer = validate_answer(self.study, record, "answer")
        answer = Answer(
            answer.rater,
            answer.item,
            answer.scores,
            answer.comment,
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        line = (json.dumps(answer.to_json()) + "\n").encode("utf-8")
        path = self.study.answers_file(answer.rater)
        with self._lock:
            new = not path.exists()
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
            if new:  # make the new file's directory entry durable too
                dfd = os.open(self.study.answers_dir, os.O_RDONLY)
                try:
                    os.fsync(dfd)
                finally:
                    os.close(dfd)
            self.latest[answer.rater][answer.item] = answer
        return answer

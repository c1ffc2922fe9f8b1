"""Prediction files in place of a model: ``slava-eval --predictions``.

A baseline that this library cannot load (TinyGPT-V's architecture differs from
encoder-projector-LM) is run with its own code; its outputs then go through the same items,
scoring, ``scores.json`` and tables as a loaded model. Each file holds one record per item
(``.jsonl`` with ``question_id`` and ``text``, the released evaluation format, or ``.csv`` with the
same columns). ``question_id`` is ``slava-eval``'s item id (``<task>.references.jsonl`` of any run
lists them) or that id without its ``/report`` / ``/summary`` task suffix (the study id).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from slava_lightning.evaluation.io import read_reports


class PredictionFiles:
    """The texts of one prediction file per task.

    Args:
        files: one file per task, in the order of ``tasks``.
        tasks: the evaluated tasks (``generation``, ``summarization``).
        model_id: the table's name for the system (default: the first file's stem).

    Raises:
        ValueError: a file count that differs from the task count, or an unreadable file.
    """

    def __init__(self, files: Sequence[str], tasks: Sequence[str], model_id: str | None) -> None:
        if len(files) != len(tasks):
            raise ValueError(
                f"--predictions gives {len(files)} file(s) for {len(tasks)} task(s) "
                f"({', '.join(tasks)}): give one per --tasks entry, in that order"
            )
        self.files = {task: Path(f) for task, f in zip(tasks, files, strict=True)}
        self.reports = {task: read_reports(f, "question_id") for task, f in self.files.items()}
        self.model_id = model_id or Path(files[0]).stem

    def texts(self, task: str, ids: Sequence[str]) -> tuple[list[str], list[dict[str, Any]]]:
        """The predicted text of each item id, and the records to write (released format).

        Raises:
            ValueError: items without a prediction (the first few are named with the file).
        """
        found = self.reports[task]
        texts, absent = [], []
        for item in ids:
            text = found.get(item, found.get(item.rsplit("/", 1)[0]))
            if text is None:
                absent.append(item)
            else:
                texts.append(text)
        if absent:
            raise ValueError(
                f"--predictions {self.files[task]}: no record for {len(absent)} of {len(ids)} "
                f"{task} item(s), e.g. {absent[:3]} (question_id must be the item id or its study id)"
            )
        records = [
            {
                "question_id": i,
                "text": t,
                "model_id": self.model_id,
                "metadata": {"source": str(self.files[task])},
            }
            for i, t in zip(ids, texts, strict=True)
        ]
        return texts, records


__all__ = ["PredictionFiles"]

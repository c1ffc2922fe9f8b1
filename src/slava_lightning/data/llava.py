"""LLaVA JSON/JSONL conversations, RADEX JSONL, and the released SLaVA-CXR evaluation JSONL.

Accepted records (one JSON list, or one object per line):

* LLaVA: ``{"id", "image": str | [str, ...], "conversations": [{"from": "human"|"gpt", "value"}],
  "task"?, "metadata"?}``. ``from`` may also be ``user``/``assistant``; ``system`` turns are dropped.
  When a record has images but no ``<image>`` token, one per image is put before the first user
  turn (LLaVA's own convention). RADEX output is this form with a ``task`` field.
* Evaluation questions: ``{"question_id"|"id", "image", "text"|"question"|"prompt"?,
  "answer"|"reference"|"gt"|"gt_answer"|"findings"|"impression"?, "task"|"category"?}``. Without a
  question the released generation prompt is used; the reference becomes the assistant answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from slava_lightning.data.datamodule import SlavaDataModule
from slava_lightning.data.records import Sample
from slava_lightning.data.skips import Skip, raise_skip
from slava_lightning.prompts import GENERATION_PROMPT, IMAGE_TOKEN, Turn

OnError = Callable[[Skip], None]
_ROLES = {"human": "user", "user": "user", "gpt": "assistant", "assistant": "assistant"}
_QUESTION_KEYS = ("text", "question", "prompt")
_ANSWER_KEYS = ("answer", "reference", "gt", "gt_answer", "findings", "impression")


def _iter_json(path: Path, on_error: OnError) -> Iterator[tuple[str, Any]]:
    """``(location, record)`` pairs of a JSON list or a JSONL file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ValueError(f"cannot read records file {str(path)!r}: {err}") from err
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(f"{str(path)!r} is not valid JSON: {err}") from err
        for i, rec in enumerate(records):
            yield f"{path.name}[{i}]", rec
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield f"{path.name}:{lineno}", json.loads(line)
        except json.JSONDecodeError as err:
            on_error(Skip(f"{path.name}:{lineno}", str(path), "json", f"invalid JSON ({err})"))


def _images(rec: dict[str, Any], image_folder: Path | None) -> list[str]:
    value = rec.get("image", rec.get("images"))
    if value is None:
        return []
    names = [value] if isinstance(value, str) else list(value)
    if image_folder is None:
        return [str(n) for n in names]
    return [str(image_folder / n) for n in names]


def _task_of(rec: dict[str, Any], default: str) -> str:
    task = rec.get("task")
    if task:
        return str(task)
    category = str(rec.get("category", "")).lower()
    if "summ" in category or "impression" in category:
        return "summary"
    if "report" in category or "finding" in category or "generat" in category:
        return "report"
    return default


class EmptyAnswer(ValueError):
    """An assistant answer is null, empty or whitespace only; ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _answer_problem(value: Any) -> str | None:
    """Why ``value`` cannot be a supervised answer (``None`` when it can)."""
    if value is None:
        return "null answer"
    if not isinstance(value, str):
        return None
    if value == "":
        return "empty answer"
    return "whitespace-only answer" if not value.strip() else None


def _llava_turns(rec: dict[str, Any], n_images: int) -> list[Turn]:
    turns = []
    for msg in rec["conversations"]:
        role = _ROLES.get(str(msg.get("from", msg.get("role", ""))).lower())
        if role is None:
            continue  # system messages: the chat template supplies its own
        value = msg.get("value", msg.get("content"))
        problem = _answer_problem(value)
        if problem is not None and role == "assistant":
            raise EmptyAnswer(problem)
        if value is None:
            raise ValueError(f"a {role} turn has a null value")
        turns.append(Turn(role, str(value)))  # type: ignore[arg-type]
    if n_images and turns and not any(IMAGE_TOKEN in t.text for t in turns):
        turns[0] = Turn("user", (IMAGE_TOKEN + "\n") * n_images + turns[0].text)
    return turns


def _eval_turns(rec: dict[str, Any], n_images: int) -> list[Turn]:
    question = next((str(rec[k]) for k in _QUESTION_KEYS if rec.get(k)), GENERATION_PROMPT)
    if IMAGE_TOKEN not in question:
        question = (IMAGE_TOKEN + "\n") * n_images + question
    turns = [Turn("user", question)]
    present = [k for k in _ANSWER_KEYS if k in rec]
    good = next((k for k in present if _answer_problem(rec[k]) is None), None)
    if good is not None:
        turns.append(Turn("assistant", str(rec[good])))
    elif present:
        raise EmptyAnswer(str(_answer_problem(rec[present[0]])))
    return turns


def parse_record(
    rec: Any, where: str, image_folder: Path | None, default_task: str, source: str
) -> Sample:
    """One LLaVA or evaluation record as a :class:`Sample` (raises ``ValueError`` naming ``where``)."""
    if not isinstance(rec, dict):
        raise ValueError(f"{where}: expected a JSON object, got {type(rec).__name__}")
    rid = str(rec.get("id", rec.get("question_id", where)))
    images = _images(rec, image_folder)
    kind = "llava" if "conversations" in rec else "eval"
    turns = _llava_turns(rec, len(images)) if kind == "llava" else _eval_turns(rec, len(images))
    if not turns:
        raise ValueError(f"{where}: record {rid!r} has no user/assistant turns")
    metadata = dict(rec.get("metadata") or {})
    metadata.setdefault("source", source)
    metadata.setdefault("format", kind)
    return Sample(rid, images, turns, _task_of(rec, default_task), metadata)


def load_llava(
    path: str | Path,
    image_folder: str | Path | None = None,
    default_task: str = "instruction",
    on_error: OnError | None = None,
) -> list[Sample]:
    """Read a LLaVA/RADEX/evaluation JSON or JSONL file into samples.

    Args:
        path: the ``.json`` (a list) or ``.jsonl`` file.
        image_folder: folder the ``image`` paths are relative to (``None``: keep them as written).
        default_task: task tag for records without ``task`` or a recognisable ``category``.
        on_error: called with a :class:`Skip` for each unreadable record; default raises.
    """
    p = Path(path)
    if not p.is_file():
        raise ValueError(f"records file {str(p)!r} not found")
    handle = on_error or raise_skip
    folder = Path(image_folder) if image_folder is not None else None
    out: list[Sample] = []
    for where, rec in _iter_json(p, handle):
        try:
            out.append(parse_record(rec, where, folder, default_task, p.name))
        except EmptyAnswer as err:
            rid = str(rec.get("id", rec.get("question_id", where)))
            handle(Skip(f"{where} ({rid})", str(p), "answer", err.reason))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            handle(Skip(where, str(p), "conversations", f"unreadable record ({err})"))
    return out


class LlavaDataModule(SlavaDataModule):
    """LLaVA-format conversations (stages 1-2), RADEX JSONL (stage 3) or evaluation JSONL.

    Args:
        train: records file of the training split (``None``: no such split).
        val: records file of the validation split.
        test: records file of the test split.
        image_folder: folder the ``image`` paths are relative to.
        default_task: task tag for records without one (``caption`` for stage-1 data).
        **kwargs: the :class:`SlavaDataModule` options.
    """

    def __init__(
        self,
        train: str | None = None,
        val: str | None = None,
        test: str | None = None,
        image_folder: str | None = None,
        default_task: Literal["caption", "instruction", "report", "summary", "conversation"]
        | str = "instruction",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if train is None and val is None and test is None:
            raise ValueError("LlavaDataModule needs at least one of train=, val=, test=")
        self.files = {"train": train, "val": val, "test": test}
        self.image_folder = image_folder
        self.default_task = default_task

    def load_samples(self, split: str) -> list[Sample]:
        """Records of ``split``'s file."""
        path = self.files[split]
        if path is None:
            return []
        return load_llava(path, self.image_folder, self.default_task, on_error=self.reject)

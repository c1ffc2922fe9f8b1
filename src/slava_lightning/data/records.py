"""The one sample record that every dataset reader produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from slava_lightning.prompts import IMAGE_TOKEN, Turn

#: Task tags known to the loss mix. Readers may use others; a stage gives each tag its weight.
TASKS = ("caption", "instruction", "report", "summary", "conversation")


@dataclass
class Sample:
    """One training or evaluation example.

    Args:
        id: unique within its dataset (study id, case id, ...).
        images: image paths, one per ``<image>`` token in ``turns``, in order (frontal, lateral, ...).
        turns: the conversation, starting with a user turn.
        task: task tag used by the loss mix (``report``, ``summary``, ``instruction``, ``caption``...).
        metadata: anything else (split, source, labels, reference sections).
    """

    id: str
    images: list[str]
    turns: list[Turn]
    task: str
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n_tokens = sum(t.text.count(IMAGE_TOKEN) for t in self.turns)
        if n_tokens != len(self.images):
            raise ValueError(
                f"sample {self.id!r}: {len(self.images)} image path(s) but {n_tokens} "
                f"{IMAGE_TOKEN} token(s) in its turns"
            )
        if not self.task:
            raise ValueError(f"sample {self.id!r}: empty task tag")

    def to_llava(self) -> dict[str, Any]:
        """The LLaVA JSON form (``conversations`` with ``from``/``value``)."""
        rec: dict[str, Any] = {
            "id": self.id,
            "conversations": [
                {"from": "human" if t.role == "user" else "gpt", "value": t.text}
                for t in self.turns
            ],
            "task": self.task,
        }
        if len(self.images) == 1:
            rec["image"] = self.images[0]
        elif self.images:
            rec["image"] = list(self.images)
        if self.metadata:
            rec["metadata"] = self.metadata
        return rec

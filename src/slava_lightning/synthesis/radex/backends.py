"""The LLM backend contract of RADEX.

A backend turns a batch of chat requests into replies. A reply of ``None`` means the request failed
for good (after retries); the pipeline leaves that case undone so that a later run retries it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from slava_lightning.synthesis.radex.prompt import Message


@dataclass(frozen=True)
class Request:
    """One generation request.

    Args:
        key: the case id (backends use it in logs and to derive a per-request seed).
        messages: the chat messages (already PHI-scrubbed).
        seed: sampling seed for this request (backends that support one use it).
    """

    key: str
    messages: list[Message]
    seed: int


class Backend(Protocol):
    """Anything that answers a batch of :class:`Request` with one reply (or ``None``) each."""

    def generate(self, requests: Sequence[Request]) -> list[str | None]:
        """Replies in the order of ``requests``; ``None`` for a request that failed."""
        ...

    def close(self) -> None:
        """Release connections and files."""
        ...

"""Local transformers backend: any causal LM, batched, offline, nothing leaves the process."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from slava_lightning.generation import seeded_default_generators
from slava_lightning.synthesis.radex.backends import Request
from slava_lightning.synthesis.radex.prompt import Message


def render_plain(messages: Sequence[Message]) -> str:
    """A role-tagged rendering for tokenizers that have no chat template."""
    names = {"system": "System", "user": "User", "assistant": "Assistant"}
    lines = [f"{names.get(m['role'], m['role'])}: {m['content']}" for m in messages]
    return "\n\n".join(lines) + "\n\nAssistant:"


class TransformersBackend:
    """Generate with a local ``transformers`` causal LM, ``batch_size`` prompts at a time.

    Args:
        model: a causal LM (``AutoModelForCausalLM`` or any ``generate``-capable model).
        tokenizer: its tokenizer; its chat template is used when it has one.
        max_new_tokens: generation budget per reply.
        temperature: 0 for greedy decoding (the default, and the one that makes a resumed run
            identical to an uninterrupted one); above 0 samples, seeded per batch.
        batch_size: prompts per ``generate`` call (left-padded).
        max_input_tokens: longer prompts are cut from the left (the case text is last).

    Examples:
        >>> backend = TransformersBackend.from_pretrained("/models/Qwen2.5-7B-Instruct")  # doctest: +SKIP
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        max_new_tokens: int = 512,
        temperature: float = 0.0,
        batch_size: int = 8,
        max_input_tokens: int = 3072,
    ) -> None:
        if max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {max_new_tokens}")
        if temperature < 0:
            raise ValueError(f"temperature must be >= 0, got {temperature}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.model = model.eval()
        self.tokenizer = tokenizer
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        tokenizer.padding_side = "left"
        tokenizer.truncation_side = "left"
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.batch_size = batch_size
        self.max_input_tokens = max_input_tokens

    @classmethod
    def from_pretrained(
        cls, path: str, device: str = "auto", dtype: str = "auto", **kwargs: Any
    ) -> TransformersBackend:
        """Load model and tokenizer from a local folder (or a hub id where the hub is reachable)."""
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        tokenizer = AutoTokenizer.from_pretrained(path)
        auto: Any = AutoModelForCausalLM
        model = auto.from_pretrained(path, dtype=dtype).to(device)
        return cls(model, tokenizer, **kwargs)

    def render(self, messages: Sequence[Message]) -> str:
        """The prompt text for ``messages``."""
        if getattr(self.tokenizer, "chat_template", None):
            text = self.tokenizer.apply_chat_template(
                list(messages), tokenize=False, add_generation_prompt=True
            )
            return str(text)
        return render_plain(messages)

    @torch.inference_mode()
    def _generate_batch(self, requests: Sequence[Request]) -> list[str]:
        prompts = [self.render(r.messages) for r in requests]
        enc = self.tokenizer(
            prompts,
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_input_tokens,
        ).to(self.model.device)
        sample = self.temperature > 0
        # Seeded draws without reseeding the caller's global random stream.
        with seeded_default_generators(requests[0].seed if sample else None, enc.input_ids.device):
            out = self.model.generate(
                **enc,
                max_new_tokens=self.max_new_tokens,
                do_sample=sample,
                temperature=self.temperature if sample else None,
                top_p=None,
                top_k=None,
                pad_token_id=self.tokenizer.pad_token_id,
            )
        new_tokens = out[:, enc["input_ids"].shape[1] :]
        return [str(t) for t in self.tokenizer.batch_decode(new_tokens, skip_special_tokens=True)]

    def generate(self, requests: Sequence[Request]) -> list[str | None]:
        """Replies in order; the whole list is generated ``batch_size`` prompts at a time."""
        replies: list[str | None] = []
        for start in range(0, len(requests), self.batch_size):
            replies.extend(self._generate_batch(requests[start : start + self.batch_size]))
        return replies

    def close(self) -> None:
        """Nothing to release (the model stays owned by the caller)."""

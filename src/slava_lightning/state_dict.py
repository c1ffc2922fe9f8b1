"""Weights into a model: strict state-dict loading and building modules without random init.

Shared by training (``init_from``), the checkpoint loaders of inference and interop, and LoRA
merging, so a checkpoint that does not fit fails with the same message everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from torch import nn


def load_state(
    model: nn.Module, state: Mapping[str, Any], where: str, prefix: str = "model."
) -> None:
    """Load a Lightning checkpoint's (or a plain state dict's) weights into ``model``, strictly.

    Keys under ``prefix`` (a ``SlavaModule``'s ``model.``) are taken without it when present.
    ``where`` names the source in errors (e.g. ``"checkpoint 'last.ckpt'"``).

    Raises:
        ValueError: no state dict, LoRA adapters without their run record, or keys that do not fit.
    """
    weights = state.get("state_dict", state)
    if not isinstance(weights, Mapping):
        raise ValueError(f"{where} holds no state dict")
    if any(k.startswith(prefix) for k in weights):
        weights = {k[len(prefix) :]: v for k, v in weights.items() if k.startswith(prefix)}
    missing, unexpected = model.load_state_dict(dict(weights), strict=False)
    if (missing or unexpected) and any(".lora_A." in k for k in unexpected):
        raise ValueError(
            f"{where} holds LoRA adapters, but rank, alpha and layers come only "
            "from its run record: load the slava-fit .ckpt as it is (without --config/--preset); "
            "files saved before the record held LoRA settings cannot be merged"
        )
    if missing or unexpected:
        raise ValueError(
            f"{where} does not match the model: missing {missing[:5]}"
            f"{'...' if len(missing) > 5 else ''}, unexpected {unexpected[:5]}"
            f"{'...' if len(unexpected) > 5 else ''}"
        )


@contextmanager
def skip_init() -> Iterator[None]:
    """Build transformers / torch modules without random initialisation (weights come next)."""
    from transformers.initialization import no_init_weights

    with no_init_weights():
        yield

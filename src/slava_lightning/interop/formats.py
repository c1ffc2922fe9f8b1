"""The one table of checkpoint-folder layouts: which ``config.json`` is which, and who loads it.

Read by ``slava-convert`` (``--from`` names, detection) and by the inference loaders, so a new
layout is added here once. Light on purpose: no torch import until a loader is called.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: ``model_type`` of the LLaVA repository's own folders -> the transformers text model inside.
LLAVA_ORIGINAL_TEXT_TYPES = {"llava_llama": "llama", "llava": "llama", "llava_mistral": "mistral"}


@dataclass(frozen=True)
class FolderLayout:
    """A checkpoint-folder layout the library reads."""

    name: str  #: ``slava-convert --from`` name
    description: str  #: for error messages
    loader: str  #: ``module:function`` taking ``(folder, dtype=, tokenizer_path=)``
    #: whether the loader also takes ``quantize=`` and quantizes each layer as it is read
    streams_quantization: bool = False

    def load(self) -> Callable[..., Any]:
        """The loader function (imports its module, and torch with it)."""
        module, _, function = self.loader.partition(":")
        loader: Callable[..., Any] = getattr(importlib.import_module(module), function)
        return loader


HF_LLAVA = FolderLayout(
    "hf-llava",
    "transformers Llava ('llava' with text_config)",
    "slava_lightning.interop.hf_llava:load_hf_llava",
)
LLAVA_PHI = FolderLayout(
    "llava-phi",
    "LLaVA-Phi / SLaVA-CXR ('llava_phi')",
    "slava_lightning.interop.llava_phi:load_llava_phi",
)
LLAVA_ORIGINAL = FolderLayout(
    "llava",
    "the LLaVA repository's ('llava_llama', 'llava_mistral', 'llava' without text_config)",
    "slava_lightning.interop.llava_original:load_llava_original",
)
#: Every folder layout (detection tells them apart by model_type and text_config).
FOLDER_LAYOUTS = (HF_LLAVA, LLAVA_PHI, LLAVA_ORIGINAL)


def is_llava_original(cfg: dict[str, Any]) -> bool:
    """Whether a ``config.json`` is one of the LLaVA repository's layouts (not transformers')."""
    return cfg.get("model_type") in LLAVA_ORIGINAL_TEXT_TYPES and "text_config" not in cfg


def folder_layout(cfg: dict[str, Any], where: str | Path) -> FolderLayout:
    """The layout of a folder whose ``config.json`` (read from ``where``) is ``cfg``.

    Raises:
        ValueError: a ``model_type`` none of :data:`FOLDER_LAYOUTS` reads, naming ``where``.
    """
    model_type = cfg.get("model_type")
    if is_llava_original(cfg):
        return LLAVA_ORIGINAL
    if model_type == "llava":
        return HF_LLAVA
    if model_type == "llava_phi":
        return LLAVA_PHI
    known = "; ".join(f"{layout.name}: {layout.description}" for layout in FOLDER_LAYOUTS)
    raise ValueError(f"{where}: model_type {model_type!r} is no layout the library reads ({known})")

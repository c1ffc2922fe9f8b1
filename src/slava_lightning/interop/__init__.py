"""Checkpoint interop: transformers Llava folders and the LLaVA-Phi (released SLaVA-CXR) layout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slava_lightning.interop.hf_llava import load_hf_llava, save_hf_llava
    from slava_lightning.interop.llava_phi import load_llava_phi, save_llava_phi

__all__ = ["load_hf_llava", "load_llava_phi", "save_hf_llava", "save_llava_phi"]

_WHERE = {
    "load_hf_llava": "hf_llava",
    "save_hf_llava": "hf_llava",
    "load_llava_phi": "llava_phi",
    "save_llava_phi": "llava_phi",
}


def __getattr__(name: str) -> Any:
    # Lazy, like the package root: importing slava_lightning.interop must stay cheap.
    if name in _WHERE:
        from importlib import import_module

        return getattr(import_module(f"slava_lightning.interop.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'slava_lightning.interop' has no attribute {name!r}")

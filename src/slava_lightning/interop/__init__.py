"""Checkpoint interop: transformers Llava folders and the LLaVA-Phi (released SLaVA-CXR) layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slava_lightning._lazy import lazy_exports

if TYPE_CHECKING:
    from slava_lightning.interop.hf_llava import load_hf_llava, save_hf_llava
    from slava_lightning.interop.llava_phi import load_llava_phi, save_llava_phi

__all__ = ["load_hf_llava", "load_llava_phi", "save_hf_llava", "save_llava_phi"]

# Lazy, like the package root: importing slava_lightning.interop must stay cheap.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "load_hf_llava": ".hf_llava",
        "save_hf_llava": ".hf_llava",
        "load_llava_phi": ".llava_phi",
        "save_llava_phi": ".llava_phi",
    },
)

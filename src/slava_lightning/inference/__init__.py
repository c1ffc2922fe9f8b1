"""Inference: batched report generation (``slava-generate``) and serving (``slava-serve``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slava_lightning.inference.engine import Report, ReportGenerator, Study
    from slava_lightning.inference.loading import load_model

__all__ = ["Report", "ReportGenerator", "Study", "load_model"]

_WHERE = {
    "Report": "engine",
    "ReportGenerator": "engine",
    "Study": "engine",
    "load_model": "loading",
}


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not load torch models or the web stack.
    if name in _WHERE:
        from importlib import import_module

        return getattr(import_module(f"slava_lightning.inference.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'slava_lightning.inference' has no attribute {name!r}")

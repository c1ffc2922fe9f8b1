"""Inference: batched report generation (``slava-generate``) and serving (``slava-serve``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slava_lightning._lazy import lazy_exports

if TYPE_CHECKING:
    from slava_lightning.inference.engine import Report, ReportGenerator, Study
    from slava_lightning.inference.loading import load_model

__all__ = ["Report", "ReportGenerator", "Study", "load_model"]

# Lazy: importing the package must not load torch models or the web stack.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Report": ".engine",
        "ReportGenerator": ".engine",
        "Study": ".engine",
        "load_model": ".loading",
    },
)

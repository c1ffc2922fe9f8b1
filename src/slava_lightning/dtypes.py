"""The one table of floating-point dtype names the library accepts (``--dtype``, ``dtype:``).

Light on purpose: command-line parsers read :data:`DTYPE_NAMES` for their choices without
importing torch; :func:`torch_dtype` imports it when a name is turned into a dtype.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch

#: Accepted names, in the order shown to users.
DTYPE_NAMES: tuple[str, ...] = ("float32", "bfloat16", "float16")


def torch_dtype(name: str) -> torch.dtype:
    """``float32`` / ``bfloat16`` / ``float16`` -> the torch dtype.

    Raises:
        ValueError: ``name`` is none of :data:`DTYPE_NAMES`.
    """
    import torch

    if name not in DTYPE_NAMES:
        raise ValueError(f"dtype must be one of {list(DTYPE_NAMES)}, got {name!r}")
    return getattr(torch, name)

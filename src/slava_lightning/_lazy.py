"""The one helper for lazily exported names (PEP 562).

A module lists where each exported name lives and gets ``__getattr__`` / ``__dir__`` from
:func:`lazy_exports`; the home module is imported on first access, so importing the package (for
``--help``, say) does not load torch, Lightning or the web stack.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def lazy_exports(
    module: str, homes: Mapping[str, str] | tuple[Iterable[str], str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``module`` whose names load from their home modules.

    Args:
        module: the exporting module's ``__name__``.
        homes: exported name -> home module, absolute (``slava_lightning.data.images``) or relative
            to ``module``'s package (``.images``); or ``(names, home)`` when all share one home.

    Examples:
        >>> getattr_, dir_ = lazy_exports("json", {"JSONDecoder": "json.decoder"})
        >>> getattr_("JSONDecoder").__name__, "JSONDecoder" in dir_()
        ('JSONDecoder', True)
    """
    if isinstance(homes, tuple):
        names, home = homes
        homes = dict.fromkeys(names, home)
    table = dict(homes)
    package = (
        module.rpartition(".")[0] if not hasattr(sys.modules.get(module), "__path__") else module
    )

    def __getattr__(name: str) -> Any:
        home = table.get(name)
        if home is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(
            importlib.import_module(home, package if home.startswith(".") else None), name
        )
        owner = sys.modules.get(module)
        if owner is not None:
            setattr(owner, name, value)  # later lookups skip __getattr__
        return value

    def __dir__() -> list[str]:
        owner = sys.modules.get(module)
        present = [n for n in vars(owner) if not n.startswith("_")] if owner is not None else []
        return sorted({*present, *table})

    return __getattr__, __dir__

"""slava-lightning: small vision-language assistants for chest X-ray reports on PyTorch Lightning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from slava_lightning._version import __version__

if TYPE_CHECKING:
    from slava_lightning.model import SlavaModel

__all__ = ["SlavaModel", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not pull in torch/transformers.
    if name == "SlavaModel":
        from slava_lightning.model import SlavaModel

        return SlavaModel
    raise AttributeError(f"module 'slava_lightning' has no attribute {name!r}")

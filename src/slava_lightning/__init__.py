"""slava-lightning: small vision-language assistants for chest X-ray reports on PyTorch Lightning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slava_lightning._lazy import lazy_exports
from slava_lightning._version import __version__

if TYPE_CHECKING:
    from slava_lightning.model import SlavaModel

__all__ = ["SlavaModel", "__version__"]


# Lazy: importing the package must not pull in torch/transformers.
__getattr__, __dir__ = lazy_exports(__name__, {"SlavaModel": "slava_lightning.model"})

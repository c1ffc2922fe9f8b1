""":class:`ServeLimits`: what one ``slava-serve`` request may hold and how long it may take.

Apart from the request schema (:mod:`~slava_lightning.inference.chat_request`, which needs
pydantic and PIL) because its fields are also the command's flags, built before anything loads.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ServeLimits:
    """What one request may hold and how long it may take; beyond it the server answers 4xx/5xx
    and stays up. Each field is also a ``slava-serve`` flag (``--max-prompt-bytes`` ...).

    Args:
        max_images: images per request.
        max_image_bytes: encoded size of one image.
        max_image_pixels: width x height of one image (checked before decoding the pixels).
        max_request_bytes: size of the request body.
        max_prompt_bytes: UTF-8 size of all message texts together, checked before tokenizing
            (64 KiB: a long Findings section is about 2 KiB).
        max_prompt_tokens: tokens of the rendered prompt, images counted as one ``<image>`` each
            (checked before the request is queued).
        max_tokens: upper bound of ``max_tokens``.
        default_max_tokens: ``max_tokens`` when the request gives none.
        max_queue: requests waiting for the model; one more gets 429 with ``Retry-After``.
        request_timeout_s: seconds from accepting a request to its answer (queue wait and
            generation); past it the client gets 504 and its generation stops between two steps.
    """

    max_images: int = 4
    max_image_bytes: int = 10 * 2**20
    max_image_pixels: int = 4096 * 4096
    max_request_bytes: int = 64 * 2**20
    max_prompt_bytes: int = 64 * 2**10
    max_prompt_tokens: int = 2048
    max_tokens: int = 512
    default_max_tokens: int = 128
    max_queue: int = 64
    request_timeout_s: float = 120.0

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if value <= 0 or (isinstance(value, int) and value < 1):
                raise ValueError(f"ServeLimits.{name} must be >= 1 (> 0 for seconds), got {value}")
        if self.default_max_tokens > self.max_tokens:
            raise ValueError("ServeLimits.default_max_tokens must be <= max_tokens")

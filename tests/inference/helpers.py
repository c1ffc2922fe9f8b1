"""Small random PNG images for the inference tests."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image


def png_bytes(seed: int, size: tuple[int, int] = (40, 48), mode: str = "L") -> bytes:
    """A random PNG image, encoded."""
    rng = np.random.default_rng(seed)
    shape = (size[1], size[0]) if mode == "L" else (size[1], size[0], 3)
    buf = io.BytesIO()
    Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8), mode=mode).save(buf, "PNG")
    return buf.getvalue()


def png_image(seed: int, size: tuple[int, int] = (40, 48)) -> Image.Image:
    """A random grayscale PIL image."""
    return Image.open(io.BytesIO(png_bytes(seed, size)))

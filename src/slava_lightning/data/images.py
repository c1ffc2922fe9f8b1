"""Chest X-ray image loading (PNG/JPEG 8/16-bit, DICOM) and the encoder-side transform.

``load_image`` turns a file into an 8-bit PIL image; ``ImageTransform`` pads it to a square with the
encoder's mean colour, resizes it to the encoder's input size and normalises it, giving ``[3, S, S]``.

Padding happens *after* normalisation: a pixel of the mean colour normalises to exactly zero, so the
transform resizes only the image itself (grayscale, one channel) and places it into a zero canvas.
That is LLaVA's ``expand2square`` followed by a resize, without resizing the padding.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np
import torch
from PIL import Image, UnidentifiedImageError

from slava_lightning.components.base import ImageProcessing

_DICOM_SUFFIXES = (".dcm", ".dicom")
_RESAMPLE = {
    "bicubic": Image.Resampling.BICUBIC,
    "bilinear": Image.Resampling.BILINEAR,
    "lanczos": Image.Resampling.LANCZOS,
}
Mode = Literal["RGB", "L", "native"]


class ImageLoadError(ValueError):
    """An image file is missing, truncated or cannot be decoded (the message names the file)."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"image {str(path)!r}: {reason}")
        self.path = str(path)
        self.reason = reason


def _to_uint8(values: np.ndarray) -> np.ndarray:
    """Scale a float array in ``[0, 1]`` to ``uint8``."""
    return np.clip(np.rint(values * 255.0), 0, 255).astype(np.uint8)


def _minmax(values: np.ndarray) -> np.ndarray:
    lo, hi = float(values.min()), float(values.max())
    if hi <= lo:
        return np.zeros_like(values, dtype=np.float64)
    return (values.astype(np.float64) - lo) / (hi - lo)


def _first(value: object) -> float:
    """First item of a DICOM multi-value (window centre/width may hold several presets)."""
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return float(value[0])
    return float(value)  # type: ignore[arg-type]


def _window(values: np.ndarray, center: float, width: float) -> np.ndarray:
    """DICOM linear VOI windowing (PS3.3 C.11.2.1.2.1) to ``[0, 1]``."""
    if width < 1:
        raise ValueError(f"WindowWidth must be >= 1, got {width}")
    if width == 1:
        return (values > center - 0.5).astype(np.float64)
    out = (values.astype(np.float64) - (center - 0.5)) / (width - 1) + 0.5
    return np.clip(out, 0.0, 1.0)


def _load_dicom(path: Path) -> np.ndarray:
    """Display values in ``[0, 1]``: modality LUT, then VOI LUT or window, then MONOCHROME1 inversion."""
    import pydicom
    from pydicom.pixels import apply_modality_lut, apply_voi

    ds = pydicom.dcmread(path)
    if "PixelData" not in ds:
        raise ImageLoadError(path, "DICOM has no PixelData")
    raw = ds.pixel_array
    if raw.ndim != 2:
        raise ImageLoadError(path, f"expected a single grayscale frame, got shape {raw.shape}")
    values = apply_modality_lut(raw, ds)
    if "VOILUTSequence" in ds and len(ds.VOILUTSequence) > 0:
        item = ds.VOILUTSequence[0]
        bits = int(item.LUTDescriptor[2])
        # apply_voi with the LUT returns LUT entries, whose range is set by their bit depth.
        shown = apply_voi(values, ds, index=0).astype(np.float64) / float(2**bits - 1)
    elif "WindowCenter" in ds and "WindowWidth" in ds:
        shown = _window(values, _first(ds.WindowCenter), _first(ds.WindowWidth))
    else:
        shown = _minmax(values)
    if ds.get("PhotometricInterpretation", "MONOCHROME2") == "MONOCHROME1":
        shown = 1.0 - shown
    return shown


def load_image(path: str | Path, mode: Mode = "RGB", draft_size: int | None = None) -> Image.Image:
    """Load a radiograph as an 8-bit PIL image.

    Args:
        path: a PNG/JPEG (8 or 16 bit) or DICOM (``.dcm``/``.dicom``, or any file pydicom reads).
        mode: ``"RGB"`` (grayscale copied to three channels), ``"L"`` (grayscale) or ``"native"``
            (``L`` for grayscale sources, ``RGB`` for colour ones).
        draft_size: let the JPEG decoder downscale on the fly to no less than this size (faster).

    16-bit images are min-max scaled to 8 bits. DICOM goes through the modality LUT (rescale
    slope/intercept), then the VOI LUT or the first window centre/width, and MONOCHROME1 is inverted.

    Raises:
        ImageLoadError: (a ``ValueError``) naming the file when it is missing, truncated or undecodable.
    """
    p = Path(path)
    if mode not in ("RGB", "L", "native"):
        raise ValueError(f"mode must be 'RGB', 'L' or 'native', got {mode!r}")
    if not p.is_file():
        raise ImageLoadError(p, "file not found")
    try:
        if p.suffix.lower() in _DICOM_SUFFIXES:
            img = Image.fromarray(_to_uint8(_load_dicom(p)), mode="L")
        else:
            img = _load_raster(p, draft_size)
    except ImageLoadError:
        raise
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError, AttributeError) as err:
        raise ImageLoadError(p, f"cannot decode ({type(err).__name__}: {err})") from err
    if mode == "native":
        return img
    return img if img.mode == mode else img.convert(mode)


def _load_raster(path: Path, draft_size: int | None) -> Image.Image:
    img = Image.open(path)
    if draft_size is not None and img.format == "JPEG":
        img.draft("L" if img.mode == "L" else "RGB", (draft_size, draft_size))
    img.load()  # decode now, so truncation surfaces here with the file name
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        return Image.fromarray(_to_uint8(_minmax(np.asarray(img))), mode="L")
    if img.mode in ("L", "RGB"):
        return img
    if img.mode in ("LA", "La"):
        return img.convert("L")
    return img.convert("RGB")


class ImageTransform:
    """PIL image or path -> normalised tensor ``[3, S, S]`` for a vision encoder.

    Args:
        processing: the encoder's input size and normalisation (``VisionEncoder.processing``).
        pad_to_square: keep the aspect ratio and pad with the mean colour (as the released training
            did); ``False`` stretches to ``S x S``.
        resample: ``"bicubic"`` (CLIP's), ``"bilinear"`` or ``"lanczos"``.

    Examples:
        >>> t = ImageTransform(ImageProcessing(336, (0.5,) * 3, (0.5,) * 3))
        >>> t(Image.new("L", (512, 400))).shape
        torch.Size([3, 336, 336])
    """

    def __init__(
        self, processing: ImageProcessing, pad_to_square: bool = True, resample: str = "bicubic"
    ) -> None:
        if processing.size < 1:
            raise ValueError(f"processing.size must be positive, got {processing.size}")
        if any(s <= 0 for s in processing.std):
            raise ValueError(f"processing.std must be positive, got {processing.std}")
        if resample not in _RESAMPLE:
            raise ValueError(f"resample must be one of {sorted(_RESAMPLE)}, got {resample!r}")
        self.processing = processing
        self.pad_to_square = pad_to_square
        self.resample = resample
        self._mean = torch.tensor(processing.mean, dtype=torch.float32).view(3, 1, 1)
        self._scale = 1.0 / (255.0 * torch.tensor(processing.std, dtype=torch.float32)).view(
            3, 1, 1
        )

    @property
    def size(self) -> int:
        """Output side length ``S``."""
        return self.processing.size

    def load(self, path: str | Path) -> torch.Tensor:
        """Load ``path`` with :func:`load_image` and transform it."""
        return self(load_image(path, mode="native", draft_size=self.size))

    def __call__(self, image: Image.Image) -> torch.Tensor:
        """Transform one PIL image (``L`` or ``RGB``; other modes are converted to ``RGB``)."""
        if image.mode not in ("L", "RGB"):
            image = image.convert("RGB")
        s = self.size
        w, h = image.size
        if self.pad_to_square:
            scale = s / max(w, h)
            nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
        else:
            nw = nh = s
        if (nw, nh) != (w, h):
            image = image.resize((nw, nh), _RESAMPLE[self.resample])
        array = np.asarray(image, dtype=np.float32)  # [H, W] (L) or [H, W, 3] (RGB)
        pixels = torch.from_numpy(array[None] if array.ndim == 2 else array.transpose(2, 0, 1))
        # (x / 255 - mean) / std == x * scale - mean / std; expand grayscale to 3 channels here.
        normed = pixels.expand(3, -1, -1) * self._scale - self._mean * (255.0 * self._scale)
        if (nw, nh) == (s, s):
            return normed.contiguous()
        out = torch.zeros(3, s, s)
        top, left = (s - nh) // 2, (s - nw) // 2
        out[:, top : top + nh, left : left + nw] = normed
        return out

    def __repr__(self) -> str:
        return (
            f"ImageTransform(size={self.size}, mean={self.processing.mean}, "
            f"std={self.processing.std}, pad_to_square={self.pad_to_square})"
        )

"""Chest X-ray image loading (PNG/JPEG 8/16-bit, DICOM) and the encoder-side transform.

``load_image`` turns a file into an 8-bit PIL image; ``ImageTransform`` pads it to a square with the
encoder's mean colour, resizes it to the encoder's input size and normalises it, giving ``[3, S, S]``.

Every way a file can fail to decode (missing, truncated, not an image, a decompression bomb, a
DICOM without readable pixels) ends as one :class:`ImageLoadError` naming the file, which the data
loaders count as a skipped sample. DICOM is recognised by its content (``DICM`` at byte 128), not
by its suffix. Transparent images are composited onto black (a radiograph's background); an image
with no visible pixel at all is refused.

Padding happens *after* normalisation: a pixel of the mean colour normalises to exactly zero, so the
transform resizes only the image itself (grayscale, one channel) and places it into a zero canvas.
That is LLaVA's ``expand2square`` followed by a resize, without resizing the padding.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np
import torch
from PIL import Image

from slava_lightning.components.base import ImageProcessing

_DICOM_SUFFIXES = (".dcm", ".dicom")
#: DICOM Part 10 files start with a 128-byte preamble followed by these four bytes (PS3.10 7.1).
DICOM_MAGIC = b"DICM"
_DICOM_MAGIC_OFFSET = 128
#: Most pixels (width x height, times frames for DICOM) ``load_image`` decodes by default:
#: 8192 x 8192, about four times the largest chest radiograph detectors (~4300 x 4300). The size is
#: read from the header before any pixel is decoded, so an image claiming more costs nothing.
MAX_IMAGE_PIXELS = 8192 * 8192
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


def is_dicom(path: str | Path) -> bool:
    """Whether ``path`` is a DICOM Part 10 file, by its content (``DICM`` at byte 128)."""
    try:
        with open(path, "rb") as f:
            head = f.read(_DICOM_MAGIC_OFFSET + len(DICOM_MAGIC))
    except OSError:
        return False
    return head[_DICOM_MAGIC_OFFSET:] == DICOM_MAGIC


def _check_pixels(path: Path, width: int, height: int, frames: int, limit: int | None) -> None:
    if limit is not None and width * height * frames > limit:
        size = f"{width}x{height}" + (f"x{frames} frames" if frames > 1 else "")
        raise ImageLoadError(
            path,
            f"image of {size} = {width * height * frames} pixels exceeds the limit of {limit} "
            "pixels (a decompression bomb or not a radiograph; raise max_pixels to accept it)",
        )


def _load_dicom(path: Path, max_pixels: int | None) -> np.ndarray:
    """Display values in ``[0, 1]``: modality LUT, then VOI LUT or window, then MONOCHROME1 inversion."""
    import pydicom
    from pydicom.pixels import apply_modality_lut, apply_voi

    ds = pydicom.dcmread(path)
    if "PixelData" not in ds:
        raise ImageLoadError(path, "DICOM has no PixelData")
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    _check_pixels(path, int(ds.Columns), int(ds.Rows), frames, max_pixels)
    try:
        raw = ds.pixel_array
    except Exception as err:  # pixel handlers raise many types (missing codec, bad length...)
        raise ImageLoadError(
            path, f"DICOM pixel data cannot be decoded ({type(err).__name__}: {err})"
        ) from err
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


def load_image(
    path: str | Path,
    mode: Mode = "RGB",
    draft_size: int | None = None,
    max_pixels: int | None = MAX_IMAGE_PIXELS,
) -> Image.Image:
    """Load a radiograph as an 8-bit PIL image.

    Args:
        path: a PNG/JPEG (8 or 16 bit) or a DICOM file (recognised by its content, any suffix).
        mode: ``"RGB"`` (grayscale copied to three channels), ``"L"`` (grayscale) or ``"native"``
            (``L`` for grayscale sources, ``RGB`` for colour ones).
        draft_size: let the JPEG decoder downscale on the fly to no less than this size (faster).
        max_pixels: refuse images with more pixels than this (:data:`MAX_IMAGE_PIXELS`), read
            from the header before decoding; ``None`` leaves only Pillow's own bomb check.

    16-bit images are min-max scaled to 8 bits. DICOM goes through the modality LUT (rescale
    slope/intercept), then the VOI LUT or the first window centre/width, and MONOCHROME1 is inverted.
    Transparent images are composited onto black (:func:`composite_on_black`).

    Raises:
        ImageLoadError: (a ``ValueError``) naming the file when it is missing, truncated, too large,
            fully transparent or cannot be decoded for any other reason.
    """
    p = Path(path)
    if mode not in ("RGB", "L", "native"):
        raise ValueError(f"mode must be 'RGB', 'L' or 'native', got {mode!r}")
    if not p.is_file():
        raise ImageLoadError(p, "file not found")
    try:
        if is_dicom(p):
            img = Image.fromarray(_to_uint8(_load_dicom(p, max_pixels)), mode="L")
        elif p.suffix.lower() in _DICOM_SUFFIXES:
            raise ImageLoadError(
                p,
                f"not a DICOM file: no {DICOM_MAGIC.decode()!r} marker at byte "
                f"{_DICOM_MAGIC_OFFSET} (DICOM Part 10 files start with a 128-byte preamble)",
            )
        else:
            img = _load_raster(p, draft_size, max_pixels)
    except ImageLoadError:
        raise
    except Image.DecompressionBombError as err:
        raise ImageLoadError(p, f"decompression bomb refused by Pillow ({err})") from err
    except (
        Exception
    ) as err:  # decoders raise many types: OSError, SyntaxError, InvalidDicomError...
        raise ImageLoadError(p, f"cannot decode ({type(err).__name__}: {err})") from err
    if mode == "native":
        return img
    return img if img.mode == mode else img.convert(mode)


def _load_raster(path: Path, draft_size: int | None, max_pixels: int | None) -> Image.Image:
    with warnings.catch_warnings():
        # Pillow warns from 89 Mpx on; the limit that matters here is max_pixels, checked next.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(path) as img:  # reads the header only
            _check_pixels(path, img.width, img.height, 1, max_pixels)  # the first frame is read
            if draft_size is not None and img.format == "JPEG":
                img.draft("L" if img.mode == "L" else "RGB", (draft_size, draft_size))
            img.load()  # decode now, so truncation surfaces here with the file name
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        # 16-bit grayscale: a tRNS colour key, if any, is ignored.
        return Image.fromarray(_to_uint8(_minmax(np.asarray(img))), mode="L")
    try:
        return composite_on_black(img)
    except ValueError as err:
        raise ImageLoadError(path, str(err)) from None


def composite_on_black(image: Image.Image) -> Image.Image:
    """An ``L`` or ``RGB`` image with any transparency composited onto black.

    Covers alpha channels (``LA``, ``RGBA``, ``PA``, premultiplied ``La``/``RGBa``), palettes with
    transparent entries and ``tRNS`` colour keys; grayscale stays grayscale. Black is a radiograph's
    background (no X-ray attenuation shown), so transparent margins read as the film's edge.

    Raises:
        ValueError: when no pixel is visible (alpha 0 everywhere): such a file holds no image, and
            reading it as black (or white, as dropping the alpha would) would be a silent guess.
    """
    transparent = "transparency" in image.info
    if image.mode in ("L", "RGB") and not transparent:
        return image
    if image.mode == "P":
        image = image.convert("RGBA" if transparent else "RGB")
    elif image.mode == "1":
        image = image.convert("L")
    elif image.mode in ("L", "La"):
        image = image.convert("LA")
    elif image.mode not in ("LA", "RGBA"):
        image = image.convert("RGBA")  # RGB with a colour key, PA, RGBa, CMYK, ...
    if image.mode not in ("LA", "RGBA"):  # a palette without transparency, or bilevel
        return image
    pixels = np.asarray(image)
    alpha = pixels[..., -1:].astype(np.float64)
    if not alpha.any():
        raise ValueError(
            f"fully transparent {image.width}x{image.height} image: no pixel is visible (alpha is 0 "
            "everywhere), so there is no radiograph to read"
        )
    color = pixels[..., :-1].astype(np.float64) * (alpha / 255.0)
    out = np.clip(np.rint(color), 0, 255).astype(np.uint8)
    return Image.fromarray(out[..., 0] if image.mode == "LA" else out)  # L or RGB


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
        """Transform one PIL image (``L`` or ``RGB``; others go through :func:`composite_on_black`).

        Raises:
            ValueError: for a fully transparent image.
        """
        if image.mode not in ("L", "RGB") or "transparency" in image.info:
            image = composite_on_black(image)
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

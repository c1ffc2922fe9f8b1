"""Image loading (PNG 8/16-bit, JPEG, DICOM) and the encoder transform."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image
from torchvision.transforms.v2 import functional as TF

from slava_lightning.components.base import ImageProcessing
from slava_lightning.data.images import ImageLoadError, ImageTransform, load_image


def test_png_8bit_gray_becomes_three_equal_channels(tmp_path):
    arr = np.arange(64 * 48, dtype=np.uint8).reshape(48, 64)
    Image.fromarray(arr).save(tmp_path / "a.png")
    img = load_image(tmp_path / "a.png")
    out = np.asarray(img)
    assert img.mode == "RGB" and out.shape == (48, 64, 3)
    assert (out[..., 0] == arr).all() and (out[..., 2] == arr).all()


def test_png_16bit_is_minmax_scaled(tmp_path):
    arr = np.linspace(1000, 4000, 256).astype(np.uint16).reshape(16, 16)
    Image.fromarray(arr).save(tmp_path / "a.png")
    assert Image.open(tmp_path / "a.png").mode.startswith("I")
    out = np.asarray(load_image(tmp_path / "a.png", mode="L")).astype(int)
    expected = np.rint((arr.astype(float) - 1000) / 3000 * 255).astype(int)
    assert np.abs(out - expected).max() <= 1 and out.min() == 0 and out.max() == 255


def test_jpeg_loads(tmp_path):
    Image.new("L", (40, 30), 200).save(tmp_path / "a.jpg")
    assert abs(int(np.asarray(load_image(tmp_path / "a.jpg", mode="L")).mean()) - 200) <= 2


def test_missing_truncated_and_garbage_name_the_file(tmp_path):
    with pytest.raises(ImageLoadError, match="nope.png.*not found"):
        load_image(tmp_path / "nope.png")
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64), dtype=np.uint8)).save(
        tmp_path / "full.png"
    )
    (tmp_path / "cut.png").write_bytes((tmp_path / "full.png").read_bytes()[:200])
    with pytest.raises(ValueError, match="cut.png.*cannot decode"):
        load_image(tmp_path / "cut.png")
    (tmp_path / "junk.jpg").write_bytes(b"not an image at all")
    with pytest.raises(ValueError, match="junk.jpg"):
        load_image(tmp_path / "junk.jpg")


def _dicom(path, pixels, photometric, **extra):
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = SecondaryCaptureImageStorage
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Rows, ds.Columns = pixels.shape
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = photometric
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    for key, value in extra.items():
        setattr(ds, key, value)
    ds.PixelData = pixels.astype(np.uint16).tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def test_dicom_monochrome1_with_voi_lut_is_inverted_and_windowed(tmp_path):
    from pydicom.dataset import Dataset

    pixels = np.array([[0, 100, 200, 300], [400, 500, 1000, 4095]], dtype=np.uint16)
    # VOI LUT: first mapped value 100, 8 entries of 8 bits covering stored values 100..107,
    # clamped outside (values below 100 -> entry 0, above -> last entry).
    lut = Dataset()
    lut.LUTDescriptor = [8, 100, 8]
    entries = [0, 10, 20, 40, 80, 120, 200, 255]
    lut.add_new(0x00283006, "US", entries)  # LUTData
    px = np.array([[100, 101, 102, 103], [104, 105, 106, 107]], dtype=np.uint16)
    path = _dicom(tmp_path / "a.dcm", px, "MONOCHROME1", VOILUTSequence=[lut])
    out = np.asarray(load_image(path, mode="L")).astype(int)
    expected = 255 - np.array(entries).reshape(2, 4)
    assert (out == expected).all()
    # below/above the LUT range clamp to its first/last entry, then inversion
    path2 = _dicom(tmp_path / "b.dcm", pixels, "MONOCHROME1", VOILUTSequence=[lut])
    out2 = np.asarray(load_image(path2, mode="L")).astype(int)
    assert out2[0, 0] == 255 and out2[1, 3] == 0


def test_dicom_window_and_rescale(tmp_path):
    pixels = np.array([[0, 512, 1024, 1536, 2048, 4095]], dtype=np.uint16)
    # rescale: HU = 2 * stored - 1024; window centre 0 width 2049 spans HU -1024..1024
    path = _dicom(
        tmp_path / "w.dcm",
        pixels,
        "MONOCHROME2",
        RescaleSlope=2,
        RescaleIntercept=-1024,
        WindowCenter=0,
        WindowWidth=2049,
    )
    out = np.asarray(load_image(path, mode="L")).astype(int)[0]
    hu = pixels[0].astype(float) * 2 - 1024
    expected = np.clip(((hu + 0.5) / 2048 + 0.5), 0, 1) * 255
    assert np.abs(out - np.rint(expected)).max() <= 1
    mono1 = _dicom(
        tmp_path / "m1.dcm",
        pixels,
        "MONOCHROME1",
        RescaleSlope=2,
        RescaleIntercept=-1024,
        WindowCenter=0,
        WindowWidth=2049,
    )
    assert (np.asarray(load_image(mono1, mode="L")).astype(int)[0] + out == 255).all()


def _reference(img: Image.Image, p: ImageProcessing) -> torch.Tensor:
    """LLaVA's recipe: pad to square with the mean colour, resize, normalise (torchvision)."""
    img = img.convert("RGB")
    w, h = img.size
    side = max(w, h)
    fill = tuple(int(round(m * 255)) for m in p.mean)
    canvas = Image.new("RGB", (side, side), fill)
    canvas.paste(img, ((side - w) // 2, (side - h) // 2))
    t = TF.to_dtype(
        TF.pil_to_tensor(TF.resize(canvas, [p.size, p.size], TF.InterpolationMode.BICUBIC)),
        torch.float32,
        scale=True,
    )
    return TF.normalize(t, list(p.mean), list(p.std))


def test_transform_matches_pad_then_resize_reference(processing):
    # 200 x 100 pads to 200 x 200: the image lands on rows 8..24 of 32 in both recipes
    yy, xx = np.mgrid[0:100, 0:200]
    arr = (127 + 100 * np.sin(xx / 40) * np.cos(yy / 30)).astype(np.uint8)
    img = Image.fromarray(arr)
    ours = ImageTransform(processing)(img)
    ref = _reference(img, processing)
    assert ours.shape == ref.shape == (3, 32, 32)
    # identical but for the rows that mix image and padding in the reference's resize
    interior = (slice(None), slice(10, 22), slice(None))  # past the bicubic support
    assert torch.allclose(ours[interior], ref[interior], atol=1e-4)
    assert torch.equal(ours[:, :8], torch.zeros(3, 8, 32))  # mean colour normalises to zero
    assert ref[:, :6].abs().max() < 0.02


def test_transform_stretch_and_bad_arguments(processing):
    out = ImageTransform(processing, pad_to_square=False)(Image.new("L", (90, 30), 255))
    white = (1 - torch.tensor(processing.mean)) / torch.tensor(processing.std)
    assert torch.allclose(out, white.view(3, 1, 1).expand(3, 32, 32), atol=1e-5)
    with pytest.raises(ValueError, match="resample"):
        ImageTransform(processing, resample="nearest-ish")
    with pytest.raises(ValueError, match="std"):
        ImageTransform(ImageProcessing(32, (0.5,) * 3, (0.0, 1.0, 1.0)))
    with pytest.raises(ValueError, match="mode"):
        load_image("x.png", mode="CMYK")  # type: ignore[arg-type]

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


# ----------------------------------------------------------------------------- bad files
def _png_chunk(kind: bytes, data: bytes) -> bytes:
    import struct
    import zlib

    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_header_claiming(path, width: int, height: int):
    """A valid PNG signature and IHDR claiming ``width x height``, with a tiny IDAT: a bomb."""
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grayscale
    body = _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body + _png_chunk(b"IEND", b""))
    return path


def test_decompression_bomb_is_refused_from_the_header(tmp_path):
    from slava_lightning.data.images import MAX_IMAGE_PIXELS

    # 10^8 pixels: over our limit, under Pillow's error threshold (only a warning there)
    bomb = _png_header_claiming(tmp_path / "bomb.png", 10_000, 10_000)
    with pytest.raises(ImageLoadError, match=r"bomb.png.*10000x10000.*exceeds the limit") as err:
        load_image(bomb)
    assert err.value.path.endswith("bomb.png") and str(MAX_IMAGE_PIXELS) in err.value.reason
    # 10^10 pixels: Pillow's own DecompressionBombError, caught and named, with or without ours
    huge = _png_header_claiming(tmp_path / "huge.png", 100_000, 100_000)
    for limit in (None, MAX_IMAGE_PIXELS):
        with pytest.raises(ImageLoadError, match=r"huge.png.*decompression bomb"):
            load_image(huge, max_pixels=limit)
    # a lower limit applies to ordinary images
    Image.new("L", (64, 64)).save(tmp_path / "ok.png")
    assert load_image(tmp_path / "ok.png", max_pixels=64 * 64).size == (64, 64)
    with pytest.raises(ImageLoadError, match="4096 pixels"):
        load_image(tmp_path / "ok.png", max_pixels=64 * 63)


@pytest.mark.filterwarnings("ignore:End of file reached:UserWarning")  # pydicom, on the garbage
def test_truncated_png_and_non_dicom_dcm_name_the_file(tmp_path):
    rng = np.random.default_rng(1)
    Image.fromarray(rng.integers(0, 255, (128, 128), dtype=np.uint8)).save(tmp_path / "full.png")
    raw = (tmp_path / "full.png").read_bytes()
    (tmp_path / "cut.png").write_bytes(raw[: len(raw) // 2])  # header intact, IDAT cut
    with pytest.raises(ImageLoadError, match=r"cut.png.*(truncated|cannot decode)"):
        load_image(tmp_path / "cut.png")
    (tmp_path / "report.dcm").write_bytes(b"this is a text file, not a DICOM" * 10)
    with pytest.raises(ImageLoadError, match=r"report.dcm.*not a DICOM file.*DICM"):
        load_image(tmp_path / "report.dcm")
    # "DICM" present but the rest is garbage: an error naming the file
    (tmp_path / "broken.dcm").write_bytes(b"\0" * 128 + b"DICM" + b"\xff" * 20)
    with pytest.raises(ImageLoadError, match=r"broken.dcm.*(cannot decode|no PixelData)"):
        load_image(tmp_path / "broken.dcm")


def test_dicom_is_recognised_by_content_without_suffix(tmp_path):
    from slava_lightning.data.images import is_dicom

    pixels = np.array([[0, 1000], [2000, 4095]], dtype=np.uint16)
    path = _dicom(tmp_path / "IM000123", pixels, "MONOCHROME2")
    assert path.suffix == "" and is_dicom(path)
    out = np.asarray(load_image(path, mode="L")).astype(int)
    assert out[0, 0] == 0 and out[1, 1] == 255 and 0 < out[0, 1] < out[1, 0] < 255
    # a PNG named .dcm is not DICOM by content
    Image.new("L", (4, 4)).save(tmp_path / "x.png")
    assert not is_dicom(tmp_path / "x.png") and not is_dicom(tmp_path / "absent")


def test_dicom_with_unreadable_pixels_or_too_many_names_the_file(tmp_path):
    pixels = np.zeros((8, 8), dtype=np.uint16)
    path = _dicom(tmp_path / "short.dcm", pixels, "MONOCHROME2")
    import pydicom

    ds = pydicom.dcmread(path)
    ds.PixelData = ds.PixelData[:10]  # 10 bytes for 8 x 8 x 2
    ds.save_as(path)
    with pytest.raises(ImageLoadError, match=r"short.dcm.*pixel data cannot be decoded"):
        load_image(path)
    ds.Rows = ds.Columns = 60_000
    ds.save_as(path)
    with pytest.raises(ImageLoadError, match=r"short.dcm.*60000x60000.*exceeds the limit"):
        load_image(path)


def test_transparent_images_are_composited_on_black_or_refused(tmp_path):
    # fully transparent white: refused (dropping the alpha would read it as white)
    Image.new("RGBA", (16, 16), (255, 255, 255, 0)).save(tmp_path / "clear.png")
    with pytest.raises(ImageLoadError, match=r"clear.png.*fully transparent"):
        load_image(tmp_path / "clear.png")
    Image.new("LA", (16, 16), (200, 0)).save(tmp_path / "clear_la.png")
    with pytest.raises(ImageLoadError, match="fully transparent"):
        load_image(tmp_path / "clear_la.png")
    # half transparent: composited onto black; grayscale stays grayscale
    la = np.zeros((2, 2, 2), dtype=np.uint8)
    la[..., 0] = 200
    la[..., 1] = [[255, 0], [128, 51]]
    Image.fromarray(la, mode="LA").save(tmp_path / "la.png")
    img = load_image(tmp_path / "la.png", mode="native")
    assert img.mode == "L"
    assert np.asarray(img).tolist() == [[200, 0], [100, 40]]  # rint(200 * a / 255)
    rgba = np.zeros((1, 2, 4), dtype=np.uint8)
    rgba[0, 0] = (255, 128, 0, 255)
    rgba[0, 1] = (255, 255, 255, 0)
    Image.fromarray(rgba, mode="RGBA").save(tmp_path / "rgba.png")
    assert np.asarray(load_image(tmp_path / "rgba.png")).tolist() == [[[255, 128, 0], [0, 0, 0]]]
    # a palette whose only colour is transparent (tRNS) is refused too
    pal = Image.new("P", (8, 8), 0)
    pal.putpalette([255, 255, 255])
    pal.save(tmp_path / "pal.png", transparency=0)
    with pytest.raises(ImageLoadError, match=r"pal.png.*fully transparent"):
        load_image(tmp_path / "pal.png")


def test_transform_of_a_transparent_pil_image(processing):
    t = ImageTransform(processing, pad_to_square=False)
    rgba = np.zeros((8, 8, 4), dtype=np.uint8)
    rgba[..., :3] = 255
    rgba[:4, :, 3] = 255  # top half opaque white, bottom half transparent white
    out = t(Image.fromarray(rgba, mode="RGBA"))
    expected = t(Image.fromarray(np.where(rgba[..., 3:] > 0, 255, 0).repeat(3, 2).astype(np.uint8)))
    assert torch.allclose(out, expected)
    assert torch.allclose(out[:, -1], t(Image.new("RGB", (8, 8)))[:, -1])  # black, not white
    with pytest.raises(ValueError, match="fully transparent"):
        t(Image.new("RGBA", (8, 8), (255, 255, 255, 0)))


def test_bad_images_are_counted_skips_in_a_lenient_datamodule(tmp_path, tokenizer, processing):
    import json

    from slava_lightning.data.llava import LlavaDataModule

    Image.new("L", (20, 20), 128).save(tmp_path / "good.png")
    _png_header_claiming(tmp_path / "bomb.png", 10_000, 10_000)
    (tmp_path / "fake.dcm").write_bytes(b"no dicom here" * 20)
    Image.new("RGBA", (16, 16), (255, 255, 255, 0)).save(tmp_path / "clear.png")
    names = ["good.png", "bomb.png", "fake.dcm", "clear.png", "good.png"]
    recs = [
        {"id": f"r{i}", "image": name,
         "conversations": [{"from": "human", "value": "Q"}, {"from": "gpt", "value": "A."}]}
        for i, name in enumerate(names)
    ]  # fmt: skip
    (tmp_path / "train.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    dm = LlavaDataModule(train=str(tmp_path / "train.jsonl"), image_folder=str(tmp_path),
                         batch_size=5, seed=0)  # fmt: skip
    dm.attach(tokenizer, processing)
    dm.setup("fit")
    batch = next(iter(dm.train_dataloader()))
    assert set(batch["ids"]) <= {"r0", "r4"}
    skipped = {s.file.rsplit("/", 1)[-1]: s for s in batch["skipped"]}
    assert set(skipped) == {"bomb.png", "fake.dcm", "clear.png"}
    assert all(s.field == "image" for s in skipped.values())
    assert "exceeds the limit" in skipped["bomb.png"].reason
    assert "not a DICOM file" in skipped["fake.dcm"].reason

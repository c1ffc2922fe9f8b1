"""slava-generate: inputs (files, folder, JSONL), output records, streaming, model sources, errors."""

from __future__ import annotations

import json
import re

import pytest
import torch
from PIL import Image

from slava_lightning.inference.cli import main
from slava_lightning.inference.loading import load_model
from slava_lightning.presets import build_preset

from .helpers import png_bytes

FAST = ["--preset", "tiny", "--max-new-tokens", "4"]


@pytest.fixture
def studies(tmp_path):
    (tmp_path / "s1").mkdir()
    (tmp_path / "s1" / "a_frontal.png").write_bytes(png_bytes(1))
    (tmp_path / "s1" / "b_lateral.png").write_bytes(png_bytes(2))
    (tmp_path / "loose.png").write_bytes(png_bytes(3))
    (tmp_path / "notes.txt").write_text("not an image")
    return tmp_path


def _records(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_folder_gives_one_record_per_study(studies, capsys):
    assert main([*FAST, "--image-folder", str(studies)]) == 0
    recs = _records(capsys)
    assert [r["question_id"] for r in recs] == ["loose", "s1"]
    assert set(recs[0]) == {"question_id", "prompt", "text", "answer_id", "model_id", "metadata"}
    assert recs[1]["metadata"]["images"][0].endswith("a_frontal.png")
    assert len(recs[1]["metadata"]["images"]) == 2
    assert recs[0]["prompt"] == "Write a findings report of this image:"
    assert recs[0]["model_id"] == "tiny" and recs[0]["answer_id"] != recs[1]["answer_id"]
    assert recs[0]["metadata"]["completion_tokens"] <= 4


def test_jsonl_summarize_with_relative_paths(studies, tmp_path):
    lines = [
        {"id": "x", "image": "loose.png", "task": "summarize", "findings": "Clear lungs.",
         "metadata": {"split": "test"}},
        {"question_id": 7, "images": ["s1/a_frontal.png", "s1/b_lateral.png"]},
    ]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    out = tmp_path / "out.jsonl"
    assert main([*FAST, "--input", str(src), "--output", str(out)]) == 0
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["question_id"] for r in recs] == ["x", "7"]
    assert recs[0]["prompt"].startswith("Write a impression summary")
    assert "Clear lungs." in recs[0]["prompt"]
    assert recs[0]["metadata"]["split"] == "test" and recs[0]["metadata"]["task"] == "summarize"


def test_single_study_streams_the_same_text(studies, capsys):
    files = [str(studies / "s1" / "a_frontal.png"), str(studies / "s1" / "b_lateral.png")]
    torch.manual_seed(0)
    assert main([*FAST, *files]) == 0
    streamed = capsys.readouterr().out.strip()
    torch.manual_seed(0)
    assert main([*FAST, "--no-stream", *files]) == 0
    (rec,) = _records(capsys)
    assert streamed == rec["text"] and rec["question_id"] == "a_frontal"


@pytest.mark.parametrize(
    ("argv", "match"),
    [
        ([], "exactly one"),
        (["--task", "summarize", "X.png"], "needs findings"),
        (["--load-in-8bit", "X.png"], "CUDA"),
        (["--num-beams", "0", "X.png"], "num_beams"),
        (["--image-folder", "/no/such/folder"], "not a folder"),
    ],
)
def test_errors_exit_2_with_a_message(argv, match, capsys, studies):
    argv = [str(studies / "loose.png") if a == "X.png" else a for a in argv]
    assert main([*FAST, *argv]) == 2
    err = capsys.readouterr().err
    assert "slava-generate: error:" in err and re.search(match, err)


def test_load_model_from_ckpt_file_and_hf_llava_folder(tmp_path):
    from slava_lightning.interop import save_hf_llava

    torch.manual_seed(3)
    model = build_preset("tiny")
    torch.nn.init.zeros_(model.language_model.model.get_output_embeddings().bias)
    ckpt = tmp_path / "last.ckpt"
    torch.save({"state_dict": {f"model.{k}": v for k, v in model.state_dict().items()}}, ckpt)
    save_hf_llava(model, tmp_path / "llava")
    from_ckpt = load_model(checkpoint=ckpt, preset="tiny")
    from_dir = load_model(checkpoint=tmp_path / "llava")
    from_flag = load_model(hf_llava=tmp_path / "llava")
    x = torch.randn(1, 3, 32, 32)
    expected = model.eval().encode_images(x)
    for loaded in (from_ckpt, from_dir, from_flag):
        assert torch.allclose(loaded.encode_images(x), expected, atol=1e-6)
        lm_w = loaded.language_model.model.get_input_embeddings().weight
        assert torch.equal(lm_w, model.language_model.model.get_input_embeddings().weight)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"checkpoint": "x.ckpt"}, "does not exist"),
        ({"preset": "tiny", "dtype": "int8"}, "dtype"),
        ({"checkpoint": "/no/such.ckpt", "preset": "tiny"}, "does not exist"),
        ({"checkpoint": "a", "hf_llava": "b"}, "not both"),
    ],
)
def test_load_model_ill_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        load_model(**kwargs)


def test_inference_entry_points_do_not_import_training_stack():
    """slava-generate / slava-serve start without Lightning, torchmetrics or torchvision."""
    import subprocess
    import sys

    code = ("import sys, slava_lightning.inference.cli, slava_lightning.inference.serve; "
            "print(sorted(m for m in ('lightning', 'torchmetrics', 'torchvision') "
            "if m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_jsonl_with_bad_studies_writes_every_good_one_and_an_error_record_each(
    studies, tmp_path, capsys
):
    (tmp_path / "fake.dcm").write_bytes(b"not a dicom file" * 20)
    Image.new("RGBA", (16, 16), (255, 255, 255, 0)).save(tmp_path / "clear.png")
    lines = [
        json.dumps({"id": "good1", "image": "loose.png"}),
        json.dumps({"id": "bad_dcm", "image": "fake.dcm"}),
        "{not json",
        json.dumps({"id": "missing", "images": ["s1/a_frontal.png", "nope.png"]}),
        json.dumps({"id": "clear", "image": "clear.png"}),
        json.dumps({"id": "good2", "images": ["s1/a_frontal.png", "s1/b_lateral.png"]}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    torch.manual_seed(0)  # the preset's random weights
    assert main([*FAST, "--input", str(src), "--output", str(out)]) == 1
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["question_id"] for r in recs] == [
        "good1", "bad_dcm", f"{src}:3", "missing", "clear", "good2"
    ]  # fmt: skip
    assert [("error" in r) for r in recs] == [False, True, True, True, True, False]
    assert "fake.dcm" in recs[1]["error"] and "not a DICOM file" in recs[1]["error"]
    assert "not valid JSON" in recs[2]["error"]
    assert "nope.png" in recs[3]["error"] and "not found" in recs[3]["error"]
    assert "fully transparent" in recs[4]["error"]
    assert recs[5]["text"] is not None and recs[5]["metadata"]["completion_tokens"] <= 4
    err = capsys.readouterr().err
    assert "4 of 6 studies failed" in err and "fake.dcm" in err
    # the good reports equal a run without the bad ones
    clean = tmp_path / "clean.jsonl"
    clean.write_text("\n".join([lines[0], lines[5]]) + "\n")
    torch.manual_seed(0)
    assert main([*FAST, "--input", str(clean), "--output", str(tmp_path / "c.jsonl")]) == 0
    again = [json.loads(x) for x in (tmp_path / "c.jsonl").read_text().splitlines()]
    assert [r["text"] for r in again] == [recs[0]["text"], recs[5]["text"]]


def test_folder_finds_dicom_by_content_and_records_a_truncated_png(studies, tmp_path, capsys):
    import numpy as np
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset("IM0001", {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID, ds.SOPInstanceUID = SecondaryCaptureImageStorage, generate_uid()
    ds.Rows, ds.Columns, ds.SamplesPerPixel = 16, 16, 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = np.arange(256, dtype=np.uint16).tobytes()
    ds.save_as(studies / "IM0001", enforce_file_format=True)
    (studies / "cut.png").write_bytes(png_bytes(9, size=(64, 64))[:120])
    assert main([*FAST, "--image-folder", str(studies)]) == 1
    recs = _records(capsys)
    by_id = {r["question_id"]: r for r in recs}
    assert set(by_id) == {"IM0001", "cut", "loose", "s1"}
    assert "text" in by_id["IM0001"] and "cut.png" in by_id["cut"]["error"]


def test_timing_in_metadata_and_on_stderr(studies, capsys):
    assert main([*FAST, "--image-folder", str(studies)]) == 0
    captured = capsys.readouterr()
    recs = [json.loads(line) for line in captured.out.splitlines()]
    for r in recs:
        meta = r["metadata"]
        assert 0 < meta["first_token_s"] <= meta["seconds"] < 60
    assert re.search(r"time to first token: median \d+\.\d+ s", captured.err)
    assert re.search(r"per report: median \d+\.\d+ s, max \d+\.\d+ s", captured.err)


def test_decoding_flags_are_the_generation_settings_fields():
    import dataclasses

    from slava_lightning.decoding import GenerationSettings, settings_from_args
    from slava_lightning.inference.cli import build_parser

    parser = build_parser()
    (group,) = [g for g in parser._action_groups if g.title == "decoding"]
    flags = {a.option_strings[0] for a in group._group_actions}
    fields = {f.name for f in dataclasses.fields(GenerationSettings)} - {"eos_token_id"}
    assert flags == {"--" + name.replace("_", "-") for name in fields}
    args = parser.parse_args(["x.png", "--num-beams", "2", "--top-p", "0.5", "--no-do-sample"])
    defaults = GenerationSettings(do_sample=True, max_new_tokens=7)
    assert settings_from_args(args, defaults) == GenerationSettings(
        max_new_tokens=7, num_beams=2, top_p=0.5
    )
    assert "block repeated n-grams" in parser.format_help()

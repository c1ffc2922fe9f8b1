"""slava-convert on a slava-fit .ckpt: a folder transformers loads, prompted as the .ckpt is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from llava_fixtures import expand_image_tokens, prompt_ids

from slava_lightning.artifact import FOLDER_FILE
from slava_lightning.inference.cli import main as generate_main
from slava_lightning.inference.loading import load_source
from slava_lightning.interop.cli import detect_format, main
from slava_test_checkpoints import TrainedRun, train_tiny_checkpoint


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> TrainedRun:
    return train_tiny_checkpoint(tmp_path_factory.mktemp("fit"), template="plain")


@pytest.fixture(scope="module")
def export(run: TrainedRun, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "llava"
    assert main([str(run.ckpt), "--to", "hf-llava", str(out)]) == 0  # format detected
    return out


def test_detects_source_formats(run: TrainedRun, export: Path, tmp_path: Path) -> None:
    assert detect_format(run.ckpt) == "ckpt"
    assert detect_format(export) == "hf-llava"
    with pytest.raises(ValueError, match="has no config.json"):
        detect_format(tmp_path)


def test_export_loads_in_transformers_with_equal_logits(
    run: TrainedRun, export: Path, pixels: torch.Tensor
) -> None:
    from transformers import LlavaForConditionalGeneration

    hf = LlavaForConditionalGeneration.from_pretrained(export).eval()
    model = run.model
    ids = prompt_ids(model)
    hf_ids = expand_image_tokens(ids, model.image_token_id, model.tokens_per_image)
    with torch.no_grad():
        ours = model(ids, torch.ones_like(ids), pixels).logits
        ref = hf(input_ids=hf_ids, attention_mask=torch.ones_like(hf_ids), pixel_values=pixels)
    text = hf_ids[0] != model.image_token_id
    assert ours.shape == ref.logits.shape
    torch.testing.assert_close(ours[0, text], ref.logits[0, text], atol=1e-5, rtol=0)


def test_export_carries_the_run_record(export: Path) -> None:
    record = json.loads((export / FOLDER_FILE).read_text())
    assert record["template"]["name"] == "plain"
    assert record["generation"]["max_new_tokens"] == 8
    assert "architecture" not in record and "tokenizer" not in record
    loaded = load_source(checkpoint=export)
    assert loaded.template == "plain" and loaded.generation is not None


def test_slava_generate_on_export_equals_on_ckpt(
    run: TrainedRun, export: Path, tmp_path: Path
) -> None:
    studies = run.studies_jsonl(tmp_path / "studies.jsonl")
    texts = {}
    for name, flag, source in (("ckpt", "--checkpoint", run.ckpt),
                               ("export", "--hf-llava", export)):  # fmt: skip
        out = tmp_path / f"{name}.jsonl"
        assert (
            generate_main([flag, str(source), "--input", str(studies), "--output", str(out)]) == 0
        )
        rows = map(json.loads, out.read_text().splitlines())
        texts[name] = {r["question_id"]: r["text"] for r in rows}
    assert texts["export"] == texts["ckpt"] == run.validation


def test_explicit_formats_and_refusals(
    run: TrainedRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a"
    assert main(["--from", "ckpt", str(run.ckpt), "--to", "hf-llava", str(out)]) == 0
    assert (out / FOLDER_FILE).is_file()
    # Llama cannot be written as LLaVA-Phi; a .ckpt is not a Llava folder.
    assert main(["--from", "ckpt", str(run.ckpt), "--to", "llava-phi", str(tmp_path / "b")]) == 2
    assert "LLaVA-Phi holds a Phi language model" in capsys.readouterr().err
    assert main(["--from", "hf-llava", str(run.ckpt), "--to", "hf-llava", str(tmp_path / "c")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert main([str(run.ckpt), "--to", "hf-llava", str(tmp_path / "d"), "--tokenizer", "x"]) == 2
    assert "a ckpt carries its tokenizer" in capsys.readouterr().err


def test_folder_layouts_come_from_one_table(tmp_path: Path) -> None:
    from slava_lightning.interop.cli import READERS
    from slava_lightning.interop.formats import FOLDER_LAYOUTS, folder_layout

    assert ("ckpt", *(layout.name for layout in FOLDER_LAYOUTS)) == READERS
    names = {
        "llava_llama": "llava",
        "llava_mistral": "llava",
        "llava_phi": "llava-phi",
    }
    for model_type, name in names.items():
        assert folder_layout({"model_type": model_type}, "x").name == name
    assert folder_layout({"model_type": "llava", "text_config": {}}, "x").name == "hf-llava"
    assert folder_layout({"model_type": "llava"}, "x").name == "llava"  # no text_config: LLaVA's
    with pytest.raises(ValueError, match=r"cfg\.json: model_type 'bert' is no layout .*llava-phi"):
        folder_layout({"model_type": "bert"}, "cfg.json")

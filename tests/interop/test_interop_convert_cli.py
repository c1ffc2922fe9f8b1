"""slava-convert: argument handling and conversions through main([...])."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
from llava_fixtures import LlavaPhiReference, prompt_ids
from safetensors.torch import load_file

from slava_lightning.interop import load_hf_llava, load_llava_phi
from slava_lightning.interop.cli import main


def test_help_lists_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--from {ckpt,hf-llava,llava-phi,llava}" in out and "--to" in out
    assert "{hf-llava,llava-phi,gguf}" in out.replace("\n", "").replace(" ", "")
    assert "lm_head.bias" in out


def test_unknown_format_is_rejected(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--from", "gguf", str(tmp_path), "--to", "hf-llava", str(tmp_path / "o")])
    assert exit_info.value.code == 2
    assert "invalid choice: 'gguf'" in capsys.readouterr().err


def test_hf_llava_round_trip(llava_dir: Any, pixels: torch.Tensor, tmp_path: Path) -> None:
    folder, _ = llava_dir("llama")
    out = tmp_path / "copy"
    assert main(["--from", "hf-llava", str(folder), "--to", "hf-llava", str(out)]) == 0
    a, b = load_hf_llava(folder), load_hf_llava(out)
    ids = prompt_ids(a)
    with torch.no_grad():
        la = a(ids, torch.ones_like(ids), pixels).logits
        lb = b(ids, torch.ones_like(ids), pixels).logits
    assert torch.equal(la, lb)


def test_llava_phi_to_llava_phi_in_bfloat16(tmp_path: Path) -> None:
    src = tmp_path / "src"
    LlavaPhiReference("mlp2x_gelu").write(src)
    out = tmp_path / "bf16"
    assert main(["--from", "llava-phi", str(src), "--to", "llava-phi", str(out),
                 "--dtype", "bfloat16"]) == 0  # fmt: skip
    tensors = load_file(str(out / "model.safetensors"))
    assert {t.dtype for t in tensors.values()} == {torch.bfloat16}
    assert "lm_head.bias" in tensors
    assert json.loads((out / "config.json").read_text())["model_type"] == "llava_phi"
    reloaded = load_llava_phi(out, dtype="bfloat16")
    assert torch.equal(reloaded.language_model.model.lm_head.bias, tensors["lm_head.bias"])


def test_biased_phi_to_hf_llava_fails_with_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    LlavaPhiReference("mlp2x_gelu").write(src)
    code = main(["--from", "llava-phi", str(src), "--to", "hf-llava", str(tmp_path / "out")])
    assert code == 2
    err = capsys.readouterr().err
    assert "lm_head.bias is non-zero" in err and "--to llava-phi" in err


def test_bad_source_and_busy_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--from", "hf-llava", str(tmp_path / "none"), "--to", "hf-llava",
                 str(tmp_path / "out")]) == 2  # fmt: skip
    assert "is not a folder" in capsys.readouterr().err
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "file").write_text("x")
    assert main(["--from", "hf-llava", str(tmp_path), "--to", "hf-llava", str(busy)]) == 2
    assert "pass --overwrite" in capsys.readouterr().err


def test_settings_file_by_field_name(tmp_path: Path) -> None:
    import yaml

    from slava_lightning.commandline import parse_settings
    from slava_lightning.interop.cli import ConvertSettings

    src, out = tmp_path / "src", tmp_path / "bf16"
    LlavaPhiReference("mlp2x_gelu").write(src)
    path = tmp_path / "convert.yaml"
    path.write_text(yaml.safe_dump({"source_format": "llava-phi", "target_format": "llava-phi",
                                    "dtype": "bfloat16", "quantize": "int8"}))  # fmt: skip
    s = parse_settings(ConvertSettings, ["--settings", str(path), str(src), str(out)])
    assert (s.source_format, s.target_format, s.dtype, s.quantize) == (
        "llava-phi", "llava-phi", "bfloat16", "int8",
    )  # fmt: skip
    assert (s.source, s.target, s.gguf_type, s.overwrite) == (str(src), str(out), "Q8_0", False)
    assert main(["--settings", str(path), str(src), str(out)]) == 0
    tensors = load_file(str(out / "model.safetensors"))
    assert {t.dtype for t in tensors.values()} == {torch.bfloat16}
    assert json.loads((out / "slava_artifact.json").read_text())["quantization"] == "int8"


def test_bad_settings_value_exits_2_naming_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "convert.yaml"
    path.write_text("target_format: hf-llava\ngguf_type: Q2_K\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["--settings", str(path), str(tmp_path), str(tmp_path / "o")])
    assert exit_info.value.code == 2 and "gguf_type" in capsys.readouterr().err
    path.write_text('target_format: hf-llava\noverwrite: "false"\n')
    with pytest.raises(SystemExit) as exit_info:
        main(["--settings", str(path), str(tmp_path), str(tmp_path / "o")])
    assert exit_info.value.code == 2
    assert "\"overwrite\": expected true or false, got 'false'" in capsys.readouterr().err

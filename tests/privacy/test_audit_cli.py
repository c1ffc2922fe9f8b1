"""``slava-audit``: settings from the command line and from a settings file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from slava_lightning.commandline import parse_settings
from slava_lightning.privacy.audit import DEFAULT_SKIP, AuditSettings, main

RECORD = {"id": "Dr. John Smith", "text": "Seen on 03/04/2021.", "metadata": {"by": "Jane Doe"}}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(RECORD) + "\n")
    return path


def test_defaults_and_the_positional_corpus(corpus: Path) -> None:
    s = parse_settings(AuditSettings, [str(corpus), str(corpus)])
    assert s.corpus == [corpus, corpus] and s.phi_lists is None and not s.json
    assert s.skipped_fields() == list(DEFAULT_SKIP)
    assert parse_settings(AuditSettings, [str(corpus), "--skip", ""]).skipped_fields() == []


def test_settings_file_by_field_name(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "audit.yaml"
    settings.write_text(yaml.safe_dump({"corpus": [str(corpus)], "skip": "", "json": True}))
    assert main(["--settings", str(settings)]) == 1
    out, err = capsys.readouterr()
    found = [json.loads(line) for line in out.splitlines()]
    assert {f["field"] for f in found} == {"id", "text", "metadata.by"}
    assert all(f["file"] == str(corpus) for f in found) and "residual PHI: " in err
    assert main(["--settings", str(settings), "--skip", "id,metadata"]) == 1  # flags win
    assert {json.loads(line)["field"] for line in capsys.readouterr().out.splitlines()} == {"text"}


def test_bad_settings_value_exits_2_naming_the_option(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "audit.yaml"
    settings.write_text(yaml.safe_dump({"corpus": [str(corpus)], "phi_lists": ["a", "b"]}))
    with pytest.raises(SystemExit) as stop:
        main(["--settings", str(settings)])
    assert stop.value.code == 2 and "phi_lists" in capsys.readouterr().err

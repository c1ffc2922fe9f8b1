"""slava-label reproduces the original labeler's golden fixture exactly."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from slava_lightning.evaluation.chexpert import CATEGORIES, label_reports, read_reports
from slava_lightning.evaluation.chexpert_cli import main

FIXTURES = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "chexpert_labeler"
SAMPLE = FIXTURES / "sample_reports.csv"
GOLDEN = FIXTURES / "labeled_reports.csv"

pytestmark = pytest.mark.skipif(not GOLDEN.is_file(), reason="shared CheXpert fixture not present")


def _rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_cli_output_equals_golden_cell_by_cell(tmp_path: Path) -> None:
    output = tmp_path / "labeled.csv"
    assert main([str(SAMPLE), "-o", str(output)]) == 0
    produced, golden = _rows(output), _rows(GOLDEN)
    assert produced[0] == ["Reports", *CATEGORIES] == golden[0]
    assert len(produced) == len(golden) == 5
    for produced_row, golden_row in zip(produced, golden, strict=True):
        assert produced_row == golden_row


def test_cli_output_is_byte_identical(tmp_path: Path) -> None:
    output = tmp_path / "labeled.csv"
    main([str(SAMPLE), "-o", str(output)])
    assert output.read_bytes() == GOLDEN.read_bytes()


def test_python_api_matches_golden_values() -> None:
    labels = label_reports(read_reports(SAMPLE))
    golden = _rows(GOLDEN)[1:]
    for row, expected in zip(labels, golden, strict=True):
        assert list(row) == list(CATEGORIES)
        assert [("" if v is None else str(v)) for v in row.values()] == expected[1:]


def test_cli_reports_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "absent.csv"), "-o", str(tmp_path / "out.csv")]) == 2
    assert "absent.csv" in capsys.readouterr().err


def test_settings_file_by_field_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    output = tmp_path / "labeled.csv"
    settings = tmp_path / "label.yaml"
    settings.write_text(yaml.safe_dump({"output": str(output), "verbose": True}))
    assert main(["--settings", str(settings), str(SAMPLE)]) == 0
    assert output.read_bytes() == GOLDEN.read_bytes()
    assert "labelled 4 reports in" in capsys.readouterr().out


def test_bad_settings_value_exits_2_naming_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "label.yaml"
    settings.write_text("phrases_dir: [mention, unmention]\n")
    with pytest.raises(SystemExit) as stop:
        main(["--settings", str(settings), str(SAMPLE)])
    assert stop.value.code == 2 and "phrases_dir" in capsys.readouterr().err

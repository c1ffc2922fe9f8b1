"""Case-file reading and the schema check (errors name the record and the field)."""

from __future__ import annotations

import csv
import json

import pytest

from slava_lightning.synthesis.radex.schema import CaseRecord, read_cases

from .conftest import make_cases, write_jsonl


def test_jsonl_round_trip(tmp_path):
    rows = make_cases(3)
    cases = read_cases(write_jsonl(tmp_path / "c.jsonl", rows))
    assert [c.case_id for c in cases] == ["case-000", "case-001", "case-002"]
    assert cases[0].images == ("images/case-000/frontal.png", "images/case-000/lateral.png")
    assert cases[1] == CaseRecord(
        case_id="case-001",
        description=rows[1]["description"],
        presentation=rows[1]["presentation"],
        discussion=rows[1]["discussion"],
        images=("images/case-001/frontal.png",),
        source="https://example.org/cases/1",
        license="CC BY-NC-SA 3.0",
    )


def test_csv_with_separated_images_and_optional_fields(tmp_path):
    path = tmp_path / "c.csv"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, ["case_id", "description", "images", "source", "license"])
        writer.writeheader()
        writer.writerow(
            {
                "case_id": "a1",
                "description": "Clear lungs.",
                "images": "x/a.png; x/b.png",
                "source": "s",
                "license": "CC0",
            }
        )
    (case,) = read_cases(path)
    assert case.images == ("x/a.png", "x/b.png")
    assert case.presentation == "" and case.discussion == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"description": ""}, r"line 2 \(case 'case-001'\): field 'description' is missing"),
        ({"license": None}, r"line 2 \(case 'case-001'\): field 'license' is missing"),
        ({"images": []}, r"line 2 \(case 'case-001'\): field 'images' must be a non-empty list"),
        ({"images": ["a.png", 3]}, r"field 'images' item 1 must be a non-empty path"),
        ({"discussion": 5}, r"field 'discussion' must be a string, got int"),
        ({"case_id": "a b"}, r"field 'case_id' may hold only"),
        (
            {"case_id": "case-000"},
            r"c.jsonl line 2: case_id 'case-000' already used at c.jsonl line 1",
        ),
    ],
)
def test_bad_records_are_named(tmp_path, change, message):
    rows = make_cases(2)
    rows[1].update(change)
    with pytest.raises(ValueError, match=message):
        read_cases(write_jsonl(tmp_path / "c.jsonl", rows))


def test_bad_files(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        read_cases(tmp_path / "missing.jsonl")
    (tmp_path / "c.json").write_text("[]")
    with pytest.raises(ValueError, match="use .jsonl or .csv"):
        read_cases(tmp_path / "c.json")
    (tmp_path / "c.jsonl").write_text(json.dumps(make_cases(1)[0]) + "\n{oops\n")
    with pytest.raises(ValueError, match="c.jsonl line 2: not valid JSON"):
        read_cases(tmp_path / "c.jsonl")
    (tmp_path / "d.jsonl").write_text("[1, 2]\n")
    with pytest.raises(ValueError, match="d.jsonl line 1: a case must be a JSON object"):
        read_cases(tmp_path / "d.jsonl")

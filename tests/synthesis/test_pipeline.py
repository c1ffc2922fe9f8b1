"""The RADEX pipeline with a scripted backend: outputs, rejects, stats, privacy, resume."""

from __future__ import annotations

import json
import re

import pytest

from slava_lightning.data.records import Sample
from slava_lightning.prompts import GENERATION_PROMPT, IMAGE_TOKEN, Turn
from slava_lightning.synthesis.radex.pipeline import RadexOptions, run_radex, side_paths

from .conftest import ScriptedBackend, make_cases, write_jsonl

OPTS = RadexOptions(seed=7, batch_size=4, progress=False)


def read_lines(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_accepts_rejects_and_counts(tmp_path):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(10))
    out = tmp_path / "radex.jsonl"
    stats = run_radex(cases, out, ScriptedBackend(), OPTS)
    rejects_path, stats_path = side_paths(out)
    rejects = {r["case_id"]: r for r in read_lines(rejects_path)}
    assert rejects["case-003"]["reasons"] == ["prior_comparison"]
    assert rejects["case-005"]["reasons"] == ["duplicate"]
    assert rejects["case-005"]["duplicate_of"] == "case-004"
    assert rejects["case-006"]["reasons"] == ["findings_too_short"]
    records = read_lines(out)
    # 7 accepted cases x 5 records (every case keeps one PHI-free discussion sentence).
    assert len(records) == 35
    assert stats == json.loads(stats_path.read_text())
    assert stats["cases_accepted"] == 7 and stats["cases_rejected"] == 3
    assert stats["cases_pending"] == 0 and stats["duplicates_removed"] == 1
    assert stats["records_by_task"] == {
        "conversation": 7,
        "instruction": 14,
        "report": 7,
        "summary": 7,
    }
    assert stats["rejects_by_reason"] == {
        "duplicate": 1,
        "findings_too_short": 1,
        "prior_comparison": 1,
    }
    assert stats["length_words"]["findings"]["count"] == 7
    assert stats["length_words"]["findings"]["min"] == 17.0


def test_records_are_llava_samples_with_paths_preserved(tmp_path):
    rows = make_cases(3)
    cases = write_jsonl(tmp_path / "cases.jsonl", rows)
    out = tmp_path / "radex.jsonl"
    run_radex(cases, out, ScriptedBackend(), OPTS)
    records = read_lines(out)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert ids[:5] == [
        f"case-000:{s}" for s in ("report", "summary", "instruction", "qa", "conversation")
    ]
    first = records[0]
    assert first["image"] == rows[0]["images"]  # two images -> list, relative paths as given
    assert records[5]["image"] == rows[1]["images"][0]
    assert (
        first["conversations"][0]["value"] == f"{IMAGE_TOKEN}\n{IMAGE_TOKEN}\n{GENERATION_PROMPT}"
    )
    assert first["conversations"][1]["value"] == rows[0]["description"]
    # Rebuilding a Sample from the record gives back the same record.
    for rec in records:
        turns = [
            Turn("user" if c["from"] == "human" else "assistant", c["value"])
            for c in rec["conversations"]
        ]
        images = rec["image"] if isinstance(rec["image"], list) else [rec["image"]]
        assert Sample(rec["id"], images, turns, rec["task"], rec["metadata"]).to_llava() == rec


def test_no_phi_reaches_the_backend_or_the_output(tmp_path):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(4))
    out = tmp_path / "radex.jsonl"
    backend = ScriptedBackend()
    run_radex(cases, out, backend, OPTS)
    sent = json.dumps([r.messages for r in backend.seen])
    written = out.read_text()
    for phi in ("45-year-old", "Jane Carter", "12/03/2019", "MRN", "Paul Jones", "555-201"):
        assert phi not in sent
        assert phi not in written
    assert not re.search(
        r"\[[A-Z]+\]", written
    )  # PHI sentences of the discussion are dropped, not masked
    assert "[AGE]" in sent and "[NAME]" in sent and "[DATE]" in sent and "[ID]" in sent


def test_failed_requests_stay_pending_and_are_retried(tmp_path):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(4))
    out = tmp_path / "radex.jsonl"
    stats = run_radex(cases, out, ScriptedBackend(fail={"case-001"}), OPTS)
    assert stats["cases_pending"] == 1
    backend = ScriptedBackend()
    stats = run_radex(cases, out, backend, OPTS)
    assert [r.key for r in backend.seen] == ["case-001"]
    assert stats["cases_pending"] == 0


def test_deterministic_and_resume_after_torn_tail(tmp_path):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(10))
    full = tmp_path / "full.jsonl"
    run_radex(cases, full, ScriptedBackend(), OPTS)
    again = tmp_path / "again.jsonl"
    run_radex(cases, again, ScriptedBackend(), OPTS)
    assert full.read_bytes() == again.read_bytes()

    # Simulate a kill in the middle of case 2's block: whole case 0 and 1, half of case 2's lines,
    # and a torn last line.
    lines = full.read_text().splitlines(keepends=True)
    part = tmp_path / "part.jsonl"
    part.write_text("".join(lines[:12]) + lines[12][:40])
    backend = ScriptedBackend()
    run_radex(cases, part, backend, OPTS)
    assert [r.key for r in backend.seen][0] == "case-002"
    assert part.read_bytes() == full.read_bytes()
    assert side_paths(part)[0].read_bytes() == side_paths(full)[0].read_bytes()


def test_different_seed_changes_phrasings_only(tmp_path):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(6))
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    run_radex(cases, a, ScriptedBackend(), OPTS)
    run_radex(cases, b, ScriptedBackend(), RadexOptions(seed=8, progress=False))
    ra, rb = read_lines(a), read_lines(b)
    assert [r["id"] for r in ra] == [r["id"] for r in rb]
    assert [r for r in ra if r["task"] in ("report", "summary")] == [
        r for r in rb if r["task"] in ("report", "summary")
    ]
    assert ra != rb


def test_corrupt_output_is_refused(tmp_path):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(2))
    out = tmp_path / "radex.jsonl"
    out.write_text('{"id": "x"}\n')
    with pytest.raises(ValueError, match="lacks metadata.case_id"):
        run_radex(cases, out, ScriptedBackend(), OPTS)
    out.write_text("not json\n{}\n")
    with pytest.raises(ValueError, match="invalid JSON at byte 0"):
        run_radex(cases, out, ScriptedBackend(), OPTS)


def test_stage3_reader_loads_the_output_unchanged(tmp_path):
    llava = pytest.importorskip("slava_lightning.data.llava")
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(5))
    out = tmp_path / "radex.jsonl"
    run_radex(cases, out, ScriptedBackend(), OPTS)
    records = read_lines(out)
    samples = llava.load_llava(out)
    assert len(samples) == len(records) == 20  # case-003 is rejected
    for sample, rec in zip(samples, records, strict=True):
        assert sample.to_llava() == {**rec, "metadata": {**rec["metadata"], "format": "llava"}}

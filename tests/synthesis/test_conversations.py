"""Conversations built from one accepted case."""

from __future__ import annotations

import json

import pytest

from slava_lightning.prompts import IMAGE_TOKEN, SUMMARIZATION_PROMPT, report_turns
from slava_lightning.synthesis.radex.conversations import Phrasings, build_samples, clean_discussion
from slava_lightning.synthesis.radex.parsing import ParsedReport
from slava_lightning.synthesis.radex.schema import parse_case

from .conftest import make_cases

REPORT = ParsedReport(
    "Patchy consolidation in the right upper zone.", "Right upper lobe pneumonia."
)


def case(k=1, **change):
    raw = {**make_cases(k + 1)[k], **change}
    return parse_case(raw, "test")


def test_samples_tasks_and_turns():
    samples = build_samples(case(), REPORT, Phrasings(), seed=0, report_hash="h")
    assert [(s.id, s.task) for s in samples] == [
        ("case-001:report", "report"),
        ("case-001:summary", "summary"),
        ("case-001:instruction", "instruction"),
        ("case-001:qa", "instruction"),
        ("case-001:conversation", "conversation"),
    ]
    report, summary, instruction, qa, conv = samples
    assert report.turns[0] == report_turns("generate")[0]
    assert summary.turns[0].text == IMAGE_TOKEN + "\n" + SUMMARIZATION_PROMPT.format(
        findings=REPORT.findings
    )
    assert [t.text for t in report.turns[1:] + summary.turns[1:]] == [
        REPORT.findings,
        REPORT.impression,
    ]
    assert instruction.turns[0].text.removeprefix(IMAGE_TOKEN + "\n") in Phrasings().generation
    assert (
        qa.turns[1].text
        == "Lobar pneumonia typically shows air bronchograms within a consolidated lobe."
    )
    assert [t.role for t in conv.turns] == ["user", "assistant"] * 3
    assert conv.turns[2].text in Phrasings().impression
    assert all(
        s.metadata["case_records"] == 5 and s.metadata["report_hash"] == "h" for s in samples
    )


def test_two_images_and_no_discussion():
    samples = build_samples(case(0, discussion=""), REPORT, Phrasings(), 0, "h")
    assert [s.id.split(":")[1] for s in samples] == [
        "report",
        "summary",
        "instruction",
        "conversation",
    ]
    assert all(
        s.images == ["images/case-000/frontal.png", "images/case-000/lateral.png"] for s in samples
    )
    assert samples[0].turns[0].text.count(IMAGE_TOKEN) == 2
    assert len(samples[-1].turns) == 4


def test_phrasings_depend_on_seed_and_case_only():
    c = case()
    draws = {
        seed: [s.turns[0].text for s in build_samples(c, REPORT, Phrasings(), seed, "h")]
        for seed in range(12)
    }
    assert draws[3] == [s.turns[0].text for s in build_samples(c, REPORT, Phrasings(), 3, "h")]
    assert len({tuple(v) for v in draws.values()}) > 1


def test_clean_discussion_drops_phi_sentences():
    text = "Pneumothorax is a common finding after trauma in young adults. Dr. Smith saw him on 3/4/2020."
    assert (
        clean_discussion(text) == "Pneumothorax is a common finding after trauma in young adults."
    )
    assert clean_discussion("Seen by [NAME]. Short.") == ""


def test_phrasings_from_json(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"generation": ["Findings, please."]}))
    p = Phrasings.from_json(path)
    assert p.generation == ("Findings, please.",) and p.impression == Phrasings().impression
    path.write_text(json.dumps({"generations": ["x"]}))
    with pytest.raises(ValueError, match="unknown keys"):
        Phrasings.from_json(path)
    with pytest.raises(ValueError, match="Phrasings.discussion must be a non-empty list"):
        Phrasings(discussion=())
    with pytest.raises(ValueError, match="do not write <image>"):
        Phrasings(generation=("<image> describe",))

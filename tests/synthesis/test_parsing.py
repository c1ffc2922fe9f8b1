"""Report parsing and the rejection rules."""

from __future__ import annotations

import pytest

from slava_lightning.synthesis.radex.parsing import (
    Limits,
    ParsedReport,
    parse_report,
    rejection_reasons,
)

GOOD_FINDINGS = (
    "Linear radiolucencies along the left mediastinal border. Lungs are clear without effusion."
)


@pytest.mark.parametrize(
    "text",
    [
        f"Findings: {GOOD_FINDINGS}\nImpression: Pneumomediastinum.",
        f"Sure, here it is.\n**Findings:** {GOOD_FINDINGS}\n\n**Impression:** Pneumomediastinum.",
        f"## FINDINGS\n{GOOD_FINDINGS}\n## IMPRESSION\nPneumomediastinum.",
        f"Findings:\n{GOOD_FINDINGS}\nConclusion: Pneumomediastinum.",
    ],
)
def test_parse_variants(text):
    assert parse_report(text) == ParsedReport(GOOD_FINDINGS, "Pneumomediastinum.")


def test_sentence_starting_with_findings_is_not_a_header():
    report = parse_report("Findings suggest pneumonia.\nImpression: Pneumonia.")
    assert report == ParsedReport("", "Pneumonia.")


@pytest.mark.parametrize(
    ("findings", "impression", "reasons"),
    [
        (GOOD_FINDINGS, "Pneumomediastinum.", []),
        ("", "Pneumomediastinum.", ["missing_findings"]),
        (GOOD_FINDINGS, "", ["missing_impression"]),
        ("Clear lungs.", "Normal.", ["findings_too_short"]),
        (" ".join(["opacity"] * 301), "Normal.", ["findings_too_long"]),
        (GOOD_FINDINGS, " ".join(["normal"] * 121), ["impression_too_long"]),
        (GOOD_FINDINGS + " A 45-year-old woman.", "Normal.", ["demographics"]),
        (GOOD_FINDINGS + " Known smoker.", "Normal.", ["demographics"]),
        (GOOD_FINDINGS, "Unchanged since 03/04/2019.", ["dates"]),
        (GOOD_FINDINGS, "Discussed with Dr. Adams.", ["names"]),
        (GOOD_FINDINGS, "Film for MRN: 1234567.", ["identifiers"]),
        (GOOD_FINDINGS, "Call (555) 123-4567.", ["identifiers"]),
        (GOOD_FINDINGS, "Seen on [DATE].", ["dates"]),
        (GOOD_FINDINGS + " Compared with the prior study, larger.", "Worse.", ["prior_comparison"]),
        (GOOD_FINDINGS + " Interval increase in effusion.", "Worse.", ["prior_comparison"]),
        (GOOD_FINDINGS, "Effusion again seen.", ["prior_comparison"]),
    ],
)
def test_rejection_reasons(findings, impression, reasons):
    assert rejection_reasons(ParsedReport(findings, impression), Limits()) == reasons


def test_several_reasons_are_sorted():
    report = ParsedReport("A 70-year-old man, previous study.", "")
    assert rejection_reasons(report, Limits(min_findings_words=10)) == [
        "demographics",
        "findings_too_short",
        "missing_impression",
        "prior_comparison",
    ]


def test_limits_are_checked():
    with pytest.raises(ValueError, match="min_findings_words <= max_findings_words"):
        Limits(min_findings_words=10, max_findings_words=5)
    with pytest.raises(ValueError, match="min_impression_words"):
        Limits(min_impression_words=0)

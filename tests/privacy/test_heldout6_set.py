"""Format checks for the held-out set in ``phi_heldout6`` (markup only, no de-identifier run)."""

from __future__ import annotations

from collections import Counter

import pytest

from slava_lightning.privacy.evaluate import parse_marked

from .phi_heldout6 import CLEAN_HELDOUT6, HELD_OUT6

KINDS = {"name", "date", "id", "phone", "email", "url", "ip", "address", "facility", "age"}


@pytest.mark.parametrize("sentence", HELD_OUT6)
def test_phi_sentence_parses(sentence: str) -> None:
    plain, spans = parse_marked(sentence)
    assert spans, sentence
    assert "{{" not in plain and "}}" not in plain, sentence
    for span in spans:
        assert span.kind in KINDS, (span, sentence)
        assert 0 <= span.start < span.end <= len(plain), (span, sentence)
        text = plain[span.start : span.end]
        assert text == text.strip(), (text, sentence)


def test_span_totals() -> None:
    counts: Counter[str] = Counter()
    for sentence in HELD_OUT6:
        _, spans = parse_marked(sentence)
        counts.update(span.kind for span in spans)
    assert sum(counts.values()) >= 600, counts
    for kind in KINDS:
        assert counts[kind] >= 20, (kind, counts)


def test_clean_sentences() -> None:
    assert len(CLEAN_HELDOUT6) >= 100
    for sentence in CLEAN_HELDOUT6:
        assert "{{" not in sentence and "}}" not in sentence, sentence
        _, spans = parse_marked(sentence)
        assert not spans, sentence


def test_no_duplicates() -> None:
    assert len(set(HELD_OUT6)) == len(HELD_OUT6)
    assert len(set(CLEAN_HELDOUT6)) == len(CLEAN_HELDOUT6)
    assert not set(HELD_OUT6) & set(CLEAN_HELDOUT6)
    plain_phi = [parse_marked(s)[0] for s in HELD_OUT6]
    assert len(set(plain_phi)) == len(plain_phi)
    assert not set(plain_phi) & set(CLEAN_HELDOUT6)

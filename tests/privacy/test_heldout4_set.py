"""The fourth held-out PHI set is well formed: it parses, is large enough and covers every kind."""

from __future__ import annotations

from collections import Counter

import pytest

from slava_lightning.privacy.evaluate import parse_marked

from .phi_heldout4 import CLEAN_HELDOUT4, HELD_OUT4

KINDS = ("name", "date", "id", "phone", "email", "url", "ip", "address", "facility", "age")


def _kind_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in HELD_OUT4:
        _, spans = parse_marked(sentence)
        counts.update(span.kind for span in spans)
    return counts


def test_every_sentence_parses_to_clean_text_with_a_span() -> None:
    for sentence in HELD_OUT4:
        text, spans = parse_marked(sentence)
        assert spans, f"no gold span in {sentence!r}"
        assert "{{" not in text and "}}" not in text, f"stray marker in {sentence!r}"
        for span in spans:
            assert span.kind in KINDS, f"unknown kind {span.kind!r} in {sentence!r}"
            assert text[span.start : span.end].strip(), f"empty span in {sentence!r}"


def test_set_is_large_enough() -> None:
    assert sum(_kind_counts().values()) >= 500


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_at_least_12_spans(kind: str) -> None:
    assert _kind_counts()[kind] >= 12


def test_clean_sentences_carry_no_marker() -> None:
    assert len(CLEAN_HELDOUT4) >= 80
    for sentence in CLEAN_HELDOUT4:
        assert "{{" not in sentence and "}}" not in sentence, sentence
        assert parse_marked(sentence) == (sentence, [])


def test_no_duplicate_sentences() -> None:
    assert len(set(HELD_OUT4)) == len(HELD_OUT4)
    assert len(set(CLEAN_HELDOUT4)) == len(CLEAN_HELDOUT4)
    assert not set(HELD_OUT4) & set(CLEAN_HELDOUT4)

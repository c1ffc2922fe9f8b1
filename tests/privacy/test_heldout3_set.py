"""The third held-out PHI set is well formed: it parses, is large enough and covers every kind."""

from __future__ import annotations

from collections import Counter

import pytest

from slava_lightning.privacy.evaluate import parse_marked

from .phi_heldout3 import CLEAN_HELDOUT3, HELD_OUT3

KINDS = ("name", "date", "id", "phone", "email", "url", "ip", "address", "facility", "age")


def _kind_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in HELD_OUT3:
        _, spans = parse_marked(sentence)
        counts.update(span.kind for span in spans)
    return counts


def test_every_sentence_parses_to_clean_text_with_a_span() -> None:
    for sentence in HELD_OUT3:
        text, spans = parse_marked(sentence)
        assert spans, f"no gold span in {sentence!r}"
        assert "{{" not in text and "}}" not in text, f"stray marker in {sentence!r}"
        for span in spans:
            assert text[span.start : span.end].strip(), f"empty span in {sentence!r}"


def test_set_is_large_enough() -> None:
    assert sum(_kind_counts().values()) >= 550


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_at_least_15_spans(kind: str) -> None:
    assert _kind_counts()[kind] >= 15


def test_clean_sentences_carry_no_marker() -> None:
    assert len(CLEAN_HELDOUT3) >= 80
    for sentence in CLEAN_HELDOUT3:
        assert "{{" not in sentence and "}}" not in sentence, sentence
        assert parse_marked(sentence) == (sentence, [])


def test_no_duplicate_sentences() -> None:
    assert len(set(HELD_OUT3)) == len(HELD_OUT3)
    assert len(set(CLEAN_HELDOUT3)) == len(CLEAN_HELDOUT3)
    assert not set(HELD_OUT3) & set(CLEAN_HELDOUT3)

"""The dev6 PHI set (everyday radiology prose) is well formed: it parses, is large enough and
covers every kind."""

from __future__ import annotations

from collections import Counter

import pytest

from slava_lightning.privacy.evaluate import parse_marked

from .phi_dev6 import CLEAN_DEV6, DEV6

KINDS = ("name", "date", "id", "phone", "email", "url", "ip", "address", "facility", "age")


def _kind_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in DEV6:
        _, spans = parse_marked(sentence)
        counts.update(span.kind for span in spans)
    return counts


def test_every_sentence_parses_to_clean_text_with_a_span() -> None:
    for sentence in DEV6:
        text, spans = parse_marked(sentence)
        assert spans, f"no gold span in {sentence!r}"
        assert "{{" not in text and "}}" not in text, f"stray marker in {sentence!r}"
        for span in spans:
            assert span.kind in KINDS, f"unknown kind {span.kind!r} in {sentence!r}"
            value = text[span.start : span.end]
            assert value.strip(), f"empty span in {sentence!r}"
            assert value == value.strip(), f"span with outer whitespace in {sentence!r}"


def test_set_is_large_enough() -> None:
    assert sum(_kind_counts().values()) >= 600


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_at_least_20_spans(kind: str) -> None:
    assert _kind_counts()[kind] >= 20


def test_clean_sentences_carry_no_marker() -> None:
    assert len(CLEAN_DEV6) >= 100
    for sentence in CLEAN_DEV6:
        assert "{{" not in sentence and "}}" not in sentence, sentence
        assert parse_marked(sentence) == (sentence, [])


def test_no_duplicate_sentences() -> None:
    assert len(set(DEV6)) == len(DEV6)
    assert len(set(CLEAN_DEV6)) == len(CLEAN_DEV6)
    assert not set(DEV6) & set(CLEAN_DEV6)

"""Format checks for the dev7 PHI evaluation set (markup only, no detector involved)."""

from collections import Counter

from slava_lightning.privacy.evaluate import parse_marked

from .phi_dev7 import CLEAN_DEV7, DEV7

KINDS = {"name", "date", "id", "phone", "email", "url", "ip", "address", "facility", "age"}


def _spans():
    for sentence in DEV7:
        _, spans = parse_marked(sentence)
        yield from spans


def test_every_phi_sentence_parses_with_known_spans():
    for sentence in DEV7:
        text, spans = parse_marked(sentence)
        assert spans, sentence
        assert "{{" not in text and "}}" not in text, sentence
        for span in spans:
            assert span.kind in KINDS, (sentence, span)
            assert text[span.start : span.end].strip(), (sentence, span)


def test_total_and_per_kind_span_counts():
    counts = Counter(span.kind for span in _spans())
    assert sum(counts.values()) >= 600, counts
    for kind in KINDS:
        assert counts[kind] >= 20, (kind, counts)


def test_clean_sentences_have_no_markup():
    assert len(CLEAN_DEV7) >= 100
    for sentence in CLEAN_DEV7:
        text, spans = parse_marked(sentence)
        assert not spans, sentence
        assert "{{" not in sentence and "}}" not in sentence, sentence
        assert text == sentence


def test_no_duplicates():
    assert len(set(DEV7)) == len(DEV7)
    assert len(set(CLEAN_DEV7)) == len(CLEAN_DEV7)
    assert not set(DEV7) & set(CLEAN_DEV7)

"""The hand-written PHI sets are well formed: each parses, is large enough, covers every kind,
and its clean sentences carry no PHI marker and repeat none of its PHI sentences.

One table of sets and their size floors; every set gets every check (the strictest any set was
written against: spans without outer whitespace, no PHI sentence repeated even without its
markers, none of them among the clean sentences).
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import pytest

from slava_lightning.privacy import KINDS
from slava_lightning.privacy.evaluate import parse_marked

from . import (
    phi_dev4,
    phi_dev5,
    phi_dev6,
    phi_dev7,
    phi_dev8,
    phi_dev9,
    phi_heldout3,
    phi_heldout4,
    phi_heldout5,
    phi_heldout6,
    phi_heldout8,
    phi_heldout9,
    phi_heldout10,
    phi_heldout11,
    phi_heldout12,
    phi_heldout13,
    phi_heldout14,
    phi_heldout15,
    phi_heldout16,
    phi_heldout17,
    phi_heldout18,
    phi_heldout19,
    phi_heldout20,
    phi_heldout21,
    phi_heldout22,
    phi_heldout23,
    phi_heldout24,
    phi_heldout25,
    phi_heldout26,
    phi_heldout27,
    phi_heldout28,
    phi_heldout29,
    phi_heldout30,
    phi_heldout31,
    phi_heldout32,
    phi_heldout33,
    phi_heldout34,
    phi_heldout35,
    phi_heldout36,
    phi_heldout37,
    phi_heldout38,
    phi_heldout39,
    phi_heldout40,
    phi_heldout41,
    phi_heldout42,
    phi_heldout43,
    phi_heldout44,
    phi_heldout45,
    phi_heldout46,
    phi_heldout47,
    phi_heldout48,
    phi_heldout49,
    phi_heldout50,
    phi_heldout51,
    phi_heldout52,
)


class PhiSet(NamedTuple):
    name: str
    marked: list[str]
    clean: list[str]
    least_spans: int
    least_per_kind: int
    least_clean: int


SETS = [
    PhiSet("held out 3", phi_heldout3.HELD_OUT3, phi_heldout3.CLEAN_HELDOUT3, 550, 15, 80),
    PhiSet("held out 4", phi_heldout4.HELD_OUT4, phi_heldout4.CLEAN_HELDOUT4, 500, 12, 80),
    PhiSet("held out 5", phi_heldout5.HELD_OUT5, phi_heldout5.CLEAN_HELDOUT5, 600, 20, 100),
    PhiSet("held out 6", phi_heldout6.HELD_OUT6, phi_heldout6.CLEAN_HELDOUT6, 600, 20, 100),
    PhiSet("held out 8", phi_heldout8.HELD_OUT8, phi_heldout8.CLEAN_HELDOUT8, 600, 20, 100),
    PhiSet("held out 9", phi_heldout9.HELD_OUT9, phi_heldout9.CLEAN_HELDOUT9, 600, 20, 100),
    PhiSet("held out 10", phi_heldout10.HELD_OUT10, phi_heldout10.CLEAN_HELDOUT10, 600, 20, 100),
    PhiSet("held out 11", phi_heldout11.HELD_OUT11, phi_heldout11.CLEAN_HELDOUT11, 600, 20, 100),
    PhiSet("held out 12", phi_heldout12.HELD_OUT12, phi_heldout12.CLEAN_HELDOUT12, 600, 20, 220),
    PhiSet("held out 13", phi_heldout13.HELD_OUT13, phi_heldout13.CLEAN_HELDOUT13, 600, 20, 220),
    PhiSet("held out 14", phi_heldout14.HELD_OUT14, phi_heldout14.CLEAN_HELDOUT14, 550, 20, 220),
    PhiSet("held out 15", phi_heldout15.HELD_OUT15, phi_heldout15.CLEAN_HELDOUT15, 550, 20, 220),
    PhiSet("held out 16", phi_heldout16.HELD_OUT16, phi_heldout16.CLEAN_HELDOUT16, 600, 25, 280),
    PhiSet("held out 17", phi_heldout17.HELD_OUT17, phi_heldout17.CLEAN_HELDOUT17, 600, 25, 280),
    PhiSet("held out 18", phi_heldout18.HELD_OUT18, phi_heldout18.CLEAN_HELDOUT18, 600, 25, 280),
    PhiSet("held out 19", phi_heldout19.HELD_OUT19, phi_heldout19.CLEAN_HELDOUT19, 600, 25, 280),
    PhiSet("held out 20", phi_heldout20.HELD_OUT20, phi_heldout20.CLEAN_HELDOUT20, 600, 25, 280),
    PhiSet("held out 21", phi_heldout21.HELD_OUT21, phi_heldout21.CLEAN_HELDOUT21, 600, 25, 280),
    PhiSet("held out 22", phi_heldout22.HELD_OUT22, phi_heldout22.CLEAN_HELDOUT22, 600, 25, 280),
    PhiSet("held out 23", phi_heldout23.HELD_OUT23, phi_heldout23.CLEAN_HELDOUT23, 600, 25, 280),
    PhiSet("held out 24", phi_heldout24.HELD_OUT24, phi_heldout24.CLEAN_HELDOUT24, 600, 25, 280),
    PhiSet("held out 25", phi_heldout25.HELD_OUT25, phi_heldout25.CLEAN_HELDOUT25, 600, 25, 280),
    PhiSet("held out 26", phi_heldout26.HELD_OUT26, phi_heldout26.CLEAN_HELDOUT26, 600, 25, 280),
    PhiSet("held out 27", phi_heldout27.HELD_OUT27, phi_heldout27.CLEAN_HELDOUT27, 600, 25, 280),
    PhiSet("held out 28", phi_heldout28.HELD_OUT28, phi_heldout28.CLEAN_HELDOUT28, 600, 25, 280),
    PhiSet("held out 29", phi_heldout29.HELD_OUT29, phi_heldout29.CLEAN_HELDOUT29, 600, 25, 280),
    PhiSet("held out 30", phi_heldout30.HELD_OUT30, phi_heldout30.CLEAN_HELDOUT30, 600, 25, 280),
    PhiSet("held out 31", phi_heldout31.HELD_OUT31, phi_heldout31.CLEAN_HELDOUT31, 600, 25, 280),
    PhiSet("held out 32", phi_heldout32.HELD_OUT32, phi_heldout32.CLEAN_HELDOUT32, 600, 25, 280),
    PhiSet("held out 33", phi_heldout33.HELD_OUT33, phi_heldout33.CLEAN_HELDOUT33, 600, 25, 280),
    PhiSet("held out 34", phi_heldout34.HELD_OUT34, phi_heldout34.CLEAN_HELDOUT34, 600, 25, 280),
    PhiSet("held out 35", phi_heldout35.HELD_OUT35, phi_heldout35.CLEAN_HELDOUT35, 600, 25, 280),
    PhiSet("held out 36", phi_heldout36.HELD_OUT36, phi_heldout36.CLEAN_HELDOUT36, 600, 25, 280),
    PhiSet("held out 37", phi_heldout37.HELD_OUT37, phi_heldout37.CLEAN_HELDOUT37, 600, 25, 280),
    PhiSet("held out 38", phi_heldout38.HELD_OUT38, phi_heldout38.CLEAN_HELDOUT38, 600, 25, 280),
    PhiSet("held out 39", phi_heldout39.HELD_OUT39, phi_heldout39.CLEAN_HELDOUT39, 600, 25, 280),
    PhiSet("held out 40", phi_heldout40.HELD_OUT40, phi_heldout40.CLEAN_HELDOUT40, 600, 25, 280),
    PhiSet("held out 41", phi_heldout41.HELD_OUT41, phi_heldout41.CLEAN_HELDOUT41, 600, 25, 280),
    PhiSet("held out 42", phi_heldout42.HELD_OUT42, phi_heldout42.CLEAN_HELDOUT42, 600, 25, 280),
    PhiSet("held out 43", phi_heldout43.HELD_OUT43, phi_heldout43.CLEAN_HELDOUT43, 600, 25, 280),
    PhiSet("held out 44", phi_heldout44.HELD_OUT44, phi_heldout44.CLEAN_HELDOUT44, 600, 25, 280),
    PhiSet("held out 45", phi_heldout45.HELD_OUT45, phi_heldout45.CLEAN_HELDOUT45, 600, 25, 280),
    PhiSet("held out 46", phi_heldout46.HELD_OUT46, phi_heldout46.CLEAN_HELDOUT46, 600, 25, 280),
    PhiSet("held out 47", phi_heldout47.HELD_OUT47, phi_heldout47.CLEAN_HELDOUT47, 600, 25, 280),
    PhiSet("held out 48", phi_heldout48.HELD_OUT48, phi_heldout48.CLEAN_HELDOUT48, 600, 25, 280),
    PhiSet("held out 49", phi_heldout49.HELD_OUT49, phi_heldout49.CLEAN_HELDOUT49, 600, 25, 280),
    PhiSet("held out 50", phi_heldout50.HELD_OUT50, phi_heldout50.CLEAN_HELDOUT50, 600, 25, 280),
    PhiSet("held out 51", phi_heldout51.HELD_OUT51, phi_heldout51.CLEAN_HELDOUT51, 600, 25, 280),
    PhiSet("held out 52", phi_heldout52.HELD_OUT52, phi_heldout52.CLEAN_HELDOUT52, 600, 25, 280),
    PhiSet("dev 4", phi_dev4.DEV4, phi_dev4.CLEAN_DEV4, 600, 20, 100),
    PhiSet("dev 5", phi_dev5.DEV5, phi_dev5.CLEAN_DEV5, 600, 20, 100),
    PhiSet("dev 6", phi_dev6.DEV6, phi_dev6.CLEAN_DEV6, 600, 20, 100),
    PhiSet("dev 7", phi_dev7.DEV7, phi_dev7.CLEAN_DEV7, 600, 20, 100),
    PhiSet("dev 8", phi_dev8.DEV8, phi_dev8.CLEAN_DEV8, 600, 20, 100),
    PhiSet("dev 9", phi_dev9.DEV9, phi_dev9.CLEAN_DEV9, 600, 20, 100),
]
each_set = pytest.mark.parametrize("phi", SETS, ids=[s.name for s in SETS])


@each_set
def test_every_sentence_parses_to_clean_text_with_known_spans(phi: PhiSet) -> None:
    for sentence in phi.marked:
        text, found = parse_marked(sentence)
        assert found, f"{phi.name}: no gold span in {sentence!r}"
        assert "{{" not in text and "}}" not in text, f"{phi.name}: stray marker in {sentence!r}"
        for span in found:
            assert span.kind in KINDS, f"{phi.name}: unknown kind {span.kind!r} in {sentence!r}"
            assert 0 <= span.start < span.end <= len(text), (phi.name, span, sentence)
            value = text[span.start : span.end]
            assert value.strip(), f"{phi.name}: empty span in {sentence!r}"
            assert value == value.strip(), f"{phi.name}: span with outer whitespace in {sentence!r}"


@each_set
def test_set_is_large_enough_and_covers_every_kind(phi: PhiSet) -> None:
    counts: Counter[str] = Counter(s.kind for m in phi.marked for s in parse_marked(m)[1])
    assert sum(counts.values()) >= phi.least_spans, (phi.name, counts)
    for kind in KINDS:
        assert counts[kind] >= phi.least_per_kind, (phi.name, kind, counts)


@each_set
def test_clean_sentences_carry_no_marker(phi: PhiSet) -> None:
    assert len(phi.clean) >= phi.least_clean, phi.name
    for sentence in phi.clean:
        assert "{{" not in sentence and "}}" not in sentence, (phi.name, sentence)
        assert parse_marked(sentence) == (sentence, []), (phi.name, sentence)


@each_set
def test_no_duplicate_sentences(phi: PhiSet) -> None:
    assert len(set(phi.marked)) == len(phi.marked), phi.name
    assert len(set(phi.clean)) == len(phi.clean), phi.name
    assert not set(phi.marked) & set(phi.clean), phi.name
    plain = [parse_marked(m)[0] for m in phi.marked]
    assert len(set(plain)) == len(plain), f"{phi.name}: a PHI sentence repeats without its markers"
    assert not set(plain) & set(phi.clean), f"{phi.name}: a PHI sentence is among the clean ones"

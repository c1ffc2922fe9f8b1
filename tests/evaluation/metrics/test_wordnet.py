"""The lazy WordNet lookup gives NLTK's synset lemma names word for word."""

from __future__ import annotations

import random
import re

import pytest

from slava_lightning.evaluation.metrics.wordnet import PACKAGED_WORDNET, WordNetLemmas


def _nltk_names(reader, word: str) -> list[str]:
    return [lemma.name() for s in reader.synsets(word) for lemma in s.lemmas()]


def _vocabulary(reports: list[str]) -> list[str]:
    words = set()
    for report in reports:
        words.update(re.findall(r"[a-z0-9'-]+", report.lower()))
    index_words = []
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (PACKAGED_WORDNET / f"index.{pos}").read_text().splitlines():
            if not line.startswith(" "):
                index_words.append(line.split(" ", 1)[0])
    rng = random.Random(0)
    sample = rng.sample(index_words, 2000) + index_words[:50] + index_words[-50:]
    inflected = [w + suffix for w in sample[:600] for suffix in ("s", "es", "ed", "ing", "er")]
    exceptions = []
    for pos in ("noun", "verb", "adj", "adv"):
        lines = (PACKAGED_WORDNET / f"{pos}.exc").read_text().splitlines()
        exceptions += [line.split()[0] for line in lines[::20]]
    odd = ["", "a", "zzzz", "Effusion", "UPPER", "aaa", "zyzzyva", "zyzzyvas", "~"]
    return sorted(words) + sample + inflected + exceptions + odd


def test_lemma_names_equal_nltk(wordnet, iu_reports):
    ours = WordNetLemmas()
    words = _vocabulary(iu_reports)
    assert len(words) > 6000
    mismatches = [w for w in words if ours.lemma_names(w) != _nltk_names(wordnet, w)]
    assert mismatches == []


def test_bad_folders(tmp_path):
    with pytest.raises(ValueError, match="not a WordNet dict folder"):
        WordNetLemmas(tmp_path)
    for name in PACKAGED_WORDNET.iterdir():
        (tmp_path / name.name).write_bytes(name.read_bytes().replace(b"\n", b"\r\n"))
    with pytest.raises(ValueError, match="CRLF"):
        WordNetLemmas(tmp_path).lemma_names("dog")

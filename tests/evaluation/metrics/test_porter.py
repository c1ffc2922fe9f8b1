"""The Porter stemmer equals NLTK's ``PorterStemmer()`` (NLTK_EXTENSIONS mode) word for word."""

from __future__ import annotations

import random
import re

from slava_lightning.evaluation.metrics.porter import porter_stem
from slava_lightning.evaluation.metrics.wordnet import PACKAGED_WORDNET

# words that reach NLTK's special cases: irregular forms, four-letter ies/ied, y after vowels,
# alli / fulli / logi, double consonants, two-letter words, upper case and non-ASCII letters
SPECIAL = [
    "sky",
    "skies",
    "dying",
    "lying",
    "tying",
    "news",
    "innings",
    "inning",
    "outings",
    "outing",
    "cannings",
    "canning",
    "howe",
    "proceed",
    "exceed",
    "succeed",
    "ties",
    "tied",
    "cries",
    "cried",
    "spies",
    "spied",
    "toy",
    "toys",
    "enjoy",
    "enjoyed",
    "say",
    "says",
    "yy",
    "ayy",
    "by",
    "y",
    "syzygy",
    "radically",
    "practically",
    "beautifully",
    "hopefully",
    "analogi",
    "ecologi",
    "cardiologi",
    "hopping",
    "hissing",
    "fizzed",
    "falling",
    "filing",
    "controlled",
    "conflated",
    "troubled",
    "sized",
    "generalization",
    "oscillators",
    "relational",
    "conditional",
    "valenci",
    "hesitanci",
    "digitizer",
    "conformabli",
    "callousness",
    "formaliti",
    "sensitiviti",
    "sensibiliti",
    "triplicate",
    "formative",
    "formalize",
    "electriciti",
    "electrical",
    "hopeful",
    "goodness",
    "revival",
    "allowance",
    "inference",
    "airliner",
    "gyroscopic",
    "adjustable",
    "defensible",
    "irritant",
    "replacement",
    "adjustment",
    "dependent",
    "adoption",
    "homologou",
    "communism",
    "activate",
    "angulariti",
    "homologous",
    "effective",
    "bowdlerize",
    "probate",
    "rate",
    "cease",
    "controll",
    "roll",
    "is",
    "as",
    "at",
    "ox",
    "LYING",
    "Skies",
    "EFFUSIONS",
    "Opacities",
    "İstanbul",
    "Æther",
    "ÉCOLE",
    "naïve",
    "café",
    "1990s",
    "x-ray",
    "t-spine",
]


def _words(reports: list[str]) -> list[str]:
    words = set(SPECIAL)
    for report in reports:
        words.update(re.findall(r"\S+", report.lower()))
    index = []
    for pos in ("noun", "verb", "adj", "adv"):
        lines = (PACKAGED_WORDNET / f"index.{pos}").read_text().splitlines()
        index += [line.split(" ", 1)[0] for line in lines if not line.startswith(" ")]
    sample = random.Random(0).sample(index, 20000)
    suffixes = ("s", "es", "ed", "ing", "ly", "ies", "ied", "ness", "alli", "ization", "ful")
    return sorted(words) + sample + [w + s for w in sample[:1500] for s in suffixes]


def test_equals_nltk(iu_reports):
    from nltk.stem.porter import PorterStemmer

    nltk_stem = PorterStemmer().stem
    words = _words(iu_reports)
    assert len(words) > 30000
    assert [(w, porter_stem(w)) for w in words] == [(w, nltk_stem(w)) for w in words]

"""The Porter stemmer in NLTK's default mode (``PorterStemmer()``, ``NLTK_EXTENSIONS``).

METEOR's stem stage needs NLTK's stems exactly, but importing NLTK imports scikit-learn, SciPy
and pandas (1.3-1.8 s and ~150 MB here), more than the whole lexical suite takes to compute, for
one function of ~100 lines. So the algorithm (Porter 1980, with NLTK's documented departures:
its irregular-form table, ``ies``/``ied`` on four-letter words, the two-letter ``cvc`` case,
``y -> i`` only after a consonant, the ``alli``, ``fulli`` and ``logi`` rules) is written out
here; ``tests/evaluation/metrics/test_porter.py`` checks it against NLTK's stemmer word for word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["porter_stem"]

_VOWELS = frozenset("aeiou")
# NLTK's table of irregular forms: form -> stem
_IRREGULAR = {
    "sky": "sky",
    "skies": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "news": "news",
    "innings": "inning",
    "inning": "inning",
    "outings": "outing",
    "outing": "outing",
    "cannings": "canning",
    "canning": "canning",
    "howe": "howe",
    "proceed": "proceed",
    "exceed": "exceed",
    "succeed": "succeed",
}

_Rule = tuple[str, str, Callable[[str], bool] | None]


def _consonants(word: str) -> list[bool]:
    """Per letter: is it a consonant? ``y`` is one at the start or after a vowel."""
    flags: list[bool] = []
    for i, ch in enumerate(word):
        if ch in _VOWELS:
            flags.append(False)
        elif ch == "y":
            flags.append(i == 0 or not flags[i - 1])
        else:
            flags.append(True)
    return flags


def _measure(stem: str) -> int:
    """Porter's m: the number of vowel-consonant transitions."""
    flags = _consonants(stem)
    return sum(1 for i in range(1, len(flags)) if flags[i] and not flags[i - 1])


def _m_above_0(stem: str) -> bool:
    return _measure(stem) > 0


def _m_above_1(stem: str) -> bool:
    return _measure(stem) > 1


def _has_vowel(stem: str) -> bool:
    return not all(_consonants(stem))


def _ends_double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _consonants(word)[-1]


def _ends_cvc(word: str) -> bool:
    flags = _consonants(word)
    if len(word) == 2:  # NLTK's extension: a two-letter vowel-consonant word counts
        return not flags[0] and flags[1]
    return len(word) >= 3 and flags[-3] and not flags[-2] and flags[-1] and word[-1] not in "wxy"


def _apply(word: str, rules: Sequence[_Rule]) -> str:
    """The first rule whose suffix ends ``word`` decides: replace if its condition holds on the
    stem, else leave the word as it is. The suffix ``*d`` stands for a double consonant."""
    for suffix, replacement, condition in rules:
        if suffix == "*d":
            if not _ends_double_consonant(word):
                continue
            stem = word[:-2]
        elif word.endswith(suffix):
            stem = word[: len(word) - len(suffix)]
        else:
            continue
        return stem + replacement if condition is None or condition(stem) else word
    return word


def _step1a(word: str) -> str:
    if word.endswith("ies") and len(word) == 4:
        return word[:-3] + "ie"
    return _apply(
        word, (("sses", "ss", None), ("ies", "i", None), ("ss", "ss", None), ("s", "", None))
    )


def _step1b(word: str) -> str:
    if word.endswith("ied"):
        return word[:-3] + ("ie" if len(word) == 4 else "i")
    if word.endswith("eed"):
        stem = word[:-3]
        return stem + "ee" if _measure(stem) > 0 else word
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
            stem = word[: -len(suffix)]
            break
    else:
        return word
    last = stem[-1]
    return _apply(
        stem,
        (
            ("at", "ate", None),
            ("bl", "ble", None),
            ("iz", "ize", None),
            ("*d", last, lambda _: last not in "lsz"),
            ("", "e", lambda s: _measure(s) == 1 and _ends_cvc(s)),
        ),
    )


def _step1c(word: str) -> str:
    return _apply(word, (("y", "i", lambda s: len(s) > 1 and _consonants(s)[-1]),))


_STEP2 = tuple(
    (suffix, replacement, _m_above_0)
    for suffix, replacement in (
        ("ational", "ate"),
        ("tional", "tion"),
        ("enci", "ence"),
        ("anci", "ance"),
        ("izer", "ize"),
        ("bli", "ble"),
        ("alli", "al"),
        ("entli", "ent"),
        ("eli", "e"),
        ("ousli", "ous"),
        ("ization", "ize"),
        ("ation", "ate"),
        ("ator", "ate"),
        ("alism", "al"),
        ("iveness", "ive"),
        ("fulness", "ful"),
        ("ousness", "ous"),
        ("aliti", "al"),
        ("iviti", "ive"),
        ("biliti", "ble"),
        ("fulli", "ful"),
    )
)


def _step2(word: str) -> str:
    if word.endswith("alli") and _measure(word[:-4]) > 0:
        return _step2(word[:-4] + "al")
    # NLTK's "logi" rule measures the stem with its "l" kept
    return _apply(word, (*_STEP2, ("logi", "log", lambda s: _measure(s + "l") > 0)))


_STEP3 = tuple(
    (suffix, replacement, _m_above_0)
    for suffix, replacement in (
        ("icate", "ic"),
        ("ative", ""),
        ("alize", "al"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
    )
)

_STEP4 = tuple(
    (suffix, "", _m_above_1 if suffix != "ion" else (lambda s: _measure(s) > 1 and s[-1] in "st"))
    for suffix in (
        "al",
        "ance",
        "ence",
        "er",
        "ic",
        "able",
        "ible",
        "ant",
        "ement",
        "ment",
        "ent",
        "ion",
        "ou",
        "ism",
        "ate",
        "iti",
        "ous",
        "ive",
        "ize",
    )
)


def _step5(word: str) -> str:
    if word.endswith("e"):
        stem = word[:-1]
        m = _measure(stem)
        if m > 1 or (m == 1 and not _ends_cvc(stem)):
            word = stem
    if word.endswith("ll") and _measure(word[:-1]) > 1:
        word = word[:-1]
    return word


def porter_stem(word: str) -> str:
    """NLTK's ``PorterStemmer().stem(word)``: lower-cased Porter stem with NLTK's extensions.

    Examples:
        >>> [porter_stem(w) for w in ("effusions", "opacities", "enlarged", "Lying", "is")]
        ['effus', 'opac', 'enlarg', 'lie', 'is']
    """
    stem = word.lower()
    if stem in _IRREGULAR:
        return _IRREGULAR[stem]
    if len(word) <= 2:
        return stem
    for step in (_step1a, _step1b, _step1c, _step2):
        stem = step(stem)
    stem = _apply(stem, _STEP3)
    stem = _apply(stem, _STEP4)
    return _step5(stem)

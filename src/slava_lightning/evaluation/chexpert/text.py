"""Report cleaning and sentence splitting, as the CheXpert labeler prepares text.

Cleaning follows the original loader step by step: lower-case; ``and/or`` -> ``or``; a slash between
letters -> `` or ``; ``..`` -> ``.``; a space after every period and comma; runs of white space
collapsed; then, as NegBio's ``text2document`` does, characters outside ``string.printable`` dropped.

Sentences: the original splits with NLTK's English Punkt model. On cleaned (lower-case) text Punkt
breaks after ``.``, ``?`` or ``!`` followed by white space, except after a number or a single letter
that is followed by a lower-case word (list markers such as ``1. left effusion`` stay with their
sentence) and after common abbreviations. That behaviour is reproduced here without the model data.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

_AND_OR = re.compile("and/or")
_LETTER_SLASH_LETTER = re.compile(r"(?<=[a-zA-Z])/(?=[a-zA-Z])")
_SPACER = str.maketrans({".": ". ", ",": ", "})
_PRINTABLE = frozenset(string.printable)

# A candidate break: sentence-final punctuation, then white space, then the next token.
_BREAK = re.compile(r"[.?!]+(?=\s+(\S))")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_NUMBER = re.compile(r"^-?[.,]?\d[\d,.\-]*\.?$")
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "etc", "approx", "fig", "cf", "al"}
)


def clean_report(report: str) -> str:
    """Clean one report exactly as the CheXpert labeler's loader (and NegBio's text2document) do."""
    text = report.lower()
    text = _AND_OR.sub("or", text)
    text = _LETTER_SLASH_LETTER.sub(" or ", text)
    text = text.replace("..", ".")
    text = text.translate(_SPACER)
    text = " ".join(text.split())
    return "".join(ch for ch in text if ch in _PRINTABLE)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a cleaned report: its text and its character offset in the report."""

    text: str
    offset: int


def _is_break(text: str, punct_start: int, next_char: str) -> bool:
    """Whether the punctuation at ``punct_start`` ends a sentence (Punkt's decision, re-expressed)."""
    if text[punct_start] != ".":
        return True
    match = _TOKEN_BEFORE.search(text, 0, punct_start)
    word = match.group(1) if match else ""
    next_is_lower = next_char.isalpha() and next_char.islower()
    if word in _ABBREVIATIONS and next_is_lower:
        return False
    is_initial = len(word) == 1 and word.isalpha()
    is_number = bool(_NUMBER.match(word + "."))
    # Punkt's orthographic heuristic: an ordinal or initial followed by a lower-case word does not
    # end a sentence; followed by a digit or anything else, it does.
    return not ((is_initial or is_number) and next_is_lower)


def split_sentences(text: str) -> list[Sentence]:
    """Split a cleaned report into sentences with their offsets (no empty sentences)."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BREAK.finditer(text):
        if not _is_break(text, match.start(), match.group(1)):
            continue
        _append(sentences, text, start, match.end())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Append ``text[start:end]`` stripped of surrounding white space, if not empty."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        sentences.append(Sentence(stripped, start + piece.index(stripped)))

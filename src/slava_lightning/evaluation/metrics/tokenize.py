"""Tokenizers and text cleaning of the metric conventions we reproduce.

Each metric family tokenizes the way its reference implementation does; the functions here are
named after that reference so that a score can always be traced to its convention.
"""

from __future__ import annotations

import re

__all__ = [
    "coco_bleu_tokens",
    "coco_rouge_tokens",
    "cxr_metric_tokens",
    "r2gen_clean",
    "rouge_score_tokens",
    "whitespace_tokens",
]

_NON_ALPHANUM = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_VALID_TOKEN = re.compile(r"^[a-z0-9]+$")
# R2Gen's sentence cleaner; note that ":-\[" is a character *range* (":" to "["), kept as is.
_R2GEN_PUNCT = re.compile(r"[.,?;*!%^&_+():-\[\]{}]")
_R2GEN_REPLACEMENTS = (
    ("..", "."),
    ("..", "."),
    ("..", "."),
    ("1. ", ""),
    (". 2. ", ". "),
    (". 3. ", ". "),
    (". 4. ", ". "),
    (". 5. ", ". "),
    (" 2. ", ". "),
    (" 3. ", ". "),
    (" 4. ", ". "),
    (" 5. ", ". "),
)


def whitespace_tokens(text: str) -> list[str]:
    """Split on runs of whitespace (``str.split()``), as pycocoevalcap's BLEU does."""
    return text.split()


coco_bleu_tokens = whitespace_tokens


def coco_rouge_tokens(text: str) -> list[str]:
    """Split on single spaces (``str.split(" ")``), as pycocoevalcap's ROUGE-L does.

    Double spaces therefore yield empty tokens, and an empty text is one empty token.
    """
    return text.split(" ")


def cxr_metric_tokens(text: str) -> list[str]:
    """CXR-Report-Metric's BLEU tokenizer: lower-case, ``"." -> " ."``, split on spaces, drop empties."""
    return [t for t in str(text).lower().replace(".", " .").split(" ") if t]


def rouge_score_tokens(text: str) -> list[str]:
    """rouge-score's default tokenizer (no stemming): lower-case, non-alphanumerics to spaces."""
    text = _NON_ALPHANUM.sub(" ", text.lower())
    return [t for t in _SPACES.split(text) if _VALID_TOKEN.match(t)]


def r2gen_clean(report: str) -> str:
    """Clean an IU-Xray report the way R2Gen does before scoring.

    Sentences are lower-cased, stripped of punctuation and quotes, and joined with ``" . "``, ending
    with ``" ."``.
    """
    text = report
    for old, new in _R2GEN_REPLACEMENTS:
        text = text.replace(old, new)
    sentences = text.strip().lower().split(". ")
    cleaned = []
    for sentence in sentences:
        s = sentence.replace('"', "").replace("/", "").replace("\\", "").replace("'", "")
        cleaned.append(_R2GEN_PUNCT.sub("", s.strip().lower()))
    return " . ".join(cleaned) + " ."

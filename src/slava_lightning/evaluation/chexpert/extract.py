"""Mention extraction: every match of every mention phrase, minus those overlapping an unmention."""

from __future__ import annotations

from dataclasses import dataclass

from slava_lightning.evaluation.chexpert.phrases import PhraseSet
from slava_lightning.evaluation.chexpert.text import Sentence


@dataclass(frozen=True)
class Mention:
    """One phrase match in a sentence.

    Attributes:
        observation: the observation the phrase belongs to (``"Pleural Effusion"``).
        phrase: the phrase (regex) that matched.
        text: the matched text.
        start: start offset in the sentence.
        end: end offset in the sentence (exclusive).
    """

    observation: str
    phrase: str
    text: str
    start: int
    end: int


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps any of ``spans`` (the original's strict test)."""
    return any(start < s_end and end > s_start for s_start, s_end in spans)


def extract_mentions(sentence: Sentence, phrases: PhraseSet) -> list[Mention]:
    """All mentions in ``sentence``, in observation, phrase and position order.

    A match is kept unless it overlaps a match of one of its observation's unmention phrases
    (``pleural scar`` is not a Lung Opacity ``scar``). Matches of one phrase do not overlap each
    other (``re.finditer``); matches of different phrases may.
    """
    text = sentence.text
    mentions: list[Mention] = []
    for observation, compiled in phrases.compiled_mentions.items():
        unmention_spans: list[tuple[int, int]] | None = None
        for phrase, pattern, literal in compiled:
            if literal and phrase not in text:
                continue
            for match in pattern.finditer(text):
                start, end = match.span()
                if unmention_spans is None:
                    unmention_spans = [
                        m.span()
                        for unmention in phrases.compiled_unmentions.get(observation, [])
                        for m in unmention.finditer(text)
                    ]
                if _overlaps(unmention_spans, start, end):
                    continue
                mentions.append(Mention(observation, phrase, match.group(0), start, end))
    return mentions

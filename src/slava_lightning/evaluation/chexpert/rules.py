"""Negation and uncertainty of mentions by ConText-style trigger rules.

An approximation of the labeler's NegBio step (dependency-parse rules, see ``lexicon.py``). For
each mention, in the original's order of precedence:

1. pre-negation uncertainty ("cannot exclude", "no new") -> uncertain;
2. negation ("no", "without", "is normal", ...) -> negative;
3. post-negation uncertainty ("possible", "may", "XXX or YYY", stable heart size, ...) -> uncertain.

A trigger reaches a mention when the mention lies in the trigger's direction within its window of
words and no terminator ("but", "which", ";" ...; backward scopes also stop at a comma) stands
between them. Triggers are matched longest first, so "not well visualized" (uncertain) is not also
read as "not" (negation), and pseudo triggers ("no change") block the words they cover.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from slava_lightning.evaluation.chexpert.extract import Mention
from slava_lightning.evaluation.chexpert.lexicon import (
    BACKWARD_TERMINATORS,
    CARDIAC_HEAD_WORDS,
    CARDIAC_STABILITY,
    TERMINATORS,
    TRIGGERS,
    UNCERTAIN_MENTIONS,
    Direction,
    Kind,
)

Status = Literal["negation", "uncertain"]

_TOKEN = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*|\S")
_NEG_SENTENCE = re.compile(r"^(findings|impression): no ", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class _Trigger:
    kind: Kind
    direction: Direction
    window: int
    first: int  # first token index
    last: int  # last token index
    through_commas: bool = False


class _Tokens:
    """The tokens of one sentence, their character spans and a space-joined form for matching."""

    def __init__(self, text: str) -> None:
        matches = list(_TOKEN.finditer(text))
        self.words = [m.group(0) for m in matches]
        self.spans = [m.span() for m in matches]
        self.joined = " ".join(self.words)
        # Position of each token's first character in ``joined``.
        self.starts: dict[int, int] = {}
        position = 0
        for index, word in enumerate(self.words):
            self.starts[position] = index
            position += len(word) + 1

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """First and last token overlapping the character span ``[start, end)`` of the sentence."""
        covered = [i for i, (s, e) in enumerate(self.spans) if s < end and e > start]
        if not covered:  # a zero-width span: the token that starts after it
            after = [i for i, (s, _) in enumerate(self.spans) if s >= start] or [
                len(self.spans) - 1
            ]
            return after[0], after[0]
        return covered[0], covered[-1]

    def find(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Token ranges of whole-token matches of ``pattern`` in the joined tokens."""
        ranges = []
        for match in pattern.finditer(self.joined):
            first = self.starts.get(match.start())
            end = match.end()
            if first is None or (end < len(self.joined) and self.joined[end] != " "):
                continue
            last = first + self.joined.count(" ", match.start(), end)
            ranges.append((first, last))
        return ranges


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^ ])(?:{pattern})(?![^ ])")


_COMPILED = tuple((spec, _compile(spec.pattern)) for spec in TRIGGERS)
_CARDIAC = _compile(CARDIAC_STABILITY)
_OR = _compile(r"or")


def _triggers(tokens: _Tokens) -> list[_Trigger]:
    """Non-overlapping triggers of the sentence, longest match first at each position."""
    found = [
        _Trigger(spec.kind, spec.direction, spec.window, first, last, spec.through_commas)
        for spec, pattern in _COMPILED
        for first, last in tokens.find(pattern)
    ]
    found.sort(key=lambda t: (t.first, -(t.last - t.first)))
    kept: list[_Trigger] = []
    kept_spans: set[tuple[int, int]] = set()
    taken: set[int] = set()
    for trigger in found:
        span = (trigger.first, trigger.last)
        tokens_of = set(range(trigger.first, trigger.last + 1))
        # Several families may share one phrase ("normal" reaches both ways): keep them all.
        if span not in kept_spans and tokens_of & taken:
            continue
        taken |= tokens_of
        kept_spans.add(span)
        kept.append(trigger)
    return kept


def _in_scope(
    tokens: _Tokens, trigger: _Trigger, first: int, last: int, direction: Direction
) -> bool:
    """Whether the mention tokens ``[first, last]`` lie in the trigger's scope in ``direction``."""
    words = tokens.words
    if direction in ("fwd", "both") and first > trigger.last:
        between = range(trigger.last + 1, first)
        if _open(words, between, TERMINATORS, trigger.window, forward=True):
            return True
    if direction in ("back", "both") and last < trigger.first:
        between = range(last + 1, trigger.first)
        terminators = TERMINATORS if trigger.through_commas else BACKWARD_TERMINATORS
        if _open(words, between, terminators, trigger.window, forward=False):
            return True
    return False


def _open(
    words: list[str], between: range, terminators: frozenset[str], window: int, forward: bool
) -> bool:
    """No terminator among ``between`` tokens and at most ``window`` words among them."""
    count = 0
    for index in between:
        word = words[index]
        if word in terminators:
            return False
        if forward and word == "and" and index + 1 < len(words) and words[index + 1] in _ARTICLES:
            return False
        if word[0].isalnum():
            count += 1
    return count <= window


def _reached(tokens: _Tokens, triggers: list[_Trigger], kind: Kind, first: int, last: int) -> bool:
    return any(t.kind == kind and _in_scope(tokens, t, first, last, t.direction) for t in triggers)


def _cardiac_stability(tokens: _Tokens, mention: Mention, first: int, last: int) -> bool:
    """Stable / unchanged / borderline heart or mediastinum phrases are uncertain."""
    if not CARDIAC_HEAD_WORDS.intersection(mention.text.split()):
        return False
    for t_first, t_last in tokens.find(_CARDIAC):
        trigger = _Trigger("uncertain", "both", 4, t_first, t_last)
        if _in_scope(tokens, trigger, first, last, "both"):
            return True
    return False


def _disjunct(tokens: _Tokens, first: int, last: int) -> bool:
    """ "XXX or YYY": both sides of a disjunction are uncertain."""
    for t_first, t_last in tokens.find(_OR):
        trigger = _Trigger("uncertain", "both", 3, t_first, t_last)
        if _in_scope(tokens, trigger, first, last, "both"):
            return True
    return False


def classify_mentions(sentence: str, mentions: list[Mention]) -> list[set[Status]]:
    """Negation / uncertainty flags of each mention of one cleaned sentence.

    Flags spread as in NegBio: a flagged mention also flags every mention lying inside its span
    (``cardiac contour`` negated also negates the ``contour`` inside it). A mention with both flags
    counts as negative when labels are aggregated.
    """
    flags: list[set[Status]] = [set() for _ in mentions]
    if not mentions:
        return flags
    if _NEG_SENTENCE.search(sentence):
        return [{"negation"} for _ in mentions]
    tokens = _Tokens(sentence)
    triggers = _triggers(tokens)
    for mention in mentions:
        first, last = tokens.token_range(mention.start, mention.end)
        # Triggers that overlap the mention itself do not count.
        outside = [t for t in triggers if t.last < first or t.first > last]
        status: Status | None = None
        if _reached(tokens, outside, "pre_uncertain", first, last):
            status = "uncertain"
        elif _reached(tokens, outside, "negation", first, last):
            status = "negation"
        elif (
            _reached(tokens, outside, "uncertain", first, last)
            or mention.text in UNCERTAIN_MENTIONS
            or _cardiac_stability(tokens, mention, first, last)
            or _disjunct(tokens, first, last)
        ):
            status = "uncertain"
        if status is None:
            continue
        for other, candidate in enumerate(mentions):
            if mention.start <= candidate.start and candidate.end <= mention.end:
                flags[other].add(status)
    return flags

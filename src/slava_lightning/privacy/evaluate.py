"""Scoring a de-identifier on labelled sentences: strict recall per kind, precision, touched rate.

Labelled sentences mark gold spans inline as ``{{kind:text}}``. A gold span is *found* (strict
recall) only when every one of its characters lies inside a predicted span, whatever the predicted
kind. Precision counts predicted spans that overlap some gold span. On clean sentences (no PHI),
a sentence is *touched* when scrubbing changes it at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from slava_lightning.privacy.spans import Span

_MARK = re.compile(r"\{\{(\w+):(.*?)\}\}")


def parse_marked(marked: str) -> tuple[str, list[Span]]:
    """Plain text and gold spans of one marked sentence."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        spans.append(Span(m.group(1), length, length + len(m.group(2))))
        parts.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), spans


@dataclass
class Scores:
    """What :func:`score` measured."""

    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    predicted: int = 0
    correct: int = 0
    clean: int = 0
    touched: int = 0
    misses: list[str] = field(default_factory=list)
    touched_examples: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Strict span recall over all kinds."""
        return sum(self.found.values()) / max(sum(self.gold.values()), 1)

    def recall_of(self, kind: str) -> float:
        """Strict span recall of one kind."""
        return self.found[kind] / max(self.gold[kind], 1)

    @property
    def precision(self) -> float:
        """Predicted spans (on labelled sentences) that overlap a gold span."""
        return self.correct / max(self.predicted, 1)

    @property
    def touched_rate(self) -> float:
        """Fraction of clean sentences that scrubbing changed."""
        return self.touched / max(self.clean, 1)

    def table(self) -> str:
        """A Markdown table of recall per kind, then the totals."""
        rows = ["| kind | spans | strict recall |", "|---|---:|---:|"]
        rows += [f"| {k} | {self.gold[k]} | {self.recall_of(k):.3f} |" for k in sorted(self.gold)]
        rows.append(f"| **all** | {sum(self.gold.values())} | {self.recall:.3f} |")
        return "\n".join(rows)


def score(
    find: Callable[[str], Sequence[Span]],
    marked: Iterable[str],
    clean: Iterable[str] = (),
    scrub: Callable[[str], str] | None = None,
) -> Scores:
    """Score ``find`` on ``marked`` sentences and ``scrub`` (default: any span found) on ``clean``."""
    out = Scores()
    for sentence in marked:
        text, gold = parse_marked(sentence)
        pred = list(find(text))
        masked = [False] * len(text)
        for p in pred:
            masked[p.start : p.end] = [True] * (p.end - p.start)
        for g in gold:
            out.gold[g.kind] += 1
            if all(masked[g.start : g.end]):
                out.found[g.kind] += 1
            else:
                out.misses.append(f"{g.kind}: {text[g.start : g.end]!r} in {text!r}")
        out.predicted += len(pred)
        out.correct += sum(any(p.start < g.end and g.start < p.end for g in gold) for p in pred)
    for text in clean:
        out.clean += 1
        changed = scrub(text) != text if scrub is not None else bool(find(text))
        if changed:
            out.touched += 1
            out.touched_examples.append(text)
    return out

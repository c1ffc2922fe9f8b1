"""Allow and deny lists a hospital extends: its staff and site names, and terms never masked.

A YAML file (``.yaml``/``.yml``)::

    deny:
      name: [Adaeze Okonkwo, "Smith-Jones"]
      facility: [Northgate Imaging, Ward 7B]
    allow: [Fleischner, Kerley]

or a text file, one term a line: ``kind: term`` denies a term of that kind (``term`` alone is a
name), ``!term`` allows one, ``#`` starts a comment. Matching ignores case and runs of spaces.
A denied person name also denies each of its words of three letters or more that is not an
English word, so "Okonkwo" alone is masked too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slava_lightning.privacy.gazetteer import common_words
from slava_lightning.privacy.spans import KINDS, Span


def _phrase(term: str) -> str:
    words = term.split()
    return r"(?<![\w])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w])"


@dataclass
class TermLists:
    """Terms always masked (``deny``, by kind) and terms never masked (``allow``).

    Args:
        deny: kind -> terms; kinds are those of :data:`~slava_lightning.privacy.spans.KINDS`.
        allow: terms whose occurrences are never masked.
    """

    deny: dict[str, list[str]] = field(default_factory=dict)
    allow: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for kind, terms in self.deny.items():
            if kind not in KINDS:
                raise ValueError(f"deny list: unknown kind {kind!r}; expected one of {KINDS}")
            if not all(isinstance(t, str) and t.strip() for t in terms):
                raise ValueError(f"deny list {kind!r}: terms must be non-empty strings")
        if not all(isinstance(t, str) and t.strip() for t in self.allow):
            raise ValueError("allow list: terms must be non-empty strings")
        self._deny = self._compile_deny()
        self._allow = self._compile(self.allow)

    def _compile(self, terms: Iterable[str]) -> re.Pattern[str] | None:
        terms = sorted({t.strip() for t in terms}, key=len, reverse=True)
        if not terms:
            return None
        return re.compile("|".join(_phrase(t) for t in terms), re.IGNORECASE)

    def _compile_deny(self) -> list[tuple[str, re.Pattern[str]]]:
        out = []
        for kind, terms in self.deny.items():
            expanded = list(terms)
            if kind == "name":
                common = common_words()
                expanded += [
                    w
                    for t in terms
                    for w in re.split(r"[\s,]+", t)
                    if len(w.strip(".")) >= 3 and w.lower() not in common
                ]
            pattern = self._compile(expanded)
            if pattern is not None:
                out.append((kind, pattern))
        return out

    @property
    def denied_words(self) -> set[str]:
        """Lower-cased words of every denied name (they extend the name gazetteer)."""
        return {w.lower() for t in self.deny.get("name", []) for w in t.split() if len(w) > 1}

    @property
    def allowed_words(self) -> set[str]:
        """Lower-cased one-word allow terms (the name detector never takes them for names)."""
        return {t.lower() for t in self.allow if len(t.split()) == 1}

    def find(self, text: str) -> list[Span]:
        """Occurrences of denied terms."""
        return [Span(kind, m.start(), m.end()) for kind, p in self._deny for m in p.finditer(text)]

    def allowed(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every allowed term in ``text``."""
        return [] if self._allow is None else [m.span() for m in self._allow.finditer(text)]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], where: str = "term lists") -> TermLists:
        """Build from ``{"deny": {kind: [terms]}, "allow": [terms]}``; ``where`` names errors."""
        if not isinstance(data, Mapping):
            raise ValueError(f"{where}: expected a mapping with 'deny' and/or 'allow'")
        unknown = set(data) - {"deny", "allow"}
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}; use 'deny' and 'allow'")
        deny = data.get("deny") or {}
        allow = data.get("allow") or []
        if not isinstance(deny, Mapping) or not all(isinstance(v, list) for v in deny.values()):
            raise ValueError(f"{where}: 'deny' must map a kind to a list of terms")
        if not isinstance(allow, list):
            raise ValueError(f"{where}: 'allow' must be a list of terms")
        try:
            return cls({str(k): list(v) for k, v in deny.items()}, list(allow))
        except ValueError as err:
            raise ValueError(f"{where}: {err}") from None

    @classmethod
    def load(cls, path: str | Path) -> TermLists:
        """Read a YAML or text list file (see the module docstring for both layouts)."""
        path = Path(path)
        if not path.is_file():
            raise ValueError(f"term list {path} does not exist")
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() in (".yaml", ".yml", ".json"):
            import yaml

            try:
                data = yaml.safe_load(text) or {}
            except yaml.YAMLError as err:
                raise ValueError(f"term list {path}: not valid YAML ({err})") from None
            return cls.from_mapping(data, str(path))
        deny: dict[str, list[str]] = {}
        allow: list[str] = []
        for i, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("!"):
                allow.append(line[1:].strip())
                continue
            kind, sep, term = line.partition(":")
            if sep and kind.strip() in KINDS:
                deny.setdefault(kind.strip(), []).append(term.strip())
            elif sep and " " not in kind.strip():
                raise ValueError(f"term list {path} line {i}: unknown kind {kind.strip()!r}")
            else:
                deny.setdefault("name", []).append(line)
        try:
            return cls(deny, allow)
        except ValueError as err:
            raise ValueError(f"term list {path}: {err}") from None

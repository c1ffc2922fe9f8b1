"""``slava-audit``: list residual PHI in a JSONL corpus, by line, field and kind.

Every string of every record is scanned, except the fields named by ``--skip`` (by default the
record ``id``, ``image``/``images`` paths and ``metadata``, which hold provenance such as the
source URL rather than training text; ``--skip ''`` scans everything). The exit status is 0 when
nothing is found, 1 when residual PHI is found, 2 when the input cannot be read.

Examples::

    slava-audit radex.jsonl
    slava-audit radex.jsonl --phi-lists site.yaml --json > findings.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slava_lightning.commandline import option, parse_settings, settings_parser
from slava_lightning.privacy.deidentifier import Deidentifier, default_deidentifier

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

DEFAULT_SKIP = ("id", "image", "images", "metadata")


@dataclass(frozen=True)
class Finding:
    """One residual identifier: ``line`` of the file, the field path, the kind and the text."""

    line: int
    field: str
    kind: str
    text: str


def audit_jsonl(
    path: str | Path, deidentifier: Deidentifier | None = None, skip: Sequence[str] = DEFAULT_SKIP
) -> Iterator[Finding]:
    """Residual PHI of the JSONL file at ``path`` (top-level keys in ``skip`` are not scanned)."""
    deid = deidentifier or default_deidentifier()
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path} does not exist")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record: Any = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path} line {number}: not valid JSON ({err.msg})") from None
            if isinstance(record, dict):
                record = {k: v for k, v in record.items() if k not in skip}
            for field, text, span in deid.find_json(record):
                yield Finding(number, field, span.kind, text[span.start : span.end])


@dataclass(kw_only=True)
class AuditSettings:
    """The settings of ``slava-audit``."""

    corpus: list[Path] = option(help="JSONL files to scan", positional=True, nargs="+")
    phi_lists: Path | None = option(None, "the site's allow/deny term list")
    skip: str = option(",".join(DEFAULT_SKIP), "comma-separated top-level fields not scanned")
    json: bool = option(False, "print findings as JSON lines")

    def skipped_fields(self) -> list[str]:
        """The top-level fields of ``skip`` (none for ``--skip ''``)."""
        return [s for s in self.skip.split(",") if s]


_DESCRIPTION = __doc__.split("\n")[0]


def build_parser() -> ArgumentParser:
    """The ``slava-audit`` argument parser (of :class:`AuditSettings`)."""
    return settings_parser(AuditSettings, "slava-audit", _DESCRIPTION)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-audit``; returns 0 (clean), 1 (residual PHI found) or 2 (bad input)."""
    return audit(parse_settings(AuditSettings, argv, "slava-audit", _DESCRIPTION))


def audit(settings: AuditSettings) -> int:
    """Scan every corpus of ``settings``, print the findings; returns the exit status of :func:`main`."""
    skip = settings.skipped_fields()
    try:
        deid = Deidentifier.default(settings.phi_lists) if settings.phi_lists else None
        total: Counter[str] = Counter()
        for corpus in settings.corpus:
            for f in audit_jsonl(corpus, deid, skip):
                total[f.kind] += 1
                if settings.json:
                    print(json.dumps({"file": str(corpus), **f.__dict__}, ensure_ascii=False))
                else:
                    print(f"{corpus}:{f.line}: {f.kind} in {f.field}: {f.text!r}")
    except ValueError as err:
        print(f"slava-audit: error: {err}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{k} {n}" for k, n in sorted(total.items())) or "none"
    print(f"slava-audit: residual PHI: {summary}", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())

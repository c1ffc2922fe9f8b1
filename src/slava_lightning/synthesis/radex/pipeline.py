"""The RADEX pipeline: cases -> scrubbed prompts -> backend -> validated reports -> samples.

Files, for an output path ``radex.jsonl``:

- ``radex.jsonl``: LLaVA-format samples, one per line, each case's records contiguous;
- ``radex.rejects.jsonl``: one line per rejected case with its reasons;
- ``radex.stats.json``: the stats report (rewritten at the end of every run).

A case is *done* once its records or its reject line are written. A restart skips done cases, so a
killed run resumed to the end yields exactly the lines of an uninterrupted run (with greedy or
per-request-seeded generation). A case whose request failed is not written and is retried next run.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tqdm.auto import tqdm

from slava_lightning.synthesis.radex.backends import Backend, Request
from slava_lightning.synthesis.radex.conversations import Phrasings, build_samples
from slava_lightning.synthesis.radex.parsing import Limits, parse_report, rejection_reasons
from slava_lightning.synthesis.radex.phi import scrub
from slava_lightning.synthesis.radex.prompt import build_messages
from slava_lightning.synthesis.radex.schema import CaseRecord, read_cases
from slava_lightning.synthesis.radex.stats import build_stats
from slava_lightning.synthesis.radex.store import Appender, recover_log, recover_output

log = logging.getLogger(__name__)


@dataclass
class RadexOptions:
    """How a run behaves.

    Args:
        seed: seeds phrasing choices and per-request sampling seeds.
        batch_size: cases sent to the backend at once (HTTP backends run them concurrently).
        limits: word-count bounds of the sections.
        phrasings: instruction phrasings for the conversations.
        with_example: include the paper's worked example in the prompt.
        max_cases: stop after this many pending cases (``None``: all).
        progress: show a tqdm progress bar.
    """

    seed: int = 0
    batch_size: int = 16
    limits: Limits = field(default_factory=Limits)
    phrasings: Phrasings = field(default_factory=Phrasings)
    with_example: bool = True
    max_cases: int | None = None
    progress: bool = True

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {self.batch_size}")


def side_paths(out: Path) -> tuple[Path, Path]:
    """The rejects and stats paths that go with output ``out``."""
    stem = out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name
    return out.with_name(stem + ".rejects.jsonl"), out.with_name(stem + ".stats.json")


def request_seed(seed: int, case_id: str) -> int:
    """A stable 31-bit seed for one case."""
    digest = hashlib.sha256(f"{seed}:{case_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") >> 1


def scrub_case(case: CaseRecord) -> CaseRecord:
    """``case`` with PHI masked in every text a backend could see."""
    return replace(
        case,
        description=scrub(case.description),
        presentation=scrub(case.presentation),
        discussion=scrub(case.discussion),
    )


def report_hash(findings: str, impression: str) -> str:
    """Content hash used to drop duplicate reports (case- and space-insensitive)."""
    norm = " ".join(f"{findings}\n{impression}".lower().split())
    return hashlib.sha1(norm.encode()).hexdigest()


class _Run:
    """State of one run: open files, seen hashes, counters."""

    def __init__(self, out: Path, options: RadexOptions) -> None:
        self.options = options
        self.rejects_path, self.stats_path = side_paths(out)
        records = recover_output(out)
        rejects = recover_log(self.rejects_path)
        self.done = {r["metadata"]["case_id"] for r in records} | {r["case_id"] for r in rejects}
        self.hashes = {r["metadata"]["report_hash"]: r["metadata"]["case_id"] for r in records}
        self.out = Appender(out)
        self.rej = Appender(self.rejects_path)
        self.failed = 0

    def handle(self, case: CaseRecord, reply: str | None) -> None:
        if reply is None:
            self.failed += 1
            return
        report = parse_report(reply)
        reasons = rejection_reasons(report, self.options.limits)
        digest = report_hash(report.findings, report.impression)
        duplicate_of = self.hashes.get(digest)
        if not reasons and duplicate_of is not None:
            reasons = ["duplicate"]
        if reasons:
            entry: dict[str, Any] = {"case_id": case.case_id, "reasons": reasons}
            if duplicate_of is not None:
                entry["duplicate_of"] = duplicate_of
            entry["reply"] = scrub(reply)
            self.rej.append([entry])
            return
        self.hashes[digest] = case.case_id
        samples = build_samples(case, report, self.options.phrasings, self.options.seed, digest)
        self.out.append([s.to_llava() for s in samples])

    def close(self) -> None:
        self.out.close()
        self.rej.close()


def run_radex(
    cases_path: str | Path, out: str | Path, backend: Backend, options: RadexOptions
) -> dict[str, Any]:
    """Process every not-yet-done case of ``cases_path`` into ``out``; returns the stats report."""
    cases = read_cases(cases_path)
    out = Path(out)
    state = _Run(out, options)
    pending = [c for c in cases if c.case_id not in state.done]
    if options.max_cases is not None:
        pending = pending[: options.max_cases]
    bar = tqdm(total=len(pending), desc="radex", unit="case", disable=not options.progress)
    try:
        for start in range(0, len(pending), options.batch_size):
            batch = pending[start : start + options.batch_size]
            requests = [
                Request(
                    c.case_id,
                    build_messages(scrub_case(c), options.with_example),
                    request_seed(options.seed, c.case_id),
                )
                for c in batch
            ]
            for case, reply in zip(batch, backend.generate(requests), strict=True):
                state.handle(case, reply)
                bar.update(1)
            state.out.sync()
    finally:
        bar.close()
        state.close()
    if state.failed:
        log.warning("%d case(s) failed in the backend; run again to retry them", state.failed)
    stats = build_stats(len(cases), recover_output(out), recover_log(state.rejects_path))
    state.stats_path.write_text(json.dumps(stats, indent=2, sort_keys=True) + "\n")
    return stats

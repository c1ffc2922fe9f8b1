"""The RADEX pipeline: cases -> scrubbed prompts -> backend -> validated reports -> samples.

Files, for an output path ``radex.jsonl``:

- ``radex.jsonl``: LLaVA-format samples, one per line, each case's records contiguous;
- ``radex.rejects.jsonl``: one line per rejected case with its reasons;
- ``radex.stats.json``: the stats report (rewritten at the end of every run);
- ``radex.lock``: held (``flock``) while a run writes; a second run on the same output refuses.

Nothing leaves or lands unscrubbed: every request's messages and every record and reject line
pass the de-identifier; a request or record that still holds a detected identifier after scrubbing
is not sent or written, and the case is rejected with reason ``residual_phi`` (counted in the
stats).

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

from slava_lightning.privacy import Deidentifier, default_deidentifier
from slava_lightning.synthesis.radex.backends import Backend, Request
from slava_lightning.synthesis.radex.conversations import Phrasings, build_samples
from slava_lightning.synthesis.radex.parsing import Limits, parse_report, rejection_reasons
from slava_lightning.synthesis.radex.prompt import build_messages
from slava_lightning.synthesis.radex.schema import CaseRecord, read_cases
from slava_lightning.synthesis.radex.stats import build_stats
from slava_lightning.synthesis.radex.store import Appender, CorpusLock, recover_log, recover_output

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
        deidentifier: masks PHI in what is sent and written (default: the shared default one;
            :meth:`Deidentifier.default` with a term-list file adds a hospital's own names).
    """

    seed: int = 0
    batch_size: int = 16
    limits: Limits = field(default_factory=Limits)
    phrasings: Phrasings = field(default_factory=Phrasings)
    with_example: bool = True
    max_cases: int | None = None
    progress: bool = True
    deidentifier: Deidentifier | None = None

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {self.batch_size}")


def _stem(out: Path) -> str:
    return out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name


def side_paths(out: Path) -> tuple[Path, Path]:
    """The rejects and stats paths that go with output ``out``."""
    stem = _stem(out)
    return out.with_name(stem + ".rejects.jsonl"), out.with_name(stem + ".stats.json")


def lock_path(out: Path) -> Path:
    """The lock file that keeps a second writer off output ``out``."""
    return out.with_name(_stem(out) + ".lock")


def request_seed(seed: int, case_id: str) -> int:
    """A stable 31-bit seed for one case."""
    digest = hashlib.sha256(f"{seed}:{case_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") >> 1


def scrub_case(case: CaseRecord, deidentifier: Deidentifier | None = None) -> CaseRecord:
    """``case`` with PHI masked in every text a backend could see."""
    deid = deidentifier or default_deidentifier(all_ages=True, years=True)
    return replace(
        case,
        description=deid.scrub(case.description),
        presentation=deid.scrub(case.presentation),
        discussion=deid.scrub(case.discussion),
    )


def report_hash(findings: str, impression: str) -> str:
    """Content hash used to drop duplicate reports (case- and space-insensitive)."""
    norm = " ".join(f"{findings}\n{impression}".lower().split())
    return hashlib.sha1(norm.encode()).hexdigest()


class _Run:
    """State of one run: open files, seen hashes, counters."""

    def __init__(self, out: Path, options: RadexOptions) -> None:
        self.options = options
        self.deid = options.deidentifier or default_deidentifier(all_ages=True, years=True)
        self.rejects_path, self.stats_path = side_paths(out)
        records = recover_output(out)
        rejects = recover_log(self.rejects_path)
        self.done = {r["metadata"]["case_id"] for r in records} | {r["case_id"] for r in rejects}
        self.hashes = {r["metadata"]["report_hash"]: r["metadata"]["case_id"] for r in records}
        self.out = Appender(out)
        self.rej = Appender(self.rejects_path)
        self.failed = 0

    def request(self, case: CaseRecord) -> Request | None:
        """The scrubbed request for ``case``; ``None`` (and a reject line) if PHI is left in it."""
        messages = build_messages(scrub_case(case, self.deid), self.options.with_example)
        messages = self.deid.scrub_json(messages)
        left = self.deid.find_json(messages)
        if left:
            self.reject_residual(case, [span.kind for _, _, span in left], "request")
            return None
        return Request(case.case_id, messages, request_seed(self.options.seed, case.case_id))

    def reject_residual(self, case: CaseRecord, kinds: list[str], where: str) -> None:
        entry = {
            "case_id": case.case_id,
            "reasons": ["residual_phi"],
            "residual_phi": {"in": where, "kinds": sorted(set(kinds))},
        }
        self.rej.append([entry])

    def handle(self, case: CaseRecord, reply: str | None) -> None:
        if reply is None:
            self.failed += 1
            return
        report = parse_report(reply)
        reasons = rejection_reasons(report, self.options.limits, self.deid)
        digest = report_hash(report.findings, report.impression)
        duplicate_of = self.hashes.get(digest)
        if not reasons and duplicate_of is not None:
            reasons = ["duplicate"]
        if reasons:
            entry: dict[str, Any] = {"case_id": case.case_id, "reasons": reasons}
            if duplicate_of is not None:
                entry["duplicate_of"] = duplicate_of
            entry["reply"] = self.deid.scrub(reply)
            if self.deid.find(entry["reply"]):
                entry["reply"] = None  # withheld: the de-identifier cannot clean it
                entry["reasons"] = sorted({*reasons, "residual_phi"})
            self.rej.append([entry])
            return
        samples = build_samples(
            case, report, self.options.phrasings, self.options.seed, digest, self.deid
        )
        records = [s.to_llava() for s in samples]
        for rec in records:
            rec["conversations"] = self.deid.scrub_json(rec["conversations"])
        left = [hit for rec in records for hit in self.deid.find_json(rec["conversations"])]
        if left:
            self.reject_residual(case, [span.kind for _, _, span in left], "record")
            return
        self.hashes[digest] = case.case_id
        self.out.append(records)

    def close(self) -> None:
        self.out.close()
        self.rej.close()


def run_radex(
    cases_path: str | Path, out: str | Path, backend: Backend, options: RadexOptions
) -> dict[str, Any]:
    """Process every not-yet-done case of ``cases_path`` into ``out``; returns the stats report."""
    cases = read_cases(cases_path)
    out = Path(out)
    with CorpusLock(lock_path(out)):
        return _run_locked(cases, out, backend, options)


def _run_locked(
    cases: list[CaseRecord], out: Path, backend: Backend, options: RadexOptions
) -> dict[str, Any]:
    state = _Run(out, options)
    pending = [c for c in cases if c.case_id not in state.done]
    if options.max_cases is not None:
        pending = pending[: options.max_cases]
    bar = tqdm(total=len(pending), desc="radex", unit="case", disable=not options.progress)
    try:
        for start in range(0, len(pending), options.batch_size):
            batch = pending[start : start + options.batch_size]
            prepared = [(c, state.request(c)) for c in batch]
            bar.update(sum(r is None for _, r in prepared))
            sendable = [(c, r) for c, r in prepared if r is not None]
            replies = backend.generate([r for _, r in sendable]) if sendable else []
            for (case, _), reply in zip(sendable, replies, strict=True):
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

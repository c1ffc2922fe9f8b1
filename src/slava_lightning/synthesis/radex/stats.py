"""The RADEX stats report, computed from the output and rejects files alone.

Because it reads only what is on disk, a resumed run reports exactly what an uninterrupted run does.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from typing import Any


def distribution(values: Sequence[int]) -> dict[str, float]:
    """``count``, ``min``, ``p10``, ``median``, ``mean``, ``p90``, ``max`` of ``values`` (words)."""
    if not values:
        return {"count": 0}
    ordered = sorted(values)
    deciles = statistics.quantiles(ordered, n=10, method="inclusive") if len(ordered) > 1 else []

    def pick(i: int) -> float:
        return float(deciles[i]) if deciles else float(ordered[0])

    return {
        "count": len(ordered),
        "min": float(ordered[0]),
        "p10": pick(0),
        "median": float(statistics.median(ordered)),
        "mean": round(statistics.fmean(ordered), 3),
        "p90": pick(8),
        "max": float(ordered[-1]),
    }


def _answer(record: dict[str, Any]) -> str:
    return str(record["conversations"][-1]["value"])


def build_stats(
    n_input: int, records: Sequence[dict[str, Any]], rejects: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """The stats report: counts, records by task, rejects by reason, length distributions."""
    accepted = {r["metadata"]["case_id"] for r in records}
    by_reason: Counter[str] = Counter()
    for rej in rejects:
        by_reason.update(rej["reasons"])
    findings = [len(_answer(r).split()) for r in records if r["task"] == "report"]
    impressions = [len(_answer(r).split()) for r in records if r["task"] == "summary"]
    discussions = [len(_answer(r).split()) for r in records if r["id"].endswith(":qa")]
    return {
        "cases_in_input": n_input,
        "cases_accepted": len(accepted),
        "cases_rejected": len(rejects),
        "cases_pending": n_input - len(accepted) - len(rejects),
        "records": len(records),
        "records_by_task": dict(sorted(Counter(r["task"] for r in records).items())),
        "rejects_by_reason": dict(sorted(by_reason.items())),
        "duplicates_removed": by_reason.get("duplicate", 0),
        "residual_phi_rejected": by_reason.get("residual_phi", 0),
        "length_words": {
            "findings": distribution(findings),
            "impression": distribution(impressions),
            "discussion": distribution(discussions),
        },
    }

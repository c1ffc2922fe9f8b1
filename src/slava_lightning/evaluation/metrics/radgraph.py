"""RadGraph-based scores from RadGraph annotations.

Annotations use the RadGraph JSON format: per report ``{"text": ..., "entities": {id: {"tokens",
"label", "start_ix", "end_ix", "relations": [[relation, target_id], ...]}}}``. They come from a
file of precomputed annotations or, when the ``radgraph`` package and local weights are given,
from the model.

Two conventions, never mixed:

* ``cxr_metric`` (CXR-Report-Metric, RadCliQ's RadGraph feature): exact set match of entities
  ``(tokens, label)`` and of relations ``((src tokens, src label), (tgt tokens, tgt label), rel)``;
  score = (entity F1 + relation F1) / 2, an F1 with no true positive being 0.
* ``simple`` / ``partial`` / ``complete`` (the ``radgraph`` package's F1RadGraph rewards):
  entities ``(tokens, label)``; entities with a "has relations" flag; and lower-cased
  ``(tokens, label, relation, target tokens)`` for entities with relations. A pair where either
  side has no entity scores 0.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "REWARD_LEVELS",
    "annotate",
    "cxr_metric_radgraph",
    "load_annotations",
    "radgraph_reward",
    "radgraph_scores",
]

REWARD_LEVELS = ("simple", "partial", "complete")
Annotation = Mapping[str, Any]


def _entities(ann: Annotation) -> Mapping[str, Mapping[str, Any]]:
    ents = ann.get("entities")
    if not isinstance(ents, Mapping):
        raise ValueError(f"RadGraph annotation has no 'entities' mapping: {str(ann)[:80]}")
    return ents


def _f1(hyp: set, ref: set) -> float:
    tp = len(hyp & ref)
    if tp == 0:
        return 0.0
    precision, recall = tp / len(hyp), tp / len(ref)
    return 2 * precision * recall / (precision + recall)


def _cxr_sets(ann: Annotation) -> tuple[set, set]:
    ents = _entities(ann)
    entities, relations = set(), set()
    for ent in ents.values():
        src = (ent["tokens"], ent["label"])
        entities.add(src)
        for rel, target in ent.get("relations", []):
            if str(target) not in ents:
                raise ValueError(f"relation {rel!r} points to missing entity {target!r}")
            tgt = ents[str(target)]
            relations.add((src, (tgt["tokens"], tgt["label"]), rel))
    return entities, relations


def cxr_metric_radgraph(hypothesis: Annotation, reference: Annotation) -> float:
    """CXR-Report-Metric's RadGraph score: (entity F1 + relation F1) / 2."""
    hyp_e, hyp_r = _cxr_sets(hypothesis)
    ref_e, ref_r = _cxr_sets(reference)
    return (_f1(hyp_e, ref_e) + _f1(hyp_r, ref_r)) / 2


def _reward_set(ann: Annotation, level: str) -> set:
    ents = _entities(ann)
    out: set = set()
    for ent in ents.values():
        rels = ent.get("relations", [])
        if level == "simple" or not rels:
            out.add((ent["tokens"], ent["label"]))
        elif level == "partial":
            out.add((ent["tokens"], ent["label"], True))
        else:
            for rel, target in rels:
                tgt = ents[str(target)]["tokens"].lower()
                out.add((ent["tokens"].lower(), ent["label"], rel, tgt))
    return out


def _reward_f1(hyp: set, ref: set) -> float:
    p = sum(1 for x in hyp if x in ref) / len(hyp) if hyp else 0.0
    r = sum(1 for x in ref if x in hyp) / len(ref) if ref else 0.0
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def radgraph_reward(hypothesis: Annotation, reference: Annotation, level: str = "partial") -> float:
    """The ``radgraph`` package's reward of one pair at ``level`` (simple / partial / complete)."""
    if level not in REWARD_LEVELS:
        raise ValueError(f"level must be one of {REWARD_LEVELS}, got {level!r}")
    if not _entities(hypothesis) or not _entities(reference):
        return 0.0
    return _reward_f1(_reward_set(hypothesis, level), _reward_set(reference, level))


def radgraph_scores(
    hypotheses: Sequence[Annotation], references: Sequence[Annotation]
) -> dict[str, list[float]]:
    """Per-report ``cxr_metric``, ``simple``, ``partial`` and ``complete`` scores."""
    if len(hypotheses) != len(references):
        raise ValueError(
            f"hypotheses ({len(hypotheses)}) and references ({len(references)}) differ in length"
        )
    out: dict[str, list[float]] = {"cxr_metric": []}
    out.update({level: [] for level in REWARD_LEVELS})
    for h, r in zip(hypotheses, references, strict=True):
        out["cxr_metric"].append(cxr_metric_radgraph(h, r))
        for level in REWARD_LEVELS:
            out[level].append(radgraph_reward(h, r, level))
    return out


def load_annotations(path: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """Read a RadGraph JSON file (``{report_id: annotation}``), checking every entry."""
    p = Path(path)
    if not p.is_file():
        raise ValueError(f"RadGraph annotation file {p} does not exist")
    data = json.loads(p.read_text())
    if not isinstance(data, dict):
        raise ValueError(f"{p}: expected a JSON object of report id -> annotation")
    for key, ann in data.items():
        if not isinstance(ann, dict) or not isinstance(ann.get("entities"), dict):
            raise ValueError(f"{p}: report {key!r} has no 'entities' object")
        for eid, ent in ann["entities"].items():
            missing = {"tokens", "label", "relations"} - set(ent)
            if missing:
                raise ValueError(f"{p}: report {key!r} entity {eid!r} lacks {sorted(missing)}")
    return data


def annotate(
    reports: Sequence[str], model_dir: str | os.PathLike[str], model_type: str = "radgraph"
) -> list[dict[str, Any]]:
    """Annotate reports with the ``radgraph`` package from a local weights folder.

    Raises:
        ValueError: when the ``radgraph`` package is missing or ``model_dir`` does not exist.
    """
    folder = Path(model_dir)
    if not folder.is_dir():
        raise ValueError(f"RadGraph model folder {folder} does not exist")
    try:
        from radgraph import RadGraph
    except ImportError as err:
        raise ValueError(
            "RadGraph annotation needs the 'radgraph' package (pip install radgraph)"
        ) from err
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    model = RadGraph(model_type=model_type, model_cache_dir=str(folder))
    out = model(list(reports))
    return [out[str(i)] for i in range(len(reports))]

"""RadGraph scores on hand-made annotations, values worked out by hand."""

from __future__ import annotations

import json

import pytest

from slava_lightning.evaluation.metrics.radgraph import (
    cxr_metric_radgraph,
    load_annotations,
    radgraph_reward,
    radgraph_scores,
)


def ent(tokens, label, relations=()):
    return {
        "tokens": tokens,
        "label": label,
        "start_ix": 0,
        "end_ix": 0,
        "relations": list(relations),
    }


# reference: "small left effusion"; effusion located_at left, small modify effusion
REF = {
    "text": "small left effusion",
    "entities": {
        "1": ent("small", "OBS-DP", [["modify", "3"]]),
        "2": ent("left", "ANAT-DP"),
        "3": ent("effusion", "OBS-DP", [["located_at", "2"]]),
    },
}
# hypothesis: "Left effusion, no pneumothorax"; effusion located_at left; extra pneumothorax
HYP = {
    "text": "left effusion no pneumothorax",
    "entities": {
        "1": ent("Left", "ANAT-DP"),
        "2": ent("effusion", "OBS-DP", [["located_at", "1"]]),
        "3": ent("pneumothorax", "OBS-DA"),
    },
}


def test_cxr_metric_combined_by_hand():
    # entities: hyp {Left/ANAT, effusion/OBS-DP, pneumothorax/OBS-DA}, ref {small, left, effusion}
    #   TP = 1 (effusion; "Left" != "left") -> P = R = 1/3, F1 = 1/3
    # relations: hyp {(effusion, Left, located_at)}, ref {(small, effusion, modify),
    #   (effusion, left, located_at)} -> TP = 0 -> F1 = 0
    assert cxr_metric_radgraph(HYP, REF) == pytest.approx((1 / 3 + 0) / 2)
    assert cxr_metric_radgraph(REF, REF) == 1.0


def test_rewards_by_hand():
    # simple: entity sets as above -> 1/3
    assert radgraph_reward(HYP, REF, "simple") == pytest.approx(1 / 3)
    # partial: hyp {(Left, ANAT), (effusion, OBS-DP, True), (pneumothorax, OBS-DA)}
    #          ref {(small, OBS-DP, True), (left, ANAT), (effusion, OBS-DP, True)} -> TP 1, F1 1/3
    assert radgraph_reward(HYP, REF, "partial") == pytest.approx(1 / 3)
    # complete (lower-cased relation tuples): hyp {(left, ANAT), (effusion, OBS-DP, located_at,
    #   left), (pneumothorax, OBS-DA)}; ref {(small, OBS-DP, modify, effusion), (left, ANAT) ...}
    #   entities without relations keep their case: "Left" != "left"; the relation tuple matches
    #   -> TP 1 of 3 and 3 -> F1 1/3
    assert radgraph_reward(HYP, REF, "complete") == pytest.approx(1 / 3)
    empty = {"text": "", "entities": {}}
    assert radgraph_reward(empty, REF, "simple") == 0.0
    assert radgraph_reward(REF, REF, "complete") == 1.0


def test_partial_differs_from_simple():
    # same entities, but the hypothesis loses the relation: simple = 1, partial = 2 of 3 match
    hyp = {"entities": {"1": ent("effusion", "OBS-DP"), "2": ent("left", "ANAT-DP")}}
    ref = {
        "entities": {
            "1": ent("effusion", "OBS-DP", [["located_at", "2"]]),
            "2": ent("left", "ANAT-DP"),
        }
    }
    assert radgraph_reward(hyp, ref, "simple") == 1.0
    # hyp {(effusion), (left)}; ref {(effusion, True), (left)}: TP 1 -> P = R = 1/2
    assert radgraph_reward(hyp, ref, "partial") == pytest.approx(0.5)
    scores = radgraph_scores([hyp, ref], [ref, ref])
    assert scores["cxr_metric"] == [pytest.approx(0.5), 1.0]


def test_load_annotations_and_errors(tmp_path):
    path = tmp_path / "rg.json"
    path.write_text(json.dumps({"r1": REF, "r2": HYP}))
    assert load_annotations(path)["r2"]["entities"]["3"]["tokens"] == "pneumothorax"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"r1": {"entities": {"1": {"tokens": "a", "label": "OBS-DP"}}}}))
    with pytest.raises(ValueError, match=r"'r1' entity '1' lacks \['relations'\]"):
        load_annotations(bad)
    with pytest.raises(ValueError, match="does not exist"):
        load_annotations(tmp_path / "missing.json")
    with pytest.raises(ValueError, match="level"):
        radgraph_reward(REF, REF, "full")

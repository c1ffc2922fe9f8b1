"""Loss mix: per-task token-mean CE, α weighting, L2-SP / L2 regularizers."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from slava_lightning.training.losses import (
    TASK_TERMS,
    LossWeights,
    ParameterRegularizer,
    check_task_weights,
    mix_losses,
    per_task_ce,
)


def _batch():
    # token losses: sample 0 (report) 3 tokens summing 6, sample 1 (instruction) 1 token = 4,
    # sample 2 (report) 1 token = 2
    loss = torch.tensor([6.0, 4.0, 2.0])
    tokens = torch.tensor([3, 1, 1])
    return loss, tokens, ["report", "instruction", "report"]


def test_per_task_ce_is_token_mean_within_task():
    loss, tokens, tasks = _batch()
    ce = per_task_ce(loss, tokens, tasks)
    assert list(ce) == ["report", "instruction"]
    assert ce["report"].item() == pytest.approx(8.0 / 4)
    assert ce["instruction"].item() == pytest.approx(4.0)


def test_mix_weights_tasks_and_regularizer():
    loss, tokens, tasks = _batch()
    w = LossWeights(
        tasks={"report": 0.7, "instruction": 0.3}, regularizer="l2sp", regularizer_weight=0.5
    )
    terms = mix_losses(loss, tokens, tasks, w, regularizer=torch.tensor(2.0))
    assert terms.total.item() == pytest.approx(0.7 * 2.0 + 0.3 * 4.0 + 0.5 * 2.0)
    assert terms.regularizer.item() == 2.0


def test_empty_weights_is_plain_token_mean():
    loss, tokens, tasks = _batch()
    terms = mix_losses(loss, tokens, tasks, LossWeights())
    assert terms.total.item() == pytest.approx(12.0 / 5)
    # and equals torch's mean CE over all tokens of a real example
    logits = torch.randn(5, 7)
    target = torch.randint(0, 7, (5,))
    tok = torch.nn.functional.cross_entropy(logits, target, reduction="none")
    per_sample = torch.stack([tok[:3].sum(), tok[3:].sum()])
    ref = torch.nn.functional.cross_entropy(logits, target)
    got = mix_losses(per_sample, torch.tensor([3, 2]), ["a", "b"], LossWeights()).total
    assert torch.allclose(got, ref)


def test_unknown_task_needs_default():
    loss, tokens, tasks = _batch()
    with pytest.raises(ValueError, match="'instruction' has no loss weight"):
        mix_losses(loss, tokens, tasks, LossWeights(tasks={"report": 1.0}))
    terms = mix_losses(loss, tokens, tasks, LossWeights(tasks={"report": 1.0}, default=0.0))
    assert terms.total.item() == pytest.approx(2.0)


def test_gradients_flow_to_weighted_tasks_only():
    loss = torch.tensor([6.0, 4.0], requires_grad=True)
    terms = mix_losses(
        loss, torch.tensor([2, 2]), ["a", "b"], LossWeights(tasks={"a": 1.0, "b": 0.0})
    )
    terms.total.backward()
    assert loss.grad.tolist() == [0.5, 0.0]


def test_l2sp_measures_distance_to_anchor_and_l2_to_zero():
    layer = nn.Linear(3, 2)
    reg = ParameterRegularizer()
    reg.reset_anchor(layer.named_parameters())
    assert reg.penalty("l2sp", layer.named_parameters()).item() == 0.0
    with torch.no_grad():
        layer.weight.add_(0.5)
    assert reg.penalty("l2sp", layer.named_parameters()).item() == pytest.approx(6 * 0.25)
    l2 = sum(p.pow(2).sum() for p in layer.parameters())
    assert reg.penalty("l2", layer.named_parameters()).item() == pytest.approx(l2.item())
    assert reg.penalty("none", layer.named_parameters()) is None
    # the anchor survives a state-dict round trip
    other = ParameterRegularizer()
    other.load_state_dict(reg.state_dict())
    assert other.penalty("l2sp", layer.named_parameters()).item() == pytest.approx(1.5)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"regularizer": "l1"}, "regularizer must be one of"),
        ({"regularizer_weight": -1.0}, "regularizer_weight"),
        ({"tasks": {"report": -0.1}}, r"tasks\['report'\]"),
    ],
)
def test_bad_weights_raise(kwargs, match):
    with pytest.raises(ValueError, match=match):
        LossWeights(**kwargs)


def test_mismatched_shapes_raise():
    with pytest.raises(ValueError, match="task tags"):
        per_task_ce(torch.ones(2), torch.ones(2), ["a"])


def test_term_weights_cover_every_project_task_and_overrides_win():
    w = LossWeights(report=1.0, instruction=0.5, tasks={"summary": 2.0, "vqa": 0.1})
    assert [w.weight_of(t) for t in ("report", "summary", "instruction", "conversation", "qa",
                                     "caption", "vqa")] == [1.0, 2.0, 0.5, 0.5, 0.5, 0.5, 0.1]  # fmt: skip
    assert w.unweighted([*TASK_TERMS, "vqa"]) == []
    assert w.unweighted(["custom"]) == ["custom"]
    with pytest.raises(ValueError, match="add loss.tasks.custom"):
        w.weight_of("custom")
    assert LossWeights(report=1.0, default=0.0).weight_of("conversation") == 0.0
    # only the report term given: instruction-term tasks are unweighted
    assert LossWeights(report=1.0).unweighted(["report", "conversation"]) == ["conversation"]
    loss, tokens, tasks = _batch()
    terms = mix_losses(loss, tokens, tasks, LossWeights(report=0.7, instruction=0.3))
    assert terms.total.item() == pytest.approx(0.7 * 2.0 + 0.3 * 4.0)
    assert LossWeights().plain and not LossWeights(instruction=1.0).plain


def test_check_task_weights_names_every_stage_task_and_key():
    ok = ("recognition", LossWeights(), {"caption": 10, "custom": 1})
    bad = ("reporting", LossWeights(tasks={"report": 1.0, "summary": 1.0}),
           {"report": 4, "summary": 4, "conversation": 4, "instruction": 8})  # fmt: skip
    worse = ("extra", LossWeights(report=1.0, instruction=1.0), {"vqa": 3})
    check_task_weights([ok])
    with pytest.raises(ValueError) as err:
        check_task_weights([ok, bad, worse])
    message = str(err.value)
    assert "stage 'reporting' has no loss weight for ['conversation', 'instruction']" in message
    assert "conversation: 4, instruction: 8, report: 4, summary: 4" in message
    assert "stage 'extra' has no loss weight for ['vqa']" in message
    assert "recognition" not in message and "loss.tasks" in message and "loss.report" in message

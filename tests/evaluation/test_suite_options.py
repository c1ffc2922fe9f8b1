"""slava-score and slava-eval declare the metric suite's flags once and build the same suite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slava_lightning.evaluation import evaluate, score
from slava_lightning.evaluation.metrics.suite import LEXICAL_METRICS
from slava_lightning.evaluation.suite_options import SUITE_GROUP, suite_from_args

ENTITY = {"tokens": "effusion", "label": "OBS-DP", "start_ix": 0, "end_ix": 0, "relations": []}


def _group_options(parser, title: str) -> set[str]:
    (group,) = [g for g in parser._action_groups if g.title == title]
    return {s for a in group._group_actions for s in a.option_strings}


def _all_options(parser) -> set[str]:
    return {s for a in parser._actions for s in a.option_strings}


def test_both_commands_accept_the_same_metric_flags():
    in_score = _group_options(score.build_parser(), SUITE_GROUP)
    in_eval = _group_options(evaluate.build_parser(), SUITE_GROUP)
    # slava-eval's --device is its hardware option, which the metrics use as well
    assert in_score - {"--device"} == in_eval
    assert "--device" in _all_options(evaluate.build_parser())
    assert {"--confidence", "--radgraph-predictions", "--radgraph-references"} <= in_eval


def _annotations(path: Path) -> Path:
    path.write_text(json.dumps({"a": {"text": "effusion", "entities": {"1": ENTITY}}}))
    return path


def test_the_same_flags_build_the_same_suite(tmp_path: Path):
    flags = [
        "--metrics", "lexical", "bertscore", "--bertscore-model", "/m", "--bertscore-layer", "3",
        "--bertscore-idf", "--chexbert", "/c.pth", "--bert-path", "/b", "--bootstrap", "20",
        "--confidence", "0.8", "--seed", "5", "--meteor-backend", "java", "--device", "cpu",
        "--radgraph-predictions", str(_annotations(tmp_path / "p.json")),
        "--radgraph-references", str(_annotations(tmp_path / "r.json")),
    ]  # fmt: skip
    score_args = score.build_parser().parse_args(
        ["--predictions", "p.jsonl", "--references", "r.jsonl", *flags]
    )
    eval_args = evaluate.build_parser().parse_args(
        ["--preset", "tiny", "--dataset", "phantoms", "--output-dir", str(tmp_path), *flags]
    )
    in_score, in_eval = suite_from_args(score_args), suite_from_args(eval_args)
    assert in_score == in_eval
    assert in_eval.metrics == [*LEXICAL_METRICS, "bertscore"]
    assert in_eval.config.confidence == 0.8 and in_eval.config.seed == 5
    assert in_eval.config.radgraph_predictions == {
        "a": json.loads((tmp_path / "p.json").read_text())["a"]
    }


def test_metric_defaults_differ_per_command_only_in_metrics(tmp_path: Path):
    score_args = score.build_parser().parse_args(["--predictions", "p", "--references", "r"])
    eval_args = evaluate.build_parser().parse_args(
        ["--preset", "tiny", "--dataset", "phantoms", "--output-dir", str(tmp_path)]
    )
    assert score_args.metrics == ["lexical"] and eval_args.metrics == ["all"]
    assert suite_from_args(score_args).config == suite_from_args(eval_args).config


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--radgraph-predictions", "{p}"], "give both --radgraph-predictions"),
        (["--metrics", "meteor", "--wordnet", "/nonexistent/wordnet"], "--wordnet '/nonexistent"),
        (["--metrics", "bleu9"], "unknown metric 'bleu9'"),
    ],
)
def test_ill_suite_flags_name_the_flag(tmp_path: Path, flags: list[str], message: str):
    path = str(_annotations(tmp_path / "p.json"))
    argv = ["--predictions", "p", "--references", "r", *(f.format(p=path) for f in flags)]
    with pytest.raises(ValueError, match=message):
        suite_from_args(score.build_parser().parse_args(argv))


def test_cli_modules_import_no_other_cli_module():
    """slava-eval and slava-serve build on library modules, not on slava-generate / slava-score."""
    import subprocess
    import sys

    code = ("import sys, slava_lightning.evaluation.evaluate, slava_lightning.inference.serve; "
            "print(sorted(m for m in ('slava_lightning.inference.cli', "
            "'slava_lightning.evaluation.score') if m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

"""slava-eval: predictions JSONL, scores JSON equal to score_reports, the table, W&B, sources, errors."""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from slava_lightning.evaluation.evaluate import COLUMNS, build_parser, load_items, main
from slava_lightning.evaluation.metrics.suite import LEXICAL_METRICS, score_reports
from slava_lightning.prompts import GENERATION_PROMPT

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")
N_PHANTOMS = 20  # 2 test studies


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def phantom_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("phantoms")


def _phantom_args(phantom_dir: Path, out: Path, *extra: str) -> list[str]:
    return [
        "--preset", "tiny", "--dataset", "phantoms", "--phantoms-n", str(N_PHANTOMS),
        "--phantoms-dir", str(phantom_dir), "--output-dir", str(out),
        "--max-new-tokens", "6", "--batch-size", "2", *extra,
    ]  # fmt: skip


@pytest.fixture(scope="module")
def phantom_run(
    phantom_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str, str]:
    out = tmp_path_factory.mktemp("eval")
    import contextlib
    import io

    # capsys is function-scoped: capture by hand for this module-scoped run

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        rc = main(_phantom_args(phantom_dir, out, "--no-wandb", "--metrics", "lexical", "radcliq"))
    assert rc == 0, stderr.getvalue()
    return out, stdout.getvalue(), stderr.getvalue()


def test_phantoms_predictions_in_released_format(
    phantom_run: tuple[Path, str, str], phantom_dir: Path
) -> None:
    out, _, _ = phantom_run
    manifest = next(phantom_dir.glob("*/manifest.jsonl"))
    rows = [r for r in _read_jsonl(manifest) if r["split"] == "test"]
    for task, tag in (("generation", "report"), ("summarization", "summary")):
        preds = _read_jsonl(out / f"{task}.jsonl")
        refs = _read_jsonl(out / f"{task}.references.jsonl")
        assert {"question_id", "prompt", "text", "answer_id", "model_id", "metadata"} <= set(
            preds[0]
        )
        assert [p["question_id"] for p in preds] == [r["question_id"] for r in refs]
        assert all(p["question_id"].endswith(f"/{tag}") for p in preds)
        assert all(p["model_id"] == "tiny" for p in preds)
        assert all(p["metadata"]["completion_tokens"] <= 6 for p in preds)
        assert len({p["answer_id"] for p in preds}) == len(preds)
        assert len(preds) == len(rows) > 0
        by_id = {f"{r['id']}/{tag}": r for r in rows}
        field = "findings" if tag == "report" else "impression"
        assert all(r["text"] == by_id[r["question_id"]][field] for r in refs)
        if tag == "report":
            assert all(p["prompt"] == GENERATION_PROMPT for p in preds)
            assert all(p["metadata"]["task"] == "generate" for p in preds)
        else:
            assert all("##Findings:" in p["prompt"] for p in preds)
            assert all(p["metadata"]["task"] == "summarize" for p in preds)


def test_phantoms_scores_equal_score_reports(phantom_run: tuple[Path, str, str]) -> None:
    out, _, _ = phantom_run
    scores = json.loads((out / "scores.json").read_text())
    assert scores["model_id"] == "tiny" and scores["split"] == "test"
    for task in ("generation", "summarization"):
        preds = _read_jsonl(out / f"{task}.jsonl")
        refs = _read_jsonl(out / f"{task}.references.jsonl")
        expected = score_reports([p["text"] for p in preds], [r["text"] for r in refs],
                                 LEXICAL_METRICS)  # fmt: skip
        entry = scores["tasks"][task]
        assert entry["n_reports"] == len(preds)
        for key, value in expected.corpus.items():
            assert entry["corpus"][key] == pytest.approx(value, abs=1e-12), key
        assert set(entry["per_report"]) == {p["question_id"] for p in preds}
        assert "radcliq" in entry["skipped"]
        rougel = entry["corpus"]["rougeL_coco"]
        assert entry["row"][0] == f"{100 * rougel:.2f}"
        assert entry["row"][[k for _, k, _ in COLUMNS].index("bertscore")] == "-"


def test_phantoms_table_and_skip_reasons(phantom_run: tuple[Path, str, str]) -> None:
    out, stdout, stderr = phantom_run
    scores = json.loads((out / "scores.json").read_text())
    lines = stdout.splitlines()
    header = next(line for line in lines if line.startswith("Methods"))
    assert header.split() == ["Methods"] + [h for h, _, _ in COLUMNS]
    rows = [line.split() for line in lines if line.startswith("tiny")]
    assert rows == [["tiny", *scores["tasks"][t]["row"]] for t in ("generation", "summarization")]
    assert "generation (phantoms, test, n=" in stdout
    assert "bertscore skipped: not requested" in stderr
    assert "radcliq_v1 skipped: needs the component metrics" in stderr


def test_compare_adds_rows_and_wandb_logs_tables(
    phantom_run: tuple[Path, str, str],
    phantom_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logged: dict[str, Any] = {"log": [], "summary": {}}

    class Run:
        summary = logged["summary"]

        def log(self, data: dict[str, Any]) -> None:
            logged["log"].append(data)

        def finish(self) -> None:
            logged["finished"] = True

    class Table:
        def __init__(self, columns: list[str], data: list[list[Any]]) -> None:
            self.columns, self.data = columns, data

    def init(**kwargs: Any) -> Run:
        logged["init"] = kwargs
        return Run()

    fake = types.SimpleNamespace(init=init, Table=Table)
    monkeypatch.setitem(sys.modules, "wandb", fake)
    monkeypatch.delenv("WANDB_API_KEY", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    earlier = phantom_run[0] / "scores.json"
    out = tmp_path / "run"
    args = _phantom_args(phantom_dir, out, "--tasks", "generation", "--metrics", "bleu2_cxr",
                         "--model-id", "other", "--compare", str(earlier),
                         "--wandb-project", "proj")  # fmt: skip
    assert main(args) == 0
    captured = capsys.readouterr()
    assert logged["init"]["project"] == "proj" and logged["init"]["mode"] == "offline"
    assert logged["finished"]
    table = logged["log"][0]["generation/table"]
    assert table.columns[0] == "Methods" and table.data[0][0] == "other"
    scores = json.loads((out / "scores.json").read_text())
    assert table.data[0][1:] == scores["tasks"]["generation"]["row"]
    assert (
        logged["summary"]["generation/bleu2_cxr"]
        == scores["tasks"]["generation"]["corpus"]["bleu2_cxr"]
    )
    assert not (out / "summarization.jsonl").exists()
    names = [line.split()[0] for line in captured.out.splitlines()[2:] if line.strip()]
    assert names == ["other", "tiny"]
    assert "(offline)" in captured.err


def test_hf_llava_through_interop_matches_generator(tmp_path: Path, phantom_dir: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "interop"))
    from llava_fixtures import write_hf_llava

    from slava_lightning.generation import GenerationSettings
    from slava_lightning.inference.engine import ReportGenerator
    from slava_lightning.inference.loading import load_model

    folder = tmp_path / "tiny-llava"
    write_hf_llava(folder, "llama")
    out = tmp_path / "out"
    args = ["--hf-llava", str(folder), "--dataset", "phantoms", "--phantoms-n", str(N_PHANTOMS),
            "--phantoms-dir", str(phantom_dir), "--output-dir", str(out), "--tasks", "generation",
            "--max-new-tokens", "5", "--metrics", "bleu", "--no-wandb"]  # fmt: skip
    assert main(args) == 0
    preds = _read_jsonl(out / "generation.jsonl")
    assert preds and all(p["model_id"] == "tiny-llava" for p in preds)
    items = load_items(build_parser().parse_args(args))["generation"]
    gen = ReportGenerator(load_model(hf_llava=folder), batch_size=1)
    settings = GenerationSettings(max_new_tokens=5, no_repeat_ngram_size=3)
    expected = [r.text for r in gen.generate([it.study for it in items], settings)]
    assert [p["text"] for p in preds] == expected


def test_llava_eval_records(tmp_path: Path, phantom_dir: Path) -> None:
    image = next(phantom_dir.glob("*/images/*.png"))
    records = tmp_path / "eval.jsonl"
    lines = [
        {"question_id": "q1", "image": image.name, "answer": "No acute findings.", "task": "report"},
        {"question_id": "q2", "image": image.name, "text": "Is it normal?", "answer": "Yes.",
         "task": "instruction"},
    ]  # fmt: skip
    records.write_text("".join(json.dumps(r) + "\n" for r in lines))
    args = build_parser().parse_args(
        ["--preset", "tiny", "--dataset", "llava", "--records", str(records), "--images",
         str(image.parent), "--output-dir", str(tmp_path / "o"), "--tasks", "generation"]
    )  # fmt: skip
    items = load_items(args)["generation"]
    assert [it.study.id for it in items] == ["q1"]
    assert items[0].reference == "No acute findings."
    assert items[0].study.images == [str(image)]


def test_iu_xray_items_from_real_reports() -> None:
    reports = DATA / "iu_xray" / "NLMCXR_reports.dev.tgz"
    annotation = DATA / "iu_xray" / "r2gen_annotation.dev.json"
    if not reports.is_file():
        pytest.skip("shared IU-Xray data not present")
    args = build_parser().parse_args(
        ["--preset", "tiny", "--dataset", "iu-xray", "--reports", str(reports), "--annotation",
         str(annotation), "--split", "val", "--output-dir", "unused"]
    )  # fmt: skip
    items = load_items(args)
    ann = json.loads(annotation.read_text())["val"]
    assert 0 < len(items["generation"]) <= len(ann)
    assert len(items["summarization"]) <= len(items["generation"])
    first = items["summarization"][0]
    assert len(first.study.images) == 1
    assert first.study.turns is not None and "##Findings:" in first.study.turns[-1].text
    gen = {it.study.id.split("/")[0]: it for it in items["generation"]}
    uid = first.study.id.split("/")[0]
    assert gen[uid].reference in first.study.turns[-1].text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--dataset", "iu-xray", "--reports", "/nonexistent/reports.tgz"],
         "--reports '/nonexistent/reports.tgz' does not exist"),
        (["--dataset", "iu-xray"], "needs --reports and/or --annotation"),
        (["--dataset", "llava"], "--dataset llava needs --records"),
        (["--dataset", "llava", "--records", "/nonexistent/r.jsonl"],
         "--records '/nonexistent/r.jsonl' does not exist"),
        (["--dataset", "phantoms", "--metrics", "bleu9"], "unknown metric 'bleu9'"),
    ],
)  # fmt: skip
def test_bad_arguments_name_the_culprit(
    extra: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["--preset", "tiny", "--output-dir", str(tmp_path), "--no-wandb", *extra])
    assert rc == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "scores.json").exists()


def test_confidence_sets_the_intervals_written(phantom_dir: Path, tmp_path: Path) -> None:
    args = _phantom_args(phantom_dir, tmp_path, "--no-wandb", "--tasks", "generation",
                         "--metrics", "rougeL_coco", "bleu2_cxr", "--bootstrap", "40",
                         "--confidence", "0.8", "--seed", "3")  # fmt: skip
    assert main(args) == 0
    entry = json.loads((tmp_path / "scores.json").read_text())["tasks"]["generation"]
    for key in ("rougeL_coco", "bleu2_cxr"):
        ci = entry["ci"][key]
        assert ci["confidence"] == 0.8 and ci["n_resamples"] == 40
        assert ci["low"] <= entry["corpus"][key] <= ci["high"]


def _radgraph_file(path: Path, ids: list[str], tokens: str) -> Path:
    ent = {"tokens": tokens, "label": "OBS-DP", "start_ix": 0, "end_ix": 0, "relations": []}
    path.write_text(json.dumps({i: {"text": tokens, "entities": {"1": ent}} for i in ids}))
    return path


def test_radgraph_annotations_pass_through_as_in_slava_score(
    phantom_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slava_lightning.evaluation.metrics.suite import SuiteConfig

    first = _phantom_args(phantom_dir, tmp_path / "a", "--no-wandb", "--tasks", "generation",
                          "--metrics", "rougeL_coco")  # fmt: skip
    assert main(first) == 0
    ids = [p["question_id"] for p in _read_jsonl(tmp_path / "a" / "generation.jsonl")]
    # half the predictions name the reference's entity: RadGraph F1 1 for them, 0 for the others
    preds = {**json.loads(_radgraph_file(tmp_path / "p.json", ids, "effusion").read_text()),
             **json.loads(_radgraph_file(tmp_path / "q.json", ids[:1], "edema").read_text())}  # fmt: skip
    (tmp_path / "p.json").write_text(json.dumps(preds))
    refs = _radgraph_file(tmp_path / "r.json", ids, "effusion")
    flags = ["--radgraph-predictions", str(tmp_path / "p.json"), "--radgraph-references",
             str(refs)]  # fmt: skip
    run = _phantom_args(phantom_dir, tmp_path / "b", "--no-wandb", "--tasks", "generation",
                        "--metrics", "radgraph", *flags)  # fmt: skip
    assert main(run) == 0, capsys.readouterr().err
    entry = json.loads((tmp_path / "b" / "scores.json").read_text())["tasks"]["generation"]
    texts = [p["text"] for p in _read_jsonl(tmp_path / "b" / "generation.jsonl")]
    cfg = SuiteConfig(radgraph_predictions=preds, radgraph_references=json.loads(refs.read_text()))
    expected = score_reports(texts, texts, ["radgraph"], cfg, ids=ids)
    assert entry["corpus"]["radgraph_cxr"] == pytest.approx(expected.corpus["radgraph_cxr"])
    assert 0 < entry["corpus"]["radgraph_cxr"] < 1
    assert entry["info"]["radgraph"]["source"] == "precomputed annotations"
    # an id without an annotation fails before any generation
    _radgraph_file(tmp_path / "short.json", ids[1:], "effusion")
    bad = _phantom_args(phantom_dir, tmp_path / "c", "--no-wandb", "--tasks", "generation",
                        "--metrics", "radgraph", "--radgraph-predictions",
                        str(tmp_path / "short.json"), "--radgraph-references", str(refs))  # fmt: skip
    assert main(bad) == 2
    assert f"has no annotation of generation report {ids[0]!r}" in capsys.readouterr().err
    assert not (tmp_path / "c" / "generation.jsonl").exists()

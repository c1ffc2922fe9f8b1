"""Building a study: blinding, seeded shuffles, case selection, images and input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slava_lightning.humaneval.study import build_study, load_key, load_study

from .helpers import CASES, IMAGES, SYSTEMS, write_eval_dir


def test_study_is_blinded_and_complete(study_dir: Path):
    text = (study_dir / "study.json").read_text()
    for name in SYSTEMS:
        assert name not in text
    study = load_study(study_dir)
    systems, key = load_key(study_dir, study)
    assert systems == list(SYSTEMS)
    assert len(study.items) == 6
    # every (case, system) pair once, and the item ids give no hint of the system
    assert sorted((k["case"], k["system"]) for k in key.values()) == sorted(
        (c, s) for c in CASES for s in SYSTEMS
    )
    for item_id, item in study.items.items():
        case = key[item_id]["case"]
        assert item.reference == CASES[case][0]
        assert item.report.startswith(CASES[case][0])
        assert len(item.images) == 1
        assert (study_dir / "images" / item.images[0]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # one image file per case, shared by both systems' items
    assert len(list((study_dir / "images").iterdir())) == 3
    assert sorted(study.order["alice"]) == sorted(study.items)
    assert study.order["alice"] != study.order["bob"]


def test_orders_are_seeded(tmp_path: Path, systems: dict[str, Path]):
    def orders(seed: int, name: str) -> dict:
        build_study(systems, tmp_path / name, ["alice", "bob"], images_dir=IMAGES, seed=seed)
        study = json.loads((tmp_path / name / "study.json").read_text())
        return {"order": study["order"], "items": study["items"]}

    first = orders(0, "a")
    assert first == orders(0, "b")
    assert first["order"] != orders(1, "c")["order"]


def test_cases_missing_from_a_system_are_left_out_and_counted(tmp_path: Path):
    fewer = {c: v for c, v in CASES.items() if c != "CXR3"}
    systems = {
        "A": write_eval_dir(tmp_path / "a", "x"),
        "B": write_eval_dir(tmp_path / "b", "y", fewer),
    }
    report = build_study(systems, tmp_path / "s", ["r1"], images_dir=IMAGES)
    assert report.n_cases == {"generation": 2}
    assert report.missing == {"generation": {"B": ["CXR3"]}}
    assert "1 reference case(s) missing from system 'B'" in report.summary()


def test_subset_of_cases_and_plain_prediction_files(tmp_path: Path, systems: dict[str, Path]):
    files = {n: p / "generation.jsonl" for n, p in systems.items()}
    refs = {"generation": systems[SYSTEMS[0]] / "generation.references.jsonl"}
    report = build_study(files, tmp_path / "s", ["r1"], references=refs, images_dir=IMAGES,
                         n_cases=2, seed=3)  # fmt: skip
    assert report.n_cases == {"generation": 2} and report.n_items == 4


def test_images_by_case_id_without_listed_paths(tmp_path: Path):
    from PIL import Image

    images = tmp_path / "imgs"
    images.mkdir()
    Image.new("L", (8, 8), 128).save(images / "case1.png")
    for name in ("a", "b"):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps({"id": "case1", "text": name}) + "\n")
    (tmp_path / "refs.csv").write_text("id,text\ncase1,reference\n")
    systems = {"A": tmp_path / "a.jsonl", "B": tmp_path / "b.jsonl"}
    build_study(systems, tmp_path / "s", ["r"], references={"generation": tmp_path / "refs.csv"},
                images_dir=images)  # fmt: skip
    study = load_study(tmp_path / "s")
    assert all(len(item.images) == 1 for item in study.items.values())


def test_bad_inputs_are_named(tmp_path: Path, systems: dict[str, Path]):
    one = dict(list(systems.items())[:1])
    with pytest.raises(ValueError, match="two or more systems"):
        build_study(one, tmp_path / "s1", ["r"])
    with pytest.raises(ValueError, match="rater name 'a b'"):
        build_study(systems, tmp_path / "s2", ["a b"])
    with pytest.raises(ValueError, match="without summarization.jsonl"):
        build_study(systems, tmp_path / "s3", ["r"], tasks=["summarization"])
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("")
    with pytest.raises(ValueError, match="not empty"):
        build_study(systems, tmp_path / "full", ["r"])
    bad = systems[SYSTEMS[1]] / "generation.jsonl"
    bad.write_text(bad.read_text() + "{not json\n")
    with pytest.raises(ValueError, match=r"generation\.jsonl:4: not valid JSON"):
        build_study(systems, tmp_path / "s4", ["r"], images_dir=IMAGES)
    assert not (tmp_path / "s4").exists()  # a failed build leaves nothing behind
    bad.write_text(json.dumps({"question_id": "CXR3", "text": 5}) + "\n")
    with pytest.raises(ValueError, match=r"generation\.jsonl:1: field 'text' must be a string"):
        build_study(systems, tmp_path / "s5", ["r"], images_dir=IMAGES)


def test_two_tasks_with_context(tmp_path: Path, systems: dict[str, Path]):
    for folder in systems.values():  # add summarization outputs to both slava-eval folders
        rows = [json.loads(x) for x in (folder / "generation.jsonl").read_text().splitlines()]
        (folder / "summarization.jsonl").write_text("".join(
            json.dumps({**r, "text": "Impression: " + r["text"]}) + "\n" for r in rows))  # fmt: skip
        (folder / "summarization.references.jsonl").write_text("".join(
            json.dumps({"question_id": c, "text": "Impression."}) + "\n" for c in CASES))  # fmt: skip
    findings = systems[SYSTEMS[0]] / "generation.references.jsonl"
    report = build_study(systems, tmp_path / "s", ["r"], tasks=["generation", "summarization"],
                         contexts={"summarization": findings}, images_dir=IMAGES)  # fmt: skip
    assert report.n_cases == {"generation": 3, "summarization": 3} and report.n_images == 3
    study = load_study(tmp_path / "s")
    _, key = load_key(tmp_path / "s", study)
    for item_id, item in study.items.items():
        case = key[item_id]["case"]
        assert item.task == key[item_id]["task"]
        if item.task == "summarization":
            assert item.context == CASES[case][0] and item.reference == "Impression."
        else:
            assert item.context is None
    from slava_lightning.humaneval.analysis import analyse_study
    from slava_lightning.humaneval.answers import AnswerLog

    log = AnswerLog(study)
    for item_id in study.order["r"]:
        score = 5 if key[item_id]["system"] == SYSTEMS[0] else 1
        log.append({"rater": "r", "item": item_id, "scores": dict.fromkeys(study.criteria, score)})
    result = analyse_study(tmp_path / "s", n_boot=50)
    assert result.tasks == ["generation", "summarization"]
    for task in result.tasks:
        assert result.means[task][SYSTEMS[0]]["coherence"]["mean"] == 5
        assert result.means[task][SYSTEMS[1]]["coherence"]["mean"] == 1
    assert result.agreement["coherence"]["cohen_kappa_quadratic"] == {}  # one rater
    assert result.agreement["coherence"]["krippendorff_alpha_ordinal"] is None

"""Answers: validation, durable appends, last-wins revisions and errors naming file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slava_lightning.humaneval.answers import AnswerLog, latest_answers
from slava_lightning.humaneval.study import load_study

SCORES = {"correctness": 4, "completeness": 3, "coherence": 5}


def test_appended_answers_survive_a_new_log_and_the_last_wins(study_dir: Path):
    study = load_study(study_dir)
    first, second = study.order["alice"][:2]
    log = AnswerLog(study)
    log.append({"rater": "alice", "item": first, "scores": SCORES})
    log.append({"rater": "alice", "item": second, "scores": SCORES, "comment": "fine"})
    log.append({"rater": "alice", "item": first, "scores": {**SCORES, "coherence": 0}})
    lines = study.answers_file("alice").read_text().splitlines()
    assert len(lines) == 3 and json.loads(lines[1])["comment"] == "fine"
    again = latest_answers(load_study(study_dir))  # as after a server restart
    assert again["alice"][first].scores["coherence"] == 0
    assert again["alice"][second].scores == SCORES
    assert again["bob"] == {}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"rater": "carol", "item": "item-1", "scores": SCORES}, "rater 'carol'"),
        ({"rater": "alice", "item": "item-99", "scores": SCORES}, "item 'item-99'"),
        ({"rater": "alice", "item": "item-1", "scores": {**SCORES, "coherence": 6}},
         "scores.coherence must be an integer from 0 to 5, got 6"),
        ({"rater": "alice", "item": "item-1", "scores": {**SCORES, "coherence": 2.5}},
         "scores.coherence"),
        ({"rater": "alice", "item": "item-1", "scores": {"correctness": 1}},
         "scores.completeness"),
        ({"rater": "alice", "item": "item-1", "scores": {**SCORES, "style": 2}},
         "unknown criteria"),
    ],
)  # fmt: skip
def test_invalid_answers_are_refused(study_dir: Path, record, message):
    log = AnswerLog(load_study(study_dir))
    with pytest.raises(ValueError, match=message):
        log.append(record)
    assert not (study_dir / "answers" / "alice.jsonl").exists()


def test_bad_answer_files_name_file_and_line(study_dir: Path):
    study = load_study(study_dir)
    path = study.answers_file("bob")
    good = json.dumps({"rater": "bob", "item": "item-1", "scores": SCORES})
    path.write_text(good + "\n{torn\n")
    with pytest.raises(ValueError, match=r"bob\.jsonl:2: not valid JSON"):
        latest_answers(study)
    path.write_text(good + "\n" + good.replace('"bob"', '"alice"') + "\n")
    with pytest.raises(ValueError, match=r"bob\.jsonl:2: answer of rater 'alice' in bob's file"):
        latest_answers(study)
    path.unlink()
    (study_dir / "answers" / "mallory.jsonl").write_text(good + "\n")
    with pytest.raises(ValueError, match="rater 'mallory' is not one of the study's raters"):
        latest_answers(study)

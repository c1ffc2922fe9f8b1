"""The rating server over HTTP: blinding, image whitelist, durable answers across a restart."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from slava_lightning.humaneval.server import check_host, make_server

from .helpers import SYSTEMS

SCORES = {"correctness": 2, "completeness": 3, "coherence": 4}


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _post(url: str, payload: object) -> tuple[int, dict]:
    req = urllib.request.Request(url + "/api/answer", data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})  # fmt: skip
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_nothing_served_names_a_system(served: str):
    status, study = _get(served + "/api/study")
    assert status == 200 and json.loads(study)["raters"] == ["alice", "bob"]
    payloads = [_get(served + path)[1] for path in ("/", "/api/rater/alice", "/api/rater/bob")]
    for body in [study, *payloads]:
        for name in SYSTEMS:
            assert name.encode() not in body
    items = json.loads(payloads[1])["items"]
    assert len(items) == 6 and set(items[0]) == {"id", "task", "report", "reference", "context",
                                                 "images"}  # fmt: skip
    status, png = _get(served + items[0]["images"][0])
    assert status == 200 and png[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    "path",
    ["/key.json", "/study.json", "/answers/alice.jsonl", "/images/../key.json",
     "/images/..%2Fkey.json", "/images/%2e%2e/study.json", "/images/", "/api/rater/carol"],
)  # fmt: skip
def test_study_files_are_not_reachable(served: str, path: str):
    status, body = _get(served + path)
    assert status == 404
    assert b"SystemZebra" not in body


def test_answers_are_validated_and_survive_a_restart(study_dir: Path, served: str):
    items = json.loads(_get(served + "/api/rater/bob")[1])["items"]
    status, body = _post(served, {"rater": "bob", "item": items[0]["id"], "scores": SCORES})
    assert status == 200 and body == {"saved": True, "item": items[0]["id"], "answered": 1,
                                      "total": 6}  # fmt: skip
    status, body = _post(served, {"rater": "bob", "item": items[1]["id"], "scores": {}})
    assert status == 400 and "scores.correctness" in body["error"]
    # a second server on the same folder (a restart) resumes from the file
    server = make_server(study_dir, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        answers = json.loads(_get(url + "/api/rater/bob")[1])["answers"]
        assert answers == {items[0]["id"]: {"scores": SCORES, "comment": ""}}
    finally:
        server.shutdown()
        server.server_close()


def test_foreign_host_header_is_refused(served: str):
    req = urllib.request.Request(served + "/api/study", headers={"Host": "evil.example:80"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 403


def test_non_loopback_hosts_need_a_flag():
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.5"):
        check_host(host)
    for host in ("0.0.0.0", "192.168.1.4", "example.org"):
        with pytest.raises(ValueError, match="--allow-remote"):
            check_host(host)
        check_host(host, allow_remote=True)

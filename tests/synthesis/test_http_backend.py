"""OpenAI-compatible backend against a real HTTP server on loopback, and the remote guard."""

from __future__ import annotations

import json

import httpx
import pytest

from slava_lightning.synthesis.radex.backends import Request
from slava_lightning.synthesis.radex.http_backend import (
    OpenAIBackend,
    RemoteEndpointError,
    is_loopback,
)
from slava_lightning.synthesis.radex.pipeline import RadexOptions, run_radex, scrub_case
from slava_lightning.synthesis.radex.prompt import build_messages
from slava_lightning.synthesis.radex.schema import read_cases

from .conftest import LoopbackLLM, ScriptedBackend, canned_reply, make_cases, write_jsonl


def requests_for(tmp_path, n):
    cases = read_cases(write_jsonl(tmp_path / "c.jsonl", make_cases(n)))
    return [Request(c.case_id, build_messages(scrub_case(c)), i) for i, c in enumerate(cases)]


def test_retries_500_and_429_then_answers_in_order(tmp_path, loopback_llm):
    reqs = requests_for(tmp_path, 6)
    backend = OpenAIBackend(loopback_llm.base_url, "tiny", backoff=0.01, max_concurrency=3)
    replies = backend.generate(reqs)
    assert replies == [canned_reply(r.messages) for r in reqs]
    # Case k has "focus k+1"; focus numbers 1, 3, 4 fail once. Cases 4 and 5 send the same text
    # (case 5 copies case 4's description; their scrubbed IDs and phones read alike): 2 attempts.
    assert sorted(loopback_llm.attempts.values()) == [1, 2, 2, 2, 2]
    assert loopback_llm.bodies[0]["model"] == "tiny"
    assert {b["seed"] for b in loopback_llm.bodies} == set(range(6))


def test_concurrency_is_bounded(tmp_path):
    with LoopbackLLM(delay=0.1, flaky=False) as server:
        backend = OpenAIBackend(server.base_url, "tiny", max_concurrency=2)
        assert all(backend.generate(requests_for(tmp_path, 6)))
    assert server.max_in_flight == 2


@pytest.mark.parametrize(("status", "attempts"), [(503, 3), (400, 1)])
def test_gives_up_after_retries_or_on_client_error(tmp_path, status, attempts):
    with LoopbackLLM(flaky=False, status=status) as server:
        backend = OpenAIBackend(server.base_url, "tiny", max_retries=2, backoff=0.01)
        assert backend.generate(requests_for(tmp_path, 1)) == [None]
    assert list(server.attempts.values()) == [attempts]


def test_timeout_is_retried_then_fails(tmp_path):
    with LoopbackLLM(delay=0.5, flaky=False) as server:
        backend = OpenAIBackend(server.base_url, "tiny", timeout=0.1, max_retries=1, backoff=0.01)
        assert backend.generate(requests_for(tmp_path, 1)) == [None]
    assert list(server.attempts.values()) == [2]


def test_pipeline_over_loopback_matches_scripted_backend(tmp_path, loopback_llm):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(8))
    opts = RadexOptions(seed=3, batch_size=4, progress=False)
    http = OpenAIBackend(loopback_llm.base_url, "tiny", backoff=0.01)
    stats = run_radex(cases, tmp_path / "http.jsonl", http, opts)
    run_radex(cases, tmp_path / "scripted.jsonl", ScriptedBackend(), opts)
    assert stats["cases_accepted"] == 5 and stats["cases_rejected"] == 3
    assert (tmp_path / "http.jsonl").read_bytes() == (tmp_path / "scripted.jsonl").read_bytes()


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:8000/v1", True),
        ("http://127.8.9.1/v1", True),
        ("http://localhost:11434/v1", True),
        ("http://[::1]:8000/v1", True),
        ("http://10.0.0.5:8000/v1", False),
        ("https://api.example.com/v1", False),
        ("http://localhost.example.com/v1", False),
    ],
)
def test_is_loopback(url, local):
    assert is_loopback(url) is local


def test_remote_refused_without_allow_remote(tmp_path):
    calls = []
    transport = httpx.MockTransport(lambda request: calls.append(request) or httpx.Response(500))
    with pytest.raises(RemoteEndpointError, match="not a loopback address.*--allow-remote"):
        OpenAIBackend("https://api.example.com/v1", "m", transport=transport)
    with pytest.raises(ValueError, match="needs an audit_log"):
        OpenAIBackend("https://api.example.com/v1", "m", allow_remote=True, transport=transport)
    assert calls == []


def test_remote_requests_are_audited(tmp_path):
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append((request, body))
        reply = canned_reply(body["messages"])
        return httpx.Response(200, json={"choices": [{"message": {"content": reply}}]})

    audit = tmp_path / "audit.jsonl"
    backend = OpenAIBackend(
        "https://llm.example.org/v1",
        "m",
        allow_remote=True,
        audit_log=audit,
        api_key="secret-key",
        transport=httpx.MockTransport(handler),
    )
    reqs = requests_for(tmp_path, 3)
    assert backend.generate(reqs) == [canned_reply(r.messages) for r in reqs]
    backend.close()
    entries = [json.loads(line) for line in audit.read_text().splitlines()]
    assert len(entries) == len(seen) == 3
    assert {e["key"] for e in entries} == {r.key for r in reqs}
    by_key = {e["key"]: e for e in entries}
    for r in reqs:
        assert by_key[r.key]["sent"]["messages"] == r.messages
        assert by_key[r.key]["url"] == "https://llm.example.org/v1/chat/completions"
        assert by_key[r.key]["outcome"] == "answered"
        assert by_key[r.key]["attempts"] == ["HTTP 200"]
    assert seen[0][0].headers["authorization"] == "Bearer secret-key"
    assert "secret-key" not in audit.read_text()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"base_url": "127.0.0.1:8000"}, "must start with http"),
        ({"max_concurrency": 0}, "max_concurrency must be >= 1"),
        ({"max_retries": -1}, "max_retries must be >= 0"),
    ],
)
def test_bad_arguments(kwargs, message):
    args = {"base_url": "http://127.0.0.1:8000/v1", "model": "m", **kwargs}
    with pytest.raises(ValueError, match=message):
        OpenAIBackend(**args)


def test_malformed_response_is_a_failure_not_a_retry(tmp_path):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json={"choices": [{"message": {"content": None}}]})

    backend = OpenAIBackend("http://127.0.0.1:9/v1", "m", transport=httpx.MockTransport(handler))
    assert backend.generate(requests_for(tmp_path, 2)) == [None, None]
    assert len(calls) == 2


def test_generate_works_inside_a_running_event_loop(tmp_path, loopback_llm):
    import asyncio

    backend = OpenAIBackend(loopback_llm.base_url, "tiny", backoff=0.01)
    reqs = requests_for(tmp_path, 2)

    async def inside():
        return backend.generate(reqs)

    assert asyncio.run(inside()) == [canned_reply(r.messages) for r in reqs]

"""The privacy boundary of slava-radex: an echoing LLM leaks nothing into the corpus, proxies are
ignored, the real peer is checked, the key is never saved, one writer per corpus."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from slava_lightning.privacy import Deidentifier, PatternDetector, Span
from slava_lightning.privacy.audit import main as audit_main
from slava_lightning.synthesis.radex import http_backend
from slava_lightning.synthesis.radex.cli import main
from slava_lightning.synthesis.radex.conversations import Phrasings
from slava_lightning.synthesis.radex.http_backend import OpenAIBackend, RemoteEndpointError
from slava_lightning.synthesis.radex.pipeline import RadexOptions, lock_path, run_radex, side_paths
from slava_lightning.synthesis.radex.store import CorpusLock, CorpusLockedError

from .conftest import LoopbackLLM, ScriptedBackend, canned_reply, make_cases, write_jsonl
from .test_cli import cli_args
from .test_http_backend import requests_for

# Identifiers written into the case text; the echoing model repeats them in its answers.
IDENTIFIERS = [
    "Sarah Connor", "Linda Howard", "Jane Carter", "Paul Jones", "Nguyen, Thi Lan",
    "Mercy Medical Center", "St. Mary's Hospital", "12-Jan-2016", "20190314", "MR# 5512093",
    "ACC# 2019-004512", "10.0.12.187", "555-201", "12/03/2019", "45-year-old",
]  # fmt: skip


def leaky_cases(n):
    rows = make_cases(n)
    for k, row in enumerate(rows):
        row["presentation"] += (
            f" Patient Sarah Connor ({'MR# 5512093' if k % 2 else 'ACC# 2019-004512'}) was seen "
            "at Mercy Medical Center on 12-Jan-2016 and at St. Mary's Hospital on 20190314."
        )
        row["discussion"] += " Discussed with Linda Howard; images from 10.0.12.187."
        row["description"] += " Reviewed with Nguyen, Thi Lan." if k % 3 == 0 else ""
    return rows


class EchoingLLM(LoopbackLLM):
    """Answers every second case with the case's identifiers spliced into the report."""

    def answer(self, path, body):
        status, payload = super().answer(path, body)
        if status != 200:
            return status, payload
        text = body["messages"][-1]["content"]
        number = int(re.search(r"focus (\d+)", text).group(1))
        if number % 2:
            leak = " ".join(IDENTIFIERS[number % 5 :: 5])
            reply = canned_reply(body["messages"]).replace(
                "\nImpression:", f" {leak}.\nImpression:"
            )
            payload = {"choices": [{"message": {"content": reply + f" Seen by {leak}."}}]}
        return status, payload


def test_no_case_identifier_reaches_the_corpus_through_a_loopback_server(tmp_path, capsys):
    cases = write_jsonl(tmp_path / "cases.jsonl", leaky_cases(12))
    out = tmp_path / "radex.jsonl"
    with EchoingLLM(flaky=False) as server:
        assert main(cli_args(cases, out, server.base_url)) == 0
        sent = json.dumps(server.bodies)
    stats = json.loads(capsys.readouterr().out)
    rejects, stats_path = side_paths(out)
    audit = out.with_name("radex.audit.jsonl")
    written = {p.name: p.read_text() for p in (out, rejects, stats_path, audit)}
    for name, text in {**written, "sent to the server": sent}.items():
        for phi in IDENTIFIERS + ["Thi Lan", "Connor", "Howard"]:
            assert phi not in text, (name, phi)
    assert stats["cases_accepted"] >= 3 and stats["rejects_by_reason"]["names"] >= 3
    assert len(audit.read_text().splitlines()) == 12  # one audit record per request
    assert audit_main([str(out)]) == 0
    assert audit_main([str(cases), "--skip", ""]) == 1  # the input does hold PHI


class _Flagger:
    """A detector that flags its own placeholder: what it finds can never be scrubbed away."""

    def __init__(self, word):
        self.word = word

    def find(self, text):
        return [Span("facility", m.start(), m.end()) for m in re.finditer(self.word, text)]


def test_residual_phi_rejects_and_counts(tmp_path):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(3))
    deid = Deidentifier([PatternDetector(), _Flagger(r"ZEBRA|\[FACILITY\]")])
    opts = RadexOptions(
        seed=1,
        progress=False,
        deidentifier=deid,
        phrasings=Phrasings(generation=("Describe the ZEBRA findings.",)),
    )
    backend = ScriptedBackend()
    stats = run_radex(cases, tmp_path / "o.jsonl", backend, opts)
    assert stats["residual_phi_rejected"] == 3 and stats["records"] == 0
    assert len(backend.seen) == 3  # the requests were clean; the records were not
    rejects = [json.loads(x) for x in side_paths(tmp_path / "o.jsonl")[0].read_text().splitlines()]
    assert {r["residual_phi"]["in"] for r in rejects} == {"record"}

    # a case whose request keeps PHI is never sent
    deid = Deidentifier([PatternDetector(), _Flagger(r"Patchy|\[FACILITY\]")])
    backend = ScriptedBackend()
    stats = run_radex(
        cases, tmp_path / "p.jsonl", backend, RadexOptions(progress=False, deidentifier=deid)
    )
    assert backend.seen == [] and stats["residual_phi_rejected"] == 3


class CountingProxy:
    """A loopback "proxy" that records every request it gets and answers 502."""

    def __init__(self):
        self.hits = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _any(self):
                proxy.hits.append((self.command, self.path, dict(self.headers)))
                self.send_response(502)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_CONNECT = _any

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def proxy_env(monkeypatch):
    proxy = CountingProxy()
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(var, proxy.url)
    for var in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(var, raising=False)
    yield proxy
    proxy.close()


def test_proxy_variables_are_ignored_unless_allowed(tmp_path, proxy_env, loopback_llm):
    reqs = requests_for(tmp_path, 3)
    backend = OpenAIBackend(loopback_llm.base_url, "tiny", backoff=0.01, api_key="sk-hidden")
    assert all(backend.generate(reqs))
    assert proxy_env.hits == []
    assert len(loopback_llm.bodies) >= 3

    allowed = OpenAIBackend(
        loopback_llm.base_url, "tiny", allow_proxy=True, max_retries=0, api_key="sk-hidden"
    )
    assert allowed.generate(reqs[:1]) == [None]
    # Only when allowed does the proxy see anything (the stand-in proxy drops the connection, which
    # the HTTP client may retry once on a busy machine, so one or two hits).
    assert 1 <= len(proxy_env.hits) <= 2


def test_a_remote_proxy_is_refused_before_any_connection(monkeypatch, proxy_env):
    monkeypatch.setenv("HTTP_PROXY", "http://10.9.8.7:3128")
    monkeypatch.setenv("http_proxy", "http://10.9.8.7:3128")
    with pytest.raises(RemoteEndpointError, match="proxy .* is not loopback"):
        OpenAIBackend("http://127.0.0.1:9/v1", "m", allow_proxy=True)


def test_the_real_peer_is_checked_before_anything_is_sent(tmp_path, monkeypatch, loopback_llm):
    backend = OpenAIBackend(loopback_llm.base_url, "tiny", backoff=0.01)
    # As if the name had resolved elsewhere: the connected peer no longer counts as loopback.
    monkeypatch.setattr(http_backend, "is_loopback_ip", lambda address: False)
    with pytest.raises(RemoteEndpointError, match="which is not loopback; nothing was sent"):
        backend.generate(requests_for(tmp_path, 1))
    assert loopback_llm.bodies == []


def test_key_is_sent_but_never_logged_or_saved(tmp_path, caplog):
    seen = []

    class KeyServer(LoopbackLLM):
        def answer(self, path, body):
            return 400, {"error": "bad request"}

    audit = tmp_path / "audit.jsonl"
    with KeyServer(flaky=False) as server:
        handler = server.httpd.RequestHandlerClass
        original = handler.do_POST

        def spy(self):
            seen.append(self.headers.get("Authorization"))
            original(self)

        handler.do_POST = spy
        backend = OpenAIBackend(server.base_url, "tiny", audit_log=audit, api_key="sk-hidden-1")
        assert backend.generate(requests_for(tmp_path, 2)) == [None, None]
        backend.close()
    assert seen == ["Bearer sk-hidden-1"] * 2
    assert "sk-hidden" not in audit.read_text() and "sk-hidden" not in caplog.text
    assert "sk-hidden" not in repr(backend)
    assert backend.redact("token sk-hidden-1 here") == "token [REDACTED] here"
    assert [json.loads(x)["attempts"] for x in audit.read_text().splitlines()] == [["HTTP 400"]] * 2


def test_corpus_lock_is_exclusive_and_released(tmp_path):
    path = tmp_path / "radex.lock"
    with (
        CorpusLock(path),
        pytest.raises(CorpusLockedError, match=rf"pid {os.getpid()}.*a killed run frees"),
    ):
        CorpusLock(path).__enter__()
    with CorpusLock(path):
        pass


def _spawn(args):
    return subprocess.Popen(
        [sys.executable, "-m", "slava_lightning.synthesis.radex.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait_for_lines(proc, out, n):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.05)
    pytest.fail("the first run wrote nothing in time")


def test_second_writer_refused_and_killed_holder_does_not_block(tmp_path, capsys):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(16))
    out = tmp_path / "radex.jsonl"
    with LoopbackLLM(delay=0.1, flaky=False) as server:
        args = cli_args(cases, out, server.base_url)
        first = _spawn(args)
        _wait_for_lines(first, out, 5)
        assert main(args) == 2  # a second run on the same output, while the first writes
        err = capsys.readouterr().err
        assert f"(pid {first.pid}) is writing this output" in err
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        assert lock_path(out).exists()  # the file stays; the kernel dropped the lock
        assert main(args) == 0  # resumes at once
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(ids) == len(set(ids))
    assert json.loads(capsys.readouterr().out)["cases_pending"] == 0


def test_two_concurrent_runs_write_no_duplicates(tmp_path):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(10))
    out = tmp_path / "radex.jsonl"
    with LoopbackLLM(delay=0.05, flaky=False) as server:
        args = cli_args(cases, out, server.base_url)
        procs = [_spawn(args) for _ in range(2)]
        results = [p.communicate(timeout=120) for p in procs]
    codes = sorted(p.returncode for p in procs)
    stderr = b"".join(err for _, err in results).decode()
    if codes == [0, 2]:
        assert "is writing this output" in stderr
    else:  # the second started after the first had finished: it found nothing to do
        assert codes == [0, 0]
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(ids) == len(set(ids)) and len(ids) > 0


def test_fixed_prompt_text_is_not_altered_by_scrubbing():
    import dataclasses

    from slava_lightning.privacy import default_deidentifier
    from slava_lightning.synthesis.radex import prompt

    fixed = [prompt.INSTRUCTION, prompt.OUTPUT_FORMAT, prompt.EXAMPLE_INPUT, prompt.EXAMPLE_OUTPUT]
    fixed += [t for group in dataclasses.astuple(Phrasings()) for t in group]
    assert [default_deidentifier().scrub(t) for t in fixed] == fixed

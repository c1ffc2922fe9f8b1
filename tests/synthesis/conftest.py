"""Helpers for the RADEX tests: case files and a real OpenAI-compatible server on loopback."""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

SIDES = ("right", "left")
ZONES = ("upper", "middle", "lower")


def make_cases(n: int) -> list[dict[str, Any]]:
    """``n`` cases; every input carries PHI in its presentation and discussion.

    Case 3 compares with a prior study, case 5 duplicates case 4's description and case 6 is too
    short, so a run accepts most cases and rejects those three for known reasons.
    """
    cases = []
    for k in range(n):
        desc = (
            f"Patchy consolidation in the {SIDES[k % 2]} {ZONES[k % 3]} zone, focus {k + 1}, "
            "with air bronchograms. No pleural effusion or pneumothorax."
        )
        if k == 3:
            desc += " Increased compared with the previous radiograph."
        if k == 5:
            desc = cases[4]["description"]
        if k == 6:
            desc = "Opacity."
        cases.append(
            {
                "case_id": f"case-{k:03d}",
                "description": desc,
                "presentation": f"A 45-year-old man seen by Dr. Jane Carter on 12/03/2019, MRN 00{k}4821.",
                "discussion": (
                    "Lobar pneumonia typically shows air bronchograms within a consolidated lobe. "
                    f"Contact Mr. Paul Jones at 555-201-{k:04d} for the follow-up."
                ),
                "images": [f"images/case-{k:03d}/frontal.png"]
                + ([f"images/case-{k:03d}/lateral.png"] if k % 4 == 0 else []),
                "source": f"https://example.org/cases/{k}",
                "license": "CC BY-NC-SA 3.0",
            }
        )
    return cases


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


_DESC = re.compile(r"<Case Description> (.*?)(?: <Case |$)", re.DOTALL)


def canned_reply(messages: list[dict[str, str]]) -> str:
    """A report built from the case description of the last user message (deterministic)."""
    desc = _DESC.search(messages[-1]["content"])
    text = desc.group(1).strip() if desc else ""
    first = text.split(".")[0]
    return f"Findings: {text}\nImpression: {first}."


class ScriptedBackend:
    """A backend that answers with :func:`canned_reply` and records every request it saw."""

    def __init__(self, fail: set[str] | None = None) -> None:
        self.seen: list[Any] = []
        self.fail = fail or set()

    def generate(self, requests):
        self.seen.extend(requests)
        return [None if r.key in self.fail else canned_reply(r.messages) for r in requests]

    def close(self) -> None:
        pass


class LoopbackLLM:
    """A chat-completions server on 127.0.0.1 with scripted failures and an optional delay.

    The first attempt of each case whose number is divisible by 3 gets a 500 and the first attempt
    of each case with remainder 1 gets a 429 (``Retry-After: 0``); later attempts succeed.
    """

    def __init__(self, delay: float = 0.0, flaky: bool = True, status: int = 200) -> None:
        self.delay = delay
        self.flaky = flaky
        self.status = status
        self.in_flight = 0
        self.max_in_flight = 0
        self.attempts: Counter[str] = Counter()
        self.bodies: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                status, payload = server.answer(self.path, body)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                # The client may have timed out and hung up already.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def answer(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if path != "/v1/chat/completions":
            return 404, {"error": "not found"}
        text = body["messages"][-1]["content"]
        focus = re.search(r"focus (\d+)", text)
        number = int(focus.group(1)) if focus else 0
        with self.lock:
            self.bodies.append(body)
            self.attempts[text] += 1
            first = self.attempts[text] == 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            self.in_flight -= 1
        if self.status != 200:
            return self.status, {"error": "scripted failure"}
        if self.flaky and first and number % 3 == 0:
            return 500, {"error": "overloaded"}
        if self.flaky and first and number % 3 == 1:
            return 429, {"error": "rate limited"}
        reply = canned_reply(body["messages"])
        return 200, {"choices": [{"index": 0, "message": {"role": "assistant", "content": reply}}]}

    def __enter__(self) -> LoopbackLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def loopback_llm() -> Iterator[LoopbackLLM]:
    with LoopbackLLM() as server:
        yield server

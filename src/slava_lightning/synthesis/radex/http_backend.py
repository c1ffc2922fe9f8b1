"""OpenAI-compatible HTTP backend (vLLM, llama.cpp server, Ollama, ...).

Private by default: an endpoint whose host is not loopback (``127.0.0.0/8``, ``::1``,
``localhost``) is refused before any connection unless ``allow_remote=True``; with it, every request
is appended to an audit log (JSONL: time, URL, case key, attempt, the exact body sent, outcome).
Requests run concurrently up to ``max_concurrency``; 429, 5xx, timeouts and connection errors are
retried with exponential backoff.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TextIO

import httpx

from slava_lightning.synthesis.radex.backends import Request

log = logging.getLogger(__name__)

RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


class RemoteEndpointError(ValueError):
    """A non-loopback endpoint was given without ``allow_remote``."""


def is_loopback(base_url: str) -> bool:
    """Whether ``base_url``'s host is a loopback address (names other than localhost are not)."""
    host = httpx.URL(base_url).host
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class OpenAIBackend:
    """Chat completions from an OpenAI-compatible server.

    Args:
        base_url: the API root, e.g. ``http://127.0.0.1:8000/v1``.
        model: the served model name.
        allow_remote: permit a non-loopback host (then ``audit_log`` is required).
        audit_log: JSONL file where every request is logged with its body (optional locally).
        api_key: sent as a bearer token when given (never logged).
        max_concurrency: requests in flight at once.
        max_retries: retries after the first attempt for retryable failures.
        backoff: first retry delay in seconds; doubles each retry, capped at ``max_backoff``.
        max_backoff: the longest delay between two attempts.
        timeout: seconds per request (connect, read and write).
        max_tokens: generation budget per reply.
        temperature: sampling temperature (0 for greedy).
        transport: an ``httpx`` transport to use instead of the network (tests, proxies).
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        allow_remote: bool = False,
        audit_log: str | Path | None = None,
        api_key: str | None = None,
        max_concurrency: int = 8,
        max_retries: int = 5,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        timeout: float = 120.0,
        max_tokens: int = 512,
        temperature: float = 0.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        if not is_loopback(base_url):
            if not allow_remote:
                raise RemoteEndpointError(
                    f"base_url {base_url!r} is not a loopback address; case text would leave this "
                    "machine. Pass allow_remote=True (--allow-remote) to permit it; every request "
                    "is then written to the audit log"
                )
            if audit_log is None:
                raise ValueError("allow_remote=True needs an audit_log path")
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {max_concurrency}")
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.max_concurrency = max_concurrency
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.timeout = timeout
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.transport = transport
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._audit: TextIO | None = None
        if audit_log is not None:
            Path(audit_log).parent.mkdir(parents=True, exist_ok=True)
            self._audit = open(audit_log, "a", encoding="utf-8")  # noqa: SIM115

    def payload(self, request: Request) -> dict[str, Any]:
        """The JSON body sent for ``request``."""
        return {
            "model": self.model,
            "messages": request.messages,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": request.seed,
        }

    def _log(self, request: Request, attempt: int, body: dict[str, Any], outcome: str) -> None:
        if self._audit is None:
            return
        entry = {
            "time": time.time(),
            "url": self.url,
            "key": request.key,
            "attempt": attempt,
            "sent": body,
            "outcome": outcome,
        }
        self._audit.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._audit.flush()

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        delay = min(self.backoff * 2**attempt, self.max_backoff)
        retry_after = response.headers.get("retry-after") if response is not None else None
        if retry_after and retry_after.replace(".", "", 1).isdigit():
            delay = min(max(delay, float(retry_after)), self.max_backoff)
        return delay

    async def _one(
        self, client: httpx.AsyncClient, sem: asyncio.Semaphore, request: Request
    ) -> str | None:
        body = self.payload(request)
        async with sem:
            for attempt in range(self.max_retries + 1):
                response: httpx.Response | None = None
                try:
                    response = await client.post(self.url, json=body, headers=self.headers)
                    outcome = f"HTTP {response.status_code}"
                except (httpx.TimeoutException, httpx.TransportError) as err:
                    outcome = f"{type(err).__name__}: {err}"
                self._log(request, attempt, body, outcome)
                if response is not None and response.status_code == 200:
                    try:
                        content = response.json()["choices"][0]["message"]["content"]
                    except (KeyError, IndexError, TypeError, ValueError):
                        content = None
                    if not isinstance(content, str):
                        log.warning("case %s: malformed completion response", request.key)
                        return None
                    return content
                if response is not None and response.status_code not in RETRY_STATUS:
                    log.warning("case %s: %s, not retried", request.key, outcome)
                    return None
                if attempt < self.max_retries:
                    await asyncio.sleep(self._delay(attempt, response))
            log.warning("case %s: failed after %d attempts", request.key, self.max_retries + 1)
            return None

    async def _all(self, requests: Sequence[Request]) -> list[str | None]:
        sem = asyncio.Semaphore(self.max_concurrency)
        async with httpx.AsyncClient(
            timeout=httpx.Timeout(self.timeout), transport=self.transport
        ) as client:
            return list(await asyncio.gather(*(self._one(client, sem, r) for r in requests)))

    def generate(self, requests: Sequence[Request]) -> list[str | None]:
        """Replies in the order of ``requests``; ``None`` where all attempts failed."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self._all(requests))
        # Called from inside an event loop (a notebook): run ours in a worker thread.
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, self._all(requests)).result()

    def close(self) -> None:
        """Close the audit log."""
        if self._audit is not None:
            self._audit.close()
            self._audit = None

"""OpenAI-compatible HTTP backend (vLLM, llama.cpp server, Ollama, ...).

The network boundary:

- an endpoint whose host is not loopback (``127.0.0.0/8``, ``::1``, ``localhost``) is refused
  before any connection unless ``allow_remote=True``;
- the address each connection actually reaches is checked before a byte is sent: a peer that is
  not loopback (a DNS answer, a hosts-file entry) aborts the run unless ``allow_remote``;
- proxy variables (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``...) are ignored unless
  ``allow_proxy=True``, and then a proxy must itself be loopback unless ``allow_remote``;
- every body sent passes the de-identifier; a body still holding PHI is not sent;
- the API key is sent only in the ``Authorization`` header, never logged or saved (any text that
  is logged or audited has it replaced by ``[REDACTED]``);
- each request gets one audit record (JSONL: time, URL, case key, the exact body sent, every
  attempt's outcome, the peer address) when ``audit_log`` is given; it is required with
  ``allow_remote``.

Requests run concurrently up to ``max_concurrency``; 429, 5xx, timeouts and connection errors are
retried with exponential backoff.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import time
import urllib.request
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TextIO

import httpcore
import httpx

from slava_lightning.privacy import Deidentifier, default_deidentifier
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
    return is_loopback_ip(host)


def is_loopback_ip(address: str) -> bool:
    """Whether ``address`` is a loopback IP (an IPv4-mapped IPv6 loopback counts)."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


def proxy_urls() -> dict[str, str]:
    """The proxies the environment asks for (``HTTP_PROXY``, ``ALL_PROXY``... any case)."""
    return {k: v for k, v in urllib.request.getproxies().items() if k != "no"}


class _PeerGuard(httpcore.AsyncNetworkBackend):
    """A network backend that checks each connection's real peer before anything is sent."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, allow_remote: bool) -> None:
        self.inner = inner
        self.allow_remote = allow_remote
        self.peer: str | None = None

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self.inner.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        addr = stream.get_extra_info("server_addr")
        peer = str(addr[0]) if addr else ""
        if not self.allow_remote and not is_loopback_ip(peer):
            await stream.aclose()
            raise RemoteEndpointError(
                f"connecting to {host!r} reached {peer or 'an unknown address'}, which is not "
                "loopback; nothing was sent. Pass allow_remote=True (--allow-remote) to permit it"
            )
        self.peer = peer
        return stream

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise RemoteEndpointError("unix sockets are not supported by this backend")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class OpenAIBackend:
    """Chat completions from an OpenAI-compatible server.

    Args:
        base_url: the API root, e.g. ``http://127.0.0.1:8000/v1``.
        model: the served model name.
        allow_remote: permit a non-loopback host (then ``audit_log`` is required).
        allow_proxy: honour proxy variables of the environment (ignored otherwise); a proxy must
            be loopback unless ``allow_remote``.
        audit_log: JSONL file with one record per request and its body (optional locally).
        api_key: sent as a bearer token when given (never logged or saved).
        deidentifier: scrubs every body sent (default: the shared default de-identifier).
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
        allow_proxy: bool = False,
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
        deidentifier: Deidentifier | None = None,
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
        if allow_proxy and not allow_remote:
            for scheme, proxy in proxy_urls().items():
                if not is_loopback(proxy):
                    raise RemoteEndpointError(
                        f"proxy {scheme}={proxy!r} from the environment is not loopback; unset "
                        "it, drop --allow-proxy, or pass --allow-remote"
                    )
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
        self.allow_remote = allow_remote
        self.allow_proxy = allow_proxy
        self.deid = deidentifier or default_deidentifier(all_ages=True, years=True)
        self._secret = api_key or None
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.refused = 0  # requests not sent because PHI was left after scrubbing
        self._guard: _PeerGuard | None = None
        self._audit: TextIO | None = None
        if audit_log is not None:
            Path(audit_log).parent.mkdir(parents=True, exist_ok=True)
            self._audit = open(audit_log, "a", encoding="utf-8")  # noqa: SIM115

    def __repr__(self) -> str:
        return f"OpenAIBackend(url={self.url!r}, model={self.model!r})"

    def redact(self, text: str) -> str:
        """``text`` with the API key replaced by ``[REDACTED]``."""
        return text.replace(self._secret, "[REDACTED]") if self._secret else text

    def payload(self, request: Request) -> dict[str, Any]:
        """The JSON body sent for ``request`` (messages de-identified)."""
        return {
            "model": self.model,
            "messages": self.deid.scrub_json(request.messages),
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": request.seed,
        }

    def _log(
        self, request: Request, body: dict[str, Any] | None, attempts: list[str], outcome: str
    ) -> None:
        """One audit record for ``request``: what was sent, every attempt, the final outcome."""
        if self._audit is None:
            return
        entry = {
            "time": time.time(),
            "url": self.url,
            "key": request.key,
            "sent": body,
            "attempts": attempts,
            "outcome": outcome,
            "peer": self._guard.peer if self._guard is not None else None,
        }
        self._audit.write(self.redact(json.dumps(entry, ensure_ascii=False)) + "\n")
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
        if self.deid.find_json(body["messages"]):
            self.refused += 1
            self._log(request, None, [], "refused: PHI left after scrubbing; not sent")
            log.warning("case %s: PHI left after scrubbing; request not sent", request.key)
            return None
        attempts: list[str] = []
        async with sem:
            reply = await self._attempts(client, request, body, attempts)
        self._log(request, body, attempts, "answered" if reply is not None else "failed")
        return reply

    async def _attempts(
        self, client: httpx.AsyncClient, request: Request, body: dict[str, Any], attempts: list[str]
    ) -> str | None:
        for attempt in range(self.max_retries + 1):
            response: httpx.Response | None = None
            try:
                response = await client.post(self.url, json=body, headers=self.headers)
                outcome = f"HTTP {response.status_code}"
            except (httpx.TimeoutException, httpx.TransportError) as err:
                outcome = self.redact(f"{type(err).__name__}: {err}")
            attempts.append(outcome)
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

    def _transport(self) -> httpx.AsyncBaseTransport | None:
        """The guarded network transport (``None`` when a test or proxy transport is given)."""
        if self.transport is not None:
            return self.transport
        if self.allow_proxy and proxy_urls():
            return None  # httpx builds the proxy transports; the proxy was checked in __init__
        transport = httpx.AsyncHTTPTransport(trust_env=False)
        pool = getattr(transport, "_pool", None)
        inner = getattr(pool, "_network_backend", None)
        if inner is None:  # pragma: no cover - guards an httpx/httpcore layout change
            raise RuntimeError(
                "cannot install the peer-address check in this httpx/httpcore version; "
                "pin httpx>=0.27,<1 and httpcore>=1,<2"
            )
        self._guard = _PeerGuard(inner, self.allow_remote)
        pool._network_backend = self._guard  # type: ignore[union-attr]
        return transport

    async def _all(self, requests: Sequence[Request]) -> list[str | None]:
        sem = asyncio.Semaphore(self.max_concurrency)
        async with httpx.AsyncClient(
            timeout=httpx.Timeout(self.timeout),
            transport=self._transport(),
            trust_env=self.allow_proxy,
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

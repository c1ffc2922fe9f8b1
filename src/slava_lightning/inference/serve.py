"""``slava-serve``: an OpenAI-compatible HTTP API for report generation, with dynamic batching.

Endpoints:

* ``POST /v1/chat/completions``: OpenAI chat format; images as ``image_url`` content parts holding
  ``data:image/png;base64,...`` (or JPEG) URLs. Each image part becomes one ``<image>`` token at
  its place in the message. ``temperature`` 0 or absent means greedy decoding.
* ``GET /v1/models``: the one served model.
* ``GET /health``: status, limits, queue and dynamic-batching statistics (batch-size histogram).
* ``GET /metrics``: Prometheus text format (:mod:`~slava_lightning.inference.serve_metrics`).

The server cannot be wedged by one request: the prompt is capped in bytes before tokenizing and in
tokens before queueing (413), the queue of waiting requests is bounded (429 with ``Retry-After``),
every request has a time limit (504) past which its generation stops between two decoding steps,
and all heavy work (image decoding, tokenizing, generation) runs in worker threads, so ``/health``
and ``/metrics`` answer at once under load. Concurrent requests are gathered by a
:class:`~slava_lightning.inference.batching.DynamicBatcher` and run as one batched ``generate`` per
group of equal decoding settings. Each answered or refused request is logged with its queue wait
and generation time (logger ``slava_lightning.serve``).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import re
import sys
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from slava_lightning.generation import GenerationSettings
from slava_lightning.inference.batching import DynamicBatcher, QueueFull
from slava_lightning.inference.chat_request import (
    APIError,
    ChatRequest,
    ServeLimits,
    check_prompt_bytes,
    check_prompt_tokens,
    decode_image,
    settings_from_request,
    study_from_request,
)
from slava_lightning.inference.engine import GenerationTimeout, Report, ReportGenerator, Study
from slava_lightning.inference.serve_metrics import ServeMetrics

__all__ = [
    "APIError",
    "ChatRequest",
    "ServeLimits",
    "batch_function",
    "build_parser",
    "create_app",
    "decode_image",
    "main",
    "settings_from_request",
    "study_from_request",
]

log = logging.getLogger("slava_lightning.serve")

#: One queued request: the study, its decoding settings and its deadline (``time.monotonic()``).
Job = tuple[Study, GenerationSettings, float]


def _error(
    status: int, message: str, param: str | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    kind = "invalid_request_error" if status < 500 else "server_error"
    body = {"error": {"message": message, "type": kind, "param": param, "code": status}}
    return JSONResponse(body, status_code=status, headers=headers)


# ----------------------------------------------------------------------------- batching
def batch_function(generator: ReportGenerator) -> Any:
    """``[(study, settings, deadline)] -> [Report | GenerationTimeout]``, one ``generate`` per
    group of equal settings.

    A group stops at the latest deadline among its requests: by then every one of them has been
    answered 504, and none is cut short before its own limit.
    """

    def process(items: Sequence[Job]) -> list[Report | GenerationTimeout]:
        groups: dict[GenerationSettings, list[int]] = {}
        for i, (_, settings, _) in enumerate(items):
            groups.setdefault(settings, []).append(i)
        out: list[Report | GenerationTimeout | None] = [None] * len(items)
        for settings, idx in groups.items():
            deadline = max(items[i][2] for i in idx)
            try:
                reports: Sequence[Report | GenerationTimeout] = generator.generate(
                    [items[i][0] for i in idx], settings, deadline=deadline
                )
            except GenerationTimeout as err:
                reports = [err] * len(idx)
            for i, report in zip(idx, reports, strict=True):
                out[i] = report
        return [r for r in out if r is not None]

    return process


def _response(report: Report, model_id: str) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{report.study.id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model_id,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": report.text},
                "finish_reason": report.finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": report.prompt_tokens,
            "completion_tokens": report.completion_tokens,
            "total_tokens": report.prompt_tokens + report.completion_tokens,
        },
    }


def create_app(
    generator: ReportGenerator,
    limits: ServeLimits | None = None,
    max_batch_size: int = 8,
    max_wait_ms: float = 10.0,
) -> FastAPI:
    """The FastAPI application serving ``generator`` within ``limits``."""
    limits = limits or ServeLimits()
    batcher: DynamicBatcher[Job, Report | GenerationTimeout] = DynamicBatcher(
        batch_function(generator), max_batch_size, max_wait_ms, max_queue=limits.max_queue
    )
    metrics = ServeMetrics(queue_depth=lambda: batcher.queued)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with batcher:
            yield

    app = FastAPI(title="slava-serve", lifespan=lifespan)
    app.state.batcher = batcher
    app.state.limits = limits
    app.state.metrics = metrics

    def refused(status: int, reason: str, message: str, start: float | None) -> None:
        metrics.requests.labels(str(status)).inc()
        metrics.rejected.labels(reason).inc()
        took = "" if start is None else f" after_ms={1000 * (time.monotonic() - start):.1f}"
        log.info("request refused status=%d reason=%s%s: %s", status, reason, took, message)

    def queue_full() -> APIError:
        # Waiting requests ahead, in batches, times the mean batch time: when a slot frees up.
        batches_ahead = math.ceil((batcher.queued + 1) / batcher.max_batch_size)
        wait = max(1, math.ceil(batcher.stats.mean_batch_seconds * batches_ahead))
        return APIError(
            429,
            f"the server is busy: {batcher.queued} requests are waiting, the limit "
            f"(--max-queue {limits.max_queue}); retry after {wait} s",
            reason="queue_full",
            headers={"Retry-After": str(wait)},
        )

    @app.middleware("http")
    async def body_limit(request: Request, call_next: Any) -> Any:
        request.state.received = time.monotonic()
        size = request.headers.get("content-length")
        if size is not None and size.isdigit() and int(size) > limits.max_request_bytes:
            message = (
                f"request body larger than {limits.max_request_bytes} bytes (--max-request-bytes)"
            )
            refused(413, "body_bytes", message, None)
            return _error(413, message)
        return await call_next(request)

    @app.exception_handler(APIError)
    async def api_error(request: Request, err: APIError) -> JSONResponse:
        refused(err.status, err.reason, err.message, getattr(request.state, "received", None))
        return _error(err.status, err.message, err.param, err.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        errors = err.errors()
        start = getattr(request.state, "received", None)
        if any(e.get("type") == "json_invalid" for e in errors):
            refused(400, "invalid_request", "the request body is not valid JSON", start)
            return _error(400, "the request body is not valid JSON")
        first = errors[0] if errors else {}
        loc = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        message = f"{loc or 'body'}: {first.get('msg', 'invalid request')}"
        refused(422, "invalid_request", message, start)
        return _error(422, message, loc or None)

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "model": generator.model_id,
            "device": str(generator.device),
            "queued": batcher.queued,
            "max_queue": limits.max_queue,
            "max_batch_size": batcher.max_batch_size,
            "max_wait_ms": batcher.max_wait_ms,
            "batching": batcher.stats.as_dict(),
            "limits": asdict(limits),
        }

    @app.get("/metrics")
    async def prometheus() -> Response:
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        entry = {"id": generator.model_id, "object": "model", "owned_by": "slava-lightning"}
        return {"object": "list", "data": [entry]}

    def prepare(req: ChatRequest) -> tuple[Study, int]:
        """Decode the images and count the prompt's tokens (in a worker thread)."""
        study = study_from_request(req, limits)
        try:
            n_tokens = len(generator.prompt_ids(study))
        except ValueError as err:
            raise APIError(400, str(err)) from None
        return study, n_tokens

    @app.post("/v1/chat/completions")
    async def chat(req: ChatRequest, request: Request) -> dict[str, Any]:
        received = getattr(request.state, "received", time.monotonic())
        deadline = received + limits.request_timeout_s
        # Permanent faults first (a retry would not help), then a full queue before any real work.
        check_prompt_bytes(req, limits)
        settings = settings_from_request(req, limits)
        if batcher.full:
            raise queue_full()
        study, n_tokens = await asyncio.to_thread(prepare, req)
        check_prompt_tokens(n_tokens, limits)
        try:
            timed = await asyncio.wait_for(
                batcher.submit_timed((study, settings, deadline)), deadline - time.monotonic()
            )
        except QueueFull:
            raise queue_full() from None
        except TimeoutError:
            raise _timeout(limits) from None
        except Exception as err:
            raise APIError(500, f"generation failed ({type(err).__name__}: {err})") from None
        if isinstance(timed.result, GenerationTimeout):
            raise _timeout(limits)
        report = timed.result
        metrics.requests.labels("200").inc()
        metrics.queue_wait.observe(timed.queue_s)
        metrics.generation.observe(timed.run_s)
        metrics.request.observe(time.monotonic() - received)
        metrics.prompt_tokens.inc(report.prompt_tokens)
        metrics.completion_tokens.inc(report.completion_tokens)
        log.info(
            "request %s status=200 queue_wait_ms=%.1f generation_ms=%.1f first_token_ms=%s "
            "prompt_tokens=%d completion_tokens=%d",
            study.id, 1000 * timed.queue_s, 1000 * timed.run_s,
            "-" if report.first_token_s is None else f"{1000 * report.first_token_s:.1f}",
            report.prompt_tokens, report.completion_tokens,
        )  # fmt: skip
        return _response(report, generator.model_id)

    return app


def _timeout(limits: ServeLimits) -> APIError:
    return APIError(
        504,
        f"no answer within the request time limit of {limits.request_timeout_s:g} s "
        "(--request-timeout-s); its generation was stopped",
        reason="timeout",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``slava-serve`` argument parser."""
    from slava_lightning.inference.cli import add_model_arguments

    p = argparse.ArgumentParser(
        prog="slava-serve",
        description="Serve report generation over an OpenAI-compatible HTTP API.",
        epilog="example: slava-serve --hf-llava ./slava-cxr-llava --device cuda --port 8000",
    )
    add_model_arguments(p)
    net = p.add_argument_group("server")
    net.add_argument("--host", default="127.0.0.1",
                     help="interface to bind (default 127.0.0.1: this machine only)")  # fmt: skip
    net.add_argument("--port", type=int, default=8000)
    net.add_argument("--max-wait-ms", type=float, default=10.0,
                     help="how long a request waits for batch mates (default: 10)")  # fmt: skip
    net.add_argument("--max-connections", type=int, default=128,
                     help="open connections at once; beyond, uvicorn answers 503 (default: 128)")  # fmt: skip
    lim = p.add_argument_group("limits (see ServeLimits)")
    described = _field_help(ServeLimits.__doc__ or "")
    for name, value in asdict(ServeLimits()).items():
        lim.add_argument(f"--{name.replace('_', '-')}", type=type(value), default=value,
                         help=f"{described.get(name, '')} (default: {value})")  # fmt: skip
    return p


def _field_help(doc: str) -> dict[str, str]:
    """``{field: text}`` of a Google-style ``Args:`` section (the flags' help is the docstring)."""
    found: dict[str, str] = {}
    field = None
    for line in doc.split("Args:", 1)[-1].splitlines():
        match = re.match(r"^\s{8}(\w+): (.*)$", line)
        if match:
            field = match[1]
            found[field] = match[2].strip()
        elif field and line.startswith(" " * 12):
            found[field] += " " + line.strip()
        elif line.strip():
            field = None
    return {k: v.replace("``", "").replace("%", "%%") for k, v in found.items()}


def _log_to_stderr() -> None:
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-serve`` until interrupted."""
    import uvicorn

    from slava_lightning.inference.cli import build_generator

    args = build_parser().parse_args(argv)
    try:
        limits = ServeLimits(**{k: getattr(args, k) for k in asdict(ServeLimits())})
        if args.max_connections < 1:
            raise ValueError(f"--max-connections must be >= 1, got {args.max_connections}")
        generator = build_generator(args)
    except ValueError as err:
        print(f"slava-serve: error: {err}", file=sys.stderr)
        return 2
    _log_to_stderr()
    app = create_app(generator, limits, args.batch_size, args.max_wait_ms)
    uvicorn.run(app, host=args.host, port=args.port, limit_concurrency=args.max_connections)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The ``slava-serve`` application: :func:`create_app` wraps a report generator in FastAPI routes.

The command line (``slava-serve``, :mod:`~slava_lightning.inference.serve`) builds the generator
and runs this application under uvicorn; see there for the endpoints and limits.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from slava_lightning.decoding import GenerationSettings
from slava_lightning.inference.batching import DynamicBatcher, QueueFull
from slava_lightning.inference.chat_request import (
    APIError,
    ChatRequest,
    check_prompt_bytes,
    check_prompt_tokens,
    decode_image,
    settings_from_request,
    study_from_request,
)
from slava_lightning.inference.engine import ReportGenerator
from slava_lightning.inference.serve_limits import ServeLimits
from slava_lightning.inference.serve_metrics import ServeMetrics
from slava_lightning.inference.studies import GenerationTimeout, Report, Study

__all__ = [
    "APIError",
    "ChatRequest",
    "ServeLimits",
    "batch_function",
    "create_app",
    "decode_image",
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
    decoding: GenerationSettings | None = None,
) -> FastAPI:
    """The FastAPI application serving ``generator`` within ``limits``.

    ``decoding``: the checkpoint's decoding defaults, under every request's own fields (``None``:
    the released evaluation's, :data:`~slava_lightning.decoding.RELEASED_DECODING`).
    """
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
        settings = settings_from_request(req, limits, decoding)
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
            study.id,
            1000 * timed.queue_s,
            1000 * timed.run_s,
            "-" if report.first_token_s is None else f"{1000 * report.first_token_s:.1f}",
            report.prompt_tokens,
            report.completion_tokens,
        )
        return _response(report, generator.model_id)

    return app


def _timeout(limits: ServeLimits) -> APIError:
    return APIError(
        504,
        f"no answer within the request time limit of {limits.request_timeout_s:g} s "
        "(--request-timeout-s); its generation was stopped",
        reason="timeout",
    )

"""``slava-serve``: an OpenAI-compatible HTTP API for report generation, with dynamic batching.

Endpoints:

* ``POST /v1/chat/completions``: OpenAI chat format; images as ``image_url`` content parts holding
  ``data:image/png;base64,...`` (or JPEG) URLs. Each image part becomes one ``<image>`` token at
  its place in the message. ``temperature`` 0 or absent means greedy decoding.
* ``GET /v1/models``: the one served model.
* ``GET /health``: status, limits, and dynamic-batching statistics (batch-size histogram).

Concurrent requests are gathered by a :class:`~slava_lightning.inference.batching.DynamicBatcher`
and run as one batched ``generate`` per group of equal decoding settings.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import io
import re
import sys
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from PIL import Image
from pydantic import BaseModel, ConfigDict, Field

from slava_lightning.generation import GenerationSettings
from slava_lightning.inference.batching import DynamicBatcher
from slava_lightning.inference.engine import Report, ReportGenerator, Study
from slava_lightning.prompts import IMAGE_TOKEN, Turn

_DATA_URL = re.compile(r"^data:(?P<mime>[\w.+/-]*)(?:;[\w=.+-]+)*;base64,(?P<data>.*)$", re.DOTALL)
_FORMATS = {"PNG", "JPEG"}


@dataclass(frozen=True)
class ServeLimits:
    """What one request may hold; beyond it the server answers 4xx and stays up.

    Args:
        max_images: images per request.
        max_image_bytes: encoded size of one image.
        max_image_pixels: width x height of one image (checked before decoding the pixels).
        max_request_bytes: size of the request body.
        max_tokens: upper bound of ``max_tokens``.
        default_max_tokens: ``max_tokens`` when the request gives none.
    """

    max_images: int = 4
    max_image_bytes: int = 10 * 2**20
    max_image_pixels: int = 4096 * 4096
    max_request_bytes: int = 64 * 2**20
    max_tokens: int = 512
    default_max_tokens: int = 128

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if value < 1:
                raise ValueError(f"ServeLimits.{name} must be >= 1, got {value}")
        if self.default_max_tokens > self.max_tokens:
            raise ValueError("ServeLimits.default_max_tokens must be <= max_tokens")


# ----------------------------------------------------------------------------- request schema
class ImageURL(BaseModel):
    """``image_url`` of a content part."""

    url: str
    detail: str | None = None


class ContentPart(BaseModel):
    """One part of a message: text or an image."""

    type: Literal["text", "image_url"]
    text: str | None = None
    image_url: ImageURL | None = None


class Message(BaseModel):
    """One chat message."""

    role: Literal["system", "user", "assistant"]
    content: str | list[ContentPart]


class ChatRequest(BaseModel):
    """The fields of an OpenAI chat-completions request that this server reads."""

    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[Message] = Field(min_length=1)
    max_tokens: int | None = None
    max_completion_tokens: int | None = None
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    n: int = 1
    stream: bool = False
    seed: int | None = None
    no_repeat_ngram_size: int = Field(default=3, ge=0, le=16)


class APIError(Exception):
    """An error answered as ``{"error": {...}}`` with ``status``."""

    def __init__(self, status: int, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param


def _error(status: int, message: str, param: str | None = None) -> JSONResponse:
    kind = "invalid_request_error" if status < 500 else "server_error"
    body = {"error": {"message": message, "type": kind, "param": param, "code": status}}
    return JSONResponse(body, status_code=status)


# ----------------------------------------------------------------------------- request -> study
def decode_image(url: str, limits: ServeLimits, where: str) -> Image.Image:
    """A PIL image from a base64 ``data:`` URL, enforcing the byte and pixel limits."""
    match = _DATA_URL.match(url)
    if match is None:
        raise APIError(
            400, f"{where}: only base64 data: URLs are accepted (data:image/png;base64,...)", where
        )
    payload = match["data"]
    if len(payload) * 3 // 4 > limits.max_image_bytes:
        raise APIError(413, f"{where}: image larger than {limits.max_image_bytes} bytes", where)
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise APIError(400, f"{where}: invalid base64 data", where) from None
    if len(raw) > limits.max_image_bytes:
        raise APIError(413, f"{where}: image larger than {limits.max_image_bytes} bytes", where)
    try:
        image = Image.open(io.BytesIO(raw))
        if image.format not in _FORMATS:
            raise APIError(400, f"{where}: image format {image.format} is not PNG or JPEG", where)
        if image.width * image.height > limits.max_image_pixels:
            raise APIError(
                413,
                f"{where}: image of {image.width}x{image.height} pixels exceeds "
                f"{limits.max_image_pixels} pixels",
                where,
            )
        image.load()
    except APIError:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as err:
        raise APIError(400, f"{where}: cannot decode image ({err})", where) from None
    return image


def _message_text(message: Message, index: int, limits: ServeLimits) -> tuple[str, list[Any]]:
    if isinstance(message.content, str):
        if IMAGE_TOKEN in message.content:
            raise APIError(400, f"messages[{index}]: text may not contain {IMAGE_TOKEN}")
        return message.content, []
    pieces: list[str] = []
    images: list[Any] = []
    for j, part in enumerate(message.content):
        where = f"messages[{index}].content[{j}]"
        if part.type == "text":
            if part.text is None:
                raise APIError(400, f"{where}: a text part needs 'text'", where)
            if IMAGE_TOKEN in part.text:
                raise APIError(400, f"{where}: text may not contain {IMAGE_TOKEN}", where)
            pieces.append(part.text)
        else:
            if message.role != "user":
                raise APIError(400, f"{where}: only user messages may hold images", where)
            if part.image_url is None:
                raise APIError(400, f"{where}: an image_url part needs 'image_url'", where)
            images.append(decode_image(part.image_url.url, limits, where))
            pieces.append(IMAGE_TOKEN + "\n")
    return "".join(pieces), images


def study_from_request(req: ChatRequest, limits: ServeLimits) -> Study:
    """Turns and images of a request (system messages are dropped: the template has its own)."""
    n_images = sum(
        1
        for m in req.messages
        if not isinstance(m.content, str)
        for p in m.content
        if p.type == "image_url"
    )
    if n_images > limits.max_images:
        raise APIError(413, f"{n_images} images in the request; at most {limits.max_images}")
    turns: list[Turn] = []
    images: list[Any] = []
    for i, message in enumerate(req.messages):
        if message.role == "system":
            continue
        text, found = _message_text(message, i, limits)
        expected = "user" if len(turns) % 2 == 0 else "assistant"
        if message.role != expected:
            raise APIError(400, f"messages[{i}]: expected a {expected} message (turns alternate)")
        turns.append(Turn(message.role, text))
        images.extend(found)
    if not turns or turns[-1].role != "user":
        raise APIError(400, "messages must end with a user message", "messages")
    return Study(id=uuid.uuid4().hex, images=images, turns=turns)


def settings_from_request(req: ChatRequest, limits: ServeLimits) -> GenerationSettings:
    """Decoding settings, with ``max_tokens`` bounds enforced."""
    if req.n != 1:
        raise APIError(400, "only n=1 is supported", "n")
    if req.stream:
        raise APIError(400, "streaming responses are not supported; send stream=false", "stream")
    given = [t for t in (req.max_completion_tokens, req.max_tokens) if t is not None]
    max_tokens = given[0] if given else limits.default_max_tokens
    if not 1 <= max_tokens <= limits.max_tokens:
        raise APIError(400, f"max_tokens must be in [1, {limits.max_tokens}], got {max_tokens}",
                       "max_tokens")  # fmt: skip
    sample = bool(req.temperature)
    return GenerationSettings(
        max_new_tokens=max_tokens,
        do_sample=sample,
        temperature=req.temperature if sample and req.temperature else 1.0,
        top_p=req.top_p if sample and req.top_p else 1.0,
        no_repeat_ngram_size=req.no_repeat_ngram_size,
        seed=req.seed,
    )


# ----------------------------------------------------------------------------- batching
def batch_function(generator: ReportGenerator) -> Any:
    """``[(study, settings)] -> [Report]``: one ``generate`` per group of equal settings."""

    def process(items: Sequence[tuple[Study, GenerationSettings]]) -> list[Report]:
        groups: dict[GenerationSettings, list[int]] = {}
        for i, (_, settings) in enumerate(items):
            groups.setdefault(settings, []).append(i)
        out: list[Report | None] = [None] * len(items)
        for settings, idx in groups.items():
            reports = generator.generate([items[i][0] for i in idx], settings)
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
    """The FastAPI application serving ``generator``."""
    limits = limits or ServeLimits()
    batcher: DynamicBatcher[tuple[Study, GenerationSettings], Report] = DynamicBatcher(
        batch_function(generator), max_batch_size, max_wait_ms
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with batcher:
            yield

    app = FastAPI(title="slava-serve", lifespan=lifespan)
    app.state.batcher = batcher
    app.state.limits = limits

    @app.middleware("http")
    async def body_limit(request: Request, call_next: Any) -> Any:
        size = request.headers.get("content-length")
        if size is not None and size.isdigit() and int(size) > limits.max_request_bytes:
            return _error(413, f"request body larger than {limits.max_request_bytes} bytes")
        return await call_next(request)

    @app.exception_handler(APIError)
    async def api_error(request: Request, err: APIError) -> JSONResponse:
        return _error(err.status, err.message, err.param)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        errors = err.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return _error(400, "the request body is not valid JSON")
        first = errors[0] if errors else {}
        loc = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        return _error(422, f"{loc or 'body'}: {first.get('msg', 'invalid request')}", loc or None)

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "model": generator.model_id,
            "device": str(generator.device),
            "queued": batcher.queued,
            "max_batch_size": batcher.max_batch_size,
            "max_wait_ms": batcher.max_wait_ms,
            "batching": batcher.stats.as_dict(),
            "limits": asdict(limits),
        }

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        entry = {"id": generator.model_id, "object": "model", "owned_by": "slava-lightning"}
        return {"object": "list", "data": [entry]}

    @app.post("/v1/chat/completions")
    async def chat(req: ChatRequest) -> dict[str, Any]:
        settings = settings_from_request(req, limits)
        study = study_from_request(req, limits)
        try:
            generator.prompt_ids(study)
        except ValueError as err:
            raise APIError(400, str(err)) from None
        report = await batcher.submit((study, settings))
        return _response(report, generator.model_id)

    return app


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
    lim = p.add_argument_group("limits")
    defaults = ServeLimits()
    for name, value in asdict(defaults).items():
        lim.add_argument(f"--{name.replace('_', '-')}", type=int, default=value)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-serve`` until interrupted."""
    import uvicorn

    from slava_lightning.inference.cli import build_generator

    args = build_parser().parse_args(argv)
    try:
        limits = ServeLimits(**{k: getattr(args, k) for k in asdict(ServeLimits())})
        generator = build_generator(args)
    except ValueError as err:
        print(f"slava-serve: error: {err}", file=sys.stderr)
        return 2
    app = create_app(generator, limits, args.batch_size, args.max_wait_ms)
    uvicorn.run(app, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``slava-serve``: an OpenAI-compatible HTTP API for report generation, with dynamic batching.

Endpoints:

* ``POST /v1/chat/completions``: OpenAI chat format; images as ``image_url`` content parts holding
  ``data:image/png;base64,...`` (or JPEG) URLs. Each image part becomes one ``<image>`` token at
  its place in the message. A request's decoding fields are put over the checkpoint's decoding
  defaults (those of its run record, else the released evaluation's: greedy, no repeated
  3-grams): ``temperature`` 0 means greedy, above 0 sampling at that temperature, absent the
  checkpoint's choice; ``max_tokens`` absent means ``--default-max-tokens``.
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

import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from slava_lightning._lazy import lazy_exports
from slava_lightning.commandline import option, parse_settings, section, settings_parser
from slava_lightning.inference.model_options import ModelOptions
from slava_lightning.inference.serve_limits import ServeLimits
from slava_lightning.threads import configure_threads

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

    from slava_lightning.inference.serve_app import (
        APIError,
        ChatRequest,
        batch_function,
        create_app,
        decode_image,
        settings_from_request,
        study_from_request,
    )

__all__ = [
    "APIError",
    "ChatRequest",
    "ServeLimits",
    "ServeSettings",
    "batch_function",
    "build_parser",
    "create_app",
    "decode_image",
    "main",
    "settings_from_request",
    "study_from_request",
]

log = logging.getLogger("slava_lightning.serve")

# The application (FastAPI, torch) loads once the arguments are parsed, so that --help answers at
# once; its names are still importable from here.
_APP_NAMES = {
    "APIError",
    "ChatRequest",
    "batch_function",
    "create_app",
    "decode_image",
    "settings_from_request",
    "study_from_request",
}


__getattr__, _ = lazy_exports(__name__, (_APP_NAMES, "slava_lightning.inference.serve_app"))


_SERVER = "server"


@dataclass(kw_only=True)
class ServeSettings:
    """The settings of ``slava-serve``."""

    model: ModelOptions = section(ModelOptions)
    host: str = option(
        "127.0.0.1", "interface to bind (default 127.0.0.1: this machine only)", group=_SERVER
    )
    port: int = option(8000, "port to listen on", group=_SERVER)
    max_wait_ms: float = option(
        10.0, "how long a request waits for batch mates (default: 10)", group=_SERVER
    )
    max_connections: int = option(
        128,
        "open connections at once; beyond, uvicorn answers 503 (default: 128)",
        group=_SERVER,
    )
    limits: ServeLimits = section(ServeLimits, "limits (see ServeLimits)")

    def __post_init__(self) -> None:
        if self.max_connections < 1:
            raise ValueError(f"--max-connections must be >= 1, got {self.max_connections}")


_DESCRIPTION = "Serve report generation over an OpenAI-compatible HTTP API."
_EPILOG = "example: slava-serve --hf-llava ./slava-cxr-llava --device cuda --port 8000"


def build_parser() -> ArgumentParser:
    """The ``slava-serve`` argument parser (of :class:`ServeSettings`)."""
    return settings_parser(ServeSettings, "slava-serve", _DESCRIPTION, _EPILOG)


def _log_to_stderr() -> None:
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-serve`` until interrupted."""
    args = parse_settings(ServeSettings, argv, "slava-serve", _DESCRIPTION, _EPILOG)
    try:
        configure_threads(args.model.threads, "slava-serve")  # before torch loads
    except ValueError as err:
        print(f"slava-serve: error: {err}", file=sys.stderr)
        return 2
    import uvicorn  # after parsing: --help needs neither FastAPI nor torch

    from slava_lightning.inference.model_options import load_generator
    from slava_lightning.inference.serve_app import create_app

    try:
        generator, loaded = load_generator(args.model, prog="slava-serve")
    except ValueError as err:
        print(f"slava-serve: error: {err}", file=sys.stderr)
        return 2
    _log_to_stderr()
    app = create_app(
        generator, args.limits, args.model.batch_size, args.max_wait_ms, loaded.generation
    )
    uvicorn.run(app, host=args.host, port=args.port, limit_concurrency=args.max_connections)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

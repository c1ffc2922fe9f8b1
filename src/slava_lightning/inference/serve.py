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

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING

from slava_lightning._lazy import lazy_exports
from slava_lightning.inference.serve_limits import ServeLimits
from slava_lightning.threads import configure_threads

if TYPE_CHECKING:
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


def build_parser() -> argparse.ArgumentParser:
    """The ``slava-serve`` argument parser."""
    from slava_lightning.inference.model_options import add_model_arguments

    p = argparse.ArgumentParser(
        prog="slava-serve",
        description="Serve report generation over an OpenAI-compatible HTTP API.",
        epilog="example: slava-serve --hf-llava ./slava-cxr-llava --device cuda --port 8000",
    )
    add_model_arguments(p)
    net = p.add_argument_group("server")
    net.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface to bind (default 127.0.0.1: this machine only)",
    )
    net.add_argument("--port", type=int, default=8000)
    net.add_argument(
        "--max-wait-ms",
        type=float,
        default=10.0,
        help="how long a request waits for batch mates (default: 10)",
    )
    net.add_argument(
        "--max-connections",
        type=int,
        default=128,
        help="open connections at once; beyond, uvicorn answers 503 (default: 128)",
    )
    lim = p.add_argument_group("limits (see ServeLimits)")
    described = _field_help(ServeLimits.__doc__ or "")
    for name, value in asdict(ServeLimits()).items():
        lim.add_argument(
            f"--{name.replace('_', '-')}",
            type=type(value),
            default=value,
            help=f"{described.get(name, '')} (default: {value})",
        )
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
    args = build_parser().parse_args(argv)
    try:
        configure_threads(args.threads, "slava-serve")  # before torch loads
    except ValueError as err:
        print(f"slava-serve: error: {err}", file=sys.stderr)
        return 2
    import uvicorn  # after parsing: --help needs neither FastAPI nor torch

    from slava_lightning.inference.model_options import load_generator
    from slava_lightning.inference.serve_app import create_app

    try:
        limits = ServeLimits(**{k: getattr(args, k) for k in asdict(ServeLimits())})
        if args.max_connections < 1:
            raise ValueError(f"--max-connections must be >= 1, got {args.max_connections}")
        generator, loaded = load_generator(args, prog="slava-serve")
    except ValueError as err:
        print(f"slava-serve: error: {err}", file=sys.stderr)
        return 2
    _log_to_stderr()
    app = create_app(generator, limits, args.batch_size, args.max_wait_ms, loaded.generation)
    uvicorn.run(app, host=args.host, port=args.port, limit_concurrency=args.max_connections)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

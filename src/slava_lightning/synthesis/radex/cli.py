"""``slava-radex``: synthesize the RADEX reporting corpus from case records.

Examples::

    # a local model, nothing leaves the machine
    slava-radex --cases cases.jsonl --out radex.jsonl --backend transformers --model /models/llm

    # an OpenAI-compatible server on this machine (vLLM, llama.cpp, Ollama)
    slava-radex --cases cases.jsonl --out radex.jsonl --backend openai \\
        --base-url http://127.0.0.1:8000/v1 --model Qwen/Qwen2.5-7B-Instruct
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from slava_lightning.commandline import option, parse_settings, settings_parser
from slava_lightning.privacy import Deidentifier
from slava_lightning.synthesis.radex.backends import Backend
from slava_lightning.synthesis.radex.conversations import Phrasings
from slava_lightning.synthesis.radex.parsing import Limits
from slava_lightning.synthesis.radex.pipeline import RadexOptions, run_radex, side_paths

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

__all__ = ["RadexSettings", "build_parser", "main", "make_backend", "radex_options", "run"]

_OPENAI = "openai backend"
_TRANSFORMERS = "transformers backend"
_OUTPUT = "generation and output"


@dataclass(kw_only=True)
class RadexSettings:
    """The settings of ``slava-radex``."""

    cases: Path = option(help="input cases (.jsonl or .csv)")
    out: Path = option(help="output JSONL (appended, resumable)")
    backend: Literal["transformers", "openai"] = option()
    model: str = option(help="local model folder, or the served model name")
    base_url: str = option("http://127.0.0.1:8000/v1", "API root", group=_OPENAI)
    allow_remote: bool = option(False, "permit a non-loopback endpoint", group=_OPENAI)
    allow_proxy: bool = option(
        False,
        "honour HTTP_PROXY/HTTPS_PROXY/ALL_PROXY (ignored otherwise; must be loopback "
        "unless --allow-remote)",
        group=_OPENAI,
    )
    audit_log: Path | None = option(None, "request log (default: <out>.audit.jsonl)", group=_OPENAI)
    api_key_env: str = option("OPENAI_API_KEY", "env var holding the API key", group=_OPENAI)
    max_concurrency: int = option(8, group=_OPENAI)
    max_retries: int = option(5, group=_OPENAI)
    backoff: float = option(1.0, "first retry delay (s), doubling", group=_OPENAI)
    timeout: float = option(120.0, "seconds per request", group=_OPENAI)
    device: str = option("auto", group=_TRANSFORMERS)
    dtype: str = option("auto", group=_TRANSFORMERS)
    gen_batch_size: int = option(8, "prompts per generate() call", group=_TRANSFORMERS)
    max_new_tokens: int = option(512, group=_OUTPUT)
    temperature: float = option(0.0, group=_OUTPUT)
    seed: int = option(0, group=_OUTPUT)
    batch_size: int = option(16, "cases per backend call", group=_OUTPUT)
    max_cases: int | None = option(None, "process at most this many pending cases", group=_OUTPUT)
    phrasings: Path | None = option(None, "JSON file of instruction phrasings", group=_OUTPUT)
    no_example: bool = option(False, "leave the worked example out", group=_OUTPUT)
    min_findings_words: int = option(Limits.min_findings_words, group=_OUTPUT)
    max_findings_words: int = option(Limits.max_findings_words, group=_OUTPUT)
    min_impression_words: int = option(Limits.min_impression_words, group=_OUTPUT)
    max_impression_words: int = option(Limits.max_impression_words, group=_OUTPUT)
    no_progress: bool = option(False, "hide the progress bar", group=_OUTPUT)
    phi_lists: Path | None = option(
        None,
        "the site's allow/deny term list (YAML or text) for the de-identifier",
        group=_OUTPUT,
    )


_DESCRIPTION = __doc__.split("\n")[0]


def build_parser() -> ArgumentParser:
    """The argument parser of ``slava-radex`` (of :class:`RadexSettings`)."""
    return settings_parser(RadexSettings, "slava-radex", _DESCRIPTION)


def make_backend(args: RadexSettings, deidentifier: Deidentifier | None = None) -> Backend:
    """The backend named by ``args.backend``."""
    if args.backend == "openai":
        from slava_lightning.synthesis.radex.http_backend import OpenAIBackend

        rejects, _ = side_paths(args.out)
        # one audit record per request, always: default <out>.audit.jsonl
        audit = args.audit_log or rejects.with_name(rejects.name.replace(".rejects.", ".audit."))
        return OpenAIBackend(
            args.base_url,
            args.model,
            allow_remote=args.allow_remote,
            allow_proxy=args.allow_proxy,
            audit_log=audit,
            deidentifier=deidentifier,
            api_key=os.environ.get(args.api_key_env),
            max_concurrency=args.max_concurrency,
            max_retries=args.max_retries,
            backoff=args.backoff,
            timeout=args.timeout,
            max_tokens=args.max_new_tokens,
            temperature=args.temperature,
        )
    from slava_lightning.synthesis.radex.hf_backend import TransformersBackend

    return TransformersBackend.from_pretrained(
        args.model,
        device=args.device,
        dtype=args.dtype,
        max_new_tokens=args.max_new_tokens,
        temperature=args.temperature,
        batch_size=args.gen_batch_size,
    )


def radex_options(args: RadexSettings) -> RadexOptions:
    """The pipeline options of ``args``; ``ValueError`` on bad limits or an unreadable file."""
    return RadexOptions(
        seed=args.seed,
        batch_size=args.batch_size,
        limits=Limits(
            args.min_findings_words,
            args.max_findings_words,
            args.min_impression_words,
            args.max_impression_words,
        ),
        phrasings=Phrasings.from_json(args.phrasings) if args.phrasings else Phrasings(),
        with_example=not args.no_example,
        max_cases=args.max_cases,
        progress=not args.no_progress,
        deidentifier=Deidentifier.default(args.phi_lists, all_ages=True, years=True)
        if args.phi_lists
        else None,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-radex``; prints the stats report as JSON and returns the exit code."""
    return run(parse_settings(RadexSettings, argv, "slava-radex", _DESCRIPTION))


def run(args: RadexSettings) -> int:
    """Synthesize the corpus of ``args`` and print its stats; returns the exit code of :func:`main`."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        options = radex_options(args)
        backend = make_backend(args, options.deidentifier)
    except ValueError as err:
        print(f"slava-radex: error: {err}", file=sys.stderr)
        return 2
    try:
        stats = run_radex(args.cases, args.out, backend, options)
    except ValueError as err:
        print(f"slava-radex: error: {err}", file=sys.stderr)
        return 2
    finally:
        backend.close()
    print(json.dumps(stats, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

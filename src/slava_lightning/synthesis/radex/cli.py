"""``slava-radex``: synthesize the RADEX reporting corpus from case records.

Examples::

    # a local model, nothing leaves the machine
    slava-radex --cases cases.jsonl --out radex.jsonl --backend transformers --model /models/llm

    # an OpenAI-compatible server on this machine (vLLM, llama.cpp, Ollama)
    slava-radex --cases cases.jsonl --out radex.jsonl --backend openai \\
        --base-url http://127.0.0.1:8000/v1 --model Qwen/Qwen2.5-7B-Instruct
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from slava_lightning.privacy import Deidentifier
from slava_lightning.synthesis.radex.backends import Backend
from slava_lightning.synthesis.radex.conversations import Phrasings
from slava_lightning.synthesis.radex.parsing import Limits
from slava_lightning.synthesis.radex.pipeline import RadexOptions, run_radex, side_paths


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``slava-radex``."""
    p = argparse.ArgumentParser(prog="slava-radex", description=__doc__.split("\n")[0])
    p.add_argument("--cases", required=True, type=Path, help="input cases (.jsonl or .csv)")
    p.add_argument("--out", required=True, type=Path, help="output JSONL (appended, resumable)")
    p.add_argument("--backend", required=True, choices=("transformers", "openai"))
    p.add_argument("--model", required=True, help="local model folder, or the served model name")
    g = p.add_argument_group("openai backend")
    g.add_argument("--base-url", default="http://127.0.0.1:8000/v1", help="API root")
    g.add_argument("--allow-remote", action="store_true", help="permit a non-loopback endpoint")
    g.add_argument(
        "--allow-proxy",
        action="store_true",
        help="honour HTTP_PROXY/HTTPS_PROXY/ALL_PROXY (ignored otherwise; must be loopback "
        "unless --allow-remote)",
    )
    g.add_argument("--audit-log", type=Path, help="request log (default: <out>.audit.jsonl)")
    g.add_argument("--api-key-env", default="OPENAI_API_KEY", help="env var holding the API key")
    g.add_argument("--max-concurrency", type=int, default=8)
    g.add_argument("--max-retries", type=int, default=5)
    g.add_argument("--backoff", type=float, default=1.0, help="first retry delay (s), doubling")
    g.add_argument("--timeout", type=float, default=120.0, help="seconds per request")
    g = p.add_argument_group("transformers backend")
    g.add_argument("--device", default="auto")
    g.add_argument("--dtype", default="auto")
    g.add_argument("--gen-batch-size", type=int, default=8, help="prompts per generate() call")
    g = p.add_argument_group("generation and output")
    g.add_argument("--max-new-tokens", type=int, default=512)
    g.add_argument("--temperature", type=float, default=0.0)
    g.add_argument("--seed", type=int, default=0)
    g.add_argument("--batch-size", type=int, default=16, help="cases per backend call")
    g.add_argument("--max-cases", type=int, help="process at most this many pending cases")
    g.add_argument("--phrasings", type=Path, help="JSON file of instruction phrasings")
    g.add_argument("--no-example", action="store_true", help="leave the worked example out")
    g.add_argument("--min-findings-words", type=int, default=Limits.min_findings_words)
    g.add_argument("--max-findings-words", type=int, default=Limits.max_findings_words)
    g.add_argument("--min-impression-words", type=int, default=Limits.min_impression_words)
    g.add_argument("--max-impression-words", type=int, default=Limits.max_impression_words)
    g.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    g.add_argument(
        "--phi-lists",
        type=Path,
        help="the site's allow/deny term list (YAML or text) for the de-identifier",
    )
    return p


def make_backend(args: argparse.Namespace, deidentifier: Deidentifier | None = None) -> Backend:
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-radex``; prints the stats report as JSON and returns the exit code."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        options = RadexOptions(
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
            deidentifier=Deidentifier.default(args.phi_lists, all_ages=True)
            if args.phi_lists
            else None,
        )
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

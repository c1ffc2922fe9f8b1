"""``slava-humaneval``: build a blinded rating study, serve it to raters, analyse the answers.

Example::

    slava-humaneval build --system SLaVA-CXR=eval/slava --system LLaVA-Med=eval/llava-med \
        --tasks generation --images images/ --raters alice,bob --seed 0 --out study/
    slava-humaneval serve study/ --port 8765      # raters open http://127.0.0.1:8765/
    slava-humaneval analyse study/ --out analysis/
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["build_parser", "main"]


def _pairs(values: Sequence[str], flag: str) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name or not path:
            raise ValueError(f"{flag} {value!r}: expected NAME=PATH")
        if name in out:
            raise ValueError(f"{flag}: name {name!r} given twice")
        out[name] = Path(path)
    return out


def _per_task(values: Sequence[str], tasks: Sequence[str], flag: str) -> dict[str, Path]:
    if len(values) == 1 and "=" not in values[0]:
        if len(tasks) != 1:
            raise ValueError(f"{flag}: with several --tasks, give TASK=PATH for each")
        return {tasks[0]: Path(values[0])}
    out = _pairs(values, flag)
    unknown = set(out) - set(tasks)
    if unknown:
        raise ValueError(f"{flag}: tasks {sorted(unknown)} are not in --tasks {list(tasks)}")
    return out


def build_parser() -> argparse.ArgumentParser:
    """The ``slava-humaneval`` argument parser (subcommands build, serve, analyse)."""
    p = argparse.ArgumentParser(prog="slava-humaneval", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write a blinded, shuffled study folder")
    b.add_argument(
        "--system",
        action="append",
        required=True,
        metavar="NAME=PATH",
        help="a system's slava-eval output folder or predictions file (2 or more)",
    )
    b.add_argument(
        "--tasks",
        nargs="+",
        default=["generation"],
        help="tasks (<task>.jsonl in each folder; default: generation)",
    )
    b.add_argument(
        "--references",
        nargs="+",
        default=[],
        metavar="[TASK=]PATH",
        help="references file(s) (default: <task>.references.jsonl of a system folder)",
    )
    b.add_argument(
        "--context",
        nargs="+",
        default=[],
        metavar="[TASK=]PATH",
        help="texts shown as the system's input, e.g. Findings for summarization",
    )
    b.add_argument("--images", type=Path, help="folder of the images (relative paths, <id>.png)")
    b.add_argument("--raters", required=True, help="comma-separated rater names")
    b.add_argument("--cases", type=int, help="rate a seeded random subset of N cases per task")
    b.add_argument("--seed", type=int, default=0, help="seed of ids, orders and subset")
    b.add_argument("--out", type=Path, required=True, help="new study folder")
    s = sub.add_parser("serve", help="serve the rating page")
    s.add_argument("study", type=Path)
    s.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback)")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (the study becomes reachable from others)",
    )
    a = sub.add_parser("analyse", aliases=["analyze"], help="unblind and analyse the answers")
    a.add_argument("study", type=Path)
    a.add_argument("--out", type=Path, required=True, help="folder for summary, tables, plots")
    a.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples of cases")
    a.add_argument("--seed", type=int, default=0)
    a.add_argument("--confidence", type=float, default=0.95)
    a.add_argument(
        "--require-complete", action="store_true", help="fail when a rater left items unanswered"
    )
    return p


def _build(args: argparse.Namespace) -> int:
    from slava_lightning.humaneval.study import build_study

    raters = [r.strip() for r in args.raters.split(",") if r.strip()]
    report = build_study(
        _pairs(args.system, "--system"),
        args.out,
        raters,
        args.tasks,
        _per_task(args.references, args.tasks, "--references") if args.references else None,
        _per_task(args.context, args.tasks, "--context") if args.context else None,
        args.images,
        args.cases,
        args.seed,
    )
    print(report.summary())
    print(f"study written to {args.out}; serve it with: slava-humaneval serve {args.out}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from slava_lightning.humaneval.server import make_server

    server = make_server(args.study, args.host, args.port, args.allow_remote)
    host, port = str(server.server_address[0]), int(server.server_address[1])
    shown = f"[{host}]" if ":" in host else host
    print(f"serving {args.study} at http://{shown}:{port}/ (Ctrl-C stops; answers are saved)")
    for rater in server.study.raters:
        done = len(server.log.latest[rater])
        print(
            f"  {rater}: http://{shown}:{port}/?rater={rater}  ({done}/{len(server.study.items)})"
        )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _analyse(args: argparse.Namespace) -> int:
    from slava_lightning.humaneval.analysis import analyse_study, markdown_report, write_analysis

    result = analyse_study(
        args.study, args.bootstrap, args.seed, args.confidence, args.require_complete
    )
    for line in result.completeness.lines():
        print(f"slava-humaneval: {line}", file=sys.stderr)
    written = write_analysis(result, args.out)
    print(markdown_report(result))
    print(f"wrote {', '.join(str(p) for p in written)}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-humaneval``; returns 0 on success, 2 with a message on bad input."""
    args = build_parser().parse_args(argv)
    command = {"build": _build, "serve": _serve, "analyse": _analyse, "analyze": _analyse}
    try:
        return command[args.command](args)
    except (ValueError, OSError) as err:
        print(f"slava-humaneval: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

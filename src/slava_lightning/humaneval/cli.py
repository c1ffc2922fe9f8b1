"""``slava-humaneval``: build a blinded rating study, serve it to raters, analyse the answers.

Example::

    slava-humaneval build --system SLaVA-CXR=eval/slava --system LLaVA-Med=eval/llava-med \
        --tasks generation --images images/ --raters alice,bob --seed 0 --out study/
    slava-humaneval serve study/ --port 8765      # raters open http://127.0.0.1:8765/
    slava-humaneval analyse study/ --out analysis/
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slava_lightning.commandline import command_parser, option, parse_command

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

__all__ = [
    "AnalyseStudySettings",
    "BuildStudySettings",
    "ServeStudySettings",
    "build_parser",
    "main",
]


@dataclass(kw_only=True)
class BuildStudySettings:
    """``slava-humaneval build``: the systems, cases and raters of a new study."""

    system: list[str] = option(
        help="a system's slava-eval output folder or predictions file (2 or more)",
        append=True,
        metavar="NAME=PATH",
    )
    tasks: list[str] = option(
        help="tasks (<task>.jsonl in each folder; default: generation)",
        default_factory=lambda: ["generation"],
    )
    references: list[str] = option(
        help="references file(s) (default: <task>.references.jsonl of a system folder)",
        metavar="[TASK=]PATH",
        default_factory=list,
    )
    context: list[str] = option(
        help="texts shown as the system's input, e.g. Findings for summarization",
        metavar="[TASK=]PATH",
        default_factory=list,
    )
    images: Path | None = option(None, "folder of the images (relative paths, <id>.png)")
    raters: str = option(help="comma-separated rater names")
    cases: int | None = option(None, "rate a seeded random subset of N cases per task")
    seed: int = option(0, "seed of ids, orders and subset")
    out: Path = option(help="new study folder")


@dataclass(kw_only=True)
class ServeStudySettings:
    """``slava-humaneval serve``: where the rating page listens."""

    study: Path = option(positional=True)
    host: str = option("127.0.0.1", "bind address (default: loopback)")
    port: int = option(8765)
    allow_remote: bool = option(
        False, "allow a non-loopback --host (the study becomes reachable from others)"
    )


@dataclass(kw_only=True)
class AnalyseStudySettings:
    """``slava-humaneval analyse``: unblinding and the statistics of the answers."""

    study: Path = option(positional=True)
    out: Path = option(help="folder for summary, tables, plots")
    bootstrap: int = option(2000, "bootstrap resamples of cases")
    seed: int = option(0)
    confidence: float = option(0.95)
    require_complete: bool = option(False, "fail when a rater left items unanswered")


COMMANDS: dict[str, type] = {
    "build": BuildStudySettings,
    "serve": ServeStudySettings,
    "analyse": AnalyseStudySettings,
}
HELP = {
    "build": "write a blinded, shuffled study folder",
    "serve": "serve the rating page",
    "analyse": "unblind and analyse the answers",
}
ALIASES = {"analyse": ["analyze"]}
DESCRIPTION = (__doc__ or "").split("\n\n")[0]


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


def build_parser() -> ArgumentParser:
    """The ``slava-humaneval`` argument parser (subcommands build, serve, analyse)."""
    return command_parser(COMMANDS, "slava-humaneval", DESCRIPTION, help=HELP, aliases=ALIASES)


def _build(settings: BuildStudySettings) -> int:
    from slava_lightning.humaneval.study import build_study

    raters = [r.strip() for r in settings.raters.split(",") if r.strip()]
    report = build_study(
        _pairs(settings.system, "--system"),
        settings.out,
        raters,
        settings.tasks,
        _per_task(settings.references, settings.tasks, "--references")
        if settings.references
        else None,
        _per_task(settings.context, settings.tasks, "--context") if settings.context else None,
        settings.images,
        settings.cases,
        settings.seed,
    )
    print(report.summary())
    print(f"study written to {settings.out}; serve it with: slava-humaneval serve {settings.out}")
    return 0


def _serve(settings: ServeStudySettings) -> int:
    from slava_lightning.humaneval.server import make_server

    server = make_server(settings.study, settings.host, settings.port, settings.allow_remote)
    host, port = str(server.server_address[0]), int(server.server_address[1])
    shown = f"[{host}]" if ":" in host else host
    print(f"serving {settings.study} at http://{shown}:{port}/ (Ctrl-C stops; answers are saved)")
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


def _analyse(settings: AnalyseStudySettings) -> int:
    from slava_lightning.humaneval.analysis import analyse_study, markdown_report, write_analysis

    result = analyse_study(
        settings.study,
        settings.bootstrap,
        settings.seed,
        settings.confidence,
        settings.require_complete,
    )
    for line in result.completeness.lines():
        print(f"slava-humaneval: {line}", file=sys.stderr)
    written = write_analysis(result, settings.out)
    print(markdown_report(result))
    print(f"wrote {', '.join(str(p) for p in written)}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-humaneval``; returns 0 on success, 2 with a message on bad input."""
    name, settings = parse_command(
        COMMANDS, argv, "slava-humaneval", DESCRIPTION, help=HELP, aliases=ALIASES
    )
    command: dict[str, Callable[[Any], int]] = {
        "build": _build,
        "serve": _serve,
        "analyse": _analyse,
    }
    try:
        return command[name](settings)
    except (ValueError, OSError) as err:
        print(f"slava-humaneval: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

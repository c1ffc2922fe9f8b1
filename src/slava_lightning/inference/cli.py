"""``slava-generate``: chest X-ray images -> Findings (or Findings -> Impression), as JSONL.

Inputs, one of:

* image files given as arguments: one study, several views (frontal first);
* ``--image-folder DIR``: every sub-folder is a study (its images are its views) and every image
  directly inside ``DIR`` is a one-view study;
* ``--input FILE.jsonl``: one study per line, ``{"id", "image" | "images", "task", "findings",
  "metadata"}`` (``question_id`` is accepted for ``id``); relative paths are resolved against
  ``--image-root`` or the file's folder.

Output: one JSON line per study, in input order, in the released evaluation format (``question_id``,
``prompt``, ``text``, ``answer_id``, ``model_id``, ``metadata`` with the timing). A study that cannot be
generated (an image that does not decode, a bad JSONL line) gets an error record
``{"question_id", "error", "model_id", "metadata"}`` instead, the others go on, and the command exits
1 saying how many failed. A single study without ``--output`` instead streams its report, as plain
text, to the terminal as it is generated (``--no-stream`` prints the JSONL).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from slava_lightning.commandline import option, parse_settings, section, settings_parser
from slava_lightning.decoding import (
    DECODING_HELP,
    RELEASED_DECODING,
    GenerationSettings,
    settings_from_args,
)
from slava_lightning.inference.model_options import (
    ModelOptions,
    build_generator,
    load_generator,
)
from slava_lightning.inference.studies import TASKS, Failure, Report, Study, error_record, record
from slava_lightning.threads import configure_threads

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

    from slava_lightning.inference.engine import ReportGenerator

# Defined in library modules (decoding, model_options, studies) and kept importable from here.
__all__ = [
    "DECODING_HELP",
    "RELEASED_DECODING",
    "GenerateSettings",
    "ModelOptions",
    "OrderedWriter",
    "build_generator",
    "build_parser",
    "collect_studies",
    "IMAGE_SUFFIXES",
    "error_record",
    "latency_summary",
    "load_generator",
    "main",
    "record",
    "run",
    "settings_from_args",
    "studies_from_folder",
    "studies_from_jsonl",
]

# torch, transformers and the model load in load_generator, after the arguments are parsed, so
# that --help and argument errors answer at once (tests/inference/test_cli_imports.py).

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".dcm", ".dicom")


_INPUT = "input"
_OUTPUT = "output"


@dataclass(kw_only=True)
class GenerateSettings:
    """The settings of ``slava-generate``."""

    model: ModelOptions = section(ModelOptions)
    images: list[str] = option(
        help="image files of ONE study (several views)",
        positional=True,
        nargs="*",
        default_factory=list,
        group=_INPUT,
    )
    image_folder: str | None = option(
        None, "folder of studies (sub-folders) or single images", group=_INPUT
    )
    input: str | None = option(None, "JSONL file of studies", group=_INPUT)
    image_root: str | None = option(
        None, "base folder of relative image paths in --input", group=_INPUT
    )
    task: str = option(
        "generate",
        "generate: Findings; summarize: Impression from --findings",
        choices=TASKS,
        group=_INPUT,
    )
    findings: str | None = option(
        None, "Findings text for --task summarize (single study)", group=_INPUT
    )
    output: str | None = option(
        None, "JSONL file to write (default: standard output)", group=_OUTPUT
    )
    no_stream: bool = option(False, "do not stream a single study", group=_OUTPUT)
    decoding: dict[str, Any] = section(GenerationSettings, "decoding", DECODING_HELP, partial=True)


_DESCRIPTION = "Write chest X-ray reports (Findings, or Impression from Findings) as JSONL."
_EPILOG = "example: slava-generate --hf-llava ./slava-cxr-llava frontal.png lateral.png"


def build_parser() -> ArgumentParser:
    """The ``slava-generate`` argument parser (of :class:`GenerateSettings`)."""
    return settings_parser(GenerateSettings, "slava-generate", _DESCRIPTION, _EPILOG)


def _is_image(path: Path) -> bool:
    """An image by suffix, or a DICOM by content (DICOM files often have no suffix)."""
    if not path.is_file() or path.name.startswith("."):
        return False
    from slava_lightning.data.images import is_dicom

    return path.suffix.lower() in IMAGE_SUFFIXES or is_dicom(path)


def studies_from_folder(folder: Path, task: str = "generate") -> list[Study]:
    """Sub-folders with images are multi-view studies; loose images are one-view studies."""
    if not folder.is_dir():
        raise ValueError(f"--image-folder {str(folder)!r} is not a folder")
    studies = []
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            views: list[Any] = sorted(p for p in entry.iterdir() if _is_image(p))
            if views:
                studies.append(
                    Study(entry.name, views, task=task, metadata={"images": _names(views)})
                )
        elif _is_image(entry):
            studies.append(Study(entry.stem, [entry], task=task, metadata={"images": [entry.name]}))
    if not studies:
        raise ValueError(
            f"--image-folder {str(folder)!r} holds no {'/'.join(IMAGE_SUFFIXES)} or DICOM images"
        )
    return studies


def _names(paths: Sequence[Path]) -> list[str]:
    return [str(p) for p in paths]


def studies_from_jsonl(
    file: Path, image_root: Path | None, task: str = "generate", lenient: bool = False
) -> list[Study | Failure]:
    """Studies from a JSONL file, in file order (see the module docstring for the fields).

    Args:
        file: the JSONL file.
        image_root: folder of relative image paths (default: the file's folder).
        task: the task of records without one.
        lenient: an unreadable line becomes a :class:`Failure` in its place (its study has the
            record's id, or ``FILE:LINE``, and no images) instead of raising ``ValueError``.
    """
    if not file.is_file():
        raise ValueError(f"--input {str(file)!r} does not exist")
    root = image_root or file.parent
    out: list[Study | Failure] = []
    for n, line in enumerate(file.read_text().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(_study_of_line(line, f"{file}:{n}", root, task))
        except _BadLine as bad:
            if not lenient:
                raise ValueError(bad.failure.error) from None
            out.append(bad.failure)
    if not out:
        raise ValueError(f"--input {str(file)!r} holds no studies")
    return out


class _BadLine(Exception):
    def __init__(self, sid: str, where: str, message: str) -> None:
        super().__init__(message)
        self.failure = Failure(Study(sid, [], metadata={"input": where}), f"{where}: {message}")


def _study_of_line(line: str, where: str, root: Path, task: str) -> Study:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as err:
        raise _BadLine(where, where, f"not valid JSON ({err.msg})") from None
    if not isinstance(rec, dict):
        raise _BadLine(where, where, "expected a JSON object")
    sid = str(rec.get("id", rec.get("question_id", where)))
    images = rec.get("images", rec.get("image"))
    if isinstance(images, str):
        images = [images]
    if not isinstance(images, list) or not images:
        raise _BadLine(sid, where, "field 'image' (or 'images') must name at least one image")
    metadata = rec.get("metadata", {})
    if not isinstance(metadata, dict):
        raise _BadLine(sid, where, "field 'metadata' must be a JSON object")
    return Study(
        id=sid,
        images=[root / str(p) for p in images],
        task=str(rec.get("task", task)),
        findings=rec.get("findings"),
        metadata={**metadata, "images": [str(p) for p in images]},
    )


def collect_studies(args: GenerateSettings, lenient: bool = False) -> list[Study | Failure]:
    """The studies named by the input arguments (exactly one input kind), in input order.

    ``lenient``: unreadable ``--input`` lines are :class:`Failure` entries instead of an error.
    """
    given = [bool(args.images), args.image_folder is not None, args.input is not None]
    if sum(given) != 1:
        raise ValueError("give image files (one study), --image-folder or --input, exactly one")
    if args.findings is not None and not args.images:
        raise ValueError("--findings applies to a single study given as image files")
    if args.images:
        paths = [Path(p) for p in args.images]
        study = Study(
            paths[0].stem,
            list(paths),
            task=args.task,
            findings=args.findings,
            metadata={"images": _names(paths)},
        )
        study.conversation()  # fail early on a missing --findings
        return [study]
    if args.image_folder is not None:
        if args.task == "summarize":
            raise ValueError("--task summarize needs Findings per study: use --input JSONL")
        return list(studies_from_folder(Path(args.image_folder), args.task))
    root = Path(args.image_root) if args.image_root else None
    assert args.input is not None  # exactly one input kind, checked above
    return studies_from_jsonl(Path(args.input), root, args.task, lenient)


class OrderedWriter:
    """Writes records in input order as soon as all earlier ones are in, flushing each line.

    Results arrive batch by batch in prompt-length order; holding back only what is early keeps
    the file in input order and every finished record on disk even if a later study crashes.
    """

    def __init__(self, sink: TextIO) -> None:
        self.sink = sink
        self.next = 0
        self.pending: dict[int, dict[str, Any]] = {}

    def put(self, index: int, rec: dict[str, Any]) -> None:
        """Hand in the record of input ``index``."""
        self.pending[index] = rec
        while self.next in self.pending:
            self.sink.write(json.dumps(self.pending.pop(self.next)) + "\n")
            self.next += 1
        self.sink.flush()


def run(args: GenerateSettings, stdout: TextIO, stderr: TextIO) -> int:
    """Execute parsed settings; returns the exit status (1 when any study failed)."""
    settings_from_args(args.decoding)  # bad decoding options fail before the model loads
    configure_threads(args.model.threads, "slava-generate")  # before torch loads
    inputs = collect_studies(args, lenient=True)
    generator, loaded = load_generator(args.model)
    settings = settings_from_args(args.decoding, loaded.generation)
    studies = [x for x in inputs if isinstance(x, Study)]
    stream = len(inputs) == len(studies) == 1 and args.output is None and not args.no_stream
    if stream and settings.num_beams == 1:
        return _stream(generator, studies[0], settings, stdout, stderr)
    place = [k for k, x in enumerate(inputs) if isinstance(x, Study)]  # study i -> input place
    reports: list[Report] = []
    failures = [x for x in inputs if isinstance(x, Failure)]
    start = time.perf_counter()
    sink = open(args.output, "w") if args.output else stdout  # noqa: SIM115
    try:
        writer = OrderedWriter(sink)
        for k, x in enumerate(inputs):
            if isinstance(x, Failure):
                writer.put(k, error_record(x, generator.model_id))
        for i, outcome in generator.generate_iter(studies, settings):
            if isinstance(outcome, Failure):
                failures.append(outcome)
                writer.put(place[i], error_record(outcome, generator.model_id))
            else:
                reports.append(outcome)
                writer.put(place[i], record(outcome, generator.model_id))
    finally:
        if sink is not stdout:
            sink.close()
    seconds = time.perf_counter() - start
    where = f" to {args.output}" if args.output else ""
    tokens = sum(r.completion_tokens for r in reports)
    summary = (
        f"wrote {len(reports)} report(s){where}: {tokens} tokens generated in {seconds:.2f} s "
        f"({len(reports) / seconds:.2f} reports/s, {tokens / seconds:.1f} tokens/s, "
        f"batch size {generator.batch_size})"
    )
    print(summary, file=stderr)
    if reports:
        print(latency_summary(reports), file=stderr)
    if failures:
        failed = f"{len(failures)} of {len(inputs)} studies failed"
        print(f"slava-generate: {failed} (error records written{where}):", file=stderr)
        for failure in failures[:10]:
            print(f"  {failure.study.id}: {failure.error}", file=stderr)
        if len(failures) > 10:
            print(f"  ... and {len(failures) - 10} more", file=stderr)
        return 1
    return 0


def latency_summary(reports: Sequence[Report]) -> str:
    """``time to first token`` and ``per report`` (median / max) of ``reports``, one line."""
    per = [r.seconds for r in reports]
    first = [r.first_token_s for r in reports if r.first_token_s is not None]
    parts = []
    if first:
        parts.append(
            f"time to first token: median {statistics.median(first):.3f} s, max {max(first):.3f} s"
        )
    parts.append(f"per report: median {statistics.median(per):.3f} s, max {max(per):.3f} s")
    return "; ".join(parts) + " (from the start of each batch, image loading included)"


def _stream(
    generator: ReportGenerator,
    study: Study,
    settings: GenerationSettings,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """One study's report to the terminal token by token (no JSONL; use --output or --no-stream)."""

    def echo(text: str) -> None:
        print(text, end="", flush=True, file=stdout)

    outcomes = list(generator.generate_iter([study], settings, streamer=echo))
    ((_, outcome),) = outcomes
    if isinstance(outcome, Failure):
        print(f"slava-generate: error: {outcome.error}", file=stderr)
        return 1
    print(file=stdout)
    print(latency_summary([outcome]), file=stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-generate``; returns 0 on success, 1 when some studies failed (error records
    written, count on standard error), 2 with a message on bad arguments."""
    args = parse_settings(GenerateSettings, argv, "slava-generate", _DESCRIPTION, _EPILOG)
    try:
        return run(args, sys.stdout, sys.stderr)
    except ValueError as err:
        print(f"slava-generate: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

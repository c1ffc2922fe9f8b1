"""Typed command settings parsed by jsonargparse (slava_lightning.commandline)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pytest
import yaml

from slava_lightning.commandline import (
    command_parser,
    option,
    parse_command,
    parse_settings,
    section,
    settings_parser,
)
from slava_lightning.decoding import GenerationSettings


@dataclass
class Limits:
    """Limits.

    Args:
        max_items: items per request.
        timeout_s: seconds per request.
    """

    max_items: int = 4
    timeout_s: float = 2.5

    def __post_init__(self) -> None:
        if self.max_items < 1:
            raise ValueError(f"max_items must be >= 1, got {self.max_items}")


@dataclass(kw_only=True)
class Settings:
    inputs: list[str] = option(help="input files", positional=True, nargs="*", default_factory=list)
    output: Path | None = option(None, "where to write", flags=("-o", "--output"))
    id_field: str = option("id", "the id field")
    mode: Literal["fast", "exact"] = option("fast", "how to run")
    metrics: list[str] = option(help="metric names", default_factory=lambda: ["bleu"])
    run: list[str] = option(help="a run (repeatable)", append=True, default_factory=list)
    verbose: bool = option(False, "say more")
    stream: bool = option(True, "stream output", negatable=True)
    int8: bool = option(False, "8-bit", exclusive="quant", group="hardware")
    int4: bool = option(False, "4-bit", exclusive="quant", group="hardware")
    limits: Limits = section(Limits, "limits")
    decoding: dict[str, Any] = section(GenerationSettings, "decoding", partial=True)


def test_flags_are_dashed_field_names_with_their_types():
    s = parse_settings(
        Settings,
        ["a.png", "b.png", "-o", "out.json", "--id-field", "qid", "--mode", "exact",
         "--metrics", "bleu", "rouge", "--verbose", "--no-stream", "--int8",
         "--max-items", "7", "--timeout-s", "0.5", "--run", "a=1", "--run", "b=2"],
        prog="demo",
    )  # fmt: skip
    assert s.inputs == ["a.png", "b.png"] and s.output == Path("out.json")
    assert (s.id_field, s.mode, s.metrics) == ("qid", "exact", ["bleu", "rouge"])
    assert (s.verbose, s.stream, s.int8, s.int4) == (True, False, True, False)
    assert s.limits == Limits(max_items=7, timeout_s=0.5)
    assert s.decoding == {} and s.run == ["a=1", "b=2"]


def test_defaults_and_the_partial_section_holds_only_the_options_given():
    s = parse_settings(Settings, ["--max-new-tokens", "9", "--no-do-sample"], prog="demo")
    assert s == Settings(decoding={"max_new_tokens": 9, "do_sample": False})
    assert s.limits == Limits() and s.metrics == ["bleu"] and s.stream is True and s.run == []


def test_a_settings_file_by_field_name_and_flags_after_it_win(tmp_path: Path):
    path = tmp_path / "run.yaml"
    path.write_text(yaml.safe_dump({"id_field": "rid", "metrics": ["cider"], "max_items": 2,
                                    "max_new_tokens": 5, "verbose": True}))  # fmt: skip
    s = parse_settings(Settings, ["--settings", str(path), "--max-items", "3"], prog="demo")
    assert (s.id_field, s.metrics, s.verbose) == ("rid", ["cider"], True)
    assert s.limits.max_items == 3 and s.decoding == {"max_new_tokens": 5}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--max-items", "many"], "max_items"),
        (["--mode", "slow"], "invalid choice: 'slow'"),
        (["--int8", "--int4"], "not allowed with argument --int8"),
        (["--max-items", "0"], "max_items must be >= 1, got 0"),
        (["--top-k", "x"], "top_k"),
        (["--nope"], "unrecognized arguments: --nope"),
    ],
)
def test_bad_values_exit_2_naming_the_option(argv, message, capsys):
    with pytest.raises(SystemExit) as stop:
        parse_settings(Settings, argv, prog="demo")
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_a_repeated_option_reads_a_list_from_the_settings_file(tmp_path: Path, capsys):
    @dataclass(kw_only=True)
    class Runs:
        run: list[str] = option(help="a run", append=True)
        size: list[int] = option(help="a size", append=True, default_factory=list)
        kind: list[Literal["a", "b"]] = option(help="a kind", append=True, default_factory=list)

    path = tmp_path / "runs.yaml"
    path.write_text(yaml.safe_dump({"run": ["x=1", "y=2"], "size": [3], "kind": ["b"]}))
    s = parse_settings(Runs, ["--settings", str(path)], prog="demo")
    assert (s.run, s.size, s.kind) == (["x=1", "y=2"], [3], ["b"])
    s = parse_settings(Runs, ["--settings", str(path), "--run", "z=3", "--kind", "a"], prog="demo")
    assert (s.run, s.kind) == (["x=1", "y=2", "z=3"], ["b", "a"])  # a flag adds to the file's
    path.write_text(yaml.safe_dump({"run": "x=1"}))  # one value alone is a one-item list
    assert parse_settings(Runs, ["--settings", str(path)], prog="demo").run == ["x=1"]
    for bad, message in [
        ({"run": ["x"], "size": ["big"]}, 'key "size": invalid literal'),
        ({"run": "x=1", "size": "big"}, 'key "size": invalid literal'),
        ({"run": ["x"], "kind": ["c"]}, "invalid choice: 'c'"),
    ]:
        path.write_text(yaml.safe_dump(bad))
        with pytest.raises(SystemExit) as stop:
            parse_settings(Runs, ["--settings", str(path)], prog="demo")
        assert stop.value.code == 2 and message in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        parse_settings(Runs, ["--run", "x", "--kind", "c"], prog="demo")
    assert (
        stop.value.code == 2 and "argument --kind: invalid choice: 'c'" in capsys.readouterr().err
    )


def test_a_bad_value_in_the_settings_file_is_a_usage_error(tmp_path: Path, capsys):
    path = tmp_path / "run.yaml"
    path.write_text(json.dumps({"max_items": "lots"}))
    with pytest.raises(SystemExit) as stop:
        parse_settings(Settings, ["--settings", str(path)], prog="demo")
    assert stop.value.code == 2 and "max_items" in capsys.readouterr().err


def test_help_shows_groups_docstring_help_and_defaults():
    text = settings_parser(Settings, "demo").format_help()
    assert "limits:" in text and "hardware:" in text and "decoding:" in text
    assert "items per request. (default: 4)" in text  # from the Args: section
    assert "--settings SETTINGS" in text and "--id-field ID_FIELD" in text


def test_an_option_declared_twice_is_refused():
    @dataclass(kw_only=True)
    class Twice:
        max_items: int = option(1, "clashes with the section's")
        limits: Limits = section(Limits, "limits")

    with pytest.raises(ValueError, match="--max-items is declared twice"):
        settings_parser(Twice, "demo")


def test_a_switch_defaulting_to_true_must_be_negatable():
    @dataclass
    class On:
        fast: bool = option(True, "fast")

    with pytest.raises(ValueError, match="must be negatable"):
        settings_parser(On, "demo")


def test_commands_parse_their_settings_file(tmp_path: Path, capsys):
    from slava_lightning.evaluation.score import ScoreSettings, main

    preds, refs = tmp_path / "p.jsonl", tmp_path / "r.jsonl"
    preds.write_text(json.dumps({"rid": "1", "text": "no acute disease"}) + "\n")
    refs.write_text(json.dumps({"rid": "1", "text": "no acute disease seen"}) + "\n")
    path = tmp_path / "score.yaml"
    path.write_text(yaml.safe_dump({"predictions": str(preds), "references": str(refs),
                                    "id_field": "rid", "metrics": ["rougeL"]}))  # fmt: skip
    assert main(["--settings", str(path), "-o", str(tmp_path / "s.json")]) == 0
    scores = json.loads((tmp_path / "s.json").read_text())
    assert set(scores["corpus"]) == {"rougeL"} and 0 < scores["corpus"]["rougeL"] < 1
    s = parse_settings(ScoreSettings, ["--settings", str(path)])
    assert s.suite.metrics == ["rougeL"] and s.predictions == preds


@dataclass(kw_only=True)
class Build:
    out: Path = option(help="new folder")
    system: list[str] = option(help="a system", append=True, metavar="NAME=PATH")
    seed: int = option(0, "the seed")

    def __post_init__(self) -> None:
        if len(self.system) < 2:
            raise ValueError(f"--system: give 2 or more, got {len(self.system)}")


@dataclass(kw_only=True)
class Analyse:
    study: Path = option(positional=True, help="the study folder")
    out: Path = option(help="the output folder")
    limits: Limits = section(Limits, "limits")


COMMANDS = {"build": Build, "analyse": Analyse}
HELP = {"build": "write a study", "analyse": "analyse the answers"}
ALIASES = {"analyse": ["analyze"]}


def command(argv: list[str]) -> tuple[str, Any]:
    return parse_command(COMMANDS, argv, "demo", "a demo", help=HELP, aliases=ALIASES)


def test_a_subcommand_parses_into_its_own_settings():
    name, s = command(["build", "--out", "o", "--system", "a=1", "--system", "b=2"])
    assert name == "build" and s == Build(out=Path("o"), system=["a=1", "b=2"])
    name, s = command(["analyse", "st", "--out", "a", "--max-items", "2"])
    assert name == "analyse" and s == Analyse(study=Path("st"), out=Path("a"), limits=Limits(2))


def test_an_alias_gives_the_subcommand_name():
    name, s = command(["analyze", "st", "--out", "a"])
    assert name == "analyse" and s == Analyse(study=Path("st"), out=Path("a"))


def test_each_subcommand_reads_its_settings_file(tmp_path: Path):
    path = tmp_path / "build.yaml"
    path.write_text(yaml.safe_dump({"out": "o", "system": ["a=1", "b=2"], "seed": 3}))
    name, s = command(["build", "--settings", str(path), "--seed", "4"])
    assert name == "build" and s == Build(out=Path("o"), system=["a=1", "b=2"], seed=4)
    path.write_text(yaml.safe_dump({"out": "a", "timeout_s": 9.0}))
    name, s = command(["analyze", "st", "--settings", str(path)])
    assert name == "analyse" and s.limits == Limits(timeout_s=9.0) and s.out == Path("a")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], '"command" to be one of {build,analyse,analyze}'),
        (["deploy"], "invalid choice: 'deploy'"),
        (["build", "--out", "o", "--system", "a=1", "--system", "b", "--seed", "x"], "seed"),
        (["build", "--out", "o", "--system", "a=1"], "--system: give 2 or more, got 1"),
        (["build", "--system", "a=1", "--system", "b=2"], "required: build.out"),
        (["analyze", "st", "--out", "a", "--max-items", "0"], "max_items must be >= 1, got 0"),
        (["analyse", "st", "--out", "a", "--seed", "1"], "unrecognized arguments: --seed 1"),
    ],
)
def test_subcommand_usage_errors_exit_2_naming_the_option(argv, message, capsys):
    with pytest.raises(SystemExit) as stop:
        command(argv)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_a_settings_check_is_reported_with_the_subcommands_usage(capsys):
    with pytest.raises(SystemExit):
        command(["build", "--out", "o", "--system", "a=1"])
    assert "usage: demo build [-h]" in capsys.readouterr().err


def test_command_help_lists_subcommands_aliases_and_their_help():
    parser = command_parser(COMMANDS, "demo", "a demo", help=HELP, aliases=ALIASES)
    text = parser.format_help()
    assert "a demo" in text and "build               write a study" in text
    assert "analyse (analyze)   analyse the answers" in text
    with pytest.raises(SystemExit) as stop:
        command(["analyze", "--help"])
    assert stop.value.code == 0


def test_subcommand_help_shows_its_own_options(capsys):
    with pytest.raises(SystemExit) as stop:
        command(["build", "--help"])
    text = capsys.readouterr().out
    assert stop.value.code == 0 and text.startswith("usage: demo build [-h] [--settings SETTINGS]")
    assert "write a study" in text and "--system NAME=PATH" in text and "--max-items" not in text


@pytest.mark.parametrize(
    ("help", "aliases", "message"),
    [
        ({"serve": "x"}, {}, "help given for unknown subcommands ['serve']"),
        ({}, {"serve": ["s"]}, "aliases given for unknown subcommands ['serve']"),
        ({}, {"analyse": ["build"]}, "'build' is used twice (build and analyse)"),
        ({}, {"analyse": "analyze"}, "give a list of names"),
    ],
)
def test_ill_declared_subcommands_are_refused(help, aliases, message):
    with pytest.raises(ValueError) as err:
        command_parser(COMMANDS, "demo", help=help, aliases=aliases)
    assert message in str(err.value)
    with pytest.raises(ValueError, match="at least one subcommand"):
        command_parser({}, "demo")


@pytest.mark.parametrize("value", ['"false"', "1", "[true]"])
def test_a_switch_in_a_settings_file_must_be_a_boolean(tmp_path: Path, value: str, capsys):
    path = tmp_path / "run.yaml"
    path.write_text(f"verbose: {value}\n")
    with pytest.raises(SystemExit) as stop:
        parse_settings(Settings, ["--settings", str(path)], prog="demo")
    assert stop.value.code == 2 and "verbose" in capsys.readouterr().err
    path.write_text("verbose: false\nstream: false\n")
    s = parse_settings(Settings, ["--settings", str(path)], prog="demo")
    assert s.verbose is False and s.stream is False


def test_help_shows_a_zero_default():
    @dataclass
    class Zero:
        seed: int = option(0, "the seed")

    assert "the seed (default: 0)" in " ".join(settings_parser(Zero, "demo").format_help().split())

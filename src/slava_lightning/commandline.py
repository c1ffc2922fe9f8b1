"""Typed command settings, parsed by jsonargparse.

A command declares its options once, as a dataclass whose fields carry their help
(:func:`option`); nested dataclasses are argument groups (:func:`section`). :func:`parse_settings`
builds a :class:`jsonargparse.ArgumentParser` from the class, parses the command line (and a YAML
file of the same options, ``--settings FILE``), and returns an instance: the command's ``main``
gets a validated, typed object, and a library function can take the same object.

Flags are the field names with dashes (``max_new_tokens`` -> ``--max-new-tokens``), the spelling
the commands have always had; a settings file uses the field names (``max_new_tokens: 64``), as
``slava-fit`` configs do, and ``--print_config`` prints the resolved settings as such a file.
jsonargparse checks every value against its type, from the command line and from the file alike.
A ``ValueError`` raised while building the settings (a dataclass's ``__post_init__``) is reported
as a usage error naming the command.

A command with subcommands (``slava-humaneval build|serve|analyse``) gives one settings class per
subcommand to :func:`parse_command`, which returns the subcommand's name and its settings; each
subcommand's flags are built as :func:`settings_parser` builds them, ``--settings FILE`` included.

A field's help is its :func:`option` text, else its entry in the ``Args:`` section of the class
docstring (so a plain dataclass can be a section), with the default appended.

Types map to flags as argparse users expect: ``bool`` -> a switch (``--x``, or ``--x/--no-x`` with
``negatable=True``), ``list[T]`` -> one or more values, ``Literal[...]`` -> choices, ``T | None`` ->
an optional value of ``T``. A :func:`section` with ``partial=True`` gives a dict of only the flags
that were given, for options laid over defaults found later (a checkpoint's decoding settings).

Light at import: jsonargparse loads in :func:`settings_parser`, so a command's ``--help`` costs
about 0.1 s more than plain argparse, and nothing of the model stack.
"""

from __future__ import annotations

import argparse
import dataclasses
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

__all__ = [
    "command_parser",
    "option",
    "parse_command",
    "parse_settings",
    "section",
    "settings_from_namespace",
    "settings_parser",
]

T = TypeVar("T")

#: The option naming a YAML file of a command's settings.
SETTINGS_FLAG = "--settings"


def option(
    default: Any = dataclasses.MISSING,
    help: str = "",
    *,
    flags: Sequence[str] = (),
    positional: bool = False,
    nargs: str | None = None,
    choices: Sequence[Any] | None = None,
    metavar: str | None = None,
    negatable: bool = False,
    append: bool = False,
    exclusive: str | None = None,
    cli: bool = True,
    group: str | None = None,
    default_factory: Any = dataclasses.MISSING,
) -> Any:
    """A settings field with its command-line form.

    Args:
        default: the default (none: the option is required).
        help: the flag's help text.
        flags: the option strings (default: ``--`` and the field name with dashes).
        positional: a positional argument instead of a flag.
        nargs: argparse ``nargs`` (default: ``+`` for a list, else one value).
        choices: allowed values (default: a ``Literal``'s values).
        metavar: the value's name in the help.
        negatable: a ``bool`` gets ``--x`` and ``--no-x``.
        append: a ``list`` field whose flag is repeated, one value each time (``--run A --run B``).
        exclusive: options with the same name here are mutually exclusive.
        cli: ``False``: a field with no flag (set only from code).
        group: title of the argument group the flag is shown in (default: its section's).
        default_factory: a factory of the default (mutable defaults).
    """
    metadata = {
        "help": help,
        "flags": tuple(flags),
        "positional": positional,
        "nargs": nargs,
        "choices": choices,
        "metavar": metavar,
        "negatable": negatable,
        "append": append,
        "exclusive": exclusive,
        "cli": cli,
        "group": group,
    }
    if default_factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=default_factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def section(
    cls: type,
    title: str | None = None,
    description: str | None = None,
    *,
    partial: bool = False,
    exclude: Sequence[str] = (),
) -> Any:
    """A nested settings dataclass, shown as an argument group.

    Args:
        cls: the dataclass of the group's options.
        title: the group's title in the help (``None``: no group of its own; the options sit
            in the enclosing group, or in the groups their fields name).
        description: the group's text in the help.
        partial: the field holds a dict of only the options given (every flag defaults to unset,
            a ``bool`` is ``--x/--no-x``), not an instance of ``cls``.
        exclude: fields of ``cls`` without a flag here (a command whose flag of the same name
            means something else).
    """
    metadata = {
        "section": cls,
        "title": title,
        "description": description,
        "partial": partial,
        "exclude": tuple(exclude),
    }
    factory: Any = dict if partial else cls
    return dataclasses.field(default_factory=factory, metadata=metadata)


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _unwrap(kind: Any) -> tuple[Any, bool]:
    """``T | None`` -> (``T``, True); anything else -> (kind, False)."""
    args = typing.get_args(kind)
    if type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]), True  # noqa: UP007
    return kind, False


def _scalar(kind: Any) -> Any:
    """The argparse ``type`` of a field's values."""
    if kind in (int, float, str, Path):
        return kind
    if typing.get_origin(kind) is Literal:
        return type(typing.get_args(kind)[0])
    return kind if isinstance(kind, type) else str


class _Repeated(argparse._AppendAction):
    """``append=True``: ``--x A --x B`` gives ``[A, B]``, and a settings file's ``x: [A, B]`` too.

    Plain argparse ``append`` is not enough under jsonargparse: it checks a file's value with the
    action's ``type`` as one value (a list became its ``str``) and its choices against the whole
    list. An action with ``_check_type_`` checks the value itself: here item by item, choices
    included (kept off ``self.choices`` for that reason); a single value is a one-item list. A
    flag after ``--settings`` adds to
    the file's list, as argparse's ``append`` adds to what is there.
    """

    def __init__(self, *args: Any, choices: Sequence[Any] | None = None, **kwargs: Any) -> None:
        self.allowed = None if choices is None else tuple(choices)
        if self.allowed is not None and kwargs.get("metavar") is None:
            kwargs["metavar"] = "{" + ",".join(str(c) for c in self.allowed) + "}"
        super().__init__(*args, **kwargs)

    def _choice(self, value: Any) -> Any:
        if self.allowed is not None and value not in self.allowed:
            shown = ", ".join(repr(c) for c in self.allowed)
            raise ValueError(f"invalid choice: {value!r} (choose from {shown})")
        return value

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Any = None) -> None:
        try:
            self._choice(values)
        except ValueError as err:
            raise argparse.ArgumentError(self, str(err)) from None
        super().__call__(parser, namespace, values, option_string)

    def _check_type_(self, value: Any, **_: Any) -> list[Any]:
        """A settings file's value, checked (the name and keywords jsonargparse uses)."""
        if not isinstance(value, list):
            value = [value]  # one value given alone: "run: A=x.json"
        if self.type in (None, str) and not all(isinstance(v, str) for v in value):
            raise TypeError(f'Parser key "{self.dest}": expected strings, got {value!r}')
        try:
            return [self._choice(v if self.type is None else self.type(v)) for v in value]  # type: ignore[operator]
        except (TypeError, ValueError) as err:
            raise TypeError(f'Parser key "{self.dest}": {err}') from err

    _check_type = _check_type_  # jsonargparse looks for this name


def _check_switch(dest: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f'Parser key "{dest}": expected true or false, got {value!r}')
    return value


class _Switch(argparse._StoreTrueAction):
    """A ``bool`` switch whose settings-file value must be a boolean (a quoted ``"false"`` would
    otherwise count as true)."""

    def _check_type_(self, value: Any, **_: Any) -> bool:
        return _check_switch(self.dest, value)

    _check_type = _check_type_


class _Negatable(argparse.BooleanOptionalAction):
    """``--x`` / ``--no-x``, with the settings-file check of :class:`_Switch`."""

    def _check_type_(self, value: Any, **_: Any) -> bool | None:
        return None if value is None else _check_switch(self.dest, value)

    _check_type = _check_type_


def _docstring_help(cls: type) -> dict[str, str]:
    """``{field: text}`` of the ``Args:`` section of ``cls``'s docstring (for plain fields)."""
    from docstring_parser import parse

    return {
        p.arg_name: " ".join(p.description.split())
        for p in parse(cls.__doc__ or "").params
        if p.description
    }


def _help(f: dataclasses.Field, described: dict[str, str], partial: bool) -> str:
    text = str(f.metadata.get("help") or described.get(f.name, "")).replace("``", "")
    default = f.default
    shown = default is not dataclasses.MISSING and default is not None and default is not False
    if not partial and "default" not in text and shown:
        text += f" (default: {default})"
    return text.replace("%", "%%")


def _add_field(
    target: Any,
    parser: Any,
    f: dataclasses.Field,
    kind: Any,
    partial: bool,
    seen: dict[str, str],
    described: dict[str, str],
) -> None:
    meta = f.metadata
    kind, _ = _unwrap(kind)
    kwargs: dict[str, Any] = {"help": _help(f, described, partial)}
    if meta.get("exclusive"):
        groups = parser._slava_exclusive  # one argparse group per name, on this parser
        key = (id(target), meta["exclusive"])
        if key not in groups:
            groups[key] = target.add_mutually_exclusive_group()
        target = groups[key]
    if meta.get("positional"):
        names: tuple[str, ...] = (f.name,)
    else:
        names = meta.get("flags") or (_flag(f.name),)
        kwargs["dest"] = f.name
    for name in names:
        if name in seen:
            raise ValueError(f"option {name} is declared twice ({seen[name]} and {f.name})")
        seen[name] = f.name
    if partial:
        kwargs["default"] = None
    elif f.default is not dataclasses.MISSING:
        kwargs["default"] = f.default
    elif f.default_factory is not dataclasses.MISSING:
        kwargs["default"] = f.default_factory()
    elif not meta.get("positional"):
        kwargs["required"] = True
    if kind is bool:
        if partial or meta.get("negatable"):
            kwargs["action"] = _Negatable
        elif kwargs.get("default") is True:
            raise ValueError(f"{f.name}: a switch that defaults to True must be negatable")
        else:
            kwargs["action"] = _Switch
        target.add_argument(*names, **kwargs)
        return
    origin = typing.get_origin(kind)
    if origin in (list, tuple, Sequence):
        (kind, *_) = typing.get_args(kind) or (str,)
        if meta.get("append"):
            kwargs["action"] = _Repeated
            if kwargs.get("default"):
                raise ValueError(f"{f.name}: a repeated option starts empty")
        else:
            kwargs["nargs"] = meta.get("nargs") or "+"
    elif meta.get("nargs"):
        kwargs["nargs"] = meta["nargs"]
    choices = meta.get("choices")
    if choices is None and typing.get_origin(kind) is Literal:
        choices = typing.get_args(kind)
    if choices is not None:
        kwargs["choices"] = tuple(choices)
    if meta.get("metavar"):
        kwargs["metavar"] = meta["metavar"]
    kwargs["type"] = _scalar(kind)
    target.add_argument(*names, **kwargs)


def _add_settings(
    parser: Any, target: Any, cls: type, partial: bool, exclude: Sequence[str], seen: dict
) -> None:
    hints = typing.get_type_hints(cls)
    described = _docstring_help(cls)
    for f in dataclasses.fields(cls):
        if not f.metadata.get("cli", True) or f.name in exclude:
            continue
        sub = f.metadata.get("section")
        if sub is not None:
            group = target
            if f.metadata["title"] is not None:
                group = parser.add_argument_group(f.metadata["title"], f.metadata["description"])
            _add_settings(parser, group, sub, f.metadata["partial"], f.metadata["exclude"], seen)
            continue
        where = target
        if f.metadata.get("group"):
            groups = parser._slava_groups
            if f.metadata["group"] not in groups:
                groups[f.metadata["group"]] = parser.add_argument_group(f.metadata["group"])
            where = groups[f.metadata["group"]]
        _add_field(where, parser, f, hints[f.name], partial, seen, described)


def _new_parser(prog: str, description: str | None, epilog: str | None) -> ArgumentParser:
    """An empty jsonargparse parser that prints description and epilog as given."""
    from jsonargparse import ArgumentParser

    return ArgumentParser(
        prog=prog,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        exit_on_error=True,
    )


def settings_parser(
    cls: type,
    prog: str,
    description: str | None = None,
    epilog: str | None = None,
) -> ArgumentParser:
    """The jsonargparse parser of settings dataclass ``cls`` (with ``--settings FILE``)."""
    from jsonargparse import ActionConfigFile

    parser = _new_parser(prog, description, epilog)
    parser._slava_exclusive = {}  # type: ignore[attr-defined]
    parser._slava_groups = {}  # type: ignore[attr-defined]
    parser.add_argument(
        SETTINGS_FLAG,
        action=ActionConfigFile,
        help="YAML file of these options, keyed by field name (--id-field X is id_field: X); "
        "flags after it override it",
    )
    _add_settings(parser, parser, cls, False, (), {})
    return parser


def _values(cls: type, namespace: Any, partial: bool, exclude: Sequence[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if not f.metadata.get("cli", True) or f.name in exclude:
            continue
        sub = f.metadata.get("section")
        if sub is not None:
            inner = _values(sub, namespace, f.metadata["partial"], f.metadata["exclude"])
            values[f.name] = inner if f.metadata["partial"] else sub(**inner)
            continue
        value = namespace.get(f.name) if hasattr(namespace, "get") else getattr(namespace, f.name)
        if partial and value is None:
            continue
        values[f.name] = value
    return values


def settings_from_namespace(cls: type[T], namespace: Any) -> T:
    """An instance of ``cls`` from a namespace its :func:`settings_parser` returned."""
    return cls(**_values(cls, namespace, False, ()))


def parse_settings(
    cls: type[T],
    argv: Sequence[str] | None = None,
    prog: str = "",
    description: str | None = None,
    epilog: str | None = None,
) -> T:
    """Parse ``argv`` (default: ``sys.argv[1:]``) into an instance of settings dataclass ``cls``.

    Exits with status 2 and a usage message on a bad flag or value, as argparse does, including a
    ``ValueError`` of the dataclass's own checks.
    """
    parser = settings_parser(cls, prog, description, epilog)
    namespace = parser.parse_args(None if argv is None else list(argv))
    try:
        return settings_from_namespace(cls, namespace)
    except ValueError as err:
        parser.error(str(err))
        raise  # parser.error exits; this line is for type checkers


def _command_names(
    commands: Mapping[str, type], help: Mapping[str, str], aliases: Mapping[str, Sequence[str]]
) -> dict[str, str]:
    """``{name or alias: command}``, refusing clashes and help or aliases of unknown commands."""
    if not commands:
        raise ValueError("a command needs at least one subcommand")
    for what, table in (("help", help), ("aliases", aliases)):
        unknown = sorted(set(table) - set(commands))
        if unknown:
            raise ValueError(
                f"{what} given for unknown subcommands {unknown}; known: {list(commands)}"
            )
    names = {name: name for name in commands}
    for name, others in aliases.items():
        if isinstance(others, str):
            raise ValueError(
                f"aliases of {name!r}: give a list of names, not the string {others!r}"
            )
        for alias in others:
            if alias in names:
                raise ValueError(
                    f"subcommand name {alias!r} is used twice ({names[alias]} and {name})"
                )
            names[alias] = name
    return names


def command_parser(
    commands: Mapping[str, type],
    prog: str,
    description: str | None = None,
    epilog: str | None = None,
    *,
    help: Mapping[str, str] | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> ArgumentParser:
    """The jsonargparse parser of a command with subcommands, one settings dataclass each.

    Args:
        commands: ``{subcommand: settings dataclass}``, in the order the help lists them.
        prog: the command's name.
        description: the command's text in the help.
        epilog: text after the help.
        help: ``{subcommand: one line}`` shown in the command's help (and as the subcommand's
            description in its own help).
        aliases: ``{subcommand: other names}`` (``{"analyse": ["analyze"]}``).

    Raises:
        ValueError: a name is used twice, or ``help``/``aliases`` name an unknown subcommand.
    """
    help, aliases = help or {}, aliases or {}
    _command_names(commands, help, aliases)
    parser = _new_parser(prog, description, epilog)
    subcommands = parser.add_subcommands(required=True, dest="command")
    parser._slava_subparsers = {}  # type: ignore[attr-defined]
    for name, cls in commands.items():
        sub = settings_parser(cls, f"{prog} {name}", help.get(name))
        extra: dict[str, Any] = {"help": help[name]} if name in help else {}
        subcommands.add_subcommand(name, sub, aliases=tuple(aliases.get(name, ())), **extra)
        sub.prog = f"{prog} {name}"  # argparse's form (jsonargparse inserts "[options]")
        parser._slava_subparsers[name] = sub  # type: ignore[attr-defined]
    return parser


def parse_command(
    commands: Mapping[str, type],
    argv: Sequence[str] | None = None,
    prog: str = "",
    description: str | None = None,
    epilog: str | None = None,
    *,
    help: Mapping[str, str] | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> tuple[str, Any]:
    """Parse ``argv`` (default: ``sys.argv[1:]``) of a command with subcommands.

    The arguments are those of :func:`command_parser`. Returns the subcommand's name (its own
    name when an alias was given) and an instance of its settings dataclass. Exits with status 2
    and a usage message on a missing or unknown subcommand, a bad flag or value, or a
    ``ValueError`` of the dataclass's own checks, as :func:`parse_settings` does.
    """
    parser = command_parser(commands, prog, description, epilog, help=help, aliases=aliases)
    names = _command_names(commands, help or {}, aliases or {})
    namespace = parser.parse_args(None if argv is None else list(argv))
    given = namespace["command"]
    name = names[given]
    try:
        return name, settings_from_namespace(commands[name], namespace[given])
    except ValueError as err:
        parser._slava_subparsers[name].error(str(err))  # type: ignore[attr-defined]
        raise  # error() exits; this line is for type checkers

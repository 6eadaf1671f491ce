"""``journeyline export``: a workshop file written in the format its output's extension names.

The formats, their options and their limits come from the one export registry
(:mod:`exporters.formats`); this module only turns them into arguments and runs the export.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.cli import PROG, CommandError, find_journey, open_workshop, printable
from exporters import formats
from exporters.formats import (
    FORMATS,
    ChoiceOption,
    ExportFormat,
    ExportRequest,
    KindsOption,
    Option,
    RangeOption,
)
from exporters.targets import check_export_target
from models.workshop_file import describe


def add_command(commands: Any, debug: argparse.ArgumentParser) -> None:
    """Add ``export`` to the command line's sub-commands."""
    suffixes = [f.suffix for f in FORMATS.values()]
    exp = commands.add_parser(
        "export",
        parents=[debug],
        allow_abbrev=False,
        help="write a workshop file as " + ", ".join(suffixes),
        description="Write a workshop file in the format the extension of OUT names: "
        + "; ".join(f"{f.suffix} {f.label} ({_lower(f.description)})" for f in FORMATS.values())
        + ".",
    )
    exp.add_argument("file", metavar="FILE.journey")
    exp.add_argument("-o", "--output", required=True, metavar="OUT" + suffixes[0])
    exp.add_argument(
        "--journey", metavar="NAME_OR_ID", help="only this journey (its name or id, see 'info')"
    )
    _add_format_options(exp)
    exp.set_defaults(run=_cmd_export)


def _add_format_options(exp: argparse.ArgumentParser) -> None:
    """The formats' options from the export registry, grouped by the formats that take them
    ("options for .pdf, .png, .svg")."""
    groups: dict[str, Any] = {}
    for option in formats.OPTIONS:
        title = "options for " + ", ".join(f.suffix for f in formats.owners(option))
        if title not in groups:
            groups[title] = exp.add_argument_group(title)
        group = groups[title]
        if isinstance(option, KindsOption):
            _add_kinds(group, option)
        elif isinstance(option, ChoiceOption):
            group.add_argument(
                option.flag,
                dest=option.key,
                default=None,
                metavar="|".join(option.keys),
                help=option.help,
            )
        else:
            group.add_argument(
                option.flag,
                dest=option.key,
                type=_whole_number(option),
                default=None,
                metavar="N",
                help=f"{option.help}; {option.minimum} to {option.maximum}",
            )


def _add_kinds(group: Any, option: KindsOption) -> None:
    """``--show KINDS`` and ``--hide KINDS`` (each may be given more than once)."""
    kinds = ", ".join(option.keys)
    for flag, help_text in zip(option.flags, (option.show_help, option.hide_help), strict=True):
        group.add_argument(
            flag,
            dest=f"{option.key}_{flag.removeprefix('--')}",
            action="append",
            type=_argument(option.parse),
            default=None,
            metavar="KINDS",
            help=help_text.format(kinds=kinds),
        )


def _argument(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """An argparse type from a parser that raises ValueError with the reason."""

    def typed(text: str) -> Any:
        try:
            return parse(text)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    return typed


def _whole_number(option: RangeOption) -> Callable[[str], int]:
    """An argparse type for a number option: not a number is argparse's error; its range is
    checked with the request (:func:`exporters.formats.settle`), as in the editor."""

    def parse(text: str) -> int:
        try:
            return option.parse(text)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    return parse


def _cmd_export(ns: argparse.Namespace) -> None:
    source, target = Path(ns.file), Path(ns.output)
    spec = _format_for(target)
    values = {}
    for option in formats.OPTIONS:
        value = _value(ns, option)
        if value is None:
            continue
        if option.key not in spec.option_keys:
            owners = ", ".join(f.suffix for f in formats.owners(option))
            raise CommandError(f"{option.flag} applies to {owners} export only.")
        values[option.key] = value
    check_export_target(target, sources=[source])  # never onto its input, nor a workshop
    request = formats.settle(ExportRequest(spec.key, target, **values))
    with open_workshop(source) as document:
        if ns.journey is not None:
            request = replace(request, journey_id=find_journey(document, ns.journey).id)
        warnings = spec.write(document, target, request, None, None)
    for warning in warnings:
        print(f"{PROG}: warning: {printable(str(warning))}", file=sys.stderr)
    print(f"Exported {describe(source)} to {describe(target)}.")


def _value(ns: argparse.Namespace, option: Option) -> Any:
    """What the command line says for ``option`` (None: nothing)."""
    if not isinstance(option, KindsOption):
        return getattr(ns, option.key, None)
    show, hide = (getattr(ns, f"{option.key}_{f.removeprefix('--')}") for f in option.flags)
    if show is None and hide is None:
        return None
    try:
        return option.combine(
            [k for kinds in show or () for k in kinds], [k for kinds in hide or () for k in kinds]
        )
    except ValueError as e:
        raise CommandError(f"{option.flag}: {e}.") from None


def _lower(sentence: str) -> str:
    """A sentence as a clause: "The map, …." → "the map, …"."""
    return sentence[:1].lower() + sentence[1:].rstrip(".")


def _format_for(target: Path) -> ExportFormat:
    spec = formats.for_suffix(target.suffix)
    if spec is None:
        suffix = target.suffix.lower()
        what = f"{suffix} files" if suffix else "a name without an extension"
        raise CommandError(
            f"-o: cannot export to {what} ({describe(target)}); "
            f"the formats are: {', '.join(f.suffix for f in FORMATS.values())}."
        )
    return spec

"""The command line: ``journeyline new | import | export | info | update``, headless.

No Qt here, ever: these commands run on servers and in CI, and ``tests/test_boundaries.py``
proves that none of them loads PySide6. Only ``app.main`` decides between the command line and
the editor window.

Exit status: 0 success; 2 bad input or a file that cannot be used (each problem on its own
line, with its place in the document); 1 anything unexpected. Messages go to stderr, prefixed
``journeyline:``; a traceback only with ``--debug``.

``export`` picks its format from the target's extension through the export registry
(``exporters.formats``), which the editor's export dialog and export job read too: the options,
their help and their limits come from there, and a new format is one more entry there, not a
change to the command.
"""

from __future__ import annotations

import argparse
import sys
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from exporters.errors import ExportError
from models import i18n, rules, templates
from models.document import Document
from models.interchange import DocumentTooLarge, InterchangeError
from models.paths import name_too_long, same_file
from models.schema import Journey
from models.transfer import DocumentFileError, import_document, read_document
from models.workshop_file import (
    JOURNAL_SUFFIX,
    WorkshopFileError,
    describe,
    read_header,
)

PROG = "journeyline"
COMMANDS = ("new", "import", "export", "info", "library", "update")
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
WORKSHOP_SUFFIX = ".journey"
DEFAULT_TEMPLATE = "lifecycle"
_NAME_WIDTH = 40  # longest name shown in a table cell


class CommandError(Exception):
    """Bad input or a file that cannot be used: one sentence, and maybe one line per problem."""

    def __init__(self, message: str, details: Sequence[str] = (), total: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = list(details)
        self.total = total  # how many problems there were, when ``details`` keeps only the first


# --- Running a command, and reporting what went wrong ----------------------------------------


def run(argv: Sequence[str]) -> int:
    """Run ``journeyline [--debug] COMMAND ...`` (or top-level ``--help``/``--version``)."""
    ns = parse(build_parser(), argv)
    if isinstance(ns, int):
        return ns
    command: Callable[[argparse.Namespace], None] = ns.run
    return guarded(lambda: command(ns), debug=ns.debug)


def parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace | int:
    """Parse ``argv``; the exit status instead when argparse is done (help, version, error)."""
    try:
        return parser.parse_args(list(argv))
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else EXIT_BAD_INPUT


def guarded(action: Callable[[], object], *, debug: bool) -> int:
    """Run ``action``, turning every failure into a message on stderr and an exit status."""
    try:
        action()
    except CommandError as e:
        _fail(debug, e.message, e.details, e.total)
        return EXIT_BAD_INPUT
    except (WorkshopFileError, ExportError) as e:
        _fail(debug, str(e))
        return EXIT_BAD_INPUT
    except InterchangeError as e:
        _fail(
            debug, "the document breaks the rules of the interchange format:", e.problems, e.total
        )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _fail(debug, "interrupted.")
        return 130
    except Exception as e:
        lines = str(e).strip().splitlines()
        what = f"{type(e).__name__}: {lines[0]}" if lines else type(e).__name__
        hint = "" if debug else "; run with --debug for details"
        _fail(debug, f"internal error: {what}{hint}")
        return EXIT_INTERNAL
    return EXIT_OK


def _fail(debug: bool, message: str, details: Sequence[str] = (), total: int | None = None) -> None:
    """The message, then at most the first 50 problems (models.rules.listed) and a count."""
    if debug:
        traceback.print_exc(file=sys.stderr)
    print(f"{PROG}: {printable(message)}", file=sys.stderr)
    for line in rules.listed(list(details), total):
        print(f"  {printable(line)}", file=sys.stderr)


def printable(text: str) -> str:
    """Text safe for a terminal: control, bidi and invisible characters shown as ``\\x1b``,
    ``\\u202e`` (models.rules.shown).

    Names and keys come from files received by email; they must not drive the terminal, nor
    reorder or hide what is printed around them.
    """
    return rules.shown(text)


# --- Arguments -------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{PROG}: {message}; see '{self.prog} --help'\n")


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(f"{PROG} {version()}")
        parser.exit()


def version() -> str:
    """The installed version, or the source checkout's ``pyproject.toml`` version."""
    import importlib.metadata

    try:
        return importlib.metadata.version(PROG)
    except importlib.metadata.PackageNotFoundError:
        pass
    import tomllib

    try:
        with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    debug = _Parser(add_help=False)
    debug.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,  # keeps a --debug given before the command
        help="show the traceback of an error",
    )
    parser = _Parser(
        prog=PROG,
        description="Customer-journey maps, drawn as subway maps in workshops.",
        epilog="Without a command, Journeyline opens FILE (or the bundled sample) in the editor.\n"
        "The command line speaks English; exports speak the workshop's language (--language).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error")
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    commands = parser.add_subparsers(
        title="commands",
        metavar="COMMAND",
        required=True,
        help=f"see '{PROG} COMMAND --help' for its options",
    )

    new = commands.add_parser(
        "new",
        parents=[debug],
        allow_abbrev=False,
        help="start a new workshop file from a template",
        description="Start a new workshop file from a template.",
    )
    new.add_argument("-o", "--output", required=True, metavar="FILE.journey")
    new.add_argument(
        "--template",
        choices=sorted(templates.template_names(), key=lambda n: (n != DEFAULT_TEMPLATE, n)),
        default=DEFAULT_TEMPLATE,
        help=f"the map to start from (default: {DEFAULT_TEMPLATE})",
    )
    new.add_argument("--title", metavar="TEXT", help="the workshop's title")
    new.add_argument("--language", choices=i18n.LANGUAGES, help="the workshop's language")
    new.add_argument("--force", action="store_true", help="replace FILE.journey if it exists")
    new.set_defaults(run=_cmd_new)

    imp = commands.add_parser(
        "import",
        parents=[debug],
        allow_abbrev=False,
        help="make a workshop file from an interchange JSON document",
        description="Make a workshop file from an interchange JSON document. A document that "
        "breaks any rule is refused as a whole, and nothing is written.",
    )
    imp.add_argument("document", metavar="DOC.json")
    imp.add_argument("-o", "--output", required=True, metavar="FILE.journey")
    imp.add_argument("--force", action="store_true", help="replace FILE.journey if it exists")
    imp.set_defaults(run=_cmd_import)

    from app import cli_export  # the export command and its format options

    cli_export.add_command(commands, debug)

    info = commands.add_parser(
        "info",
        parents=[debug],
        allow_abbrev=False,
        help="show a workshop file's title and journeys",
        description="Show a workshop file's title, organisation, file version and journeys.",
    )
    info.add_argument("file", metavar="FILE.journey")
    info.set_defaults(run=_cmd_info)

    from app import cli_library  # the team library's commands live in their own module

    cli_library.add_command(commands, debug)

    from app import cli_update  # reading back an edited action list, in its own module

    cli_update.add_command(commands, debug)

    # One usage line per way to call journeyline, the editor's first.
    forms = [f"{PROG} [-h] [--version] [--debug] [FILE]"]
    forms += [
        sub.format_usage().removeprefix("usage: ").rstrip() for sub in commands.choices.values()
    ]
    parser.usage = "\n       ".join(forms)
    return parser


def editor_parser() -> argparse.ArgumentParser:
    """``journeyline [--debug] [FILE]``: the editor's arguments."""
    parser = _Parser(
        prog=PROG,
        description="Open FILE (a workshop file, or a JSON document to import) in the editor; "
        "without FILE, the bundled sample. Commands: " + ", ".join(COMMANDS) + ".",
        allow_abbrev=False,
    )
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error")
    parser.add_argument(
        "--library", metavar="URL", help="the team library to use in this session (see 'library')"
    )
    parser.add_argument("file", nargs="?", metavar="FILE")
    return parser


# --- new and import --------------------------------------------------------------------------


def _cmd_new(ns: argparse.Namespace) -> None:
    target = _new_workshop_target(ns.output, ns.force)
    try:
        templates.create_workshop(
            target, ns.template, title=ns.title, overwrite=ns.force, language=ns.language
        )
    except InterchangeError as e:
        raise CommandError(
            "the title cannot be used:",
            [p.replace("workshop.title:", "--title:", 1) for p in e.problems],
        ) from None
    print(f"Created {describe(target)} from the {ns.template} template.")


def _cmd_import(ns: argparse.Namespace) -> None:
    source = Path(ns.document)
    target = _new_workshop_target(ns.output, ns.force, source)
    try:
        doc = read_document(source)
    except DocumentFileError as e:
        raise _import_refused(source, e) from None
    import_document(doc, target, overwrite=ns.force)
    print(f"Imported {describe(source)} into {describe(target)}.")


def _import_refused(source: Path, error: DocumentFileError) -> CommandError:
    """The model's sentence; for a refused document's content, its problems with their count
    (a document over a limit in one line, "… was not imported: it holds 1,000,000 stations …")."""
    problems = error.problems
    if isinstance(problems, DocumentTooLarge):
        return CommandError(
            f"{describe(source)} was not imported: {problems.reason}; nothing was written."
        )
    if problems is None:
        return CommandError(str(error))
    count = problems.total
    return CommandError(
        f"{describe(source)} was not imported: {count:,} "
        f"{'problem' if count == 1 else 'problems'}; nothing was written.",
        problems.problems,
        count,
    )


def _new_workshop_target(output: str, force: bool, source: Path | None = None) -> Path:
    target = Path(output)
    if target.suffix.lower() != WORKSHOP_SUFFIX:
        raise CommandError(
            f"-o: a workshop file's name ends in {WORKSHOP_SUFFIX}; "
            f"{describe(target)} does not, so nothing was written."
        )
    too_long = name_too_long(target, side_suffix=JOURNAL_SUFFIX)
    if too_long is not None:
        raise CommandError(f"{describe(target)} cannot be used: {too_long}; nothing was written.")
    if source is not None and same_file(source, target):
        raise CommandError(
            f"{describe(target)} is the document being imported; choose another name for the "
            "workshop file. Nothing was written."
        )
    if target.is_dir():
        raise CommandError(f"{describe(target)} is a folder; nothing was written.")
    if target.exists() and not force:
        raise CommandError(
            f"{describe(target)} already exists; use --force to replace it. Nothing was written."
        )
    return target


def journey_ref(journey: Journey) -> str:
    """The journey's id in an exported document, e.g. ``j-onboarding``."""
    return journey.ident


def find_journey(document: Document, wanted: str) -> Journey:
    """The journey named ``wanted`` (any case) or with that id; CommandError otherwise."""
    journeys = document.journeys()
    key = wanted.strip().casefold()
    for journey in journeys:
        if journey_ref(journey).casefold() == key:
            return journey
    named = [j for j in journeys if j.name.casefold() == key]
    if len(named) == 1:
        return named[0]
    if named:
        raise CommandError(
            f"--journey: {len(named)} journeys are named “{wanted}”; choose one by its id:",
            [f"{journey_ref(j)}  {j.name}" for j in named],
        )
    raise CommandError(
        f"--journey: {describe(document.path)} has no journey named or with the id “{wanted}”; "
        "its journeys are:",
        [f"{journey_ref(j)}  {j.name}" for j in journeys],
    )


# --- info ------------------------------------------------------------------------------------


def _cmd_info(ns: argparse.Namespace) -> None:
    path = Path(ns.file)
    with open_workshop(path) as document:
        print_summary(document, str(describe(path)))


def open_workshop(path: Path) -> Document:
    """Open a workshop file read-only; a JSON document gets a hint to import it first."""
    try:
        document = Document.open(path, readonly=True)
    except WorkshopFileError as e:
        if path.suffix.lower() == ".json" and path.is_file():
            raise CommandError(
                f"{e} To make a workshop file of a JSON document, use '{PROG} import'."
            ) from None
        raise
    for notice in document.file.notices:  # e.g. recovered after a crash: said, not hidden
        print(f"{PROG}: {printable(str(notice))}", file=sys.stderr)
    return document


def print_summary(document: Document, label: str, out: TextIO | None = None) -> None:
    """The workshop's title, organisation and file version, then a table of its journeys."""
    out = sys.stdout if out is None else out
    workshop = document.workshop()
    _, schema_version = read_header(document.path)
    facts = [
        ("File", label),
        ("Workshop", _cell(workshop.title, 200)),
        ("Organisation", _cell(workshop.organisation, 200) or "—"),
        ("File version", str(schema_version)),
    ]
    rows = []
    for journey in document.journeys():
        snap = document.snapshot(journey.id)
        rows.append(
            [
                _cell(journey_ref(journey)),
                _cell(journey.name),
                journey.state,  # the JSON's own word: current or future
                _cell(snap.persona.name) if snap.persona is not None else "—",
                *(str(len(items)) for items in (snap.phases, snap.lines, snap.stations)),
                str(len(snap.actions)),
            ]
        )
    lines = table([[f"{key}:", value] for key, value in facts])
    lines.append("")
    headers = ["Id", "Journey", "State", "Persona", "Phases", "Lines", "Stations", "Actions"]
    lines += table([headers, *rows], right={4, 5, 6, 7})
    out.write("\n".join(lines) + "\n")


def table(
    rows: Sequence[Sequence[str]], right: set[int] | frozenset[int] = frozenset()
) -> list[str]:
    """Rows as aligned text lines, two spaces between columns (wide characters count two)."""
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))] if rows else []
    lines = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            pad = " " * (widths[i] - _width(value))
            cells.append(pad + value if i in right else value + pad)
        lines.append("  ".join(cells).rstrip())
    return lines


def _cell(text: str, limit: int = _NAME_WIDTH) -> str:
    """Text for one table cell: on one line, terminal-safe, shortened with … if long."""
    text = printable(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

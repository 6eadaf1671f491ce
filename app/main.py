"""``journeyline``: the command line or the editor, decided by the first argument.

``journeyline new|import|export|info …`` runs a command of :mod:`app.cli`, which never loads
Qt; anything else (``journeyline [FILE]``) is for the editor. Qt is imported only on the
editor's path, never at module level here, so the commands stay headless and fast.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from app import cli


def main(argv: list[str] | None = None) -> int:
    """The ``journeyline`` entry point; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    if args[:1] in (["--install-desktop"], ["--uninstall-desktop"]):
        from app import desktop_integration  # Linux: launcher, .journey file type, icons

        return desktop_integration.main(args)
    if _wants_command_line(args):
        return cli.run(args)
    return _start_editor(args)


def _wants_command_line(args: list[str]) -> bool:
    """A command first, or top-level help or version before any other argument.

    A first word that is neither a command nor a file (no extension, does not exist) is taken
    as a mistyped command, so that argparse names the commands instead of the editor saying
    the file does not exist.
    """
    value_of_option = False
    for arg in args:
        if value_of_option:  # the URL of the editor's --library URL
            value_of_option = False
            continue
        if arg == "--":
            return False
        if arg in ("-h", "--help", "--version"):
            return True
        if arg == "--library":
            value_of_option = True
            continue
        if not arg.startswith("-"):
            path = Path(arg)
            return arg in cli.COMMANDS or not (path.suffix or path.exists())
    return False


def _start_editor(argv: list[str]) -> int:
    """``journeyline [FILE]``: the editor window, on FILE or the last (or the sample) workshop."""
    ns = cli.parse(cli.editor_parser(), argv)
    if isinstance(ns, int):
        return ns
    status = 0

    def start() -> None:
        nonlocal status
        if ns.library is not None:
            from models.library import config
            from models.library.errors import LibraryError

            try:
                config.use_for_this_session(ns.library)
            except LibraryError as e:
                raise cli.CommandError(f"--library: {e}") from None
        # A JSON document is imported by the window, which asks where to save the workshop
        # and says any problem in its language (widgets/window/importing.py).
        path = ns.file
        from widgets.gui import run_editor  # Qt is loaded only for the window

        status = run_editor(path)

    failed = cli.guarded(start, debug=ns.debug)
    return failed or status


def _tolerant_output() -> None:
    """Names from any file must print on any console: unencodable characters get escaped."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]

"""Take a workshop's lock before replacing it (``import --force``, ``new --force``).

While Journeyline has a workshop open it holds SQLite's exclusive lock on the file (see
``models/workshop_file.py``). Replacing such a file would leave the editor writing every later
edit into a file that no longer has a name: reported as saved, gone when it closes. So before a
file is replaced, :func:`holding_for_replace` takes a lock on it the way SQLite does (a shared
lock in a read transaction, which an exclusive holder refuses) and keeps it until the new file
has been renamed into place; if the file is held, it raises :class:`WorkshopFileError` and the
file is left as it was.

Only SQLite databases can be held this way; any other file in the way is simply replaced.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from models.file_problem import FileProblem
from models.workshop_file import SQLITE_MAGIC, WorkshopFileError, describe

__all__ = ["holding_for_replace"]

_WAIT: Final = 0.5  # seconds to wait for a short reader (a command-line export) to finish


def _is_database(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and os.read(fd, 16) == SQLITE_MAGIC
    except OSError:
        return False
    finally:
        os.close(fd)


@contextlib.contextmanager
def holding_for_replace(path: Path) -> Iterator[None]:
    """Hold ``path``'s lock while the body replaces it; WorkshopFileError if another holds it."""
    if not _is_database(path):
        yield
        return
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=_WAIT
        )
    except sqlite3.Error:
        yield  # it cannot be opened, so nobody can be editing it through SQLite
        return
    try:
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("BEGIN")
            conn.execute("PRAGMA schema_version").fetchone()  # reads page 1: the shared lock
        except sqlite3.Error as e:
            text = str(e).lower()
            if "locked" in text or "busy" in text:
                raise WorkshopFileError(
                    FileProblem(
                        "{file} is open in Journeyline or another program, so it was not "
                        "replaced; close it there first. Nothing was written.",
                        file=describe(path),
                    )
                ) from None
            # A damaged or foreign database: no editor holds it, so it may be replaced.
        if os.name == "nt":
            # Windows never replaces a file a program has open (the editor's included), so
            # the check is enough there; holding it ourselves would make the replace fail.
            conn.close()
        yield
    finally:
        conn.close()

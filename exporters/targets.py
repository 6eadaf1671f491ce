"""Where an export may go: the one check every export passes before (and as) it is written.

An export replaces whatever file has its name, so its target is checked first, whatever the
format and whoever asks (``journeyline export``, the window's export job):

- never onto the file being exported (the same file by device and inode, whatever the names:
  ``same.pdf`` exported to ``same.pdf``, a hard link, a symbolic link);
- never onto any Journeyline workshop file (recognised by its header bytes: SQLite's magic and
  Journeyline's application id), so that no export can replace a workshop;
- a name within the file system's limit, not a folder, and not a read-only file.

A target that fails raises :class:`~exporters.errors.ExportError`: one sentence naming it;
nothing was written.
"""

from __future__ import annotations

import os
import stat
import struct
from collections.abc import Iterable
from pathlib import Path

from exporters.errors import ExportError
from models.atomic import A_FOLDER, FILE_READ_ONLY
from models.file_problem import FileProblem
from models.paths import identity, name_over
from models.schema import APPLICATION_ID
from models.workshop_file import SQLITE_MAGIC

__all__ = ["check_export_target", "is_workshop_file"]

_APPLICATION_ID_AT = 68  # offset of the application id in SQLite's 100-byte header


def check_export_target(target: Path, sources: Iterable[Path] = ()) -> None:
    """Raise :class:`ExportError` unless an export may replace ``target``.

    ``sources`` are the files the export reads (the workshop file): the target must not be
    one of them, by identity rather than by name.
    """
    target = Path(target)
    too_long = name_over(target)
    if too_long is not None:
        size, limit = too_long
        raise ExportError(target, _TOO_LONG.but(size=size, limit=limit))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return  # a new file (a dangling symbolic link too: the export replaces the link)
    except OSError:
        return  # the write itself says what is wrong with the path
    found = identity(target)
    for source in sources:
        if found is not None and found == identity(Path(source)):
            raise ExportError(target, _THE_SOURCE)
    if stat.S_ISDIR(st.st_mode):
        raise ExportError(target, A_FOLDER)
    if stat.S_ISREG(st.st_mode) and is_workshop_file(target):
        raise ExportError(target, _A_WORKSHOP)
    if not os.access(target, os.W_OK):
        raise ExportError(target, FILE_READ_ONLY)


_TOO_LONG = FileProblem(
    "{file} could not be written: its name is {size} bytes long, and the folder allows at most "
    "{limit}; nothing was written."
)
_THE_SOURCE = FileProblem(
    "{file} could not be written: it is the workshop file being exported; nothing was written."
)
_A_WORKSHOP = FileProblem(
    "{file} could not be written: it is a Journeyline workshop file, and an export never "
    "replaces a workshop; nothing was written."
)


def is_workshop_file(path: Path) -> bool:
    """True when ``path`` is a regular file whose header says it is a Journeyline workshop."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        header = os.read(fd, _APPLICATION_ID_AT + 4)
    except OSError:
        return False
    finally:
        os.close(fd)
    if not header.startswith(SQLITE_MAGIC) or len(header) < _APPLICATION_ID_AT + 4:
        return False
    (application_id,) = struct.unpack(">I", header[_APPLICATION_ID_AT:])
    return bool(application_id == APPLICATION_ID)

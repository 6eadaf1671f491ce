"""Write an export file atomically: the whole new file appears, or nothing changes.

The content goes to a temporary file in the target's own folder (so the final rename never
crosses file systems), is flushed to the disk, and then replaces the target in one
``os.replace``. Any failure removes the temporary file and leaves an existing target as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from exporters.errors import ExportError, reason_for

__all__ = ["atomic_write"]

_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def atomic_write(path: Path, write_fn: Callable[[BinaryIO], object]) -> None:
    """Call ``write_fn`` with a temporary file beside ``path``, then move it into place.

    ``write_fn`` gets an open, seekable binary file and writes the whole export into it; it
    need not close it, and what it returns is ignored. An ``OSError`` on the way (full disk,
    read-only folder, a file locked by another program…) becomes an :class:`ExportError`; any
    other exception propagates unchanged. Either way no temporary or partial file is left.
    """
    path = Path(path)
    if path.exists() and not path.is_dir() and not os.access(path, os.W_OK):
        raise ExportError(path, "the file is read-only")
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # O_EXCL: never reuse a file that is already there; mode 0o666 lets the umask decide
        # the permissions of a new file, as for any other file the user creates.
        fd = os.open(temp, _OPEN_FLAGS, 0o666)
    except OSError as error:
        raise ExportError(path, reason_for(error, path)) from error
    try:
        with os.fdopen(fd, "wb") as f:
            write_fn(f)
            f.flush()
            os.fsync(f.fileno())
        _keep_mode(path, temp)
        os.replace(temp, path)
    except OSError as error:
        _remove(temp)
        raise ExportError(path, reason_for(error, path)) from error
    except BaseException:
        _remove(temp)
        raise
    _sync_folder(path.parent)


def _keep_mode(path: Path, temp: Path) -> None:
    """A replaced file keeps its permissions."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    os.chmod(temp, mode)


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort, the file is already complete."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

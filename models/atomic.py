"""Every file Journeyline writes appears whole, or nothing changes: the one way files are written.

Exports, the JSON document, a new workshop file, a saved copy, the migration backup and the
desktop integration's files all go through here (``tests/test_atomic_writes.py`` proves no
other module renames or replaces a file of its own):

1. the content goes to a temporary file in the target's own folder (so the final rename never
   crosses file systems), with a short hidden name (``.name….1a2b3c4d.tmp``) that stays within
   the file system's name limit however long the target's name is;
2. it is flushed to the disk (``fsync``), takes the permissions of the file it replaces, and
   replaces the target in one ``os.replace``; the folder is synced so the rename lasts too;
3. any failure on the way removes the temporary file and leaves an existing target as it was,
   and an ``OSError`` (full disk, read-only folder, a file open in another program…) becomes
   one :class:`WriteError` sentence that names the file: "“poster.pdf” could not be written:
   the disk is full; nothing was written."

An export started in the editor writes its staging file now and puts it in place later (after
the user had the chance to cancel): :func:`stage`, then :func:`commit` or :func:`discard`.

Plain Python: models, exporters and the command line use it without Qt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "TEMP_SUFFIX",
    "WriteError",
    "atomic_write",
    "check_replaceable",
    "commit",
    "discard",
    "reason_for",
    "replacing",
    "stage",
]

TEMP_SUFFIX = ".tmp"
_NAME_KEEP = 40  # characters of the target's name kept in the temporary name, to recognise it
_NAME_BYTES = 100  # ... and at most this many bytes of it (NAME_MAX is 255 bytes)
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)

# Windows error codes that have no errno of their own.
_WINERROR_SHARING_VIOLATION = 32
_WINERROR_LOCK_VIOLATION = 33
_WINERROR_DISK_FULL = 112
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class WriteError(Exception):
    """A file that could not be written, said in one sentence that names the file.

    Nothing was written when it is raised: no partial file and no temporary file is left, and
    a file that was already at the target is unchanged.
    """

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"“{path.name}” could not be written: {reason}; nothing was written.")


def reason_for(error: OSError, path: Path) -> str:
    """Why writing ``path`` failed, in plain words ("the disk is full")."""
    code = error.errno
    winerror = getattr(error, "winerror", None)
    if code in _DISK_FULL or winerror == _WINERROR_DISK_FULL:
        return "the disk is full"
    if winerror in (_WINERROR_SHARING_VIOLATION, _WINERROR_LOCK_VIOLATION):
        return "the file is open in another program"
    if code == errno.EROFS:
        return "the disk is read-only"
    if code in (errno.EACCES, errno.EPERM):
        if not os.access(path.parent, os.W_OK):
            return "the folder is read-only"
        if path.exists():
            return "the file is read-only or open in another program"
        return "permission was denied"
    if code == errno.ENOENT:
        return "the folder does not exist"
    if code == errno.ENOTDIR:
        return "part of the path is not a folder"
    if code == errno.EISDIR:
        return "a folder has that name"
    if code == errno.ENAMETOOLONG:
        return "the name is too long"
    if code == errno.EINVAL:
        return "the name is not allowed here"
    if code == errno.EIO:
        return "the disk reported an error"
    detail = (error.strerror or str(error) or type(error).__name__).rstrip(".")
    return detail[:1].lower() + detail[1:]


def atomic_write(
    path: Path, write_fn: Callable[[BinaryIO], object], *, mode: int | None = None
) -> None:
    """Call ``write_fn`` with a temporary file beside ``path``, then move it into place.

    ``write_fn`` gets an open, seekable binary file and writes the whole content into it; it
    need not close it, and what it returns is ignored. ``mode`` sets the new file's
    permissions (default: those of the file it replaces, else the umask's). Raises
    :class:`WriteError` for an ``OSError``; any other exception propagates unchanged. Either
    way no temporary or partial file is left.
    """
    with replacing(path, mode=mode) as temp:
        # O_EXCL: never reuse a file that is already there; mode 0o666 lets the umask decide
        # the permissions of a new file, as for any other file the user creates.
        fd = os.open(temp, _OPEN_FLAGS, 0o666)
        with os.fdopen(fd, "wb") as f:
            write_fn(f)


@contextlib.contextmanager
def replacing(path: Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (not created yet) to write the new file at.

    For writers that create the file themselves (SQLite). When the block ends normally, the
    temporary file is synced and replaces ``path``; when it raises, the temporary file is
    removed, and an ``OSError`` becomes a :class:`WriteError`.
    """
    path = Path(path)
    check_replaceable(path)
    temp = stage(path)
    try:
        yield temp
    except OSError as error:
        discard(temp)
        raise WriteError(path, reason_for(error, path)) from error
    except BaseException:
        discard(temp)
        raise
    commit(temp, path, mode=mode)


def check_replaceable(path: Path) -> None:
    """Raise :class:`WriteError` when ``path`` cannot be replaced at all (a folder, a
    read-only file), before anything is written."""
    if path.is_dir():
        raise WriteError(path, "a folder has that name")
    if path.exists() and not os.access(path, os.W_OK):
        raise WriteError(path, "the file is read-only")


def stage(path: Path) -> Path:
    """A new temporary name beside ``path`` (nothing is created): write there, then commit."""
    path = Path(path)
    return path.with_name(f".{_short(path.name)}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def commit(staged: Path, path: Path, *, mode: int | None = None) -> None:
    """Sync the finished ``staged`` file and move it over ``path`` (keeping its permissions).

    On failure ``staged`` is removed, ``path`` is as it was, and :class:`WriteError` says why.
    """
    path = Path(path)
    try:
        _sync_file(staged)
        _set_mode(staged, path, mode)
        os.replace(staged, path)
    except OSError as error:
        discard(staged)
        raise WriteError(path, reason_for(error, path)) from error
    except BaseException:
        discard(staged)
        raise
    _sync_folder(path.parent)


def discard(staged: Path) -> None:
    """Remove a temporary file, if it is there."""
    with contextlib.suppress(OSError):
        Path(staged).unlink()


def _short(name: str) -> str:
    """The start of ``name``, short enough that the temporary name stays within NAME_MAX."""
    name = name[:_NAME_KEEP]
    while len(os.fsencode(name)) > _NAME_BYTES:
        name = name[:-1]
    return name


def _sync_file(path: Path) -> None:
    # Read-write: Windows flushes only a handle that may write.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _set_mode(staged: Path, path: Path, mode: int | None) -> None:
    """The new file gets ``mode``, or the permissions of the file it replaces."""
    if mode is None:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            return
    os.chmod(staged, mode)


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

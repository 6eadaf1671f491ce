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
   the disk is full; nothing was written." (a :class:`~models.file_problem.FileProblem`, so
   the window says it in its language; the common reasons are whole sentences of their own).

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

from models.file_problem import FileProblem, describe

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
    a file that was already at the target is unchanged. ``message`` is the declared sentence
    (its ``{file}`` filled in with the target's name), ``str(error)`` its English.
    """

    def __init__(self, path: Path, message: FileProblem) -> None:
        self.path = path
        self.message = message.but(file=describe(path))
        super().__init__(self.message.english())

    @property
    def reason(self) -> str:
        """The English reason alone ("the disk is full"), for the command line's own sentences."""
        head = f"{describe(self.path)} could not be written: "
        return str(self).removeprefix(head).removesuffix("; nothing was written.")


# Why a file could not be written: each reason a whole sentence ({file} is the target).
DISK_FULL = FileProblem("{file} could not be written: the disk is full; nothing was written.")
OPEN_ELSEWHERE = FileProblem(
    "{file} could not be written: the file is open in another program; nothing was written."
)
DISK_READ_ONLY = FileProblem(
    "{file} could not be written: the disk is read-only; nothing was written."
)
FOLDER_READ_ONLY = FileProblem(
    "{file} could not be written: the folder is read-only; nothing was written."
)
READ_ONLY_OR_OPEN = FileProblem(
    "{file} could not be written: the file is read-only or open in another program; nothing "
    "was written."
)
FILE_READ_ONLY = FileProblem(
    "{file} could not be written: the file is read-only; nothing was written."
)
DENIED = FileProblem("{file} could not be written: permission was denied; nothing was written.")
NO_FOLDER = FileProblem(
    "{file} could not be written: the folder does not exist; nothing was written."
)
NOT_A_FOLDER = FileProblem(
    "{file} could not be written: part of the path is not a folder; nothing was written."
)
A_FOLDER = FileProblem("{file} could not be written: a folder has that name; nothing was written.")
NAME_TOO_LONG = FileProblem(
    "{file} could not be written: the name is too long; nothing was written."
)
NAME_NOT_ALLOWED = FileProblem(
    "{file} could not be written: the name is not allowed here; nothing was written."
)
DISK_ERROR = FileProblem(
    "{file} could not be written: the disk reported an error; nothing was written."
)
# The system's own words (in the system's language), or another program's error, as a value.
OTHER = FileProblem("{file} could not be written: {reason}; nothing was written.")


def reason_for(error: OSError, path: Path) -> FileProblem:
    """Why writing ``path`` failed, as a whole sentence ("… the disk is full; …")."""
    code = error.errno
    winerror = getattr(error, "winerror", None)
    if code in _DISK_FULL or winerror == _WINERROR_DISK_FULL:
        return DISK_FULL
    if winerror in (_WINERROR_SHARING_VIOLATION, _WINERROR_LOCK_VIOLATION):
        return OPEN_ELSEWHERE
    if code == errno.EROFS:
        return DISK_READ_ONLY
    if code in (errno.EACCES, errno.EPERM):
        if not os.access(path.parent, os.W_OK):
            return FOLDER_READ_ONLY
        if path.exists():
            return READ_ONLY_OR_OPEN
        return DENIED
    simple = _SIMPLE.get(code) if code is not None else None
    if simple is not None:
        return simple
    detail = (error.strerror or str(error) or type(error).__name__).rstrip(".")
    return OTHER.but(reason=detail[:1].lower() + detail[1:])


_SIMPLE = {
    errno.ENOENT: NO_FOLDER,
    errno.ENOTDIR: NOT_A_FOLDER,
    errno.EISDIR: A_FOLDER,
    errno.ENAMETOOLONG: NAME_TOO_LONG,
    errno.EINVAL: NAME_NOT_ALLOWED,
    errno.EIO: DISK_ERROR,
}


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
        # The new empty file replacing() made (never one that was already there).
        fd = os.open(temp, os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "wb") as f:
            write_fn(f)


@contextlib.contextmanager
def replacing(path: Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (an empty file) to write the new file at.

    For writers that open the file themselves (SQLite). It is created here first, so that a
    folder that takes no new file is said as the system says it ("the folder is read-only"),
    not as the writer's own guess. When the block ends normally, the temporary file is synced
    and replaces ``path``; when it raises, the temporary file is removed, and an ``OSError``
    becomes a :class:`WriteError`.
    """
    path = Path(path)
    check_replaceable(path)
    temp = stage(path)
    try:
        # O_EXCL: never reuse a file that is already there; mode 0o666 lets the umask decide
        # the permissions of a new file, as for any other file the user creates.
        os.close(os.open(temp, _OPEN_FLAGS, 0o666))
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
        raise WriteError(path, A_FOLDER)
    if path.exists() and not os.access(path, os.W_OK):
        raise WriteError(path, FILE_READ_ONLY)


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

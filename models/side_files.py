"""A workshop file's side files (``-journal``, ``-wal``, ``-shm``), looked at before SQLite is.

SQLite acts on side files as soon as it opens a database: it replays a hot rollback journal
into the file, opens a ``-wal`` beside it (even when the header says rollback mode) and creates
a ``-shm``. For a received file that may not even be a workshop, none of that may happen to the
original. So when the header says WAL or a ``-journal``/``-wal`` lies beside the file, the file
and those side files are first copied into a private temporary folder; SQLite recovers and
converts the copy there, and the copy is checked (schema and values). Only a copy that passes
is a genuine workshop:

- read-only use (``info``, ``export``) reads that checked copy, kept in memory, and the original
  and its side files keep every byte and time;
- the editor then opens the original itself: SQLite recovers it the same way, and the workshop
  file is converted to rollback-journal mode, so every later edit lands in the ``.journey``
  itself (a copy of that one file is then always complete).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
# SQLite's lock bytes (see its os_unix.c): a process holding the file shared or exclusive holds
# a lock on this range; a read lock on it is refused while a writer holds the file.
_SHARED_FIRST = 0x40000002
_SHARED_SIZE = 510


@dataclass(frozen=True)
class Arrival:
    """What lies on disk for a workshop file before SQLite has looked at it."""

    wal_header: bool  # the header says WAL (file format versions 2, 2)
    journal: Path | None  # a -journal beside the file
    wal: Path | None  # a -wal beside the file

    @property
    def in_doubt(self) -> bool:
        """SQLite would change something on opening: check a copy first."""
        return self.wal_header or self.journal is not None or self.wal is not None


def side_path(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def open_regular(path: Path) -> int:
    """A read-only descriptor of ``path`` if it is a regular file; never blocks on a FIFO.

    Raises IsADirectoryError for a folder and OSError(ENODEV-like) for any other special file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        os.close(fd)
        raise
    if stat.S_ISREG(mode):
        return fd
    os.close(fd)
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(path)
    raise NotRegularFileError(path)


class NotRegularFileError(OSError):
    """A pipe, a device or a socket where a file was expected."""


def arrival(path: Path, header: bytes) -> Arrival:
    """The header's journal mode and the side files SQLite would use; OSError if a side file is
    not a regular file (SQLite would block on a FIFO named like a journal)."""
    found: dict[str, Path | None] = {}
    for suffix in ("-journal", "-wal"):
        side = side_path(path, suffix)
        try:
            mode = os.stat(side).st_mode
        except FileNotFoundError:
            found[suffix] = None
            continue
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(side)
        found[suffix] = side
    return Arrival(header[18:20] == b"\x02\x02", found["-journal"], found["-wal"])


def held_elsewhere(path: Path) -> bool:
    """True when another connection (another Journeyline, say) holds the file's write lock.

    A read lock on SQLite's shared byte range is tried and let go at once, on a descriptor of
    our own: it writes nothing, and SQLite's own locks in this process are unaffected because
    no SQLite connection of ours has the file open at that moment.
    """
    if os.name != "posix":
        return False
    import fcntl

    fd = open_regular(path)
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, _SHARED_SIZE, _SHARED_FIRST)
        return False
    finally:
        os.close(fd)


def _copy(source: Path, target: Path) -> None:
    fd = open_regular(source)
    with os.fdopen(fd, "rb") as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)


def recovered_copy(path: Path, found: Arrival) -> tuple[sqlite3.Connection, bool]:
    """The file with its side files, recovered by SQLite in a private folder.

    Returns an open connection to the recovered copy (rollback-journal mode, nothing pending)
    and whether SQLite rolled back a hot journal. The caller checks the copy and must close it.
    """
    folder = Path(tempfile.mkdtemp(prefix="journeyline-check-"))
    try:
        copy = folder / "check.journey"
        _copy(path, copy)
        for suffix, side in (("-journal", found.journal), ("-wal", found.wal)):
            if side is not None:
                _copy(side, side_path(copy, suffix))
        db = sqlite3.connect(copy, isolation_level=None)
        try:
            for pragma in ("trusted_schema = OFF", "cell_size_check = ON", "mmap_size = 0"):
                db.execute(f"PRAGMA {pragma}")
            # The first read makes SQLite roll back a hot journal or read the WAL; it reads
            # sqlite_schema only (no statement of the file runs).
            db.execute("BEGIN EXCLUSIVE")
            db.execute("COMMIT")
            journal = side_path(copy, "-journal")
            journal_replayed = found.journal is not None and not journal.exists()
            db.execute("PRAGMA journal_mode = DELETE")  # folds a WAL into the file
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            db.backup(memory)
        finally:
            db.close()
        return memory, journal_replayed
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)


def header_version(db: sqlite3.Connection) -> tuple[int, int]:
    """(application_id, user_version) of an open database."""
    (application_id,) = db.execute("PRAGMA application_id").fetchone()
    (version,) = db.execute("PRAGMA user_version").fetchone()
    return struct.unpack(">I", struct.pack(">i", application_id))[0], version

"""File names and file identities: the rules every file Journeyline writes or holds follows.

- A name must fit the file system's limit on one name (``NAME_MAX``, in bytes: 255 on the
  common file systems). :func:`name_too_long` says so in words before anything is written.
  (The temporary file written beside a target keeps its name short: ``models/atomic.py``.)
- A file is the same file as another when device and inode agree, whatever the names
  (symbolic and hard links included): :func:`identity` and :func:`same_file`.

Plain Python, no Qt, no SQL.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Final, NamedTuple

__all__ = [
    "DEFAULT_NAME_MAX",
    "FileIdentity",
    "identity",
    "name_max",
    "name_too_long",
    "safe_stem",
    "same_file",
]

DEFAULT_NAME_MAX: Final = 255  # bytes of one name on ext4, APFS, NTFS (UTF-16 units), ...


_UNSAFE: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_stem(text: str, limit: int = 120) -> str:
    """A file name's stem made of ``text`` (a workshop's title, say), usable on every system:
    the characters Windows forbids and control characters become spaces, runs of white space
    one space, no leading or trailing dot or space, at most ``limit`` characters. May be ""."""
    stem = " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")
    return stem[:limit].rstrip(" .")


def name_max(folder: Path) -> int:
    """The longest name, in bytes, the file system of ``folder`` allows."""
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, ValueError, OSError):  # Windows, or a folder that is not there yet
        return DEFAULT_NAME_MAX
    return limit if limit > 0 else DEFAULT_NAME_MAX


def _name_bytes(name: str) -> int:
    return len(os.fsencode(name))


def name_over(path: Path, side_suffix: str = "") -> tuple[int, int] | None:
    """(the name's bytes, the limit) when ``path``'s name is longer than the limit, or ``None``.

    ``side_suffix`` is what another name made from this one adds (SQLite's ``-journal``
    beside a workshop file): that name must fit too.
    """
    size = _name_bytes(path.name)
    limit = name_max(path.parent) - _name_bytes(side_suffix)
    return None if size <= limit else (size, limit)


def name_too_long(path: Path, side_suffix: str = "") -> str | None:
    """Why ``path``'s name cannot be used (it is longer than the limit), or ``None``: the
    command line's English phrase (:func:`name_over` gives the numbers)."""
    over = name_over(path, side_suffix)
    if over is None:
        return None
    size, limit = over
    if side_suffix:
        return (
            f"its name is {size:,} bytes long, and a workshop file's name can be at most "
            f"{limit:,} in this folder (its journal file adds “{side_suffix}”)"
        )
    return f"its name is {size:,} bytes long, and the folder allows at most {limit:,}"


class FileIdentity(NamedTuple):
    """What makes a file the same file, whatever its names: its device and inode."""

    device: int
    inode: int


def identity(path: Path, *, follow_symlinks: bool = True) -> FileIdentity | None:
    """The identity of the file at ``path`` (through symbolic links), ``None`` if none is there."""
    try:
        st = os.stat(path, follow_symlinks=follow_symlinks)
    except (OSError, ValueError):
        return None
    return FileIdentity(st.st_dev, st.st_ino)


def same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` are one file (same device and inode), whatever the names."""
    first = identity(a)
    return first is not None and first == identity(b)

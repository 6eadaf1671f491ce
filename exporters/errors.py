"""The one error an exporter raises when its file cannot be written."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from models.workshop_file import describe

__all__ = ["ExportError", "reason_for"]

# Windows error codes that have no errno of their own.
_WINERROR_SHARING_VIOLATION = 32
_WINERROR_LOCK_VIOLATION = 33
_WINERROR_DISK_FULL = 112
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class ExportError(Exception):
    """An export that could not be written, said in one sentence that names the file.

    Nothing was written when it is raised: no partial file and no temporary file is left, and
    a file that was already at the target is unchanged.
    """

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{describe(path)} could not be written: {reason}; nothing was written.")


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

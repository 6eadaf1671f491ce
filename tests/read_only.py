"""A read-only folder that binds every user, root included (CI runs the tests as root).

Permissions do not bind root, so for root the folder is made immutable (``chattr +i``: no
file can be created, renamed or removed in it, whoever asks), or, where the file system has no
such attribute, a read-only bind mount of the folder onto itself. Only when neither can be
had is the test skipped, saying why. Every mechanism is checked by trying to create a file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _run(*args: str) -> bool:
    if shutil.which(args[0]) is None:
        return False
    done = subprocess.run(args, capture_output=True, check=False)
    return done.returncode == 0


def _refuses_new_files(folder: Path) -> bool:
    probe = folder / ".journeyline-probe"
    try:
        probe.touch()
    except OSError:
        return True
    probe.unlink()
    return False


def _mechanisms(folder: Path) -> Iterator[tuple[str, Callable[[], bool], Callable[[], object]]]:
    """(name, make read-only, undo), strongest first, for the user running the tests."""
    if os.geteuid() != 0:
        yield "permissions", lambda: folder.chmod(0o555) is None, lambda: folder.chmod(0o755)
        return
    yield (
        "chattr +i",
        lambda: _run("chattr", "+i", str(folder)),
        lambda: _run("chattr", "-i", str(folder)),
    )
    yield (
        "a read-only bind mount",
        lambda: (
            _run("mount", "--bind", str(folder), str(folder))
            and (
                _run("mount", "-o", "remount,bind,ro", str(folder))
                or not _run("umount", str(folder))
            )
        ),
        lambda: _run("umount", str(folder)),
    )


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder`` refuses new files (for root too) inside the ``with``; as before afterwards."""
    if os.name != "posix":
        pytest.skip("a read-only folder is made with POSIX tools")
    tried = []
    for name, make, undo in _mechanisms(folder):
        tried.append(name)
        if not make():
            continue
        if not _refuses_new_files(folder):
            undo()
            continue
        try:
            yield folder
        finally:
            undo()
        return
    pytest.skip(f"no way to make a folder read-only for this user here (tried {', '.join(tried)})")

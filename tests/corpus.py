"""Helpers for the corpus tests: what a folder holds, byte for byte, to prove nothing changed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

FileState = tuple[str, int] | str  # (sha256, mtime in ns) of a file; "link -> target" of a link


def folder_state(folder: Path) -> dict[str, FileState]:
    """Every entry of ``folder`` (hidden ones too) with its sha256 and mtime, or link target."""
    state: dict[str, FileState] = {}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        path = Path(entry.path)
        if entry.is_symlink():
            state[entry.name] = f"link -> {os.readlink(path)}"
        elif entry.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            state[entry.name] = (digest, entry.stat().st_mtime_ns)
        else:
            state[entry.name] = "folder"
    return state

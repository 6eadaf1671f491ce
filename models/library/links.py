"""Which library version a local working copy came from, kept outside the workshop file.

A workshop opened from the library (or published to it) remembers its map and version here, in
``working-copies.json`` in the user's data folder, keyed by the working copy's full path and the
library. The workshop file itself stays exactly as the workshop schema makes it: nothing is
added to it, so it opens anywhere and its schema stays the schema module's alone. The cost: a
working copy that is moved or renamed outside Journeyline forgets its link, and publishing it
then makes a new map (the library keeps both; nothing is lost).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from models.atomic import WriteError, atomic_write
from models.library import config

LINKS_FILE: Final = "working-copies.json"


@dataclass(frozen=True)
class Link:
    """A working copy's origin: map ``map_id`` at version ``version`` of library ``library``."""

    library: str  # config.link_key(url)
    map_id: int
    version: int


def _file() -> Path:
    return config.data_folder() / LINKS_FILE


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def _load() -> dict[str, dict[str, object]]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def link_of(path: Path, url: str) -> Link | None:
    """The working copy's link into the library at ``url``, if it has one."""
    entry = _load().get(_key(path))
    if not isinstance(entry, dict) or entry.get("library") != config.link_key(url):
        return None
    map_id, version = entry.get("map"), entry.get("version")
    if not isinstance(map_id, int) or not isinstance(version, int):
        return None
    return Link(config.link_key(url), map_id, version)


def remember(path: Path, url: str, map_id: int, version: int) -> None:
    """Remember that the working copy at ``path`` is version ``version`` of ``map_id``.

    Best effort: the link is a convenience, so a data folder that cannot be written loses it
    without failing the publish or the download it follows.
    """
    links = _load()
    links[_key(path)] = {"library": config.link_key(url), "map": map_id, "version": version}
    folder = _file().parent
    data = json.dumps(links, ensure_ascii=False, indent=1).encode("utf-8")
    with contextlib.suppress(OSError, WriteError):
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(_file(), lambda f: f.write(data))

"""What can go wrong with a library, each said in one sentence for the user."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class LibraryError(Exception):
    """A library problem, said in one sentence (``str(error)``)."""


class LibraryUnavailable(LibraryError):
    """The library cannot be reached (server down, network gone); nothing was changed."""


class LibraryPermissionError(LibraryError):
    """The database role may not do this (a reader publishing, say); nothing was changed."""


class LibrarySchemaError(LibraryError):
    """The library's tables are missing, older or newer than this Journeyline knows."""


@dataclass(frozen=True)
class VersionInfo:
    """One published, immutable version of a map or template."""

    map_id: int
    number: int
    kind: str  # "map" or "template"
    title: str
    client: str
    segment: str
    author: str
    published_at: datetime
    message: str

    @property
    def when(self) -> str:
        """The time of publishing in the user's local time zone, e.g. ``4 Dec 2026 14:02``."""
        local = self.published_at.astimezone()
        return f"{local.day} {local:%b %Y %H:%M}"


class PublishConflict(LibraryError):
    """Someone published a newer version of the map since the working copy's version."""

    def __init__(self, base_number: int, latest: VersionInfo) -> None:
        self.base_number = base_number
        self.latest = latest
        message = f" (“{latest.message}”)" if latest.message else ""
        super().__init__(
            f"“{latest.title}” has changed in the library since your version {base_number}: "
            f"{latest.author} published version {latest.number}{message} on {latest.when}. "
            "Publish yours as a new map, or open the latest version beside yours."
        )

"""What can go wrong with a library, each said in one sentence for the user.

Every error carries its sentence as ``message``, declared where the problem is found: a
:class:`~models.file_problem.FileProblem` when the library (its database or its file) could not
be reached, read or written, a :class:`~models.refusal.Refusal` when what was asked cannot be
done (an address that is no library, a map no longer there). ``str(error)`` is the English
sentence (the command line's); the window shows ``message`` in its language
(:func:`app.translations.said`). ``{library}`` in a sentence is the library's address
(:func:`models.library.config.address`), the same in every language, quoted the language's way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.file_problem import FileProblem
from models.refusal import Refusal


class LibraryError(Exception):
    """A library problem, said in one sentence: ``message`` (``str(error)`` is its English)."""

    def __init__(self, message: FileProblem | Refusal) -> None:
        super().__init__(message.english())
        self.message = message


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
        if latest.message:
            sentence = Refusal(
                "“{title}” has changed in the library since your version {base}: {author} "
                "published version {number} (“{message}”) on {when}. Publish yours as a new "
                "map, or open the latest version beside yours.",
                message=latest.message,
            )
        else:
            sentence = Refusal(
                "“{title}” has changed in the library since your version {base}: {author} "
                "published version {number} on {when}. Publish yours as a new map, or open "
                "the latest version beside yours."
            )
        super().__init__(
            sentence.but(
                title=latest.title,
                base=base_number,
                author=latest.author,
                number=latest.number,
                when=latest.when,
            )
        )

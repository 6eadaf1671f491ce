"""Why a library's database could not be used, as one sentence: each driver error (SQLite,
PostgreSQL) becomes a :class:`~models.library.errors.LibraryError` whose declared sentence names
the library (:func:`explain`), so the window says it in its language and nothing is changed.
"""

from __future__ import annotations

from typing import Final, Literal

from sqlalchemy.exc import DBAPIError

from models.file_problem import FileProblem
from models.library.errors import LibraryError, LibraryPermissionError, LibraryUnavailable

Doing = Literal["read", "publish"]  # what a transaction does: publishing needs more rights


# Why a database error happened, by what its driver says: one whole sentence each.
_UNREACHABLE: Final = (
    "connection refused",
    "could not connect",
    "could not translate host",
    "server closed the connection",
    "terminating connection",
    "connection timeout",
    "timeout expired",
    "the database system is shutting down",
    "the database system is starting up",
    "consuming input failed",
    "connection is lost",
    "connection is closed",
    "no route to host",
    "network is unreachable",
    "name or service not known",
)
_NOT_ALLOWED: Final[dict[Doing, FileProblem]] = {
    "read": FileProblem(
        "Your database role may not read the library “{library}”: ask the library's owner to "
        "grant it the right; nothing was changed."
    ),
    "publish": FileProblem(
        "Your database role may not publish to the library “{library}”: ask the library's owner "
        "to grant it the right; nothing was changed."
    ),
}
_LOST: Final = FileProblem(
    "The connection to the library “{library}” was lost; nothing was changed."
)
_UNREACHED: Final = FileProblem("The library “{library}” cannot be reached; nothing was changed.")
_NO_DATABASE: Final = FileProblem(
    "The server of the library “{library}” has no such database; nothing was changed."
)
_SIGN_IN: Final = FileProblem(
    "The server of the library “{library}” refused the sign-in (user or password); nothing was "
    "changed."
)
_DISK_FULL: Final = FileProblem(
    "The library “{library}” cannot be written: the disk is full; nothing was changed."
)
_READ_ONLY: Final = FileProblem(
    "The library “{library}” cannot be written: it is read-only; nothing was changed."
)
_LOCKED: Final = FileProblem(
    "Another program is writing to the library “{library}”; try again in a moment. Nothing was "
    "changed."
)
_OTHER: Final = FileProblem(
    "The library “{library}” could not be used: {reason}. Nothing was changed."
)


def explain(error: BaseException, library: str, doing: Doing = "read") -> LibraryError:
    """A database error as one sentence: why ``library`` (its :func:`config.address`) could
    not be used."""
    orig = getattr(error, "orig", None) or error
    sqlstate = getattr(orig, "sqlstate", None) or ""
    lowered = str(orig).lower()
    if sqlstate == "42501" or "permission denied" in lowered:
        return LibraryPermissionError(_NOT_ALLOWED[doing].but(library=library))
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return LibraryUnavailable(_LOST.but(library=library))
    if any(u in lowered for u in _UNREACHABLE) or sqlstate.startswith("08"):
        return LibraryUnavailable(_UNREACHED.but(library=library))
    if "does not exist" in lowered and "database" in lowered:
        return LibraryUnavailable(_NO_DATABASE.but(library=library))
    if "authentication failed" in lowered or "no password supplied" in lowered:
        return LibraryUnavailable(_SIGN_IN.but(library=library))
    if "disk is full" in lowered or "disk full" in lowered:
        return LibraryError(_DISK_FULL.but(library=library))
    if "readonly" in lowered or "read-only" in lowered:
        return LibraryError(_READ_ONLY.but(library=library))
    if "locked" in lowered:
        return LibraryError(_LOCKED.but(library=library))
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return LibraryError(_OTHER.but(library=library, reason=first.rstrip(".")))


def driver_error(error: BaseException) -> bool:
    """True for an error raised by a database driver itself (psycopg, sqlite3), not SQLAlchemy."""
    return type(error).__module__.split(".")[0] in ("psycopg", "sqlite3")

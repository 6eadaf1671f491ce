"""Sentences about a workshop file that more than one place says, each a whole sentence.

:func:`models.workshop_file.explain` turns an SQLite error into one of :data:`COULD_NOT`: what
the file could not do (be opened, read, saved or written) and why (the disk is full, the file
or its folder is read-only, the disk reported an error), each pair a sentence of its own so
that every language says it whole (:mod:`models.file_problem`). Here too: the notices of a file
recovered after a crash, and a workshop over one of the count limits (:func:`too_many`).
"""

from __future__ import annotations

from typing import Literal

from models.file_problem import FileProblem
from models.rules import COUNT_LIMITS

Doing = Literal["be opened", "be read", "be saved", "be written"]
Why = Literal["full", "read-only", "disk", "other"]

IN_USE = FileProblem(
    "{file} is open in another Journeyline window or program; close it there first."
)
DAMAGED = FileProblem("{file} is damaged and cannot be read.")
CLOSED = FileProblem("{file} is closed.")
# Said although the file opened (``WorkshopFile.notices``), or why a reader cannot use it.
OLDER = FileProblem(
    "{file} was saved by an older Journeyline; open it in the editor once to bring it up to date."
)
RECOVERED = FileProblem(
    "{file} was not closed properly (a change to it was cut short, by a crash perhaps); "
    "Journeyline recovered it as it was before that change."
)
RECOVERED_HERE = FileProblem(
    "{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is "
    "read as it was before that change, and the file is left as it is until the editor opens it."
)

# What SQLite's message says (lower case) and the sentence it becomes, in this order; a
# damaged file is said before the disk reported an error (SQLite says both for some files).
CLUES: tuple[tuple[tuple[str, ...], Why | Literal["damaged"]], ...] = (
    (("disk is full",), "full"),
    (("readonly", "read-only", "unable to open"), "read-only"),
    (("malformed", "not a database", "corrupt"), "damaged"),
    (("disk i/o",), "disk"),
)

COULD_NOT: dict[Doing, dict[Why, FileProblem]] = {
    "be opened": {
        "full": FileProblem("{file} could not be opened: the disk is full."),
        "read-only": FileProblem(
            "{file} could not be opened: the file or its folder is read-only."
        ),
        "disk": FileProblem("{file} could not be opened: the disk reported an error."),
        "other": FileProblem("{file} could not be opened: {reason}."),
    },
    "be read": {
        "full": FileProblem("{file} could not be read: the disk is full."),
        "read-only": FileProblem("{file} could not be read: the file or its folder is read-only."),
        "disk": FileProblem("{file} could not be read: the disk reported an error."),
        "other": FileProblem("{file} could not be read: {reason}."),
    },
    "be saved": {
        "full": FileProblem("{file} could not be saved: the disk is full."),
        "read-only": FileProblem("{file} could not be saved: the file or its folder is read-only."),
        "disk": FileProblem("{file} could not be saved: the disk reported an error."),
        "other": FileProblem("{file} could not be saved: {reason}."),
    },
    "be written": {
        "full": FileProblem("{file} could not be written: the disk is full."),
        "read-only": FileProblem(
            "{file} could not be written: the file or its folder is read-only."
        ),
        "disk": FileProblem("{file} could not be written: the disk reported an error."),
        "other": FileProblem("{file} could not be written: {reason}."),
    },
}

# A workshop over one of the count limits (models.rules.COUNT_LIMITS): a whole sentence each.
TOO_MANY: dict[str, FileProblem] = {
    "journeys": FileProblem(
        "{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}."
    ),
    "phases": FileProblem(
        "{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}."
    ),
    "lines": FileProblem(
        "{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}."
    ),
    "stations": FileProblem(
        "{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}."
    ),
    "actions": FileProblem(
        "{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}."
    ),
    "owners": FileProblem(
        "{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}."
    ),
    "personas": FileProblem(
        "{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}."
    ),
    "quotes": FileProblem(
        "{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}."
    ),
}


def too_many(counts: dict[str, int]) -> FileProblem | None:
    """The sentence for the first count over its limit (``{file}`` still to fill), or None."""
    for what, limit in COUNT_LIMITS.items():
        count = counts.get(what, 0)
        if count > limit:
            return TOO_MANY[what].but(count=count, max=limit)
    return None

"""Why a file could not be opened, read or written, as the user reads it: a translatable
sentence that names the file, declared where the problem is found.

``raise WorkshopFileError(FileProblem("{file} does not exist.", file=describe(path)))``: the
source is a whole English sentence and the key of the window's catalogues (context
``FileProblems``), found by ``python -m app.translations update`` like a refusal
(:mod:`models.refusal`). ``{file}`` is the file's name (:func:`describe`: quoted the
reader's way); every other ``{placeholder}`` is a value (a number, the system's own reason,
another declared sentence) written the reader's way. The window shows the sentence in its language
(:func:`app.translations.said`); the command line and ``str(error)`` read the English one.
"""

from __future__ import annotations

from pathlib import Path

from models import rules
from models.edit_name import EditName, Quoted
from models.side_files import NotRegularFileError

CONTEXT = "FileProblems"


class FileProblem(EditName):
    context = CONTEXT


def describe(path: Path) -> Quoted:
    """A file's name as a sentence's ``{file}``: quoted the reader's way (“plan.journey”,
    „plan.journey“), bidi and invisible characters shown escaped."""
    return Quoted(rules.shown(path.name))


def os_reason(error: OSError) -> str:
    """The system's own words for an error (its language, not ours): a value in a sentence."""
    return str(error.strerror or error).rstrip(".")


_MISSING = FileProblem("{file} does not exist.")
_DENIED = FileProblem("{file} cannot be read: permission denied.")
_UNREADABLE = FileProblem("{file} cannot be read: {reason}.")
_NOT_REGULAR = FileProblem("{file} is not a regular file (a pipe or a device, say).")


def reading_problem(
    error: OSError, file: Quoted, *, folder: FileProblem, not_regular: FileProblem = _NOT_REGULAR
) -> FileProblem:
    """Why ``file`` could not be read, by the system's ``error``: one whole sentence each for
    the common cases, the system's own words otherwise. ``folder`` and ``not_regular`` say what
    a folder or a pipe is not, in the words of the kind of file that was expected ("… is a
    folder, not a workshop file.")."""
    if isinstance(error, FileNotFoundError):
        return _MISSING.but(file=file)
    if isinstance(error, IsADirectoryError):
        return folder.but(file=file)
    if isinstance(error, NotRegularFileError):
        return not_regular.but(file=file)
    if isinstance(error, PermissionError):
        return _DENIED.but(file=file)
    return _UNREADABLE.but(file=file, reason=os_reason(error))

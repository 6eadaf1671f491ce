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

CONTEXT = "FileProblems"


class FileProblem(EditName):
    context = CONTEXT


def describe(path: Path) -> Quoted:
    """A file's name as a sentence's ``{file}``: quoted the reader's way (“plan.journey”,
    „plan.journey“), bidi and invisible characters shown escaped."""
    return Quoted(rules.shown(path.name))

"""What an edited action list's read-back says: its problems and notes, each line whole
sentences declared where the problem is found, so the window can say them in its language.

A :class:`Said` line is its English text (a ``str``: the command line prints it as it is, the
tests read it) and carries its declared sentences (``sentences``): a
:class:`~models.file_problem.FileProblem` with the place as named values (``{sheet}``,
``{row}``, ``{column}``, ``{header}``: the column's header as the list wrote it), sometimes
followed by the model's own :class:`~models.refusal.Refusal` of the cell's value. The window
translates each sentence (``app.translations.edit_text``); nothing here knows Qt.
"""

from __future__ import annotations

from models.edit_name import EditName
from models.file_problem import FileProblem

__all__ = ["ActionListError", "Said"]


class ActionListError(Exception):
    """A file that cannot be read as an action list at all: one sentence naming it
    (``message``; ``str(error)`` is its English)."""

    def __init__(self, message: FileProblem) -> None:
        super().__init__(message.english())
        self.message = message


class Said(str):
    """One line of a list's problems or notes: one or more whole sentences, in English as a
    ``str``, the declared sentences in ``sentences``."""

    sentences: tuple[EditName, ...]

    def __new__(cls, *sentences: EditName) -> Said:
        line = super().__new__(cls, " ".join(s.english() for s in sentences))
        line.sentences = sentences
        return line

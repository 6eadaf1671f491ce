"""The one QUndoCommand: it carries any model edit, so undo is the edit's revert."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.translations import edit_text
from models.document import Document, Edit


class EditCommand(QUndoCommand):
    """Wraps an Edit for the QUndoStack.

    The Editor applies or reverts the edit itself *before* it moves the stack (so a failed
    write, such as a full disk, is reported and leaves the stack where it was) and then sets
    ``done`` so the stack's own redo()/undo() call does not do the work twice.
    """

    def __init__(self, document: Document, edit: Edit) -> None:
        super().__init__(edit_text(edit.name))
        self.document = document
        self.edit = edit
        self.done = True  # pushed right after its first apply

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.document.apply(self.edit)

    def undo(self) -> None:
        if self.done:
            self.done = False
            return
        self.document.revert(self.edit)

"""An open workshop in the editor: the document, its undo stack and the current journey.

Widgets turn gestures into edits (models.edits) and hand them to :meth:`Editor.push`; they
follow the document through :attr:`Editor.changed`. A refused edit or a failed write (disk
full, read-only folder) is reported through :attr:`Editor.failed` as one sentence, and the
document and the stack stay as they were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.undo import EditCommand
from models.change import ChangeSet
from models.document import Document, Edit, EditError
from models.workshop_file import WorkshopFileError


class Editor(QObject):
    changed = Signal(object)  # models.change.ChangeSet, after every apply, undo and redo
    journey_changed = Signal(int)  # the journey shown
    failed = Signal(str)  # one sentence for the user

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._ok = False
        document.subscribe(self._on_change)
        journeys = document.journeys()
        self._journey_id = journeys[0].id if journeys else 0

    # -- journeys ------------------------------------------------------------------------------
    @property
    def journey_id(self) -> int:
        return self._journey_id

    def set_journey(self, journey_id: int) -> None:
        if journey_id != self._journey_id:
            self._journey_id = journey_id
            self.journey_changed.emit(journey_id)

    # -- the one door --------------------------------------------------------------------------
    def push(self, edit: Edit) -> Any:
        """Apply an edit and put it on the undo stack; return its result (None if refused)."""
        try:
            self.document.apply(edit)
        except (EditError, WorkshopFileError) as e:
            self.failed.emit(str(e))
            return None
        if not edit.empty:
            self.undo_stack.push(EditCommand(self.document, edit))
        return edit.result

    def undo(self) -> None:
        """Undo one step. Use this (not QUndoStack.undo) so a failed write is reported."""
        index = self.undo_stack.index()
        if index > 0:
            self._step(self.undo_stack.command(index - 1), self.document.revert)
            if self._ok:
                self.undo_stack.undo()

    def redo(self) -> None:
        index = self.undo_stack.index()
        if index < self.undo_stack.count():
            self._step(self.undo_stack.command(index), self.document.apply)
            if self._ok:
                self.undo_stack.redo()

    def _step(self, command: object, action: Any) -> None:
        assert isinstance(command, EditCommand)
        self._ok = False
        try:
            action(command.edit)
        except (EditError, WorkshopFileError) as e:
            self.failed.emit(str(e))
            return
        command.done = True
        self._ok = True

    def _on_change(self, change: ChangeSet) -> None:
        self.changed.emit(change)

    def close(self) -> None:
        self.document.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.document.close()

"""An open workshop in the editor: the document, its undo stack and the journey shown.

Widgets turn gestures into edits (models.edits) and hand them to :meth:`Editor.push`, the one
door, which answers with an :class:`Outcome`: applied (with the edit's result) or refused
(with the sentence for the user). They follow the document through :attr:`Editor.changed`. A
refused edit or a failed write (disk full, read-only folder) is also announced through
:attr:`Editor.failed`, and the document and the stack stay as they were.

The Editor owns the journey shown (:attr:`Editor.journey_id`): when it goes (deleted, or its
creation undone) the Editor shows its neighbour, the next journey, else the one before, and
says so through :attr:`Editor.journey_changed` before anyone hears of the change, so the map,
the switcher and the panels never show a journey that is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.translations import said
from app.undo import EditCommand
from models.change import ChangeSet
from models.document import Document, Edit, EditError
from models.workshop_file import WorkshopFileError


@dataclass(frozen=True)
class Outcome:
    """What became of an edit: applied, with its result (which may be None), or refused,
    with the one sentence the user was shown."""

    applied: bool
    result: Any = None
    message: str = ""

    @classmethod
    def refused(cls, message: str) -> Outcome:
        return cls(False, None, message)


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
        self._journey_order = [j.id for j in document.journeys()]
        self._journey_id = self._journey_order[0] if self._journey_order else 0

    # -- journeys ------------------------------------------------------------------------------
    @property
    def journey_id(self) -> int:
        return self._journey_id

    def set_journey(self, journey_id: int) -> None:
        if journey_id != self._journey_id:
            self._journey_id = journey_id
            self.journey_changed.emit(journey_id)

    def _follow_journeys(self) -> None:
        """The journey shown is gone: show its neighbour (the next, else the one before)."""
        before = self._journey_order
        now = [j.id for j in self.document.journeys()]
        self._journey_order = now
        if self._journey_id in now or not now:
            return
        gone = before.index(self._journey_id) if self._journey_id in before else 0
        later = [j for j in before[gone + 1 :] if j in now]
        earlier = [j for j in reversed(before[:gone]) if j in now]
        self.set_journey((later or earlier or now)[0])

    # -- the one door --------------------------------------------------------------------------
    def push(self, edit: Edit) -> Outcome:
        """Apply an edit and put it on the undo stack (one step, unless it changed nothing)."""
        try:
            self.document.apply(edit)
        except (EditError, WorkshopFileError) as e:
            return self._refuse(said(e))
        if not edit.empty:
            self.undo_stack.push(EditCommand(self.document, edit))
        return Outcome(True, edit.result)

    def attempt(self, build: Callable[[], Edit]) -> Outcome:
        """Build an edit (its checks may refuse the values) and push it."""
        try:
            edit = build()
        except EditError as e:
            return self._refuse(said(e))
        return self.push(edit)

    def _refuse(self, message: str) -> Outcome:
        self.failed.emit(message)
        return Outcome.refused(message)

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
            self.failed.emit(said(e))
            return
        command.done = True
        self._ok = True

    def _on_change(self, change: ChangeSet) -> None:
        if "journey" in change.tables():
            self._follow_journeys()  # before anyone draws the change
        self.changed.emit(change)

    def close(self) -> None:
        self.document.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.document.close()

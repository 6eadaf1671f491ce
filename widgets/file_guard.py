"""Notice at once when the open workshop's file is moved, deleted or replaced by another program.

The editor keeps the file open (and locked) while it works, so on most systems another program
can still rename, delete or save a new file over it. Every later edit would then go into a file
that no longer has that name, or none at all: reported as saved, gone when the window closes.
The model refuses such edits (``Document.displaced``); this guard makes the window say so the
moment it happens, not at the next edit: a :class:`QFileSystemWatcher` on the file and its
folder asks the document, and :attr:`FileGuard.displaced` carries the sentence once.
:func:`tell_displaced` shows it with **Save a copy…**, which still works from the open workshop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.translations import edit_text
from models.document import Document

__all__ = ["FileGuard", "tell_displaced"]


class FileGuard(QObject):
    """Watches one open document's file; emits :attr:`displaced` (one sentence) once."""

    displaced = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._told = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPaths([str(document.path), str(document.path.parent)])
        self._watcher.fileChanged.connect(self.check)
        self._watcher.directoryChanged.connect(self.check)

    @property
    def told(self) -> bool:
        return self._told

    def check(self, *_changed: object) -> bool:
        """True when the file is no longer the one opened (said once, through the signal)."""
        if self._told:
            return True
        problem = self._document.displaced()
        if problem is None:
            return False
        self._told = True
        self.displaced.emit(edit_text(problem))
        return True


def tell_displaced(host: QWidget, sentence: str, save_copy: Callable[[], object]) -> QMessageBox:
    """The warning, with Save a copy… as its default button (opened, not run modally)."""
    box = QMessageBox(host)
    box.setObjectName("file-displaced")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("FileGuard", "The workshop file is gone"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(sentence)
    save = box.addButton(
        QCoreApplication.translate("FileGuard", "Save a copy…"), QMessageBox.ButtonRole.AcceptRole
    )
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save)
    box.setEscapeButton(close)
    save.clicked.connect(save_copy)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

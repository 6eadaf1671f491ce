"""A workshop file or a JSON document dropped on the window opens, as File ▸ Open… would.

A ``.journey`` opens; a ``.json`` is imported (:mod:`widgets.window.importing`: it asks where
to save the new workshop). One local file at a time; anything else dropped on the window (text,
several files, a web address) is not taken. Drops from the palette onto the map are the map's
own (its view takes them before they reach the window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

SUFFIXES = (".journey", ".json")


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local workshop file or JSON document that ``mime`` carries, if it carries one."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUFFIXES else None


class FileDrop(QObject):
    """Makes ``window`` take dropped files and hands each to ``open_path``."""

    def __init__(self, window: QWidget, open_path: Callable[[str], object]) -> None:
        super().__init__(window)
        self._window = window
        self._open_path = open_path
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        # Anything but a file is the window's own (Qt drags docks and toolbars this way on
        # some platforms): left to it.
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if dropped_file(event.mimeData()) is None:
                return False
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent):
            path = dropped_file(event.mimeData())
            if path is None:
                return False
            event.acceptProposedAction()
            # After the drop has ended: the import asks where to save in a dialog of its own,
            # which must not run inside the system's drag and drop.
            QTimer.singleShot(0, self._window, lambda: self._open_path(str(path)))
            return True
        return False

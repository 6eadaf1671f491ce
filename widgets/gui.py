"""Starting the editor: ``journeyline [FILE.journey]``.

With a file, that file opens. Without one, the workshop open when the editor last closed
opens; on the first run, the bundled sample is copied into the user's documents folder
(Documents/Journeyline/Sample workshop.journey) and opened, so the first thing a consultant
sees is a real map. On exit the window (and with it the map's scene) is deleted before the
QApplication goes, which PySide6 needs for a clean quit.

A file double-clicked while Journeyline runs reaches the window too: on Linux and Windows
through the single-instance hand-over, on macOS as a QFileOpenEvent to the application.
``JOURNEYLINE_QUIT_AFTER_MS`` makes the editor quit by itself after that many milliseconds
(the build's smoke test starts the built program with it).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer
from PySide6.QtGui import QFileOpenEvent

from app import single_instance, translations
from app.application import make_application
from app.settings import Settings
from app.translations import translate
from models import interchange
from models.resources import resource
from models.transfer import import_document
from models.workshop_file import WorkshopFileError

SAMPLE_NAME = "Sample workshop.journey"


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not location:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    return Path(location) / "Journeyline"


def sample_workshop() -> Path:
    """The sample workshop in the user's documents, imported from the bundle if missing."""
    target = documents_folder() / SAMPLE_NAME
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        document = interchange.parse(resource("samples", "sample.json").read_bytes())
        import_document(document, target)
    return target


def workshop_to_open(path: str | None, settings: Settings) -> Path | None:
    """FILE if given; else the last workshop; else (first run) the sample."""
    if path:
        return Path(path)
    last = settings.last_workshop()
    if last is not None:
        return Path(last)
    try:
        return sample_workshop()
    except (WorkshopFileError, OSError):
        return None


class FileOpenFilter(QObject):
    """macOS: a workshop opened from the Finder (or dropped on the Dock icon) opens here."""

    def __init__(self, open_path: Callable[[str], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self._open_path(path)
                return True
        return super().eventFilter(watched, event)


def run_editor(path: str | None) -> int:
    """Show the editor window with a workshop and run until it closes; the exit status."""
    if path and single_instance.hand_over(path):
        return 0  # Journeyline is already running: that window opens the file
    app = make_application()
    from widgets.main_window import MainWindow  # after the QApplication exists

    settings = Settings()
    translations.install(translations.choose(settings.language()))
    window = MainWindow(settings)
    window.show()
    server = single_instance.InstanceServer(window)  # files double-clicked from now on
    server.open_requested.connect(window.open_path)
    file_open = FileOpenFilter(window.open_path, window)
    app.installEventFilter(file_open)
    try:
        target = workshop_to_open(path, settings)
    except (WorkshopFileError, OSError) as e:
        window.show_error(
            translate("Gui", "The sample workshop could not be created"), translations.said(e)
        )
        target = None
    if target is not None:
        window.open_path(target)
    if window.editor is None:
        window.close_workshop()  # the start page: Open… and New from template…
    window.raise_()
    window.activateWindow()
    quit_after = os.environ.get("JOURNEYLINE_QUIT_AFTER_MS")  # smoke tests of the build
    if quit_after and quit_after.strip().isdigit():
        QTimer.singleShot(int(quit_after), app.quit)
    status = app.exec()
    app.removeEventFilter(file_open)
    window.shutdown()
    shiboken6.delete(window)
    del window
    gc.collect()
    # Destroy the application now, not during interpreter exit: left to the garbage collector,
    # Qt tears down the clipboard (holding a copied station) after Python's wrappers are gone,
    # and the process crashes on quit.
    app.shutdown()
    return int(status)

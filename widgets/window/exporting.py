"""File ▸ Export…, Export PDF poster…, Export Excel action list…: the window's exports.

The dialog (:mod:`widgets.export_dialog`) asks what and where; the runner
(:mod:`widgets.export_worker`) exports a snapshot of the open workshop off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from app.export_job import ExportRequest
from app.settings import Settings
from models.view_options import MapToggles
from widgets.export_dialog import ExportDialog, ask_quick_export
from widgets.export_worker import ExportRun, ExportRunner
from widgets.window.workshop import OpenWorkshop


class ExportController(QObject):
    """The export dialog and the running exports of one window."""

    def __init__(self, host: QWidget, workshop: OpenWorkshop, settings: Settings) -> None:
        super().__init__(host)
        self._host = host
        self._workshop = workshop
        self._settings = settings
        self.runner = ExportRunner(host)
        self.dialog: ExportDialog | None = None
        # The View toggles of the open workshop: an export shows what the canvas shows.
        self.toggles: Callable[[], MapToggles] = MapToggles

    def open_dialog(self, format_key: str | None = None) -> ExportDialog | None:
        """File ▸ Export…: choose format, journeys, paper or resolution and the file."""
        editor = self._workshop.editor
        if editor is None:
            return None
        self.close_dialog()
        dialog = ExportDialog(
            editor.document,
            editor.journey_id,
            self._settings.export_choices(),
            self._host,
            format_key=format_key,
            toggles=self.toggles(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()

    def _chosen(self, dialog: ExportDialog) -> None:
        self._settings.set_export_choices(dialog.choices())
        self.start(dialog.request())

    def quick_export(self, format_key: str) -> ExportRun | None:
        """Only the file is asked for; the other choices are the last export's."""
        editor = self._workshop.editor
        if editor is None:
            return None
        choices = self._settings.export_choices()
        request = ask_quick_export(
            self._host, editor.document, editor.journey_id, choices, format_key
        )
        if request is None:
            return None
        self._settings.set_export_choices(replace(choices, folder=str(request.target.parent)))
        return self.start(request)

    def start(self, request: ExportRequest) -> ExportRun | None:
        """Export the open workshop in the background (a snapshot of it, as it is now)."""
        editor = self._workshop.editor
        if editor is None:
            return None
        if request.toggles is None:
            request = replace(request, toggles=self.toggles())
        return self.runner.start(editor.document, request)

    def shutdown(self) -> None:
        """Running exports are cancelled and waited for."""
        self.runner.shutdown()

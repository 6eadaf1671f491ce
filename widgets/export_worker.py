"""Running an export without freezing the window, and telling the user how it went.

:class:`ExportRunner` (one per window) takes a snapshot of the open workshop on the GUI thread
(SQLite's backup API: fast), then runs :func:`app.export_job.execute` on that copy in its own
QThreadPool. A QProgressDialog with Cancel shows the work: the poster reports its pages, the
other formats show a busy bar (their result is dropped on Cancel). When the export is done, a
message names the file and offers "Open" and "Show in folder"; warnings (characters no font has,
text too small to read: the exporters' ExportNotice sentences) are listed with it in the
window's language; a failure is shown as its one sentence.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QProcess, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from app import export_job
from app.export_job import ExportOutcome, ExportRequest, Snapshot
from app.translations import edit_text, plural, said, translate, written
from models.document import Document
from models.workshop_file import WorkshopFileError, describe
from widgets import message_box
from widgets.field_texts import field_text


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ExportOutcome


class ExportTask(QRunnable):
    """The export itself, in a pool thread; reports through :attr:`signals`."""

    def __init__(self, snapshot: Path, request: ExportRequest, staging: Path) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the run keeps it until its result has arrived
        self.snapshot = snapshot
        self.request = request
        self.staging = staging
        self.cancel = threading.Event()
        self.signals = _Signals()

    def run(self) -> None:
        outcome = export_job.execute(
            self.snapshot,
            self.request,
            self.staging,
            progress=self._progress if self.request.spec.reports_progress else None,
            cancel=self.cancel,
        )
        self.signals.finished.emit(outcome)

    def _progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show the file in the system's file manager (selected where the system can)."""
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    if sys.platform == "win32":
        return QProcess.startDetached("explorer", [f"/select,{path}"])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportRun(QObject):
    """One export on its way: the progress dialog, the task, and the message at the end."""

    finished = Signal(object)  # ExportOutcome, once the user has been told

    def __init__(
        self, window: QWidget, pool: QThreadPool, snapshot: Snapshot, request: ExportRequest
    ) -> None:
        super().__init__(window)
        self.window = window
        self.pool = pool
        self.snapshot = snapshot
        self.request = request
        self.staging = export_job.staging_path(request.target)
        self.task = ExportTask(snapshot.path, request, self.staging)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(self._on_finished)
        self.outcome: ExportOutcome | None = None
        self.message: QMessageBox | None = None
        self._cancelled = False
        self._done = False
        self._progress_closed = False

        spec = request.spec
        self.progress = QProgressDialog(
            translate("ExportRun", "Exporting the {label} “{name}”…").format(
                label=field_text(spec.label), name=request.target.name
            ),
            translate("ExportRun", "Cancel"),
            0,
            0,  # busy until the poster says how much there is
            window,
        )
        self.progress.setObjectName("export-progress")
        self.progress.setWindowTitle(translate("ExportRun", "Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumWidth(420)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(300)  # a quick export never flashes a dialog
        self.progress.canceled.connect(self.cancel)

    @property
    def running(self) -> bool:
        return not self._done

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def start(self) -> None:
        self.progress.setValue(0)
        self.pool.start(self.task)

    def cancel(self) -> None:
        """Stop the export: the poster stops at its next page; other results are dropped."""
        if self._done:
            return
        self._cancelled = True
        self.task.cancel.set()
        self._close_progress()

    def _on_progress(self, done: int, total: int) -> None:
        if self._cancelled or self._done or self._progress_closed:
            return
        if self.progress.maximum() != total:
            self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))

    def _on_finished(self, outcome: ExportOutcome) -> None:
        self._done = True
        self.outcome = export_job.finish(outcome, self.staging, cancelled=self._cancelled)
        self.snapshot.discard()
        self._close_progress()
        self._tell(self.outcome)
        self.finished.emit(self.outcome)

    def wait_and_clean_up(self) -> None:
        """For a window that closes while the export runs: cancel, wait, remove the copies."""
        if self._done:
            return
        self.cancel()
        self.pool.waitForDone()
        self._done = True
        export_job.discard(self.staging)
        self.snapshot.discard()

    def _close_progress(self) -> None:
        if self._progress_closed:
            return
        self._progress_closed = True
        if shiboken6.isValid(self.progress):
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()

    # -- the message at the end ---------------------------------------------------------------
    def _tell(self, outcome: ExportOutcome) -> None:
        if outcome.state == "cancelled":
            return
        if outcome.state == "failed":
            message = outcome.message
            message_box.warning(
                self.window,
                translate("ExportRun", "Export failed"),
                outcome.sentence if message is None else edit_text(message),
            )
            return
        target = outcome.request.target
        box = QMessageBox(self.window)
        box.setObjectName("export-done")
        box.setWindowTitle(translate("ExportRun", "Export finished"))
        box.setIcon(QMessageBox.Icon.Warning if outcome.warnings else QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        done = translate("ExportRun", "Exported {what}.")
        box.setText(done.format(what=written(describe(target))))
        info = translate("ExportRun", "In {folder}").format(folder=target.parent)
        if outcome.warnings:
            check = plural("ExportRun", "Please check %n note(s):", len(outcome.warnings))
            notes = "\n".join(f"• {edit_text(w)}" for w in outcome.warnings)
            info = f"{info}\n\n{check}\n{notes}"
        box.setInformativeText(info)
        open_button = box.addButton(
            translate("ExportRun", "Open"), QMessageBox.ButtonRole.AcceptRole
        )
        folder_button = box.addButton(
            translate("ExportRun", "Show in folder"), QMessageBox.ButtonRole.ActionRole
        )
        close_button = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.setEscapeButton(close_button)
        open_button.clicked.connect(lambda: open_file(target))
        folder_button.clicked.connect(lambda: show_in_folder(target))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def button(self, text: str) -> QPushButton | None:
        """The message's button with this text (for tests and keyboard checks)."""
        if self.message is None or not shiboken6.isValid(self.message):
            return None
        for button in self.message.buttons():
            if isinstance(button, QPushButton) and button.text() == text:
                return button
        return None


class ExportRunner(QObject):
    """Starts exports of the open workshop for one window, each off the GUI thread."""

    started = Signal(object)  # ExportRun

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.runs: list[ExportRun] = []

    def start(self, document: Document, request: ExportRequest) -> ExportRun | None:
        """Snapshot the workshop and export it in the background; None if it cannot start."""
        try:
            snapshot = Snapshot.take(document.file)
        except WorkshopFileError as e:
            message_box.warning(self.window, translate("ExportRunner", "Export failed"), said(e))
            return None
        run = ExportRun(self.window, self.pool, snapshot, request)
        run.finished.connect(lambda _o, r=run: self._forget(r))
        self.runs.append(run)
        run.start()
        self.started.emit(run)
        return run

    def _forget(self, run: ExportRun) -> None:
        if run in self.runs:
            self.runs.remove(run)
        run.deleteLater()

    @property
    def busy(self) -> bool:
        return any(run.running for run in self.runs)

    def shutdown(self) -> None:
        """Cancel what runs and wait for it, so no thread outlives the window."""
        for run in list(self.runs):
            run.wait_and_clean_up()
        self.pool.waitForDone()
        self.runs.clear()

"""File ▸ Export…: the dialog, the export off the GUI thread from the running editor, and what
the user is told (the file with Open / Show in folder, warnings, or one sentence on failure)."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import export_job
from app.export_job import ExportRequest, Snapshot
from models import interchange
from models.document import Document
from tests.read_only import read_only_folder
from tests.widgets.conftest import close_window
from widgets import message_box

WAIT_MS = 60_000


@pytest.fixture
def warnings(monkeypatch):
    """Capture QMessageBox.warning (the failure sentence) instead of a modal box."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(message_box, "warning", warning)
    return shown


@pytest.fixture
def opened(monkeypatch):
    """The URLs the system would open (Open, Show in folder)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url)))
    return urls


def export_with_dialog(window, qtbot, fmt: str, target: Path, **choose):
    """Open File ▸ Export…, choose, click Export; the run once it has finished."""
    window.action("export").trigger()
    dialog = window.exporting.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_format(fmt)
    if "paper" in choose:
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(choose["paper"]))
    if "tile" in choose:
        dialog.tile_combo.setCurrentIndex(dialog.tile_combo.findData(choose["tile"]))
    if "journey" in choose:
        dialog.one_journey.setChecked(True)
        dialog.journey_combo.setCurrentIndex(dialog.journey_combo.findData(choose["journey"]))
    if "dpi" in choose:
        dialog.dpi_spin.setValue(choose["dpi"])
    if "language" in choose:
        combo = dialog.language_combo
        combo.setCurrentIndex(combo.findData(choose["language"]))
    dialog.set_target(target)
    with qtbot.waitSignal(window.exporting.runner.started) as started:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    run = started.args[0]
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=WAIT_MS)
    return run


def station_titles(window) -> list[str]:
    document = window.editor.document
    return [s.title for j in document.journeys() for s in document.stations(j.id)]


def close_message(run) -> None:
    if run.message is not None:
        run.message.close()


# -- exporting from the running editor ------------------------------------------------------------
def test_the_poster_is_exported_while_the_workshop_stays_open(window, qtbot, tmp_path, opened):
    from pypdf import PdfReader

    target = tmp_path / "out" / "poster.pdf"
    target.parent.mkdir()
    run = export_with_dialog(window, qtbot, "pdf", target, paper="A3")
    assert run.outcome.state == "done", run.outcome.sentence
    assert window.editor is not None  # the editor kept its file (and its lock) all along
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(target).pages
    )
    assert any(" ".join(title.split()) in text for title in station_titles(window))
    assert sorted(p.name for p in target.parent.iterdir()) == ["poster.pdf"]  # nothing else
    assert not run.snapshot.folder.exists()  # the snapshot is gone too
    # The message names the file and offers to open it or its folder.
    assert run.message.isVisible() and "poster.pdf" in run.message.text()
    qtbot.mouseClick(run.button("Open"), Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromLocalFile(str(target))


def test_the_action_list_is_exported(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "actions.xlsx"
    run = export_with_dialog(window, qtbot, "xlsx", target)
    assert run.outcome.state == "done", run.outcome.sentence
    workbook = load_workbook(target, read_only=True)
    try:
        assert "Actions" in workbook.sheetnames
    finally:
        workbook.close()
    close_message(run)


def test_the_action_list_in_another_language_for_one_export(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "handlingsplan.xlsx"
    run = export_with_dialog(window, qtbot, "xlsx", target, language="da")
    assert run.outcome.state == "done", run.outcome.sentence
    workbook = load_workbook(target, read_only=True)
    try:
        assert workbook.sheetnames[:2] == ["Handlinger", "Stationer"]
    finally:
        workbook.close()
    close_message(run)
    window.action("export").trigger()  # the next export: the workshop's language again
    dialog = window.exporting.dialog
    assert dialog.language_combo.currentData() is None
    assert dialog.language_combo.currentText() == "The workshop's language"
    dialog.reject()


def test_one_journey_as_json_and_as_png(window, qtbot, tmp_path):
    editor = window.editor
    second = editor.document.journeys()[1]
    run = export_with_dialog(window, qtbot, "json", tmp_path / "w.json", journey=second.id)
    assert run.outcome.state == "done", run.outcome.sentence
    doc = interchange.parse((tmp_path / "w.json").read_bytes())
    assert [j["name"] for j in doc["journeys"]] == [second.name]
    assert doc["workshop"]["title"] == editor.document.workshop().title
    close_message(run)
    run = export_with_dialog(window, qtbot, "png", tmp_path / "map.png", dpi=72)
    assert run.outcome.state == "done", run.outcome.sentence
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    close_message(run)


def test_the_dialog_remembers_its_choices(make_window, workshop_path, qtbot, tmp_path, settings):
    window = make_window(workshop_path)
    folder = tmp_path / "exports"
    folder.mkdir()
    run = export_with_dialog(window, qtbot, "pdf", folder / "p.pdf", paper="A2", tile="A4")
    close_message(run)
    close_window(window)
    choices = settings.export_choices()
    assert (choices.format, choices.paper, choices.tile) == ("pdf", "A2", "A4")
    assert Path(choices.folder) == folder

    again = make_window(workshop_path)
    dialog = again.exporting.open_dialog()
    assert dialog.format_key() == "pdf"
    assert dialog.paper_combo.currentData() == "A2" and dialog.tile_combo.currentData() == "A4"
    suggested = dialog.target()
    assert suggested.parent == folder
    title = again.editor.document.workshop().title
    assert suggested.name == f"{title}.pdf"
    dialog.set_format("xlsx")  # the extension follows the format; paper is for the poster only
    assert dialog.target().name == f"{title}.xlsx"
    assert not dialog.paper_combo.isVisibleTo(dialog)
    dialog.set_format("png")  # an image is of one journey
    assert not dialog.all_journeys.isEnabled() and dialog.journey_id() is not None
    assert dialog.dpi_spin.isVisibleTo(dialog)
    dialog.close()


def test_the_file_menu_offers_the_dialog_and_quick_exports(window, qtbot, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    file_menu = window.menus[0]
    names = [a.objectName() for a in file_menu.actions()]
    assert {"export", "export_pdf", "export_xlsx"} <= set(names)
    assert not any(a.menu() for a in file_menu.actions() if "xport" in a.text())  # no submenu
    assert window.action("export").shortcut().toString() == "Ctrl+E"
    target = tmp_path / "quick"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(window.exporting.runner.started) as started:
        window.action("export_xlsx").trigger()
    run = started.args[0]
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=WAIT_MS)
    assert run.outcome.request.target == tmp_path / "quick.xlsx"
    workbook = load_workbook(tmp_path / "quick.xlsx", read_only=True)
    workbook.close()
    close_message(run)


# -- cancel, failures, responsiveness -------------------------------------------------------------
def test_cancel_during_the_poster_leaves_no_file(window, qtbot, tmp_path):
    target = tmp_path / "out" / "poster.pdf"
    target.parent.mkdir()
    window.action("export").trigger()
    dialog = window.exporting.dialog
    dialog.set_format("pdf")
    dialog.set_target(target)
    with qtbot.waitSignal(window.exporting.runner.started) as started:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    run = started.args[0]
    cancelled: list[bool] = []

    def cancel_at_first_page(done: int, total: int) -> None:
        if not cancelled:
            cancelled.append(True)
            run.progress.canceled.emit()  # what its Cancel button (or Esc) does

    run.task.signals.progress.connect(cancel_at_first_page)
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=WAIT_MS)
    assert cancelled and run.outcome.state == "cancelled"
    assert list(target.parent.iterdir()) == []  # no poster, no staging or temporary file
    assert run.message is None  # nothing to tell


def test_the_poster_job_stops_at_its_next_page_when_cancelled(workshop_path, tmp_path):
    """The worker's side: export_poster sees the cancel and writes nothing."""
    with Document.open(workshop_path) as document:  # the editor's lock, as in the window
        snapshot = Snapshot.take(document.file)
    try:
        out = tmp_path / "out"
        out.mkdir()
        target = out / "p.pdf"
        staging = export_job.staging_path(target)
        cancel = threading.Event()
        reports: list[int] = []

        def progress(done: int, total: int) -> None:
            reports.append(done)
            cancel.set()

        outcome = export_job.execute(
            snapshot.path, ExportRequest("pdf", target), staging, progress=progress, cancel=cancel
        )
    finally:
        snapshot.discard()
    assert outcome.state == "cancelled" and len(reports) == 1
    assert list(out.iterdir()) == []
    assert not snapshot.folder.exists()


def test_a_missing_folder_is_said_in_one_sentence(window, qtbot, tmp_path, warnings):
    target = tmp_path / "gone" / "poster.pdf"
    run = export_with_dialog(window, qtbot, "pdf", target)
    assert run.outcome.state == "failed"
    assert warnings == [
        ("Export failed", "“poster.pdf” could not be written: the folder does not exist; "
         "nothing was written.")
    ]  # fmt: skip
    assert "Traceback" not in warnings[0][1]


def test_a_read_only_folder_is_said_in_one_sentence(window, qtbot, tmp_path, warnings):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only_folder(folder):
        run = export_with_dialog(window, qtbot, "xlsx", folder / "actions.xlsx")
    assert run.outcome.state == "failed"
    assert warnings[0][1] == (
        "“actions.xlsx” could not be written: the folder is read-only; nothing was written."
    )


def test_replacing_a_file_asks_first_and_keeps_it_on_no(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"the poster from last week")
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(message_box, "question", question)
    dialog = window.exporting.open_dialog("pdf")
    dialog.set_target(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked and "poster.pdf" in asked[0]
    assert dialog.isVisible()  # still choosing
    assert target.read_bytes() == b"the poster from last week"
    dialog.close()


def test_the_window_stays_responsive_during_an_export(window, qtbot, tmp_path):
    ticks: list[float] = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    dialog = window.exporting.open_dialog("png")
    dialog.dpi_spin.setValue(150)
    dialog.set_target(tmp_path / "big.png")
    with qtbot.waitSignal(window.exporting.runner.started) as started:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    run = started.args[0]
    assert run.outcome is None and run.running  # the click returned before the export ended
    begun = time.monotonic()
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=WAIT_MS)
    ended = time.monotonic()
    timer.stop()
    during = [t for t in ticks if begun <= t <= ended]
    assert run.outcome.state == "done", run.outcome.sentence
    assert len(during) >= 3, (len(during), ended - begun)  # the event loop kept running
    gaps = [b - a for a, b in itertools.pairwise(during)]
    assert max(gaps, default=0) < 1.0  # and never stalled for long
    close_message(run)


def test_closing_the_window_during_an_export_cancels_it(
    make_window, workshop_path, qtbot, tmp_path
):
    window = make_window(workshop_path)
    dialog = window.exporting.open_dialog("pdf")
    target = tmp_path / "late.pdf"
    dialog.set_target(target)
    with qtbot.waitSignal(window.exporting.runner.started) as started:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    run = started.args[0]
    close_window(window)  # waits for the worker; leaves no thread, snapshot or staging file
    assert not run.snapshot.folder.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".late")] == []


# -- the export registry ------------------------------------------------------------------------
def test_every_format_and_its_limits_come_from_the_registry(qtbot, document, tmp_path):
    """The dialog offers each registered format with exactly its options and their limits."""
    from app.export_job import ExportChoices
    from exporters.formats import DPI, FORMATS, PAPER, TILE
    from widgets.export_dialog import ExportDialog

    journey = document.journeys()[0].id
    dialog = ExportDialog(document, journey, ExportChoices(dpi=5000))
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.format_buttons) == list(FORMATS)
    assert [dialog.paper_combo.itemData(i) for i in range(dialog.paper_combo.count())] == list(
        PAPER.keys
    )
    tiles = [dialog.tile_combo.itemData(i) for i in range(dialog.tile_combo.count())]
    assert tiles == [None, *TILE.keys]
    assert (dialog.dpi_spin.minimum(), dialog.dpi_spin.maximum()) == (DPI.minimum, DPI.maximum)
    assert dialog.dpi_spin.value() == DPI.maximum  # a remembered 5000 is brought into range
    dialog.dpi_spin.setValue(5)  # typed below the limit: the spin box keeps it in range
    assert dialog.dpi_spin.value() == DPI.minimum
    for key, spec in FORMATS.items():
        dialog.format_buttons[key].click()
        assert dialog.format_buttons[key].text() == spec.label
        assert dialog.target().suffix == spec.suffix
        shown = {k for k, w in dialog.option_fields.items() if w.isVisibleTo(dialog)}
        assert shown == set(spec.option_keys), key
        assert dialog.all_journeys.isEnabled() == (not spec.one_journey)
        request = dialog.request()
        assert request.format == key and request.target.suffix == spec.suffix
    dialog.close()

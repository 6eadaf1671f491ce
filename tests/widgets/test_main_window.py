"""The editor window, driven as a user would: open, switch journeys, undo, recent files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import edits
from models.document import Document
from models.transfer import import_document
from tests.widgets.conftest import close_window
from widgets import message_box
from widgets.journey_switcher import journey_label


@pytest.fixture
def warnings(monkeypatch):
    """Capture QMessageBox.warning instead of showing a modal dialog."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(message_box, "warning", warning)
    return shown


def test_the_window_shows_the_workshops_journeys_in_the_switcher(window, workshop_path):
    document = window.editor.document
    journeys = document.journeys()
    personas = {p.id: p for p in document.personas()}
    switcher = window.switcher
    assert switcher.count() == len(journeys) >= 2
    expected = [journey_label(j, personas.get(j.persona_id)) for j in journeys]
    assert [switcher.itemText(i) for i in range(switcher.count())] == expected
    assert " — " in switcher.itemText(0)
    assert switcher.itemText(0).endswith(("· Today", "· Future"))
    assert window.centralWidget().currentWidget() is window.view
    assert workshop_path.name in window.windowTitle()


def test_switching_journeys_in_the_switcher_switches_the_editor(window, qtbot):
    editor, switcher = window.editor, window.switcher
    first, second = switcher.journey_ids()[:2]
    assert editor.journey_id == first
    with qtbot.waitSignal(editor.journey_changed) as blocker:
        switcher.setCurrentIndex(1)
    assert blocker.args == [second]
    assert editor.journey_id == second
    editor.set_journey(first)  # and the other way round: the switcher follows the editor
    assert switcher.currentIndex() == 0


def test_the_switcher_follows_a_renamed_journey_and_its_undo(window):
    editor, switcher = window.editor, window.switcher
    jid = switcher.journey_ids()[0]
    editor.push(edits.update_journey(jid, name="Moving house"))
    assert switcher.itemText(0).startswith("Moving house — ")
    window.action("undo").trigger()
    assert not switcher.itemText(0).startswith("Moving house")


def test_the_status_bar_says_all_changes_are_saved(window):
    assert window.status_label.text() == "All changes saved"
    assert window.statusBar().isVisible()
    phase = window.editor.document.phases(window.editor.journey_id)[0]
    window.editor.push(edits.update_station(987654, title="Gone"))  # refused by the model
    assert window.status_label.text() == "That station no longer exists."
    window.editor.push(edits.update_phase(phase.id, name="Aware"))
    assert window.status_label.text() == "All changes saved"


def test_undo_and_redo_actions_name_the_step(window):
    undo, redo = window.action("undo"), window.action("redo")
    assert undo.text() == "Undo" and not undo.isEnabled()
    station = window.editor.document.stations(window.editor.journey_id)[0]
    window.editor.push(edits.update_station(station.id, title="Calls the hotline"))
    assert undo.text() == "Undo Rename station"
    assert undo.isEnabled()
    undo.trigger()
    assert window.editor.document.station(station.id).title == station.title
    assert redo.text() == "Redo Rename station"
    assert undo.text() == "Undo"
    redo.trigger()
    assert window.editor.document.station(station.id).title == "Calls the hotline"


def test_edit_menu_uses_the_platforms_standard_shortcuts(window):
    assert window.action("undo").shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence(QKeySequence.StandardKey.Copy) in window.action("copy").shortcuts()
    assert window.action("duplicate").shortcut() == QKeySequence("Ctrl+D")
    assert window.action("present").shortcut() == QKeySequence(Qt.Key.Key_F5)
    assert window.action("open").shortcut() == QKeySequence(QKeySequence.StandardKey.Open)


def test_a_bad_file_from_file_open_says_why_and_keeps_the_workshop(
    window, tmp_path, monkeypatch, warnings
):
    bad = tmp_path / "notes.journey"
    bad.write_text("these are meeting notes, not a workshop")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    before = window.editor
    window.action("open").trigger()
    assert len(warnings) == 1
    _title, sentence = warnings[0]
    assert sentence == "“notes.journey” is not a Journeyline workshop file."
    assert window.editor is before  # still the workshop it had, still usable
    assert window.editor.document.journeys()
    assert window.centralWidget().currentWidget() is window.view


def test_opening_another_workshop_replaces_the_map(window, tmp_path, sample_doc, monkeypatch):
    other = tmp_path / "other.journey"
    sample_doc["workshop"]["title"] = "Second workshop"
    import_document(sample_doc, other)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    window.action("open").trigger()
    assert window.editor.document.path == other
    assert "Second workshop" in window.windowTitle()
    assert window.action("undo").text() == "Undo"


def test_recent_files_and_window_are_remembered_across_a_restart(
    make_window, workshop_path, tmp_path, sample_doc, settings
):
    other = tmp_path / "other.journey"
    import_document(sample_doc, other)
    first = make_window(workshop_path)
    assert first.open_path(other)
    first.resize(720, 520)
    close_window(first)

    assert settings.recent_files() == [str(other.resolve()), str(workshop_path.resolve())]
    assert settings.last_workshop() == str(other.resolve())
    second = make_window(None)
    second.recent.menu.aboutToShow.emit()
    texts = [a.text() for a in second.recent.menu.actions()]
    assert any("other.journey" in t for t in texts)
    assert any("sample.journey" in t for t in texts)
    assert second.size().width() == 720
    recent = next(a for a in second.recent.menu.actions() if "sample.journey" in a.text())
    recent.trigger()
    assert second.editor.document.path == workshop_path.resolve()


def test_recent_files_keep_ten_existing_ones(settings, tmp_path):
    paths = []
    for i in range(12):
        path = tmp_path / f"w{i}.journey"
        path.write_bytes(b"x")
        settings.add_recent_file(path)
        paths.append(path)
    paths[11].unlink()
    recent = settings.recent_files()
    assert len(recent) == 9
    assert recent[0] == str(paths[10].resolve())


def test_view_toggles_are_remembered(make_window, workshop_path, settings):
    window = make_window(workshop_path)
    window.action("show_needs").setChecked(False)
    assert window.view.layout_options().show_needs is False
    close_window(window)
    assert settings.layout_options().show_needs is False
    again = make_window(workshop_path)
    assert not again.action("show_needs").isChecked()
    assert again.view.layout_options().show_needs is False


def test_keyboard_shortcuts_lists_every_shortcut_of_the_live_actions(window, qtbot):
    window.action("duplicate").setShortcut(QKeySequence("Ctrl+Shift+U"))  # live, not a list
    dialog = window.show_shortcuts()
    rows = dict(dialog.rows())
    native = QKeySequence.SequenceFormat.NativeText
    assert rows["Duplicate"] == QKeySequence("Ctrl+Shift+U").toString(native)
    assert rows["Presentation mode"] == "F5"
    assert rows["Next phase"].startswith(QKeySequence(Qt.Key.Key_Right).toString(native))
    for name in ("undo", "redo", "zoom_in", "fit_map", "open", "quit", "delete"):
        action = window.action(name)
        label = action.text().replace("&", "")
        if name in ("undo", "redo"):
            label = label.split(" ")[0]
        assert label in rows, label
    dialog.close()


def test_palette_click_adds_a_station_after_the_selected_one(window):
    editor, view = window.editor, window.view
    stations = editor.document.stations(editor.journey_id)
    chosen = stations[0]
    view.select("station", [chosen.id])
    window.palette_panel.tiles["station"].clicked.emit()
    kind, ids = view.selection()
    assert kind == "station" and len(ids) == 1
    new = editor.document.station(ids[0])
    assert new.title == "New station"
    assert (new.phase_id, new.line_id) == (chosen.phase_id, chosen.line_id)
    lane = [
        s.id for s in editor.document.snapshot(editor.journey_id).lane(new.phase_id, new.line_id)
    ]
    assert lane.index(new.id) == lane.index(chosen.id) + 1
    assert window.action("undo").text() == "Undo Add station “New station”"


def test_palette_tiles_drag_with_the_canvas_mime_types(window):
    from widgets.canvas.mime import NEW_LINE_MIME, NEW_PHASE_MIME, NEW_STATION_MIME

    tiles = window.palette_panel.tiles
    assert tiles["station"].mime_data().hasFormat(NEW_STATION_MIME)
    assert tiles["phase"].mime_data().hasFormat(NEW_PHASE_MIME)
    assert tiles["line"].mime_data().hasFormat(NEW_LINE_MIME)


def test_close_shows_the_start_page_and_open_recent_brings_it_back(window, workshop_path):
    window.action("close").trigger()
    assert window.editor is None and window.view is None
    assert window.centralWidget().currentWidget() is window.start_page
    assert not window.action("undo").isEnabled()
    assert window.open_path(workshop_path)
    assert window.view is not None


def test_save_a_copy(window, tmp_path, monkeypatch):
    target = tmp_path / "copy.journey"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.action("save_copy").trigger()
    with Document.open(target, readonly=True) as copy:
        assert copy.workshop().title == window.editor.document.workshop().title


def test_new_from_template_creates_and_opens_the_workshop(window, tmp_path):
    target = tmp_path / "fresh"
    assert window.workshop.create_from_template("lifecycle", target)
    assert window.editor.document.path == target.with_name("fresh.journey")
    assert len(window.editor.document.phases(window.editor.journey_id)) == 8


def test_new_from_template_speaks_the_windows_language(window, tmp_path, monkeypatch):
    from app import translations

    monkeypatch.setattr(translations, "current", lambda: "de")
    assert window.workshop.create_from_template("lifecycle", tmp_path / "neu")
    document = window.editor.document
    assert document.workshop().language == "de"
    phases = [p.name for p in document.phases(window.editor.journey_id)]
    assert phases[:3] == ["Entdeckt", "Wägt ab", "Kauft"]


def test_the_file_menu_exports_and_edits_the_workshop_details(window):
    file_menu = window.menus[0]
    names = [a.objectName() for a in file_menu.actions() if not a.isSeparator()]
    for name in ("workshop_details", "export", "export_pdf", "export_xlsx"):
        assert name in names and window.action(name).isEnabled()
    assert window.action("export").shortcut() == QKeySequence("Ctrl+E")
    window.close_workshop()
    assert not window.action("export").isEnabled()
    assert not window.action("workshop_details").isEnabled()


def test_first_run_opens_the_sample_from_the_documents_folder(settings, tmp_path):
    from widgets import gui

    target = gui.workshop_to_open(None, settings)
    assert target == tmp_path / "documents" / "Journeyline" / "Sample workshop.journey"
    assert target.is_file()
    settings.set_last_workshop(target)
    assert gui.workshop_to_open(None, settings) == target.resolve()
    assert gui.workshop_to_open("given.journey", settings) == Path("given.journey")


RUN_AND_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.application import make_application
from widgets.gui import run_editor

app = make_application()

def quit_when_open():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main-window")
    print("opened", window.editor.document.path.name, flush=True)
    # A station left on the clipboard at quit once crashed the process on exit.
    snapshot = window.editor.document.snapshot(window.editor.journey_id)
    window.view.select("station", [snapshot.stations[0].id])
    window.view.copy_selection()
    print("copied", QApplication.clipboard().text()[:20], flush=True)
    window.close()

QTimer.singleShot(1500, quit_when_open)
sys.exit(run_editor(sys.argv[1]))
"""


def test_the_editor_starts_opens_the_file_and_quits_cleanly(workshop_path, tmp_path):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    runtime = tmp_path / "run"  # a single-instance socket of its own: no Journeyline to hand to
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "QT_QPA_PLATFORM": "offscreen",
        "JOURNEYLINE_SETTINGS_DIR": str(tmp_path / "run-settings"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    result = subprocess.run(
        [sys.executable, "-c", RUN_AND_QUIT, str(workshop_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "opened sample.journey" in result.stdout
    assert "copied {" in result.stdout  # interchange JSON on the clipboard at quit
    assert "Fatal" not in result.stderr
    assert (tmp_path / "run-settings" / "journeyline.ini").is_file()


def test_the_editor_quits_by_itself_when_asked_to(workshop_path, tmp_path):
    """``JOURNEYLINE_QUIT_AFTER_MS``: the build's smoke test starts the editor with it."""
    import os
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parents[2]
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "QT_QPA_PLATFORM": "offscreen",
        "JOURNEYLINE_SETTINGS_DIR": str(tmp_path / "run-settings"),
        "XDG_RUNTIME_DIR": str(runtime),
        "JOURNEYLINE_QUIT_AFTER_MS": "700",
    }
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "app", str(workshop_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - start >= 0.7
    assert "Traceback" not in result.stderr


def _menu_entries(menu) -> list[str]:
    """Object names of a menu's actions, submenus walked, separators as "|"."""
    names: list[str] = []
    for action in menu.actions():
        sub = action.menu()
        if action.isSeparator():
            names.append("|")
        elif sub is not None:
            names.append(sub.objectName())
            names.extend(_menu_entries(sub))
        else:
            names.append(action.objectName())
    return names


def test_menus_and_the_shortcuts_dialog_are_built_from_the_action_table(window, qtbot):
    from widgets.window.actions import ACTIONS, MENUS, Needs

    titles = [m.title() for m in window.menuBar().findChildren(type(window.menus[0]))]
    assert [m.title() for m in window.menus] == list(MENUS.values())
    assert set(titles) >= set(MENUS.values())
    for menu_key, menu in zip(MENUS, window.menus, strict=True):
        entries = _menu_entries(menu)
        rows = [s for s in ACTIONS if s.menu == menu_key]
        for spec in rows:
            assert (f"{spec.name}-menu" if spec.submenu else spec.name) in entries, spec.name
        # one separator between two sections, none inside one
        sections = list(dict.fromkeys(s.section for s in rows))
        top_level = [a for a in menu.actions() if a.isSeparator()]
        assert len(top_level) == len(sections) - 1, menu_key
    dialog = window.show_shortcuts()
    shown = dict(dialog.rows())
    for spec in ACTIONS:
        if spec.keys is not None and spec.menu is not None and spec.name not in ("undo", "redo"):
            assert spec.text.replace("&", "") in shown, spec.name
    dialog.close()
    # enabling follows each row's needs: without a workshop only what needs nothing works
    window.close_workshop()
    for spec in ACTIONS:
        if not spec.submenu:
            assert window.action(spec.name).isEnabled() == (spec.needs is Needs.NOTHING), spec.name

"""The editor window: the map in the middle, the palette on the left, details on the right.

It owns one open workshop at a time (a Document behind an Editor and its MapView), builds the
menus, toolbar and status bar from QActions with the platform's standard shortcuts, and
remembers its geometry, docks, recent files and view toggles through :mod:`app.settings`.
Opening a bad file shows the model's one sentence and keeps what was open.

The workshop panels (journeys, personas, owners, action board, effort/value matrix) are docked
by :mod:`widgets.window_panels`; File ▸ Export… is :mod:`widgets.export_dialog`, run off the
GUI thread by :mod:`widgets.export_worker`.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import application
from app.editor import Editor
from app.export_job import ExportRequest
from app.settings import Settings
from models import templates
from models.change import ChangeSet
from models.document import Document, EditError
from models.interchange import InterchangeError
from models.layout import LayoutOptions
from models.workshop_file import WorkshopFileError
from widgets.about_dialog import AboutDialog
from widgets.canvas.view import MapView
from widgets.dialogs import ShortcutsDialog, TemplateDialog, shortcut_rows
from widgets.export_dialog import ExportDialog, ask_quick_export
from widgets.export_worker import ExportRun, ExportRunner
from widgets.journey_switcher import JourneySwitcher
from widgets.palette import Palette
from widgets.presentation import PresentationController
from widgets.properties_panel import PropertiesPanel
from widgets.welcome_overlay import WelcomeOverlay
from widgets.window_panels import WindowPanels
from widgets.workshop_dialog import WorkshopDialog

FILE_FILTER = "Journeyline workshops (*.journey);;All files (*)"
SAVED = "All changes saved"
SK = QKeySequence.StandardKey
# Window shortcuts that act on the map; inside a workshop panel its own keys win (Delete, F2…).
CANVAS_KEYS = ("delete", "rename", "cut", "copy", "paste", "select_all", "duplicate")
# Where a platform has no standard key for an action (Quit on some desktops).
FALLBACK_KEYS = {SK.Quit: "Ctrl+Q", SK.Close: "Ctrl+W", SK.SaveAs: "Ctrl+Shift+S"}


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class MainWindow(QMainWindow):
    workshop_changed = Signal()  # a workshop was opened or closed

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.setWindowTitle("Journeyline")
        # Grouped dragging: a tab can be dragged out of its group (docks among tabs show no
        # title bar of their own, see WindowPanels.tidy_title_bars).
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.GroupedDragging
        )
        self._settings = settings
        self._editor: Editor | None = None
        self._view: MapView | None = None
        self._actions: dict[str, QAction] = {}
        self._icons: dict[QAction, str] = {}
        self._journey_order: list[int] = []
        self._welcome_seen = False
        self.welcome: WelcomeOverlay | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.workshop_dialog: WorkshopDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.exports = ExportRunner(self)

        self.stack = QStackedWidget(self)
        self.start_page = self._make_start_page()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)

        self.palette_panel = Palette(self)
        self.palette_panel.activated.connect(self.add_item)
        self.palette_dock = self.make_dock("palette-dock", "Add to the map", self.palette_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.properties = PropertiesPanel(self)
        self.properties_dock = self.make_dock("properties-dock", "Details", self.properties)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.switcher = JourneySwitcher(self)
        self.switcher.setMaximumWidth(460)
        self.presentation = PresentationController(self, self)
        self.presentation.active_changed.connect(self._on_presentation)
        self.panels = WindowPanels(self)

        self._make_actions()
        self.menus = self._make_menus()
        self.toolbar = self._make_toolbar()
        self._make_status_bar()
        for menu in self.menus:  # shortcuts keep working while the menu bar is hidden
            self._add_actions_of(menu)
        self._restore_window()
        self._update_actions()

    # -- the open workshop ------------------------------------------------------------------
    @property
    def editor(self) -> Editor | None:
        return self._editor

    @property
    def view(self) -> MapView | None:
        return self._view

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def open_file(self, path: str | os.PathLike[str]) -> bool:
        """The same as :meth:`open_path` (for a file handed over by a second Journeyline)."""
        return self.open_path(path)

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a workshop file; on failure say why and keep what was open."""
        target = Path(path)
        if self._editor is not None and _same_file(self._editor.document.path, target):
            return True
        try:
            document = Document.open(target)
        except WorkshopFileError as e:
            self.show_error("The workshop could not be opened", str(e))
            return False
        except Exception as e:  # the window must survive any file
            self.show_error(
                "The workshop could not be opened", f"“{target.name}” could not be opened: {e}"
            )
            return False
        self._install(document)
        self._settings.add_recent_file(document.path)
        self._settings.set_last_workshop(document.path)
        return True

    def close_workshop(self) -> None:
        """Close the open workshop (everything is already saved) and show the start page."""
        self._teardown()
        self.stack.setCurrentWidget(self.start_page)
        self._refresh_start_page()
        self.setWindowTitle("Journeyline")
        self.file_label.setText("")
        self.zoom_label.setText("")
        self._set_status(SAVED, ok=True)
        self._update_actions()
        self.workshop_changed.emit()

    def shutdown(self) -> None:
        """Before the window goes: leave presentation, remember the window, finish running
        exports (cancelled), close the file."""
        if self.presentation.active:
            self.presentation.leave()
        self._save_window()
        self.exports.shutdown()
        self._teardown()
        self.panels.shutdown()

    def _install(self, document: Document) -> None:
        self._teardown()
        editor = Editor(document, self)
        # Before the map and the panels follow the change: a journey that is gone (deleted,
        # or its creation undone) is replaced by a neighbour, so the map never goes blank.
        self._journey_order = [j.id for j in document.journeys()]
        editor.changed.connect(self._follow_journeys)
        view = MapView(editor, self.stack)
        view.setObjectName("map-view")
        view.set_layout_options(self._layout_options())
        self._editor, self._view = editor, view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        editor.changed.connect(self._on_changed)
        editor.failed.connect(self._on_failed)
        editor.journey_changed.connect(lambda _jid: self._update_actions())
        stack = editor.undo_stack
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        stack.canUndoChanged.connect(lambda _ok: self._update_actions())
        stack.canRedoChanged.connect(lambda _ok: self._update_actions())
        view.selection_changed.connect(self._update_actions)
        view.zoom_changed.connect(self._show_zoom)
        self.properties.set_editor(editor, view)
        self.switcher.set_editor(editor)
        self.panels.install(editor, view)
        self._show_title()
        self.file_label.setText(str(document.path))
        self.file_label.setToolTip(str(document.path))
        self._set_status(SAVED, ok=True)
        self._update_undo_texts()
        self._update_actions()
        view.setFocus()  # the view fits the map itself when it is shown
        self._welcome(view)
        self.workshop_changed.emit()

    def _welcome(self, view: MapView) -> None:
        """The first-run card over the map, once per session until dismissed for good."""
        if self._welcome_seen or self._settings.welcome_dismissed():
            return
        self.welcome = WelcomeOverlay(view)
        self._welcome_seen = self.welcome.maybe_show(self._settings)

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(f"{factor * 100:.0f} %")

    def _teardown(self) -> None:
        if self.presentation.active:
            self.presentation.leave()
        editor, view = self._editor, self._view
        for dialog in (self.workshop_dialog, self.export_dialog):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
        self.properties.set_editor(None, None)  # commits a field still being edited
        self.switcher.set_editor(None)
        self.panels.uninstall()
        self.welcome = None
        self._editor, self._view = None, None
        if view is not None:
            scene = view.scene()
            self.stack.removeWidget(view)
            shiboken6.delete(view)
            if scene is not None and shiboken6.isValid(scene) and scene.parent() is None:
                shiboken6.delete(scene)
        if editor is not None:
            editor.close()
            shiboken6.delete(editor)

    # -- model → window ---------------------------------------------------------------------
    def _follow_journeys(self, change: ChangeSet) -> None:
        editor = self._editor
        if editor is None or "journey" not in change.tables():
            return
        before = self._journey_order
        now = [j.id for j in editor.document.journeys()]
        self._journey_order = now
        if editor.journey_id in now or not now:
            return
        gone = before.index(editor.journey_id) if editor.journey_id in before else 0
        later = [j for j in before[gone + 1 :] if j in now]
        earlier = [j for j in reversed(before[:gone]) if j in now]
        editor.set_journey((later or earlier or now)[0])

    def _on_changed(self, change: ChangeSet) -> None:
        self._set_status(SAVED, ok=True)
        if "workshop" in change.tables():
            self._show_title()
        self._update_actions()

    def _on_failed(self, sentence: str) -> None:
        self._set_status(sentence, ok=False)

    def _show_title(self) -> None:
        if self._editor is None:
            return
        document = self._editor.document
        self.setWindowTitle(f"{document.workshop().title} — {document.path.name}")

    def _update_undo_texts(self, *_args: object) -> None:
        stack = self._editor.undo_stack if self._editor is not None else None
        undo_text = stack.undoText() if stack is not None else ""
        redo_text = stack.redoText() if stack is not None else ""
        undo, redo = self._actions["undo"], self._actions["redo"]
        undo.setText(f"Undo {undo_text}" if undo_text else "Undo")
        redo.setText(f"Redo {redo_text}" if redo_text else "Redo")
        undo.setToolTip(
            f"{undo.text()} ({undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        redo.setToolTip(
            f"{redo.text()} ({redo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )

    def _update_actions(self, *_args: object) -> None:
        has_map = self._view is not None
        kind, ids = self._view.selection() if self._view is not None else (None, [])
        selected = bool(kind and ids)
        stack = self._editor.undo_stack if self._editor is not None else None
        for name in (
            "save_copy",
            "close",
            "paste",
            "select_all",
            "add_station",
            "add_phase",
            "add_line",
            "zoom_in",
            "zoom_out",
            "fit_map",
            "actual_size",
            "present",
            "show_needs",
            "show_owners",
            "show_curve",
            "show_title",
            "workshop_details",
            "export",
            "export_pdf",
            "export_xlsx",
            "prioritise",
        ):
            self._actions[name].setEnabled(has_map)
        journeys = len(self._editor.document.journeys()) if self._editor is not None else 0
        self._actions["compare"].setEnabled(journeys > 1)
        for name in ("cut", "copy", "duplicate", "delete", "rename", "fit_selection"):
            self._actions[name].setEnabled(selected)
        self._actions["undo"].setEnabled(stack is not None and stack.canUndo())
        self._actions["redo"].setEnabled(stack is not None and stack.canRedo())
        self.palette_panel.setEnabled(has_map)

    def _set_status(self, text: str, ok: bool) -> None:
        color = application.success() if ok else application.danger()
        self.status_icon.setPixmap(
            application.icon("saved" if ok else "warning", color).pixmap(
                QSize(16, 16), self.devicePixelRatioF()
            )
        )
        self.status_label.setText(text)
        self.status_label.setToolTip("" if ok else text)
        self.status_label.setStyleSheet("" if ok else f"color: {color.name()};")

    # -- file -------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Open workshop", self._start_folder(), FILE_FILTER
        )
        if path:
            self.open_path(path)

    def new_from_template(self) -> None:
        dialog = TemplateDialog(self)
        try:
            if dialog.exec() != TemplateDialog.DialogCode.Accepted:
                return
            name = dialog.template()
        finally:
            dialog.deleteLater()
        if name is None:
            return
        suggestion = str(Path(self._start_folder()) / "New workshop.journey")
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the new workshop as", suggestion, FILE_FILTER
        )
        if path:
            self.create_from_template(name, Path(path))

    def create_from_template(self, template: str, target: Path) -> bool:
        if target.suffix.lower() != ".journey":
            target = target.with_name(target.name + ".journey")
        if self._editor is not None and _same_file(self._editor.document.path, target):
            self.show_error(
                "The workshop could not be created",
                f"“{target.name}” is the workshop open now; choose another name.",
            )
            return False
        try:
            templates.create_workshop(target, template, overwrite=True)
        except (WorkshopFileError, InterchangeError, EditError, OSError) as e:
            self.show_error("The workshop could not be created", str(e))
            return False
        return self.open_path(target)

    def save_copy_dialog(self) -> None:
        if self._editor is None:
            return
        current = self._editor.document.path
        suggestion = str(current.with_name(f"{current.stem} copy.journey"))
        path, _filter = QFileDialog.getSaveFileName(self, "Save a copy as", suggestion, FILE_FILTER)
        if path:
            self.save_copy(Path(path))

    def save_copy(self, target: Path) -> bool:
        if self._editor is None:
            return False
        if target.suffix.lower() != ".journey":
            target = target.with_name(target.name + ".journey")
        if _same_file(self._editor.document.path, target):
            self._set_status(SAVED, ok=True)
            return True
        try:
            self._editor.document.file.save_copy(target)
        except WorkshopFileError as e:
            self.show_error("The copy could not be saved", str(e))
            return False
        self.statusBar().showMessage(f"Saved a copy as “{target.name}”", 5000)
        return True

    def show_error(self, title: str, sentence: str) -> None:
        QMessageBox.warning(self, title, sentence)

    def edit_workshop_details(self) -> WorkshopDialog | None:
        """File ▸ Workshop details…: title, organisation, segment, goal, notes (one undo step)."""
        if self._editor is None:
            return None
        if self.workshop_dialog is not None and shiboken6.isValid(self.workshop_dialog):
            self.workshop_dialog.close()
        dialog = WorkshopDialog(self._editor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workshop_dialog = dialog
        dialog.open()
        return dialog

    def compare_journeys(self) -> None:
        """View ▸ Compare today and future…: the journeys panel's comparison window."""
        if self.panels.journeys is not None:
            self.panels.journeys.open_comparison()

    # -- export -----------------------------------------------------------------------------
    def open_export_dialog(self, format_key: str | None = None) -> ExportDialog | None:
        """File ▸ Export…: choose format, journeys, paper or resolution and the file."""
        editor = self._editor
        if editor is None:
            return None
        if self.export_dialog is not None and shiboken6.isValid(self.export_dialog):
            self.export_dialog.close()
        dialog = ExportDialog(
            editor.document,
            editor.journey_id,
            self._settings.export_choices(),
            self,
            format_key=format_key,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export_chosen(dialog))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _export_chosen(self, dialog: ExportDialog) -> None:
        self._settings.set_export_choices(dialog.choices())
        self.start_export(dialog.request())

    def quick_export(self, format_key: str) -> ExportRun | None:
        """File ▸ Export PDF poster… / Excel action list…: only the file is asked for; the
        other choices are the last export's."""
        editor = self._editor
        if editor is None:
            return None
        choices = self._settings.export_choices()
        request = ask_quick_export(self, editor.document, editor.journey_id, choices, format_key)
        if request is None:
            return None
        self._settings.set_export_choices(replace(choices, folder=str(request.target.parent)))
        return self.start_export(request)

    def start_export(self, request: ExportRequest) -> ExportRun | None:
        """Export the open workshop in the background (a snapshot of it, as it is now)."""
        if self._editor is None:
            return None
        return self.exports.start(self._editor.document, request)

    def _start_folder(self) -> str:
        if self._editor is not None:
            return str(self._editor.document.path.parent)
        recent = self._settings.recent_files()
        if recent:
            return str(Path(recent[0]).parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self._settings.recent_files()
        for i, path in enumerate(recent, start=1):
            label = Path(path).name.replace("&", "&&")
            action = menu.addAction(f"&{i % 10}  {label}" if i <= 10 else label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction("No recent workshops").setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction("Clear list")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._settings.clear_recent_files)

    # -- edit -------------------------------------------------------------------------------
    def undo(self) -> None:
        if self._editor is not None:
            self._editor.undo()

    def redo(self) -> None:
        if self._editor is not None:
            self._editor.redo()

    def _text_focus(self) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and not (
            isinstance(widget, QLineEdit) and widget.isReadOnly()
        ):
            return widget
        return None

    def _in_panel(self) -> bool:
        """True when the keyboard is in a docked panel (its lists handle their own keys)."""
        widget = QApplication.focusWidget()
        docks = [self.properties_dock, *self.panels.docks.values()]
        return widget is not None and any(dock.isAncestorOf(widget) for dock in docks)

    def set_canvas_keys(self, active: bool) -> None:
        """Switch the map's window shortcuts (Delete, F2, Ctrl+C…) on or off; off while the
        keyboard is in a workshop panel, so that Delete there deletes the panel's item."""
        context = Qt.ShortcutContext.WindowShortcut if active else Qt.ShortcutContext.WidgetShortcut
        for name in CANVAS_KEYS:
            self._actions[name].setShortcutContext(context)

    def cut(self) -> None:
        text = self._text_focus()
        if text is not None:
            text.cut()
        elif self._view is not None and not self._in_panel():
            self._view.cut_selection()

    def copy(self) -> None:
        text = self._text_focus()
        if text is not None:
            text.copy()
        elif self._view is not None and not self._in_panel():
            self._view.copy_selection()

    def paste(self) -> None:
        text = self._text_focus()
        if text is not None:
            text.paste()
        elif self._view is not None and not self._in_panel():
            self._view.paste()

    def select_all(self) -> None:
        text = self._text_focus()
        if text is not None:
            text.selectAll()
        elif self._view is not None:
            self._view.select_all()

    def delete(self) -> None:
        if self._text_focus() is not None or self._in_panel():
            return  # the field or list handles its own Delete
        if self._view is not None:
            self._view.delete_selection()

    def add_item(self, kind: str) -> None:
        """Add a station, phase or line at a sensible place (by the selection)."""
        view = self._view
        if view is None:
            return
        if kind == "phase":
            view.add_phase()
        elif kind == "line":
            view.add_line()
        elif kind == "station":
            self.add_station()

    def add_station(self) -> int | None:
        """A new station: after the selected station, else in the selected phase or line."""
        editor, view = self._editor, self._view
        if editor is None or view is None:
            return None
        snapshot = editor.document.snapshot(editor.journey_id)
        if not snapshot.phases or not snapshot.lines:
            return None
        front = [ln for ln in snapshot.lines if ln.kind == "frontstage"] or snapshot.lines
        phase_id, line_id, index = snapshot.phases[0].id, front[0].id, None
        kind, ids = view.selection()
        if kind == "station" and ids:
            station = editor.document.station(ids[-1])
            if station is not None:
                phase_id, line_id = station.phase_id, station.line_id
                lane = [s.id for s in snapshot.lane(phase_id, line_id)]
                index = lane.index(station.id) + 1 if station.id in lane else None
        elif kind == "phase" and ids:
            phase_id = ids[0]
        elif kind == "line" and ids:
            line_id = ids[0]
        if index is None:
            index = len(snapshot.lane(phase_id, line_id))
        new_id = view.add_station_at(phase_id, line_id, index)
        return new_id if isinstance(new_id, int) else None

    # -- view -------------------------------------------------------------------------------
    def _layout_options(self) -> LayoutOptions:
        return LayoutOptions(
            show_needs=self._actions["show_needs"].isChecked(),
            show_owners=self._actions["show_owners"].isChecked(),
            show_curve=self._actions["show_curve"].isChecked(),
            show_title=self._actions["show_title"].isChecked(),
        )

    def _apply_layout_options(self, *_args: object) -> None:
        options = self._layout_options()
        self._settings.set_layout_options(options)
        if self._view is not None:
            self._view.set_layout_options(options)

    def _call_view(self, method: str) -> None:
        if self._view is not None:
            getattr(self._view, method)()

    def _on_presentation(self, active: bool) -> None:
        present = self._actions["present"]
        present.blockSignals(True)
        present.setChecked(active)
        present.blockSignals(False)
        welcome = self.welcome
        if active and welcome is not None and shiboken6.isValid(welcome) and welcome.isVisible():
            welcome.dismiss(for_good=False)

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts_dialog is not None and shiboken6.isValid(self.shortcuts_dialog):
            self.shortcuts_dialog.close()
        dialog = ShortcutsDialog(shortcut_rows(self.menus, self.presentation.actions), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.show()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- building ---------------------------------------------------------------------------
    def _make_action(
        self,
        name: str,
        text: str,
        slot: object,
        *,
        icon: str | None = None,
        keys: SK | str | list[QKeySequence] | None = None,
        tip: str | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(application.icon(icon))
            self._icons[action] = icon
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif isinstance(keys, SK):
            bindings = QKeySequence.keyBindings(keys)
            action.setShortcuts(bindings or [QKeySequence(FALLBACK_KEYS.get(keys, ""))])
        elif isinstance(keys, str):
            action.setShortcut(QKeySequence(keys))
        action.setCheckable(checkable)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "")
        action.setToolTip(tip or (f"{plain} ({shortcut})" if shortcut else plain))
        action.setStatusTip(tip or plain)
        if callable(slot):
            signal = action.toggled if checkable else action.triggered
            signal.connect(slot)
        self._actions[name] = action
        return action

    def _make_actions(self) -> None:
        a = self._make_action
        a("new", "&New from template…", self.new_from_template, icon="new", keys=SK.New)
        a("open", "&Open…", self.open_dialog, icon="open", keys=SK.Open)
        a("workshop_details", "&Workshop details…", self.edit_workshop_details, icon="info",
          tip="The workshop's title, organisation, segment, business goal and notes")  # fmt: skip
        a("save_copy", "Save a &copy…", self.save_copy_dialog, icon="save-copy", keys=SK.SaveAs)
        a("export", "&Export…", lambda: self.open_export_dialog(), icon="export", keys="Ctrl+E",
          tip="Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)")  # fmt: skip
        a("export_pdf", "Export PDF &poster…", lambda: self.quick_export("pdf"))
        a("export_xlsx", "Export Excel action &list…", lambda: self.quick_export("xlsx"))
        a("close", "&Close workshop", self.close_workshop, icon="close", keys=SK.Close)
        a("quit", "&Quit", self.close, icon="quit", keys=SK.Quit)
        self._actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)

        a("undo", "Undo", self.undo, icon="undo", keys=SK.Undo)
        a("redo", "Redo", self.redo, icon="redo", keys=SK.Redo)
        a("cut", "Cu&t", self.cut, icon="cut", keys=SK.Cut)
        a("copy", "&Copy", self.copy, icon="copy", keys=SK.Copy)
        a("paste", "&Paste", self.paste, icon="paste", keys=SK.Paste)
        a("duplicate", "&Duplicate", lambda: self._call_view("duplicate_selection"),
          icon="duplicate", keys="Ctrl+D")  # fmt: skip
        a("delete", "De&lete", self.delete, icon="delete", keys=SK.Delete)
        a("select_all", "Select &all", self.select_all, icon="select-all", keys=SK.SelectAll)
        a("rename", "&Rename", lambda: self._call_view("rename_selection"), icon="rename",
          keys="F2")  # fmt: skip
        a("add_station", "Add &station", lambda: self.add_item("station"), icon="station")
        a("add_phase", "Add p&hase", lambda: self.add_item("phase"), icon="phase")
        a("add_line", "Add li&ne", lambda: self.add_item("line"), icon="line")

        a("zoom_in", "Zoom &in", lambda: self._call_view("zoom_in"), icon="zoom-in",
          keys=SK.ZoomIn)  # fmt: skip
        a("zoom_out", "Zoom &out", lambda: self._call_view("zoom_out"), icon="zoom-out",
          keys=SK.ZoomOut)  # fmt: skip
        a("fit_map", "&Fit map", lambda: self._call_view("fit_map"), icon="fit-map",
          keys="Ctrl+0")  # fmt: skip
        a("fit_selection", "Fit &selection", lambda: self._call_view("fit_selection"),
          icon="fit-selection", keys="Ctrl+2")  # fmt: skip
        a("actual_size", "&Actual size", lambda: self._call_view("actual_size"),
          icon="actual-size", keys="Ctrl+1")  # fmt: skip
        a("present", "&Presentation mode", lambda _on: self.presentation.toggle(),
          icon="present", keys="F5", checkable=True,
          tip="Present the map full screen (F5); Esc leaves")  # fmt: skip
        self._actions["present"].setIconText("Present")
        a("prioritise", "Prioritise on the projector", self.panels.toggle_matrix_on_projector,
          keys="F6", tip="Show the effort/value matrix full screen in large type (F6); "
          "F6 again returns to the map")  # fmt: skip
        a("compare", "&Compare today and future…", self.compare_journeys,
          tip="Today's and the future journey one above the other")  # fmt: skip
        for key, action in self.panels.show_actions.items():
            self._actions[f"show_{key}"] = action
        options = self._settings.layout_options()
        for name, text, icon, on in (
            ("show_needs", "Show &needs", "needs", options.show_needs),
            ("show_owners", "Show o&wners", "owners", options.show_owners),
            ("show_curve", "Show the emotion &curve", "curve", options.show_curve),
            ("show_title", "Show the map &title", None, options.show_title),
        ):
            action = a(name, text, None, icon=icon, checkable=True)
            action.setChecked(on)
            action.toggled.connect(self._apply_layout_options)

        a("shortcuts", "&Keyboard shortcuts", self.show_shortcuts, icon="keyboard",
          keys=SK.HelpContents)  # fmt: skip
        a("about", "&About Journeyline", self.show_about, icon="info")
        self._actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self._drop_conflicting_keys()

    def _drop_conflicting_keys(self) -> None:
        """A platform's extra bindings (Delete is also Ctrl+D on some desktops) give way to
        the keys this window assigns on purpose, so no shortcut is ever ambiguous."""
        owner: dict[str, QAction] = {}
        for action in self._actions.values():
            primary = action.shortcut()
            if not primary.isEmpty():
                owner.setdefault(primary.toString(), action)
        for action in self._actions.values():
            keys = action.shortcuts()
            kept = [k for k in keys if owner.get(k.toString(), action) is action]
            if len(kept) != len(keys):
                action.setShortcuts(kept)

    def _make_menus(self) -> list[QMenu]:
        bar = self.menuBar()
        act = self._actions
        file_menu = bar.addMenu("&File")
        file_menu.addActions([act["new"], act["open"]])
        self.recent_menu = file_menu.addMenu(application.icon("recent"), "Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addActions([act["workshop_details"], act["save_copy"]])
        file_menu.addSeparator()
        file_menu.addActions([act["export"], act["export_pdf"], act["export_xlsx"]])
        file_menu.addSeparator()
        file_menu.addActions([act["close"], act["quit"]])

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([act["undo"], act["redo"]])
        edit_menu.addSeparator()
        edit_menu.addActions([act["cut"], act["copy"], act["paste"], act["duplicate"]])
        edit_menu.addActions([act["delete"], act["rename"]])
        edit_menu.addSeparator()
        edit_menu.addAction(act["select_all"])
        edit_menu.addSeparator()
        edit_menu.addActions([act["add_station"], act["add_phase"], act["add_line"]])

        view_menu = bar.addMenu("&View")
        view_menu.addActions([act["zoom_in"], act["zoom_out"]])
        view_menu.addActions([act["fit_map"], act["fit_selection"], act["actual_size"]])
        view_menu.addSeparator()
        view_menu.addActions(
            [act["show_needs"], act["show_owners"], act["show_curve"], act["show_title"]]
        )
        view_menu.addSeparator()
        # Panels: the two beside the map switch on and off; the workshop panels come forward
        # with the keyboard in them.
        self.panels_menu = view_menu.addMenu("&Panels")
        for dock, icon, text in (
            (self.palette_dock, "palette-dock", "Add to the &map"),
            (self.properties_dock, "properties-dock", "&Details"),
        ):
            toggle = dock.toggleViewAction()
            toggle.setText(text)
            toggle.setIcon(application.icon(icon))
            self._icons[toggle] = icon
            self.panels_menu.addAction(toggle)
        self.panels_menu.addSeparator()
        self.panels_menu.addActions(list(self.panels.show_actions.values()))
        view_menu.addAction(act["compare"])
        view_menu.addSeparator()
        view_menu.addActions([act["present"], act["prioritise"]])

        help_menu = bar.addMenu("&Help")
        help_menu.addActions([act["shortcuts"], act["about"]])
        return [file_menu, edit_menu, view_menu, help_menu]

    def _add_actions_of(self, menu: QMenu) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                self._add_actions_of(sub)
            elif not action.shortcut().isEmpty():
                self.addAction(action)

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar("Toolbar", self)
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.toggleViewAction().setEnabled(False)
        act = self._actions
        bar.addActions([act["undo"], act["redo"]])
        bar.addSeparator()
        journey = QLabel("Journey", bar)
        journey.setProperty("role", "caption")
        journey.setContentsMargins(4, 0, 6, 0)
        bar.addWidget(journey)
        bar.addWidget(self.switcher)
        bar.addSeparator()
        bar.addActions([act["zoom_out"], act["zoom_in"], act["fit_map"]])
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(act["present"])
        present = bar.widgetForAction(act["present"])
        if isinstance(present, QToolButton):
            present.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        holder = QWidget(bar)
        row = QHBoxLayout(holder)
        row.setContentsMargins(8, 0, 0, 0)
        row.setSpacing(2)
        self.status_icon = QLabel(holder)
        self.status_label = QLabel(SAVED, holder)
        self.status_label.setObjectName("save-status")
        row.addWidget(self.status_icon)
        row.addWidget(self.status_label)
        row.addStretch(1)
        bar.addWidget(holder, 1)
        self.file_label = QLabel("", bar)
        self.file_label.setObjectName("file-label")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_label = QLabel("", bar)
        self.zoom_label.setObjectName("zoom-label")
        self.zoom_label.setToolTip("Zoom (Ctrl and the mouse wheel, or pinch)")
        bar.addPermanentWidget(self.file_label)
        bar.addPermanentWidget(self.zoom_label)
        self._set_status(SAVED, ok=True)

    def make_dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        return dock

    def _make_start_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("start-page")
        column = QVBoxLayout(page)
        column.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.setSpacing(application.SPACE)
        title = QLabel("No workshop open", page)
        font = title.font()
        font.setPointSizeF(application.TITLE)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel("Open a workshop file, or start a new one from a template.", page)
        hint.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.setSpacing(application.SPACE)
        for text, icon, slot in (
            ("Open…", "open", self.open_dialog),
            ("New from template…", "new", self.new_from_template),
        ):
            button = QPushButton(application.icon(icon), text, page)
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        self.start_recent = QVBoxLayout()
        self.start_recent.setSpacing(2)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(application.SPACE)
        column.addLayout(buttons)
        column.addSpacing(application.SPACE_LARGE)
        column.addLayout(self.start_recent)
        return page

    def _refresh_start_page(self) -> None:
        while self.start_recent.count():
            item = self.start_recent.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        recent = self._settings.recent_files()[:5]
        if recent:
            caption = QLabel("RECENT", self.start_page)
            caption.setProperty("role", "section")
            self.start_recent.addWidget(caption)
        for path in recent:
            button = QPushButton(Path(path).name, self.start_page)
            button.setFlat(True)
            button.setToolTip(path)
            button.setStyleSheet("text-align: left; padding: 4px 6px;")
            button.clicked.connect(lambda _c=False, p=path: self.open_path(p))
            self.start_recent.addWidget(button)

    # -- settings ---------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self._settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.resize(min(1440, int(area.width() * 0.9)), min(900, int(area.height() * 0.9)))
                self.move(area.center() - self.rect().center())
            self.resizeDocks([self.palette_dock], [210], Qt.Orientation.Horizontal)
            self.resizeDocks([self.properties_dock], [340], Qt.Orientation.Horizontal)
        self.panels.arrange()  # the first-run layout; a remembered one replaces it
        state = self._settings.window_state()
        if state is not None:
            self.restoreState(state)
        self.panels.watch_docks()

    def _save_window(self) -> None:
        self._settings.set_geometry(self.saveGeometry())
        self._settings.set_window_state(self.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            for action, name in self._icons.items():
                action.setIcon(application.icon(name))
            self.palette_panel.refresh_icons()
            self._set_status(self.status_label.text(), ok=not self.status_label.toolTip())
        super().changeEvent(event)

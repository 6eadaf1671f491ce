"""The editor window: the map in the middle, the palette on the left, details on the right.

The window puts its parts together and wires them; each part lives in :mod:`widgets.window`:

- :mod:`~widgets.window.workshop`: the open workshop (Editor, MapView, the file commands);
- :mod:`~widgets.window.actions`: every command in one table, from which the menus, the
  toolbar, the shortcuts and Help ▸ Keyboard shortcuts are built (add a command there);
- :mod:`~widgets.window.start_page`: the start page and the first-run welcome card;
- :mod:`~widgets.window.recent_files`: File ▸ Open recent;
- :mod:`~widgets.window.exporting`: File ▸ Export… and the exports running in the background;
  :mod:`widgets.action_update_dialog`: File ▸ Update from action list…;
- :mod:`~widgets.window.editing`: cut, copy, paste, delete and add, routed to where the
  keyboard is;
- :mod:`~widgets.window.status_bar`: saved or not, the file, the zoom.

The workshop panels (journeys, personas, owners, action board, effort/value matrix) are docked
by :mod:`widgets.window_panels`. A dialog the window opens is a method here (``show_…`` or
``edit_…``) that keeps at most one of it open; its command is a row in the action table.
"""

from __future__ import annotations

import os

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QWidget,
)

from app import translations
from app.editor import Editor
from app.settings import Settings
from app.translations import translate
from models.change import ChangeSet
from models.layout import LayoutOptions
from models.view_options import MapToggles
from widgets.about_dialog import AboutDialog
from widgets.action_update_dialog import ActionListUpdate
from widgets.canvas.view import MapView
from widgets.dialogs import ShortcutsDialog, shortcut_rows
from widgets.journey_switcher import JourneySwitcher
from widgets.palette import Palette
from widgets.preferences_dialog import PreferencesDialog
from widgets.presentation import PresentationController
from widgets.properties_panel import PropertiesPanel
from widgets.welcome_overlay import WelcomeOverlay
from widgets.window.actions import WindowActions, WindowState
from widgets.window.editing import EditRouting
from widgets.window.exporting import ExportController
from widgets.window.library import LibraryController
from widgets.window.recent_files import RecentFilesMenu
from widgets.window.screen_fit import place_first_time
from widgets.window.start_page import StartPage, WelcomeCard
from widgets.window.status_bar import SaveStatus
from widgets.window.workshop import OpenWorkshop
from widgets.window_panels import WindowPanels
from widgets.workshop_dialog import WorkshopDialog

# The View menu's toggles for the window as a whole (kept in the settings)…
LAYOUT_TOGGLES = ("show_curve", "show_title")
# …and those of what a station shows, kept per workshop (MapToggles field → action name).
MAP_TOGGLE_ACTIONS = {name: f"show_{name}" for name in MapToggles.names()}


class MainWindow(QMainWindow):
    workshop_changed = Signal()  # a workshop was opened or closed

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.setWindowTitle(translate("MainWindow", "Journeyline"))
        # Grouped dragging: a tab can be dragged out of its group (docks among tabs show no
        # title bar of their own, see WindowPanels.tidy_title_bars).
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.GroupedDragging
        )
        self._settings = settings
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.workshop_dialog: WorkshopDialog | None = None

        self.stack = QStackedWidget(self)
        self.start_page = StartPage(settings, self)
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.workshop: OpenWorkshop = OpenWorkshop(self, self.stack, settings)
        self.workshop.opened.connect(self._on_opened)
        self.workshop.displaced.connect(self._on_displaced)
        self.workshop.closing.connect(self._on_closing)
        self.workshop.copy_saved.connect(
            lambda name: self.statusBar().showMessage(
                translate("MainWindow", "Saved a copy as “{name}”").format(name=name), 5000
            )
        )
        self.start_page.open_requested.connect(self.workshop.open_dialog)
        self.start_page.new_requested.connect(self.workshop.new_from_template)
        self.start_page.recent_chosen.connect(self.open_path)
        self.welcome_card = WelcomeCard(settings)
        self.exporting: ExportController = ExportController(self, self.workshop, settings)
        self.action_update: ActionListUpdate = ActionListUpdate(self, lambda: self.workshop.editor)
        self.editing: EditRouting = EditRouting(
            lambda: (self.editor, self.view),
            lambda: [self.properties_dock, *self.panels.docks.values()],
        )

        self.palette_panel = Palette(self)
        self.palette_panel.activated.connect(self.add_item)
        self.palette_dock = self.make_dock(
            "palette-dock", translate("MainWindow", "Add to the map"), self.palette_panel
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.properties = PropertiesPanel(self)
        self.properties_dock = self.make_dock(
            "properties-dock", translate("MainWindow", "Details"), self.properties
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.switcher = JourneySwitcher(self)
        self.switcher.setMaximumWidth(460)
        self.presentation: PresentationController = PresentationController(self, self)
        self.presentation.active_changed.connect(self._on_presentation)
        self.panels: WindowPanels = WindowPanels(self)
        self.panels._tidy_timer.timeout.connect(self.show_whole_tab_names)  # tabs come and go

        self.commands: WindowActions = WindowActions(self)
        self.library: LibraryController = LibraryController(self)
        for key, action in self.panels.show_actions.items():
            self.commands.add(f"panel_{key}", action)
        options = settings.layout_options()
        for name in LAYOUT_TOGGLES:
            toggle = self.commands[name]
            toggle.blockSignals(True)
            toggle.setChecked(getattr(options, name))
            toggle.blockSignals(False)
        self._show_map_toggles(MapToggles())
        self.exporting.toggles = self.map_toggles
        self.menus = self.commands.build_menus(self.menuBar())
        self.recent = RecentFilesMenu(self.commands.submenus["recent"], settings)
        self.recent.chosen.connect(self.open_path)
        self.panels_menu = self.commands.submenus["panels"]
        self._fill_panels_menu()
        self.toolbar = self._make_toolbar()
        self.status = SaveStatus(self.statusBar())
        self.commands.install_shortcuts()  # shortcuts work while the menu bar is hidden
        self._restore_window()
        self._update_actions()
        self.library.probe()

    # -- what others use ----------------------------------------------------------------------
    @property
    def editor(self) -> Editor | None:
        return self.workshop.editor

    @property
    def view(self) -> MapView | None:
        return self.workshop.view

    @property
    def welcome(self) -> WelcomeOverlay | None:
        return self.welcome_card.overlay

    @property
    def status_label(self) -> QLabel:
        return self.status.label

    @property
    def zoom_label(self) -> QLabel:
        return self.status.zoom_label

    def action(self, name: str) -> QAction:
        return self.commands[name]

    def open_file(self, path: str | os.PathLike[str]) -> bool:
        """The same as :meth:`open_path` (for a file handed over by a second Journeyline)."""
        return self.open_path(path)

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a workshop file; on failure say why and keep what was open."""
        return self.workshop.open_path(path)

    def show_error(self, title: str, sentence: str) -> None:
        self.workshop.show_error(title, sentence)

    def close_workshop(self) -> None:
        """Close the open workshop (everything is already saved) and show the start page."""
        self.workshop.close()
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.refresh()
        self.setWindowTitle(translate("MainWindow", "Journeyline"))
        self.status.set_file("")
        self.status.show_zoom(None)
        self.status.clear()
        self._update_actions()
        self.workshop_changed.emit()

    def shutdown(self) -> None:
        """Before the window goes: leave presentation, remember the window, finish running
        exports (cancelled), close the file."""
        if self.presentation.active:
            self.presentation.leave()
        self._save_window()
        self.exporting.shutdown()
        self.workshop.close()
        self.panels.shutdown()

    # -- the open workshop --------------------------------------------------------------------
    def _on_displaced(self, sentence: str) -> None:
        self.status.set(sentence, ok=False)  # and a message with Save a copy… (file_guard)

    def _on_opened(self) -> None:
        editor, view = self.editor, self.view
        assert editor is not None and view is not None
        self._show_map_toggles(self._settings.map_toggles(editor.document.path))
        view.set_layout_options(self.layout_options())
        editor.changed.connect(self._on_changed)
        editor.failed.connect(lambda sentence: self.status.set(sentence, ok=False))
        editor.journey_changed.connect(lambda _jid: self._update_actions())
        stack = editor.undo_stack
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        stack.canUndoChanged.connect(lambda _ok: self._update_actions())
        stack.canRedoChanged.connect(lambda _ok: self._update_actions())
        view.selection_changed.connect(self._update_actions)
        view.zoom_changed.connect(self.status.show_zoom)
        self.status.show_zoom(view.zoom_factor())  # the map's opening zoom, set before this
        self.properties.set_editor(editor, view)
        self.switcher.set_editor(editor)
        self.panels.install(editor, view)
        self._show_title()
        self.status.set_file(str(editor.document.path))
        self.status.saved()
        self._update_undo_texts()
        self._update_actions()
        view.setFocus()  # the view fits the map itself when it is shown
        self.welcome_card.maybe_show(view)
        self.workshop_changed.emit()

    def _on_closing(self) -> None:
        if self.presentation.active:
            self.presentation.leave()
        if self.workshop_dialog is not None and shiboken6.isValid(self.workshop_dialog):
            self.workshop_dialog.close()
        self.exporting.close_dialog()
        self.properties.set_editor(None, None)  # commits a field still being edited
        self.switcher.set_editor(None)
        self.panels.uninstall()
        self.welcome_card.forget()

    def _on_changed(self, change: ChangeSet) -> None:
        self.status.saved()
        if "workshop" in change.tables():
            self._show_title()
        self._update_actions()

    def _show_title(self) -> None:
        if self.editor is not None:
            document = self.editor.document
            self.setWindowTitle(
                translate("MainWindow", "{title} — {name}").format(
                    title=document.workshop().title, name=document.path.name
                )
            )

    def _update_undo_texts(self, *_args: object) -> None:
        stack = self.editor.undo_stack if self.editor is not None else None
        native = QKeySequence.SequenceFormat.NativeText
        for name, text in (
            ("undo", stack.undoText() if stack is not None else ""),
            ("redo", stack.redoText() if stack is not None else ""),
        ):
            action = self.commands[name]
            plain = self.commands.specs[name].text
            action.setText(
                (
                    translate("MainWindow", "Undo {what}")
                    if name == "undo"
                    else translate("MainWindow", "Redo {what}")
                ).format(what=text)
                if text
                else translate("Actions", plain)
            )
            action.setToolTip(
                translate("MainWindow", "{action} ({keys})").format(
                    action=action.text(), keys=action.shortcut().toString(native)
                )
            )

    def _update_actions(self, *_args: object) -> None:
        editor, view = self.editor, self.view
        kind, ids = view.selection() if view is not None else (None, [])
        stack = editor.undo_stack if editor is not None else None
        self.commands.update(
            WindowState(
                has_map=view is not None,
                selected=bool(kind and ids),
                journeys=len(editor.document.journeys()) if editor is not None else 0,
                can_undo=stack is not None and stack.canUndo(),
                can_redo=stack is not None and stack.canRedo(),
            )
        )
        self.palette_panel.setEnabled(view is not None)

    # -- commands (the action table's handlers) -----------------------------------------------
    def undo(self) -> None:
        if self.editor is not None:
            self.editor.undo()

    def redo(self) -> None:
        if self.editor is not None:
            self.editor.redo()

    def add_item(self, kind: str) -> None:
        """Add a station, phase or line at a sensible place (by the selection)."""
        self.editing.add_item(kind)

    def set_canvas_keys(self, active: bool) -> None:
        self.commands.set_canvas_keys(active)

    def map_toggles(self) -> MapToggles:
        """What the map of the open workshop shows (View ▸ Show needs, pain points…): the
        canvas and the exports read this one set."""
        return MapToggles(
            **{
                name: self.commands[action].isChecked()
                for name, action in MAP_TOGGLE_ACTIONS.items()
            }
        )

    def _show_map_toggles(self, toggles: MapToggles) -> None:
        for name, action_name in MAP_TOGGLE_ACTIONS.items():
            action = self.commands[action_name]
            action.blockSignals(True)
            action.setChecked(getattr(toggles, name))
            action.blockSignals(False)

    def layout_options(self) -> LayoutOptions:
        window = {name: self.commands[name].isChecked() for name in LAYOUT_TOGGLES}
        return self.map_toggles().layout_options(**window)

    def apply_layout_options(self) -> None:
        options = self.layout_options()
        self._settings.set_layout_options(options)
        if self.editor is not None:
            self._settings.set_map_toggles(self.editor.document.path, self.map_toggles())
        if self.view is not None:
            self.view.set_layout_options(options)

    def focus_on_map(self, on: bool) -> None:
        """View ▸ Focus on the map: every panel out of the way (a laptop's screen is the
        map's), and back as they were."""
        docks = [self.palette_dock, self.properties_dock, *self.panels.docks.values()]
        if on:
            self._focus_hidden = [d for d in docks if not d.isHidden()]
            for d in self._focus_hidden:
                d.close()
        else:
            for d in getattr(self, "_focus_hidden", [self.palette_dock, self.properties_dock]):
                d.show()
            self._focus_hidden = []
        if self.view is not None:
            self.view.setFocus()

    def show_welcome(self) -> None:
        """Help ▸ Welcome card: the first-run card again, over the map."""
        view = self.view
        if view is not None:
            self.welcome_card.show_again(view)

    def compare_journeys(self) -> None:
        """View ▸ Compare today and future…: the journeys panel's comparison window."""
        if self.panels.journeys is not None:
            self.panels.journeys.open_comparison()

    def edit_workshop_details(self) -> WorkshopDialog | None:
        """File ▸ Workshop details…: title, organisation, segment, goal, notes (one undo step)."""
        if self.editor is None:
            return None
        if self.workshop_dialog is not None and shiboken6.isValid(self.workshop_dialog):
            self.workshop_dialog.close()
        dialog = WorkshopDialog(self.editor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workshop_dialog = dialog
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts_dialog is not None and shiboken6.isValid(self.shortcuts_dialog):
            self.shortcuts_dialog.close()
        dialog = ShortcutsDialog(shortcut_rows(self.menus, self.presentation.actions), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.show()
        return dialog

    def show_whole_tab_names(self) -> None:
        """The docks' tabs show whole names (longer in German or Finnish), with scroll buttons
        when a narrow dock area cannot hold them all, never "Verantwortli…"."""
        for tabs in self.findChildren(QTabBar):
            if tabs.parent() is self:
                tabs.setElideMode(Qt.TextElideMode.ElideNone)
                tabs.setUsesScrollButtons(True)

    def show_preferences(self) -> PreferencesDialog:
        """Edit ▸ Preferences…: the window's language, used from the next start."""
        dialog = PreferencesDialog(self._settings, translations.current(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_presentation(self, active: bool) -> None:
        present = self.commands["present"]
        present.blockSignals(True)
        present.setChecked(active)
        present.blockSignals(False)
        if active:
            self.welcome_card.dismiss()

    # -- building -----------------------------------------------------------------------------
    def _fill_panels_menu(self) -> None:
        """The two panels beside the map switch on and off; the workshop panels come forward
        with the keyboard in them."""
        for dock, icon, text in (
            (self.palette_dock, "palette-dock", translate("MainWindow", "Add to the &map")),
            (self.properties_dock, "properties-dock", translate("MainWindow", "&Details")),
        ):
            toggle = dock.toggleViewAction()
            toggle.setText(text)
            self.commands.add(dock.objectName(), toggle, icon)
            self.panels_menu.addAction(toggle)
        self.panels_menu.addSeparator()
        self.panels_menu.addActions(list(self.panels.show_actions.values()))

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(translate("MainWindow", "Toolbar"), self)
        bar.setObjectName("main-toolbar")
        journey = QLabel(translate("MainWindow", "Journey"), bar)
        journey.setProperty("role", "caption")
        journey.setContentsMargins(4, 0, 6, 0)
        self.commands.build_toolbar(bar, {"journey_label": journey, "journey": self.switcher})
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def make_dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        return dock

    # -- settings -----------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self._settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            place_first_time(self)  # maximised, 1366×768 and 1920×1080 alike
            self.resizeDocks([self.palette_dock], [210], Qt.Orientation.Horizontal)
            right = self.panels.right_width(340)
            self.resizeDocks([self.properties_dock], [right], Qt.Orientation.Horizontal)
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
            self.commands.refresh_icons()
            self.palette_panel.refresh_icons()
            self.status.refresh()
        super().changeEvent(event)

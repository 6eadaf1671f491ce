"""The workshop panels, docked in the main window, and how they reach the map.

Journeys, Personas and Owners share the right-hand dock area with the Details panel; the Action
board and the Effort/value matrix share the bottom one. The docks exist for the life of the
window (so ``saveState``/``restoreState`` remember them); their panels are made for each open
workshop and deleted with it. View ▸ (Ctrl+Shift+J, P, O, A, M) shows a panel and puts the
keyboard in it.

What the panels ask of the map:

- ``station_activated(id)`` (owners, action board, matrix): switch to the station's journey if
  needed, select it and scroll it into view;
- the map's "Add improvement idea…" opens the action board's idea dialog for that station;
- "Pick station on map" (action board): the next click on a station links it, Esc cancels,
  and the status bar says so meanwhile;
- F6 puts the matrix on the projector: presentation mode with the matrix filling the screen in
  large type, so the room can prioritise together; F6 again returns to the map, Esc leaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

from app.editor import Editor
from app.translations import translate
from widgets.action_board import ActionBoard
from widgets.canvas.view import MapView
from widgets.dock_bar import DockBar, TabbedBar
from widgets.journeys_panel import JourneysPanel
from widgets.owners_panel import OwnersPanel
from widgets.panel_specs import BOTTOM, BOTTOM_HEIGHT, PANELS, PICK_HINT, RIGHT
from widgets.personas_panel import PersonasPanel
from widgets.priority_matrix import PriorityMatrix

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

RIGHT_TABS = ("journeys", "personas", "owners")  # tabbed beside Details, in this order


class WindowPanels(QObject):
    """The docks of the workshop panels, their View actions, and their wiring to the map."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.docks: dict[str, QDockWidget] = {}
        self.placeholders: dict[str, QLabel] = {}
        self.scrolls: dict[str, QScrollArea] = {}
        self.show_actions: dict[str, QAction] = {}
        self.journeys: JourneysPanel | None = None
        self.personas: PersonasPanel | None = None
        self.owners: OwnersPanel | None = None
        self.board: ActionBoard | None = None
        self.matrix: PriorityMatrix | None = None
        self._editor: Editor | None = None
        self._view: MapView | None = None
        self._picking: int | None = None  # the action waiting for a station click
        self._matrix_projected = False
        self._matrix_large = False

        for spec in PANELS:
            placeholder = QLabel(translate("WindowPanels", spec.empty))
            title = translate("WindowPanels", spec.title)
            placeholder.setProperty("role", "hint")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setWordWrap(True)
            self.placeholders[spec.key] = placeholder
            # A panel wider or taller than its dock scrolls, so that no panel sets the
            # window's smallest size (the action board's filters alone are 1150 px wide).
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(placeholder)
            self.scrolls[spec.key] = scroll
            dock = window.make_dock(spec.object_name, title, scroll)
            window.addDockWidget(spec.area, dock)
            self.docks[spec.key] = dock
            action = QAction(translate("WindowPanels", spec.menu_text), window)
            action.setObjectName(f"show_{spec.key}")
            action.setShortcut(QKeySequence(spec.keys))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(
                translate("WindowPanels", "Show the panel “{title}” ({shortcut})").format(
                    title=title, shortcut=shortcut
                )
            )
            action.setStatusTip(
                translate("WindowPanels", "Show the panel “{title}”").format(title=title)
            )
            # Checked while the panel is open: the menu item and its keys open it (or bring
            # it forward) and, when it is open in front, close it.
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, k=spec.key: self.toggle_panel(k))
            dock.toggleViewAction().toggled.connect(action.setChecked)
            self.show_actions[spec.key] = action
        window.setTabPosition(RIGHT | BOTTOM, QTabWidget.TabPosition.North)
        window.presentation.active_changed.connect(self._on_presentation)
        window.presentation.hud.installEventFilter(self)
        self._tidy_timer = QTimer(self)
        self._tidy_timer.setSingleShot(True)
        self._tidy_timer.setInterval(0)
        self._tidy_timer.timeout.connect(self.tidy_title_bars)
        self._app = QApplication.instance()
        if isinstance(self._app, QApplication):
            self._app.focusChanged.connect(self._focus_changed)

    def shutdown(self) -> None:
        """Before the window goes: no more focus reports, no panels."""
        if isinstance(self._app, QApplication):
            self._app.focusChanged.disconnect(self._focus_changed)
            self._app = None
        self.uninstall()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """In a workshop panel its own keys (Delete, F2, Ctrl+A…) win over the map's."""
        if new is None or not shiboken6.isValid(self.window):
            return
        inside = any(dock.isAncestorOf(new) for dock in self.docks.values())
        matrix = self.matrix
        if self._matrix_projected and matrix is not None:
            inside = inside or new is matrix or matrix.isAncestorOf(new)
        self.window.set_canvas_keys(not inside)

    # -- layout -------------------------------------------------------------------------------
    def right_width(self, least: int) -> int:
        """The first-run width of the right docks: ``least``, or wider where their tabs need it
        to show every name whole (the German "Verantwortliche" is cut behind scroll arrows in
        340 px). Measured on a tab bar of the window's own style, never guessed."""
        probe = QTabBar()
        probe.setElideMode(Qt.TextElideMode.ElideNone)
        for dock in (self.window.properties_dock, *(self.docks[k] for k in RIGHT_TABS)):
            probe.addTab(dock.windowTitle())
        probe.ensurePolished()
        needed = probe.sizeHint().width() + 12  # the dock's frame around its tab bar
        probe.deleteLater()
        return max(least, needed)

    def arrange(self) -> None:
        """The first-run layout: tabs beside Details on the right, tabs at the bottom."""
        window = self.window
        right = window.properties_dock
        for key in RIGHT_TABS:
            window.tabifyDockWidget(right, self.docks[key])
            right = self.docks[key]
        window.tabifyDockWidget(self.docks["actions"], self.docks["matrix"])
        window.properties_dock.raise_()
        self.docks["actions"].raise_()
        window.resizeDocks([self.docks["actions"]], [BOTTOM_HEIGHT], Qt.Orientation.Vertical)
        # The map is the heart of a workshop and a laptop screen is short: the action board
        # and the matrix start closed, one shortcut away (View ▸ Panels, Ctrl+Shift+A / M).
        self.docks["actions"].hide()
        self.docks["matrix"].hide()

    def watch_docks(self) -> None:
        """Keep the title bars tidy whenever a dock moves, floats, closes or opens."""
        for dock in self.window.findChildren(QDockWidget):
            dock.dockLocationChanged.connect(self._tidy_timer.start)
            dock.topLevelChanged.connect(self._tidy_timer.start)
            dock.toggleViewAction().toggled.connect(self._tidy_timer.start)
        self.tidy_title_bars()

    def tidy_title_bars(self) -> None:
        """Every dock has a close button; a dock among tabs is named by its tab, so its title
        bar would say it a second time (widgets/dock_bar.py)."""
        window = self.window
        for dock in window.findChildren(QDockWidget):
            tabbed = not dock.isFloating() and any(
                other.toggleViewAction().isChecked() for other in window.tabifiedDockWidgets(dock)
            )
            bar = dock.titleBarWidget()
            wanted = TabbedBar if tabbed else DockBar
            if bar is None or type(bar) is not wanted:
                dock.setTitleBarWidget(wanted(dock))
                if bar is not None:
                    bar.deleteLater()

    def toggle_panel(self, key: str) -> None:
        """View ▸ Panels ▸ a panel, or its keys: closes the panel when it is open in front,
        otherwise opens it (or brings its tab forward) with the keyboard in it."""
        dock = self.docks[key]
        in_front = not dock.isHidden() and dock.isVisible() and not dock.visibleRegion().isEmpty()
        if in_front:
            dock.close()
        else:
            self.show_panel(key)
        self.show_actions[key].setChecked(not dock.isHidden())

    def show_panel(self, key: str) -> QDockWidget:
        """Show a panel's dock, bring its tab to the front and put the keyboard in it."""
        dock = self.docks[key]
        if self.window.presentation.active:
            return dock
        dock.show()
        dock.raise_()
        target = self._focus_target(key)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return dock

    def _focus_target(self, key: str) -> QWidget | None:
        if key == "journeys" and self.journeys is not None:
            return self.journeys.list
        if key == "personas" and self.personas is not None:
            cards = [self.personas.card(i) for i in self.personas.persona_ids()]
            first = next((c for c in cards if c is not None), None)
            return first if first is not None else self.personas.new_button
        if key == "owners" and self.owners is not None:
            return self.owners.owners
        if key == "actions" and self.board is not None:
            return self.board.table
        if key == "matrix" and self.matrix is not None:
            return self.matrix.view
        return None

    # -- a workshop's panels ------------------------------------------------------------------
    def install(self, editor: Editor, view: MapView) -> None:
        self.uninstall()
        self._editor, self._view = editor, view
        self.journeys = JourneysPanel(editor)
        self.personas = PersonasPanel(editor)
        self.owners = OwnersPanel(editor)
        self.board = ActionBoard(editor)
        self.matrix = PriorityMatrix(editor)
        panels: dict[str, QWidget] = {
            "journeys": self.journeys,
            "personas": self.personas,
            "owners": self.owners,
            "actions": self.board,
            "matrix": self.matrix,
        }
        for key, panel in panels.items():
            self._set_content(key, panel)
        self.owners.station_activated.connect(self.show_station)
        self.board.station_activated.connect(self.show_station)
        self.matrix.station_activated.connect(self.show_station)
        self.board.pick_station_requested.connect(self.start_pick)
        view.add_action_requested.connect(self.add_idea_for_station)
        view.title_clicked.connect(self.journeys.edit_texts)

    def uninstall(self) -> None:
        """Drop the open workshop's panels (before its editor closes)."""
        self.cancel_pick()
        if self._matrix_projected:
            self._matrix_to_dock()
        for key, panel in (
            ("journeys", self.journeys),
            ("personas", self.personas),
            ("owners", self.owners),
            ("actions", self.board),
            ("matrix", self.matrix),
        ):
            if panel is None:
                continue
            self._set_content(key, self.placeholders[key])
            if shiboken6.isValid(panel):
                shiboken6.delete(panel)
        self.journeys = self.personas = self.owners = None
        self.board = self.matrix = None
        self._editor = self._view = None

    def _set_content(self, key: str, widget: QWidget) -> None:
        """Show ``widget`` in a dock; what it showed before stays there, hidden."""
        scroll = self.scrolls[key]
        old = scroll.takeWidget()
        if old is not None and old is not widget:
            old.hide()
            old.setParent(self.docks[key])
        scroll.setWidget(widget)
        widget.show()

    def content(self, key: str) -> QWidget | None:
        """What a dock shows now: its panel, or the placeholder."""
        return self.scrolls[key].widget()

    # -- to the map ---------------------------------------------------------------------------
    def show_station(self, station_id: int) -> bool:
        """Select a station on the map (switching journey if needed) and scroll it into view."""
        editor, view = self._editor, self._view
        if editor is None or view is None:
            return False
        station = editor.document.station(station_id)
        if station is None:
            editor.failed.emit(translate("WindowPanels", "That station no longer exists."))
            return False
        if station.journey_id != editor.journey_id:
            editor.set_journey(station.journey_id)
        view.select("station", [station_id])
        item = view.map_scene.item_of("station", station_id)
        if item is not None:
            view.reveal(item.sceneBoundingRect(), 0.0)
        return True

    def add_idea_for_station(self, station_id: int) -> None:
        if self.board is None:
            return
        if not self.window.presentation.active:
            self.docks["actions"].show()
            self.docks["actions"].raise_()
        self.board.add_idea_for_station(station_id)

    # -- pick a station on the map --------------------------------------------------------------
    @property
    def picking(self) -> int | None:
        """The action waiting for a station click, if any."""
        return self._picking

    def start_pick(self, action_id: int) -> bool:
        editor, view = self._editor, self._view
        action = editor.document.action(action_id) if editor is not None else None
        if editor is None or view is None or action is None:
            return False
        if self._picking is None:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self._picking = action_id
        if action.journey_id != editor.journey_id:
            editor.set_journey(action.journey_id)
        view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.window.statusBar().showMessage(
            translate("WindowPanels", PICK_HINT).format(action.title)
        )
        return True

    def cancel_pick(self) -> None:
        if self._picking is None:
            return
        self._picking = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        view = self._view
        if view is not None and shiboken6.isValid(view):
            view.viewport().unsetCursor()
        self.window.statusBar().clearMessage()

    def _picked(self, station_id: int) -> None:
        action_id, board, view = self._picking, self.board, self._view
        self.cancel_pick()
        if action_id is None or board is None or view is None:
            return
        if board.link_action_to_station(action_id, station_id):
            view.select("station", [station_id])
            board.select_action(action_id)
            editor = self._editor
            action = editor.document.action(action_id) if editor is not None else None
            station = editor.document.station(station_id) if editor is not None else None
            if action is not None and station is not None:
                self.window.statusBar().showMessage(
                    translate("WindowPanels", "Linked “{title}” to the station “{title_}”").format(
                        title=action.title, title_=station.title
                    ),
                    5000,
                )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.presentation.hud:
            # The map's caption ("Whole map", "2 / 7 Signs up") does not belong on the matrix.
            if event.type() == QEvent.Type.Show and self._matrix_projected:
                QTimer.singleShot(0, self.window.presentation.hud.hide)
            return False
        if self._picking is None:
            return False
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            if event.key() == Qt.Key.Key_Escape:
                if kind == QEvent.Type.KeyPress:
                    self.cancel_pick()
                event.accept()
                return True
            return False
        view = self._view
        if view is None or watched is not view.viewport():
            return False
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            hit = view.map_scene.hit(view.mapToScene(event.position().toPoint()))
            if hit is not None and hit.kind == "station":
                self._picked(hit.id)
            else:
                self.window.statusBar().showMessage(
                    translate(
                        "WindowPanels",
                        "That is not a station: click a station on the map · Esc cancels",
                    )
                )
            return True
        # No drags, double clicks or hover cursors while picking; tooltips still show.
        return kind in (QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove)

    # -- the matrix on the projector ------------------------------------------------------------
    @property
    def matrix_projected(self) -> bool:
        return self._matrix_projected

    def toggle_matrix_on_projector(self) -> None:
        """F6: the matrix full screen in large type (entering presentation), or back to the map."""
        if self._matrix_projected:
            self._matrix_to_dock()
            return
        matrix, presentation = self.matrix, self.window.presentation
        if matrix is None:
            return
        if not presentation.active:
            presentation.enter()
            if not presentation.active:
                return
        self._matrix_large = matrix.large_type.isChecked()
        placeholder = self.placeholders["matrix"]
        placeholder.setText(
            translate("WindowPanels", "The matrix is on the projector; F6 brings it back.")
        )
        self._set_content("matrix", placeholder)
        stack = self.window.stack
        stack.addWidget(matrix)
        stack.setCurrentWidget(matrix)
        matrix.show()
        matrix.set_projected(True)
        # The map's keys (arrows, Home, 1–5) belong to the matrix now; Esc still leaves.
        for action in presentation.actions:
            action.setEnabled(action is presentation.leave_action)
        self._matrix_projected = True
        presentation.hud.hide()
        matrix.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _matrix_to_dock(self) -> None:
        matrix = self.matrix
        self._matrix_projected = False
        if matrix is None:
            return
        stack = self.window.stack
        stack.removeWidget(matrix)
        self._set_content("matrix", matrix)
        self.placeholders["matrix"].setText(translate("WindowPanels", PANELS[-1].empty))
        matrix.set_projected(False)
        matrix.set_projector_theme(self._matrix_large)
        view = self._view
        if view is not None:
            stack.setCurrentWidget(view)
        presentation = self.window.presentation
        if presentation.active:
            for action in presentation.actions:
                action.setEnabled(True)
            if view is not None:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                presentation.show_whole_map()

    def _on_presentation(self, active: bool) -> None:
        if not active and self._matrix_projected:
            self._matrix_to_dock()
        if not active:
            self._tidy_timer.start()  # the window's dock state was restored

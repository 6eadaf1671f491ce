"""MapView: the journey map on screen — zoom, selection, gestures and map commands.

This is the canvas's public API for the main window and the presentation mode. Mouse, wheel
and key events go to ``view_input.py``, which starts the gestures (small interaction classes,
``interactions.py``); the commands they and the keys trigger live in ``operations.py``; every
change goes through ``Editor.push`` as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QFrame,
    QGraphicsView,
    QMessageBox,
    QWidget,
)

from app.editor import Editor
from app.translations import translate
from models.layout import LayoutOptions
from widgets import message_box
from widgets.canvas import tooltips
from widgets.canvas.navigation import FOCUS_MAX_ZOOM, Navigator
from widgets.canvas.operations import MapOperations
from widgets.canvas.palette_drop import PaletteDrop
from widgets.canvas.presenting import Presenting
from widgets.canvas.scene import MapScene, Selection
from widgets.canvas.theme import NORMAL, PROJECTOR, qcolor
from widgets.canvas.view_input import ZOOM_STEP, ViewInput


def _ask(parent: QWidget, title: str, question: str) -> bool:
    yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
    answer = message_box.question(parent, title, question, yes | cancel, yes)
    return answer == QMessageBox.StandardButton.Yes


class MapView(QGraphicsView):
    selection_changed = Signal()
    add_action_requested = Signal(int)  # station id
    zoom_changed = Signal(float)
    title_clicked = Signal(QPoint)  # the map's title: where (global) an editor for it can open

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.map_scene = MapScene(editor, parent=self)
        self.setScene(self.map_scene)
        self.operations = MapOperations(self)
        # Injectable for tests: ask before deleting a phase or line with stations; pick a colour.
        self.confirm: Callable[[str, str], bool] = lambda title, q: _ask(self, title, q)
        self.choose_color: Callable[[str], str | None] = self._pick_color
        self.navigator = Navigator(self)
        self.palette_drop = PaletteDrop(self)
        self.input = ViewInput(self)
        self._quiet = 0
        self._last_selection: Selection = (None, [])
        self._projector = False
        self.presentation = Presenting(self)

        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(qcolor(NORMAL.background))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self.user_moved_view)
        self.map_scene.selectionChanged.connect(self._on_scene_selection)
        self.map_scene.layout_changed.connect(self._on_layout_changed)
        self.map_scene.sceneRectChanged.connect(lambda _rect: self.navigator.hold())
        editor.changed.connect(lambda _change: self.navigator.content_edited())
        editor.journey_changed.connect(self._on_journey_changed)
        self.navigator.follow_scene()

    # -- zoom (see navigation.py) ---------------------------------------------------------------
    @property
    def animation_ms(self) -> int:
        """How long focus_phase/show_whole_map animate (0: jump; tests use 0)."""
        return self.navigator.animation_ms

    @animation_ms.setter
    def animation_ms(self, value: int) -> None:
        self.navigator.animation_ms = value

    def zoom_factor(self) -> float:
        return self.navigator.zoom_factor()

    def zoom_in(self) -> None:
        self.navigator.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.navigator.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.navigator.zoom_by(1.0 / self.zoom_factor())

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom keeping the scene point under ``anchor`` (viewport pixels) in place."""
        self.navigator.zoom_by(factor, anchor)

    def fit_map(self) -> None:
        self.navigator.fit_map()

    def fit_selection(self) -> None:
        kind, ids = self.selection()
        items = [self.map_scene.item_of(kind, i) for i in ids] if kind else []
        rects = [item.sceneBoundingRect() for item in items if item is not None]
        if not rects:
            self.fit_map()
            return
        rect = rects[0]
        for r in rects[1:]:
            rect = rect.united(r)
        self.navigator.fit_rect(rect, max_zoom=1.5)

    def user_moved_view(self) -> None:
        self.navigator.auto_fit = None

    def reveal(self, rect: QRectF, min_zoom: float) -> None:
        self.navigator.reveal(rect, min_zoom)

    # -- presentation ----------------------------------------------------------------------------
    def set_projector_theme(self, on: bool) -> None:
        theme = PROJECTOR if on else NORMAL
        self._projector = on
        self.map_scene.set_theme(theme)
        self.setBackgroundBrush(qcolor(theme.background))

    def projector_theme(self) -> bool:
        return self._projector

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the projector theme, no scroll bars, and room around the map so
        that any phase, the first and the last too, can be centred on the screen."""
        self.presentation.set_active(on)

    def presenting(self) -> bool:
        return self.presentation.active

    def phase_count(self) -> int:
        layout = self.map_scene.layout
        return len(layout.phases) if layout is not None else 0

    def phase_rect(self, index: int) -> QRectF | None:
        """Phase ``index`` of the map's own layout: its column from the header to the bottom
        of the emotion curve (None: no such phase)."""
        layout = self.map_scene.layout
        if layout is None or not 0 <= index < len(layout.phases):
            return None
        return self.navigator.phase_rect(layout, index)

    def focus_phase(self, index: int) -> None:
        """Show phase ``index``. Presenting, the phase laid out for the room fills the screen
        (``models.layout.room``); otherwise the map zooms to the phase's column, centred."""
        if self.presentation.active:
            self.presentation.focus_phase(index)
            return
        rect = self.phase_rect(index)
        if rect is not None:
            self.navigator.auto_fit = None
            self.navigator.animate_to(rect, max_zoom=FOCUS_MAX_ZOOM)

    def presented_phase(self) -> int | None:
        """The phase a presentation stop shows (None: the whole map, or not presenting)."""
        return self.presentation.phase if self.presentation.active else None

    def show_whole_map(self) -> None:
        """The whole map fitted; presenting, the overview of the journey at phase level."""
        if self.presentation.show_whole_map():
            return
        self.navigator.animate_to(self.map_scene.sceneRect())
        self.navigator.auto_fit = "map"

    # -- layout options --------------------------------------------------------------------------
    def set_layout_options(self, options: LayoutOptions) -> None:
        self.map_scene.set_options(options)

    def layout_options(self) -> LayoutOptions:
        return self.map_scene.options

    # -- selection -------------------------------------------------------------------------------
    def selection(self) -> Selection:
        return self.map_scene.selection()

    def select(self, kind: str | None, ids: list[int], quiet: bool = False) -> None:
        """Select exactly ``ids`` of ``kind`` ('station' | 'phase' | 'line'; None clears)."""
        self._quiet += 1
        try:
            self.map_scene.select(kind, ids)
        finally:
            self._quiet -= 1
        if not quiet:
            self.emit_selection()

    def select_all(self) -> None:
        layout = self.map_scene.layout
        self.select("station", [s.id for s in layout.stations] if layout else [])

    def emit_selection(self) -> None:
        current = self.selection()
        if current != self._last_selection:
            self._last_selection = current
            self.selection_changed.emit()

    def _on_scene_selection(self) -> None:
        if not self._quiet and not self.input.busy:
            self.emit_selection()

    # -- commands (see operations.py) ------------------------------------------------------------
    def delete_selection(self) -> bool:
        """True when the selection was deleted."""
        return self.operations.delete_selection()

    def duplicate_selection(self) -> list[int]:
        return self.operations.duplicate_selection()

    def copy_selection(self) -> bool:
        return self.operations.copy_selection()

    def cut_selection(self) -> bool:
        """True when the selection was copied and deleted."""
        return self.operations.cut_selection()

    def paste(self) -> list[int]:
        return self.operations.paste()

    def move_selection(self, key: str) -> bool:
        """Move the selection one step (``key``: left, right, up or down); True if it moved."""
        return self.operations.move_selection(key)

    def rename_selection(self) -> None:
        self.operations.rename_selection()

    def add_station_at(self, phase_id: int, line_id: int, index: int) -> int | None:
        return self.operations.add_station_at(phase_id, line_id, index)

    def add_phase(self) -> int | None:
        return self.operations.add_phase()

    def add_line(self) -> int | None:
        return self.operations.add_line()

    def rename_editor(self) -> object | None:
        """The in-place editor while one is open (``text()``; its ``widget`` is the text box)."""
        return self.operations.rename_editor

    def _pick_color(self, current: str) -> str | None:
        color = QColorDialog.getColor(
            qcolor(current), self, translate("MapView", "Choose a colour")
        )
        return color.name().upper() if color.isValid() else None

    # -- following the scene ---------------------------------------------------------------------
    def _on_layout_changed(self) -> None:
        self.presentation.layout_changed()
        self.input.cancel()
        if self.navigator.auto_fit == "map" and self.isVisible():
            self.fit_map()
        self.emit_selection()

    def _on_journey_changed(self, _journey_id: int) -> None:
        editor = self.operations.rename_editor
        if editor is not None:
            editor.cancel()
        self.navigator.auto_fit = "open"
        if self.isVisible():
            self.navigator.opening_view()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.navigator.keep_view()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self.navigator.keep_view()
            self.presentation.resized()

    # -- input (see view_input.py) ---------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.input.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.input.move(event):
            super().mouseMoveEvent(event)
            self.input.update_cursor(event.position().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.input.release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.input.double_click(event):
            super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.input.wheel(event):
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        return self.input.viewport_event(event) or super().viewportEvent(event)

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """The tooltip (HTML, user text escaped) for what is at a scene point, or ""."""
        if self.title_clickable(scene_pos):
            return translate(
                "MapView", "Click to edit the journey’s name, description and storyline"
            )
        return tooltips.tooltip_at(self.map_scene, scene_pos)

    def title_clickable(self, scene_pos: QPointF) -> bool:
        """A click here edits the journey's title (not while presenting)."""
        return not self.presentation.active and self.map_scene.title_at(scene_pos)

    def click_title(self) -> None:
        """Ask for the journey's title to be edited, below the title on the screen."""
        title = self.map_scene.title_item()
        if title is None:
            return
        below = self.mapFromScene(title.text_rect().bottomLeft())
        self.title_clicked.emit(self.viewport().mapToGlobal(below))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.input.context_menu(event):
            super().contextMenuEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.input.key_press(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.input.key_release(event):
            super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.input.space = False
        super().focusOutEvent(event)

    # -- drops from the palette (see palette_drop.py) ---------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.palette_drop.kind(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.palette_drop.target(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.palette_drop.target(event) is None:
            self.map_scene.marker.hide()
            event.ignore()
            return
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.map_scene.marker.hide()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.palette_drop.target(event)
        self.map_scene.marker.hide()
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.palette_drop.drop(target)

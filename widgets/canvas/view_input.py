"""What the mouse, the wheel and the keys do on the map: the view hands its events here.

Each method takes one of MapView's events and returns True when it handled it (the view then
does not pass it to QGraphicsView). A press starts one gesture (``interactions.py``: drag
stations or a band, rubber band, pan) that the moves and the release drive; keys run the map's
commands (``operations.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip

from widgets.canvas import menus
from widgets.canvas.interactions import BandDrag, Interaction, Pan, RubberBand, StationDrag

if TYPE_CHECKING:
    from widgets.canvas.view import MapView

ZOOM_STEP = 1.25
ARROWS = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
}
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class ViewInput:
    """The gesture under way (if any) and the held space bar (pan) of one MapView."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.interaction: Interaction | None = None
        self.space = False

    @property
    def busy(self) -> bool:
        """A gesture is under way (the selection is reported when it ends)."""
        return self.interaction is not None

    def cancel(self) -> None:
        """Drop the gesture under way (the map changed under it)."""
        if self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None

    def editing_at(self, pos: QPoint) -> bool:
        editor = self.view.operations.rename_editor
        return editor is not None and editor.proxy in self.view.items(pos)

    # -- mouse --------------------------------------------------------------------------------
    def press(self, event: QMouseEvent) -> bool:
        view = self.view
        pos = event.position().toPoint()
        if self.editing_at(pos):
            return False
        view.operations.finish_rename()
        view.navigator.stop_animation()
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        self.cancel()
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self.space
        ):
            self.interaction = Pan(view, event)
            return True
        if button != Qt.MouseButton.LeftButton:
            return True
        if view.title_clickable(view.mapToScene(pos)) and not event.modifiers():
            view.select(None, [])
            view.click_title()
            return True
        hit = view.map_scene.hit(view.mapToScene(pos))
        toggle = bool(event.modifiers() & CTRL_SHIFT)
        if hit is None:
            self.interaction = RubberBand(view, event)
            return True
        kind, ids = view.selection()
        if toggle:
            ids = ids if kind == hit.kind else []
            view.select(
                hit.kind, [i for i in ids if i != hit.id] if hit.id in ids else [*ids, hit.id]
            )
            return True
        if not (kind == hit.kind and hit.id in ids):
            view.select(hit.kind, [hit.id])
            ids = [hit.id]
        if hit.kind == "station":
            self.interaction = StationDrag(view, event, ids, hit.id)
        else:
            self.interaction = BandDrag(view, event, hit.kind, hit.id)
        return True

    def move(self, event: QMouseEvent) -> bool:
        if self.interaction is None:
            return False
        self.interaction.move(event)
        return True

    def release(self, event: QMouseEvent) -> bool:
        interaction, self.interaction = self.interaction, None
        if interaction is None:
            return False
        interaction.release(event)
        self.update_cursor(event.position().toPoint())
        return True

    def double_click(self, event: QMouseEvent) -> bool:
        view = self.view
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or self.editing_at(pos):
            return False
        scene_pos = view.mapToScene(pos)
        hit = view.map_scene.hit(scene_pos)
        if hit is not None:
            view.select(hit.kind, [hit.id])
            view.operations.start_rename(hit.kind, hit.id)
            return True
        layout = view.map_scene.layout
        slot = layout.slot_at(scene_pos.x(), scene_pos.y()) if layout else None
        if slot is not None:
            view.add_station_at(*slot)
        return True

    def update_cursor(self, pos: QPoint) -> None:
        view = self.view
        scene_pos = view.mapToScene(pos)
        if not self.space and view.title_clickable(scene_pos):
            shape = Qt.CursorShape.PointingHandCursor
        elif self.space or view.map_scene.hit(scene_pos) is not None:
            shape = Qt.CursorShape.OpenHandCursor
        else:
            shape = Qt.CursorShape.ArrowCursor
        view.viewport().setCursor(shape)

    def wheel(self, event: QWheelEvent) -> bool:
        view = self.view
        modifiers = event.modifiers()
        delta = event.angleDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            steps = (delta.y() or delta.x()) / 120.0
            view.navigator.zoom_by(ZOOM_STEP**steps, event.position().toPoint())
            event.accept()
            return True
        if modifiers & Qt.KeyboardModifier.ShiftModifier and delta.x() == 0:
            bar = view.horizontalScrollBar()
            bar.setValue(bar.value() - delta.y())
            view.user_moved_view()
            event.accept()
            return True
        view.user_moved_view()
        return False

    def viewport_event(self, event: QEvent) -> bool:
        """Pinch to zoom; tooltips for what is under the pointer."""
        view = self.view
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            view.navigator.zoom_by(1.0 + event.value(), event.position().toPoint())
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = view.tooltip_at(view.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, view.viewport())
            else:
                QToolTip.hideText()
            return True
        return False

    def context_menu(self, event: QContextMenuEvent) -> bool:
        view = self.view
        if self.interaction is not None or self.editing_at(event.pos()):
            return False
        scene_pos = view.mapToScene(event.pos())
        hit = view.map_scene.hit(scene_pos)
        layout = view.map_scene.layout
        slot = None
        if hit is None and layout is not None:
            slot = layout.slot_at(scene_pos.x(), scene_pos.y())
        elif hit is not None:
            kind, ids = view.selection()
            if not (kind == hit.kind and hit.id in ids):
                view.select(hit.kind, [hit.id])
        menu = menus.build_menu(view, hit, slot)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True

    # -- keys ---------------------------------------------------------------------------------
    def key_press(self, event: QKeyEvent) -> bool:
        view = self.view
        editor = view.operations.rename_editor
        if editor is not None and editor.active:
            return False
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            if self.interaction is not None:
                self.cancel()
                view.viewport().unsetCursor()
            else:
                view.select(None, [])
            return True
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space = True
            view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return True
        if self.interaction is not None:
            return True
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
            view.delete_selection()
        elif key == Qt.Key.Key_D and mods == Qt.KeyboardModifier.ControlModifier:
            view.duplicate_selection()
        elif key == Qt.Key.Key_F2:
            view.rename_selection()
        elif key in ARROWS and not mods:
            view.move_selection(ARROWS[key])
        elif event.matches(QKeySequence.StandardKey.Copy):
            view.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Cut):
            view.cut_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            view.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            view.select_all()
        elif event.matches(QKeySequence.StandardKey.Undo):
            view.editor.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            view.editor.redo()
        elif event.matches(QKeySequence.StandardKey.ZoomIn):
            view.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            view.zoom_out()
        else:
            return False
        return True

    def key_release(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space = False
            self.view.viewport().unsetCursor()
            return True
        return False

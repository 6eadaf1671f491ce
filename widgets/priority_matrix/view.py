"""The matrix's view: fits the whole matrix, and turns mouse and keys into the matrix's verbs.

A press on a card selects it and may start a :class:`CardDrag`; a press on a "1–2 of 7 ▸" chip
pages the cell; a press elsewhere clears the selection. Keyboard: arrows select the previous
or next card, Ctrl+arrows move the selected card one cell, Enter shows its station, Esc
cancels a drag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from app.translations import translate
from widgets.priority_matrix.drag import CardDrag, DropTarget
from widgets.priority_matrix.items import ActionCard, MoreChip

if TYPE_CHECKING:
    from widgets.priority_matrix.matrix import PriorityMatrix


class MatrixView(QGraphicsView):
    """The matrix's view: fits the whole matrix; handles clicks, drags and keys on cards."""

    def __init__(self, matrix: PriorityMatrix) -> None:
        super().__init__(matrix.scene, matrix)
        self.matrix = matrix
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName(translate("MatrixView", "Effort and value matrix"))
        self.drag: CardDrag | None = None
        self.drop_target = DropTarget()

    def attach_overlays(self) -> None:
        self.drop_target.add_to(self.matrix.scene)

    def fit(self) -> None:
        """The matrix at the zoom its shape was made for (``PriorityMatrix.shape_to_view``),
        or, on the projector, whole in the screen."""
        rect = self.matrix.scene.sceneRect()
        if not rect.isValid():
            return
        zoom = self.matrix.zoom
        if zoom <= 0:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            return
        if abs(self.transform().m11() - zoom) > 1e-9:  # a new shape: from its top-left
            self.setTransform(QTransform.fromScale(zoom, zoom))
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.matrix.shape_to_view()

    # -- mouse --------------------------------------------------------------------------------
    def _scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def _item_at(self, event: QMouseEvent) -> QGraphicsItem | None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, ActionCard | MoreChip):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self._item_at(event)
        if isinstance(item, ActionCard):
            self.drag = CardDrag(self, item, self._scene_pos(event))
            self.matrix.select_action(item.action_id)
        elif isinstance(item, MoreChip):
            self.matrix.next_page(item.key)
        else:
            self.matrix.select_action(None)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self.drag
        if drag is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            super().mouseMoveEvent(event)
            return
        drag.move(self._scene_pos(event))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self.drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.drag = None
        drag.drop(self._scene_pos(event))
        event.accept()

    def cancel_drag(self) -> bool:
        drag = self.drag
        if drag is None:
            return False
        self.drag = None
        drag.cancel()
        return True

    # -- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if key == Qt.Key.Key_Escape and self.cancel_drag():
            event.accept()
        elif key in arrows and ctrl:
            self.matrix.nudge(*arrows[key])
        elif key in arrows:
            self.matrix.select_neighbour(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selected = self.matrix.selected_action_id()
            if selected is not None:
                self.matrix.activate(selected)
        else:
            super().keyPressEvent(event)

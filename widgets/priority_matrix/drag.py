"""Dragging a card on the effort/value matrix to give it another effort and value.

The card follows the mouse once it has moved the platform's drag distance; the cell under it
is outlined and labelled with the priority a drop would give. Nothing is saved while the card
moves: the release pushes ONE edit through the matrix, or none when the card is dropped where
it was or outside the matrix; Esc cancels. A press and release without moving is a click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.translations import translate
from models.priority import priority
from widgets.canvas.painting import draw_text, map_font, text_width
from widgets.panel_kit import priority_name
from widgets.priority_matrix.geometry import (
    NORMAL_TYPE,
    Key,
    Typeface,
    cell_rect,
    key_at,
)
from widgets.priority_matrix.items import ACCENT, ActionCard

if TYPE_CHECKING:
    from widgets.priority_matrix.view import MatrixView


def _elide(text: str, width: float, size: float, bold: bool) -> str:
    metrics = QFontMetricsF(map_font(size, bold))
    return str(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))


class TargetLabel(QGraphicsItem):
    """What a drop would give: "Effort 3 · value 5: Big bet"."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.size = NORMAL_TYPE.label
        self.width = 0.0
        self.height = 0.0
        self.setZValue(60)

    def set_text(self, text: str, typeface: Typeface) -> None:
        self.prepareGeometryChange()
        self.text = text
        self.size = typeface.label
        self.width = min(typeface.cell_w - 16, text_width(text, self.size, True) + 16)
        self.height = self.size * 1.9
        self.text = _elide(text, self.width - 16, self.size, True)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        painter.setPen(QColor("#FFFFFF"))
        draw_text(painter, 8, self.height / 2 + self.size * 0.36, self.text, self.size, True)


class DropTarget:
    """Where a drop would land: the cell outlined, and a label with what it would give."""

    def __init__(self) -> None:
        self.outline = QGraphicsRectItem()
        self.outline.setPen(QPen(QColor(ACCENT), 4, Qt.PenStyle.DashLine))
        self.outline.setBrush(QColor(29, 78, 216, 28))
        self.outline.setZValue(50)
        self.outline.hide()
        self.label = TargetLabel()
        self.label.hide()

    def add_to(self, scene: QGraphicsScene) -> None:
        for item in (self.outline, self.label):
            if item.scene() is None:
                scene.addItem(item)

    def hide(self) -> None:
        self.outline.hide()
        self.label.hide()

    def show_at(self, key: Key | str, typeface: Typeface) -> None:
        if key == "outside":
            self.hide()
            return
        assert not isinstance(key, str)
        rect = cell_rect(key, typeface)
        self.outline.setRect(rect.adjusted(3, 3, -3, -3))
        self.outline.show()
        if key is None:
            text = translate("PriorityMatrix", "Unrated: clear effort and value")
        else:
            text = translate(
                "PriorityMatrix", "Effort {effort} · value {value}: {priority}"
            ).format(effort=key[0], value=key[1], priority=priority_name(priority(*key)))
        self.label.set_text(text, typeface)
        self.label.setPos(rect.x() + 8, rect.bottom() - self.label.height - 6)
        self.label.show()


class CardDrag:
    """One card being dragged: where the mouse took hold of it, and whether it has moved."""

    def __init__(self, view: MatrixView, card: ActionCard, press: QPointF) -> None:
        self.view = view
        self.matrix = view.matrix
        self.action_id = card.action_id
        self.key = card.key
        self.offset = press - card.pos()
        self.press = press
        self.started = False

    def move(self, pos: QPointF) -> None:
        """The mouse is at ``pos`` (scene) with the button held."""
        view = self.view
        if not self.started:
            distance = (view.mapFromScene(pos) - view.mapFromScene(self.press)).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            self.started = True
            view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        card = self.matrix.card(self.action_id)
        if card is not None:
            card.setPos(pos - self.offset)
            card.setZValue(100)
        view.drop_target.show_at(key_at(pos, self.matrix.typeface), self.matrix.typeface)

    def drop(self, pos: QPointF) -> None:
        """The button was released at ``pos``: a click, a move to another cell, or nothing."""
        self._end()
        if not self.started:
            self.matrix.activate(self.action_id)
            return
        target = key_at(pos, self.matrix.typeface)
        if target == "outside" or target == self.key:
            self.matrix.relayout([self.key])
        else:
            assert not isinstance(target, str)
            self.matrix.move_action(self.action_id, target)

    def cancel(self) -> None:
        """Esc: the card goes home, nothing is saved."""
        self._end()
        if self.started:
            self.matrix.relayout([self.key])

    def _end(self) -> None:
        self.view.drop_target.hide()
        self.view.viewport().unsetCursor()

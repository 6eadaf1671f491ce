"""The insertion marker shown while something is dragged: where it will land on release."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from widgets.canvas.painting import ROUND_CAP
from widgets.canvas.theme import Look, qcolor


class InsertionMarkerItem(QGraphicsItem):
    """A rounded bar between two slots (vertical for stations and phases, horizontal for
    lines), drawn in the accent colour with a ring where a station will sit."""

    def __init__(self, look: Look) -> None:
        super().__init__()
        self._look = look
        self._a = QPointF()
        self._b = QPointF()
        self._ring = False
        self.setZValue(90)
        self.hide()

    def show_between(self, a: QPointF, b: QPointF, ring: bool = False) -> None:
        if (a, b, ring) != (self._a, self._b, self._ring):
            self.prepareGeometryChange()
            self._a, self._b, self._ring = a, b, ring
            self.update()
        self.show()

    def boundingRect(self) -> QRectF:
        return QRectF(self._a, self._b).normalized().adjusted(-14, -14, 14, 14)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        accent = qcolor(self._look.theme.accent)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(accent, 5, Qt.PenStyle.SolidLine, ROUND_CAP))
        painter.drawLine(self._a, self._b)
        if self._ring:
            mid = (self._a + self._b) / 2
            painter.setPen(QPen(accent, 3))
            painter.setBrush(qcolor(self._look.theme.paper))
            painter.drawEllipse(mid, 9, 9)

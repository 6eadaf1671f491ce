"""The line of visibility: a dashed rule between the frontstage and the backstage rows."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.translations import QT_TRANSLATE_NOOP, translate
from models import style
from widgets.canvas.painting import draw_text, text_width
from widgets.canvas.theme import Look, qcolor

LABEL = QT_TRANSLATE_NOOP("MapScene", "Line of visibility")
LABEL_SIZE = 12.0
LABEL_X = 26.0


class VisibilityLineItem(QGraphicsItem):
    KIND = "visibility"

    def __init__(self, y: float, width: float, look: Look) -> None:
        super().__init__()
        self._look = look
        self.line_y = y
        self.line_width = width
        self.setZValue(2)

    def set_geometry(self, y: float, width: float) -> None:
        if (y, width) == (self.line_y, self.line_width):
            return
        self.prepareGeometryChange()
        self.line_y, self.line_width = y, width
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, self.line_y - 12, self.line_width, 24)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._look.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label = translate("MapScene", LABEL)
        label_end = LABEL_X + text_width(label, LABEL_SIZE, True) + 10
        pen = QPen(qcolor(style.VISIBILITY_LINE), 2, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([5, 4])
        painter.setPen(pen)
        painter.drawLine(QPointF(label_end, self.line_y), QPointF(self.line_width, self.line_y))
        painter.setPen(qcolor(theme.muted))
        draw_text(painter, LABEL_X, self.line_y + LABEL_SIZE * 0.36, label, LABEL_SIZE, True)

"""The map's title band: the journey's name and a subtitle (state, persona)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.layout import TextBlock
from widgets.canvas.painting import draw_block, rect_of
from widgets.canvas.theme import Look


class TitleItem(QGraphicsItem):
    KIND = "title"

    def __init__(self, title: TextBlock, subtitle: TextBlock | None, look: Look) -> None:
        super().__init__()
        self._look = look
        self.title = title
        self.subtitle = subtitle
        self.setZValue(1)

    def set_blocks(self, title: TextBlock, subtitle: TextBlock | None) -> None:
        if (title, subtitle) == (self.title, self.subtitle):
            return
        self.prepareGeometryChange()
        self.title, self.subtitle = title, subtitle
        self.update()

    def boundingRect(self) -> QRectF:
        rect = rect_of(self.title)
        if self.subtitle is not None:
            rect = rect.united(rect_of(self.subtitle))
        return rect.adjusted(0, 0, 0, 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for block in (self.title, self.subtitle):
            if block is not None:
                painter.setPen(self._look.text_color(block.color))
                draw_block(painter, block)

"""The map's title band: the journey's name and a subtitle (state, persona).

A click on it opens the journey's name, description and storyline for editing (the view
emits ``title_clicked``; ``widgets.journey_texts``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.layout import TextBlock
from models.text_metrics import text_width
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

    def text_rect(self) -> QRectF:
        """Where the title's and the subtitle's text is drawn (clicking there edits them)."""
        rect = QRectF()
        for block in (self.title, self.subtitle):
            if block is not None and block.lines:
                width = max(text_width(line, block.size, block.bold) for line in block.lines)
                area = rect_of(block)
                rect = rect.united(
                    QRectF(area.x(), area.y(), min(width, area.width()), area.height())
                )
        return rect.adjusted(-6, -4, 6, 4)

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

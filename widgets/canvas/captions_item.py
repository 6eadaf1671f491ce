"""Free texts a room layout places on the screen (the overview's facts under each phase)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.layout import TextBlock
from widgets.canvas.painting import draw_block
from widgets.canvas.theme import Look


class CaptionsItem(QGraphicsItem):
    KIND = "captions"

    def __init__(self, blocks: tuple[TextBlock, ...], look: Look) -> None:
        super().__init__()
        self._look = look
        self.blocks = blocks
        self.setZValue(3)

    def set_blocks(self, blocks: tuple[TextBlock, ...]) -> None:
        if blocks != self.blocks:
            self.prepareGeometryChange()
            self.blocks = blocks
            self.update()

    def boundingRect(self) -> QRectF:
        rect = QRectF()
        for block in self.blocks:
            r = block.rect
            rect = rect.united(QRectF(r.x, r.y, r.w, r.h + block.size))
        return rect.adjusted(-2, -2, 2, 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for block in self.blocks:
            painter.setPen(self._look.text_color(block.color))
            draw_block(painter, block)

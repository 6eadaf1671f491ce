"""A phase: its header band with the name, and the tinted column below it through the rows."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.layout import PhaseBand
from widgets.canvas.painting import draw_block
from widgets.canvas.theme import Look, qcolor


class PhaseLaneItem(QGraphicsItem):
    KIND = "phase"

    def __init__(self, band: PhaseBand, look: Look) -> None:
        super().__init__()
        self.item_id = band.id
        self._look = look
        self.band = band
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)

    def set_band(self, band: PhaseBand) -> None:
        if band == self.band:
            return
        self.prepareGeometryChange()
        self.band = band
        self.update()

    def header_rect(self) -> QRectF:
        h = self.band.header
        return QRectF(h.x, h.y, h.w, h.h)

    def boundingRect(self) -> QRectF:
        h, b = self.band.header, self.band.body
        x0, x1 = min(h.x, b.x), max(h.right, b.right)
        return QRectF(x0 - 1, h.y - 1, x1 - x0 + 2, max(h.bottom, b.bottom) - h.y + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        band = self.band
        theme = self._look.theme
        h, b = band.header, band.body
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp, fast fills
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(band.tint).darker(theme.tint_darken))
        painter.drawRect(QRectF(b.x, b.y, b.w, b.h))
        painter.setBrush(qcolor(band.header_color).darker(theme.header_darken))
        painter.drawRect(QRectF(h.x, h.y, h.w, h.h))
        # A thin paper-coloured seam parts neighbouring columns (and tabs, presenting).
        painter.setBrush(qcolor(theme.paper))
        painter.drawRect(QRectF(h.right - 1, h.y, 2, h.h))
        painter.drawRect(QRectF(b.right - 1, b.y, 2, b.h))
        if self.isSelected():
            accent = qcolor(theme.accent)
            painter.setBrush(qcolor(theme.accent, 18))
            painter.setPen(QPen(accent, 3))
            painter.drawRect(QRectF(h.x + 1.5, h.y + 1.5, h.w - 3, b.bottom - h.y - 3))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRect(QRectF(h.x, h.bottom - 4, h.w, 4))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod * band.label.size >= 3:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self._look.text_color(band.label.color))
            draw_block(painter, band.label)

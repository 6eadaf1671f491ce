"""Small drawing helpers shared by the canvas items: the bundled font, text blocks, shapes.

Text is drawn in the bundled DejaVu Sans, the font ``models.text_metrics`` measured when the
layout wrapped it, at the layout's sizes in map units (1 unit = 1 px at 100 % zoom), without
hinting or kerning so that Qt's advances match the TTF's and every wrapped line fits its box.
Strings are always drawn as plain text: ``drawText`` never interprets markup.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from app.application import ensure_fonts
from models.layout import TextBlock
from widgets.canvas.theme import qcolor


@lru_cache(maxsize=64)
def map_font(size: float, bold: bool = False) -> QFont:
    """The bundled font at ``size`` map units (pixels at 100 %); fractional sizes see below."""
    font = QFont(ensure_fonts())
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


@lru_cache(maxsize=64)
def _metrics(size: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(map_font(size, bold))


@lru_cache(maxsize=16384)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The advance of ``text`` in map units (remembered: a repaint measures the same lines)."""
    return _metrics(size, bold).horizontalAdvance(text) * size / max(1, round(size))


def draw_text(
    painter: QPainter, x: float, baseline: float, text: str, size: float, bold: bool = False
) -> None:
    """One line of plain text with its baseline at ``baseline`` (any size, fractions too)."""
    pixel = max(1, round(size))
    painter.setFont(map_font(size, bold))
    if pixel == size:
        painter.drawText(QPointF(x, baseline), text)
        return
    # QFont has integral pixel sizes only: draw at the nearest one, scaled to the exact size.
    painter.save()
    painter.translate(x, baseline)
    painter.scale(size / pixel, size / pixel)
    painter.drawText(QPointF(0, 0), text)
    painter.restore()


def draw_centered(
    painter: QPainter, cx: float, baseline: float, text: str, size: float, bold: bool = False
) -> None:
    draw_text(painter, cx - text_width(text, size, bold) / 2, baseline, text, size, bold)


def draw_block(painter: QPainter, block: TextBlock) -> None:
    """Draw a layout text block (pen colour set by the caller): its lines on its baselines."""
    for line, baseline in zip(block.lines, block.baselines(), strict=True):
        if block.align == "center":
            x = block.rect.x + (block.rect.w - text_width(line, block.size, block.bold)) / 2
        else:
            x = block.rect.x
        draw_text(painter, x, baseline, line, block.size, block.bold)


def rect_of(block: TextBlock) -> QRectF:
    r = block.rect
    return QRectF(r.x, r.y, r.w, r.h)


def hairline(color: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen: ``width`` device pixels at any zoom (rules stay crisp when fitted)."""
    pen = QPen(qcolor(color), width, style)
    pen.setCosmetic(True)
    return pen


ROUND_CAP = Qt.PenCapStyle.RoundCap
ROUND_JOIN = Qt.PenJoinStyle.RoundJoin

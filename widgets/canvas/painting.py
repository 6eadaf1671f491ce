"""Small drawing helpers shared by the canvas items: the bundled font, text blocks, shapes.

Text is drawn in the bundled DejaVu Sans, the font ``models.text_metrics`` measured when the
layout wrapped it, at the layout's sizes in map units (1 unit = 1 px at 100 % zoom), without
hinting or kerning so that Qt's advances match the TTF's and every wrapped line fits its box.
Strings are always drawn as plain text: ``drawText`` never interprets markup.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen

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


def text_width(text: str, size: float, bold: bool = False) -> float:
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


def eyes_path(radius: float) -> QPainterPath:
    """The two eyes of a face of ``radius``, centred on (0, 0)."""
    path = QPainterPath()
    eye_r = radius * 0.12
    for ex in (-radius * 0.34, radius * 0.34):
        path.addEllipse(QPointF(ex, -radius * 0.22), eye_r, eye_r)
    return path


def mouth_path(radius: float, emotion: int) -> QPainterPath:
    """The mouth of a face for an emotion from -2 (deep frown) to +2 (big smile).

    A quadratic curve whose bend follows the emotion, so the marker reads without colour.
    """
    half = radius * (0.40 + 0.04 * abs(emotion))
    y = radius * (0.34 if emotion >= 0 else 0.50)
    bend = radius * 0.22 * emotion  # > 0 bends down (a smile, y grows downwards)
    path = QPainterPath(QPointF(-half, y - bend * 0.35))
    path.quadTo(QPointF(0, y + bend), QPointF(half, y - bend * 0.35))
    return path


def star_path(cx: float, cy: float, outer: float, inner_ratio: float = 0.45) -> QPainterPath:
    path = QPainterPath()
    for i in range(10):
        r = outer if i % 2 == 0 else outer * inner_ratio
        a = -math.pi / 2 + i * math.pi / 5
        p = QPointF(cx + r * math.cos(a), cy + r * math.sin(a))
        if i == 0:
            path.moveTo(p)
        else:
            path.lineTo(p)
    path.closeSubpath()
    return path


def triangle_path(cx: float, cy: float, size: float) -> QPainterPath:
    """A warning triangle, point up, ``size`` wide, centred on (cx, cy)."""
    h = size * 0.9
    path = QPainterPath(QPointF(cx, cy - h * 0.58))
    path.lineTo(QPointF(cx + size / 2, cy + h * 0.42))
    path.lineTo(QPointF(cx - size / 2, cy + h * 0.42))
    path.closeSubpath()
    return path


def hairline(color: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen: ``width`` device pixels at any zoom (rules stay crisp when fitted)."""
    pen = QPen(qcolor(color), width, style)
    pen.setCosmetic(True)
    return pen


ROUND_CAP = Qt.PenCapStyle.RoundCap
ROUND_JOIN = Qt.PenJoinStyle.RoundJoin

"""The mark painter's QPainter backend: the canvas draws station marks as the poster does.

:class:`QtPainter` implements the primitives of :class:`exporters.marks.Painter` on a QPainter,
in map units (the scene's units), so that ``exporters.marks`` draws a station on the canvas
exactly as on paper. Text goes through ``painting.draw_text`` (the bundled font, at the
layout's sizes, as plain text: never markup). Far out, where text cannot be read, ``greek``
draws each line as a grey bar instead: the map keeps its texture at a fraction of the cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPolygonF

from exporters.marks import Piece, Point
from models import style
from widgets.canvas.painting import ROUND_CAP, ROUND_JOIN, draw_text, text_width
from widgets.canvas.theme import qcolor

__all__ = ["QtPainter"]

NO_PEN = Qt.PenStyle.NoPen
NO_BRUSH = Qt.BrushStyle.NoBrush
SOLID = Qt.PenStyle.SolidLine
FLAT_CAP = Qt.PenCapStyle.FlatCap


@lru_cache(maxsize=256)
def _pen(color: str, width: float) -> QPen:
    """A round-capped, round-joined pen (the marks ask for the same few, at every paint)."""
    return QPen(qcolor(color), width, SOLID, ROUND_CAP, ROUND_JOIN)


GREEK_LIGHTER = 150  # how much lighter than the text its bar is drawn


class QtPainter:
    """The mark painter's primitives on ``painter``; ``greek`` draws text as bars."""

    __slots__ = ("greek", "painter")

    def __init__(self, painter: QPainter, *, greek: bool = False) -> None:
        self.painter = painter
        self.greek = greek

    # -- state --------------------------------------------------------------------------------
    def _fill_and_stroke(self, fill: str | None, stroke: str | None, width: float) -> None:
        painter = self.painter
        if stroke is None:
            painter.setPen(NO_PEN)
        else:
            painter.setPen(
                QPen(qcolor(stroke), width, Qt.PenStyle.SolidLine, ROUND_CAP, ROUND_JOIN)
            )
        painter.setBrush(qcolor(fill) if fill is not None else NO_BRUSH)

    # -- the primitives -----------------------------------------------------------------------
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
    ) -> None:
        self._fill_and_stroke(fill, stroke, width)
        if radius > 0:
            self.painter.drawRoundedRect(QRectF(x, y, w, h), radius, radius)
        else:
            self.painter.drawRect(QRectF(x, y, w, h))

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None:
        self._fill_and_stroke(fill, stroke, width)
        self.painter.drawEllipse(QPointF(cx, cy), r, r)

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        *,
        color: str,
        width: float = 1.0,
        dash: tuple[float, float] | None = None,
        round_cap: bool = False,
    ) -> None:
        cap = ROUND_CAP if round_cap else FLAT_CAP
        pen = QPen(qcolor(color), width, SOLID, cap)
        if dash is not None:
            pen.setDashPattern([dash[0] / max(width, 1e-6), dash[1] / max(width, 1e-6)])
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def polyline(self, points: Sequence[Point], *, color: str, width: float = 1.0) -> None:
        self._fill_and_stroke(None, color, width)
        self.painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))

    def cubic(
        self, start: Point, pieces: Sequence[Piece], *, color: str, width: float = 1.0
    ) -> None:
        path = QPainterPath(QPointF(*start))
        for c1, c2, end in pieces:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        self._fill_and_stroke(None, color, width)
        self.painter.drawPath(path)

    def polygon(
        self,
        points: Sequence[Point],
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None:
        self._fill_and_stroke(fill, stroke, width)
        self.painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        bold: bool = False,
        color: str = style.INK,
        align: str = "left",
        max_width: float | None = None,
    ) -> None:
        painter = self.painter
        w = text_width(text, size, bold)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        if self.greek:
            painter.setPen(NO_PEN)
            painter.setBrush(QBrush(qcolor(color).lighter(GREEK_LIGHTER)))
            painter.drawRect(QRectF(x, y - size * 0.7, w, size * 0.62))
            return
        painter.setPen(qcolor(color))
        if max_width is None or w <= max_width or w <= 0:
            draw_text(painter, x, y, text, size, bold)
            return
        # Wider than its box (a font that measures differently): squeeze it in, never clip.
        squeeze = max_width / w
        anchor = x + w / 2 if align == "center" else (x + w if align == "right" else x)
        painter.save()
        painter.translate(anchor, y)
        painter.scale(squeeze, 1.0)
        painter.translate(-anchor, -y)
        draw_text(painter, x, y, text, size, bold)
        painter.restore()

"""The emotion curve under the rows: a band with the zero line and the -2..+2 guides (a face
for each level at the left), smooth runs through the frontstage stations' emotions, and a dot
per assessed station. A station not assessed breaks the curve: a gap, never a false zero."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from exporters.marks import paint_scale_face
from models import style
from models.layout import EmotionCurve, Point
from widgets.canvas.painting import ROUND_CAP, ROUND_JOIN, draw_block, hairline
from widgets.canvas.qt_painter import QtPainter
from widgets.canvas.theme import Look, qcolor

FACE_R = 8.0


Run = tuple[Point, tuple[tuple[Point, Point, Point], ...]]
RunPaths = tuple[float, float, QPainterPath, QPainterPath | None]  # x0, x1, line, area


def _run_paths(run: Run, zero_y: float) -> RunPaths:
    """The stroke of one smooth run and the area between it and zero."""
    start, pieces = run
    path = QPainterPath(QPointF(*start))
    for c1, c2, end in pieces:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    area = None
    if pieces:
        area = QPainterPath(path)
        area.lineTo(QPointF(pieces[-1][2][0], zero_y))
        area.lineTo(QPointF(start[0], zero_y))
        area.closeSubpath()
    x1 = pieces[-1][2][0] if pieces else start[0]
    return (start[0], x1, path, area)


class EmotionCurveItem(QGraphicsItem):
    KIND = "curve"

    def __init__(self, curve: EmotionCurve, phase_edges: tuple[float, ...], look: Look) -> None:
        super().__init__()
        self._look = look
        self.curve = curve
        self.phase_edges = phase_edges
        self._runs: list[RunPaths] = []
        self._paths: dict[Run, RunPaths] = {}  # each run's paths, kept while it is unchanged
        self._xs: list[float] = []
        self.setZValue(1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        # Smooth fills and strokes are the costliest paint of the map: keep them as pixels
        # (Qt caches only the part near the viewport) while stations are dragged above.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._build()

    def set_curve(self, curve: EmotionCurve, phase_edges: tuple[float, ...]) -> None:
        if curve == self.curve and phase_edges == self.phase_edges:
            return
        moved = curve.rect != self.curve.rect or phase_edges != self.phase_edges
        if moved:  # a new place or zero line: every run is drawn afresh
            self.prepareGeometryChange()
            self._paths = {}
        self.curve = curve
        self.phase_edges = phase_edges
        low, high = self._build()
        if moved:
            self.update()
        elif low <= high:  # only the stretch whose runs changed is painted again
            r = curve.rect
            self.update(QRectF(low - 12, r.y - 2, high - low + 24, r.h + 4))

    def _build(self) -> tuple[float, float]:
        """Paths and x ranges: a paint draws only what is exposed. Runs that did not change
        keep their paths; returns the x range of the runs that came or went."""
        curve = self.curve
        old = self._paths
        self._paths = {}
        self._runs = []
        low, high = float("inf"), float("-inf")
        for run in curve.runs:
            built = old.pop(run, None) or self._paths.get(run)
            if built is None:
                built = _run_paths(run, curve.zero_y)
                low, high = min(low, built[0]), max(high, built[1])
            self._paths[run] = built
            self._runs.append(built)
        for gone in old.values():  # runs no longer there: their stretch is painted again
            low, high = min(low, gone[0]), max(high, gone[1])
        self._xs = [p.x for p in curve.points]
        return low, high

    def boundingRect(self) -> QRectF:
        r = self.curve.rect
        return QRectF(0, r.y - 2, r.right + 2, r.h + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        curve = self.curve
        theme = self._look.theme
        r = curve.rect
        exposed: QRectF = option.exposedRect
        left, right = exposed.left() - 8, exposed.right() + 8
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(hairline(theme.rule))
        painter.setBrush(qcolor(theme.paper))
        painter.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), 6, 6)
        # Phase seams, so each stretch of the curve reads against its phase.
        painter.setPen(hairline(theme.rule, 1, Qt.PenStyle.DotLine))
        for x in self.phase_edges:
            if left <= x <= right:
                painter.drawLine(QPointF(x, r.y + 6), QPointF(x, r.bottom - 6))
        # Guides: each level faint, zero stronger; a face for each level at the left.
        x0, x1 = max(r.x + 4, left), min(r.right - 4, right)
        for level in range(-2, 3):
            y = curve.y_of(level)
            if level == 0:
                painter.setPen(hairline(theme.muted, 1.4))
            else:
                painter.setPen(hairline(theme.rule, 1, Qt.PenStyle.DashLine))
            if x0 < x1:
                painter.drawLine(QPointF(x0, y), QPointF(x1, y))
            if left < r.x:
                self._paint_face(painter, QPointF(r.x - 16, y), level)
        if left < r.x:
            painter.setPen(self._look.text_color(curve.label.color))
            draw_block(painter, curve.label)
        runs = [run for run in self._runs if run[1] >= left and run[0] <= right]
        # The area between the curve and zero: blue above, orange below.
        painter.setPen(Qt.PenStyle.NoPen)
        for clip, (tint, alpha) in (
            (QRectF(r.x, r.y, r.w, curve.zero_y - r.y), style.CURVE_ABOVE_TINT),
            (QRectF(r.x, curve.zero_y, r.w, r.bottom - curve.zero_y), style.CURVE_BELOW_TINT),
        ):
            painter.save()
            painter.setClipRect(clip.intersected(exposed), Qt.ClipOperation.IntersectClip)
            painter.setBrush(qcolor(tint, alpha))
            for _, _, _, area in runs:
                if area is not None:
                    painter.drawPath(area)
            painter.restore()
        pen = QPen(qcolor(theme.ink), theme.curve_width, Qt.PenStyle.SolidLine, ROUND_CAP)
        pen.setJoinStyle(ROUND_JOIN)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for _, _, path, _ in runs:
            painter.drawPath(path)
        painter.setPen(QPen(qcolor(theme.paper), 2))
        points = curve.points
        for k in range(bisect.bisect_left(self._xs, left), bisect.bisect_right(self._xs, right)):
            point = points[k]
            painter.setBrush(qcolor(style.EMOTION_COLORS[point.emotion]))
            painter.drawEllipse(QPointF(point.x, point.y), 6.5, 6.5)

    def _paint_face(self, painter: QPainter, center: QPointF, level: int) -> None:
        paint_scale_face(QtPainter(painter), center.x(), center.y(), FACE_R, level)

"""The comparison's emotion chart: both curves over the common phase columns.

Today is dashed grey and the future solid blue, each with its average in the key and the
change between them in the headline, so the room sees the improvement at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models import fields, style
from models.layout import LABEL_W
from widgets.canvas.painting import draw_text, text_width
from widgets.canvas.theme import PROJECTOR, Look, qcolor
from widgets.field_texts import field_text
from widgets.journey_comparison.alignment import Columns, average

CHART_H = 330.0
CHART_TOP = 104.0  # room for the chart's headline and key
CHART_PAD = 34.0
TODAY_COLOR = "#6B7785"
FUTURE_COLOR = "#0072B2"


def _signed(value: float) -> str:
    text = f"{value:+.1f}"
    return text.replace("-", "−")


class EmotionComparisonItem(QGraphicsItem):
    """Both emotion curves on one chart, over the common phase columns."""

    def __init__(
        self,
        columns: Columns,
        names: Sequence[str],
        today: Sequence[tuple[float, int | None]],
        future: Sequence[tuple[float, int | None]],
        look: Look,
    ) -> None:
        super().__init__()
        self.columns = columns
        self.names = list(names)
        self.today = list(today)
        self.future = list(future)
        self._look = look
        self.width = columns.right

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, CHART_TOP + CHART_H)

    def y_of(self, emotion: float) -> float:
        step = (CHART_H - 2 * CHART_PAD) / 4
        return CHART_TOP + CHART_H / 2 - emotion * step

    @property
    def _scale(self) -> float:
        return 1.3 if self._look.theme is PROJECTOR else 1.0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        theme = self._look.theme
        k = self._scale
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cols = self.columns
        top = CHART_TOP
        # Headline: the title, then each curve's key with its average, then the change.
        today_avg, future_avg = average(self.today), average(self.future)
        painter.setPen(qcolor(theme.ink))
        title = QCoreApplication.translate("ComparisonChart", "Emotion, today and in the future")
        draw_text(painter, 26, 28 * k, title, 22 * k, True)
        today = field_text(fields.JOURNEY_STATE_LABELS["current"])  # the journeys' states
        x = self._legend(painter, 26, 60 * k, today, today_avg, dashed=True)
        future = field_text(fields.JOURNEY_STATE_LABELS["future"])
        x = self._legend(painter, x + 28 * k, 60 * k, future, future_avg, dashed=False)
        if today_avg is not None and future_avg is not None:
            change = future_avg - today_avg
            text = (
                QCoreApplication.translate("ComparisonChart", "▲ {change} better")
                if change > 0
                else QCoreApplication.translate("ComparisonChart", "▼ {change} worse")
                if change < 0
                else QCoreApplication.translate("ComparisonChart", "= no change")
            ).format(change=_signed(change))
            painter.setPen(qcolor(FUTURE_COLOR if change >= 0 else style.PAIN))
            draw_text(painter, x + 36 * k, 60 * k + 6 * k, text, 17 * k, True)
        # Phase columns with their names.
        name_size = 13 * k
        for i, (cx, w) in enumerate(zip(cols.x, cols.w, strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(style.PHASE_TINTS[i % 2]))
            painter.drawRect(QRectF(cx, top, w, CHART_H))
            painter.setBrush(qcolor(theme.paper))
            painter.drawRect(QRectF(cx + w - 1, top, 2, CHART_H))
            if i < len(self.names):
                name = _elide(self.names[i], w - 16, name_size)
                painter.setPen(qcolor(theme.muted))
                draw_text(
                    painter,
                    cx + (w - text_width(name, name_size)) / 2,
                    top + 8 + name_size,
                    name,
                    name_size,
                )
        # Levels, named in the label column.
        for emotion in range(-2, 3):
            y = self.y_of(emotion)
            pen = QPen(qcolor(theme.rule), 2 if emotion == 0 else 1)
            if emotion != 0:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(LABEL_W, y), QPointF(self.width, y))
            painter.setPen(qcolor(style.EMOTION_COLORS[emotion]).darker(135))
            label = field_text(style.EMOTION_LABELS[emotion])
            size = 14 * k
            draw_text(
                painter,
                LABEL_W - 12 - text_width(label, size, True),
                y + size * 0.36,
                label,
                size,
                True,
            )
        # The curves: today first, so the future lies on top.
        self._curve(painter, self.today, dashed=True)
        self._curve(painter, self.future, dashed=False)

    def _pen(self, dashed: bool) -> QPen:
        width = self._look.theme.curve_width + (1.0 if dashed else 2.0)
        if dashed:
            pen = QPen(
                qcolor(TODAY_COLOR), width, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap
            )
            pen.setDashPattern([3, 2])
            return pen
        return QPen(qcolor(FUTURE_COLOR), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)

    def _legend(
        self, painter: QPainter, x: float, y: float, name: str, avg: float | None, dashed: bool
    ) -> float:
        """One curve's key at (x, y), with its average; returns the x where it ends."""
        k = self._scale
        painter.setPen(self._pen(dashed))
        painter.drawLine(QPointF(x, y), QPointF(x + 48 * k, y))
        painter.setPen(qcolor(self._look.theme.ink))
        text = (
            QCoreApplication.translate("ComparisonChart", "{name}: average {value}").format(
                name=name, value=_signed(avg)
            )
            if avg is not None
            else QCoreApplication.translate("ComparisonChart", "{name}: not assessed").format(
                name=name
            )
        )
        size = 17 * k
        draw_text(painter, x + 58 * k, y + size * 0.36, text, size, True)
        return x + 58 * k + text_width(text, size, True)

    def _curve(
        self, painter: QPainter, points: Sequence[tuple[float, int | None]], dashed: bool
    ) -> None:
        runs: list[list[QPointF]] = [[]]
        for x, emotion in points:
            if emotion is None:
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append(QPointF(x, self.y_of(emotion)))
        color = qcolor(TODAY_COLOR if dashed else FUTURE_COLOR)
        for run in runs:
            if not run:
                continue
            painter.setPen(self._pen(dashed))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(smooth_path(run, self.y_of(2), self.y_of(-2)))
            painter.setPen(QPen(color, 3))
            painter.setBrush(qcolor(self._look.theme.paper) if dashed else color)
            for p in run:
                painter.drawEllipse(p, 6.5, 6.5)


def smooth_path(
    points: Sequence[QPointF], low: float = float("-inf"), high: float = float("inf")
) -> QPainterPath:
    """Catmull–Rom through the points, as cubic Béziers, control points kept in [low, high]
    (so the curve never swings past the scale's ends)."""

    def clamp(p: QPointF) -> QPointF:
        return QPointF(p.x(), min(max(p.y(), low), high))

    path = QPainterPath(points[0])
    n = len(points)
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[i + 1]
        path.cubicTo(clamp(p1 + (p2 - p0) / 6), clamp(p2 - (p3 - p1) / 6), p2)
    return path


def _elide(text: str, width: float, size: float) -> str:
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"

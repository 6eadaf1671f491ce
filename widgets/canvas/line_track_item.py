"""A line (a row of the map): its label at the left, a faint track across the whole row, and
the strong coloured track joining its stations in order, like a subway line."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.layout import LineRow, Track
from widgets.canvas.painting import ROUND_CAP, draw_block, hairline
from widgets.canvas.theme import Look, qcolor

LABEL_DOT_X = 13.0
SOLID = Qt.PenStyle.SolidLine


MARKER_PAD = 40.0  # around a changed stretch of track: the markers and the track's ends


def _changed_span(old: tuple[float, ...], new: tuple[float, ...]) -> tuple[float, float] | None:
    """The x range over which two rows of station places differ (None: they do not)."""
    if old == new:
        return None
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old) - 1, len(new) - 1
    while end_old >= start and end_new >= start and old[end_old] == new[end_new]:
        end_old, end_new = end_old - 1, end_new - 1
    xs = [*old[max(0, start - 1) : end_old + 2], *new[max(0, start - 1) : end_new + 2]]
    return (min(xs), max(xs)) if xs else None


class LineTrackItem(QGraphicsItem):
    KIND = "line"

    def __init__(self, row: LineRow, track: Track, look: Look) -> None:
        super().__init__()
        self.item_id = row.id
        self._look = look
        self.row = row
        self.track = track
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # A row is as wide as the map: paint only the exposed stretch of its tracks.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(1)

    def set_row(self, row: LineRow, track: Track) -> None:
        if row == self.row and track == self.track:
            return
        if row == self.row and track.y == self.track.y and track.x1 == self.track.x1:
            # Only stations along the track moved: repaint the stretch between the first and
            # the last place that differs (a move in one phase leaves the rest of the row be).
            span = _changed_span(self.track.stations, track.stations)
            self.track = track
            if span is not None:
                r = row.rect
                self.update(
                    QRectF(
                        span[0] - MARKER_PAD, r.y - 1, span[1] - span[0] + 2 * MARKER_PAD, r.h + 2
                    )
                )
            return
        self.prepareGeometryChange()
        self.row = row
        self.track = track
        self.update()

    def label_rect(self) -> QRectF:
        """The handle of the row: its label column (drag, rename, context menu)."""
        r = self.row.rect
        return QRectF(r.x, r.y, self.track.x0, r.h)

    def boundingRect(self) -> QRectF:
        r = self.row.rect
        return QRectF(r.x, r.y - 1, r.w, r.h + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        row, track = self.row, self.track
        theme = self._look.theme
        color = qcolor(row.color)
        r = row.rect
        if self.isSelected():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(theme.accent, 22))
            painter.drawRect(QRectF(r.x, r.y, r.w, r.h))
            painter.setBrush(qcolor(theme.accent))
            painter.drawRect(QRectF(r.x, r.y, 5, r.h))
        exposed: QRectF = option.exposedRect
        left, right = exposed.left() - 20, exposed.right() + 20
        if row.index > 0:
            painter.setPen(hairline(theme.rule))
            painter.drawLine(QPointF(max(r.x, left), r.y), QPointF(min(r.right, right), r.y))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = theme.track_width
        x0, x1 = max(track.x0 + 10, left), min(track.x1 - 10, right)
        if x0 < x1:
            faint = theme.faint_track_width or width
            painter.setPen(
                QPen(qcolor(row.color, theme.faint_track_alpha), faint, SOLID, ROUND_CAP)
            )
            painter.drawLine(QPointF(x0, track.y), QPointF(x1, track.y))
        if track.stations:
            x0, x1 = max(track.stations[0], left), min(track.stations[-1], right)
            if x0 < x1:
                painter.setPen(QPen(color, width, SOLID, ROUND_CAP))
                painter.drawLine(QPointF(x0, track.y), QPointF(x1, track.y))
        if left > track.x0:
            return
        # The label: a roundel in the line's colour, then the name.
        painter.setPen(QPen(qcolor(theme.paper), 2))
        painter.setBrush(color)
        painter.drawEllipse(QPointF(LABEL_DOT_X, track.y), 7, 7)
        painter.setPen(self._look.text_color(row.label.color))
        draw_block(painter, row.label)

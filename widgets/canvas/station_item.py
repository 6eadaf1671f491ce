"""A station on the map: its marker, title, owner, needs, and the marks around the marker.

The item holds the station's id and its current layout box and paints the box; it keeps no
model state. Its position is the marker's centre, so a drag only moves the item. The marks are
described once, in ``exporters.marks`` (the poster draws them from there too), and drawn here
through the QPainter backend of the mark painter (``widgets/canvas/qt_painter.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from exporters.marks import emotion_fill, paint_station
from models.layout import NEED_GAP, StationBox
from widgets.canvas.qt_painter import QtPainter
from widgets.canvas.theme import Look, qcolor

GREEK_BELOW = 0.34  # zoom under which text becomes grey bars (unreadable anyway)
DOT_BELOW = 0.16  # zoom under which a station is just its marker
SELECTION_PAD = 8.0  # the selection's frame, around what the station shows


class StationItem(QGraphicsItem):
    KIND = "station"

    def __init__(self, box: StationBox, look: Look) -> None:
        super().__init__()
        self.item_id = box.id
        self._look = look
        self.box = box
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(10)
        self._apply(box)

    # -- layout -----------------------------------------------------------------------------
    def set_box(self, box: StationBox) -> None:
        """Follow a new layout box (only when it changed: a relayout compares boxes)."""
        if box == self.box and self.pos() == QPointF(*box.center):
            return
        self.prepareGeometryChange()
        self.box = box
        self._apply(box)
        self.update()

    def move_to(self, box: StationBox) -> None:
        """Follow a box that only moved (the same station, stepped aside in its lane): the
        item keeps its shape and its cached pixels and just goes to the new place."""
        self.box = box
        self.setPos(*box.center)

    def home(self) -> QPointF:
        """Where the layout puts the item (drags move it away and back)."""
        return QPointF(*self.box.center)

    def _apply(self, box: StationBox) -> None:
        cx, cy = box.center
        self.setPos(cx, cy)
        r = box.radius
        bottom = self._content_bottom() - cy
        # The slot, around the marker (a room layout puts the marker left of its notes).
        left = min(-box.slot.w / 2, box.slot.x - cx)
        right = max(box.slot.w / 2, box.slot.right - cx)
        bounds = QRectF(left, -r - 16, right - left, bottom + r + 16 + 12)
        # The selection's frame goes around the content (a wide title or a room's notes).
        content = self._content_rect().translated(-cx, -cy)
        self._bounds = bounds.united(content.adjusted(-SELECTION_PAD, 0, SELECTION_PAD, 12))
        self._shape = None  # built when first asked for (hit tests), not for every item

    def _content_bottom(self) -> float:
        return self._content_rect().bottom()

    def _content_rect(self) -> QRectF:
        """What the station shows, in map coordinates: its marker, title, owner, notes, the
        line under them ("+N more") and its quote and figures."""
        box = self.box
        cx, cy = box.center
        r = box.radius
        rect = QRectF(cx - r, cy - r, 2 * r, 2 * r)
        blocks = [box.title, *(b for b in (box.owner,) if b is not None), *box.extras]
        for part in (*(b.rect for b in blocks), *(n.rect for n in (*box.needs, *box.pains))):
            rect = rect.united(QRectF(part.x, part.y, part.w, part.h))
        notes = (*box.needs, *box.pains)
        if notes and box.more_needs:
            rect.setBottom(rect.bottom() + NEED_GAP + notes[-1].text.size * 1.25)
        return rect

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The marker and the text below it (a click between two stations hits neither)."""
        if self._shape is None:
            box = self.box
            r = box.radius
            bottom = self._bounds.bottom() - 12
            cx, cy = box.center
            content = self._content_rect().translated(-cx, -cy)
            shape = QPainterPath()
            shape.setFillRule(Qt.FillRule.WindingFill)
            shape.addEllipse(QPointF(0, 0), r + 8, r + 8)
            shape.addRect(QRectF(content.left(), r, content.width(), bottom - r + 4))
            self._shape = shape
        return self._shape

    def marker_rect(self) -> QRectF:
        """The marker, in scene coordinates (where it is drawn now)."""
        r = self.box.radius
        return QRectF(self.pos().x() - r, self.pos().y() - r, 2 * r, 2 * r)

    # -- painting -----------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """The station's marks, drawn by ``exporters.marks`` as on the poster; the canvas adds
        only what is its own: the selection, and a plain dot when zoomed far out."""
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if lod < DOT_BELOW:
            self._paint_dot(painter)
            return
        cx, cy = self.box.center
        painter.translate(-cx, -cy)  # draw in map coordinates, as the layout gives them
        if self.isSelected():
            self._paint_selection(painter)
        marks = QtPainter(painter)
        readable = lod >= GREEK_BELOW
        texts = marks if readable else QtPainter(painter, greek=True)
        paint_station(marks, self.box, self._look.theme, details=readable, texts=texts)

    def _paint_dot(self, painter: QPainter) -> None:
        box = self.box
        r = box.radius
        painter.setPen(QPen(qcolor(box.color), self._look.theme.ring_width * 1.6))
        painter.setBrush(qcolor(emotion_fill(box.emotion)))
        painter.drawEllipse(QPointF(0, 0), r, r)
        if self.isSelected():
            painter.setPen(QPen(qcolor(self._look.theme.accent), 10))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 14, r + 14)

    def selection_rect(self) -> QRectF:
        """The selection's frame (map coordinates): at least the map's slot (164 wide), and
        always around everything the station shows (a room layout's wide title and notes)."""
        box = self.box
        cx, cy = box.center
        content = self._content_rect()
        left = min(cx - 82, content.left() - SELECTION_PAD)
        right = max(cx + 82, content.right() + SELECTION_PAD)
        top = cy - box.radius - 12
        return QRectF(left, top, right - left, content.bottom() + 8 - top)

    def _paint_selection(self, painter: QPainter) -> None:
        accent = self._look.theme.accent
        rect = self.selection_rect()
        painter.setPen(QPen(qcolor(accent), 2.5))
        painter.setBrush(qcolor(accent, 26))
        painter.drawRoundedRect(rect, 10, 10)

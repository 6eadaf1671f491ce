"""A station on the map: its marker, title, owner, needs, and the marks around the marker.

The item holds the station's id and its current layout box and paints the box; it keeps no
model state. Its position is the marker's centre, so a drag only moves the item.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models import style
from models.layout import NEED_GAP, StationBox, TextBlock
from widgets.canvas.painting import (
    ROUND_CAP,
    ROUND_JOIN,
    draw_block,
    draw_centered,
    eyes_path,
    mouth_path,
    star_path,
    text_width,
    triangle_path,
)
from widgets.canvas.theme import Look, ink_on, qcolor

NO_PEN = Qt.PenStyle.NoPen
GREEK_BELOW = 0.34  # zoom under which text becomes grey bars (unreadable anyway)
DOT_BELOW = 0.16  # zoom under which a station is just its marker


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
        half = box.slot.w / 2
        self._bounds = QRectF(-half, -r - 16, 2 * half, bottom + r + 16 + 12)
        self._shape = None  # built when first asked for (hit tests), not for every item

    def _content_bottom(self) -> float:
        box = self.box
        bottom = box.title.rect.bottom
        if box.owner is not None:
            bottom = box.owner.rect.bottom
        if box.needs:
            bottom = box.needs[-1].rect.bottom
            if box.more_needs:
                bottom += NEED_GAP + box.needs[-1].text.size * 1.25
        return bottom

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The marker and the text below it (a click between two stations hits neither)."""
        if self._shape is None:
            box = self.box
            r = box.radius
            bottom = self._bounds.bottom() - 12
            text_half = max(box.title.rect.w, *(c.rect.w for c in box.needs), 0) / 2
            shape = QPainterPath()
            shape.setFillRule(Qt.FillRule.WindingFill)
            shape.addEllipse(QPointF(0, 0), r + 8, r + 8)
            shape.addRect(QRectF(-text_half, r, 2 * text_half, bottom - r + 4))
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
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        box = self.box
        theme = self._look.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if lod < DOT_BELOW:
            self._paint_dot(painter)
            return
        cx, cy = box.center
        painter.translate(-cx, -cy)  # draw in map coordinates, as the layout gives them
        if self.isSelected():
            self._paint_selection(painter)
        self._paint_marker(painter, lod)
        if lod >= GREEK_BELOW:
            if box.pain_count:
                self._paint_pain(painter)
            if box.owner_initials and box.owner is not None:  # owners shown
                self._paint_badge(painter)
        painter.setPen(qcolor(theme.ink))
        texts: list[TextBlock] = [box.title]
        if box.owner is not None:
            texts.append(box.owner)
        for block in texts:
            self._paint_text(painter, block, lod)
        self._paint_needs(painter, lod)

    def _paint_dot(self, painter: QPainter) -> None:
        box = self.box
        r = box.radius
        fill = style.EMOTION_COLORS[box.emotion] if box.emotion is not None else style.NOT_ASSESSED
        painter.setPen(QPen(qcolor(box.color), self._look.theme.ring_width * 1.6))
        painter.setBrush(qcolor(fill))
        painter.drawEllipse(QPointF(0, 0), r, r)
        if self.isSelected():
            painter.setPen(QPen(qcolor(self._look.theme.accent), 10))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 14, r + 14)

    def _paint_selection(self, painter: QPainter) -> None:
        box = self.box
        cx, cy = box.center
        accent = self._look.theme.accent
        top = cy - box.radius - 12
        rect = QRectF(cx - 82, top, 164, self._content_bottom() + 8 - top)
        painter.setPen(QPen(qcolor(accent), 2.5))
        painter.setBrush(qcolor(accent, 26))
        painter.drawRoundedRect(rect, 10, 10)

    def _paint_marker(self, painter: QPainter, lod: float) -> None:
        box = self.box
        theme = self._look.theme
        cx, cy = box.center
        r = box.radius
        center = QPointF(cx, cy)
        if box.moment_of_truth:
            painter.setPen(QPen(qcolor(style.MOMENT_OF_TRUTH), 3.0))
            painter.setBrush(qcolor("#FFF4D6"))
            painter.drawEllipse(center, r + 6.5, r + 6.5)
        else:  # a white halo parts the marker from the track running through it
            painter.setPen(NO_PEN)
            painter.setBrush(qcolor(theme.paper))
            painter.drawEllipse(center, r + 2, r + 2)
        fill = style.EMOTION_COLORS[box.emotion] if box.emotion is not None else style.NOT_ASSESSED
        painter.setPen(QPen(qcolor(box.color), theme.ring_width))
        painter.setBrush(qcolor(fill))
        painter.drawEllipse(center, r - theme.ring_width / 2, r - theme.ring_width / 2)
        face_r = r - theme.ring_width
        if box.emotion is not None:
            ink = qcolor(ink_on(fill))
            painter.save()
            painter.translate(center)
            painter.setPen(NO_PEN)
            painter.setBrush(ink)
            painter.drawPath(eyes_path(face_r))
            pen = QPen(ink, max(1.6, face_r * 0.13), Qt.PenStyle.SolidLine, ROUND_CAP, ROUND_JOIN)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(mouth_path(face_r, box.emotion))
            painter.restore()
        else:
            painter.setPen(qcolor(theme.muted))
            draw_centered(painter, cx, cy + 6.5, "?", 18, bold=True)
        if box.moment_of_truth:  # a gold star badge, bottom right, mirroring the owner's
            star = QPointF(cx + r * 0.95, cy + r * 0.95)
            painter.setPen(QPen(qcolor("#FFFFFF"), 1.5))
            painter.setBrush(qcolor(style.MOMENT_OF_TRUTH))
            painter.drawEllipse(star, 10.5, 10.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor("#FFFFFF"))
            painter.drawPath(star_path(star.x(), star.y() + 0.6, 7.0))

    def _paint_pain(self, painter: QPainter) -> None:
        box = self.box
        px, py = box.pain_center
        painter.setPen(QPen(qcolor("#FFFFFF"), 1.5, Qt.PenStyle.SolidLine, ROUND_CAP, ROUND_JOIN))
        painter.setBrush(qcolor(style.PAIN))
        painter.drawPath(triangle_path(px, py, 20))
        painter.setPen(qcolor("#FFFFFF"))
        label = str(box.pain_count) if box.pain_count < 10 else "9+"
        draw_centered(painter, px, py + 4.2, label, 9.5, bold=True)

    def _paint_badge(self, painter: QPainter) -> None:
        box = self.box
        bx, by = box.badge_center
        painter.setPen(QPen(qcolor("#FFFFFF"), 1.5))
        painter.setBrush(qcolor(style.OWNER_BADGE))
        painter.drawEllipse(QPointF(bx, by), 10.5, 10.5)
        painter.setPen(qcolor("#FFFFFF"))
        draw_centered(painter, bx, by + 3.4, box.owner_initials or "", style.BADGE_SIZE, True)

    def _paint_text(self, painter: QPainter, block: TextBlock, lod: float) -> None:
        if lod >= GREEK_BELOW:
            painter.setPen(self._look.text_color(block.color))
            draw_block(painter, block)
            return
        # Far out, text is unreadable: grey bars keep the map's texture, at a fraction of
        # the cost.
        painter.setPen(NO_PEN)
        painter.setBrush(QBrush(self._look.text_color(block.color).lighter(150)))
        for line, baseline in zip(block.lines, block.baselines(), strict=True):
            w = text_width(line, block.size, block.bold)
            x = block.rect.x + (block.rect.w - w) / 2 if block.align == "center" else block.rect.x
            painter.drawRect(QRectF(x, baseline - block.size * 0.7, w, block.size * 0.62))

    def _paint_needs(self, painter: QPainter, lod: float) -> None:
        box = self.box
        if not box.needs:
            return
        painter.setPen(QPen(qcolor(style.NEED_CARD_EDGE), 1.0))
        painter.setBrush(qcolor(style.NEED_CARD))
        for card in box.needs:
            r = card.rect
            painter.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), 4, 4)
        for card in box.needs:
            self._paint_text(painter, card.text, lod)
        if box.more_needs and lod >= GREEK_BELOW:
            last = box.needs[-1]
            painter.setPen(qcolor(self._look.theme.muted))
            size = last.text.size
            draw_centered(
                painter,
                box.center[0],
                last.rect.bottom + NEED_GAP + size * 0.95,
                f"+{box.more_needs} more",
                size,
            )

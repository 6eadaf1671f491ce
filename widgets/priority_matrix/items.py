"""What the effort/value matrix is drawn with: the background and the cards on it.

Items only paint what they are given; the matrix widget places them and its view handles the
gestures (the items accept no mouse buttons). Text is drawn in the bundled font
(``widgets.canvas.painting``) and shortened with ``models.text_metrics`` so that it always
fits its card.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.translations import QT_TRANSLATE_NOOP, translate
from models import style
from models.journey_ops import ActionRecord
from models.priority import Priority, priority
from models.text_metrics import ELLIPSIS, wrap
from widgets.action_editors import EFFORT_LABELS, VALUE_LABELS, rating_word
from widgets.canvas.painting import draw_text, text_width
from widgets.panel_kit import PRIORITY_STRONG, PRIORITY_TINT, priority_name, status_label
from widgets.priority_matrix.geometry import (
    LEADING,
    PAD,
    UNRATED,
    Key,
    Typeface,
    cell_rect,
    extent,
    key_of,
    tray_rect,
)

ACCENT: Final = "#1D4ED8"
INK: Final = style.MATRIX_INK  # the colours and their contrast: models/style.py
MUTED: Final = style.MATRIX_MUTED
# Each quadrant's band names its actions (translated where painted).
QUADRANTS: Final = {
    Priority.QUICK_WIN: QT_TRANSLATE_NOOP("PriorityMatrix", "Quick wins"),
    Priority.BIG_BET: QT_TRANSLATE_NOOP("PriorityMatrix", "Big bets"),
    Priority.FILL_IN: QT_TRANSLATE_NOOP("PriorityMatrix", "Fill-ins"),
    Priority.TIME_SINK: QT_TRANSLATE_NOOP("PriorityMatrix", "Time sinks"),
}


def value_lines(value: int, t: Typeface) -> list[str]:
    """A value's word on the value axis: one line, or two where it is wider than the axis."""
    word = rating_word(VALUE_LABELS, value)
    if text_width(word, t.label) > t.axis_w - 16 and " " in word:
        return word.split(" ", 1)
    return [word]


def with_value_room(t: Typeface) -> Typeface:
    """``t`` with a value axis wide enough for its widest word at the labels' size (a single
    long word, Finnish "kohtalainen", is never drawn smaller: it is read from the back of the
    room)."""
    widest = max(text_width(line, t.label) for v in range(1, 6) for line in value_lines(v, t))
    return replace(t, axis_w=widest + 16) if widest + 16 > t.axis_w else t


class MatrixBackground(QGraphicsItem):
    """The grid, its tints, the quadrant bands with counts, the axes and the tray."""

    def __init__(self, typeface: Typeface) -> None:
        super().__init__()
        self.typeface = typeface
        self.counts: dict[Priority, int] = {p: 0 for p in Priority}
        self.cell_counts: dict[Key, int] = {}
        self.setZValue(-10)

    def boundingRect(self) -> QRectF:
        return extent(self.typeface)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        t = self.typeface
        gx, gy, gw, gh = t.axis_w, t.band_h, t.grid_w, t.grid_h  # the grid
        cw, ch, bh = t.cell_w, t.cell_h, t.band_h  # a cell, a quadrant band
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.boundingRect(), QColor("#FFFFFF"))
        for effort in range(1, 6):
            for value in range(1, 6):
                rect = cell_rect((effort, value), t)
                painter.fillRect(rect, QColor(PRIORITY_TINT[priority(effort, value)]))
        painter.setPen(QPen(QColor("#FFFFFF"), 2))
        for i in range(6):
            x = gx + i * cw
            y = gy + i * ch
            painter.drawLine(QPointF(x, gy), QPointF(x, gy + gh))
            painter.drawLine(QPointF(gx, y), QPointF(gx + gw, y))
        # The quadrant borders: effort 2 | 3 and value 3 | 4.
        painter.setPen(QPen(QColor(INK), 3))
        split_x = gx + 2 * cw
        split_y = gy + 2 * ch
        painter.drawLine(QPointF(split_x, gy - bh), QPointF(split_x, gy + gh + bh))
        painter.drawLine(QPointF(gx, split_y), QPointF(gx + gw, split_y))
        # Bands: quick wins and big bets above, fill-ins and time sinks below.
        below = gy + gh
        for p, rect in (
            (Priority.QUICK_WIN, QRectF(gx, 0, 2 * cw, bh)),
            (Priority.BIG_BET, QRectF(split_x, 0, 3 * cw, bh)),
            (Priority.FILL_IN, QRectF(gx, below, 2 * cw, bh)),
            (Priority.TIME_SINK, QRectF(split_x, below, 3 * cw, bh)),
        ):
            painter.fillRect(rect.adjusted(1, 0, -1, 0), QColor(PRIORITY_STRONG[p]))
            painter.setPen(QColor("#FFFFFF"))
            name = translate("PriorityMatrix", QUADRANTS[p])
            label = f"{name}  ·  {self.counts.get(p, 0)}"
            width = text_width(label, t.band, True)
            draw_text(
                painter,
                rect.x() + (rect.width() - width) / 2,
                rect.y() + rect.height() / 2 + t.band * 0.36,
                label,
                t.band,
                True,
            )
        # Cell counts.
        for key, count in self.cell_counts.items():
            if key is None or count < 2:
                continue
            rect = cell_rect(key, t)
            badge = f"{count}"
            w = max(26.0, text_width(badge, t.label, True) + 14)
            chip = QRectF(rect.right() - w - PAD, rect.y() + 5, w, 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PRIORITY_STRONG[priority(*key)]))
            painter.drawRoundedRect(chip, 11, 11)
            painter.setPen(QColor("#FFFFFF"))
            draw_text(
                painter,
                chip.x() + (w - text_width(badge, t.label, True)) / 2,
                chip.center().y() + t.label * 0.36,
                badge,
                t.label,
                True,
            )
        # Value axis (left) and effort axis (under the lower band).
        painter.setPen(QColor(INK))
        value_caption = translate("PriorityMatrix", "Value →")
        # Each value's word at the label size, right-aligned before the grid; a long one on two
        # lines. The upright caption (x ≈ 14-34) goes where no word is too wide to stand beside
        # it, so that every word keeps its size (read from the back of the room).
        full_room, beside_caption = gx - 16, gx - 12 - 36
        blocks = {
            value: (value_lines(value, t), cell_rect((1, value), t).center().y() + t.label * 1.3)
            for value in range(1, 6)
        }
        half = text_width(value_caption, t.band, True) / 2 + 8
        too_wide = [
            (y - t.label, y + (len(lines) - 1) * t.label * 1.15 + t.label * 0.3)
            for lines, y in blocks.values()
            if max(text_width(line, t.label) for line in lines) > beside_caption
        ]
        preferred = gy + 2.5 * gh / 5 + (gh / 5 + 13) / 2  # between the rows of values 3 and 2
        free = [
            y
            for y in range(int(gy + half), int(gy + gh - half) + 1, 2)
            if all(y + half < top or y - half > bottom for top, bottom in too_wide)
        ]
        centre = min(free, key=lambda y: abs(y - preferred)) if free else preferred
        for value, (lines, y) in blocks.items():
            rect = cell_rect((1, value), t)
            number = str(value)
            draw_text(
                painter,
                gx - 16 - text_width(number, 22, True),
                rect.center().y(),
                number,
                22,
                True,
            )
            painter.setPen(QColor(MUTED))
            # Only where no place was free of it: a little smaller beside the caption.
            near = abs(y - centre) < half
            room = beside_caption if near else full_room
            widest = max(text_width(line, t.label) for line in lines)
            size = t.label * min(1.0, room / max(widest, 1.0))
            for k, line in enumerate(lines):
                draw_text(
                    painter, gx - 12 - text_width(line, size), y + k * size * 1.15, line, size
                )
            painter.setPen(QColor(INK))
        for effort in range(1, 6):
            rect = cell_rect((effort, 1), t)
            label = f"{effort} · {rating_word(EFFORT_LABELS, effort)}"
            draw_text(
                painter,
                rect.center().x() - text_width(label, t.label, True) / 2,
                below + bh + 26,
                label,
                t.label,
                True,
            )
        caption = translate("PriorityMatrix", "Effort →")
        draw_text(
            painter,
            gx + gw / 2 - text_width(caption, t.band, True) / 2,
            below + bh + 26 + t.band * 1.4,
            caption,
            t.band,
            True,
        )
        painter.save()
        # Left of the value words, where none is too wide to stand beside it (see above).
        painter.translate(min(28.0, gx - 94), centre)
        painter.rotate(-90)
        caption = value_caption
        draw_text(painter, -text_width(caption, t.band, True) / 2, 0, caption, t.band, True)
        painter.restore()
        # The tray.
        tray = tray_rect(t)
        painter.setPen(QPen(QColor("#9AA3AD"), 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(PRIORITY_TINT[Priority.UNRATED]))
        painter.drawRoundedRect(tray, 10, 10)
        painter.setPen(QColor(INK))
        count = self.cell_counts.get(UNRATED, 0)
        unrated = translate("PriorityMatrix", "Unrated  ·  {count}").format(count=count)
        # A narrow tray at the right: the heading a little smaller rather than cut
        # ("Nicht bewertet  ·  2").
        wide = text_width(unrated, t.band, True)
        size = t.band * min(1.0, (tray.width() - 24) / wide) if wide else t.band
        draw_text(painter, tray.x() + 14, tray.y() + 27, unrated, size, True)
        painter.setPen(QColor(MUTED))
        hint = translate(
            "PriorityMatrix", "Drag an idea onto the matrix to rate its effort and value"
        )
        if t.tray_w:  # a narrow tray at the right: the hint has no room (its tooltip says it)
            return
        draw_text(
            painter,
            tray.x() + 28 + text_width(unrated, t.band, True),
            tray.y() + 27,
            hint,
            t.label,
        )


DONE_R = 9.0  # the check badge of a done action


class ActionCard(QGraphicsItem):
    """One action: its title (shortened to fit; the full title in the tooltip) and details."""

    def __init__(
        self, action: ActionRecord, owner: str | None, width: float, typeface: Typeface
    ) -> None:
        super().__init__()
        self.action_id = action.id
        self.station_id = action.station_id
        self.key = key_of(action)
        self.priority = priority(action.effort, action.value)
        self.status = action.status
        self.width = width
        self.typeface = typeface
        self.selected = False
        inner = width - 24
        title = action.title  # a done action gets a check badge (paint), not a longer title
        # Two lines of title; a title too long for them at the typeface's size is set a little
        # smaller (down to its least size) before it would ever be cut.
        self.title_size = typeface.title
        self.lines = wrap(title, inner, self.title_size, 2, bold=True)
        while self.lines[-1].endswith(ELLIPSIS) and self.title_size > typeface.least_title:
            self.title_size = max(typeface.least_title, self.title_size - 1)
            self.lines = wrap(title, inner, self.title_size, 2, bold=True)
        status = status_label(action.status)
        tip = [
            action.title,
            translate("PriorityMatrix", "{priority} · effort {effort} · value {value}").format(
                priority=priority_name(self.priority),
                effort=_n(action.effort),
                value=_n(action.value),
            ),
            f"{status} · {owner}"
            if owner
            else translate("PriorityMatrix", "{status} · no owner").format(status=status),
        ]
        if action.station_id is not None:
            tip.append(translate("PriorityMatrix", "Click to show its station on the map"))
        self.setToolTip("\n".join(tip))
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles the gestures

    def boundingRect(self) -> QRectF:
        extra = DONE_R if self.status == "done" else 0.0  # the badge over the right edge
        return QRectF(-2, -2, self.width + extra + 4, self.typeface.card_h + 4)

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        t = self.typeface
        rect = QRectF(0, 0, self.width, t.card_h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        faded = self.status in ("done", "dropped")
        painter.setPen(QPen(QColor(ACCENT), 3) if self.selected else QPen(QColor("#B8C2CC"), 1))
        painter.setBrush(QColor(style.MATRIX_DONE_CARD if faded else style.MATRIX_PAPER))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PRIORITY_STRONG[self.priority]))
        painter.drawRoundedRect(QRectF(0, 0, 7, t.card_h), 3, 3)
        painter.setPen(QColor(MUTED if faded else INK))
        size = self.title_size
        step = size * LEADING
        top = (t.card_h - len(self.lines) * step) / 2
        if self.status == "done":  # a check badge astride the card's right edge
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(QColor(PRIORITY_STRONG[Priority.QUICK_WIN]))
            middle = t.card_h / 2
            painter.drawEllipse(QPointF(self.width, middle), DONE_R, DONE_R)
            painter.setPen(QColor("#FFFFFF"))
            check = DONE_R * 1.3
            draw_text(
                painter,
                self.width - text_width("✓", check, True) / 2,
                middle + check * 0.36,
                "✓",
                check,
                True,
            )
            painter.setPen(QColor(MUTED))
        for i, line in enumerate(self.lines):
            baseline = top + i * step + size * 0.95
            draw_text(painter, 14, baseline, line, size, True)
            if self.status == "dropped":
                painter.save()
                painter.setPen(QPen(QColor(MUTED), 1.5))
                y = baseline - size * 0.32
                painter.drawLine(QPointF(14, y), QPointF(14 + text_width(line, size, True), y))
                painter.restore()


class MoreChip(QGraphicsItem):
    """ "1–2 of 7 ▸": pages through a cell's cards."""

    def __init__(self, key: Key, text: str, width: float, typeface: Typeface) -> None:
        super().__init__()
        self.key = key
        self.text = text
        self.width = width
        self.typeface = typeface
        self.setToolTip(translate("MoreChip", "Show the next cards of this cell"))
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.typeface.card_h)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        t = self.typeface
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#9AA3AD"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 150))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 6, 6)
        painter.setPen(QColor(INK))
        w = text_width(self.text, t.label, True)
        draw_text(
            painter, (self.width - w) / 2, t.card_h / 2 + t.label * 0.36, self.text, t.label, True
        )


def _n(rating: int | None) -> str:
    return str(rating) if rating is not None else translate("PriorityMatrix", "not set")

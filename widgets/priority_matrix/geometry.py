"""Where things go on the effort/value matrix, in scene units: cells, the tray, card slots.

The grid has effort 1–5 left to right and value 1–5 bottom to top, with the quadrant bands
above and below it, the axes, and the Unrated tray under it (at its right in large type, made
for a wide projector screen). A cell is named by its key, (effort, value), or None for the
tray; cards stack in a cell's slots from the top. The proportions come with the typeface:
large type has wider, shorter cells, so that the matrix fills a 16:9 screen and its card
titles are drawn at least 24 px high at 1080 lines.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from PySide6.QtCore import QPointF, QRectF

from models.journey_ops import ActionRecord

Key = tuple[int, int] | None  # (effort, value), or None for the Unrated tray
UNRATED: Final[Key] = None

# Geometry, in scene units.
CELL_W: Final = 250.0
CELL_H: Final = 230.0
AXIS_W: Final = 132.0  # value labels at the left
BAND_H: Final = 44.0  # quadrant name bands above and below the grid
AXIS_H: Final = 64.0  # effort labels under the lower band
TRAY_GAP: Final = 18.0
TRAY_HEAD: Final = 40.0
TRAY_ROWS: Final = 2
PAD: Final = 6.0
CELL_HEAD: Final = 26.0  # room for the count badge at the top of a cell
GAP: Final = 6.0
GRID_X: Final = AXIS_W
GRID_Y: Final = BAND_H
GRID_W: Final = 5 * CELL_W
GRID_H: Final = 5 * CELL_H


@dataclass(frozen=True)
class Typeface:
    """Card and label sizes, and the grid's proportions: normal, or large for a projector."""

    title: float
    label: float
    band: float
    cell_w: float = CELL_W
    cell_h: float = CELL_H
    band_h: float = BAND_H
    tray_w: float = 0.0  # > 0: the tray stands at the right of the grid, this wide
    least: float = 0.0  # a long title may be set down to this size (0: never)
    axis_w: float = AXIS_W  # the value axis's labels at the left

    @property
    def least_title(self) -> float:
        return self.least or self.title

    @property
    def grid_w(self) -> float:
        return 5 * self.cell_w

    @property
    def grid_h(self) -> float:
        return 5 * self.cell_h

    @property
    def width(self) -> float:
        """The whole matrix's width, the tray's too."""
        right = self.axis_w + self.grid_w
        return right + (TRAY_GAP + self.tray_w if self.tray_w else 0.0)

    @property
    def card_h(self) -> float:
        """Two lines of title with a margin above and below."""
        return 2 * self.title * LEADING + 2 * CARD_PAD


LEADING: Final = 1.2
CARD_PAD: Final = 7.0
NORMAL_TYPE: Final = Typeface(title=15.0, label=14.0, band=19.0)
# Made for 1920x1080 at 100 %: two cards of two title lines per cell, the tray at the right.
LARGE_TYPE: Final = Typeface(
    title=24.9,
    label=19.0,
    band=25.0,
    cell_w=302.0,
    cell_h=186.0,
    band_h=38.0,
    tray_w=282.0,
    least=24.4,
    axis_w=116.0,
)


def cell_rect(key: Key, typeface: Typeface = NORMAL_TYPE) -> QRectF:
    """The grid cell of (effort, value); the tray for None."""
    t = typeface
    if key is None:
        return tray_rect(t)
    effort, value = key
    return QRectF(
        t.axis_w + (effort - 1) * t.cell_w, t.band_h + (5 - value) * t.cell_h, t.cell_w, t.cell_h
    )


def tray_rect(typeface: Typeface = NORMAL_TYPE) -> QRectF:
    t = typeface
    if t.tray_w:
        x = t.axis_w + t.grid_w + TRAY_GAP
        return QRectF(x, 0, t.tray_w, 2 * t.band_h + t.grid_h)
    top = t.band_h + t.grid_h + t.band_h + AXIS_H + TRAY_GAP
    height = TRAY_HEAD + TRAY_ROWS * (t.card_h + GAP) + PAD
    return QRectF(t.axis_w, top, t.grid_w, height)


def key_at(point: QPointF, typeface: Typeface = NORMAL_TYPE) -> Key | str:
    """The cell under a scene point, None for the tray, "outside" elsewhere."""
    t = typeface
    x, y = point.x(), point.y()
    if t.axis_w <= x < t.axis_w + t.grid_w and t.band_h <= y < t.band_h + t.grid_h:
        effort = int((x - t.axis_w) // t.cell_w) + 1
        value = 5 - int((y - t.band_h) // t.cell_h)
        return (effort, value)
    if tray_rect(t).contains(point):
        return UNRATED
    return "outside"


def key_of(action: ActionRecord) -> Key:
    if action.effort is None or action.value is None:
        return UNRATED
    return (action.effort, action.value)


def capacity(key: Key, typeface: Typeface) -> int:
    """How many cards (or chips) fit in a cell or the tray."""
    t = typeface
    if key is None:
        if t.tray_w:
            room = tray_rect(t).height() - TRAY_HEAD - PAD + GAP
            return max(1, int(room // (t.card_h + GAP)))
        return 5 * TRAY_ROWS
    return max(1, int((t.cell_h - CELL_HEAD - PAD + GAP) // (t.card_h + GAP)))


def slot(key: Key, i: int, typeface: Typeface) -> tuple[QPointF, float]:
    """Where the i-th card of a cell (or the tray) goes, and how wide it is."""
    t = typeface
    if key is None:
        tray = tray_rect(t)
        if t.tray_w:
            y = tray.y() + TRAY_HEAD + i * (t.card_h + GAP)
            return QPointF(tray.x() + PAD, y), tray.width() - 2 * PAD
        col, row = i % 5, i // 5
        x = tray.x() + col * t.cell_w + PAD
        y = tray.y() + TRAY_HEAD + row * (t.card_h + GAP)
        return QPointF(x, y), t.cell_w - 2 * PAD
    rect = cell_rect(key, t)
    return QPointF(rect.x() + PAD, rect.y() + CELL_HEAD + i * (t.card_h + GAP)), t.cell_w - 2 * PAD


def extent(typeface: Typeface) -> QRectF:
    """The whole matrix: grid, bands, axes with their captions, and the tray."""
    t = typeface
    axis_bottom = 2 * t.band_h + t.grid_h + 26 + t.band * 1.6
    return QRectF(0, 0, t.width + PAD, max(tray_rect(t).bottom(), axis_bottom) + PAD)


READABLE_TITLE: Final = 11.0  # px: the least a card's title is drawn at (a small view scrolls)
SIDE_TRAY_W: Final = 282.0  # the tray at the right of the grid, in a view wider than tall
LEAST_CELL_W: Final = 0.7 * CELL_W


def shaped(base: Typeface, width: float, height: float) -> tuple[Typeface, float]:
    """The matrix's shape and zoom for a view ``width`` x ``height`` pixels (a dock).

    The whole matrix where its card titles are still readable (at least ``READABLE_TITLE``
    pixels), otherwise the readable zoom, scrolling down; either way the cells widen to use the
    view's width (a full-width dock at the bottom is no longer a small square in its middle),
    with the tray at the right of a view wider than tall.
    """
    if width <= 0 or height <= 0:
        return base, 1.0
    tray_w = base.tray_w or (SIDE_TRAY_W if width > height * 1.2 else 0.0)
    t = replace(base, tray_w=tray_w)
    whole = extent(t)
    scale = min(width / whole.width(), height / whole.height())
    scale = max(scale, READABLE_TITLE / t.title)
    fixed = t.width - t.grid_w + PAD  # the axis and the tray beside the grid
    cell_w = max(LEAST_CELL_W, (width / scale - fixed) / 5)
    return replace(t, cell_w=cell_w), scale

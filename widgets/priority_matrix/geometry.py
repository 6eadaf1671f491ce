"""Where things go on the effort/value matrix, in scene units: cells, the tray, card slots.

The grid has effort 1–5 left to right and value 1–5 bottom to top, with the quadrant bands
above and below it, the axes, and the Unrated tray under it. A cell is named by its key,
(effort, value), or None for the tray; cards stack in a cell's slots from the top.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    """Card and label sizes: normal, or large for a projector."""

    title: float
    label: float
    band: float

    @property
    def card_h(self) -> float:
        """Two lines of title with a margin above and below."""
        return 2 * self.title * LEADING + 2 * CARD_PAD


LEADING: Final = 1.2
CARD_PAD: Final = 7.0
NORMAL_TYPE: Final = Typeface(title=15.0, label=14.0, band=19.0)
LARGE_TYPE: Final = Typeface(title=19.0, label=17.0, band=24.0)


def cell_rect(key: Key) -> QRectF:
    """The grid cell of (effort, value); the tray for None."""
    if key is None:
        return tray_rect()
    effort, value = key
    return QRectF(GRID_X + (effort - 1) * CELL_W, GRID_Y + (5 - value) * CELL_H, CELL_W, CELL_H)


def tray_rect(typeface: Typeface = NORMAL_TYPE) -> QRectF:
    top = GRID_Y + GRID_H + BAND_H + AXIS_H + TRAY_GAP
    height = TRAY_HEAD + TRAY_ROWS * (typeface.card_h + GAP) + PAD
    return QRectF(GRID_X, top, GRID_W, height)


def key_at(point: QPointF, typeface: Typeface = NORMAL_TYPE) -> Key | str:
    """The cell under a scene point, None for the tray, "outside" elsewhere."""
    x, y = point.x(), point.y()
    if GRID_X <= x < GRID_X + GRID_W and GRID_Y <= y < GRID_Y + GRID_H:
        effort = int((x - GRID_X) // CELL_W) + 1
        value = 5 - int((y - GRID_Y) // CELL_H)
        return (effort, value)
    if tray_rect(typeface).contains(point):
        return UNRATED
    return "outside"


def key_of(action: ActionRecord) -> Key:
    if action.effort is None or action.value is None:
        return UNRATED
    return (action.effort, action.value)


def capacity(key: Key, typeface: Typeface) -> int:
    """How many cards (or chips) fit in a cell or the tray."""
    if key is None:
        return 5 * TRAY_ROWS
    return max(1, int((CELL_H - CELL_HEAD - PAD + GAP) // (typeface.card_h + GAP)))


def slot(key: Key, i: int, typeface: Typeface) -> tuple[QPointF, float]:
    """Where the i-th card of a cell (or the tray) goes, and how wide it is."""
    t = typeface
    if key is None:
        tray = tray_rect(t)
        col, row = i % 5, i // 5
        x = tray.x() + col * CELL_W + PAD
        y = tray.y() + TRAY_HEAD + row * (t.card_h + GAP)
        return QPointF(x, y), CELL_W - 2 * PAD
    rect = cell_rect(key)
    return QPointF(rect.x() + PAD, rect.y() + CELL_HEAD + i * (t.card_h + GAP)), CELL_W - 2 * PAD

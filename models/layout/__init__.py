"""The geometry of a journey map, computed once for every painter.

The canvas (QPainter) and the poster (reportlab) both draw a :class:`MapLayout`: where each
phase band, line row, station marker, title, need card, badge and the emotion curve go, and
the text already wrapped to fit. Neither painter decides layout, so the poster looks like the
map the room built.

- ``geometry``: what a layout is (the frozen boxes) and its dimensions;
- ``boxes``: one station's box, a phase label, the journey title, with text measured once;
- ``curve``: the customer's path and the smooth emotion curve through it;
- ``engine``: the stages of a layout, whole (:func:`compute_layout`) or again after an edit
  (:class:`LayoutEngine`), with one set of rules;
- ``live``: one journey's layout following the document's announcements (:class:`LiveLayout`).
"""

from models.layout.curve import path_order
from models.layout.delta import LayoutDelta
from models.layout.engine import LayoutEngine, compute_layout
from models.layout.geometry import (
    CONTINUED,
    CURVE_GAP,
    CURVE_H,
    CURVE_PAD,
    HEADER_H,
    LABEL_W,
    MARKER_R,
    MIN_ROW_H,
    NEED_GAP,
    NEED_LINES,
    NEED_PAD,
    NEED_W,
    NEEDS_SHOWN,
    OWNER_SIZE,
    PHASE_PAD,
    ROW_BOTTOM,
    ROW_TOP,
    SLOT_W,
    TITLE_GAP,
    TITLE_H,
    TITLE_LEADING,
    TITLE_LINES,
    VISIBILITY_GAP,
    CurvePoint,
    EmotionCurve,
    LayoutOptions,
    LineRow,
    MapLayout,
    NeedCard,
    PhaseBand,
    Point,
    Rect,
    StationBox,
    TextBlock,
    Track,
)
from models.layout.live import LiveLayout

__all__ = [
    "CONTINUED",
    "CURVE_GAP",
    "CURVE_H",
    "CURVE_PAD",
    "HEADER_H",
    "LABEL_W",
    "MARKER_R",
    "MIN_ROW_H",
    "NEEDS_SHOWN",
    "NEED_GAP",
    "NEED_LINES",
    "NEED_PAD",
    "NEED_W",
    "OWNER_SIZE",
    "PHASE_PAD",
    "ROW_BOTTOM",
    "ROW_TOP",
    "SLOT_W",
    "TITLE_GAP",
    "TITLE_H",
    "TITLE_LEADING",
    "TITLE_LINES",
    "VISIBILITY_GAP",
    "CurvePoint",
    "EmotionCurve",
    "LayoutDelta",
    "LayoutEngine",
    "LayoutOptions",
    "LineRow",
    "LiveLayout",
    "MapLayout",
    "NeedCard",
    "PhaseBand",
    "Point",
    "Rect",
    "StationBox",
    "TextBlock",
    "Track",
    "compute_layout",
    "path_order",
]

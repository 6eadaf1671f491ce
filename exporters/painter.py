"""The map painter: draws a :class:`~models.layout.MapLayout` on any :class:`Painter`.

The geometry comes from ``models.layout`` (shared with the canvas), the colours and strokes
from the normal theme (``models.style``), on white paper; the stations are drawn by
``exporters.marks``, which the canvas draws them with too. This module adds the rest of the
map for print: the phase bands, the line rows and tracks, the line of visibility and the
emotion curve. A backend (``painter_pdf``, ``painter_svg``, ``painter_png``) implements the
primitives of :class:`~exporters.marks.Painter`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from exporters.marks import Painter, Piece, Point, draw_block, over, paint_scale_face, paint_station
from models import style
from models.i18n import gettext as _
from models.layout import EmotionCurve, LineRow, MapLayout, PhaseBand, Track
from models.style import NORMAL
from models.text_metrics import text_width

__all__ = ["paint_map"]

Tick = Callable[[int], None]

# The normal theme's strokes, for print.
TRACK_W: Final = NORMAL.track_width
FAINT_TRACK_ALPHA: Final = NORMAL.faint_track_alpha / 255  # the faint track, over the tint
RULE: Final = NORMAL.rule
CURVE_W: Final = NORMAL.curve_width
CURVE_FACE_R: Final = 8.0
LABEL_DOT_X: Final = 13.0


# --- the map ---------------------------------------------------------------------------------


def paint_map(layout: MapLayout, p: Painter, tick: Tick | None = None) -> None:
    """Draw the whole map. ``tick(n)`` is called after every few stations (progress, cancel)."""
    p.rect(0, 0, layout.width, layout.height, fill=style.PAPER)
    for block in (layout.title, layout.subtitle):
        if block is not None:
            draw_block(p, block)
    for phase in layout.phases:
        _phase(phase, p)
    for row, track in zip(layout.rows, layout.tracks, strict=True):
        _row(row, track, p)
    if layout.visibility_y is not None:
        _visibility(layout, layout.visibility_y, p)
    done = 0
    for station in layout.stations:
        paint_station(p, station)
        done += 1
        if tick is not None and done % 25 == 0:
            tick(25)
    if tick is not None and done % 25:
        tick(done % 25)
    if layout.curve is not None:
        _curve(layout, layout.curve, p)


def _phase(phase: PhaseBand, p: Painter) -> None:
    h, b = phase.header, phase.body
    p.rect(b.x, b.y, b.w, b.h, fill=phase.tint)
    p.rect(h.x, h.y, h.w, h.h, fill=phase.header_color)
    p.rect(h.right - 1, h.y, 2, b.bottom - h.y, fill=style.PAPER)  # the seam between columns
    draw_block(p, phase.label)


def _row(row: LineRow, track: Track, p: Painter) -> None:
    r = row.rect
    if row.index > 0:
        p.line(r.x, r.y, r.right, r.y, color=RULE, width=1)
    faint = over(row.color, FAINT_TRACK_ALPHA, style.PHASE_TINTS[0])
    p.line(
        track.x0 + 10, track.y, track.x1 - 10, track.y, color=faint, width=TRACK_W, round_cap=True
    )
    if track.stations:
        p.line(
            track.stations[0],
            track.y,
            track.stations[-1],
            track.y,
            color=row.color,
            width=TRACK_W,
            round_cap=True,
        )
    p.circle(LABEL_DOT_X, track.y, 7, fill=row.color, stroke=style.PAPER, width=2)
    draw_block(p, row.label)


def _visibility(layout: MapLayout, y: float, p: Painter) -> None:
    size = 0.8 * layout.rows[0].label.size if layout.rows else 12.0  # with the line names
    label = _("Line of visibility")
    end = 26 + text_width(label, size, True) + 10
    p.line(end, y, layout.width, y, color=style.VISIBILITY_LINE, width=2, dash=(10, 8))
    p.text(26, y + size * 0.36, label, size=size, bold=True, color=style.MUTED)


def _curve(layout: MapLayout, curve: EmotionCurve, p: Painter) -> None:
    r = curve.rect
    p.rect(r.x, r.y, r.w, r.h, fill=style.PAPER, stroke=RULE, width=1, radius=6)
    # The area between the curve and zero: blue above, orange below (under the guides).
    for start, pieces in curve.runs:
        if not pieces:
            continue
        pts = _flatten(start, pieces)
        for clamp, (tint, alpha) in ((min, style.CURVE_ABOVE_TINT), (max, style.CURVE_BELOW_TINT)):
            area = [(x, clamp(y, curve.zero_y)) for x, y in pts]
            area += [(pts[-1][0], curve.zero_y), (pts[0][0], curve.zero_y)]
            p.polygon(area, fill=over(tint, alpha / 255))
    for phase in layout.phases[1:]:  # phase seams, so each stretch reads against its phase
        x = phase.header.x
        p.line(x, r.y + 6, x, r.bottom - 6, color=RULE, width=1, dash=(1, 2))
    for level in range(-2, 3):
        y = curve.y_of(level)
        if level == 0:
            p.line(r.x + 4, y, r.right - 4, y, color=style.MUTED, width=1.4)
        else:
            p.line(r.x + 4, y, r.right - 4, y, color=RULE, width=1, dash=(4, 2))
        paint_scale_face(p, r.x - 16, y, CURVE_FACE_R, level)
    draw_block(p, curve.label)
    for start, pieces in curve.runs:
        if pieces:
            p.cubic(start, pieces, color=style.INK, width=CURVE_W)
    for point in curve.points:
        p.circle(
            point.x,
            point.y,
            6.5,
            fill=style.EMOTION_COLORS[point.emotion],
            stroke=style.PAPER,
            width=2,
        )


def _flatten(start: Point, pieces: Sequence[Piece], steps: int = 12) -> list[Point]:
    pts = [start]
    for c1, c2, end in pieces:
        p0 = pts[-1]
        for i in range(1, steps + 1):
            t = i / steps
            a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
            pts.append(
                (
                    a * p0[0] + b * c1[0] + c * c2[0] + d * end[0],
                    a * p0[1] + b * c1[1] + c * c2[1] + d * end[1],
                )
            )
    return pts

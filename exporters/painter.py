"""The map painter: draws a :class:`~models.layout.MapLayout` on any :class:`Painter`.

The geometry comes from ``models.layout`` (shared with the canvas); this module only decides
how each part looks, once, for every backend, and it looks like the canvas (the same marks,
strokes and faces as ``widgets/canvas`` in its normal theme, which cannot be imported here
without Qt), on white paper. A backend (``painter_pdf``, ``painter_svg``, ``painter_png``)
implements a handful of primitives in map units, y growing downwards: rectangles (optionally
rounded), circles, lines (optionally dashed), polylines, polygons, cubic paths and one line
of text; the faces, badges and stars are built from them here, so every backend draws the
same marks. Text is always drawn as text, never parsed as markup, and a backend
shrinks a line that would not fit ``max_width`` (a fallback font may be wider than the one
the layout measured with), so nothing is ever drawn outside its box.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Final, Protocol

from models import style
from models.layout import (
    NEED_GAP,
    EmotionCurve,
    LineRow,
    MapLayout,
    PhaseBand,
    StationBox,
    TextBlock,
    Track,
)
from models.text_metrics import text_width

__all__ = [
    "Painter",
    "draw_block",
    "emotion_fill",
    "face_ink",
    "mix",
    "paint_face",
    "paint_map",
    "paint_marker",
    "paint_owner_badge",
    "paint_pain_badge",
    "paint_scale_face",
]

Point = tuple[float, float]
Piece = tuple[Point, Point, Point]
Tick = Callable[[int], None]

# The canvas's normal theme (widgets/canvas/theme.py), for print.
RING_W: Final = 4.0  # the line-coloured ring of a station marker
TRACK_W: Final = 8.0
FAINT_TRACK_ALPHA: Final = 46 / 255  # the faint full-width track, over the phase tint
RULE: Final = "#DDE3EA"
BADGE_R: Final = 10.5
CURVE_W: Final = 3.0
CURVE_FACE_R: Final = 8.0
ABOVE_TINT: Final = ("#56B4E9", 40 / 255)  # the curve's area above zero
BELOW_TINT: Final = ("#E69F00", 46 / 255)
MOT_FILL: Final = "#FFF4D6"
LABEL_DOT_X: Final = 13.0
WHITE: Final = "#FFFFFF"


class Painter(Protocol):
    """Drawing primitives in map units (y down). Colours are "#RRGGBB"; None = no paint."""

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
    ) -> None: ...

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None: ...

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        *,
        color: str,
        width: float = 1.0,
        dash: tuple[float, float] | None = None,
        round_cap: bool = False,
    ) -> None: ...

    def polyline(self, points: Sequence[Point], *, color: str, width: float = 1.0) -> None: ...

    def cubic(
        self, start: Point, pieces: Sequence[Piece], *, color: str, width: float = 1.0
    ) -> None: ...

    def polygon(
        self,
        points: Sequence[Point],
        *,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None:
        """A closed shape (round joins)."""
        ...

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        bold: bool = False,
        color: str = style.INK,
        align: str = "left",
        max_width: float | None = None,
    ) -> None:
        """One line with its baseline at ``y``; ``x`` is its left, centre or right end."""
        ...


# --- colours ---------------------------------------------------------------------------------


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def mix(color: str, other: str, t: float) -> str:
    """``color`` moved a share ``t`` (0…1) of the way towards ``other``."""
    a, b = _rgb(color), _rgb(other)
    return "#{:02X}{:02X}{:02X}".format(
        *(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    )


def over(color: str, alpha: float, under: str = WHITE) -> str:
    """``color`` at opacity ``alpha`` over ``under``, as one opaque colour."""
    return mix(under, color, alpha)


def emotion_fill(emotion: int | None) -> str:
    return style.NOT_ASSESSED if emotion is None else style.EMOTION_COLORS[emotion]


def face_ink(fill: str) -> str:
    """White or ink, whichever reads better on ``fill`` (as the canvas decides)."""
    r, g, b = (c / 255 for c in _rgb(fill))
    luminance = 0.2126 * r**2.2 + 0.7152 * g**2.2 + 0.0722 * b**2.2
    return style.INK if luminance > 0.28 else WHITE


# --- marks shared by the map and the legend ----------------------------------------------------


def paint_face(
    p: Painter, cx: float, cy: float, radius: float, emotion: int, ink: str, pen: float
) -> None:
    """Two eyes and a mouth that bends with the emotion: it reads without colour."""
    eye_r = radius * 0.12
    for ex in (-radius * 0.34, radius * 0.34):
        p.circle(cx + ex, cy - radius * 0.22, eye_r, fill=ink)
    half = radius * (0.40 + 0.04 * abs(emotion))
    y = cy + radius * (0.34 if emotion >= 0 else 0.50)
    bend = radius * 0.22 * emotion  # > 0 bends down: a smile (y grows downwards)
    start, ctrl, end = (cx - half, y - bend * 0.35), (cx, y + bend), (cx + half, y - bend * 0.35)
    # The canvas's quadratic curve, as the cubic every backend draws.
    c1 = (start[0] + 2 / 3 * (ctrl[0] - start[0]), start[1] + 2 / 3 * (ctrl[1] - start[1]))
    c2 = (end[0] + 2 / 3 * (ctrl[0] - end[0]), end[1] + 2 / 3 * (ctrl[1] - end[1]))
    p.cubic(start, [(c1, c2, end)], color=ink, width=pen)


def paint_scale_face(p: Painter, cx: float, cy: float, r: float, emotion: int | None) -> None:
    """A face alone, as on the curve's scale and in the legend ("?" when not assessed)."""
    if emotion is None:
        p.circle(cx, cy, r - 0.35, fill=style.NOT_ASSESSED, stroke=style.MUTED, width=0.7)
        p.text(cx, cy + r * 0.36, "?", size=r * 1.1, bold=True, color=style.MUTED, align="center")
        return
    fill = style.EMOTION_COLORS[emotion]
    p.circle(cx, cy, r, fill=fill)
    paint_face(p, cx, cy, r, emotion, face_ink(fill), r * 0.16)


def _star(cx: float, cy: float, outer: float, inner_ratio: float = 0.45) -> list[Point]:
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else outer * inner_ratio
        a = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return points


def paint_marker(
    p: Painter,
    cx: float,
    cy: float,
    r: float,
    emotion: int | None,
    ring: str,
    *,
    moment_of_truth: bool = False,
    halo: str = WHITE,
) -> None:
    """A station marker as on the canvas: the line's ring, the emotion's colour and face
    ("?" when not assessed), a white halo; a gold ring and star for a moment of truth."""
    k = r / 18.0  # everything scales with the marker (the legend draws it small)
    if moment_of_truth:
        p.circle(cx, cy, r + 6.5 * k, fill=MOT_FILL, stroke=style.MOMENT_OF_TRUTH, width=3.0 * k)
    else:  # a white halo parts the marker from the track running through it
        p.circle(cx, cy, r + 2 * k, fill=halo)
    fill = emotion_fill(emotion)
    ring_w = RING_W * k
    p.circle(cx, cy, r - ring_w / 2, fill=fill, stroke=ring, width=ring_w)
    face_r = r - ring_w
    if emotion is not None:
        paint_face(p, cx, cy, face_r, emotion, face_ink(fill), max(1.6 * k, face_r * 0.13))
    else:
        p.text(cx, cy + 6.5 * k, "?", size=18 * k, bold=True, color=style.MUTED, align="center")
    if moment_of_truth:  # a gold star badge, bottom right, mirroring the owner's
        sx, sy = cx + r * 0.95, cy + r * 0.95
        p.circle(sx, sy, BADGE_R * k, fill=style.MOMENT_OF_TRUTH, stroke=WHITE, width=1.5 * k)
        p.polygon(_star(sx, sy + 0.6 * k, 7.0 * k), fill=WHITE)


def paint_pain_badge(p: Painter, cx: float, cy: float, count: int, size: float = 20.0) -> None:
    """A warning triangle with the number of pain points (9+ from ten)."""
    h = size * 0.9
    tri = [(cx, cy - h * 0.58), (cx + size / 2, cy + h * 0.42), (cx - size / 2, cy + h * 0.42)]
    p.polygon(tri, fill=style.PAIN, stroke=WHITE, width=1.5 * size / 20)
    label = str(count) if count < 10 else "9+"
    k = size / 20
    p.text(
        cx,
        cy + 4.2 * k,
        label,
        size=9.5 * k,
        bold=True,
        color=WHITE,
        align="center",
        max_width=size * 0.7,
    )


def paint_owner_badge(p: Painter, cx: float, cy: float, initials: str, r: float = BADGE_R) -> None:
    k = r / BADGE_R
    p.circle(cx, cy, r, fill=style.OWNER_BADGE, stroke=WHITE, width=1.5 * k)
    p.text(
        cx,
        cy + 3.4 * k,
        initials,
        size=style.BADGE_SIZE * k,
        bold=True,
        color=WHITE,
        align="center",
        max_width=r * 1.8,
    )


# --- the map ---------------------------------------------------------------------------------


def draw_block(p: Painter, block: TextBlock) -> None:
    """The pre-wrapped lines of a text block, each kept inside the block's width."""
    if block.align == "center":
        x, align = block.rect.x + block.rect.w / 2, "center"
    else:
        x, align = block.rect.x, "left"
    for line, y in zip(block.lines, block.baselines(), strict=False):
        p.text(
            x,
            y,
            line,
            size=block.size,
            bold=block.bold,
            color=block.color,
            align=align,
            max_width=block.rect.w,
        )


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
        _station(station, p)
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
    size = 12.0
    label = "Line of visibility"
    end = 26 + text_width(label, size, True) + 10
    p.line(end, y, layout.width, y, color=style.VISIBILITY_LINE, width=2, dash=(10, 8))
    p.text(26, y + size * 0.36, label, size=size, bold=True, color=style.MUTED)


def _station(s: StationBox, p: Painter) -> None:
    cx, cy = s.center
    paint_marker(p, cx, cy, s.radius, s.emotion, s.color, moment_of_truth=s.moment_of_truth)
    if s.pain_count:
        paint_pain_badge(p, *s.pain_center, s.pain_count)
    if s.owner_initials and s.owner is not None:  # only where owners are shown
        paint_owner_badge(p, *s.badge_center, s.owner_initials)
    draw_block(p, s.title)
    if s.owner is not None:
        draw_block(p, s.owner)
    for card in s.needs:
        r = card.rect
        p.rect(
            r.x, r.y, r.w, r.h, fill=style.NEED_CARD, stroke=style.NEED_CARD_EDGE, width=1, radius=4
        )
        draw_block(p, card.text)
    if s.more_needs and s.needs:
        last = s.needs[-1]
        size = last.text.size
        p.text(
            cx,
            last.rect.bottom + NEED_GAP + size * 0.95,
            f"+{s.more_needs} more",
            size=size,
            color=style.MUTED,
            align="center",
            max_width=last.rect.w,
        )


def _curve(layout: MapLayout, curve: EmotionCurve, p: Painter) -> None:
    r = curve.rect
    p.rect(r.x, r.y, r.w, r.h, fill=style.PAPER, stroke=RULE, width=1, radius=6)
    # The area between the curve and zero: blue above, orange below (under the guides).
    for start, pieces in curve.runs:
        if not pieces:
            continue
        pts = _flatten(start, pieces)
        for clamp, (tint, alpha) in ((min, ABOVE_TINT), (max, BELOW_TINT)):
            area = [(x, clamp(y, curve.zero_y)) for x, y in pts]
            area += [(pts[-1][0], curve.zero_y), (pts[0][0], curve.zero_y)]
            p.polygon(area, fill=over(tint, alpha))
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

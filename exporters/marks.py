"""The marks of a station, described once, for every painter: the canvas and the poster alike.

A station's marker (the line's ring, the emotion's colour and face, "?" when not assessed, a
white halo), the gold ring and star of a moment of truth, the pain-point triangle with its
count, the owner's badge, the title and owner texts and the need notes are each drawn here,
once, from the shared layout's geometry (``models.layout``) and the theme's colours
(``models.style``), through the :class:`Painter` protocol: a handful of primitives in map units,
y growing downwards (rectangles, circles, lines, polylines, polygons, cubic paths and one
line of text). The backends only implement the primitives:

- ``exporters/painter_pdf.py`` (reportlab: the poster and its pages),
- ``exporters/painter_svg.py`` and ``exporters/painter_png.py`` (the images),
- ``widgets/canvas/qt_painter.py`` (QPainter: the editor's canvas; Qt stays out of here).

So a change to a mark is one change, seen on the canvas and on paper. Text is always drawn as
text, never parsed as markup; a backend shrinks a line that would not fit ``max_width`` (a
fallback font may be wider than the one the layout measured with), so nothing is ever drawn
outside its box.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from models import style
from models.i18n import N_
from models.i18n import gettext as _
from models.layout import MARKER_R, NEED_GAP, StationBox, TextBlock
from models.style import NORMAL, Theme

__all__ = [
    "BADGE_R",
    "LEGEND_MARKS",
    "LegendMark",
    "Painter",
    "Piece",
    "Point",
    "draw_block",
    "emotion_fill",
    "legend_marks",
    "mix",
    "over",
    "paint_face",
    "paint_idea_badge",
    "paint_marker",
    "paint_need_note",
    "paint_owner_badge",
    "paint_pain_badge",
    "paint_scale_face",
    "paint_station",
    "star_points",
]

Point = tuple[float, float]
Piece = tuple[Point, Point, Point]  # a cubic Bézier piece: two control points and its end

BADGE_R: Final = 10.5  # the owner's badge and the moment of truth's star badge
PAIN_SIZE: Final = 20.0  # the pain-point triangle's width
NEED_RADIUS: Final = 4.0  # the corners of a need note


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
    ) -> None:
        """An open path of cubic pieces, stroked with round caps and joins."""
        ...

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


def over(color: str, alpha: float, under: str = style.WHITE) -> str:
    """``color`` at opacity ``alpha`` (0…1) over ``under``, as one opaque colour."""
    return mix(under, color, alpha)


def emotion_fill(emotion: int | None) -> str:
    return style.NOT_ASSESSED if emotion is None else style.EMOTION_COLORS[emotion]


# --- the marks ---------------------------------------------------------------------------------


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
    # A quadratic curve, as the cubic every backend draws.
    c1 = (start[0] + 2 / 3 * (ctrl[0] - start[0]), start[1] + 2 / 3 * (ctrl[1] - start[1]))
    c2 = (end[0] + 2 / 3 * (ctrl[0] - end[0]), end[1] + 2 / 3 * (ctrl[1] - end[1]))
    p.cubic(start, [(c1, c2, end)], color=ink, width=pen)


def paint_scale_face(
    p: Painter, cx: float, cy: float, r: float, emotion: int | None, theme: Theme = NORMAL
) -> None:
    """A face alone, as on the curve's scale and in the legend ("?" when not assessed)."""
    if emotion is None:
        p.circle(cx, cy, r - 0.35, fill=style.NOT_ASSESSED, stroke=theme.muted, width=0.7)
        p.text(cx, cy + r * 0.36, "?", size=r * 1.1, bold=True, color=theme.muted, align="center")
        return
    fill = style.EMOTION_COLORS[emotion]
    p.circle(cx, cy, r, fill=fill)
    paint_face(p, cx, cy, r, emotion, style.ink_on(fill), r * 0.16)


def star_points(cx: float, cy: float, outer: float, inner_ratio: float = 0.45) -> list[Point]:
    """A five-pointed star, point up."""
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
    theme: Theme = NORMAL,
) -> None:
    """A station marker: the line's ring, the emotion's colour and face ("?" when not
    assessed), a halo of paper; a gold ring and star badge for a moment of truth.

    Everything scales with ``r`` against the map's marker (the legend draws it small).
    """
    k = r / MARKER_R
    if moment_of_truth:
        p.circle(
            cx,
            cy,
            r + 6.5 * k,
            fill=style.MOMENT_OF_TRUTH_FILL,
            stroke=style.MOMENT_OF_TRUTH,
            width=3.0 * k,
        )
    else:  # a halo parts the marker from the track running through it
        p.circle(cx, cy, r + 2 * k, fill=theme.paper)
    fill = emotion_fill(emotion)
    ring_w = theme.ring_width * k
    p.circle(cx, cy, r - ring_w / 2, fill=fill, stroke=ring, width=ring_w)
    face_r = r - ring_w
    if emotion is not None:
        pen = max(1.6 * k, face_r * 0.13)
        paint_face(p, cx, cy, face_r, emotion, style.ink_on(fill), pen)
    else:
        p.text(cx, cy + 6.5 * k, "?", size=18 * k, bold=True, color=theme.muted, align="center")
    if moment_of_truth:  # a gold star badge, bottom right, mirroring the owner's
        sx, sy = cx + r * 0.95, cy + r * 0.95
        p.circle(sx, sy, BADGE_R * k, fill=style.MOMENT_OF_TRUTH, stroke=style.WHITE, width=1.5 * k)
        p.polygon(star_points(sx, sy + 0.6 * k, 7.0 * k), fill=style.WHITE)


def paint_pain_badge(
    p: Painter,
    cx: float,
    cy: float,
    count: int,
    size: float = PAIN_SIZE,
    fill: str = style.PAIN,
) -> None:
    """A warning triangle with the number of pain points (9+ from ten)."""
    h = size * 0.9
    tri = [(cx, cy - h * 0.58), (cx + size / 2, cy + h * 0.42), (cx - size / 2, cy + h * 0.42)]
    k = size / PAIN_SIZE
    p.polygon(tri, fill=fill, stroke=style.WHITE, width=1.5 * k)
    label = str(count) if count < 10 else "9+"
    p.text(
        cx,
        cy + 4.2 * k,
        label,
        size=9.5 * k,
        bold=True,
        color=style.WHITE,
        align="center",
        max_width=size * 0.7,
    )


def paint_idea_badge(
    p: Painter, cx: float, cy: float, count: int, r: float = BADGE_R, fill: str = style.IDEA_BADGE
) -> None:
    """The number of improvement ideas (actions linked to the station) in a dark green square,
    bottom right of the marker: a shape of its own beside the pain triangle and the owner's
    round badge, so it reads without its colour."""
    k = r / BADGE_R
    p.rect(cx - r, cy - r, 2 * r, 2 * r, fill=fill, stroke=style.WHITE, width=1.5 * k, radius=3 * k)
    p.text(
        cx,
        cy + 3.4 * k,
        str(count) if count < 10 else "9+",
        size=style.BADGE_SIZE * k,
        bold=True,
        color=style.WHITE,
        align="center",
        max_width=r * 1.8,
    )


def pain_bar(w: float, inset: float | None = None) -> float:
    """The width of a pain-point note's bar; with ``inset`` (where the note's text starts,
    from its left edge) it leaves a gap of at least 2 (and 40 % of the inset) before the text."""
    bar = max(3.0, w * 0.03)
    if inset is not None:
        bar = max(1.5, min(bar, inset - max(2.0, inset * 0.4)))
    return bar


def paint_pain_note(
    p: Painter,
    x: float,
    y: float,
    w: float,
    h: float,
    *,
    fill: str,
    edge: str,
    width: float,
    inset: float | None = None,
) -> None:
    """A pain point's note: its own colour, and a solid bar down its left edge, so that it
    parts from a need's note for every reader, whatever colours they see. ``inset``: where
    its text starts (the bar stays clear of it)."""
    paint_need_note(p, x, y, w, h, fill=fill, edge=edge, width=width)
    p.rect(x, y, pain_bar(w, inset), h, fill=edge, radius=min(NEED_RADIUS, h / 4))


def paint_owner_badge(p: Painter, cx: float, cy: float, initials: str, r: float = BADGE_R) -> None:
    """The owner's initials in a dark badge, top right of the marker."""
    k = r / BADGE_R
    p.circle(cx, cy, r, fill=style.OWNER_BADGE, stroke=style.WHITE, width=1.5 * k)
    p.text(
        cx,
        cy + 3.4 * k,
        initials,
        size=style.BADGE_SIZE * k,
        bold=True,
        color=style.WHITE,
        align="center",
        max_width=r * 1.8,
    )


def paint_need_note(
    p: Painter,
    x: float,
    y: float,
    w: float,
    h: float,
    *,
    width: float = 1.0,
    radius: float = NEED_RADIUS,
    fill: str = style.NEED_CARD,
    edge: str = style.NEED_CARD_EDGE,
) -> None:
    """A customer need's note, or a pain point's in its colours (the text is drawn on it
    separately)."""
    p.rect(x, y, w, h, fill=fill, stroke=edge, width=width, radius=radius)


def draw_block(p: Painter, block: TextBlock, theme: Theme = NORMAL) -> None:
    """The pre-wrapped lines of a text block, each kept inside the block's width."""
    if block.align == "center":
        x, align = block.rect.x + block.rect.w / 2, "center"
    else:
        x, align = block.rect.x, "left"
    color = theme.text(block.color)
    for line, y in zip(block.lines, block.baselines(), strict=False):
        p.text(
            x,
            y,
            line,
            size=block.size,
            bold=block.bold,
            color=color,
            align=align,
            max_width=block.rect.w,
        )


def paint_station(
    p: Painter,
    s: StationBox,
    theme: Theme = NORMAL,
    *,
    details: bool = True,
    texts: Painter | None = None,
) -> None:
    """A whole station as the layout places it: marker, badges, title, owner, need notes.

    ``details=False`` (the canvas far out, where they cannot be read) leaves out the pain and
    owner badges and the "+N more" line; ``texts`` draws the title, owner and need texts
    instead of ``p`` (the canvas far out: as grey bars), while the marks stay marks.
    """
    t = p if texts is None else texts
    cx, cy = s.center
    paint_marker(
        p, cx, cy, s.radius, s.emotion, s.color, moment_of_truth=s.moment_of_truth, theme=theme
    )
    if details:
        if s.pain_count:
            paint_pain_badge(p, *s.pain_center, s.pain_count, fill=theme.pain_badge)
        badge_r = BADGE_R * s.radius / MARKER_R  # with the marker, as its star badge
        if s.owner_initials and s.owner is not None:  # only where owners are shown
            paint_owner_badge(p, *s.badge_center, s.owner_initials, badge_r)
        if s.idea_center is not None and s.action_count:
            paint_idea_badge(p, *s.idea_center, s.action_count, badge_r)
    draw_block(t, s.title, theme)
    if s.owner is not None:
        draw_block(t, s.owner, theme)
    notes = [(card, theme.need_card, theme.need_edge) for card in s.needs]
    notes += [(card, theme.pain_card, theme.pain_edge) for card in s.pains]
    for i, (card, fill, edge) in enumerate(notes):
        r = card.rect
        pen = max(1.0, card.text.size / 12)  # with the type (a tall note is no bolder)
        if i >= len(s.needs):
            inset = card.text.rect.x - r.x
            paint_pain_note(p, r.x, r.y, r.w, r.h, fill=fill, edge=edge, width=pen, inset=inset)
        else:
            paint_need_note(p, r.x, r.y, r.w, r.h, fill=fill, edge=edge, width=pen)
    for card, _fill, _edge in notes:
        draw_block(t, card.text, theme)
    for block in s.extras:
        draw_block(t, block, theme)
    if details and s.more_needs and notes:
        last = notes[-1][0]
        size = last.text.size
        p.text(
            last.rect.x + last.rect.w / 2,  # under the last note (at cx on the map)
            last.rect.bottom + NEED_GAP + size * 0.95,
            _("+{count} more in details").format(count=s.more_needs),
            size=size,
            color=theme.muted,
            align="center",
            max_width=last.rect.w,
        )


# --- the legend: each mark the map draws, with what it means -----------------------------------


@dataclass(frozen=True)
class LegendMark:
    """A mark of the map as its legend explains it: a small sample drawn by the mark's own
    painter, what it means, and when :func:`paint_station` draws it for a station (so a legend
    never explains a mark the map does not show)."""

    label: str  # marked for the exports' catalogue: translate where it is printed
    sample: Callable[[Painter, float, float, float], None]  # (painter, centre x, centre y, r)
    drawn: Callable[[StationBox], bool]


def _note_sample(pain: bool) -> Callable[[Painter, float, float, float], None]:
    def sample(p: Painter, cx: float, cy: float, r: float) -> None:
        paint = paint_pain_note if pain else paint_need_note
        fill, edge = (
            (NORMAL.pain_card, NORMAL.pain_edge) if pain else (NORMAL.need_card, NORMAL.need_edge)
        )
        paint(p, cx - r, cy - r * 0.8, 2 * r, r * 1.6, fill=fill, edge=edge, width=0.5)

    return sample


# In the order a station's marks are drawn: its marker, its badges, then its notes.
LEGEND_MARKS: Final = (
    LegendMark(
        N_("Moment of truth"),
        lambda p, x, y, r: paint_marker(p, x, y, r, 0, style.MUTED, moment_of_truth=True),
        lambda s: s.moment_of_truth,
    ),
    LegendMark(
        N_("Pain points (how many)"),
        lambda p, x, y, r: paint_pain_badge(p, x, y - 0.5, 2, size=2.3 * r),
        lambda s: s.pain_count > 0,
    ),
    LegendMark(
        N_("Owner (initials)"),
        lambda p, x, y, r: paint_owner_badge(p, x, y, "AB", r),
        lambda s: bool(s.owner_initials) and s.owner is not None,
    ),
    LegendMark(
        N_("Improvement ideas (how many)"),
        lambda p, x, y, r: paint_idea_badge(p, x, y, 2, r),
        lambda s: s.idea_center is not None and s.action_count > 0,
    ),
    LegendMark(N_("Customer need"), _note_sample(pain=False), lambda s: bool(s.needs)),
    LegendMark(N_("Pain points"), _note_sample(pain=True), lambda s: bool(s.pains)),
)


def legend_marks(stations: Iterable[StationBox]) -> list[LegendMark]:
    """The marks drawn for any of ``stations`` (a map's), in :data:`LEGEND_MARKS`'s order."""
    boxes = list(stations)
    return [m for m in LEGEND_MARKS if any(m.drawn(s) for s in boxes)]

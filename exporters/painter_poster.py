"""The poster page: title block, the map in one or more bands, and the legend.

The chrome (title block, legend) is designed in "chrome units" on a page :data:`VW` units
wide, then scaled to the paper, so every paper size gets the same proportions. The map is
drawn once into a PDF form by the shared map painter and placed from there, scaled to fit.
A very wide map (hundreds of stations) would be a thin ribbon across the sheet, so it is cut
into up to :data:`MAX_BANDS` bands stacked down the page, each repeating the line names,
when that prints it larger. Cuts fall between phases where that is fair, else between
stations (never through one), and a phase cut in two gets its header again in the next band.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Final

from exporters.fonts import FontSet
from exporters.marks import (
    Painter,
    legend_marks,
    paint_scale_face,
)
from exporters.painter import paint_map
from exporters.painter_pdf import PdfPainter, end_form
from models import i18n, style
from models.document import JourneySnapshot
from models.i18n import gettext as _
from models.layout import (
    LABEL_W,
    SLOT_W,
    LayoutOptions,
    MapLayout,
    compute_layout,
)
from models.schema import Workshop

__all__ = [
    "LEGEND_H",
    "MAX_BANDS",
    "POSTER_PT",
    "VW",
    "Band",
    "fit_layout",
    "fit_map",
    "legend",
    "map_form",
    "map_scale",
    "paint_poster",
    "placed_bands",
    "plan_bands",
    "title_block",
]

VW: Final = 842.0
M: Final = 24.0
TOP: Final = M + 64  # below the title block
LEGEND_H: Final = 52.0
BAND_GAP: Final = 12.0
MAX_BANDS: Final = 6
MAX_POINTS_PER_UNIT: Final = 3.0  # a tiny map is not blown up past three times its size


@dataclass(frozen=True)
class Band:
    """A slice of the map's rows part, [x0, x1) in map units, shown after the label column
    (``label`` wide: the layout's, which grows with its text)."""

    x0: float
    x1: float
    label: float = LABEL_W

    @property
    def width(self) -> float:
        return self.label + self.x1 - self.x0


# --- planning --------------------------------------------------------------------------------


def _room(page: tuple[float, float]) -> tuple[float, float]:
    """Width and height (chrome units) the map may take on ``page``."""
    vh = page[1] * VW / page[0]
    return VW - 2 * M, vh - M - LEGEND_H - 10 - TOP


def _cut_points(layout: MapLayout) -> tuple[list[float], list[float]]:
    """Where a band may end: phase boundaries, and gaps between stations (never through one)."""
    phases = [p.header.x for p in layout.phases[1:]]
    busy = sorted((s.center[0] - s.slot.w / 2, s.center[0] + s.slot.w / 2) for s in layout.stations)
    gaps: list[float] = []
    end = layout.rows_rect.x
    for a, b in busy:
        if a > end:
            gaps.append((end + a) / 2)
        end = max(end, b)
    return phases, gaps


def _cuts(layout: MapLayout, n: int, phases: list[float], gaps: list[float]) -> list[Band] | None:
    """At most ``n`` bands whose widest is as narrow as the cut points allow, ending at phase
    boundaries where that costs little width."""
    options = sorted(set(phases + gaps))
    phase_set = set(phases)

    def cut(width: float, prefer_phases: bool) -> list[float] | None:
        cuts = [layout.rows_rect.x]
        while layout.width - cuts[-1] > width:
            reach = [x for x in options if cuts[-1] < x <= cuts[-1] + width]
            if not reach:
                return None
            good = [x for x in reach if x in phase_set and x >= cuts[-1] + 0.8 * width]
            cuts.append(max(good) if prefer_phases and good else max(reach))
            if len(cuts) > n:
                return None
        return [*cuts, layout.width]

    lo, hi = (layout.width - layout.rows_rect.x) / n, layout.width - layout.rows_rect.x
    if cut(hi, False) is None:
        return None
    for _step in range(24):  # the narrowest widest band, by bisection
        mid = (lo + hi) / 2
        if cut(mid, False) is None:
            lo = mid
        else:
            hi = mid
    cuts = cut(hi, True) or cut(hi, False)
    if cuts is None or len(cuts) - 1 != n:
        return None
    return [Band(a, b, layout.rows_rect.x) for a, b in itertools.pairwise(cuts)]


def plan_bands(layout: MapLayout, page: tuple[float, float]) -> tuple[list[Band], float]:
    """The bands to print the map in on ``page``, and their scale (chrome units per map unit).

    More bands only when they print the map clearly larger (by a tenth at least).
    """
    aw, ah = _room(page)
    phases, gaps = _cut_points(layout)
    best: list[Band] = [Band(layout.rows_rect.x, layout.width, layout.rows_rect.x)]
    # A small map is printed at most at the canvas's size (1 unit = 1 pt), not blown up.
    most = MAX_POINTS_PER_UNIT * VW / page[0]
    best_s = min(aw / layout.width, ah / layout.height, most)
    for n in range(2, MAX_BANDS + 1):
        bands = _cuts(layout, n, phases, gaps)
        if bands is None:
            continue
        widest = max(b.width for b in bands)
        s = min(aw / widest, (ah - (n - 1) * BAND_GAP) / (n * layout.height), most)
        if s > best_s * 1.1:
            best, best_s = bands, s
    return best, best_s


# How far the poster may enlarge the text of the stations (and widen their text columns, by
# the square root of that) to use its sheet, and how many layouts it tries (only maps of up
# to FIT_MAX_STATIONS: a larger one fills its sheet already, and its text is small anyway).
MAX_TEXT_SCALE: Final = 2.5
FIT_STEPS: Final = 16
FIT_MAX_STATIONS: Final = 200
# The least map text on a poster sheet (A2 and larger), and the notes a crowded map shows
# under each station to keep it: every one first, then fewer (the rest are in the details).
POSTER_PT: Final = 8.0
NOTES_SHOWN: Final = (3, 2, 1)
# How the text columns widen with the text: by text_scale ** COLUMN_GROWTH, the first that
# works (narrower columns make a crowded map's stations taller and its phases narrower).
COLUMN_GROWTH: Final = (0.65, 0.5)
MOST_GAINED: Final = 2.0  # fewer notes print a map at most this much larger (1.35 measured)


def fit_layout(
    snap: JourneySnapshot,
    owners: dict[int, str],
    page: tuple[float, float],
    options: LayoutOptions,
    least: float | None = None,
) -> tuple[MapLayout, float]:
    """The shared layout of ``snap`` for a poster on ``page``, and its text scale.

    The map fills the printable width; where that leaves height unused, the stations' text is
    set larger (``LayoutOptions.text_scale``) in wider columns, so the rows grow taller and
    the text larger until the map fills the height too: a map of eight stations is as full a
    sheet as one of sixty. The scale chosen prints the text largest. Titles and needs that
    still do not fit end with the line that sends the reader to the station's details.

    With ``least`` (points), a map whose need notes would print smaller shows fewer notes
    under each station ("+N more": the details have them all), as the room layout does on
    the screen, until its text prints at ``least``; a map that cannot reach it even so
    keeps every note (the export then warns that the paper is too small).
    """
    base = replace(options, title_lines=5, need_lines=6, mark_cut=True)
    first: tuple[MapLayout, float] | None = None
    hopeless = False
    for notes, growth in itertools.product(NOTES_SHOWN, COLUMN_GROWTH):
        layout, k = _fit(snap, owners, page, replace(base, notes_shown=notes), growth)
        printed = style.NEED_SIZE * k * map_scale(layout, page)
        if first is None:
            first = (layout, k)
            hopeless = printed * MOST_GAINED < least if least is not None else False
        if least is None or printed >= least - 1e-6:
            return layout, k
        if hopeless or len(snap.stations) > FIT_MAX_STATIONS:
            break
    assert first is not None
    return first


def _fit(
    snap: JourneySnapshot,
    owners: dict[int, str],
    page: tuple[float, float],
    base: LayoutOptions,
    growth: float,
) -> tuple[MapLayout, float]:
    layout, base = _spread(snap, owners, page, base, compute_layout(snap, owners, base))
    best = (layout, base, plan_bands(layout, page)[1])
    if len(snap.stations) > FIT_MAX_STATIONS:
        return layout, 1.0
    for i in range(1, FIT_STEPS + 1):
        k = 1.0 + (MAX_TEXT_SCALE - 1.0) * i / FIT_STEPS
        grown = replace(base, text_scale=k, column_scale=k**growth)
        candidate = compute_layout(snap, owners, grown)
        s = plan_bands(candidate, page)[1]
        if k * s > best[1].text_scale * best[2] * 1.001:
            best = (candidate, grown, s)
        elif not _height_left(candidate, page):
            break
    layout, options, _ = best
    return _spread(snap, owners, page, options, layout)[0], options.text_scale


def _spread(
    snap: JourneySnapshot,
    owners: dict[int, str],
    page: tuple[float, float],
    options: LayoutOptions,
    layout: MapLayout,
) -> tuple[MapLayout, LayoutOptions]:
    """A map taller than the sheet is wide, with wider slots that spread its stations across
    the width (its rows and text stay as they are)."""
    bands, s = plan_bands(layout, page)
    aw = _room(page)[0]
    if len(bands) > 1 or layout.width * s >= aw * 0.97:
        return layout, options
    slot = max(SLOT_W * options.column_scale, options.slot_w)
    label = layout.rows_rect.x
    stretch = (aw / s - label) / (layout.width - label)
    options = replace(options, slot_w=slot * stretch)
    return compute_layout(snap, owners, options), options


def _height_left(layout: MapLayout, page: tuple[float, float]) -> bool:
    """Whether the map as planned leaves a band of the sheet's height unused."""
    bands, s = plan_bands(layout, page)
    _, ah = _room(page)
    used = len(bands) * layout.height * s + (len(bands) - 1) * BAND_GAP
    return used < ah * 0.97


def map_scale(layout: MapLayout, page: tuple[float, float]) -> float:
    """Points per map unit of the printed map (1.0 = the size on the canvas at 100 %)."""
    return plan_bands(layout, page)[1] * page[0] / VW


# --- drawing ---------------------------------------------------------------------------------


def map_form(
    canvas: Any,
    fonts: FontSet,
    layout: MapLayout,
    name: str,
    tick: Callable[[int], None] | None = None,
) -> None:
    """The map, drawn once into the PDF form ``name`` in map units (y up, as PDF has it).

    Call it outside any other form; the poster (and each band of it) places the form.
    """
    canvas.beginForm(name, 0, 0, layout.width, layout.height)
    paint_map(layout, PdfPainter(canvas, fonts, 0, layout.height, 1.0), tick=tick)
    end_form(canvas, name)


def paint_poster(
    canvas: Any,
    fonts: FontSet,
    workshop: Workshop,
    snap: JourneySnapshot,
    layout: MapLayout,
    page: tuple[float, float],
    form: str,
) -> None:
    """The whole poster page on ``canvas`` (a page or a form of size ``page``), the map
    placed from ``form`` (see :func:`map_form`)."""
    u = page[0] / VW
    p = PdfPainter(canvas, fonts, 0, page[1], u)
    p.rect(0, 0, VW, page[1] / u, fill=style.PAPER)
    title_block(p, fonts, workshop, snap)
    placed, s = placed_bands(layout, page)
    for band, x, y in placed:
        _band(canvas, p, fonts, layout, form, band, x, y, s, page)
    p.reset()
    p.place(0, page[1], u)
    legend(p, fonts, layout, y + layout.height * s + 14)


def placed_bands(
    layout: MapLayout, page: tuple[float, float]
) -> tuple[list[tuple[Band, float, float]], float]:
    """Each band with the chrome (x, y) of its top left on ``page``, and the bands' scale
    (chrome units per map unit): the map centred between the title block and the legend."""
    bands, s = plan_bands(layout, page)
    aw, ah = _room(page)
    widest = max(b.width for b in bands) * s
    height = len(bands) * layout.height * s + (len(bands) - 1) * BAND_GAP
    x, y = M + (aw - widest) / 2, TOP + (ah - height) / 2
    return [(b, x, y + i * (layout.height * s + BAND_GAP)) for i, b in enumerate(bands)], s


def _band(
    canvas: Any,
    p: PdfPainter,
    fonts: FontSet,
    layout: MapLayout,
    form: str,
    band: Band,
    x: float,
    y: float,
    s: float,
    page: tuple[float, float],
) -> None:
    """One band at chrome (x, y): the label column, then the band's slice of the rows."""
    u = page[0] / VW
    S = s * u  # points per map unit
    left, top = x * u, page[1] - y * u
    bottom = top - layout.height * S
    for clip_x, clip_w, shift in (
        (left, band.label * S, left),
        (left + band.label * S, (band.x1 - band.x0) * S, left + (band.label - band.x0) * S),
    ):
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(clip_x, bottom, clip_w, layout.height * S)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.translate(shift, bottom)
        canvas.scale(S, S)
        canvas.doForm(form)
        canvas.restoreState()
    p.reset()
    # A phase cut by the band's edges gets its name again over the part this band shows.
    p.place(left + (band.label - band.x0) * S, top, S)
    for phase in layout.phases:
        h = phase.header
        a, b = max(h.x, band.x0), min(h.right, band.x1)
        if b - a < 1 or (a == h.x and b == h.right):
            continue
        p.rect(a, h.y, b - a - (1 if b == h.right else 0), h.h, fill=phase.header_color)
        size = phase.label.size
        named = _("{name} (continued)").format(name=phase.name) if a > h.x else phase.name + " ▸"
        name = fonts.shorten(named, b - a - 20, size, True)
        p.text(
            (a + b) / 2,
            h.y + h.h / 2 + size * 0.36,
            name,
            size=size,
            bold=True,
            align="center",
            max_width=b - a - 20,
        )
    p.place(0, page[1], u)
    p.rect(x, y, band.width * s, layout.height * s, stroke=style.RULE, width=0.5)


def title_block(p: Painter, fonts: FontSet, workshop: Workshop, snap: JourneySnapshot) -> None:
    """Workshop and organisation, the journey (today or future), persona, goal and date."""
    f, ws, j = fonts, workshop, snap.journey
    right_w = 300.0
    left_w = VW - 2 * M - right_w - 24
    kicker = ws.title + (f"  ·  {ws.organisation}" if ws.organisation else "")
    p.text(M, M + 9, f.shorten(kicker, left_w, 8.5, True), size=8.5, bold=True, color=style.MUTED)
    state = _("Future journey") if j.state == "future" else _("Today’s journey")
    pill_w = f.width(state, 7.5, True) + 14
    name = f.shorten(j.name, left_w - pill_w - 10, 22, True)
    p.text(M, M + 36, name, size=22, bold=True)
    px = M + f.width(name, 22, True) + 10
    fill = "#DFF0E3" if j.state == "future" else "#E4ECF5"
    p.rect(px, M + 22, pill_w, 15, fill=fill, radius=7.5)
    p.text(px + pill_w / 2, M + 32.5, state, size=7.5, bold=True, align="center")
    # Right: what a reader looks up (persona, goal, date), label above value.
    fields = [
        (_("PERSONA"), snap.persona.name if snap.persona else "—"),
        (_("BUSINESS GOAL"), ws.business_goal or "—"),
        (_("DATE"), i18n.format_date(dt.date.today())),
    ]
    x = VW - M - right_w
    for (label, value), w in zip(fields, (92.0, 148.0, 60.0), strict=True):
        p.text(x, M + 9, label, size=6, bold=True, color=style.MUTED)
        lines = f.wrap(value, w - 8, 8.5)
        if len(lines) > 3:
            lines = [*lines[:2], f.shorten(lines[2] + "…", w - 8, 8.5)]
        for i, line in enumerate(lines[:3]):
            p.text(x, M + 21 + i * 11, line, size=8.5, max_width=w - 8)
        x += w
    p.line(M, M + 52, VW - M, M + 52, color=style.RULE, width=0.75)


def legend(p: Painter, fonts: FontSet, layout: MapLayout, y: float) -> None:
    """The emotion scale, the marks and the lines, in one strip under the map."""
    f = fonts
    p.line(M, y, VW - M, y, color=style.RULE, width=0.75)
    size, r, row1, row2 = 7.0, 5.5, y + 23, y + 40

    def label(lx: float, ly: float, text: str, max_w: float = 130) -> float:
        text = f.shorten(text, max_w, size)
        p.text(lx, ly + size * 0.35, text, size=size, max_width=max_w)
        return f.width(text, size)

    def heading(hx: float, text: str) -> None:
        p.text(hx, y + 10, text, size=6, bold=True, color=style.MUTED)

    # Emotion: five faces and "not assessed", in three columns of two.
    heading(M, _("EMOTION AT THE STATION"))
    levels: list[int | None] = [2, 1, 0, -1, -2, None]
    x = M
    for k in range(3):
        w = 0.0
        for level, ly in zip(levels[2 * k : 2 * k + 2], (row1, row2), strict=True):
            paint_scale_face(p, x + r, ly, r, level)
            text = _("Not assessed") if level is None else _(style.EMOTION_LABELS[level])
            w = max(w, label(x + 2 * r + 4, ly, text))
        x += 2 * r + 6 + w + 12
    x += 12
    marks = legend_marks(layout.stations)  # only the marks this map draws
    if marks:
        heading(x, _("MARKS"))
    for first in range(0, len(marks), 2):  # columns of two, each as wide as its labels
        w = 0.0
        for mark, ly in zip(marks[first : first + 2], (row1, row2), strict=False):
            mark.sample(p, x + r, ly, r)
            w = max(w, label(x + 2 * r + 6, ly, _(mark.label)))
        x += 2 * r + 6 + w + 12
    x += 12
    heading(x, _("LINES"))
    rows = list(layout.rows)
    backstage = " (" + _("backstage") + ")"
    names = [row.name + (backstage if row.kind == "backstage" else "") for row in rows]
    room = VW - M - x
    for first in range(0, len(rows), 2):  # columns of two, each as wide as its names
        pair = list(
            zip(rows[first : first + 2], names[first : first + 2], (row1, row2), strict=False)
        )
        col_w = min(max(f.width(n, size) for _, n, _ in pair) + 18, 190.0, max(room, 24))
        for row, name, ly in pair:
            p.line(x + 1, ly, x + 13, ly, color=row.color, width=4, round_cap=True)
            label(x + 18, ly, name, max_w=max(col_w - 18, 6))
        x += col_w + 14
        room -= col_w + 14
        if room < 40 and first + 2 < len(rows):
            p.text(
                x,
                row1 + size * 0.35,
                _("+{count} more").format(count=len(rows) - first - 2),
                size=size,
                color=style.MUTED,
            )
            break


def fit_map(
    snap: JourneySnapshot,
    owners: dict[int, str],
    page: tuple[float, float],
    options: LayoutOptions,
    least: float | None = None,
) -> tuple[MapLayout, float, float]:
    """The map's layout on ``page``, its scale (1.0: as on the canvas) and its smallest text
    in points as printed (the need notes'); ``least`` as for :func:`fit_layout`."""
    layout, text_scale = fit_layout(snap, owners, page, options, least)
    scale = map_scale(layout, page) * text_scale
    return layout, scale, style.NEED_SIZE * scale

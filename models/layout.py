"""The geometry of a journey map, computed once for every painter.

The canvas (QPainter) and the poster (reportlab) both draw a :class:`MapLayout`: where each
phase band, line row, station marker, title, need card, badge and the emotion curve go, and
the text already wrapped to fit. Neither painter decides layout, so the poster looks like the
map the room built. Units are "map units": a pixel at 100 % zoom, a point on an unscaled poster.

The map grows with its content: a phase is as wide as its fullest lane, a row as tall as its
tallest station, so nothing overlaps whatever the room types.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from models import style
from models.document import JourneySnapshot
from models.schema import Station
from models.text_metrics import shorten, wrap


@lru_cache(maxsize=32768)
def _wrapped(
    text: str, width: float, size: float, max_lines: int, bold: bool = False
) -> tuple[str, ...]:
    """``wrap``, remembered: a relayout after one edit measures only the text that changed
    (and each station's title and needs are measured once, not twice, per layout)."""
    return tuple(wrap(text, width, size, max_lines, bold))


@lru_cache(maxsize=8192)
def _shortened(text: str, width: float, size: float, bold: bool = False) -> str:
    return shorten(text, width, size, bold)


# Dimensions, in map units.
LABEL_W: Final = 200.0  # the line-name column at the left
TITLE_H: Final = 72.0  # journey title band (canvas only)
HEADER_H: Final = 60.0  # phase header band
SLOT_W: Final = 176.0  # the narrowest room a station gets
PHASE_PAD: Final = 14.0
ROW_TOP: Final = 26.0
MARKER_R: Final = 18.0
TITLE_GAP: Final = 10.0
TITLE_LINES: Final = 3
TITLE_LEADING: Final = 1.25
OWNER_SIZE: Final = 11.0
NEED_W: Final = 150.0
NEED_LINES: Final = 2
NEED_PAD: Final = 5.0
NEED_GAP: Final = 4.0
NEEDS_SHOWN: Final = 3
ROW_BOTTOM: Final = 20.0
MIN_ROW_H: Final = 132.0
VISIBILITY_GAP: Final = 34.0
CURVE_GAP: Final = 24.0
CURVE_H: Final = 190.0
CURVE_PAD: Final = 22.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True)
class TextBlock:
    """Lines of text already wrapped to fit ``rect`` (top-left origin, baseline per line)."""

    rect: Rect
    lines: tuple[str, ...]
    size: float
    bold: bool = False
    align: str = "center"  # "left" | "center"
    color: str = style.INK

    @property
    def leading(self) -> float:
        return self.size * TITLE_LEADING

    def baselines(self) -> list[float]:
        """The y of each line's baseline (y grows downwards)."""
        first = self.rect.y + self.size * 0.95
        return [first + i * self.leading for i in range(len(self.lines))]


@dataclass(frozen=True)
class PhaseBand:
    id: int
    index: int
    name: str
    header: Rect
    body: Rect  # the whole column below the header, through the rows
    label: TextBlock
    tint: str
    header_color: str


@dataclass(frozen=True)
class LineRow:
    id: int
    index: int  # position in the map, frontstage rows first
    name: str
    kind: str
    color: str
    rect: Rect  # across the whole map, label column included
    label: TextBlock
    track_y: float


@dataclass(frozen=True)
class NeedCard:
    rect: Rect
    text: TextBlock


@dataclass(frozen=True)
class StationBox:
    id: int
    phase_id: int
    line_id: int
    index: int  # left to right within its lane
    slot: Rect  # the station's whole block: marker, title, owner, needs
    center: Point
    radius: float
    color: str  # the line's colour (the marker's ring)
    emotion: int | None
    moment_of_truth: bool
    title: TextBlock
    owner: TextBlock | None
    owner_initials: str | None
    owner_name: str | None
    badge_center: Point
    pain_count: int
    pain_center: Point
    needs: tuple[NeedCard, ...]
    more_needs: int
    action_count: int


@dataclass(frozen=True)
class CurvePoint:
    x: float
    y: float
    station_id: int
    emotion: int


@dataclass(frozen=True)
class EmotionCurve:
    rect: Rect
    zero_y: float
    step: float  # map units per emotion step
    points: tuple[CurvePoint, ...]
    # Smooth runs through consecutive assessed stations; a station not assessed breaks the
    # curve (a gap, never a false zero). Each run is a start point and cubic Bézier pieces
    # (control 1, control 2, end).
    runs: tuple[tuple[Point, tuple[tuple[Point, Point, Point], ...]], ...]
    label: TextBlock

    def y_of(self, emotion: float) -> float:
        return self.zero_y - emotion * self.step


@dataclass(frozen=True)
class Track:
    line_id: int
    color: str
    y: float
    x0: float  # the faint track across the row
    x1: float
    stations: tuple[float, ...]  # x of each station in order (the strong track joins them)


@dataclass(frozen=True)
class LayoutOptions:
    show_needs: bool = True
    show_owners: bool = True
    show_curve: bool = True
    show_title: bool = True


@dataclass(frozen=True)
class MapLayout:
    width: float
    height: float
    title: TextBlock | None
    subtitle: TextBlock | None
    phases: tuple[PhaseBand, ...]
    rows: tuple[LineRow, ...]
    stations: tuple[StationBox, ...]
    tracks: tuple[Track, ...]
    curve: EmotionCurve | None
    visibility_y: float | None  # the line of visibility, between front- and backstage rows
    rows_rect: Rect  # the area of the rows, right of the label column
    _by_id: dict[int, StationBox] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({s.id: s for s in self.stations})

    def station(self, station_id: int) -> StationBox | None:
        return self._by_id.get(station_id)

    def phase_at(self, x: float) -> PhaseBand | None:
        for phase in self.phases:
            if phase.header.x <= x < phase.header.right:
                return phase
        if self.phases and x >= self.phases[-1].header.right:
            return self.phases[-1]
        if self.phases and x < self.phases[0].header.x:
            return self.phases[0]
        return None

    def row_at(self, y: float) -> LineRow | None:
        for row in self.rows:
            if row.rect.y <= y < row.rect.bottom:
                return row
        return None

    def lane(self, phase_id: int, line_id: int) -> list[StationBox]:
        return [s for s in self.stations if s.phase_id == phase_id and s.line_id == line_id]

    def slot_at(
        self, x: float, y: float, ignore: frozenset[int] = frozenset()
    ) -> tuple[int, int, int] | None:
        """(phase id, line id, index) of the lane slot under a point, or None off the rows.

        ``ignore`` leaves out stations being dragged, so the index counts the lane as it will
        be once they are lifted out of it.
        """
        row = self.row_at(y)
        phase = self.phase_at(x)
        if row is None or phase is None:
            return None
        centers = [s.center[0] for s in self.lane(phase.id, row.id) if s.id not in ignore]
        return phase.id, row.id, bisect.bisect_left(centers, x)

    def insertion_x(self, phase_id: int, line_id: int, index: int, ignore: frozenset[int]) -> float:
        """Where an insertion marker goes for ``index`` in a lane (between the neighbours)."""
        phase = next(p for p in self.phases if p.id == phase_id)
        centers = [s.center[0] for s in self.lane(phase_id, line_id) if s.id not in ignore]
        if not centers:
            return phase.header.x + phase.header.w / 2
        if index <= 0:
            return max(phase.header.x + 4, centers[0] - SLOT_W / 2)
        if index >= len(centers):
            return min(phase.header.right - 4, centers[-1] + SLOT_W / 2)
        return (centers[index - 1] + centers[index]) / 2


def _title_block(station: Station, cx: float, top: float) -> TextBlock:
    width = SLOT_W - 2 * PHASE_PAD
    lines = _wrapped(station.title, width, style.STATION_TITLE_SIZE, TITLE_LINES)
    height = len(lines) * style.STATION_TITLE_SIZE * TITLE_LEADING
    return TextBlock(
        Rect(cx - width / 2, top, width, height), tuple(lines), style.STATION_TITLE_SIZE, True
    )


def _need_cards(needs: list[str], cx: float, top: float) -> tuple[tuple[NeedCard, ...], float]:
    cards = []
    y = top
    inner = NEED_W - 2 * NEED_PAD
    for need in needs[:NEEDS_SHOWN]:
        lines = _wrapped(need, inner, style.NEED_SIZE, NEED_LINES)
        text_h = len(lines) * style.NEED_SIZE * TITLE_LEADING
        rect = Rect(cx - NEED_W / 2, y, NEED_W, text_h + 2 * NEED_PAD)
        text = TextBlock(
            Rect(rect.x + NEED_PAD, y + NEED_PAD, inner, text_h),
            tuple(lines),
            style.NEED_SIZE,
            align="left",
        )
        cards.append(NeedCard(rect, text))
        y = rect.bottom + NEED_GAP
    return tuple(cards), y


def _block_height(station: Station, owner_name: str | None, options: LayoutOptions) -> float:
    """The height a station's block needs below the row's top (same rules as placement)."""
    lines = _wrapped(station.title, SLOT_W - 2 * PHASE_PAD, style.STATION_TITLE_SIZE, TITLE_LINES)
    h = ROW_TOP + 2 * MARKER_R + TITLE_GAP
    h += len(lines) * style.STATION_TITLE_SIZE * TITLE_LEADING
    if options.show_owners and owner_name:
        h += OWNER_SIZE * TITLE_LEADING + 2
    if options.show_needs and station.needs:
        h += 6
        inner = NEED_W - 2 * NEED_PAD
        for need in station.needs[:NEEDS_SHOWN]:
            n = len(_wrapped(need, inner, style.NEED_SIZE, NEED_LINES))
            h += n * style.NEED_SIZE * TITLE_LEADING + 2 * NEED_PAD + NEED_GAP
        if len(station.needs) > NEEDS_SHOWN:
            h += style.NEED_SIZE * TITLE_LEADING
    return h + ROW_BOTTOM


def compute_layout(
    snapshot: JourneySnapshot,
    owners: dict[int, str] | None = None,
    options: LayoutOptions | None = None,
    action_counts: dict[int, int] | None = None,
) -> MapLayout:
    """Lay out one journey. ``owners`` maps owner id to name (for badges and labels)."""
    options = options or LayoutOptions()
    owners = owners or {}
    action_counts = action_counts or {}
    if not action_counts:
        for action in snapshot.actions:
            if action.station_id is not None:
                action_counts[action.station_id] = action_counts.get(action.station_id, 0) + 1

    # Rows: frontstage lines first, then backstage, each keeping the journey's order.
    ordered_lines = [ln for ln in snapshot.lines if ln.kind != "backstage"] + [
        ln for ln in snapshot.lines if ln.kind == "backstage"
    ]
    lanes: dict[tuple[int, int], list[Station]] = {}
    for s in snapshot.stations:
        lanes.setdefault((s.phase_id, s.line_id), []).append(s)
    for lane in lanes.values():
        lane.sort(key=lambda s: (s.position, s.id))

    def owner_name(s: Station) -> str | None:
        return owners.get(s.owner_id) if s.owner_id is not None else None

    top = TITLE_H if options.show_title else 0.0

    # Columns.
    x = LABEL_W
    phase_geo: list[tuple[float, float]] = []
    for phase in snapshot.phases:
        most = max((len(lanes.get((phase.id, ln.id), [])) for ln in snapshot.lines), default=0)
        width = 2 * PHASE_PAD + max(1, most) * SLOT_W
        phase_geo.append((x, width))
        x += width
    width_total = x

    # Rows.
    y = top + HEADER_H
    row_geo: list[tuple[float, float]] = []
    visibility_y: float | None = None
    for i, line in enumerate(ordered_lines):
        if line.kind == "backstage" and visibility_y is None and i > 0:
            visibility_y = y + VISIBILITY_GAP / 2
            y += VISIBILITY_GAP
        tallest = max(
            (
                _block_height(s, owner_name(s), options)
                for phase in snapshot.phases
                for s in lanes.get((phase.id, line.id), [])
            ),
            default=0.0,
        )
        height = max(MIN_ROW_H, tallest)
        row_geo.append((y, height))
        y += height
    rows_bottom = y

    phases = tuple(
        PhaseBand(
            id=phase.id,
            index=i,
            name=phase.name,
            header=Rect(px, top, pw, HEADER_H),
            body=Rect(px, top + HEADER_H, pw, rows_bottom - top - HEADER_H),
            label=TextBlock(
                Rect(px + 10, top + (HEADER_H - style.PHASE_TITLE_SIZE * 2.5) / 2, pw - 20, 0),
                _wrapped(phase.name, pw - 20, style.PHASE_TITLE_SIZE, 2, bold=True),
                style.PHASE_TITLE_SIZE,
                bold=True,
            ),
            tint=style.phase_tint(i, phase.color),
            header_color=style.phase_header(i, phase.color),
        )
        for i, (phase, (px, pw)) in enumerate(zip(snapshot.phases, phase_geo, strict=True))
    )
    # Vertically centre one- or two-line phase titles in the header band.
    phases = tuple(_centre_label(p) for p in phases)

    rows = []
    tracks = []
    stations: list[StationBox] = []
    for i, (line, (ry, rh)) in enumerate(zip(ordered_lines, row_geo, strict=True)):
        color = style.line_color(snapshot.line_index(line.id), line.kind, line.color)
        track_y = ry + ROW_TOP + MARKER_R
        label_lines = _wrapped(line.name, LABEL_W - 36, style.LINE_TITLE_SIZE, 3, bold=True)
        rows.append(
            LineRow(
                id=line.id,
                index=i,
                name=line.name,
                kind=line.kind,
                color=color,
                rect=Rect(0, ry, width_total, rh),
                label=TextBlock(
                    Rect(26, track_y - style.LINE_TITLE_SIZE * 0.75, LABEL_W - 36, 0),
                    tuple(label_lines),
                    style.LINE_TITLE_SIZE,
                    bold=True,
                    align="left",
                ),
                track_y=track_y,
            )
        )
        xs: list[float] = []
        for phase, (px, pw) in zip(snapshot.phases, phase_geo, strict=True):
            lane = lanes.get((phase.id, line.id), [])
            if not lane:
                continue
            spacing = (pw - 2 * PHASE_PAD) / len(lane)
            for k, s in enumerate(lane):
                cx = px + PHASE_PAD + (k + 0.5) * spacing
                xs.append(cx)
                stations.append(
                    _station_box(
                        s,
                        k,
                        cx,
                        ry,
                        rh,
                        track_y,
                        color,
                        owner_name(s),
                        options,
                        action_counts.get(s.id, 0),
                    )
                )
        tracks.append(Track(line.id, color, track_y, LABEL_W, width_total, tuple(xs)))

    curve = None
    height = rows_bottom
    if options.show_curve:
        curve = _emotion_curve(snapshot, phases, rows_bottom + CURVE_GAP, width_total)
        height = curve.rect.bottom
    title = subtitle = None
    if options.show_title:
        title, subtitle = _title(snapshot, width_total)
    return MapLayout(
        width=width_total,
        height=height + 16,
        title=title,
        subtitle=subtitle,
        phases=phases,
        rows=tuple(rows),
        stations=tuple(stations),
        tracks=tuple(tracks),
        curve=curve,
        visibility_y=visibility_y,
        rows_rect=Rect(
            LABEL_W, top + HEADER_H, width_total - LABEL_W, rows_bottom - top - HEADER_H
        ),
    )


def _centre_label(p: PhaseBand) -> PhaseBand:
    n = len(p.label.lines)
    h = n * p.label.leading
    y = p.header.y + (p.header.h - h) / 2
    label = TextBlock(
        Rect(p.label.rect.x, y, p.label.rect.w, h), p.label.lines, p.label.size, bold=True
    )
    return PhaseBand(p.id, p.index, p.name, p.header, p.body, label, p.tint, p.header_color)


def _station_box(
    s: Station,
    index: int,
    cx: float,
    row_y: float,
    row_h: float,
    cy: float,
    color: str,
    owner_name: str | None,
    options: LayoutOptions,
    action_count: int,
) -> StationBox:
    title = _title_block(s, cx, cy + MARKER_R + TITLE_GAP)
    y = title.rect.bottom
    owner_block = None
    if options.show_owners and owner_name:
        owner_block = TextBlock(
            Rect(
                cx - (SLOT_W - 2 * PHASE_PAD) / 2, y + 2, SLOT_W - 2 * PHASE_PAD, OWNER_SIZE * 1.25
            ),
            (_shortened(owner_name, SLOT_W - 2 * PHASE_PAD, OWNER_SIZE),),
            OWNER_SIZE,
            color=style.MUTED,
        )
        y = owner_block.rect.bottom
    cards: tuple[NeedCard, ...] = ()
    more = 0
    if options.show_needs and s.needs:
        cards, _ = _need_cards(s.needs, cx, y + 6)
        more = max(0, len(s.needs) - NEEDS_SHOWN)
    r = MARKER_R
    return StationBox(
        id=s.id,
        phase_id=s.phase_id,
        line_id=s.line_id,
        index=index,
        slot=Rect(cx - SLOT_W / 2, row_y, SLOT_W, row_h),
        center=(cx, cy),
        radius=r,
        color=color,
        emotion=s.emotion,
        moment_of_truth=s.moment_of_truth,
        title=title,
        owner=owner_block,
        owner_initials=style.initials(owner_name) if owner_name else None,
        owner_name=owner_name,
        badge_center=(cx + r * 0.95, cy - r * 0.95),
        pain_count=len(s.pain_points),
        pain_center=(cx - r * 1.05, cy - r * 0.95),
        needs=cards,
        more_needs=more,
        action_count=action_count,
    )


def path_order(snapshot: JourneySnapshot) -> list[Station]:
    """The customer's path: frontstage stations by phase, then in the journey's order."""
    front = {ln.id for ln in snapshot.lines if ln.kind != "backstage"}
    stations = [s for s in snapshot.stations if s.line_id in front]
    return sorted(stations, key=lambda s: (snapshot.phase_index(s.phase_id), s.position, s.id))


def _emotion_curve(
    snapshot: JourneySnapshot, phases: tuple[PhaseBand, ...], top: float, right: float
) -> EmotionCurve:
    rect = Rect(LABEL_W, top, right - LABEL_W, CURVE_H)
    step = (CURVE_H - 2 * CURVE_PAD) / 4
    zero_y = rect.y + CURVE_H / 2
    path = path_order(snapshot)
    by_phase: dict[int, list[Station]] = {}
    for s in path:
        by_phase.setdefault(s.phase_id, []).append(s)
    # Points are spread evenly within each phase column, in path order, so the curve always
    # runs left to right even where the path crosses between lines inside a phase.
    slots: list[tuple[float, Station]] = []
    for phase in phases:
        members = by_phase.get(phase.id, [])
        for i, s in enumerate(members):
            slots.append((phase.body.x + (i + 0.5) * phase.body.w / len(members), s))
    points: list[CurvePoint] = []
    runs: list[list[Point]] = [[]]
    for x, s in slots:
        if s.emotion is None:
            if runs[-1]:
                runs.append([])
            continue
        y = zero_y - s.emotion * step
        points.append(CurvePoint(x, y, s.id, s.emotion))
        runs[-1].append((x, y))
    smooth = tuple(_smooth(run) for run in runs if run)
    label = TextBlock(
        Rect(26, rect.y + 8, LABEL_W - 36, 0),
        ("Emotion",),
        style.LINE_TITLE_SIZE,
        bold=True,
        align="left",
    )
    return EmotionCurve(rect, zero_y, step, tuple(points), smooth, label)


def _smooth(run: list[Point]) -> tuple[Point, tuple[tuple[Point, Point, Point], ...]]:
    """A monotone cubic through the points (Fritsch–Carlson), as cubic Béziers.

    Between two stations the curve only rises or only falls, so it never swings past either
    emotion: it stays between the −2 and +2 guides and is flat where two neighbours agree.
    The Bézier control points sit at a third of each step in x, so x runs evenly along each
    piece and y is the Hermite cubic of the interpolation.
    """
    n = len(run)
    if n < 2:
        return run[0], ()
    xs = [p[0] for p in run]
    ys = [p[1] for p in run]
    widths = [max(xs[k + 1] - xs[k], 1e-9) for k in range(n - 1)]
    slopes = [(ys[k + 1] - ys[k]) / widths[k] for k in range(n - 1)]
    tangents = [slopes[0]] + [0.0] * (n - 2) + [slopes[-1]]
    for k in range(1, n - 1):
        d0, d1 = slopes[k - 1], slopes[k]
        if d0 * d1 <= 0:  # a peak, a valley or a plateau: flat there
            continue
        h0, h1 = widths[k - 1], widths[k]
        # The weighted harmonic mean (Fritsch–Butland): never more than three times either
        # slope, which keeps each piece monotone.
        tangents[k] = 3 * (h0 + h1) / ((2 * h1 + h0) / d0 + (h1 + 2 * h0) / d1)
    pieces = []
    for k in range(n - 1):
        third = widths[k] / 3
        c1 = (xs[k] + third, ys[k] + tangents[k] * third)
        c2 = (xs[k + 1] - third, ys[k + 1] - tangents[k + 1] * third)
        pieces.append((c1, c2, run[k + 1]))
    return run[0], tuple(pieces)


def _title(snapshot: JourneySnapshot, width: float) -> tuple[TextBlock, TextBlock]:
    j = snapshot.journey
    state = "Future journey" if j.state == "future" else "Today's journey"
    parts = [state]
    if snapshot.persona is not None:
        parts.append(f"Persona: {snapshot.persona.name}")
    usable = max(width - 40, 300)
    title = TextBlock(
        Rect(26, 14, usable, 28),
        (shorten(j.name, usable, 24, bold=True),),
        24,
        bold=True,
        align="left",
    )
    subtitle = TextBlock(
        Rect(26, 46, usable, 18),
        (shorten("  ·  ".join(parts), usable, 13),),
        13,
        align="left",
        color=style.MUTED,
    )
    return title, subtitle

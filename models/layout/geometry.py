"""What a laid-out map is: its dimensions and the frozen boxes every painter draws.

The canvas (QPainter) and the poster (reportlab) both draw a :class:`MapLayout`: where each
phase band, line row, station marker, title, need card, badge and the emotion curve go, and
the text already wrapped to fit. Units are "map units": a pixel at 100 % zoom, a point on an
unscaled poster. How the boxes are computed lives in ``models.layout.engine``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Final

from models import rules, style
from models.i18n import N_

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
# A need or pain-point note is wrapped whole on the canvas, the PNG and the SVG (the client
# sees them): as many lines as the longest allowed note can take. The poster bounds them and
# ends a longer one with CONTINUED (its station details print it whole).
NEED_LINES: Final = rules.LIST_ITEM_MAX
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

# The classes made once or more per station (Rect, TextBlock, NeedCard, StationBox, CurvePoint)
# have slots: a box is some 25 objects, and without a __dict__ each is about 40 bytes smaller
# (a layout of 8,000 stations: 36 -> 28 MB).


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class NeedCard:
    rect: Rect
    text: TextBlock


@dataclass(frozen=True, slots=True)
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
    pains: tuple[NeedCard, ...] = ()  # pain points as notes, under the needs
    idea_center: Point | None = None  # the ideas mark (action_count), where ideas are shown
    extras: tuple[TextBlock, ...] = ()  # the first quote and the figures, where shown


@dataclass(frozen=True, slots=True)
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


# The line a note ends with on a printed map when its text goes on in the station's details.
CONTINUED: Final = N_("▸ more in details")  # translated on use (models.i18n)


@dataclass(frozen=True)
class LayoutOptions:
    """What the layout places (built from the user's ``models.view_options.MapToggles``)."""

    show_needs: bool = True
    show_owners: bool = True
    show_curve: bool = True
    show_title: bool = True
    # The poster's: station titles, owners and needs set ``text_scale`` times larger in the
    # same slots (so rows grow taller, and a map fills a tall sheet), in at most
    # ``title_lines`` and ``need_lines`` lines; with ``mark_cut`` a title or need longer than
    # that ends with :data:`CONTINUED` instead of an ellipsis (the details have it in full).
    text_scale: float = 1.0
    slot_w: float = SLOT_W  # wider slots spread a poster's stations across a wide sheet
    title_lines: int = TITLE_LINES
    need_lines: int = NEED_LINES
    mark_cut: bool = False
    show_pain_points: bool = True  # as notes under the needs, in their own colour
    show_ideas: bool = True  # the mark with the count of actions linked to a station
    show_quotes: bool = False
    show_figures: bool = False
    # A crowded poster's: text columns (titles, owners, notes) ``column_scale`` times wider,
    # so text set larger does not wrap into tall columns; at most ``notes_shown`` needs and as
    # many pain points under a station, "+N more" saying the rest are in its details.
    column_scale: float = 1.0
    notes_shown: int = NEEDS_SHOWN

    # The map's labels are set ``text_scale`` times larger with its stations' text, so no
    # phase or line name prints smaller than the notes; their bands grow with them, and the
    # markers, the label column and the curve with the text columns.
    @property
    def label_w(self) -> float:
        """The width of the line-name column at the left."""
        return LABEL_W * self.column_scale

    @property
    def header_h(self) -> float:
        """The height of the phase header band."""
        return HEADER_H * self.text_scale

    @property
    def marker_r(self) -> float:
        """A station marker's radius: it grows with the text columns."""
        return MARKER_R * self.column_scale

    @property
    def curve_h(self) -> float:
        """The emotion curve's height: it grows with the text columns."""
        return CURVE_H * self.column_scale

    @property
    def phase_title_size(self) -> float:
        return style.PHASE_TITLE_SIZE * self.text_scale

    @property
    def line_title_size(self) -> float:
        return style.LINE_TITLE_SIZE * self.text_scale


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
    captions: tuple[TextBlock, ...] = ()  # free texts a room layout places (the overview's)
    # Indexes of ``stations`` (derived, so left out of equality): by id, and by lane
    # (phase id, line id) in lane order. The layout engine hands them over ready-made.
    _by_id: dict[int, StationBox] = field(default_factory=dict, repr=False, compare=False)
    _lanes: dict[tuple[int, int], tuple[StationBox, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self._by_id and self.stations:
            self._by_id.update({s.id: s for s in self.stations})
        if not self._lanes and self.stations:
            lanes: dict[tuple[int, int], list[StationBox]] = {}
            for s in self.stations:
                lanes.setdefault((s.phase_id, s.line_id), []).append(s)
            self._lanes.update({k: tuple(v) for k, v in lanes.items()})

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
        return list(self._lanes.get((phase_id, line_id), ()))

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

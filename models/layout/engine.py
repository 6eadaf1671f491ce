"""Laying a journey out, whole or again after an edit, with one set of rules.

The map grows with its content: a phase is as wide as its fullest lane, a row as tall as its
tallest station, so nothing overlaps whatever the room types. :class:`LayoutEngine` computes
the layout in stages (lanes, column widths, row heights, station boxes lane by lane, the
emotion curve phase by phase) and keeps each stage's result. :func:`compute_layout` is an
engine that has computed everything once; :meth:`LayoutEngine.update` takes the stations an
edit changed and recomputes only the stages they reach: a rename the station's own box (and
its row's when the row grows), a move the two lanes, an emotion change one box and that
phase's stretch of the curve. A column or row that changes size still moves everything to its
right or below. Both paths run the same code on the same numbers, so they give equal layouts
(tests/models/test_layout_incremental.py checks it after random edits, undo and redo).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from itertools import chain

from models import cycles, i18n, style
from models.document import JourneySnapshot
from models.layout.boxes import (
    block_height,
    centre_label,
    journey_title,
    moved_box,
    station_box,
    wrapped,
)
from models.layout.curve import Fragment, join_runs, phase_points, smooth
from models.layout.delta import LayoutDelta
from models.layout.geometry import (
    CURVE_GAP,
    CURVE_PAD,
    MIN_ROW_H,
    PHASE_PAD,
    ROW_TOP,
    SLOT_W,
    TITLE_H,
    VISIBILITY_GAP,
    CurvePoint,
    EmotionCurve,
    LayoutOptions,
    LineRow,
    MapLayout,
    PhaseBand,
    Point,
    Rect,
    StationBox,
    TextBlock,
    Track,
)
from models.schema import Line, Phase, Station

Lane = tuple[int, int]  # (phase id, line id)
Smoothed = tuple[Point, tuple[tuple[Point, Point, Point], ...]]
Place = tuple[float, float, float, float, float, str]  # x, spacing, row y, height, track y, colour


def _order(s: Station) -> tuple[float, int]:
    return (s.position, s.id)


class LayoutEngine:
    """One journey's layout and the stages it was computed from."""

    def __init__(
        self,
        snapshot: JourneySnapshot,
        owners: dict[int, str] | None = None,
        options: LayoutOptions | None = None,
        action_counts: dict[int, int] | None = None,
    ) -> None:
        self.options = options or LayoutOptions()
        self.owners = owners or {}
        self.snapshot = snapshot  # journey, phases, lines and persona (stations: see below)
        self.phases = list(snapshot.phases)
        # Rows: frontstage lines first, then backstage, each keeping the journey's order.
        self.rows_lines = [ln for ln in snapshot.lines if ln.kind != "backstage"] + [
            ln for ln in snapshot.lines if ln.kind == "backstage"
        ]
        self._front = frozenset(ln.id for ln in snapshot.lines if ln.kind != "backstage")
        self._phase_at = {p.id: i for i, p in enumerate(self.phases)}
        self._row_at = {ln.id: i for i, ln in enumerate(self.rows_lines)}
        self._colors = {
            ln.id: style.line_color(snapshot.line_index(ln.id), ln.kind, ln.color)
            for ln in snapshot.lines
        }
        self.top = TITLE_H if self.options.show_title else 0.0
        self.label_w, self.header_h = self.options.label_w, self.options.header_h
        counts = dict(action_counts or {})
        if not counts:
            for action in snapshot.actions:
                if action.station_id is not None:
                    counts[action.station_id] = counts.get(action.station_id, 0) + 1
        self.counts = counts
        self.stations: dict[int, Station] = {}
        self.lanes: dict[Lane, list[Station]] = {}
        for s in snapshot.stations:
            if s.phase_id in self._phase_at and s.line_id in self._row_at:
                self.stations[s.id] = s
                self.lanes.setdefault((s.phase_id, s.line_id), []).append(s)
        for lane in self.lanes.values():
            lane.sort(key=_order)
        self._heights = {s.id: self._height(s) for s in self.stations.values()}
        self._tallest: dict[Lane, float] = {}
        self._boxes: dict[Lane, tuple[StationBox, ...]] = {}
        self._xs: dict[Lane, tuple[float, ...]] = {}
        self._by_id: dict[int, StationBox] = {}
        # What each box was made from besides its place in the lane: a box made again from
        # the same is the old box moved sideways (a view can move its pixels).
        self._sources: dict[int, tuple[object, ...]] = {}
        self._row_boxes: list[tuple[StationBox, ...]] = [() for _ in self.rows_lines]
        self._curve_parts: dict[int, tuple[tuple[CurvePoint, ...], tuple[Fragment, ...]]] = {}
        self._smoothed: dict[tuple[Point, ...], Smoothed] = {}
        self.phase_geo: list[tuple[float, float]] = []
        self.row_geo: list[tuple[float, float]] = []
        self.visibility_y: float | None = None
        self._rows_bottom = 0.0
        self._frame = (0.0, 0.0)  # (width, bottom of the rows) of the last layout
        self.layout: MapLayout
        self._relayout(set(self.lanes), {}, {p.id for p in self.phases}, LayoutDelta(), True)

    # -- the inputs of one station -------------------------------------------------------------
    def _owner(self, s: Station) -> str | None:
        return self.owners.get(s.owner_id) if s.owner_id is not None else None

    def _height(self, s: Station) -> float:
        return block_height(s, self._owner(s), self.options)

    def front_members(self, phase_id: int) -> list[Station]:
        """The customer's path within a phase: its frontstage stations in the journey's order."""
        lanes = (self.lanes.get((phase_id, ln), ()) for ln in self._front)
        return sorted(chain.from_iterable(lanes), key=_order)

    # -- an edit -------------------------------------------------------------------------------
    def update(
        self, changed: Mapping[int, Station | None], counts: Mapping[int, int] | None = None
    ) -> LayoutDelta:
        """Follow changed stations (id → its row now, None: gone) and action counts (station
        id → count now); recompute what they reach and return what changed."""
        delta = LayoutDelta()
        whole: set[Lane] = set()  # lanes whose membership or order changed
        boxes: dict[Lane, set[int]] = {}  # lanes where only these stations' boxes change
        curve: set[int] = set()  # phases whose stretch of the curve changes
        for sid, new in changed.items():
            if new is not None and (
                new.phase_id not in self._phase_at or new.line_id not in self._row_at
            ):
                new = None  # not on this journey's map
            old = self.stations.get(sid)
            if old is None and new is None:
                continue
            same_place = (
                old is not None
                and new is not None
                and (old.phase_id, old.line_id, old.position)
                == (new.phase_id, new.line_id, new.position)
            )
            if same_place:
                assert old is not None and new is not None
                lane = self.lanes[(old.phase_id, old.line_id)]
                lane[lane.index(old)] = new
                boxes.setdefault((old.phase_id, old.line_id), set()).add(sid)
            else:
                if old is not None:
                    key = (old.phase_id, old.line_id)
                    lane = self.lanes[key]
                    lane.remove(old)
                    if not lane:
                        del self.lanes[key]
                    whole.add(key)
                if new is not None:
                    key = (new.phase_id, new.line_id)
                    bisect.insort(self.lanes.setdefault(key, []), new, key=_order)
                    whole.add(key)
            # The curve follows the path's order and emotions (a rename does not reach it).
            on_curve = not same_place or old is None or new is None or old.emotion != new.emotion
            for s in (old, new):
                if on_curve and s is not None and s.line_id in self._front:
                    curve.add(s.phase_id)
            if new is None:
                del self.stations[sid]
                self._heights.pop(sid, None)
                self._sources.pop(sid, None)
                delta.removed.add(sid)
            else:
                self.stations[sid] = new
                self._heights[sid] = self._height(new)
        for sid, count in (counts or {}).items():
            if self.counts.get(sid, 0) == count:
                continue
            if count:
                self.counts[sid] = count
            else:
                self.counts.pop(sid, None)
            s = self.stations.get(sid)
            if s is not None:
                boxes.setdefault((s.phase_id, s.line_id), set()).add(sid)
        self._relayout(whole, boxes, curve, delta, False)
        delta.stations -= delta.removed
        delta.moved -= delta.removed | delta.stations
        return delta

    # -- the stages ----------------------------------------------------------------------------
    def _relayout(
        self,
        whole: set[Lane],
        boxes: dict[Lane, set[int]],
        curve_phases: set[int],
        delta: LayoutDelta,
        first: bool,
    ) -> None:
        for key in whole | set(boxes):
            lane = self.lanes.get(key)
            if lane:
                self._tallest[key] = max(self._heights[s.id] for s in lane)
            else:
                self._tallest.pop(key, None)
        old_phases, old_rows = self.phase_geo, self.row_geo
        self._columns_and_rows()
        moved_phases = {
            p.id
            for i, p in enumerate(self.phases)
            if i >= len(old_phases) or old_phases[i] != self.phase_geo[i]
        }
        moved_rows = {
            ln.id
            for i, ln in enumerate(self.rows_lines)
            if i >= len(old_rows) or old_rows[i] != self.row_geo[i]
        }
        for pid in moved_phases:
            whole.update((pid, ln.id) for ln in self.rows_lines)
        for lid in moved_rows:
            whole.update((p.id, lid) for p in self.phases)
        old = None if first else self.layout
        width = self.phase_geo[-1][0] + self.phase_geo[-1][1] if self.phases else self.label_w
        rows_bottom = self._rows_bottom
        frame_moved = old is None or self._frame != (width, rows_bottom)
        self._frame = (width, rows_bottom)

        # Phase bands and line rows: a handful, rebuilt when any of them moved.
        if moved_phases or moved_rows or frame_moved:
            phases = tuple(self._band(i, p, rows_bottom) for i, p in enumerate(self.phases))
            rows = tuple(self._row(i, ln, width) for i, ln in enumerate(self.rows_lines))
        else:
            assert old is not None
            phases, rows = old.phases, old.rows
        delta.phases = old is None or phases != old.phases

        # Station boxes, lane by lane.
        touched_rows: set[int] = set()
        for key in whole:
            self._lane(key, delta)
            touched_rows.add(self._row_at[key[1]])
        for key, ids in boxes.items():
            if key in whole or key not in self.lanes:
                continue
            self._boxes_of(key, ids, delta)
            touched_rows.add(self._row_at[key[1]])
        if old is None or frame_moved:
            touched_rows = set(range(len(self.rows_lines)))
        tracks: list[Track | None] = (
            list(old.tracks) if old is not None else [None] * len(self.rows_lines)
        )
        for i in sorted(touched_rows):
            line = self.rows_lines[i]
            keys = [(p.id, line.id) for p in self.phases]
            self._row_boxes[i] = tuple(chain.from_iterable(self._boxes.get(k, ()) for k in keys))
            xs = tuple(chain.from_iterable(self._xs.get(k, ()) for k in keys))
            track = Track(line.id, self._colors[line.id], rows[i].track_y, self.label_w, width, xs)
            if tracks[i] != track:
                tracks[i] = track
                delta.rows = True
        delta.rows = delta.rows or old is None or rows != old.rows
        for sid in delta.removed:
            self._by_id.pop(sid, None)

        # The emotion curve, phase by phase.
        curve = old.curve if old is not None else None
        if self.options.show_curve:
            top = rows_bottom + CURVE_GAP
            if old is None or frame_moved or moved_phases or curve_phases or curve is None:
                if old is None or frame_moved:
                    curve_phases = {p.id for p in self.phases}
                curve_phases |= moved_phases
                curve = self._curve(phases, curve_phases, top, width)
                delta.curve = old is None or curve != old.curve
        height = curve.rect.bottom if curve is not None else rows_bottom

        title = subtitle = None
        if self.options.show_title:
            if old is None or old.width != width:
                title, subtitle = journey_title(self.snapshot, width)
            else:
                title, subtitle = old.title, old.subtitle
        delta.frame = old is None or frame_moved or old.visibility_y != self.visibility_y
        label_w, header_h = self.label_w, self.header_h
        self.layout = MapLayout(
            width=width,
            height=height + 16,
            title=title,
            subtitle=subtitle,
            phases=phases,
            rows=rows,
            stations=tuple(chain.from_iterable(self._row_boxes)),
            tracks=tuple(t for t in tracks if t is not None),
            curve=curve,
            visibility_y=self.visibility_y,
            rows_rect=Rect(
                label_w, self.top + header_h, width - label_w, rows_bottom - self.top - header_h
            ),
            _by_id=dict(self._by_id),
            _lanes=dict(self._boxes),
        )

    def _columns_and_rows(self) -> None:
        x = self.label_w
        geo: list[tuple[float, float]] = []
        for phase in self.phases:
            most = max(
                (len(self.lanes.get((phase.id, ln.id), ())) for ln in self.rows_lines), default=0
            )
            slot = max(SLOT_W * self.options.column_scale, self.options.slot_w)
            width = 2 * PHASE_PAD + max(1, most) * slot
            geo.append((x, width))
            x += width
        self.phase_geo = geo
        y = self.top + self.header_h
        rows: list[tuple[float, float]] = []
        self.visibility_y = None
        for i, line in enumerate(self.rows_lines):
            if line.kind == "backstage" and self.visibility_y is None and i > 0:
                self.visibility_y = y + VISIBILITY_GAP / 2
                y += VISIBILITY_GAP
            tallest = max(
                (self._tallest.get((p.id, line.id), 0.0) for p in self.phases), default=0.0
            )
            height = max(MIN_ROW_H, tallest)
            rows.append((y, height))
            y += height
        self.row_geo = rows
        self._rows_bottom = y

    def _band(self, i: int, phase: Phase, rows_bottom: float) -> PhaseBand:
        px, pw = self.phase_geo[i]
        top, header_h = self.top, self.header_h
        size = self.options.phase_title_size
        band = PhaseBand(
            id=phase.id,
            index=i,
            name=phase.name,
            header=Rect(px, top, pw, header_h),
            body=Rect(px, top + header_h, pw, rows_bottom - top - header_h),
            label=TextBlock(
                Rect(px + 10, top + (header_h - size * 2.5) / 2, pw - 20, 0),
                wrapped(phase.name, pw - 20, size, 2, bold=True),
                size,
                bold=True,
            ),
            tint=style.phase_tint(i, phase.color),
            header_color=style.phase_header(i, phase.color),
        )
        # Vertically centre one- or two-line phase titles in the header band.
        return centre_label(band)

    def _row(self, i: int, line: Line, width: float) -> LineRow:
        ry, rh = self.row_geo[i]
        track_y = ry + ROW_TOP + self.options.marker_r
        size, label_w = self.options.line_title_size, self.label_w
        label_lines = wrapped(line.name, label_w - 36, size, 3, bold=True)
        return LineRow(
            id=line.id,
            index=i,
            name=line.name,
            kind=line.kind,
            color=self._colors[line.id],
            rect=Rect(0, ry, width, rh),
            label=TextBlock(
                Rect(26, track_y - size * 0.75, label_w - 36, 0),
                tuple(label_lines),
                size,
                bold=True,
                align="left",
            ),
            track_y=track_y,
        )

    def _place(self, key: Lane) -> Place:
        """Where a lane's boxes go: its phase's x, the spacing, the row and the colour."""
        pid, lid = key
        px, pw = self.phase_geo[self._phase_at[pid]]
        ry, rh = self.row_geo[self._row_at[lid]]
        spacing = (pw - 2 * PHASE_PAD) / len(self.lanes[key])
        return px, spacing, ry, rh, ry + ROW_TOP + self.options.marker_r, self._colors[lid]

    @staticmethod
    def _cx(place: Place, k: int) -> float:
        """The centre x of the ``k``-th station of a lane."""
        return place[0] + PHASE_PAD + (k + 0.5) * place[1]

    def _box(self, s: Station, k: int, place: Place) -> StationBox:
        _, _, ry, rh, track_y, color = place
        cx = self._cx(place, k)
        owner, count = self._owner(s), self.counts.get(s.id, 0)
        self._sources[s.id] = (s, owner, count, ry, rh, track_y, color)
        return station_box(s, k, cx, ry, rh, track_y, color, owner, self.options, count)

    def _lane(self, key: Lane, delta: LayoutDelta) -> None:
        """Every box of a lane in its place (its membership, order or place changed): a station
        made from what it was made from before only steps aside (moved_box: nothing measured);
        the others are made afresh."""
        lane = self.lanes.get(key)
        if not lane:
            self._boxes.pop(key, None)
            self._xs.pop(key, None)
            return
        place = self._place(key)
        _, _, ry, rh, track_y, color = place
        old, sources = self._by_id, self._sources
        boxes = []
        for k, s in enumerate(lane):
            sid = s.id  # (a column of the mapping: read once)
            before = old.get(sid)
            source = sources.get(sid)
            if before is None or source is None or source[0] is not s:
                same = False
            else:
                owner, count = self._owner(s), self.counts.get(sid, 0)
                same = source == (s, owner, count, ry, rh, track_y, color)
            if not same:
                box = self._box(s, k, place)
                delta.stations.add(sid)
            else:
                assert before is not None
                cx = self._cx(place, k)
                if (before.center[0], before.index) == (cx, k):
                    box = before
                else:
                    box = moved_box(before, k, cx)
                    delta.moved.add(sid)
            boxes.append(box)
        self._boxes[key] = tuple(boxes)
        self._xs[key] = tuple(b.center[0] for b in boxes)
        self._by_id.update((b.id, b) for b in boxes)

    def _boxes_of(self, key: Lane, ids: set[int], delta: LayoutDelta) -> None:
        """Only these stations' boxes afresh, each in its place (the lane is as it was)."""
        lane = self.lanes[key]
        place = self._place(key)
        boxes = list(self._boxes[key])
        for k, s in enumerate(lane):
            if s.id in ids:
                boxes[k] = self._by_id[s.id] = self._box(s, k, place)
                delta.stations.add(s.id)
        self._boxes[key] = tuple(boxes)

    def _curve(
        self, phases: tuple[PhaseBand, ...], dirty: set[int], top: float, width: float
    ) -> EmotionCurve:
        rect = Rect(self.label_w, top, width - self.label_w, self.options.curve_h)
        step = (rect.h - 2 * CURVE_PAD) / 4
        zero_y = rect.y + rect.h / 2
        for band in phases:
            if band.id in dirty or band.id not in self._curve_parts:
                members = self.front_members(band.id)
                self._curve_parts[band.id] = phase_points(
                    members, band.body.x, band.body.w, zero_y, step
                )
        parts = [self._curve_parts[band.id] for band in phases]
        points = tuple(chain.from_iterable(p[0] for p in parts))
        smoothed: dict[tuple[Point, ...], Smoothed] = {}
        runs = []
        for run in join_runs(p[1] for p in parts):
            done = self._smoothed.get(run) or smoothed.get(run)
            if done is None:
                done = smooth(run)
            smoothed[run] = done
            runs.append(done)
        self._smoothed = smoothed
        label = TextBlock(
            Rect(26, rect.y + 8, rect.x - 36, 0),  # in the line-name column
            (i18n.gettext("Emotion"),),  # in the export's language (the window's on the canvas)
            self.options.line_title_size,
            bold=True,
            align="left",
        )
        return EmotionCurve(rect, zero_y, step, points, tuple(runs), label)


def compute_layout(
    snapshot: JourneySnapshot,
    owners: dict[int, str] | None = None,
    options: LayoutOptions | None = None,
    action_counts: dict[int, int] | None = None,
) -> MapLayout:
    """Lay out one journey. ``owners`` maps owner id to name (for badges and labels)."""
    with cycles.paused():  # some ten small objects a station, no cycles
        return LayoutEngine(snapshot, owners, options, action_counts).layout

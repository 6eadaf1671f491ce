"""Putting today's layout and the future one in step (pure geometry, no Qt).

Every phase column takes the width of the wider of its two versions, with its stations
centred in it, so "Buys" today stands right above "Buys" in the future; the emotion curves are
then spread over the same columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from models.layout import LABEL_W, SLOT_W, MapLayout, NeedCard, Rect, StationBox, TextBlock
from models.schema import Phase, Station


@dataclass(frozen=True)
class Columns:
    """Common phase columns: the left edge and width of column k, shared by every map."""

    x: tuple[float, ...]
    w: tuple[float, ...]

    @property
    def right(self) -> float:
        return self.x[-1] + self.w[-1] if self.x else LABEL_W


def common_columns(layouts: Sequence[MapLayout]) -> Columns:
    count = max((len(layout.phases) for layout in layouts), default=0)
    widths = [
        max((lay.phases[k].header.w for lay in layouts if k < len(lay.phases)), default=SLOT_W)
        for k in range(count)
    ]
    xs, x = [], LABEL_W
    for w in widths:
        xs.append(x)
        x += w
    return Columns(tuple(xs), tuple(widths))


def _rect(r: Rect, dx: float) -> Rect:
    return Rect(r.x + dx, r.y, r.w, r.h)


def _block(b: TextBlock, dx: float) -> TextBlock:
    return replace(b, rect=_rect(b.rect, dx))


def _point(p: tuple[float, float], dx: float) -> tuple[float, float]:
    return (p[0] + dx, p[1])


def align(layout: MapLayout, columns: Columns) -> MapLayout:
    """The layout with phase k widened to column k and its content centred in it."""
    shift = {
        p.id: columns.x[p.index] - p.header.x + (columns.w[p.index] - p.header.w) / 2
        for p in layout.phases
    }
    right = columns.right

    def shift_x(x: float) -> float:
        phase = layout.phase_at(x)
        return x + shift[phase.id] if phase is not None else x

    phases = tuple(
        replace(
            p,
            header=Rect(columns.x[p.index], p.header.y, columns.w[p.index], p.header.h),
            body=Rect(columns.x[p.index], p.body.y, columns.w[p.index], p.body.h),
            label=replace(
                p.label,
                rect=Rect(
                    columns.x[p.index] + 10, p.label.rect.y, columns.w[p.index] - 20, p.label.rect.h
                ),
            ),
        )
        for p in layout.phases
    )
    rows = tuple(replace(r, rect=Rect(r.rect.x, r.rect.y, right, r.rect.h)) for r in layout.rows)
    tracks = tuple(
        replace(t, x1=right, stations=tuple(shift_x(x) for x in t.stations)) for t in layout.tracks
    )

    def box(s: StationBox) -> StationBox:
        dx = shift[s.phase_id]
        return replace(
            s,
            slot=_rect(s.slot, dx),
            center=_point(s.center, dx),
            title=_block(s.title, dx),
            owner=_block(s.owner, dx) if s.owner is not None else None,
            badge_center=_point(s.badge_center, dx),
            pain_center=_point(s.pain_center, dx),
            needs=tuple(NeedCard(_rect(n.rect, dx), _block(n.text, dx)) for n in s.needs),
        )

    title = layout.title
    if title is not None:
        title = replace(title, rect=Rect(title.rect.x, title.rect.y, right - 40, title.rect.h))
    return replace(
        layout,
        width=right,
        title=title,
        phases=phases,
        rows=rows,
        stations=tuple(box(s) for s in layout.stations),
        tracks=tracks,
        curve=None,
        rows_rect=Rect(LABEL_W, layout.rows_rect.y, right - LABEL_W, layout.rows_rect.h),
        _by_id={},
    )


def curve_points(
    phases: Sequence[Phase], path: Sequence[Station], columns: Columns
) -> list[tuple[float, int | None]]:
    """(x, emotion) along the customer's path, spread evenly in each common phase column."""
    index = {p.id: i for i, p in enumerate(phases)}
    by_phase: dict[int, list[Station]] = {}
    for s in path:
        by_phase.setdefault(index[s.phase_id], []).append(s)
    points: list[tuple[float, int | None]] = []
    for k in range(min(len(phases), len(columns.x))):
        members = by_phase.get(k, [])
        for i, s in enumerate(members):
            points.append((columns.x[k] + (i + 0.5) * columns.w[k] / len(members), s.emotion))
    return points


def average(points: Sequence[tuple[float, int | None]]) -> float | None:
    values = [e for _, e in points if e is not None]
    return sum(values) / len(values) if values else None

"""Where things land: lane orders for station moves, and band indexes for phases and lines.

Pure functions of the layout (and of the journey's line order), so they are tested without a
window. Every function answers ``None`` when the gesture would change nothing, so that no
empty step reaches the undo stack.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from models.layout import LineRow, MapLayout

Lane = tuple[int, int]  # (phase id, line id)
Moves = dict[int, tuple[int, int, int]]  # station id -> (phase id, line id, index)


def lane_order(layout: MapLayout, lane: Lane) -> list[int]:
    return [s.id for s in layout.lane(*lane)]


def in_map_order(layout: MapLayout, ids: Iterable[int]) -> list[int]:
    wanted = set(ids)
    return [s.id for s in layout.stations if s.id in wanted]


def moves_from_orders(
    layout: MapLayout, final: dict[Lane, list[int]], moved: Iterable[int]
) -> Moves | None:
    """``move_stations`` arguments that produce the ``final`` order of each lane given.

    With the moved stations placed in order of their indexes, a moved station's index is its
    position in its lane's final order. None when every lane keeps its order.
    """
    moved = set(moved)
    if all(lane_order(layout, lane) == order for lane, order in final.items()):
        return None
    moves: Moves = {}
    for (phase_id, line_id), order in final.items():
        for position, sid in enumerate(order):
            if sid in moved:
                moves[sid] = (phase_id, line_id, position)
    return moves or None


def insert_moves(layout: MapLayout, ids: Sequence[int], lane: Lane, index: int) -> Moves | None:
    """Put the stations ``ids`` (kept in map order) at ``index`` of ``lane``, counted in the
    lane without them: what a drag and drop does."""
    dragged = in_map_order(layout, ids)
    skip = set(dragged)
    rest = [sid for sid in lane_order(layout, lane) if sid not in skip]
    index = max(0, min(index, len(rest)))
    final = {lane: [*rest[:index], *dragged, *rest[index:]]}
    for sid in dragged:
        box = layout.station(sid)
        if box is not None and (box.phase_id, box.line_id) != lane:
            source = (box.phase_id, box.line_id)
            final.setdefault(source, [s for s in lane_order(layout, source) if s not in skip])
    return moves_from_orders(layout, final, dragged)


def _shift_right(order: list[int], selected: set[int]) -> tuple[list[int], list[int]]:
    """Each selected run swaps with the station after it; the selected tail leaves the lane."""
    tail = len(order)
    while tail > 0 and order[tail - 1] in selected:
        tail -= 1
    out: list[int] = []
    run: list[int] = []
    for sid in order[:tail]:
        if sid in selected:
            run.append(sid)
        else:
            out.append(sid)
            out.extend(run)
            run = []
    return out, order[tail:]


def arrow_moves(layout: MapLayout, ids: Iterable[int], key: str) -> Moves | None:
    """One step for the selected stations: "left"/"right" along the lane (crossing into the
    neighbouring phase at the ends), "up"/"down" to the neighbouring line of the map."""
    selected = set(in_map_order(layout, ids))
    if not selected:
        return None
    phases = [p.id for p in layout.phases]
    rows = [r.id for r in layout.rows]
    lanes: dict[Lane, list[int]] = {}
    for sid in selected:
        box = layout.station(sid)
        assert box is not None
        lane = (box.phase_id, box.line_id)
        lanes.setdefault(lane, lane_order(layout, lane))
    final: dict[Lane, list[int]] = {}
    incoming: dict[Lane, list[int]] = {}

    def lane_now(lane: Lane) -> list[int]:
        if lane not in final:
            final[lane] = lane_order(layout, lane)
        return final[lane]

    if key in ("left", "right"):
        step = 1 if key == "right" else -1
        for lane, order in lanes.items():
            if step > 0:
                kept, leaving = _shift_right(order, selected)
            else:
                kept, leaving = _shift_right(order[::-1], selected)
                kept, leaving = kept[::-1], leaving[::-1]
            final[lane] = kept
            if leaving:
                k = phases.index(lane[0]) + step
                if not 0 <= k < len(phases):
                    return None
                incoming[(phases[k], lane[1])] = leaving
        for lane, arriving in incoming.items():
            order = lane_now(lane)
            final[lane] = [*arriving, *order] if step > 0 else [*order, *arriving]
    elif key in ("up", "down"):
        step = 1 if key == "down" else -1
        for lane, order in lanes.items():
            k = rows.index(lane[1]) + step
            if not 0 <= k < len(rows):
                return None
            final[lane] = [sid for sid in lane_now(lane) if sid not in selected]
            target = (lane[0], rows[k])
            incoming.setdefault(target, []).extend(sid for sid in order if sid in selected)
        for lane, arriving in incoming.items():
            order = [sid for sid in lane_now(lane) if sid not in selected]
            for sid in in_map_order(layout, arriving):
                box = layout.station(sid)
                assert box is not None
                order.insert(min(box.index, len(order)), sid)
            final[lane] = order
    else:
        raise ValueError(f"unknown direction {key!r}")
    return moves_from_orders(layout, final, selected)


# -- phases and lines ----------------------------------------------------------------------------
def band_index(centers: Sequence[float], at: float) -> int:
    """The index among the other bands (centres in order) where a band dropped at ``at`` goes."""
    return sum(1 for c in centers if c < at)


def line_insert_index(
    line_order: Sequence[int],
    rows: Sequence[LineRow],
    display_index: int,
    kind: str,
    exclude: int | None = None,
) -> int:
    """The journey-order index (``add_line``/``move_line``) that shows a line of ``kind`` at
    ``display_index`` of the map's rows (frontstage rows first, then backstage).

    ``line_order`` is the journey's line ids by position; ``exclude`` a line being moved.
    """
    order = [i for i in line_order if i != exclude]
    shown = [r for r in rows if r.id != exclude]
    front = [r for r in shown if r.kind != "backstage"]
    group = front if kind != "backstage" else [r for r in shown if r.kind == "backstage"]
    if kind != "backstage":
        at = min(display_index, len(front))
    else:
        at = max(0, min(display_index - len(front), len(group)))
    if at < len(group):
        return order.index(group[at].id)
    if group:
        return order.index(group[-1].id) + 1
    return 0 if kind != "backstage" else len(order)


def line_target_kind(layout: MapLayout, y: float, current: str) -> str:
    """The kind a line dropped at ``y`` takes: above the line of visibility, frontstage."""
    if layout.visibility_y is None:
        return current
    return "backstage" if y > layout.visibility_y else "frontstage"

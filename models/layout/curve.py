"""The emotion curve: the customer's path through the map and a smooth line through it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from models.document import JourneySnapshot
from models.layout.geometry import CurvePoint, Point
from models.schema import Station


def path_order(snapshot: JourneySnapshot) -> list[Station]:
    """The customer's path: frontstage stations by phase, then in the journey's order."""
    front = {ln.id for ln in snapshot.lines if ln.kind != "backstage"}
    stations = [s for s in snapshot.stations if s.line_id in front]
    return sorted(stations, key=lambda s: (snapshot.phase_index(s.phase_id), s.position, s.id))


def smooth(run: Sequence[Point]) -> tuple[Point, tuple[tuple[Point, Point, Point], ...]]:
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


# A piece of the curve within one phase: consecutive assessed points, or None where a station
# not assessed breaks the curve (a gap, never a false zero).
Fragment = tuple[Point, ...] | None


def phase_points(
    members: list[Station], x: float, w: float, zero_y: float, step: float
) -> tuple[tuple[CurvePoint, ...], tuple[Fragment, ...]]:
    """The curve's points in one phase column and its fragments there.

    Points are spread evenly within the column, in path order, so the curve always runs left
    to right even where the path crosses between lines inside a phase.
    """
    points: list[CurvePoint] = []
    fragments: list[Fragment] = []
    current: list[Point] = []
    n = len(members)
    for i, s in enumerate(members):
        px = x + (i + 0.5) * w / n
        if s.emotion is None:
            if current:
                fragments.append(tuple(current))
                current = []
            fragments.append(None)
            continue
        y = zero_y - s.emotion * step
        points.append(CurvePoint(px, y, s.id, s.emotion))
        current.append((px, y))
    if current:
        fragments.append(tuple(current))
    return tuple(points), tuple(fragments)


def join_runs(fragments: Iterable[tuple[Fragment, ...]]) -> list[tuple[Point, ...]]:
    """The phases' fragments joined into the curve's runs (across phase edges)."""
    runs: list[tuple[Point, ...]] = []
    current: list[Point] = []
    for phase in fragments:
        for fragment in phase:
            if fragment is None:
                if current:
                    runs.append(tuple(current))
                    current = []
            else:
                current.extend(fragment)
    if current:
        runs.append(tuple(current))
    return runs

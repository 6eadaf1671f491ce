"""The emotion curve never swings past the −2 and +2 guides, on the canvas and in the layout the
poster draws, and still runs through every assessed station."""

from __future__ import annotations

import itertools

import pytest

from app.editor import Editor
from models import edits
from models.layout import EmotionCurve, Point, path_order
from widgets.canvas.scene import MapScene


def bezier(p0: Point, c1: Point, c2: Point, p3: Point, t: float) -> Point:
    u = 1 - t
    x = u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p3[0]
    y = u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p3[1]
    return x, y


def check_within_guides(curve: EmotionCurve) -> None:
    top, bottom = curve.y_of(2), curve.y_of(-2)
    for start, pieces in curve.runs:
        prev = start
        for c1, c2, end in pieces:
            low, high = sorted((prev[1], end[1]))
            for k in range(41):
                x, y = bezier(prev, c1, c2, end, k / 40)
                # Between two stations the curve stays between their two emotions...
                assert low - 1e-6 <= y <= high + 1e-6
                assert prev[0] - 1e-6 <= x <= end[0] + 1e-6  # ...and runs left to right
                assert top - 1e-6 <= y <= bottom + 1e-6
            prev = end


def zigzag(editor: Editor, emotions: list[int]) -> None:
    """Give the customer's path these emotions, in order (cycled)."""
    path = path_order(editor.document.snapshot(editor.journey_id))
    for station, emotion in zip(path, itertools.cycle(emotions), strict=False):
        editor.push(edits.update_station(station.id, emotion=emotion))


@pytest.mark.parametrize(
    "emotions",
    [None, [-2, 2], [2, 2, -2, -2], [-2, 1, 2, 2, 0, -2, -1]],
    ids=["sample", "zigzag", "plateaus", "mixed"],
)
def test_the_curve_stays_between_the_guides(qtbot, editor: Editor, emotions: list[int] | None):
    if emotions is not None:
        zigzag(editor, emotions)
    scene = MapScene(editor)
    curve = scene.layout.curve
    assert curve is not None and curve.runs
    check_within_guides(curve)
    # What the canvas paints: the path's exact bounds stay inside the guides.
    item = scene.curve_item()
    for _, _, path, _ in item._runs:
        bounds = path.boundingRect()
        assert bounds.top() >= curve.y_of(2) - 0.01
        assert bounds.bottom() <= curve.y_of(-2) + 0.01
    scene.deleteLater()


def test_the_curve_runs_through_every_assessed_station(qtbot, editor: Editor):
    zigzag(editor, [-2, 2, 0, 1])
    scene = MapScene(editor)
    curve = scene.layout.curve
    ends = [start for start, _ in curve.runs]
    ends += [piece[2] for _, pieces in curve.runs for piece in pieces]
    assert sorted(ends) == sorted((p.x, p.y) for p in curve.points)
    scene.deleteLater()


def test_neighbours_that_agree_are_joined_flat(qtbot, editor: Editor):
    zigzag(editor, [1, 1, -1, -1])
    scene = MapScene(editor)
    for start, pieces in scene.layout.curve.runs:
        prev = start
        for c1, c2, end in pieces:
            if prev[1] == end[1]:
                assert c1[1] == c2[1] == end[1]
            prev = end
    scene.deleteLater()

"""The canvas draws station marks through the shared mark painter (exporters/marks.py), as the
poster does: the same description, a QPainter backend (widgets/canvas/qt_painter.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage

from exporters import marks
from models import edits
from models.style import NORMAL, PROJECTOR
from widgets.canvas import station_item
from widgets.canvas.view import MapView


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str, bool]]:
    """Every station the canvas paints: (station id, theme name, details shown)."""
    seen: list[tuple[int, str, bool]] = []
    real = marks.paint_station

    def spy(p: Any, box: Any, theme: Any = NORMAL, **kwargs: Any) -> None:
        seen.append((box.id, theme.name, kwargs.get("details", True)))
        real(p, box, theme, **kwargs)

    monkeypatch.setattr(station_item, "paint_station", spy)
    return seen


def _repaint(view: MapView) -> QImage:
    for item in view.map_scene.station_items():
        item.update()  # past the item cache
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def _near(image: QImage, point: QPoint, color: str, radius: int = 3) -> bool:
    """Some pixel within ``radius`` of ``point`` is ``color`` (antialiasing aside)."""
    want = QColor(color)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            got = image.pixelColor(point.x() + dx, point.y() + dy).getRgb()[:3]
            if all(abs(a - b) <= 6 for a, b in zip(got, want.getRgb()[:3], strict=True)):
                return True
    return False


def test_stations_are_painted_by_the_mark_painter(view: MapView, painted):
    _repaint(view)
    ids = {item.item_id for item in view.map_scene.station_items()}
    assert painted, "the visible stations are painted"
    assert {station for station, _, _ in painted} <= ids
    assert {(theme, details) for _, theme, details in painted} == {("normal", True)}

    view.set_projector_theme(True)
    painted.clear()
    _repaint(view)
    assert painted and {theme for _, theme, _ in painted} == {PROJECTOR.name}


def test_a_new_pain_point_shows_as_a_note_in_its_own_colour(view: MapView, painted):
    item = next(i for i in view.map_scene.station_items() if not i.box.pains)
    view.editor.push(edits.update_station(item.item_id, pain_points=["Waits on hold"]))
    box = next(i for i in view.map_scene.station_items() if i.item_id == item.item_id).box
    assert [card.text.lines for card in box.pains] == [("Waits on hold",)]
    assert box.pain_count == 0, "the note is the mark: no triangle beside it"
    note = box.pains[0].rect
    view.centerOn(note.x + note.w / 2, note.y + note.h / 2)
    image = _repaint(view)
    inside = view.mapFromScene(note.right - 4, note.y + note.h / 2)
    bar = view.mapFromScene(note.x + 1.5, note.y + note.h / 2)
    assert _near(image, inside, NORMAL.pain_card), "the pain point's own fill"
    assert _near(image, bar, NORMAL.pain_edge), "the solid bar that parts it from a need"
    assert (item.item_id, "normal", True) in painted


def test_far_out_a_station_keeps_its_marker_but_not_its_badges(view: MapView, painted):
    view.resetTransform()
    view.scale(0.25, 0.25)  # below the zoom where text can be read
    painted.clear()
    _repaint(view)
    assert painted and {details for _, _, details in painted} == {False}

"""Selecting with the mouse: click, Ctrl/Shift-click toggles, rubber band on empty canvas."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from app.editor import Editor
from widgets.canvas.view import MapView

from .conftest import click, drag, header_point, station_id, station_point

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_click_and_toggle(view: MapView):
    seen = []
    view.selection_changed.connect(lambda: seen.append(view.selection()))
    a, b = station_id(view, "Compares prices online"), station_id(view, "Reads customer reviews")
    click(view, station_point(view, "Compares prices online"))
    assert view.selection() == ("station", [a])
    click(view, station_point(view, "Reads customer reviews"), CTRL)
    assert view.selection() == ("station", [a, b])
    click(view, station_point(view, "Compares prices online"), SHIFT)
    assert view.selection() == ("station", [b])
    assert view.map_scene.station_item(b).isSelected()
    click(view, header_point(view, "Signs up"))
    assert view.selection() == ("phase", [view.map_scene.layout.phases[1].id])
    assert seen[-1] == view.selection()
    assert len(seen) == 4


def test_rubber_band_selects_the_stations_inside(qtbot, view: MapView, editor: Editor):
    layout = view.map_scene.layout
    web = layout.rows[0]
    first, second = layout.phases[0], layout.phases[1]
    # From the empty top-left corner of "Compares offers" to the middle of "Signs up", over
    # the first line only.
    start = QPointF(first.header.x + 4, web.rect.y + 4)
    end = QPointF(second.header.center[0] - 60, web.track_y + 30)
    drag(qtbot, view, start, end)
    kind, ids = view.selection()
    expected = [
        s.id
        for s in layout.stations
        if (s.line_id == web.id and s.phase_id == first.id)
        or (s.line_id == web.id and s.phase_id == second.id and s.center[0] < end.x())
    ]
    assert kind == "station" and ids == expected and len(ids) == 3
    assert editor.undo_stack.count() == 0

    # Ctrl adds a second band to the selection; a plain click on empty canvas clears it.
    phone = layout.rows[1]
    start2 = QPointF(first.header.x + 4, phone.rect.y + 4)
    end2 = QPointF(first.header.right - 4, phone.track_y + 30)
    drag(qtbot, view, start2, end2, modifiers=CTRL)
    kind, more = view.selection()
    assert set(more) > set(ids)
    click(view, QPointF(first.header.x + 4, phone.rect.bottom - 4))
    assert view.selection() == (None, [])


def test_selection_survives_a_relayout(view: MapView, editor: Editor):
    a = station_id(view, "Compares prices online")
    view.select("station", [a])
    view.select_all()
    view.select("station", [a])
    from models import edits

    editor.push(edits.update_station(a, title="Compares prices on the web"))
    assert view.selection() == ("station", [a])

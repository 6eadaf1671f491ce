"""Zoom and presentation helpers: around the pointer, fit, focus on a phase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.editor import Editor
from models.layout import LayoutOptions
from widgets.canvas.view import MapView


def wheel(view: MapView, pos: QPoint, dy: int, modifiers=Qt.KeyboardModifier.ControlModifier):
    event = QWheelEvent(
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


@pytest.mark.parametrize("dy", [120, -120, 360])
def test_ctrl_wheel_zooms_around_the_pointer(view: MapView, dy: int):
    view.zoom_by(1.5)
    pos = QPoint(300, 250)
    fixed = view.mapToScene(pos)
    zoom = view.zoom_factor()
    wheel(view, pos, dy)
    assert view.zoom_factor() == pytest.approx(zoom * 1.25 ** (dy / 120))
    after = view.viewportTransform().map(fixed)
    assert abs(after.x() - pos.x()) <= 1 and abs(after.y() - pos.y()) <= 1


def test_plain_wheel_scrolls(view: MapView):
    zoom = view.zoom_factor()
    bar = view.verticalScrollBar()
    bar.setValue(0)
    wheel(view, QPoint(300, 250), -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoom_factor() == zoom
    assert bar.value() > 0


def test_pinch_zooms_around_the_pointer(view: MapView):
    pos = QPointF(400, 300)
    fixed = view.mapToScene(pos.toPoint())
    zoom = view.zoom_factor()
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        0.2,
        QPointF(),
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom_factor() == pytest.approx(zoom * 1.2)
    after = view.viewportTransform().map(fixed)
    assert abs(after.x() - pos.x()) <= 1 and abs(after.y() - pos.y()) <= 1


def test_fit_map_shows_everything_without_scroll_bars(qtbot, view: MapView):
    view.fit_map()
    QApplication.processEvents()
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.map_rect())
    view.zoom_in()
    assert view.zoom_factor() > 0.3
    view.actual_size()
    assert view.zoom_factor() == pytest.approx(1.0)
    view.zoom_out()
    assert view.zoom_factor() == pytest.approx(0.8)


def test_focus_phase_and_whole_map(view: MapView):
    assert view.phase_count() == 7
    view.focus_phase(3)
    band = view.map_scene.layout.phases[3]
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.left() <= band.header.x and visible.right() >= band.header.right
    assert visible.top() <= band.header.y and visible.bottom() >= band.body.bottom
    # The phase fills the window's height (a tall, narrow column), with a margin.
    assert visible.height() <= band.body.bottom - band.header.y + 2 * 24 + 4
    view.show_whole_map()
    QApplication.processEvents()  # the scroll bars go away
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.map_rect())


def test_focus_phase_animates(qtbot, view: MapView):
    view.animation_ms = 60
    view.focus_phase(0)
    band = view.map_scene.layout.phases[0]

    def arrived() -> None:
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        assert visible.left() <= band.header.x and visible.right() >= band.header.right
        assert visible.height() <= band.body.bottom - band.header.y + 2 * 24 + 4

    qtbot.waitUntil(arrived, timeout=2000)


def test_fit_selection(view: MapView):
    layout = view.map_scene.layout
    box = layout.stations[-1]
    view.select("station", [box.id])
    view.fit_selection()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(QPointF(*box.center))
    assert view.zoom_factor() == pytest.approx(1.5)


def test_layout_options_relayout(view: MapView):
    before = {s.id: s for s in view.map_scene.layout.stations}
    assert any(s.needs for s in before.values())
    view.set_layout_options(LayoutOptions(show_needs=False, show_curve=False))
    assert view.layout_options() == LayoutOptions(show_needs=False, show_curve=False)
    layout = view.map_scene.layout
    assert not any(s.needs for s in layout.stations) and layout.curve is None
    assert view.map_scene.curve_item() is None
    # The same items, given their new boxes.
    for s in layout.stations:
        assert view.map_scene.station_item(s.id).box is s


def test_projector_theme_keeps_the_geometry(view: MapView):
    layout = view.map_scene.layout
    before = view.grab().toImage()
    view.set_projector_theme(True)
    assert view.map_scene.layout is layout
    assert view.map_scene.theme.track_width > 8
    assert view.grab().toImage() != before
    view.set_projector_theme(False)
    assert view.map_scene.theme.name == "normal"


def test_middle_button_and_space_drag_pan(qtbot, view: MapView, editor: Editor):
    from PySide6.QtTest import QTest

    from .conftest import drag

    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.maximum() // 2)
    v.setValue(v.maximum() // 2)
    x, y = h.value(), v.value()
    centre = view.mapToScene(view.viewport().rect().center())
    drag(qtbot, view, centre, centre + QPointF(-100, -60), button=Qt.MouseButton.MiddleButton)
    assert h.value() > x and v.value() > y
    x = h.value()
    QTest.keyPress(view, Qt.Key.Key_Space)
    centre = view.mapToScene(view.viewport().rect().center())
    drag(qtbot, view, centre, centre + QPointF(120, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert h.value() < x
    assert view.selection() == (None, [])  # panning selects nothing
    assert editor.undo_stack.count() == 0

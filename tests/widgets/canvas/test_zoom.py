"""Zoom and presentation helpers: around the pointer, fit, focus on a phase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
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
    layout = view.map_scene.layout
    band = layout.phases[3]
    rect = view.phase_rect(3)  # not presenting: the whole phase, however small
    view.focus_phase(3)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.left() <= band.header.x and visible.right() >= band.header.right
    # The column from the header to the bottom of the emotion curve fills the window's height
    # (a tall, narrow column), with a margin.
    assert visible.top() <= band.header.y and visible.bottom() >= layout.curve.rect.bottom
    assert visible.height() <= layout.curve.rect.bottom - band.header.y + 2 * 24 + 4
    assert rect is not None and rect.contains(QRectF(band.header.x, band.header.y, 1, 1))
    view.show_whole_map()
    QApplication.processEvents()  # the scroll bars go away
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.map_rect())


def test_focus_phase_animates(qtbot, view: MapView):
    view.animation_ms = 60
    view.focus_phase(0)
    band = view.map_scene.layout.phases[0]
    bottom = view.map_scene.layout.curve.rect.bottom

    def arrived() -> None:
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        assert visible.left() <= band.header.x and visible.right() >= band.header.right
        assert visible.height() <= bottom - band.header.y + 2 * 24 + 4

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


@pytest.mark.parametrize("size", [(900, 720), (1280, 900), (700, 380)])
def test_opening_shows_the_top_left_with_the_whole_title(view: MapView, size):
    from widgets.canvas.navigation import READABLE_OPEN

    """A map wider than the window opens at its full height from the left: the title whole,
    no vertical scroll bar, no empty band above or below (a window too short for a readable
    full height scrolls down instead)."""
    view.resize(*size)
    view.navigator.opening_view()
    QApplication.processEvents()
    layout = view.map_scene.layout
    scene = view.map_scene.sceneRect()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    title = layout.title.rect.united(layout.subtitle.rect)
    assert visible.contains(QRectF(title.x, title.y, 200, title.h))  # not cut at the top
    assert visible.left() <= scene.left() + 1  # from the left
    assert visible.top() <= 0  # the title band from its top
    if visible.width() < scene.width():
        assert view.horizontalScrollBar().isVisible()  # the rest of the map is to the right
        assert visible.left() == pytest.approx(scene.left(), abs=1)
    readable = READABLE_OPEN  # station titles at least 11 px on screen
    assert view.zoom_factor() >= readable - 1e-9
    if view.zoom_factor() > readable + 1e-6:  # fitted by height: all of it, no vertical bar
        assert not view.verticalScrollBar().isVisible()
        assert visible.bottom() >= view.map_scene.map_rect().bottom()  # the curve too
        assert visible.height() == pytest.approx(scene.height(), rel=0.03)  # no empty bands
    else:
        assert view.verticalScrollBar().isVisible()


def test_a_map_that_fits_at_full_height_opens_whole(view: MapView):
    view.resize(2900, 1400)
    view.navigator.opening_view()
    QApplication.processEvents()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.sceneRect())
    assert not view.horizontalScrollBar().isVisible()


def test_fit_map_centres_the_map(view: MapView):
    view.resize(900, 720)
    view.fit_map()
    QApplication.processEvents()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    scene = view.map_scene.sceneRect()
    assert abs(visible.center().x() - scene.center().x()) <= 2 / view.zoom_factor()
    assert abs(visible.center().y() - scene.center().y()) <= 2 / view.zoom_factor()


def test_a_map_changed_while_the_view_is_hidden_can_be_scrolled_whole(view: MapView):
    from models import edits

    view.hide()
    journey = view.editor.journey_id
    for n in range(3):
        view.editor.push(edits.add_phase(journey, f"Later {n}", 0))
    view.show()
    QApplication.processEvents()
    assert view.sceneRect().contains(view.map_scene.sceneRect())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.right() >= view.map_scene.map_rect().right() - 1

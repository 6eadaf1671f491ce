"""Presentation mode: F5 in, the arrows step phase by phase, Home for all, 1–5 set emotions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QDockWidget, QToolBar

from models import style
from widgets.canvas.navigation import PRESENT_TITLE_PX
from widgets.presentation import HUD_FADE_MS, HUD_SHOWN_MS


@pytest.fixture
def presenting(window, qtbot):
    """The window in presentation mode, entered with F5, without animations."""
    view = window.view
    view.animation_ms = 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.wait(10)  # the deferred fit after the full-screen geometry arrives
    return window


def visible_rect(view) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_f5_hides_panels_and_bars_and_goes_full_screen(presenting):
    window = presenting
    assert window.presentation.active
    assert window.isFullScreen()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    assert not any(t.isVisible() for t in window.findChildren(QToolBar))
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert window.view.projector_theme()
    assert window.action("present").isChecked()


def test_right_steps_to_the_next_phase_and_home_shows_the_whole_map(presenting, qtbot, monkeypatch):
    view, controller = presenting.view, presenting.presentation
    focused: list[tuple[int, int]] = []
    real_focus = view.focus_phase
    monkeypatch.setattr(
        view, "focus_phase", lambda i, part=0: (focused.append((i, part)), real_focus(i, part))
    )

    # Each phase, in as many parts as it needs for readable titles on this screen.
    parts = [view.phase_parts(i) for i in range(2)]
    stops = [(i, k) for i in range(2) for k in range(parts[i])]
    for _ in stops:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert focused == stops
    assert (controller.phase_index, controller.phase_part) == (1, parts[1] - 1)
    band = view.map_scene.layout.phases[1]
    shown = visible_rect(view)
    assert shown.contains(view.phase_stops(1)[-1].part)
    assert shown.left() < band.header.x and shown.right() > band.header.right
    assert shown.width() < view.map_scene.sceneRect().width() / 2  # zoomed to the phase
    assert "Signs up" in controller.hud.text()
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()

    for _ in range(parts[1]):
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert focused[-1] == (0, parts[0] - 1)  # back into the previous phase: its last part
    wholes: list[bool] = []
    real_whole = view.show_whole_map
    monkeypatch.setattr(view, "show_whole_map", lambda: (wholes.append(True), real_whole()))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert wholes == [True]
    whole, room = view.map_scene.sceneRect(), view.maximumViewportSize()
    fit = min(room.width() / whole.width(), room.height() / whole.height())
    assert view.zoom_factor() == pytest.approx(fit, rel=0.01)  # all of the map in the window
    assert controller.phase_index == -1


def test_stepping_centres_each_phase_with_readable_titles(presenting, qtbot):
    """Real key presses through every stop: each phase (the first and the last too) in the
    middle of the screen, its titles at 18 px or more, the map's title left out."""
    view, controller = presenting.view, presenting.presentation
    layout = view.map_scene.layout
    center = view.viewport().rect().center()
    seen = []
    for _ in range(sum(view.phase_parts(i) for i in range(view.phase_count()))):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        index, part = controller.phase_index, controller.phase_part
        seen.append(index)
        band = layout.phases[index]
        x = view.mapFromScene(QPointF(band.header.center[0], band.header.y)).x()
        assert abs(x - center.x()) <= 2, band.name
        assert visible_rect(view).contains(view.phase_stops(index)[part].part)
        assert style.STATION_TITLE_SIZE * view.zoom_factor() >= PRESENT_TITLE_PX
        assert not view.map_scene.title_item().isVisible()
        parts = view.phase_parts(index)
        assert controller.hud.text().endswith(
            f"({part + 1} of {parts})" if parts > 1 else band.name
        )
    assert seen[0] == 0 and seen[-1] == view.phase_count() - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.map_scene.title_item().isVisible()


def test_stepping_stops_at_the_last_phase(presenting, qtbot):
    view, controller = presenting.view, presenting.presentation
    total = sum(view.phase_parts(i) for i in range(view.phase_count()))
    for _ in range(total + 3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert controller.phase_index == view.phase_count() - 1
    assert controller.phase_part == view.phase_parts(view.phase_count() - 1) - 1


def test_the_caption_is_shown_then_fades_away(presenting, qtbot):
    """Shown in full long enough to read, then faded out and hidden; the next step shows it in
    full again. (How long it stays is HUD_SHOWN_MS; no wall-clock timing here: a busy machine
    only delays the timer.)"""
    view, controller = presenting.view, presenting.presentation
    qtbot.keyClick(view, Qt.Key.Key_Right)
    hud = controller.hud
    assert hud.isVisible() and hud.text().startswith("1 / 7")
    assert hud.graphicsEffect().opacity() == 1.0
    assert HUD_SHOWN_MS >= 1000  # long enough to read a phase's name
    opacities: list[float] = []
    hud.graphicsEffect().opacityChanged.connect(opacities.append)
    qtbot.waitUntil(lambda: not hud.isVisible(), timeout=HUD_SHOWN_MS + HUD_FADE_MS + 10_000)
    assert opacities and opacities == sorted(opacities, reverse=True)  # a fade, not a cut
    assert opacities[-1] == pytest.approx(0.0)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next one shows in full again
    assert hud.isVisible() and hud.graphicsEffect().opacity() == 1.0


def test_number_keys_set_the_emotion_of_the_selected_station(presenting, qtbot):
    editor, view = presenting.editor, presenting.view
    station = editor.document.stations(editor.journey_id)[0]
    view.select("station", [station.id])
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert editor.document.station(station.id).emotion == 2
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert editor.document.station(station.id).emotion == -2
    assert editor.undo_stack.undoText() == "Edit station emotion"


def test_number_keys_set_several_stations_in_one_step(presenting, qtbot):
    editor, view = presenting.editor, presenting.view
    ids = [s.id for s in editor.document.stations(editor.journey_id)[:3]]
    view.select("station", ids)
    before = editor.undo_stack.index()
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert {editor.document.station(i).emotion for i in ids} == {1}
    assert editor.undo_stack.index() == before + 1


def test_double_click_rename_still_works_while_presenting(presenting, qtbot):
    editor, view = presenting.editor, presenting.view
    station = editor.document.stations(editor.journey_id)[0]
    view.select("station", [station.id])
    view.rename_selection()
    inline = view.rename_editor()
    assert inline is not None and inline.active
    inline.set_text("Compares offers")
    qtbot.keyClick(inline.widget, Qt.Key.Key_3)  # a digit is text here, not an emotion
    assert inline.text().endswith("3")
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # cancels the rename, stays presenting
    assert presenting.presentation.active
    assert editor.document.station(station.id).emotion == station.emotion


def test_esc_leaves_and_restores_panels_and_bars(presenting, qtbot):
    window = presenting
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.presentation.active
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.palette_dock.isVisible() and window.properties_dock.isVisible()
    assert window.toolbar.isVisible()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert not window.view.projector_theme()
    assert not window.action("present").isChecked()
    assert not window.presentation.next_action.isEnabled()


def test_arrow_keys_are_the_maps_own_outside_presentation(window, qtbot, monkeypatch):
    view = window.view
    focused: list[int] = []
    monkeypatch.setattr(view, "focus_phase", lambda i, part=0: focused.append(i))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert focused == []


def test_leaving_brings_back_the_zoom_the_map_had(window, qtbot):
    view = window.view
    view.animation_ms = 0
    view.zoom_in()
    before = view.zoom_factor()
    window.action("present").trigger()
    view.focus_phase(2)
    assert view.zoom_factor() != pytest.approx(before)
    window.presentation.leave()
    qtbot.waitUntil(lambda: view.zoom_factor() == pytest.approx(before))
    assert window.zoom_label.text() == f"{before * 100:.0f} %"

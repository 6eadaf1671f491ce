"""Presentation mode: F5 in, the arrows step phase by phase, Home for all, Enter for one
station alone, 1–5 set emotions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QDockWidget, QToolBar

from models import style
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


def shown_stations(window, qtbot) -> list[int]:
    """The stations of the stop shown (the first phase's, stepping there from the overview)."""
    view = window.view
    if view.presented_phase() is None:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    return [box.id for box in view.map_scene.layout.stations]


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
    focused: list[int] = []
    real_focus = view.focus_phase
    monkeypatch.setattr(view, "focus_phase", lambda i: (focused.append(i), real_focus(i)))

    # One stop per phase: never a phase cut into parts.
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert focused == [0, 1]
    assert controller.phase_index == 1 and view.presented_phase() == 1
    layout = view.map_scene.layout
    band = layout.phases[1]
    assert band.name == "Signs up" and band.header_color == style.ROOM_CURRENT
    screen = QRectF(view.viewport().rect())
    assert screen.contains(view.mapFromScene(header_rect(band)).boundingRect().toRectF())
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()

    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert focused[-1] == 0
    wholes: list[bool] = []
    real_whole = view.show_whole_map
    monkeypatch.setattr(view, "show_whole_map", lambda: (wholes.append(True), real_whole()))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert wholes == [True]
    # The overview: the journey at phase level, every phase on the screen.
    assert controller.phase_index == -1 and view.presented_phase() is None
    assert view.map_scene.captions_item() is not None
    for band in view.map_scene.layout.phases:
        assert screen.contains(view.mapFromScene(header_rect(band)).boundingRect().toRectF())


def header_rect(band) -> QRectF:
    h = band.header
    return QRectF(h.x, h.y, h.w, h.h)


def test_stepping_shows_every_phase_whole_with_its_header_and_line_names(presenting, qtbot):
    """Real key presses through every stop: each phase whole (every station of it), its
    header marked and on screen, every line's name on screen, the map's title left out."""
    view, controller = presenting.view, presenting.presentation
    editor = presenting.editor
    screen = QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1)
    seen = []
    for _ in range(view.phase_count()):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        index = controller.phase_index
        seen.append(index)
        layout = view.map_scene.layout
        band = layout.phases[index]
        assert screen.contains(view.mapFromScene(header_rect(band)).boundingRect().toRectF())
        for row in layout.rows:
            r = row.label.rect
            label = view.mapFromScene(QRectF(r.x, r.y, r.w, r.h)).boundingRect().toRectF()
            assert screen.contains(label), row.name
        stations = {s.id for s in editor.document.stations(editor.journey_id)}
        in_phase = {
            s.id for s in editor.document.stations(editor.journey_id) if s.phase_id == band.id
        }
        assert {b.id for b in layout.stations} == in_phase <= stations
        assert view.map_scene.title_item() is None
    assert seen == list(range(view.phase_count()))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.map_scene.title_item().isVisible()  # the overview has the journey's name


def test_stepping_stops_at_the_last_phase(presenting, qtbot):
    view, controller = presenting.view, presenting.presentation
    for _ in range(view.phase_count() + 3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert controller.phase_index == view.phase_count() - 1


def test_the_caption_is_shown_then_fades_away(presenting, qtbot):
    """Shown in full long enough to read, then faded out and hidden; the next one shows in
    full again. (How long it stays is HUD_SHOWN_MS; no wall-clock timing here: a busy
    machine only delays the timer.) It stands in the bottom-right corner."""
    view, controller = presenting.view, presenting.presentation
    view.select("station", [shown_stations(presenting, qtbot)[0]])
    qtbot.keyClick(view, Qt.Key.Key_4)
    hud = controller.hud
    assert hud.isVisible() and hud.text().startswith("Emotion: Positive")
    assert hud.graphicsEffect().opacity() == 1.0
    assert hud.geometry().right() > presenting.width() * 0.75
    assert HUD_SHOWN_MS >= 1000  # long enough to read
    opacities: list[float] = []
    hud.graphicsEffect().opacityChanged.connect(opacities.append)
    qtbot.waitUntil(lambda: not hud.isVisible(), timeout=HUD_SHOWN_MS + HUD_FADE_MS + 10_000)
    assert opacities and opacities == sorted(opacities, reverse=True)  # a fade, not a cut
    assert opacities[-1] == pytest.approx(0.0)
    qtbot.keyClick(view, Qt.Key.Key_5)  # the next one shows in full again
    assert hud.isVisible() and hud.graphicsEffect().opacity() == 1.0


def test_enter_shows_the_station_alone_and_esc_returns(presenting, qtbot):
    view, controller, editor = presenting.view, presenting.presentation, presenting.editor
    qtbot.keyClick(view, Qt.Key.Key_Right)
    station = next(
        s
        for s in editor.document.stations(editor.journey_id)
        if s.needs and s.pain_points and s.phase_id == view.map_scene.layout.phases[0].id
    )
    view.select("station", [station.id])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    card = controller.spotlight
    assert card is not None and card.isVisible()
    assert card.geometry() == view.viewport().rect()  # the whole screen
    texts = dict(card.texts())
    assert station.title in texts
    for text in (*station.needs, *station.pain_points):
        assert text in texts
    owner = editor.document.owner(station.owner_id)
    assert any(owner.name in t for t in texts)
    height = view.viewport().height()
    title_min = 28 if height >= 1080 else 22
    note_min = 20 if height >= 1080 else 16
    assert texts[station.title] >= title_min
    assert all(texts[t] >= note_min for t in (*station.needs, *station.pain_points))
    # Voting goes on while it is shown, and the card follows.
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert editor.document.station(station.id).emotion == -2
    assert any("Very negative" in t for t, _ in card.texts())
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # back to the map, still presenting
    assert not card.isVisible() and controller.active
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not controller.active


def test_enter_without_a_station_says_what_to_do(presenting, qtbot):
    view, controller = presenting.view, presenting.presentation
    view.select(None, [])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not controller.spotlight_shown()
    assert "Select a station" in controller.hud.text()


def test_number_keys_set_the_emotion_of_the_selected_station(presenting, qtbot):
    editor, view = presenting.editor, presenting.view
    station = editor.document.station(shown_stations(presenting, qtbot)[0])
    view.select("station", [station.id])
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert editor.document.station(station.id).emotion == 2
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert editor.document.station(station.id).emotion == -2
    assert editor.undo_stack.undoText() == "Edit station emotion"


def test_number_keys_set_several_stations_in_one_step(presenting, qtbot):
    editor, view = presenting.editor, presenting.view
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # "Signs up": four stations
    ids = shown_stations(presenting, qtbot)[:3]
    assert len(ids) == 3
    view.select("station", ids)
    before = editor.undo_stack.index()
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert {editor.document.station(i).emotion for i in ids} == {1}
    assert editor.undo_stack.index() == before + 1


def test_backstage_work_gets_no_emotion_vote(presenting, qtbot):
    """Only the customer feels: the number keys leave a backstage station alone (and say
    why); with a customer's station among the selection, only that one is set."""
    editor, view = presenting.editor, presenting.view
    document = editor.document
    lines = {ln.id: ln.kind for ln in document.lines(editor.journey_id)}
    shown: list = []
    for _stop in range(view.phase_count()):  # to the first phase with backstage work
        qtbot.keyClick(view, Qt.Key.Key_Right)
        shown = [document.station(i) for i in shown_stations(presenting, qtbot)]
        if {lines[s.line_id] for s in shown} == {"frontstage", "backstage"}:
            break
    back = next(s for s in shown if lines[s.line_id] == "backstage")
    front = next(s for s in shown if lines[s.line_id] != "backstage")
    steps = editor.undo_stack.count()
    view.select("station", [back.id])
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert document.station(back.id).emotion == back.emotion
    assert editor.undo_stack.count() == steps
    assert "Backstage" in presenting.presentation.hud.text()
    view.select("station", [front.id, back.id])
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert document.station(front.id).emotion == -1
    assert document.station(back.id).emotion == back.emotion


def test_double_click_rename_still_works_while_presenting(presenting, qtbot):
    editor, view = presenting.editor, presenting.view
    station = editor.document.station(shown_stations(presenting, qtbot)[0])
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
    monkeypatch.setattr(view, "focus_phase", lambda i: focused.append(i))
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


def test_a_presenters_clicker_and_end_step_through_the_stops(presenting, qtbot):
    """Page Down / Page Up (what a clicker sends) step like the arrows; End goes to the last
    phase (the last phase's tab marked on screen), Home back to the overview."""
    view, controller = presenting.view, presenting.presentation
    last = view.phase_count() - 1
    assert last > 1
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert controller.phase_index == last and view.presented_phase() == last
    band = view.map_scene.layout.phases[last]
    assert band.header_color == style.ROOM_CURRENT
    screen = QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1)
    assert screen.contains(view.mapFromScene(header_rect(band)).boundingRect().toRectF())
    qtbot.keyClick(view, Qt.Key.Key_End)  # again: stays
    assert controller.phase_index == last
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert controller.phase_index == last - 1
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert controller.phase_index == last
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # past the last: stays on it
    assert controller.phase_index == last
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert controller.phase_index == -1 and view.presented_phase() is None
    qtbot.keyClick(view, Qt.Key.Key_PageUp)  # before the overview: stays on it
    assert controller.phase_index == -1
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert controller.phase_index == 0 and view.presented_phase() == 0
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not controller.active
    assert not controller.last_action.isEnabled()  # End is the editor's again


def test_the_selection_frame_after_the_spotlight_goes_around_the_station(presenting, qtbot):
    """Select a station at a phase stop, Enter, Esc: the frame around it takes in its whole
    title and every note (it was the map's narrow slot, through the title)."""
    view = presenting.view
    qtbot.keyClick(view, Qt.Key.Key_Right)
    item = max(view.map_scene.station_items(), key=lambda i: len(i.box.needs + i.box.pains))
    view.select("station", [item.item_id])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert presenting.presentation.spotlight_shown()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not presenting.presentation.spotlight_shown() and item.isSelected()
    item = view.map_scene.station_item(item.item_id)
    frame, box = item.selection_rect(), item.box
    assert frame.width() > 164  # wider than the map's slot: the room's station is
    for r in (box.title.rect, *(c.rect for c in (*box.needs, *box.pains))):
        assert frame.contains(QRectF(r.x, r.y, r.w, r.h))
    cx, cy = box.center
    assert item.boundingRect().translated(cx, cy).contains(frame)  # painted whole

"""Station gestures with real mouse events: drop from the palette, drag to reorder, move into
another lane, drag a multi-selection, Esc to cancel. Each checks the model, the undo history
(back and forth) and finally the file on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.editor import Editor
from widgets.canvas.mime import NEW_LINE_MIME, NEW_PHASE_MIME, NEW_STATION_MIME
from widgets.canvas.view import MapView

from .conftest import (
    LEFT,
    MapState,
    click,
    disk_state,
    drag,
    lane_point,
    map_state,
    move_held,
    station_point,
    to_view,
)

WEB = "Web & app"
PHONE = "Phone & email"


def check_history(editor: Editor, before: MapState, after: MapState, steps: int = 1) -> None:
    """Undo and redo back and forth, checking the model each time."""
    jid = editor.journey_id
    assert editor.undo_stack.count() == steps
    for _ in range(2):
        editor.undo()
        assert map_state(editor.document, jid) == before
        editor.redo()
        assert map_state(editor.document, jid) == after


def check_disk(editor: Editor, path: Path, after: MapState) -> None:
    jid = editor.journey_id
    editor.close()
    assert disk_state(path, jid) == after


def drop_new_station(view: MapView, scene_pt: QPointF, mime: str = NEW_STATION_MIME) -> None:
    data = QMimeData()
    data.setData(mime, b"")
    viewport = view.viewport()
    pos = to_view(view, scene_pt)
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, copy, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, copy, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    assert view.map_scene.marker.isVisible()
    drop = QDropEvent(QPointF(pos), copy, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def test_drop_from_palette_between_two_stations(view: MapView, editor: Editor, workshop_path):
    jid = editor.journey_id
    before = map_state(editor.document, jid)
    a, b = (
        station_point(view, "Compares prices online"),
        station_point(view, "Reads customer reviews"),
    )
    drop_new_station(view, (a + b) / 2)

    after = map_state(editor.document, jid)
    assert after[("Compares offers", WEB)] == [
        "Compares prices online",
        "New station",
        "Reads customer reviews",
    ]
    assert not view.map_scene.marker.isVisible()
    # The title editor is open with the text selected, ready to type over.
    rename = view.operations.rename_editor
    assert rename is not None and rename.selected_text() == "New station"
    QTest.keyClick(rename.widget, Qt.Key.Key_Escape)
    assert view.operations.rename_editor is None
    assert view.selection() == ("station", [view.map_scene.snapshot.stations[1].id])
    check_history(editor, before, after)
    check_disk(editor, workshop_path, after)


def test_drop_into_an_empty_lane_and_name_it(view: MapView, editor: Editor, workshop_path):
    jid = editor.journey_id
    before = map_state(editor.document, jid)
    assert ("Switches supplier", WEB) not in before
    drop_new_station(view, lane_point(view, "Switches supplier", WEB))
    rename = view.operations.rename_editor
    assert rename is not None
    QTest.keyClicks(rename.widget, "Gets a text message")
    QTest.keyClick(rename.widget, Qt.Key.Key_Return)
    after = map_state(editor.document, jid)
    assert after[("Switches supplier", WEB)] == ["Gets a text message"]
    assert editor.undo_stack.count() == 2  # the drop, then the name
    editor.undo()
    assert map_state(editor.document, jid)[("Switches supplier", WEB)] == ["New station"]
    editor.undo()
    assert map_state(editor.document, jid) == before
    editor.redo()
    editor.redo()
    assert map_state(editor.document, jid) == after
    check_disk(editor, workshop_path, after)


def test_drag_reorders_within_a_lane(qtbot, view: MapView, editor: Editor, workshop_path):
    jid = editor.journey_id
    before = map_state(editor.document, jid)
    assert before[("Compares offers", WEB)] == ["Compares prices online", "Reads customer reviews"]
    start = station_point(view, "Compares prices online")
    end = station_point(view, "Reads customer reviews") + QPointF(60, 0)
    drag(qtbot, view, start, end)

    after = map_state(editor.document, jid)
    assert after[("Compares offers", WEB)] == ["Reads customer reviews", "Compares prices online"]
    assert {k: v for k, v in after.items() if k != ("Compares offers", WEB)} == {
        k: v for k, v in before.items() if k != ("Compares offers", WEB)
    }
    # The items sit where the new layout puts them.
    for item in view.map_scene.station_items():
        assert item.pos() == QPointF(*item.box.center)
    check_history(editor, before, after)
    check_disk(editor, workshop_path, after)


def test_drag_into_another_phase_and_line(qtbot, view: MapView, editor: Editor, workshop_path):
    jid = editor.journey_id
    before = map_state(editor.document, jid)
    start = station_point(view, "Reads customer reviews")
    # Into "Signs up" × "Phone & email", right of its one station.
    end = station_point(view, "Receives order confirmation") + QPointF(50, 0)
    drag(qtbot, view, start, end, steps=12)

    after = map_state(editor.document, jid)
    assert after[("Compares offers", WEB)] == ["Compares prices online"]
    assert after[("Signs up", PHONE)] == ["Receives order confirmation", "Reads customer reviews"]
    check_history(editor, before, after)
    check_disk(editor, workshop_path, after)


def test_drag_a_multi_selection(qtbot, view: MapView, editor: Editor, workshop_path):
    jid = editor.journey_id
    before = map_state(editor.document, jid)
    click(view, station_point(view, "Fills in sign-up form"))
    click(view, station_point(view, "Signs with BankID"), Qt.KeyboardModifier.ControlModifier)
    kind, ids = view.selection()
    assert kind == "station" and len(ids) == 2
    # Drag both to the empty lane "Switches supplier" × "Web & app".
    drag(
        qtbot,
        view,
        station_point(view, "Signs with BankID"),
        lane_point(view, "Switches supplier", WEB),
        steps=10,
    )

    after = map_state(editor.document, jid)
    assert after[("Switches supplier", WEB)] == ["Fills in sign-up form", "Signs with BankID"]
    assert ("Signs up", WEB) not in after
    assert view.selection() == ("station", ids)  # still selected after the move
    check_history(editor, before, after)
    check_disk(editor, workshop_path, after)


def test_esc_cancels_a_drag(qtbot, view: MapView, editor: Editor, workshop_path):
    jid = editor.journey_id
    before = map_state(editor.document, jid)
    start = station_point(view, "Compares prices online")
    end = lane_point(view, "Switches supplier", PHONE)
    last = drag(qtbot, view, start, end, release=False)
    item = next(
        i for i in view.map_scene.station_items() if i.box.title.lines[0] == "Compares prices"
    )
    assert item.pos() != QPointF(*item.box.center)  # it follows the pointer
    assert view.map_scene.marker.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert item.pos() == QPointF(*item.box.center)  # back home
    assert not view.map_scene.marker.isVisible()
    move_held(view, last)
    QTest.mouseRelease(view.viewport(), LEFT, Qt.KeyboardModifier(0), last)
    assert map_state(editor.document, jid) == before
    assert editor.undo_stack.count() == 0
    for it in view.map_scene.station_items():
        assert it.pos() == QPointF(*it.box.center)
    check_disk(editor, workshop_path, before)


def test_a_drag_that_lands_where_it_started_pushes_nothing(qtbot, view: MapView, editor: Editor):
    start = station_point(view, "Compares prices online")
    drag(qtbot, view, start, start + QPointF(30, 25))
    assert editor.undo_stack.count() == 0


def test_neighbours_make_room_while_dragging(qtbot, view: MapView, editor: Editor):
    start = station_point(view, "Signs with BankID")
    # Hover left of "Compares prices online": both stations of that lane step right.
    target = station_point(view, "Compares prices online") - QPointF(50, 0)
    last = drag(qtbot, view, start, target, release=False)
    scene = view.map_scene
    for title in ("Compares prices online", "Reads customer reviews"):
        box_id = next(s.id for s in scene.snapshot.stations if s.title == title)
        item = scene.station_item(box_id)
        assert item.pos().x() > item.box.center[0]
    QTest.mouseRelease(view.viewport(), LEFT, Qt.KeyboardModifier(0), last)
    assert map_state(editor.document, editor.journey_id)[("Compares offers", WEB)][0] == (
        "Signs with BankID"
    )


def test_drop_a_new_phase_and_a_new_line(view: MapView, editor: Editor):
    jid = editor.journey_id
    layout = view.map_scene.layout
    # Between the first two phases.
    drop_new_station(
        view, QPointF(layout.phases[1].header.x + 10, layout.rows[0].track_y), NEW_PHASE_MIME
    )
    view.operations.rename_editor.cancel()
    assert [p.name for p in editor.document.phases(jid)][1] == "New phase"
    # Under the last (backstage) line: a new backstage line.
    last = view.map_scene.layout.rows[-1]
    drop_new_station(view, QPointF(400, last.rect.bottom - 5), NEW_LINE_MIME)
    view.operations.rename_editor.cancel()
    rows = view.map_scene.layout.rows
    assert rows[-1].name == "New line" and rows[-1].kind == "backstage"
    assert editor.undo_stack.count() == 2


def test_a_drop_of_something_else_is_refused(view: MapView):
    data = QMimeData()
    data.setText("hello")
    pos = view.viewport().rect().center()
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(view.viewport(), enter)
    assert not enter.isAccepted()


def test_add_phase_and_line_from_the_api(view: MapView, editor: Editor):
    jid = editor.journey_id
    layout = view.map_scene.layout
    view.select("phase", [layout.phases[0].id])
    new_phase = view.add_phase()
    view.operations.rename_editor.cancel()
    assert [p.id for p in editor.document.phases(jid)][1] == new_phase
    new_line = view.add_line()  # after the last frontstage line
    view.operations.rename_editor.cancel()
    rows = view.map_scene.layout.rows
    assert [r.id for r in rows].index(new_line) == 3 and rows[3].kind == "frontstage"
    assert view.selection() == ("line", [new_line])

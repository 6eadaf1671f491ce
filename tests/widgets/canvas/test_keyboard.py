"""Keys on the map: arrows move the selection one slot or line (one step each), Delete and
Ctrl+D, Esc clears the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.editor import Editor
from widgets.canvas.view import MapView

from .conftest import map_state, station_id

WEB = "Web & app"
PHONE = "Phone & email"
CTRL = Qt.KeyboardModifier.ControlModifier


def key(view: MapView, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(view, k, modifiers)


def test_arrows_move_a_station_slot_by_slot_and_across_phases(view: MapView, editor: Editor):
    jid = editor.journey_id
    start = map_state(editor.document, jid)
    view.select("station", [station_id(view, "Compares prices online")])

    key(view, Qt.Key.Key_Right)  # past its neighbour in the lane
    assert map_state(editor.document, jid)[("Compares offers", WEB)] == [
        "Reads customer reviews",
        "Compares prices online",
    ]
    key(view, Qt.Key.Key_Right)  # at the end of the lane: into the next phase, first place
    state = map_state(editor.document, jid)
    assert state[("Compares offers", WEB)] == ["Reads customer reviews"]
    assert state[("Signs up", WEB)][0] == "Compares prices online"
    key(view, Qt.Key.Key_Down)  # to the next line, same phase
    state = map_state(editor.document, jid)
    assert state[("Signs up", PHONE)] == ["Compares prices online", "Receives order confirmation"]
    key(view, Qt.Key.Key_Up)
    key(view, Qt.Key.Key_Left)
    key(view, Qt.Key.Key_Left)
    assert map_state(editor.document, jid) == start
    assert editor.undo_stack.count() == 6  # one step per key
    assert view.selection() == ("station", [station_id(view, "Compares prices online")])
    for _ in range(6):
        editor.undo()
    assert map_state(editor.document, jid) == start


def test_arrow_at_the_edge_of_the_map_does_nothing(view: MapView, editor: Editor):
    view.select("station", [station_id(view, "Compares prices online")])
    key(view, Qt.Key.Key_Up)  # already on the first line
    key(view, Qt.Key.Key_Left)  # already first in the first phase
    assert editor.undo_stack.count() == 0


def test_arrows_move_a_multi_selection_together(view: MapView, editor: Editor):
    jid = editor.journey_id
    ids = [station_id(view, "Fills in sign-up form"), station_id(view, "Signs with BankID")]
    view.select("station", ids)
    key(view, Qt.Key.Key_Down)
    state = map_state(editor.document, jid)
    assert ("Signs up", WEB) not in state
    assert state[("Signs up", PHONE)] == [
        "Fills in sign-up form",
        "Signs with BankID",
        "Receives order confirmation",
    ]
    assert editor.undo_stack.count() == 1


def test_arrows_move_a_phase_and_a_line(view: MapView, editor: Editor):
    layout = view.map_scene.layout
    first = layout.phases[0].id
    view.select("phase", [first])
    key(view, Qt.Key.Key_Right)
    assert [p.id for p in view.map_scene.layout.phases][1] == first
    web = layout.rows[0].id
    view.select("line", [web])
    key(view, Qt.Key.Key_Down)
    assert [r.id for r in view.map_scene.layout.rows][1] == web
    assert editor.undo_stack.count() == 2


def test_delete_removes_the_selection_in_one_step(view: MapView, editor: Editor):
    jid = editor.journey_id
    before = map_state(editor.document, jid)
    ids = [station_id(view, "Compares prices online"), station_id(view, "Signs with BankID")]
    view.select("station", ids)
    key(view, Qt.Key.Key_Delete)
    after = map_state(editor.document, jid)
    assert after[("Compares offers", WEB)] == ["Reads customer reviews"]
    assert after[("Signs up", WEB)] == ["Fills in sign-up form"]
    assert view.selection() == (None, [])
    assert all(view.map_scene.station_item(i) is None for i in ids)
    assert editor.undo_stack.count() == 1
    editor.undo()
    assert map_state(editor.document, jid) == before
    assert all(view.map_scene.station_item(i) is not None for i in ids)
    editor.redo()
    assert map_state(editor.document, jid) == after


def test_deleting_a_phase_asks_first(view: MapView, editor: Editor):
    jid = editor.journey_id
    before = map_state(editor.document, jid)
    questions = []
    view.confirm = lambda title, q: questions.append(q) or False
    phase = view.map_scene.layout.phases[0]
    view.select("phase", [phase.id])
    key(view, Qt.Key.Key_Backspace)
    assert questions == ["Delete the phase “Compares offers” and its 3 stations?"]
    assert map_state(editor.document, jid) == before
    view.confirm = lambda title, q: True
    view.delete_selection()
    assert phase.id not in [p.id for p in view.map_scene.layout.phases]
    assert editor.undo_stack.count() == 1
    editor.undo()
    assert map_state(editor.document, jid) == before
    assert view.map_scene.phase_item(phase.id) is not None


def test_ctrl_d_duplicates_and_selects_the_copies(view: MapView, editor: Editor):
    jid = editor.journey_id
    view.select("station", [station_id(view, "Signs with BankID")])
    key(view, Qt.Key.Key_D, CTRL)
    assert map_state(editor.document, jid)[("Signs up", WEB)] == [
        "Fills in sign-up form",
        "Signs with BankID",
        "Signs with BankID",
    ]
    kind, ids = view.selection()
    assert kind == "station" and len(ids) == 1
    layout = view.map_scene.layout
    copy = layout.station(ids[0])
    assert copy.index == 2 and ids[0] != station_id(view, "Fills in sign-up form")
    assert editor.undo_stack.count() == 1
    editor.undo()
    assert map_state(editor.document, jid)[("Signs up", WEB)] == [
        "Fills in sign-up form",
        "Signs with BankID",
    ]


def test_select_all_and_escape(view: MapView, editor: Editor):
    seen = []
    view.selection_changed.connect(lambda: seen.append(view.selection()))
    key(view, Qt.Key.Key_A, CTRL)
    kind, ids = view.selection()
    assert kind == "station" and len(ids) == len(view.map_scene.layout.stations)
    key(view, Qt.Key.Key_Escape)
    assert view.selection() == (None, [])
    assert [k for k, _ in seen] == ["station", None]

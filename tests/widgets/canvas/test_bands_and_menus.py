"""Phase headers and line labels: drag to reorder (a line across the line of visibility
changes side), context menus, colours; the station menu and its signal; tooltips."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from app.editor import Editor
from widgets.canvas import menus
from widgets.canvas.scene import Hit
from widgets.canvas.view import MapView

from .conftest import drag, header_point, label_point, station_id, station_point


def actions(menu) -> dict[str, object]:
    found = {}
    for action in menu.actions():
        if action.menu() is not None:
            for sub in action.menu().actions():
                found[f"{action.text()}/{sub.text()}"] = sub
        elif action.text():
            found[action.text()] = action
    return found


def test_drag_a_phase_header_to_reorder(qtbot, view: MapView, editor: Editor):
    jid = editor.journey_id
    names = [p.name for p in editor.document.phases(jid)]
    view.fit_map()
    drag(
        qtbot,
        view,
        header_point(view, "Compares offers"),
        header_point(view, "Switches supplier") + QPointF(40, 0),
    )
    assert [p.name for p in editor.document.phases(jid)] == [
        names[1],
        names[2],
        names[0],
        *names[3:],
    ]
    assert editor.undo_stack.count() == 1
    assert [p.name for p in view.map_scene.layout.phases][2] == "Compares offers"
    editor.undo()
    assert [p.name for p in editor.document.phases(jid)] == names


def test_drag_a_line_below_the_line_of_visibility(qtbot, view: MapView, editor: Editor):
    jid = editor.journey_id
    view.fit_map()
    layout = view.map_scene.layout
    last = layout.rows[-1]
    drag(qtbot, view, label_point(view, "Phone & email"), QPointF(60, last.rect.bottom - 10))
    lines = {ln.name: ln for ln in editor.document.lines(jid)}
    assert lines["Phone & email"].kind == "backstage"
    assert [r.name for r in view.map_scene.layout.rows][-1] == "Phone & email"
    assert editor.undo_stack.count() == 1
    editor.undo()
    assert {ln.name: ln.kind for ln in editor.document.lines(jid)}["Phone & email"] == "frontstage"
    assert [r.name for r in view.map_scene.layout.rows][1] == "Phone & email"


def test_station_menu(view: MapView, editor: Editor):
    sid = station_id(view, "Signs with BankID")
    menu = menus.build_menu(view, Hit("station", sid))
    found = actions(menu)
    assert {"Rename", "Duplicate", "Delete", "Add improvement idea…"} <= set(found)
    assert "Emotion/Very negative (-2)" in found
    requested = []
    view.add_action_requested.connect(requested.append)
    found["Add improvement idea…"].trigger()
    assert requested == [sid]
    view.select("station", [sid])
    found["Emotion/Very negative (-2)"].trigger()
    station = next(s for s in editor.document.snapshot(editor.journey_id).stations if s.id == sid)
    assert station.emotion == -2
    assert view.map_scene.layout.station(sid).emotion == -2
    found["Moment of truth"].trigger()
    assert view.map_scene.layout.station(sid).moment_of_truth
    assert editor.undo_stack.count() == 2
    menu.deleteLater()


def test_phase_menu_add_recolour_delete(view: MapView, editor: Editor):
    jid = editor.journey_id
    phase = view.map_scene.layout.phases[1]
    view.select("phase", [phase.id])
    found = actions(menus.build_menu(view, Hit("phase", phase.id)))
    view.choose_color = lambda current: "#123456"
    found["Colour…"].trigger()
    assert editor.document.phase(phase.id).color == "#123456"
    assert view.map_scene.phase_item(phase.id).band.header_color == "#123456"
    found["Add phase after"].trigger()
    rename = view.operations.rename_editor
    assert rename is not None and rename.text() == "New phase"
    rename.cancel()
    assert [p.name for p in editor.document.phases(jid)][2] == "New phase"
    view.confirm = lambda title, q: False
    view.select("phase", [phase.id])
    found["Delete phase"].trigger()
    assert editor.document.phase(phase.id) is not None  # refused in the dialog
    assert editor.undo_stack.count() == 2


def test_line_menu_add_below(view: MapView, editor: Editor):
    jid = editor.journey_id
    row = view.map_scene.layout.rows[-1]  # backstage
    found = actions(menus.build_menu(view, Hit("line", row.id)))
    found["Add line below"].trigger()
    view.operations.rename_editor.cancel()
    rows = view.map_scene.layout.rows
    assert rows[-1].name == "New line" and rows[-1].kind == "backstage"
    assert len(editor.document.lines(jid)) == len(rows)


def test_tooltip_shows_the_owner_and_details(view: MapView):
    tip = view.tooltip_at(station_point(view, "Signs with BankID"))
    assert "Mats Åkerlund" in tip and "Signs with BankID" in tip
    assert "Needs" in tip
    assert "Frontstage line" in view.tooltip_at(label_point(view, "Web & app"))

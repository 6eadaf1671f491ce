"""Rename in place: double-click a station, a phase header or a line label, type, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.editor import Editor
from widgets.canvas.view import MapView

from .conftest import LEFT, disk_state, header_point, label_point, station_point, to_view

TRICKY = "<b>&amp; =SUM(1)"


def double_click(view: MapView, scene_pt) -> None:
    QTest.mouseDClick(
        view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, to_view(view, scene_pt)
    )


def test_double_click_a_station_and_type_plain_text(view: MapView, editor: Editor, workshop_path):
    jid = editor.journey_id
    double_click(view, station_point(view, "Signs with BankID"))
    rename = view.operations.rename_editor
    assert rename is not None
    assert rename.line_edit.text() == "Signs with BankID"
    assert rename.line_edit.selectedText() == "Signs with BankID"
    QTest.keyClicks(rename.line_edit, TRICKY)
    QTest.keyClick(rename.line_edit, Qt.Key.Key_Return)
    assert view.operations.rename_editor is None
    titles = [s.title for s in editor.document.snapshot(jid).stations]
    assert TRICKY in titles and "Signs with BankID" not in titles
    box = view.map_scene.layout.station(
        next(s.id for s in editor.document.snapshot(jid).stations if s.title == TRICKY)
    )
    assert box.title.lines == (TRICKY,)  # drawn as typed
    tip = view.tooltip_at(station_point(view, TRICKY))
    assert "&lt;b&gt;&amp;amp; =SUM(1)" in tip and "<b>&amp;" not in tip
    assert editor.undo_stack.count() == 1
    editor.undo()
    assert "Signs with BankID" in [s.title for s in editor.document.snapshot(jid).stations]
    editor.redo()
    editor.close()
    assert TRICKY in [t for lane in disk_state(workshop_path, jid).values() for t in lane]


def test_escape_cancels_a_rename(view: MapView, editor: Editor):
    double_click(view, station_point(view, "Signs with BankID"))
    rename = view.operations.rename_editor
    QTest.keyClicks(rename.line_edit, "Something else")
    QTest.keyClick(rename.line_edit, Qt.Key.Key_Escape)
    assert view.operations.rename_editor is None
    assert editor.undo_stack.count() == 0


def test_rename_a_phase_and_a_line(view: MapView, editor: Editor):
    jid = editor.journey_id
    double_click(view, header_point(view, "Signs up"))
    assert view.selection()[0] == "phase"
    rename = view.operations.rename_editor
    QTest.keyClicks(rename.line_edit, "Orders")
    QTest.keyClick(rename.line_edit, Qt.Key.Key_Return)
    assert "Orders" in [p.name for p in editor.document.phases(jid)]

    view.actual_size()
    double_click(view, label_point(view, "Phone & email"))
    assert view.selection()[0] == "line"
    rename = view.operations.rename_editor
    QTest.keyClicks(rename.line_edit, "Phone")
    QTest.keyClick(rename.line_edit, Qt.Key.Key_Return)
    assert "Phone" in [ln.name for ln in editor.document.lines(jid)]
    assert editor.undo_stack.count() == 2


def test_f2_renames_the_selection(view: MapView, editor: Editor):
    phase = view.map_scene.layout.phases[2]
    view.select("phase", [phase.id])
    QTest.keyClick(view, Qt.Key.Key_F2)
    rename = view.operations.rename_editor
    assert rename is not None and rename.line_edit.text() == phase.name
    rename.cancel()

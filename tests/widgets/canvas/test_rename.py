"""Rename in place: double-click a station, a phase header or a line label, type, Enter."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app.editor import Editor
from models import edits, rules
from widgets.canvas.view import MapView

from .conftest import (
    LEFT,
    click,
    disk_state,
    header_point,
    label_point,
    station_point,
    to_view,
)

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
    assert rename.text() == "Signs with BankID"
    assert rename.selected_text() == "Signs with BankID"
    QTest.keyClicks(rename.widget, TRICKY)
    QTest.keyClick(rename.widget, Qt.Key.Key_Return)
    assert view.operations.rename_editor is None
    titles = [s.title for s in editor.document.snapshot(jid).stations]
    assert TRICKY in titles and "Signs with BankID" not in titles
    box = view.map_scene.layout.station(
        next(s.id for s in editor.document.snapshot(jid).stations if s.title == TRICKY)
    )
    assert " ".join(box.title.lines) == TRICKY  # drawn as typed (wrapped in bold)
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
    QTest.keyClicks(rename.widget, "Something else")
    QTest.keyClick(rename.widget, Qt.Key.Key_Escape)
    assert view.operations.rename_editor is None
    assert editor.undo_stack.count() == 0


def test_rename_a_phase_and_a_line(view: MapView, editor: Editor):
    jid = editor.journey_id
    double_click(view, header_point(view, "Signs up"))
    assert view.selection()[0] == "phase"
    rename = view.operations.rename_editor
    QTest.keyClicks(rename.widget, "Orders")
    QTest.keyClick(rename.widget, Qt.Key.Key_Return)
    assert "Orders" in [p.name for p in editor.document.phases(jid)]

    view.actual_size()
    double_click(view, label_point(view, "Phone & email"))
    assert view.selection()[0] == "line"
    rename = view.operations.rename_editor
    QTest.keyClicks(rename.widget, "Phone")
    QTest.keyClick(rename.widget, Qt.Key.Key_Return)
    assert "Phone" in [ln.name for ln in editor.document.lines(jid)]
    assert editor.undo_stack.count() == 2


def test_f2_renames_the_selection(view: MapView, editor: Editor):
    phase = view.map_scene.layout.phases[2]
    view.select("phase", [phase.id])
    QTest.keyClick(view, Qt.Key.Key_F2)
    rename = view.operations.rename_editor
    assert rename is not None and rename.text() == phase.name
    rename.cancel()


def rename_station(view: MapView, editor: Editor, title: str):
    """Give a station ``title`` and open its in-place editor with a double-click."""
    sid = next(s.id for s in editor.document.snapshot(editor.journey_id).stations)
    editor.push(edits.update_station(sid, title=title))
    editor.undo_stack.clear()
    view.actual_size()
    box = view.map_scene.layout.station(sid)
    double_click(view, QPointF(*box.center))
    rename = view.operations.rename_editor
    assert rename is not None
    return sid, rename


def test_a_station_title_keeps_its_line_break(view: MapView, editor: Editor):
    sid, rename = rename_station(view, editor, "Signs with\nBankID")
    assert isinstance(rename.widget, QPlainTextEdit)  # several lines, plain text
    assert rename.text() == "Signs with\nBankID"
    assert rename.selected_text() == "Signs with\nBankID"
    QTest.keyClick(rename.widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(rename.widget, " app")
    QTest.keyClick(rename.widget, Qt.Key.Key_Return)  # Enter commits
    assert view.operations.rename_editor is None
    assert editor.document.station(sid).title == "Signs with\nBankID app"
    assert editor.undo_stack.count() == 1
    assert view.map_scene.layout.station(sid).title.lines == ("Signs with", "BankID app")


def test_an_unchanged_multi_line_title_is_not_an_edit(view: MapView, editor: Editor):
    _, rename = rename_station(view, editor, "Two\nlines")
    QTest.keyClick(rename.widget, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert view.operations.rename_editor is None
    assert editor.undo_stack.count() == 0


def test_shift_enter_breaks_the_line_and_the_box_grows(view: MapView, editor: Editor):
    sid, rename = rename_station(view, editor, "Pays")
    before = rename.widget.height()
    QTest.keyClick(rename.widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(rename.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(rename.widget, "the bill")
    QTest.keyClick(rename.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(rename.widget, "online")
    assert rename.active  # Shift+Enter does not commit
    assert rename.text() == "Pays\nthe bill\nonline"  # "\n", not U+2028
    assert rename.widget.height() > before
    QTest.keyClick(rename.widget, Qt.Key.Key_Return)
    assert editor.document.station(sid).title == "Pays\nthe bill\nonline"


def test_escape_cancels_a_multi_line_rename(view: MapView, editor: Editor):
    sid, rename = rename_station(view, editor, "Reads\nreviews")
    QTest.keyClick(rename.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(rename.widget, "Something else")
    QTest.keyClick(rename.widget, Qt.Key.Key_Escape)
    assert view.operations.rename_editor is None
    assert editor.document.station(sid).title == "Reads\nreviews"
    assert editor.undo_stack.count() == 0


def test_pasting_rich_text_keeps_only_the_text(view: MapView, editor: Editor):
    sid, rename = rename_station(view, editor, "Old")
    mime = QMimeData()
    mime.setHtml("<b>Bold</b> <i>&lt;tag&gt;</i>")
    mime.setText("Bold <tag>")
    rename.widget.insertFromMimeData(mime)  # what a paste does
    assert rename.text() == "Bold <tag>"
    QTest.keyClick(rename.widget, Qt.Key.Key_Return)
    assert editor.document.station(sid).title == "Bold <tag>"


def test_a_title_stops_at_the_longest_a_name_may_be(view: MapView, editor: Editor):
    sid, rename = rename_station(view, editor, "x")
    rename.set_text("y" * (rules.NAME_MAX + 20))
    assert len(rename.text()) == rules.NAME_MAX
    QTest.keyClick(rename.widget, Qt.Key.Key_Return)
    assert editor.document.station(sid).title == "y" * rules.NAME_MAX


def test_clicking_elsewhere_keeps_what_was_typed(view: MapView, editor: Editor):
    sid, rename = rename_station(view, editor, "Calls")
    QTest.keyClick(rename.widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(rename.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(rename.widget, "support")
    click(view, QPointF(20, 20))  # the empty corner of the map
    assert view.operations.rename_editor is None
    assert editor.document.station(sid).title == "Calls\nsupport"


def test_phase_and_line_names_keep_a_one_line_box(view: MapView):
    double_click(view, header_point(view, "Signs up"))
    rename = view.operations.rename_editor
    assert isinstance(rename.widget, QLineEdit)
    rename.cancel()

"""Dates on the action board in the window's language: the due column, its editor and the
overdue tip write a date the window locale's way ("31.03.2027" in German, "31.3.2027" in
Finnish), never the stored ISO "2027-03-31"; the workshop keeps ISO."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import translations
from app.editor import Editor
from tests.widgets.panels.test_action_board import SIZE, view_index
from widgets.action_board import COL_DUE, ActionBoard
from widgets.action_editors import OptionalDateEdit
from widgets.dates import shown_date

WRITTEN = {"de": ("31.03.2027", "15.01.2020"), "fi": ("31.3.2027", "15.1.2020")}


@pytest.fixture(params=["de", "fi"])
def language(qapp, request):
    translations.install(request.param)
    yield request.param
    translations.install("en")


def _set_due(board: ActionBoard, qtbot, action_id: int, iso: str) -> OptionalDateEdit:
    table = board.table
    table.setCurrentIndex(view_index(board, action_id, COL_DUE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    shown = [d for d in table.findChildren(OptionalDateEdit) if d.isVisible()]
    assert len(shown) == 1
    date = shown[0]
    date.set_iso(iso)
    return date


def test_a_due_date_is_written_the_windows_way(language, make, qtbot, editor: Editor) -> None:
    future, past = WRITTEN[language]
    board = make(ActionBoard, size=SIZE)
    action = next(a for a in editor.document.actions() if a.status not in ("done", "dropped"))
    date = _set_due(board, qtbot, action.id, "2027-03-31")
    assert date.lineEdit().text() == future  # the editor, as the user types it
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.action(action.id).due == "2027-03-31")
    assert view_index(board, action.id, COL_DUE).data() == future
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in board.findChildren(OptionalDateEdit)))
    date = _set_due(board, qtbot, action.id, "2020-01-15")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.action(action.id).due == "2020-01-15")
    index = view_index(board, action.id, COL_DUE)
    assert index.data() == past
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert past in tip and "2020-01-15" not in tip
    assert tip == translations.translate("ActionTable", "Overdue since {date}").format(date=past)


def test_shown_date_keeps_what_is_not_a_date(language) -> None:
    assert shown_date("2027-03-31") == WRITTEN[language][0]
    assert shown_date(None) == shown_date("") == ""
    assert shown_date("someday") == "someday"


def test_the_update_preview_writes_a_changed_due_date_the_windows_way(
    language, window, tmp_path, monkeypatch, qtbot
) -> None:
    import datetime as dt

    from exporters.action_list_xlsx import export_action_list
    from tests.exporters import xlsx_client as client
    from tests.widgets.test_action_update_dialog import _open_preview, _rows

    listed = tmp_path / "actions.xlsx"
    export_action_list(window.editor.document, listed)
    action = window.editor.document.actions()[0]
    client.edit(listed, lambda ws: client.set_cell(ws, action.id, "Due", dt.datetime(2027, 3, 31)))
    dialog = _open_preview(window, listed, monkeypatch, qtbot)
    shown = [row for rows in _rows(dialog).values() for row in rows]
    (change,) = [row for row in shown if WRITTEN[language][0] in row]
    assert change[3] == WRITTEN[language][0]
    assert not any("2027-03-31" in text for row in shown for text in row)
    dialog.close()

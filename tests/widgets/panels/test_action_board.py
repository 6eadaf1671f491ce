"""The action board: a table model of every action, sorted and filtered, edited in place,
following the document row by row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QStyleOptionViewItem

from app.editor import Editor
from models import edits
from models.priority import Priority, action_sort_key, priority
from tests.widgets.panels.conftest import on_disk
from widgets.action_board import (
    ACTION_ID_ROLE,
    COL_DUE,
    COL_EFFORT,
    COL_STATION,
    COL_TITLE,
    COL_VALUE,
    ActionBoard,
)
from widgets.action_editors import OptionalDateEdit

SIZE = (1500, 700)


def shown_ids(board: ActionBoard) -> list[int]:
    proxy = board.proxy
    return [proxy.index(r, 0).data(ACTION_ID_ROLE) for r in range(proxy.rowCount())]


def shown_titles(board: ActionBoard) -> list[str]:
    proxy = board.proxy
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def view_index(board: ActionBoard, action_id: int, column: int) -> QModelIndex:
    row = board.model.row_of(action_id)
    assert row is not None
    return board.proxy.mapFromSource(board.model.index(row, column))


def action_named(editor: Editor, title: str):
    return next(a for a in editor.document.actions() if a.title == title)


def test_every_action_in_the_spec_order(make, editor: Editor) -> None:
    board = make(ActionBoard, size=SIZE)
    actions = editor.document.actions()
    assert board.model.rowCount() == len(actions) == 13
    assert shown_ids(board) == [a.id for a in sorted(actions, key=action_sort_key)]
    assert board.count_label.text() == "13 actions"
    first = board.proxy.index(0, 0)
    assert first.data() == "Quick win"
    assert board.proxy.index(board.proxy.rowCount() - 1, 0).data() == "Unrated"


def test_sort_by_a_column(make, qtbot, editor: Editor) -> None:
    board = make(ActionBoard, size=SIZE)
    header = board.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().center().__class__(header.sectionViewportPosition(COL_VALUE) + 10, 10),
    )
    values = [board.proxy.index(r, COL_VALUE).data() for r in range(board.proxy.rowCount())]
    rated = [int(v) for v in values if v != "–"]
    assert rated == sorted(rated)
    assert values[-1] == "–"  # not rated: last
    board.table.sortByColumn(COL_TITLE, Qt.SortOrder.DescendingOrder)
    titles = shown_titles(board)
    assert titles == sorted(titles, key=str.casefold, reverse=True)


def test_filter_by_status_priority_and_text(make, qtbot, editor: Editor) -> None:
    board = make(ActionBoard, size=SIZE)
    actions = editor.document.actions()

    board.filters.set_status_filter("planned")
    assert set(shown_ids(board)) == {a.id for a in actions if a.status == "planned"}
    assert board.count_label.text() == f"{len(shown_ids(board))} of 13 actions"

    board.filters.set_priority_filter(Priority.QUICK_WIN)
    expected = {
        a.id
        for a in actions
        if a.status == "planned" and priority(a.effort, a.value) is Priority.QUICK_WIN
    }
    assert set(shown_ids(board)) == expected and expected

    board.filters.clear_filters()
    assert len(shown_ids(board)) == 13

    # The search box: every word, anywhere (title, description, KPI, station, owner …).
    board.search.setFocus()
    qtbot.keyClicks(board.search, "bill")
    hits = {a.id for a in actions if "bill" in (a.title + a.description + a.kpi).casefold()}
    assert hits <= set(shown_ids(board))
    assert all("bill" in board.model.record(board.model.row_of(i)).search for i in shown_ids(board))
    assert len(shown_ids(board)) < 13
    qtbot.keyClick(board.search, Qt.Key.Key_Escape)
    assert board.search.text() == "" and len(shown_ids(board)) == 13

    # The filter combo boxes answer to the keyboard too.
    board.filters.owner_filter.setFocus()
    service = next(o for o in editor.document.owners() if o.name == "Customer Service")
    index = board.filters.owner_filter.findData(service.id)
    board.filters.owner_filter.setCurrentIndex(index)
    board.filters.owner_filter.activated.emit(index)
    assert set(shown_ids(board)) == {a.id for a in actions if a.owner_id == service.id}
    board.filters.set_owner_filter(0)  # no owner
    assert set(shown_ids(board)) == {a.id for a in actions if a.owner_id is None}
    board.filters.set_owner_filter(None)
    board.filters.set_phase_filter("Gets support")
    assert {board.proxy.index(r, 7).data() for r in range(board.proxy.rowCount())} == {
        "Gets support"
    }


def test_add_an_idea_for_a_station(make, qtbot, editor: Editor, tmp_path) -> None:
    board = make(ActionBoard, size=SIZE)
    station = next(
        s for s in editor.document.stations(editor.journey_id) if s.title == "Fills in sign-up form"
    )
    dialog = board.add_idea_for_station(station.id)
    assert dialog is not None and dialog.isVisible()
    assert dialog.station_combo is None  # the station is given
    qtbot.keyClicks(dialog.title_edit, "Prefill the address from the national register")
    dialog.set_rating(2, 5)
    assert dialog.priority_label.text() == "Quick win"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    added = editor.document.actions()[-1]
    assert added.title == "Prefill the address from the national register"
    assert (added.station_id, added.journey_id) == (station.id, station.journey_id)
    assert (added.effort, added.value, added.status) == (2, 5, "idea")
    assert editor.undo_stack.count() == 1
    assert board.model.rowCount() == 14
    assert board.current_action_id() == added.id  # selected, ready to work on
    with on_disk(editor, tmp_path) as saved:
        assert saved.action(added.id).station_id == station.id
    editor.undo()
    assert board.model.rowCount() == 13
    assert board.model.row_of(added.id) is None


def test_add_an_idea_from_the_board(make, qtbot, editor: Editor) -> None:
    board = make(ActionBoard, size=SIZE)
    board.table.setFocus()
    dialog = board.add_idea()
    assert dialog.station_combo is not None
    stations = editor.document.stations(editor.journey_id)
    assert dialog.station_combo.count() == len(stations) + 1
    qtbot.keyClicks(dialog.title_edit, "Ask about moving date")
    dialog.accept()
    added = editor.document.actions()[-1]
    assert added.title == "Ask about moving date" and added.station_id is None
    assert added.effort is None and added.value is None


def test_edit_cells_in_place(make, qtbot, editor: Editor) -> None:
    board = make(ActionBoard, size=SIZE)
    action = action_named(editor, "Fix help-page search")
    table = board.table
    table.setFocus()

    # Title: F2, type, Enter.
    table.setCurrentIndex(view_index(board, action.id, COL_TITLE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    line = table.findChild(QLineEdit)
    assert line is not None and line.text() == action.title
    line.selectAll()
    qtbot.keyClicks(line, "Fix the help-page search")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.action(action.id).title == "Fix the help-page search")
    assert editor.undo_stack.count() == 1

    # Effort: a combo box of the ratings.
    table.setCurrentIndex(view_index(board, action.id, COL_EFFORT))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert combo is not None and combo.currentData() == 2
    assert [combo.itemText(i) for i in range(combo.count())][:2] == ["Not rated", "1 · trivial"]
    combo.setCurrentIndex(combo.findData(4))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.action(action.id).effort == 4)
    # The row follows: a fill-in became a time sink.
    assert view_index(board, action.id, 0).data() == "Time sink"
    assert editor.undo_stack.count() == 2

    # Due date: a date editor that can be emptied.
    table.setCurrentIndex(view_index(board, action.id, COL_DUE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    date = table.findChild(OptionalDateEdit)
    assert date is not None and date.iso() is None
    date.set_iso("2027-05-31")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.action(action.id).due == "2027-05-31")
    table.setCurrentIndex(view_index(board, action.id, COL_DUE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    date = table.findChild(OptionalDateEdit)
    date.setFocus()
    date.lineEdit().selectAll()
    qtbot.keyClick(date, Qt.Key.Key_Delete)
    assert date.iso() is None
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.action(action.id).due is None)
    assert editor.undo_stack.count() == 4

    # A refused value (an empty title) changes nothing and says why.
    failures: list[str] = []
    editor.failed.connect(failures.append)
    assert not board.proxy.setData(view_index(board, action.id, COL_TITLE), "   ")
    assert failures and editor.document.action(action.id).title == "Fix the help-page search"


def test_model_follows_the_document_row_by_row(make, editor: Editor) -> None:
    board = make(ActionBoard, size=SIZE)
    model = board.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    action = action_named(editor, "Redesign the first bill")
    board.select_action(action.id)

    # A station renamed elsewhere (the canvas): the board shows it, selection kept, no reset.
    editor.push(edits.update_station(action.station_id, title="Opens the first bill"))
    assert view_index(board, action.id, COL_STATION).data() == "Opens the first bill"
    assert board.current_action_id() == action.id
    # An owner renamed.
    editor.push(edits.update_owner(action.owner_id, name="Sigrid B."))
    assert view_index(board, action.id, 5).data() == "Sigrid B."
    # An action changed elsewhere (the matrix): only its row.
    changed_rows: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed_rows.append((a.row(), b.row())))
    row = model.row_of(action.id)
    editor.push(edits.update_action(action.id, value=2))
    assert changed_rows == [(row, row)]  # then the rows are sorted again
    assert shown_ids(board) == sorted(
        shown_ids(board), key=lambda i: model.record(model.row_of(i)).sort[0]
    )
    assert view_index(board, action.id, 0).data() == "Time sink"
    # Deleted and back.
    editor.push(edits.delete_actions([action.id]))
    assert model.row_of(action.id) is None and model.rowCount() == 12
    editor.undo()
    assert model.row_of(action.id) is not None and model.rowCount() == 13
    assert resets == []
    # Many rows at once (a journey deleted): one reset instead of a storm of row signals.
    journey = editor.document.journeys()[0].id
    editor.push(edits.delete_journey(journey))
    assert model.rowCount() == 0


def test_link_to_a_station_and_show_it(make, qtbot, editor: Editor) -> None:
    board = make(ActionBoard, size=SIZE)
    action = action_named(editor, "Welcome call for senior customers")
    assert action.station_id is None
    picks: list[int] = []
    shown: list[int] = []
    board.pick_station_requested.connect(picks.append)
    board.station_activated.connect(shown.append)
    board.select_action(action.id)
    assert not board.show_button.isEnabled()
    qtbot.mouseClick(board.pick_button, Qt.MouseButton.LeftButton)
    assert picks == [action.id]
    # The window answers with the station the user clicked on the map.
    station = editor.document.stations(action.journey_id)[0]
    assert board.link_action_to_station(action.id, station.id)
    assert editor.document.action(action.id).station_id == station.id
    assert view_index(board, action.id, COL_STATION).data() == station.title
    # A station of another journey is refused.
    other = editor.document.stations(editor.document.journeys()[1].id)[0]
    assert not board.link_action_to_station(action.id, other.id)
    # Showing it: the button, Ctrl+Return, and a double-click on the station cell.
    assert board.show_button.isEnabled()
    qtbot.mouseClick(board.show_button, Qt.MouseButton.LeftButton)
    index = view_index(board, action.id, COL_STATION)
    rect = board.table.visualRect(index)
    qtbot.mouseDClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown and set(shown) == {station.id}
    assert board.table.findChild(QComboBox) is None  # it showed, it did not edit


def test_delete_selected_actions(make, qtbot, editor: Editor) -> None:
    board = make(ActionBoard, size=SIZE)
    board.table.setFocus()
    board.table.selectRow(0)
    first = board.current_action_id()
    board.table.selectionModel().select(
        board.proxy.index(1, 0),
        board.table.selectionModel().SelectionFlag.Select
        | board.table.selectionModel().SelectionFlag.Rows,
    )
    second = board.proxy.index(1, 0).data(ACTION_ID_ROLE)
    qtbot.keyClick(board.table, Qt.Key.Key_Delete)
    assert editor.document.action(first) is None
    assert editor.document.action(second) is None
    assert editor.undo_stack.count() == 1  # one step for both
    editor.undo()
    assert editor.document.action(first) is not None


def test_large_type(make) -> None:
    board = make(ActionBoard, size=SIZE)
    before = board.table.verticalHeader().defaultSectionSize()
    board.set_projector_theme(True)
    assert board.table.verticalHeader().defaultSectionSize() > before
    board.set_projector_theme(False)


def test_cell_styles_do_not_leak_between_cells(make, editor: Editor) -> None:
    """A dropped action's title is struck through, and only its title (the delegate reuses
    one buffer of roles from cell to cell)."""
    board = make(ActionBoard, size=SIZE)
    delegate = board.table.itemDelegateForColumn(COL_TITLE)
    dropped = action_named(editor, "Start a customer forum")
    other = action_named(editor, "Fix help-page search")
    for action_id, struck in ((dropped.id, True), (other.id, False), (dropped.id, True)):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, view_index(board, action_id, COL_TITLE))
        assert option.font.strikeOut() is struck
        assert option.text == editor.document.action(action_id).title

"""File ▸ Update from action list…, driven as a consultant would at the follow-up.

The list is exported from the open workshop, edited with openpyxl as the client's Excel would
leave it, chosen through the File menu (the file dialog answered), previewed, applied with a
click on Apply, undone and redone through the Edit menu, and the workshop file is read back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from exporters.action_list_xlsx import export_action_list
from models.document import Document
from tests.exporters import xlsx_client as client
from tests.widgets.conftest import close_window
from widgets.action_update_dialog import ActionUpdateDialog


@pytest.fixture
def listed(window, tmp_path: Path) -> Path:
    path = tmp_path / "actions.xlsx"
    export_action_list(window.editor.document, path)
    return path


def _ids(window) -> dict[str, int]:
    return {a.title: a.id for a in window.editor.document.actions()}


def _client_edits(listed: Path, window) -> None:
    ids = _ids(window)

    def change(ws: client.Worksheet) -> None:
        client.resort(ws, "Due", reverse=True)
        ws.title = "Oppfølging"
        client.set_cell(ws, ids["Offer call-back in the phone queue"], "Status", "done")
        client.set_cell(ws, ids["Offer call-back in the phone queue"], "Effort", 3)
        client.set_cell(ws, ids["Redesign the first bill"], "Owner", "Kari Nordmann")
        client.delete_action(ws, ids["Start a customer forum"])
        client.add_row(ws, Action="Chat on help pages", Journey="Onboarding today", Value=4)

    client.edit(listed, change)


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the file dialog with ``path``; remember the folder it was opened in."""
    folders: list[str] = []

    def answer(_parent, _title, folder, _filter, *args, **kwargs):
        folders.append(folder)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return folders


def _rows(dialog: ActionUpdateDialog) -> dict[str, list[list[str]]]:
    """Each section's title (without its count) -> the texts of its rows."""
    table = dialog.table
    found: dict[str, list[list[str]]] = {}
    rows: list[list[str]] = []
    for r in range(table.rowCount()):
        texts = [table.item(r, c).text() if table.item(r, c) else "" for c in range(4)]
        if table.columnSpan(r, 0) == 4 and table.item(r, 0).font().bold():
            rows = found.setdefault(texts[0].split(" (")[0], [])
        else:
            rows.append(texts if table.columnSpan(r, 0) == 1 else texts[:1])
    return found


def _open_preview(window, listed: Path, monkeypatch, qtbot) -> ActionUpdateDialog:
    folders = _choose(monkeypatch, listed)
    window.action("update_actions").trigger()
    dialog = window.action_update.dialog
    assert isinstance(dialog, ActionUpdateDialog)
    qtbot.waitExposed(dialog)
    assert folders == [str(window.workshop.path.parent)]
    return dialog


def test_the_file_menu_has_the_command(window) -> None:
    names = [a.objectName() for a in window.menus[0].actions()]
    assert "update_actions" in names
    assert window.action("update_actions").text() == "&Update from action list…"
    assert window.action("update_actions").isEnabled()
    window.close_workshop()
    assert not window.action("update_actions").isEnabled()


def test_preview_then_apply_as_one_undo_step_then_undo_and_redo(
    window, listed: Path, monkeypatch, qtbot, workshop_path: Path
) -> None:
    _client_edits(listed, window)
    ids = _ids(window)
    stack = window.editor.undo_stack
    steps = stack.count()
    dialog = _open_preview(window, listed, monkeypatch, qtbot)

    assert "“actions.xlsx”, sheet “Oppfølging”, 13 action rows: 3 changes to 2 actions, 1 new" in (
        dialog.summary.text()
    )
    rows = _rows(dialog)
    assert ["Offer call-back in the phone queue", "status", "Planned", "Done"] in rows["Changes"]
    assert ["", "effort", "2", "3"] in rows["Changes"]  # the same action, one row per field
    assert [
        "Redesign the first bill",
        "owner",
        "Sigrid Bjørnstad",
        "Kari Nordmann (new owner)",
    ] in rows["Changes"]
    (new,) = rows["New actions"]
    assert new[:2] == ["Chat on help pages", "new action"]
    assert "journey Onboarding today" in new[3] and "value 4" in new[3]
    assert rows["Not in the list"] == [
        ["Start a customer forum", "journey", "Onboarding today", "Onboarding today"]
    ]
    (owner,) = dialog.owner_boxes
    assert owner.text() == "Kari Nordmann" and owner.isChecked()
    assert not dialog.left_out.isVisible()
    assert dialog.apply_button.text() == "&Apply 4 changes"
    assert stack.count() == steps  # nothing yet

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert stack.count() == steps + 1
    assert stack.undoText() == "Update from “actions.xlsx”"
    assert "Updated from “actions.xlsx”: 3 changes, 1 new action, 1 new owner." in (
        window.statusBar().currentMessage()
    )
    document = window.editor.document
    assert document.action(ids["Offer call-back in the phone queue"]).status == "done"
    assert "Chat on help pages" in _ids(window)
    assert "Start a customer forum" in _ids(window)

    window.action("undo").trigger()  # Edit ▸ Undo: the whole update, in one step
    assert stack.count() == steps + 1 and stack.index() == steps
    assert document.action(ids["Offer call-back in the phone queue"]).status == "planned"
    assert "Chat on help pages" not in _ids(window)
    assert "Kari Nordmann" not in {o.name for o in document.owners()}

    window.action("redo").trigger()
    assert document.action(ids["Redesign the first bill"]).owner_id is not None

    close_window(window)  # the workshop file, read back from disk
    with Document.open(workshop_path, readonly=True) as doc:
        actions = {a.title: a for a in doc.actions()}
        owners = {o.id: o.name for o in doc.owners()}
    call_back = actions["Offer call-back in the phone queue"]
    assert (call_back.status, call_back.effort) == ("done", 3)
    assert owners[actions["Redesign the first bill"].owner_id] == "Kari Nordmann"  # type: ignore[index]
    assert actions["Chat on help pages"].value == 4
    assert "Start a customer forum" in actions


def test_an_owner_left_unticked_is_not_created(window, listed: Path, monkeypatch, qtbot) -> None:
    _client_edits(listed, window)
    dialog = _open_preview(window, listed, monkeypatch, qtbot)
    (owner,) = dialog.owner_boxes
    owner.click()
    assert dialog.left_out.isVisible()
    assert "keeps its owner Sigrid Bjørnstad, as “Kari Nordmann” is not created." in (
        dialog.left_out.text()
    )
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    document = window.editor.document
    bill = next(a for a in document.actions() if a.title == "Redesign the first bill")
    assert document.owner(bill.owner_id).name == "Sigrid Bjørnstad"  # type: ignore[arg-type, union-attr]
    assert "Kari Nordmann" not in {o.name for o in document.owners()}
    assert next(a for a in document.actions() if a.status == "done")


def test_cancel_changes_nothing(window, listed: Path, monkeypatch, qtbot) -> None:
    _client_edits(listed, window)
    before = window.editor.document.actions()
    steps = window.editor.undo_stack.count()
    dialog = _open_preview(window, listed, monkeypatch, qtbot)
    dialog.buttons.rejected.emit()
    assert window.editor.document.actions() == before
    assert window.editor.undo_stack.count() == steps


def test_a_list_with_bad_values_shows_every_problem_and_changes_nothing(
    window, listed: Path, monkeypatch, qtbot
) -> None:
    ids = list(_ids(window).values())

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, ids[0], "Effort", 7)
        client.set_cell(ws, ids[1], "Status", "finished")
        client.set_cell(ws, ids[2], "Status", "done")

    client.edit(listed, change)
    before = window.editor.document.actions()
    _choose(monkeypatch, listed)
    window.action("update_actions").trigger()
    box = window.action_update.message
    assert box is not None and window.action_update.dialog is None
    qtbot.waitExposed(box)
    assert box.text() == "“actions.xlsx” cannot be used: 2 problems; nothing was changed."
    lines = box.informativeText().splitlines()
    assert len(lines) == 2 and all(line.startswith("• Sheet “Actions”, row ") for line in lines)
    assert "(Effort) holds “7”" in lines[0] + lines[1]
    assert box.detailedText() == ""  # all of them are in the message
    assert window.editor.document.actions() == before
    box.close()


def test_many_problems_are_all_under_details(window, listed: Path, qtbot) -> None:
    ids = list(_ids(window).values())

    def change(ws: client.Worksheet) -> None:
        for i in ids:
            client.set_cell(ws, i, "Effort", 9)
            client.set_cell(ws, i, "Value", 0)

    client.edit(listed, change)
    window.action_update.update_from(listed)
    box = window.action_update.message
    qtbot.waitExposed(box)
    count = 2 * len(ids)
    assert box.text() == f"“actions.xlsx” cannot be used: {count} problems; nothing was changed."
    shown = box.informativeText().splitlines()
    assert len(shown) == 13 and shown[-1] == f"… and {count - 12} more (see Show Details)."
    assert all(line.startswith("• Sheet “Actions”, row ") for line in shown[:-1])
    details = box.detailedText().splitlines()
    assert len(details) == count and all(line.startswith("• ") for line in details)
    box.close()


def test_a_workbook_that_is_no_action_list_is_one_sentence(
    window, tmp_path: Path, monkeypatch, qtbot
) -> None:
    path = tmp_path / "locked.xlsx"
    path.write_bytes(client.LOCKED.read_bytes())  # a real password-protected workbook
    before = window.editor.document.actions()
    steps = window.editor.undo_stack.count()
    dialog = window.action_update.update_from(path)
    assert dialog is None
    box = window.action_update.message
    qtbot.waitExposed(box)
    assert box.text().startswith("“locked.xlsx” is protected with a password:")
    assert box.informativeText() == ""
    assert window.editor.document.actions() == before
    assert window.editor.undo_stack.count() == steps
    box.close()

"""Owners: add, edit, merge two (their work moves), delete (asking; work becomes unowned), and
their stations and actions, each one click away from the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem

from app.editor import Editor
from models import edits
from models.journey_ops import station_refs
from tests.widgets.panels.conftest import Answers, on_disk
from widgets.owners_panel import OwnersPanel


def _owner_id(editor: Editor, name: str) -> int:
    return next(o.id for o in editor.document.owners() if o.name == name)


def _work(editor: Editor, owner_id: int) -> tuple[set[int], set[int]]:
    stations = {r.id for r in station_refs(editor.document) if r.owner_id == owner_id}
    actions = {a.id for a in editor.document.actions() if a.owner_id == owner_id}
    return stations, actions


def _children(panel: OwnersPanel, group: int) -> list[QTreeWidgetItem]:
    top = panel.work.topLevelItem(group)
    return [top.child(i) for i in range(top.childCount())]


def test_work_of_the_selected_owner(make, qtbot, editor: Editor) -> None:
    panel = make(OwnersPanel, size=(480, 800))
    service = _owner_id(editor, "Customer Service")
    panel.select_owner(service)
    stations, actions = _work(editor, service)
    assert {i.data(0, Qt.ItemDataRole.UserRole + 1) for i in _children(panel, 0)} == stations
    assert {i.data(0, Qt.ItemDataRole.UserRole) for i in _children(panel, 1)} == actions
    assert "Customer Service" in panel.work_title.text()
    shown: list[int] = []
    panel.station_activated.connect(shown.append)
    first = _children(panel, 0)[0]
    panel.work.setFocus()
    panel.work.setCurrentItem(first)
    qtbot.keyClick(panel.work, Qt.Key.Key_Return)
    assert shown == [first.data(0, Qt.ItemDataRole.UserRole + 1)]
    # An action's line shows the station it improves.
    action_item = _children(panel, 1)[0]
    panel.work.itemActivated.emit(action_item, 0)
    assert shown[-1] == action_item.data(0, Qt.ItemDataRole.UserRole + 1)
    # The lists follow edits made elsewhere.
    gone = action_item.data(0, Qt.ItemDataRole.UserRole)
    editor.push(edits.delete_actions([gone]))
    qtbot.waitUntil(lambda: len(_children(panel, 1)) == len(actions) - 1)
    assert gone not in {i.data(0, Qt.ItemDataRole.UserRole) for i in _children(panel, 1)}


def test_add_and_edit(make, qtbot, editor: Editor) -> None:
    panel = make(OwnersPanel, size=(480, 800))
    dialog = panel.add_owner()
    qtbot.keyClicks(dialog.name_edit, "Field Service")
    qtbot.keyClicks(dialog.role_edit, "Installers")
    qtbot.keyClicks(dialog.email_edit, "field@nordlys.example ")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    owner = editor.document.owners()[-1]
    assert (owner.name, owner.role, owner.email) == (
        "Field Service",
        "Installers",
        "field@nordlys.example",
    )
    assert panel.selected_owner_id() == owner.id
    dialog = panel.edit_owner()
    dialog.role_edit.setText("Installers and technicians")
    dialog.accept()
    assert editor.document.owner(owner.id).role == "Installers and technicians"
    assert editor.undo_stack.count() == 2


def test_merge_two_owners(make, qtbot, editor: Editor, tmp_path) -> None:
    panel = make(OwnersPanel, size=(480, 800))
    keep = _owner_id(editor, "Customer Service")
    merged = _owner_id(editor, "Mats Åkerlund")
    keep_work = _work(editor, keep)
    merged_work = _work(editor, merged)
    assert merged_work[0] or merged_work[1]

    panel.select_owner(merged)
    panel.owners.setFocus()
    dialog = panel.open_merge()
    assert dialog is not None
    assert "Mats Åkerlund" in dialog.findChildren(type(panel.work_title))[0].text()
    dialog.choose_keep(keep)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    assert merged not in [o.id for o in editor.document.owners()]
    stations, actions = _work(editor, keep)
    assert stations == keep_work[0] | merged_work[0]
    assert actions == keep_work[1] | merged_work[1]
    assert editor.undo_stack.count() == 1
    assert panel.selected_owner_id() == keep
    assert merged not in panel.owner_ids()
    with on_disk(editor, tmp_path) as saved:
        assert merged not in [o.id for o in saved.owners()]
        assert {a.id for a in saved.actions() if a.owner_id == keep} == actions

    editor.undo()
    assert _work(editor, merged) == merged_work
    assert _work(editor, keep) == keep_work
    assert merged in panel.owner_ids()


def test_delete_asks_and_leaves_work_unowned(make, editor: Editor) -> None:
    answers = Answers(answer=False)
    panel = make(OwnersPanel, size=(480, 800), confirm=answers)
    service = _owner_id(editor, "Customer Service")
    stations, actions = _work(editor, service)
    assert not panel.delete_owner(service)
    assert "become unowned" in answers.asked[0][1]
    assert service in panel.owner_ids()
    answers.answer = True
    assert panel.delete_owner(service)
    assert service not in panel.owner_ids()
    assert all(editor.document.station(s).owner_id is None for s in stations)
    assert all(editor.document.action(a).owner_id is None for a in actions)
    editor.undo()
    assert _work(editor, service) == (stations, actions)

"""File ▸ Update from action list… in a German window: a workbook that cannot be used, a list
with bad cells and a list naming an owner the workshop lacks are said in German, each sentence
naming the file or the cell's place (sheet, row, column and the header as the list wrote it),
a cell's refusal in the model's own German sentence; nothing changes (the list's and the
workshop's bytes and mtimes, the actions, the undo stack)."""

from __future__ import annotations

import os
from pathlib import Path

from exporters.action_list_xlsx import export_action_list
from tests.exporters import xlsx_client as client
from widgets.action_update_dialog import ActionUpdateDialog


def _state(*paths: Path) -> list[tuple[bytes, int]]:
    return [(p.read_bytes(), os.stat(p).st_mtime_ns) for p in paths]


def test_a_password_protected_workbook_is_refused_in_german(
    german, window, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "gesperrt.xlsx"
    path.write_bytes(client.LOCKED.read_bytes())  # a real password-protected workbook
    workshop = window.editor.document.path
    before = _state(path, workshop)
    actions = window.editor.document.actions()
    steps = window.editor.undo_stack.count()
    assert window.action_update.update_from(path) is None
    box = window.action_update.message
    qtbot.waitExposed(box)
    assert box.text() == (
        "„gesperrt.xlsx“ ist mit einem Kennwort geschützt: Öffnen Sie die Datei in Excel, "
        "entfernen Sie das Kennwort (Datei ▸ Informationen ▸ Arbeitsmappe schützen), speichern "
        "Sie sie und versuchen Sie es erneut; es wurde nichts geändert."
    )
    box.close()
    assert _state(path, workshop) == before
    assert window.editor.document.actions() == actions
    assert window.editor.undo_stack.count() == steps


def test_bad_cells_are_said_in_german_with_their_place(
    german, window, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "maßnahmen.xlsx"
    document = window.editor.document
    export_action_list(document, path)
    first = document.actions()[0]
    places: dict[str, tuple[int, str]] = {}

    def change(ws: client.Worksheet) -> None:
        ws.title = "Nachfassen"
        client.set_cell(ws, first.id, "Effort", 9)
        row = client.add_row(ws, Action="Chat auf den Hilfeseiten", Journey="Nirgendwo")
        places["Effort"] = (client.row_of(ws, first.id), chr(64 + client.column(ws, "Effort")))
        places["Journey"] = (row, chr(64 + client.column(ws, "Journey")))

    client.edit(path, change)
    workshop = document.path
    before = _state(path, workshop)
    actions = document.actions()
    steps = window.editor.undo_stack.count()
    assert window.action_update.update_from(path) is None
    box = window.action_update.message
    qtbot.waitExposed(box)
    assert box.text() == (
        "“maßnahmen.xlsx” kann nicht verwendet werden: 2 Probleme; nichts wurde geändert."
    )
    row, column = places["Effort"]
    journey_row, journey_column = places["Journey"]
    journeys = ", ".join(f"“{j.name}”" for j in document.journeys())
    assert box.informativeText().splitlines() == [
        f"• Blatt „Nachfassen“, Zeile {row}, Spalte {column} (Effort) enthält „9“. "
        "Das Feld „Aufwand“ muss eine ganze Zahl von 1 bis 5 sein oder leer bleiben.",
        f"• Blatt „Nachfassen“, Zeile {journey_row}, Spalte {journey_column} (Journey) enthält "
        f"„Nirgendwo“, keine Journey dieses Workshops ({journeys}).",
    ]
    box.close()
    assert _state(path, workshop) == before
    assert document.actions() == actions
    assert window.editor.undo_stack.count() == steps


def test_an_owner_the_workshop_lacks_is_said_in_german(
    german, window, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "actions.xlsx"
    document = window.editor.document
    export_action_list(document, path)
    first = document.actions()[0]
    planned = next(a for a in document.actions() if a.status == "planned")

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, first.id, "Owner", "Kari Nordmann")
        client.set_cell(ws, planned.id, "Status", "Done")

    client.edit(path, change)
    row = 0

    def find(ws: client.Worksheet) -> None:
        nonlocal row
        row = client.row_of(ws, first.id)

    client.edit(path, find)
    workshop = document.path
    before = _state(workshop)
    dialog = window.action_update.update_from(path)
    assert isinstance(dialog, ActionUpdateDialog)
    qtbot.waitExposed(dialog)
    (box,) = dialog.owner_boxes
    box.setChecked(False)  # the consultant does not create the owner
    old = next(o.name for o in document.owners() if o.id == first.owner_id)
    assert dialog.left_out.text() == (
        f"Zeile {row}: „{first.title}“ behält die verantwortliche Person {old}, da "
        "„Kari Nordmann“ nicht angelegt wird."
    )
    table = dialog.table
    cells = [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(4)]
        for r in range(table.rowCount())
    ]
    assert ["Status", "Geplant", "Erledigt"] in [c[1:] for c in cells]  # names, not "done"
    dialog.reject()
    assert _state(workshop) == before
    assert document.actions()[0] == first

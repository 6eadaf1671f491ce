"""An action list exported in the workshop's language comes back in that language: its
drop-down's values are read, and every sentence about a cell names the column and the values
as the client's workbook shows them ("Indsats", "Idé, Planlagt, …"), never the English ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exporters.action_list_read import read_action_list
from exporters.action_list_update import read_update
from exporters.action_list_xlsx import export_action_list
from models.document import Document
from models.schema import Action
from tests.exporters import xlsx_client as client

ROOT = Path(__file__).resolve().parents[2]


def _action(document: Document, title: str) -> Action:
    (found,) = [a for a in document.actions() if a.title == title]
    return found


def _drop_down(path: Path) -> list[str]:
    """The statuses the list's drop-down offers, as Excel shows them."""
    workbook = load_workbook(path)
    ws = client.action_sheet(workbook)
    (validation,) = ws.data_validations.dataValidation
    workbook.close()
    return validation.formula1.strip('"').split(",")


@pytest.fixture
def danish(document: Document, tmp_path: Path) -> Path:
    path = tmp_path / "handlinger.xlsx"
    export_action_list(document, path, language="da")
    return path


def test_a_danish_list_names_its_own_columns_and_values(document: Document, danish: Path):
    bill = _action(document, "Redesign the first bill")
    tracker = _action(document, "Switch tracker in app and SMS")
    offered = _drop_down(danish)
    assert offered == ["Idé", "Planlagt", "I gang", "Færdig", "Droppet"]
    places: dict[str, tuple[int, int]] = {}

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, bill.id, "Status", "Venter")
        client.set_cell(ws, tracker.id, "Indsats", 7)
        places["Status"] = (client.row_of(ws, bill.id), client.column(ws, "Status"))
        places["Indsats"] = (client.row_of(ws, tracker.id), client.column(ws, "Indsats"))

    client.edit(danish, change)
    plan = read_update(document, danish)
    row, col = places["Status"]
    assert (
        f"Sheet “Handlinger”, row {row}, column {chr(64 + col)} (Status) holds “Venter”. The "
        "status must be one of: Idé, Planlagt, I gang, Færdig, or Droppet." in plan.problems
    )
    row, col = places["Indsats"]
    assert (
        f"Sheet “Handlinger”, row {row}, column {chr(64 + col)} (Indsats) holds “7”. The effort "
        "must be a whole number from 1 to 5 or empty." in plan.problems
    )
    text = "\n".join(plan.problems)
    assert "idea, planned" not in text and "(Effort)" not in text
    assert plan.changes == []  # refused as a whole


def test_every_value_the_danish_drop_down_offers_is_read(document: Document, danish: Path):
    actions = sorted(document.actions(), key=lambda a: a.id)[:5]
    offered = _drop_down(danish)

    def change(ws: client.Worksheet) -> None:
        for action, shown in zip(actions, offered, strict=True):
            client.set_cell(ws, action.id, "Status", shown.upper())  # any case, as typed
        # A value of the drop-down typed as Excel keeps it: with a space too many.
        client.set_cell(ws, actions[0].id, "Status", "  " + offered[2] + " ")

    client.edit(danish, change)
    listed = read_action_list(danish)
    assert listed.language == "da"
    assert listed.problems == []
    statuses = {r.key: r.values["status"] for r in listed.rows if r.key is not None}
    expected = ["doing", "planned", "doing", "done", "dropped"]
    assert [statuses[a.id] for a in actions] == expected


def test_a_missing_column_is_named_in_the_lists_language(document: Document, danish: Path):
    def change(ws: client.Worksheet) -> None:
        ws.delete_cols(client.column(ws, "Ansvarlig"))

    client.edit(danish, change)
    plan = read_update(document, danish)
    assert any("has no “Ansvarlig” column" in n for n in plan.notices), plan.notices
    assert not any("“Owner”" in n for n in plan.notices)


def test_an_english_list_keeps_its_english_names(document: Document, tmp_path: Path):
    path = tmp_path / "actions.xlsx"
    export_action_list(document, path, language="en")
    bill = _action(document, "Redesign the first bill")
    client.edit(path, lambda ws: client.set_cell(ws, bill.id, "Effort", 9))
    listed = read_action_list(path)
    assert listed.language == "en"
    assert any("(Effort) holds “9”" in p for p in listed.problems)


def test_the_command_line_says_it_in_the_lists_words(
    document: Document, danish: Path, workshop_path: Path
):
    bill = _action(document, "Redesign the first bill")
    client.edit(danish, lambda ws: client.set_cell(ws, bill.id, "Status", "Venter"))
    document.close()
    run = subprocess.run(
        [sys.executable, "-m", "app", "update", str(workshop_path), str(danish)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert run.returncode != 0
    assert "must be one of: Idé, Planlagt, I gang, Færdig, or Droppet." in run.stderr
    assert "idea, planned" not in run.stderr


def test_a_due_date_typed_as_the_danish_list_shows_dates(document: Document, danish: Path):
    """The Due column of a Danish list shows 31.03.2027: a date typed so as text is that date,
    and a cell that is no date is refused naming that format, not ISO's."""
    bill = _action(document, "Redesign the first bill")
    tracker = _action(document, "Switch tracker in app and SMS")
    places: dict[str, tuple[int, int]] = {}

    def change(ws: client.Worksheet) -> None:
        client.set_text(ws, bill.id, "Frist", "31.03.2027")  # text, as a pasted date arrives
        client.set_text(ws, tracker.id, "Frist", "snart")
        places["snart"] = (client.row_of(ws, tracker.id), client.column(ws, "Frist"))

    client.edit(danish, change)
    listed = read_action_list(danish)
    row, col = places["snart"]
    assert listed.problems == [
        f"Sheet “Handlinger”, row {row}, column {chr(64 + col)} (Frist) holds “snart”. The due "
        "date must be a date (DD.MM.YYYY)."
    ]
    (read,) = [r for r in listed.rows if r.key == bill.id]
    assert read.values["due"] == "2027-03-31"

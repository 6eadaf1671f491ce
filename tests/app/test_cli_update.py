"""``journeyline update FILE.journey ACTIONS.xlsx``: the preview, ``--apply``, exit statuses.

In-process through ``main([...])`` for the output and the file; one run in a fresh
interpreter proves that the command never loads Qt.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from app.main import main
from exporters.action_list_xlsx import export_action_list
from models.document import Document
from tests.exporters import xlsx_client as client
from tests.test_boundaries import _run_main_without_qt


@pytest.fixture
def listed(workshop_path: Path) -> Path:
    """The sample's action list, exported beside the workshop."""
    path = workshop_path.with_name("actions.xlsx")
    with Document.open(workshop_path, readonly=True) as doc:
        export_action_list(doc, path)
    return path


def _ids(workshop: Path) -> dict[str, int]:
    with Document.open(workshop, readonly=True) as doc:
        return {a.title: a.id for a in doc.actions()}


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), os.stat(path).st_mtime_ns


def _client_edits(listed: Path, workshop: Path) -> None:
    ids = _ids(workshop)

    def change(ws: client.Worksheet) -> None:
        client.resort(ws, "Owner")
        ws.title = "Status juni"
        client.set_cell(ws, ids["Offer call-back in the phone queue"], "Status", "done")
        client.set_cell(ws, ids["Redesign the first bill"], "Owner", "Kari Nordmann")
        client.set_cell(ws, ids["Fix help-page search"], "Due", dt.datetime(2027, 10, 1))
        client.delete_action(ws, ids["Start a customer forum"])
        client.add_row(ws, Action="Chat on help pages", Journey="Onboarding today", Value=4)

    client.edit(listed, change)


def test_the_preview_lists_every_change_and_changes_nothing(
    workshop_path: Path, listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _client_edits(listed, workshop_path)
    before = _state(workshop_path)
    assert main(["update", str(workshop_path), str(listed)]) == 0
    out = capsys.readouterr().out
    assert _state(workshop_path) == before
    assert "“actions.xlsx” (sheet “Status juni”, 13 action rows) for “sample.journey”:" in out
    assert "3 changes to 3 actions:" in out
    assert "“Offer call-back in the phone queue”\n      status: planned → done" in out
    assert "owner: Sigrid Bjørnstad → Kari Nordmann (new owner)" in out
    assert "due date: — → 2027-10-01" in out
    assert "1 new action:" in out and "“Chat on help pages” in “Onboarding today”" in out
    assert "1 owner the workshop does not have: “Kari Nordmann”; add --create-owners" in out
    assert "keeps its owner Sigrid Bjørnstad, as “Kari Nordmann” is not created." in out
    assert "has no row in the list (deleted there?); they stay in the workshop:" in out
    assert "“Start a customer forum” (Onboarding today)" in out
    assert out.rstrip().endswith("run again with --apply to make these changes.")


def test_apply_makes_the_changes_and_a_second_run_finds_none(
    workshop_path: Path, listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _client_edits(listed, workshop_path)
    count = len(_ids(workshop_path))
    args = ["update", str(workshop_path), str(listed), "--apply", "--create-owners"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(
        "Updated “sample.journey” from “actions.xlsx”: 3 changes to 3 actions, 1 new action, "
        "1 new owner."
    )
    with Document.open(workshop_path, readonly=True) as doc:
        actions = {a.title: a for a in doc.actions()}
        owners = {o.id: o.name for o in doc.owners()}
    assert len(actions) == count + 1  # the deleted row's action is still there
    assert actions["Offer call-back in the phone queue"].status == "done"
    assert owners[actions["Redesign the first bill"].owner_id] == "Kari Nordmann"  # type: ignore[index]
    assert actions["Fix help-page search"].due == "2027-10-01"
    assert actions["Chat on help pages"].value == 4
    assert "Start a customer forum" in actions

    assert main(["update", str(workshop_path), str(listed)]) == 0
    assert "The list changes nothing in the workshop." in capsys.readouterr().out


def test_apply_without_create_owners_leaves_their_assignments_out(
    workshop_path: Path, listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _client_edits(listed, workshop_path)
    assert main(["update", str(workshop_path), str(listed), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "keeps its owner Sigrid Bjørnstad, as “Kari Nordmann” is not created." in out
    assert "3 changes to 3 actions, 1 new action, 0 new owners." in out
    with Document.open(workshop_path, readonly=True) as doc:
        assert "Kari Nordmann" not in {o.name for o in doc.owners()}
        bill = next(a for a in doc.actions() if a.title == "Redesign the first bill")
        assert doc.owner(bill.owner_id).name == "Sigrid Bjørnstad"  # type: ignore[arg-type, union-attr]


def test_bad_values_exit_2_with_one_line_each_and_change_nothing(
    workshop_path: Path, listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = list(_ids(workshop_path).values())

    def change(ws: client.Worksheet) -> None:
        ws.title = "Tiltak"
        client.set_cell(ws, ids[0], "Effort", 7)
        client.set_cell(ws, ids[1], "Status", "halfway")
        client.set_cell(ws, ids[2], "Due", "soon")
        client.set_cell(ws, ids[3], "Status", "done")  # a good change: not applied either

    client.edit(listed, change)
    before = _state(workshop_path)
    assert main(["update", str(workshop_path), str(listed), "--apply"]) == 2
    captured = capsys.readouterr()
    assert _state(workshop_path) == before
    lines = captured.err.splitlines()
    assert (
        lines[0] == "journeyline: “actions.xlsx” cannot be used: 3 problems; nothing was changed."
    )
    assert len(lines) == 4
    assert all(line.startswith("  Sheet “Tiltak”, row ") for line in lines[1:])
    assert "(Effort) holds “7”. The effort must be a whole number from 1 to 5" in captured.err
    assert "(Status) holds “halfway”. The status must be one of:" in captured.err
    assert "(Due) holds “soon”. The due date must be a date (YYYY-MM-DD)." in captured.err


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "is empty, so it is not an Excel action list."),
        (client.LOCKED.read_bytes(), "is protected with a password"),
        (b"PK\x03\x04 broken", "is damaged"),
    ],
    ids=["empty", "encrypted", "damaged"],
)
def test_a_file_that_cannot_be_read_exits_2_in_one_sentence(
    workshop_path: Path,
    tmp_path: Path,
    content: bytes,
    says: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "from-client.xlsx"
    path.write_bytes(content)
    before = _state(workshop_path)
    assert main(["update", str(workshop_path), str(path), "--apply"]) == 2
    err = capsys.readouterr().err
    assert _state(workshop_path) == before
    assert len(err.splitlines()) == 1 and says in err
    assert err.startswith("journeyline: “from-client.xlsx” ")


def test_a_workshop_that_is_no_workshop(
    listed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["update", str(listed), str(listed)]) == 2
    assert "is a zip archive, not a Journeyline workshop file." in capsys.readouterr().err


def test_update_runs_without_qt(workshop_path: Path, listed: Path, tmp_path: Path) -> None:
    _client_edits(listed, workshop_path)
    result = _run_main_without_qt(
        ["update", str(workshop_path), str(listed), "--apply", "--create-owners"], tmp_path
    )
    assert "Qt loaded" not in result.stderr
    assert result.returncode == 0, result.stderr

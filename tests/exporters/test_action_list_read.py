"""The action list comes back: an exported list, edited as a client edits it, read and applied.

Each test exports the sample workshop's action list, edits it with openpyxl the way Excel
leaves a client's edits (re-sorted, filtered, columns added, sheet renamed, rows added and
deleted, values typed), plans the update, applies it as one edit and reads the workshop
file back from disk.
"""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from exporters.action_list_read import ActionListError, read_action_list
from exporters.action_list_update import UpdatePlan, read_update
from exporters.action_list_xlsx import export_action_list
from models import edits
from models.document import Document
from models.schema import Action
from tests.exporters import xlsx_client as client


# -- helpers -------------------------------------------------------------------------------------
@pytest.fixture
def exported(document: Document, tmp_path: Path) -> Path:
    path = tmp_path / "actions.xlsx"
    export_action_list(document, path)
    return path


def _action(document: Document, title: str) -> Action:
    (found,) = [a for a in document.actions() if a.title == title]
    return found


def _reread(document: Document) -> tuple[dict[int, Action], dict[int, str]]:
    """Close the workshop, open its file again: its actions and owners' names, as on disk."""
    document.close()
    with Document.open(document.path, readonly=True) as doc:
        return {a.id: a for a in doc.actions()}, {o.id: o.name for o in doc.owners()}


def _now(document: Document) -> tuple[dict[int, Action], dict[int, str]]:
    return {a.id: a for a in document.actions()}, {o.id: o.name for o in document.owners()}


def _changes(plan: UpdatePlan) -> set[tuple[int, str, str, str]]:
    return {(c.action_id, c.field, c.old, c.new) for c in plan.changes}


# -- the round trip ------------------------------------------------------------------------------
def test_an_untouched_list_changes_nothing(document: Document, exported: Path) -> None:
    plan = read_update(document, exported)
    assert plan.problems == [] and plan.notices == []
    assert plan.empty and plan.unlisted == [] and plan.new_owners == []
    assert plan.rows == len(document.actions())


def test_every_field_a_client_edits_comes_back(
    document: Document, exported: Path, workshop_path: Path
) -> None:
    call_back = _action(document, "Offer call-back in the phone queue")
    bill = _action(document, "Redesign the first bill")
    tracker = _action(document, "Switch tracker in app and SMS")
    senior = _action(document, "Welcome call for senior customers")

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, call_back.id, "Status", "Done")  # any case
        client.set_cell(ws, call_back.id, "Owner", "ingrid solberg")
        client.set_cell(ws, call_back.id, "Due", dt.datetime(2027, 5, 14))
        client.set_cell(ws, bill.id, "KPI", "Calls down 50% — ✓ åäø")
        client.set_cell(ws, bill.id, "Effort", 2)
        client.set_cell(ws, bill.id, "Value", 5.0)  # Excel stores numbers as floats
        client.set_cell(ws, tracker.id, "Action", "  Switch tracker in the app  ")
        client.set_cell(ws, tracker.id, "Description", "Два шага\n<b>&</b>")
        client.set_cell(ws, senior.id, "Due", "2027-12-01")  # typed as text
        client.set_cell(ws, senior.id, "Effort", "3")
        ws.title = "Follow-up (client)"

    client.edit(exported, change)
    plan = read_update(document, exported)
    assert plan.problems == []
    assert plan.sheet == "Follow-up (client)"
    assert _changes(plan) == {
        (call_back.id, "status", "planned", "done"),
        (call_back.id, "owner_id", "Customer Service", "Ingrid Solberg"),
        (call_back.id, "due", "2027-03-31", "2027-05-14"),
        (
            bill.id,
            "kpi",
            "Bill-related calls in the first 60 days down 40%",
            "Calls down 50% — ✓ åäø",
        ),
        (bill.id, "effort", "4", "2"),
        (bill.id, "value", "4", "5"),
        (tracker.id, "title", "Switch tracker in app and SMS", "Switch tracker in the app"),
        (tracker.id, "description", tracker.description, "Два шага\n<b>&</b>"),
        (senior.id, "due", "—", "2027-12-01"),
        (senior.id, "effort", "—", "3"),
    }
    assert plan.changed_actions == 4
    assert {c.label for c in plan.changes} >= {"status", "owner", "due date", "KPI"}

    before = {a.id: a for a in document.actions()}
    document.apply(plan.edit())
    after, owners = _reread(document)
    assert after[call_back.id].status == "done"
    assert owners[after[call_back.id].owner_id] == "Ingrid Solberg"  # type: ignore[index]
    assert after[call_back.id].due == "2027-05-14"
    assert after[bill.id].kpi == "Calls down 50% — ✓ åäø"
    assert (after[bill.id].effort, after[bill.id].value) == (2, 5)
    assert after[tracker.id].title == "Switch tracker in the app"
    assert after[tracker.id].description == "Два шага\n<b>&</b>"
    assert (after[senior.id].due, after[senior.id].effort) == ("2027-12-01", 3)
    # Nothing else moved.
    untouched = set(before) - {call_back.id, bill.id, tracker.id, senior.id}
    assert all(after[i] == before[i] for i in untouched)


def test_resorted_filtered_with_columns_added_and_moved(
    document: Document, exported: Path, workshop_path: Path
) -> None:
    """Rows sorted by title, a filter hiding most rows, two columns of the client's own (one
    before the key columns), and the sheet renamed: rows are still matched by their key."""
    forum = _action(document, "Start a customer forum")
    notice = _action(document, "Plain-language price notice")

    def change(ws: client.Worksheet) -> None:
        client.resort(ws, "Action", reverse=True)
        client.insert_column(ws, "Action", "Team comment", lambda r: f"=SUM(A{r}:A{r})")
        client.insert_column(ws, "Due", "Budget (NOK)", lambda r: r * 1000)
        client.filter_rows(ws, "Status", lambda s: s == "idea")
        ws.title = "Tiltak"
        client.set_cell(ws, forum.id, "Status", "doing")  # a row the filter hides
        client.set_cell(ws, notice.id, "Owner", "Mats Åkerlund")

    client.edit(exported, change)
    ws = load_workbook(exported)["Tiltak"]
    assert ws.row_dimensions[client.row_of(ws, forum.id)].hidden
    plan = read_update(document, exported)
    assert plan.problems == [] and plan.unlisted == []
    assert _changes(plan) == {
        (forum.id, "status", "dropped", "doing"),
        (notice.id, "owner_id", "Marketing & Sales", "Mats Åkerlund"),
    }
    document.apply(plan.edit())
    after, owners = _reread(document)
    assert after[forum.id].status == "doing"
    assert owners[after[notice.id].owner_id] == "Mats Åkerlund"  # type: ignore[index]


def test_rows_added_become_actions_and_rows_deleted_are_only_reported(
    document: Document, exported: Path, workshop_path: Path
) -> None:
    gone = _action(document, "Fix help-page search")
    journey = document.journeys()[0]
    count = len(document.actions())

    def change(ws: client.Worksheet) -> None:
        client.delete_action(ws, gone.id)
        client.add_row(
            ws,
            Action="Chat on the help pages",
            Description="Live chat 08–20",
            Journey=journey.name,
            Station="Reads help pages",
            Owner="Customer Service",
            Effort=3,
            Value=4,
            Status="planned",
            Due=dt.datetime(2027, 8, 1),
            KPI="=Calls down 10%",  # a formula to openpyxl; text to the client
        )

    client.edit(exported, change)
    plan = read_update(document, exported)
    assert plan.problems == []
    assert plan.unlisted == [(gone.id, gone.title, journey.name)]
    (new,) = plan.new_actions
    assert (new.title, new.journey_id, new.owner) == (
        "Chat on the help pages",
        journey.id,
        "Customer Service",
    )
    assert new.station is None or new.station == "Reads help pages"
    document.apply(plan.edit())
    # The same list again adds nothing twice: the new row is matched by its title.
    again = read_update(document, exported)
    assert again.empty and again.new_actions == []
    after, _ = _reread(document)
    assert len(after) == count + 1 and gone.id in after  # nothing deleted
    (added,) = [a for a in after.values() if a.title == "Chat on the help pages"]
    assert (added.effort, added.value, added.status, added.due) == (3, 4, "planned", "2027-08-01")
    assert added.description == "Live chat 08–20"
    assert added.kpi == "=Calls down 10%"  # read as the text typed, never run


def test_new_rows_find_their_station(document: Document, exported: Path) -> None:
    journey = document.snapshot(document.journeys()[0].id)
    station = journey.stations[3]

    def change(ws: client.Worksheet) -> None:
        client.add_row(ws, Action="Linked", Journey=journey.journey.name, Station=station.title)
        client.add_row(ws, Action="Unlinked", Journey=journey.journey.name, Station="Nowhere")

    client.edit(exported, change)
    plan = read_update(document, exported)
    linked, unlinked = plan.new_actions
    assert (linked.station_id, unlinked.station_id) == (station.id, None)
    assert any("“Nowhere”" in n and "no station" in n for n in plan.notices)
    document.apply(plan.edit())
    assert _action(document, "Linked").station_id == station.id
    assert _action(document, "Unlinked").station_id is None


def test_a_station_typed_on_an_existing_row_relinks_the_action(
    document: Document, exported: Path
) -> None:
    snap = document.snapshot(document.journeys()[0].id)
    forum = _action(document, "Start a customer forum")
    other = next(s for s in snap.stations if s.id != forum.station_id)

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, forum.id, "Station", other.title.upper())  # any case
        for action in snap.actions:
            client.set_cell(ws, action.id, "Journey", "Onboarding 2026")  # renamed by the client

    client.edit(exported, change)
    plan = read_update(document, exported)
    (change_,) = plan.changes
    assert (change_.field, change_.new, change_.value) == (
        "station_id",
        other.title.upper(),
        other.id,
    )
    (note,) = plan.notices  # one for all the rows naming another journey
    assert f"{len(snap.actions)} rows (" in note
    assert "names “Onboarding 2026”, but the actions are in “Onboarding today”" in note
    document.apply(plan.edit())
    assert _action(document, "Start a customer forum").station_id == other.id
    assert {a.journey_id for a in document.actions()} == {snap.journey.id}


def test_new_owners_are_offered_never_dropped(
    document: Document, exported: Path, workshop_path: Path
) -> None:
    call_back = _action(document, "Offer call-back in the phone queue")
    journey = document.journeys()[0]

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, call_back.id, "Owner", "Kari Nordmann")
        client.add_row(ws, Action="Ask Kari", Journey=journey.name, Owner="kari nordmann")

    client.edit(exported, change)
    plan = read_update(document, exported)
    assert plan.new_owners == ["Kari Nordmann"]
    said = plan.left_out([])
    assert len(said) == 2 and all("Kari Nordmann" in s for s in said)
    assert plan.left_out(["Kari Nordmann"]) == []

    # Not created: the other changes apply, the owner assignments are left out.
    edit = plan.edit([])
    document.apply(edit)
    after, owners = _now(document)
    assert after[call_back.id].owner_id == call_back.owner_id
    assert "Kari Nordmann" not in owners.values()
    assert _action(document, "Ask Kari").owner_id is None
    document.revert(edit)

    document.apply(read_update(document, exported).edit(["Kari Nordmann"]))
    after, owners = _reread(document)
    kari = {name: i for i, name in owners.items()}["Kari Nordmann"]
    assert after[call_back.id].owner_id == kari
    assert [a.owner_id for a in after.values() if a.title == "Ask Kari"] == [kari]


def test_a_cleared_owner_or_due_date_clears_it(document: Document, exported: Path) -> None:
    call_back = _action(document, "Offer call-back in the phone queue")

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, call_back.id, "Owner", None)
        client.set_cell(ws, call_back.id, "Due", None)
        client.set_cell(ws, call_back.id, "KPI", None)

    client.edit(exported, change)
    document.apply(read_update(document, exported).edit())
    after = _action(document, "Offer call-back in the phone queue")
    assert (after.owner_id, after.due, after.kpi) == (None, None, "")


def test_the_update_is_one_edit_that_undoes_whole(
    document: Document, exported: Path, workshop_path: Path
) -> None:
    before, owners_before = _now(document)
    journey = document.journeys()[0]
    ids = list(before)

    def change(ws: client.Worksheet) -> None:
        for i in ids[:5]:
            client.set_cell(ws, i, "Status", "done")
        client.set_cell(ws, ids[6], "Owner", "Nytt team")
        client.add_row(ws, Action="One more", Journey=journey.name)

    client.edit(exported, change)
    edit = read_update(document, exported).edit(["Nytt team"])
    document.apply(edit)
    assert edit.label == "Update from “actions.xlsx”"
    assert _now(document) != (before, owners_before)
    document.revert(edit)
    assert _now(document) == (before, owners_before)
    document.apply(edit)  # redo
    after, owners = _reread(document)
    assert sum(a.status == "done" for a in after.values()) >= 5
    assert "Nytt team" in owners.values() and len(after) == len(before) + 1


def test_changes_made_in_the_workshop_since_the_export_are_kept(
    document: Document, exported: Path
) -> None:
    """Weeks pass between export and follow-up: the consultant's own edits must survive."""
    bill = _action(document, "Redesign the first bill")
    forum = _action(document, "Start a customer forum")
    tracker = _action(document, "Switch tracker in app and SMS")
    document.apply(edits.update_action(bill.id, title="Redesign the first bill (v2)", effort=5))
    document.apply(edits.update_action(forum.id, status="planned"))
    document.apply(edits.update_action(tracker.id, status="doing"))

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, bill.id, "Status", "done")  # the client changed only the status
        client.set_cell(ws, tracker.id, "Status", "done")  # both changed it

    client.edit(exported, change)
    plan = read_update(document, exported)
    assert plan.problems == []
    assert _changes(plan) == {
        (bill.id, "status", "doing", "done"),
        (tracker.id, "status", "doing", "done"),
    }
    (note,) = plan.notices
    assert note.startswith("Row ") and "“Switch tracker in app and SMS”" in note
    assert "changed both in the list (to “done”) and in the workshop" in note
    document.apply(plan.edit())
    after, _ = _reread(document)
    assert (after[bill.id].title, after[bill.id].effort) == ("Redesign the first bill (v2)", 5)
    assert (after[bill.id].status, after[forum.id].status) == ("done", "planned")


def test_without_the_hidden_sheet_every_difference_is_a_change(
    document: Document, exported: Path
) -> None:
    forum = _action(document, "Start a customer forum")
    document.apply(edits.update_action(forum.id, status="planned"))
    workbook = load_workbook(exported)
    del workbook["Journeyline"]  # the client's Excel dropped it, or an older export
    workbook.save(exported)
    plan = read_update(document, exported)
    assert _changes(plan) == {(forum.id, "status", "planned", "dropped")}
    assert any("has no record of the values as exported" in n for n in plan.notices)


# -- values a client got wrong -------------------------------------------------------------------
def test_values_out_of_range_are_one_sentence_each_with_their_place(
    document: Document, exported: Path
) -> None:
    ids = [a.id for a in document.actions() if a.due is not None]
    undated = next(a.id for a in document.actions() if a.due is None)
    places: dict[str, tuple[int, str]] = {}

    def change(ws: client.Worksheet) -> None:
        client.insert_column(ws, "Priority", "Note", lambda r: "")  # everything one column right
        ws.title = "Edited"
        client.set_cell(ws, ids[0], "Effort", 7)
        client.set_cell(ws, ids[1], "Status", "finished")
        client.set_cell(ws, ids[2], "Due", "next week")
        client.set_cell(ws, ids[3], "Value", 2.5)
        client.set_cell(ws, ids[4], "Action", "   ")
        client.set_cell(ws, undated, "Due", 46000)  # a number in a cell not formatted as a date
        for i, header in ((0, "Effort"), (1, "Status"), (2, "Due"), (4, "Action")):
            places[header] = (client.row_of(ws, ids[i]), client.column(ws, header))

    client.edit(exported, change)
    plan = read_update(document, exported)
    assert len(plan.problems) == 6
    text = "\n".join(plan.problems)
    row, col = places["Effort"]
    assert (
        f"Sheet “Edited”, row {row}, column {chr(64 + col)} (Effort) holds “7”. The effort must "
        "be a whole number from 1 to 5 or empty." in plan.problems
    )
    row, col = places["Status"]
    assert f"row {row}, column {chr(64 + col)} (Status) holds “finished”" in text
    assert "must be one of: idea, planned, doing, done, or dropped." in text
    row, col = places["Due"]
    assert f"row {row}, column {chr(64 + col)} (Due) holds “next week”. The due date must" in text
    row, col = places["Action"]
    assert f"row {row}, column {chr(64 + col)} (Action) is empty. The action title must" in text
    assert "holds “2.5”. The value must be a whole number" in text
    assert "holds “46000”. The due date must be a date" in text
    with pytest.raises(ValueError, match="problems"):
        plan.edit()


def test_a_key_on_two_rows_is_a_problem(document: Document, exported: Path) -> None:
    first = document.actions()[0]

    def change(ws: client.Worksheet) -> None:
        r = client.row_of(ws, first.id)
        copy = [c.value for c in ws[r]]
        copy[client.column(ws, "Action") - 1] = "A copy"
        ws.append(copy)

    client.edit(exported, change)
    (problem,) = read_update(document, exported).problems
    assert "carry the same hidden action key in column M" in problem


def test_a_list_from_another_workshop_is_refused(
    document: Document, exported: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.journey"
    from app.cli import run

    assert run(["new", "-o", str(other), "--title", "Another client"]) == 0
    with Document.open(other) as doc:
        (problem,) = read_update(doc, exported).problems
    assert "None of the 13 actions" in problem and "another workshop" in problem


def test_a_deleted_column_leaves_its_field_alone(document: Document, exported: Path) -> None:
    first = document.actions()[0]

    def change(ws: client.Worksheet) -> None:
        ws.delete_cols(client.column(ws, "KPI"))
        client.set_cell(ws, first.id, "Status", "dropped")

    client.edit(exported, change)
    plan = read_update(document, exported)
    assert [(c.field, c.new) for c in plan.changes] == [("status", "dropped")]
    assert any(
        n.endswith("has no “KPI” column (row 1 is its header), so every action keeps its KPI.")
        for n in plan.notices
    )


# -- text stays text -----------------------------------------------------------------------------
def test_formula_looking_text_is_read_as_text(document: Document, exported: Path) -> None:
    first, second = document.actions()[:2]

    def change(ws: client.Worksheet) -> None:
        client.set_text(ws, first.id, "KPI", "=SUM(A1:A3)")
        client.set_text(ws, second.id, "Description", "+46 70 123 45 67")

    client.edit(exported, change)
    plan = read_update(document, exported)
    assert {(c.field, c.new) for c in plan.changes} == {
        ("kpi", "=SUM(A1:A3)"),
        ("description", "+46 70 123 45 67"),
    }
    assert plan.notices == []
    document.apply(plan.edit())
    assert document.action(first.id).kpi == "=SUM(A1:A3)"  # type: ignore[union-attr]


def test_a_formula_is_read_as_excel_showed_it_never_run(document: Document, exported: Path) -> None:
    first = document.actions()[0]
    client.edit(exported, lambda ws: client.set_cell(ws, first.id, "Effort", "=1+1"))
    plan = read_update(document, exported)  # no value saved beside it: its text, refused
    assert any("holds “=1+1”. The effort must be a whole number" in p for p in plan.problems)
    client.cache_formula_values(exported, "xl/worksheets/sheet1.xml", "3")
    plan = read_update(document, exported)
    assert plan.problems == []
    assert [(c.field, c.new) for c in plan.changes] == [("effort", "3")]
    assert any("formula “=1+1”" in n and "“3”, is read" in n for n in plan.notices)


def test_a_totals_row_is_not_a_new_action(document: Document, exported: Path) -> None:
    """Excel's Total Row (Table Design ▸ Total Row): formulas under the table, no key."""

    def change(ws: client.Worksheet) -> None:
        last = ws.max_row
        effort = client.column(ws, "Effort")
        letter = chr(64 + effort)
        client.add_row(ws, Priority="Total", Effort=f"=SUBTOTAL(109,{letter}2:{letter}{last})")

    client.edit(exported, change)
    client.cache_formula_values(exported, "xl/worksheets/sheet1.xml", "31")
    plan = read_update(document, exported)
    assert plan.problems == [] and plan.empty
    assert any("holds only formulas (a totals row?)" in n for n in plan.notices)


def test_the_stored_sheet_size_is_not_trusted(document: Document, exported: Path) -> None:
    last = document.actions()[-1]
    client.edit(exported, lambda ws: client.set_cell(ws, last.id, "Status", "done"))
    client.patch_part(
        exported,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(
            xml[xml.index("<dimension") : xml.index("/>", xml.index("<dimension")) + 2],
            '<dimension ref="A1:B2"/>',
        ),
    )
    plan = read_update(document, exported)
    assert plan.rows == len(document.actions())
    assert [(c.action_id, c.new) for c in plan.changes] == [(last.id, "done")]


# -- files that are no action list ---------------------------------------------------------------
def test_a_workbook_that_is_no_action_list(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    workbook = Workbook()
    workbook.active.append(["Action", "Owner", "Status"])
    workbook.active.append(["Something", "Kim", "done"])
    workbook.save(path)
    with pytest.raises(ActionListError) as caught:
        read_action_list(path)
    assert str(caught.value) == (
        "“budget.xlsx” is not a Journeyline action list: no sheet has the hidden action key "
        "column that Journeyline's export writes; nothing was changed."
    )


def test_the_list_twice_in_one_workbook(exported: Path) -> None:
    workbook = load_workbook(exported)
    workbook.copy_worksheet(workbook["Actions"])
    workbook.save(exported)
    with pytest.raises(ActionListError, match="holds the action list twice"):
        read_action_list(exported)


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p, x: p.write_bytes(b""), "is empty, so it is not an Excel action list."),
        (lambda p, x: p.write_bytes(b"Name;Owner\nA;B\n"), "is not an Excel workbook (.xlsx)"),
        (lambda p, x: p.write_bytes(x[: len(x) // 2]), "is damaged: it is not a complete"),
        (
            lambda p, x: zipfile.ZipFile(p, "w").writestr("word/document.xml", "<w/>"),
            "is a zip archive but not an Excel workbook",
        ),
    ],
    ids=["empty", "csv", "truncated", "other zip"],
)
def test_files_that_are_no_workbook(exported: Path, tmp_path: Path, make, says: str) -> None:
    path = tmp_path / "list.xlsx"
    make(path, exported.read_bytes())
    with pytest.raises(ActionListError) as caught:
        read_action_list(path)
    assert str(caught.value).startswith("“list.xlsx” ") and says in str(caught.value)


def test_a_damaged_sheet_inside_a_whole_zip(exported: Path) -> None:
    client.patch_part(exported, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])
    with pytest.raises(ActionListError) as caught:
        read_action_list(exported)
    assert str(caught.value) == (
        "“actions.xlsx” is damaged: a sheet inside it cannot be read; nothing was changed."
    )


def test_a_password_protected_workbook(tmp_path: Path) -> None:
    """A real encrypted workbook (Excel's File ▸ Info ▸ Protect Workbook ▸ Encrypt with
    Password): one sentence, and the file is left as it was, with nothing beside it."""
    path = tmp_path / "locked.xlsx"
    shutil.copy2(client.LOCKED, path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(ActionListError) as caught:
        read_action_list(path)
    assert str(caught.value) == (
        "“locked.xlsx” is protected with a password: open it in Excel, remove the password "
        "(File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed."
    )
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert [p.name for p in tmp_path.iterdir()] == ["locked.xlsx"]


def test_a_compound_file_with_only_an_encrypted_package_stream(tmp_path: Path) -> None:
    """The stream's name is what tells: found in a compound file a test builds, too."""
    path = tmp_path / "locked.xlsx"
    path.write_bytes(
        client.compound_file(
            {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": b"x" * 9000}
        )
    )
    with pytest.raises(ActionListError) as caught:
        read_action_list(path)
    assert str(caught.value).startswith("“locked.xlsx” is protected with a password:")


def test_an_old_xls_workbook(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(client.compound_file({"Workbook": b"\x09\x08" + b"\0" * 100}))
    with pytest.raises(ActionListError, match="old-format Excel"):
        read_action_list(path)


def test_field_labels_come_from_the_edits() -> None:
    from exporters.action_list_update import field_label

    assert field_label("due") == edits.FIELDS[Action]["due"][0]

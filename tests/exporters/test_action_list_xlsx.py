"""The Excel action list, read back with openpyxl as a user's Excel would see it.

Also the helpers it stands on: ``exporters.safe_text`` (user text stays text) and
``models.atomic`` (a whole file or nothing, failures as one ExportError sentence).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

from exporters.action_list_xlsx import PRIORITY_FILLS, SHEETS, export_action_list
from exporters.errors import ExportError
from exporters.safe_text import CELL_TEXT_MAX, REPLACEMENT, clean_text, cut_marker, set_text
from models import edits, rules
from models.atomic import atomic_write
from models.document import Document
from models.fields import QUOTE_SOURCE_LABELS
from tests.read_only import read_only_folder

ACTION_HEADER = [
    "Priority",
    "Action",
    "Description",
    "Journey",
    "Phase",
    "Station",
    "Owner",
    "Effort",
    "Value",
    "Status",
    "Due",
    "KPI",
    "Journeyline action key",  # hidden
]
STATION_HEADER = [
    "Journey",
    "Phase",
    "Line",
    "Order",
    "Station",
    "Touchpoint",
    "Needs",
    "Pain points",
    "Customer quotes",
    "Owner",
    "Emotion",
    "Evidence",
    "Moment of truth",
    "Impact",
    "Performance",
    "Target",
    "Gap",
    "Day",
    "Customers",
    "Duration (min)",
    "Drop-off (%)",
]
OWNER_HEADER = [
    "Owner",
    "Role",
    "Email",
    "Stations",
    "Station titles",
    "Actions",
    "Action titles",
    "Average emotion",
    "Largest gap",
]
PRIORITY_ORDER = ["Quick win", "Big bet", "Fill-in", "Time sink", "Unrated"]

# Text that a spreadsheet likes to reinterpret, and what the cell must hold afterwards.
AWKWARD: list[tuple[str, str]] = [
    ("=SUM(A1)", "=SUM(A1)"),
    ('=HYPERLINK("http://evil.example","click")', '=HYPERLINK("http://evil.example","click")'),
    ("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"),
    ("+1", "+1"),
    ("-2", "-2"),
    ("@foo", "@foo"),
    ("#N/A", "#N/A"),
    ("<b>&amp;</b>", "<b>&amp;</b>"),
    ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"),
    ("Emoji 😀👩‍👩‍👧 ok", "Emoji 😀👩‍👩‍👧 ok"),
    ("åäø ÅÄØ ß é", "åäø ÅÄØ ß é"),
    ("Привет, мир", "Привет, мир"),
    ("two\nlines", "two\nlines"),
    ("windows\r\nbreak", "windows\nbreak"),
    ("tab\there", "tab\there"),
    ("0042", "0042"),
    ("1e5", "1e5"),
]


# -- helpers -------------------------------------------------------------------------------------
def _export(document: Document, path: Path, journey_id: int | None = None) -> Any:
    export_action_list(document, path, journey_id)
    return load_workbook(path)


def _rows(ws: Any) -> list[dict[str, Cell]]:
    """Data rows as {header: cell}."""
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def _spec_priority(effort: int | None, value: int | None) -> str:
    """The interchange spec's derived priority, written out independently of models.priority."""
    if value is None or effort is None:
        return "Unrated"
    if value >= 4:
        return "Quick win" if effort <= 2 else "Big bet"
    return "Fill-in" if effort <= 2 else "Time sink"


def _spec_key(effort: int | None, value: int | None, title: str) -> tuple[Any, ...]:
    big = 99  # nulls last: a missing value sorts below 1, a missing effort above 5
    return (
        PRIORITY_ORDER.index(_spec_priority(effort, value)),
        -(value if value is not None else -big),
        effort if effort is not None else big,
        title.casefold(),
        title,
    )


def _all_cells(workbook: Any) -> list[Cell]:
    return [c for ws in workbook.worksheets for row in ws.iter_rows() for c in row]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def journey_ids(document: Document) -> list[int]:
    return [j.id for j in document.journeys()]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder / "actions.xlsx"


# -- structure -----------------------------------------------------------------------------------
def test_sheets_headers_and_properties(document: Document, out: Path) -> None:
    wb = _export(document, out)
    assert list(SHEETS) == ["Actions", "Stations", "Owners", "About"]
    assert wb.sheetnames == [*SHEETS, "Journeyline"]
    assert [ws.sheet_state for ws in wb.worksheets] == ["visible"] * 4 + ["hidden"]
    assert wb.active.title == "Actions"
    assert [c.value for c in wb["Actions"][1]] == ACTION_HEADER
    assert [c.value for c in wb["Stations"][1]] == STATION_HEADER
    assert [c.value for c in wb["Owners"][1]] == OWNER_HEADER
    assert wb.properties.creator == "Journeyline"
    assert document.workshop().title in (wb.properties.title or "")


def test_every_sheet_is_set_up_for_screen_and_print(document: Document, out: Path) -> None:
    wb = _export(document, out)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.fitToWidth == 1, ws.title
        assert ws.page_setup.fitToHeight == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        for letter, dim in ws.column_dimensions.items():
            assert 5 <= dim.width <= 100, (ws.title, letter, dim.width)


def test_actions_sheet_is_a_table_with_filters(document: Document, out: Path) -> None:
    wb = _export(document, out)
    ws = wb["Actions"]
    count = len(document.actions())
    table = ws.tables["Actions"]
    assert table.ref == f"A1:M{count + 1}"
    assert table.autoFilter is not None and table.autoFilter.ref == table.ref
    assert [c.name for c in table.tableColumns] == ACTION_HEADER
    assert set(wb["Stations"].tables) == {"Stations"}
    assert set(wb["Owners"].tables) == {"Owners"}


def test_each_row_carries_its_action_key_in_a_hidden_table_column(
    document: Document, out: Path
) -> None:
    """The key sorts and filters with its row (it is inside the table) and stays out of sight."""
    wb = _export(document, out)
    ws = wb["Actions"]
    assert ws.column_dimensions["M"].hidden
    assert not any(ws.column_dimensions[c].hidden for c in "ABCDEFGHIJKL")
    by_key = {row["Journeyline action key"].value: row for row in _rows(ws)}
    actions = document.actions()
    assert set(by_key) == {f"action-{a.id}" for a in actions}
    for action in actions:
        assert by_key[f"action-{action.id}"]["Action"].value == action.title
    custom = {p.name: p.value for p in wb.custom_doc_props}
    assert custom["Journeyline action list"] == 1
    assert custom["Journeyline journeys"].split() == [
        f"journey-{j.id}" for j in document.journeys()
    ]
    assert custom["Journeyline workshop"] == document.workshop().title


def test_status_is_a_drop_down_of_the_spec_statuses(document: Document, out: Path) -> None:
    ws = _export(document, out)["Actions"]
    count = len(document.actions())
    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(rules.ACTION_STATUSES) + '"'
    assert str(validation.sqref) == f"J2:J{count + 1}"
    assert validation.showErrorMessage
    assert all(row["Status"].value in rules.ACTION_STATUSES for row in _rows(ws))


# -- the actions ---------------------------------------------------------------------------------
def test_rows_follow_the_spec_priority_order(document: Document, out: Path) -> None:
    # Ties and gaps on purpose: equal value and effort, case-only title differences, nulls.
    jid = document.journeys()[0].id
    for title, effort, value in [
        ("apple", 1, 5),
        ("Apple", 1, 5),
        ("banana", 1, 5),
        ("no effort, high value", None, 5),
        ("no value, low effort", 1, None),
        ("nothing rated", None, None),
        ("zz time sink", 5, 1),
        ("aa time sink", 3, 3),
    ]:
        document.apply(edits.add_action(jid, title, effort=effort, value=value))
    ws = _export(document, out)["Actions"]
    rows = _rows(ws)
    got = [(r["Action"].value, r["Effort"].value, r["Value"].value) for r in rows]
    expected = sorted(
        ((a.title, a.effort, a.value) for a in document.actions()),
        key=lambda t: _spec_key(t[1], t[2], t[0]),
    )
    assert got == expected
    assert [r["Priority"].value for r in rows] == [_spec_priority(e, v) for _, e, v in got]
    ranks = [PRIORITY_ORDER.index(r["Priority"].value) for r in rows]
    assert ranks == sorted(ranks)


def test_action_cells_have_real_types(document: Document, out: Path) -> None:
    actions = {a.title: a for a in document.actions()}
    ws = _export(document, out)["Actions"]
    rows = _rows(ws)
    assert rows, "the sample has actions"
    dated = 0
    for row in rows:
        action = actions[row["Action"].value]
        for header, rating in (("Effort", action.effort), ("Value", action.value)):
            assert row[header].value == rating
            if rating is not None:
                assert row[header].data_type == "n" and isinstance(row[header].value, int)
        due = row["Due"]
        if action.due is None:
            assert due.value is None
        else:
            dated += 1
            assert due.is_date
            assert isinstance(due.value, dt.datetime)
            assert due.value.date() == dt.date.fromisoformat(action.due)
            assert "yy" in due.number_format and "dd" in due.number_format
    assert dated > 0


def test_action_references_are_resolved(document: Document, out: Path) -> None:
    jid = document.journeys()[0].id
    snap = document.snapshot(jid)
    station = snap.stations[0]
    owner = document.owners()[0]
    document.apply(
        edits.add_action(
            jid, "Linked action", station_id=station.id, owner_id=owner.id, effort=1, value=5
        )
    )
    rows = {r["Action"].value: r for r in _rows(_export(document, out)["Actions"])}
    row = rows["Linked action"]
    assert row["Journey"].value == snap.journey.name
    assert row["Station"].value == station.title
    assert row["Phase"].value == next(p.name for p in snap.phases if p.id == station.phase_id)
    assert row["Owner"].value == owner.name


def test_priority_cells_are_colour_coded(document: Document, out: Path) -> None:
    ws = _export(document, out)["Actions"]
    seen = set()
    labels = {p.value: p for p in PRIORITY_FILLS}
    for row in _rows(ws):
        cell = row["Priority"]
        expected = PRIORITY_FILLS[labels[cell.value]]
        assert cell.fill.fill_type == "solid"
        assert cell.fill.fgColor.rgb.endswith(expected)
        seen.add(cell.value)
    assert len(seen) >= 3
    assert len(set(PRIORITY_FILLS.values())) == len(PRIORITY_FILLS)


def test_a_journey_without_actions_still_gives_a_valid_table(
    document: Document, out: Path, journey_ids: list[int]
) -> None:
    empty = next(j for j in journey_ids if not document.snapshot(j).actions)
    wb = _export(document, out, empty)
    ws = wb["Actions"]
    assert ws.max_row <= 2 and all(c.value is None for c in ws[2])
    assert ws.tables["Actions"].ref == "A1:M2"
    assert str(ws.data_validations.dataValidation[0].sqref) in ("J2", "J2:J2")


def test_one_journey_only(document: Document, out: Path, journey_ids: list[int]) -> None:
    first = journey_ids[0]
    name = document.snapshot(first).journey.name
    wb = _export(document, out, first)
    assert {r["Journey"].value for r in _rows(wb["Actions"])} == {name}
    assert {r["Journey"].value for r in _rows(wb["Stations"])} == {name}
    assert len(_rows(wb["Stations"])) == len(document.snapshot(first).stations)
    with pytest.raises(ValueError, match="no journey"):
        export_action_list(document, out.with_name("none.xlsx"), max(journey_ids) + 100)
    assert not out.with_name("none.xlsx").exists()


# -- stations, owners, about ---------------------------------------------------------------------
def test_stations_sheet(document: Document, out: Path, journey_ids: list[int]) -> None:
    wb = _export(document, out)
    rows = _rows(wb["Stations"])
    stations = [s for j in journey_ids for s in document.snapshot(j).stations]
    assert [r["Station"].value for r in rows] == [s.title for s in stations]
    lanes: dict[tuple[str, str, str], int] = {}
    for row, s in zip(rows, stations, strict=True):
        lane = (row["Journey"].value, row["Phase"].value, row["Line"].value)
        lanes[lane] = lanes.get(lane, 0) + 1
        assert row["Order"].value == lanes[lane]
        assert row["Needs"].value == ("\n".join(s.needs) or None)
        assert row["Pain points"].value == ("\n".join(s.pain_points) or None)
        # verbatim, with the source as the room calls it ("support": "Support contact")
        said = [f"“{q['text']}” ({QUOTE_SOURCE_LABELS[q['source']]})" for q in s.quotes]
        assert row["Customer quotes"].value == ("\n".join(said) or None)
        if len(s.needs) > 1:
            assert row["Needs"].alignment.wrap_text
        assert row["Emotion"].value == s.emotion
        assert row["Moment of truth"].value == ("Yes" if s.moment_of_truth else "No")
        gap = None if s.target is None or s.performance is None else s.target - s.performance
        assert row["Gap"].value == gap
        assert row["Day"].value == s.day
        assert row["Customers"].value == s.customers
        assert row["Duration (min)"].value == s.duration_minutes
        assert row["Drop-off (%)"].value == s.drop_off_percent
    assert any(r["Gap"].value is not None for r in rows)


def test_text_wraps_where_it_needs_to(document: Document, out: Path) -> None:
    jid = document.journeys()[0].id
    first, second = document.snapshot(jid).stations[:2]
    long_title = "A station title that is far too long for its column " * 3
    document.apply(edits.update_station(first.id, title=long_title.strip(), needs=["a", "b"]))
    document.apply(edits.update_station(second.id, title="Short", needs=["only one"]))
    ws = _export(document, out)["Stations"]
    rows = _rows(ws)
    width = ws.column_dimensions["E"].width
    assert width <= 40
    assert rows[0]["Station"].alignment.wrap_text  # longer than the widest the column gets
    assert rows[0]["Needs"].alignment.wrap_text  # one need per line
    assert not rows[1]["Station"].alignment.wrap_text  # fits: left as Excel's default
    bill = next(r for r in rows if r["Station"].value == "Receives first bill")
    assert bill["Customer quotes"].value == (
        "“The first bill was twice what I expected and nobody told me why.” (Survey)\n"
        "“Estimated? I sent you my reading!” (Support contact)"
    )
    assert not rows[1]["Needs"].alignment.wrap_text
    for header in STATION_HEADER:  # the header row wraps, and reads white on dark
        cell = ws.cell(1, STATION_HEADER.index(header) + 1)
        assert cell.alignment.wrap_text and cell.font.b


def test_emotion_is_colour_coded_minus_two_to_plus_two(document: Document, out: Path) -> None:
    ws = _export(document, out)["Stations"]
    count = ws.max_row - 1
    formats = {str(cf.sqref): cf.rules for cf in ws.conditional_formatting}
    assert list(formats) == [f"K2:K{count + 1}"]
    fills = [rule.dxf.fill.bgColor.rgb[-6:] for rule in formats[f"K2:K{count + 1}"]]
    assert len(fills) == 5 and len(set(fills)) == 5


def test_owners_sheet(document: Document, out: Path, journey_ids: list[int]) -> None:
    rows = {r["Owner"].value: r for r in _rows(_export(document, out)["Owners"])}
    owners = document.owners()
    assert list(rows) == [o.name for o in owners]
    stations = [s for j in journey_ids for s in document.snapshot(j).stations]
    actions = document.actions()
    for owner in owners:
        row = rows[owner.name]
        mine = [s for s in stations if s.owner_id == owner.id]
        assert row["Stations"].value == len(mine)
        assert row["Actions"].value == len([a for a in actions if a.owner_id == owner.id])
        titles = (row["Station titles"].value or "").split("\n")
        assert len([t for t in titles if t]) == len(mine)
        emotions = [s.emotion for s in mine if s.emotion is not None]
        if emotions:
            assert row["Average emotion"].value == pytest.approx(sum(emotions) / len(emotions))
        else:
            assert row["Average emotion"].value is None
        gaps = [
            s.target - s.performance
            for s in mine
            if s.target is not None and s.performance is not None
        ]
        assert row["Largest gap"].value == (max(gaps) if gaps else None)
        assert row["Email"].hyperlink is None


def test_about_sheet(document: Document, out: Path) -> None:
    ws = _export(document, out)["About"]
    about = {r["Field"].value: r["Value"] for r in _rows(ws)}
    w = document.workshop()
    assert about["Workshop"].value == w.title
    assert about["Organisation"].value == (w.organisation or None)
    assert about["Segment"].value == (w.segment or None)
    assert about["Business goal"].value == (w.business_goal or None)
    assert about["Notes"].value == (w.notes or None)
    exported = about["Exported"]
    assert exported.is_date
    assert abs(exported.value - dt.datetime.now()) < dt.timedelta(minutes=5)
    version = about["Journeyline version"].value
    assert version == "development" or re.match(r"\d+\.\d+", version)
    assert "Priority: Quick win" in about


# -- user text stays text ------------------------------------------------------------------------
def test_no_cell_is_ever_a_formula_error_or_link(document: Document, out: Path) -> None:
    jid = document.journeys()[0].id
    for i, (text, _) in enumerate(AWKWARD):
        document.apply(edits.add_action(jid, f"{i:02d} {text}", description=text, kpi=text))
    wb = _export(document, out)
    for cell in _all_cells(wb):
        assert cell.data_type != "f", (cell.parent.title, cell.coordinate, cell.value)
        assert cell.data_type != "e", (cell.parent.title, cell.coordinate, cell.value)
        assert cell.hyperlink is None
        if isinstance(cell.value, str):
            assert cell.data_type == "s"


@pytest.mark.parametrize(("text", "expected"), AWKWARD, ids=[repr(t[0]) for t in AWKWARD])
def test_awkward_text_round_trips(document: Document, out: Path, text: str, expected: str) -> None:
    jid = document.journeys()[0].id
    station = document.snapshot(jid).stations[0]
    document.apply(edits.update_workshop(notes=text))
    document.apply(
        edits.update_station(
            station.id, title=text, touchpoint=text, needs=[text, "second"], pain_points=[text]
        )
    )
    add_owner = edits.add_owner(text, role=text, email=text)
    document.apply(add_owner)
    document.apply(
        edits.add_action(
            jid, text, description=text, kpi=text, owner_id=add_owner.result, station_id=station.id
        )
    )
    wb = _export(document, out)
    action = next(r for r in _rows(wb["Actions"]) if r["KPI"].value == expected)
    for header in ("Action", "Description", "KPI", "Station", "Owner"):
        assert action[header].value == expected, header
        assert action[header].data_type == "s", header
        assert action[header].quotePrefix == expected.startswith(("=", "+", "-", "@")), header
    row = _rows(wb["Stations"])[0]
    assert row["Station"].value == expected
    assert row["Touchpoint"].value == expected
    assert row["Needs"].value == f"{expected}\nsecond"
    assert row["Pain points"].value == expected
    owner = _rows(wb["Owners"])[-1]
    assert [owner[h].value for h in ("Owner", "Role", "Email")] == [expected] * 3
    about = {r["Field"].value: r["Value"] for r in _rows(wb["About"])}
    assert about["Notes"].value == expected


def test_longest_text_the_data_allows_round_trips(document: Document, out: Path) -> None:
    jid = document.journeys()[0].id
    text = ("Ünïcödé 😀 text, " * 1000)[: rules.TEXT_MAX]
    document.apply(edits.add_action(jid, "Long one", description=text))
    rows = {r["Action"].value: r for r in _rows(_export(document, out)["Actions"])}
    assert rows["Long one"]["Description"].value == text


def test_text_over_the_cell_limit_is_cut_visibly(document: Document, out: Path) -> None:
    # The model caps a description at 10,000 characters, but a station's needs (100 items of
    # up to 500) fill one cell with 50,099: more than Excel's 32,767.
    jid = document.journeys()[0].id
    station = document.snapshot(jid).stations[0]
    needs = [f"{i:03d}" + "n" * (rules.LIST_ITEM_MAX - 3) for i in range(rules.LIST_MAX_ITEMS)]
    document.apply(edits.update_station(station.id, needs=needs))
    full = "\n".join(needs)
    assert len(full) > CELL_TEXT_MAX
    cell = _rows(_export(document, out)["Stations"])[0]["Needs"]
    value = cell.value
    assert len(value) <= CELL_TEXT_MAX
    match = re.search(r" … \[cut: ([\d,]+) more characters\]$", value)
    assert match, value[-80:]
    kept = value[: match.start()]
    assert full.startswith(kept)
    assert len(kept) + int(match.group(1).replace(",", "")) == len(full)


# -- safe_text -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bell\x07here", f"bell{REPLACEMENT}here"),
        ("null\x00and\x1fus", f"null{REPLACEMENT}and{REPLACEMENT}us"),
    ],
)
def test_control_characters_never_reach_a_cell(text: str, expected: str) -> None:
    """The edits refuse them (models.rules); a cell is still safe from text that got in anyway."""
    assert clean_text(text) == expected


def test_clean_text_cuts_40000_characters_within_the_limit() -> None:
    text = "x" * 40_000
    cleaned = clean_text(text)
    assert len(cleaned) == CELL_TEXT_MAX
    assert cleaned.endswith(" … [cut: 7,264 more characters]")
    assert cleaned.startswith("x" * 30_000)


def test_clean_text_counts_as_excel_does() -> None:
    exact = "y" * CELL_TEXT_MAX
    assert clean_text(exact) == exact
    assert clean_text(exact + "y").endswith(" … [cut: 29 more characters]")
    emoji = "😀" * 20_000  # 40,000 UTF-16 units: Excel counts each emoji as two
    cleaned = clean_text(emoji)
    assert len(cleaned.encode("utf-16-le")) // 2 <= CELL_TEXT_MAX
    kept = cleaned.split(" … [cut: ")[0]
    assert set(kept) == {"😀"}
    assert cleaned.endswith(f" … [cut: {20_000 - len(kept):,} more characters]")
    assert clean_text("😀" * (CELL_TEXT_MAX // 2)) == "😀" * (CELL_TEXT_MAX // 2)
    assert cut_marker(1) == " … [cut: 1 more character]"


def test_clean_text_replaces_what_excel_cannot_store() -> None:
    assert clean_text("a\x00b\x08c\x0bd\x0ce\x1ff") == "a�b�c�d�e�f"
    assert clean_text("keep\ttab\nand line") == "keep\ttab\nand line"
    assert clean_text("crlf\r\nand cr\r") == "crlf\nand cr\n"
    assert clean_text("lone \ud800 surrogate \ufffe") == "lone � surrogate �"
    assert clean_text("") == ""


@pytest.mark.parametrize("text", ["=1+1", "=SUM(A1)", "+1", "-2", "@foo", "#N/A", "#REF!", "x"])
def test_set_text_never_makes_a_formula_or_an_error(text: str) -> None:
    from openpyxl import Workbook

    ws = Workbook().active
    cell = set_text(ws["A1"], text)
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix == text.startswith(("=", "+", "-", "@"))
    empty = set_text(ws["A2"], "")
    assert empty.value is None


# -- atomic writes -------------------------------------------------------------------------------
def test_atomic_write_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write(target, lambda f: f.write(b"new content"))
    assert target.read_bytes() == b"new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == ["out.bin"]


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EIO, "the disk reported an error"),
    ],
)
def test_atomic_write_failure_is_one_sentence_and_leaves_nothing(
    tmp_path: Path, code: int, reason: str
) -> None:
    target = tmp_path / "actions.xlsx"

    def fails(f: Any) -> None:
        f.write(b"half a file")
        raise OSError(code, os.strerror(code))

    with pytest.raises(ExportError) as caught:
        atomic_write(target, fails)
    message = str(caught.value)
    assert message == f"“actions.xlsx” could not be written: {reason}; nothing was written."
    assert caught.value.path == target
    assert _leftovers(tmp_path) == []


def test_failed_export_keeps_the_previous_file(
    document: Document, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out.write_bytes(b"the previous export")

    def full_disk(src: Any, dst: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("models.atomic.os.replace", full_disk)
    with pytest.raises(ExportError, match="the disk is full"):
        export_action_list(document, out)
    assert out.read_bytes() == b"the previous export"
    assert _leftovers(out.parent) == ["actions.xlsx"]


def test_a_bug_while_writing_propagates_and_leaves_nothing(tmp_path: Path) -> None:
    def buggy(f: Any) -> None:
        f.write(b"partial")
        raise KeyError("bug")

    with pytest.raises(KeyError):
        atomic_write(tmp_path / "x.xlsx", buggy)
    assert _leftovers(tmp_path) == []


def test_missing_folder(document: Document, out: Path) -> None:
    with pytest.raises(ExportError, match="the folder does not exist"):
        export_action_list(document, out.parent / "nowhere" / "actions.xlsx")
    assert _leftovers(out.parent) == []


def test_read_only_folder_as_the_system_reports_it(
    document: Document, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only folder looks like to the exporter, also where the tests run as root."""
    folder = out.parent
    real_open, real_access = os.open, os.access

    def refuse_in_folder(path: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(path).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def access(path: Any, mode: int, **kwargs: Any) -> bool:
        if Path(path) == folder and mode == os.W_OK:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "open", refuse_in_folder)
    monkeypatch.setattr(os, "access", access)
    with pytest.raises(ExportError) as caught:
        export_action_list(document, out)
    assert str(caught.value) == (
        "“actions.xlsx” could not be written: the folder is read-only; nothing was written."
    )
    assert _leftovers(folder) == []


def test_read_only_folder(document: Document, out: Path) -> None:
    folder = out.parent
    with read_only_folder(folder):
        with pytest.raises(ExportError) as caught:
            export_action_list(document, out)
        assert str(caught.value) == (
            "“actions.xlsx” could not be written: the folder is read-only; nothing was written."
        )
        assert _leftovers(folder) == []

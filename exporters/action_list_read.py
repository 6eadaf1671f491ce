"""Read back an action list that Journeyline exported and a client then edited in Excel.

The mirror of :mod:`exporters.action_list_xlsx`: the columns are the writer's own table
(``ACTION_COLUMNS``), found by their headers in the row that holds the hidden action key
column, so the list may be re-sorted, filtered, have columns added or moved and its sheet
renamed. Every cell is checked with the rules the edits use (``models.edits.clean``); a value
that breaks one is a problem with its sheet, row and column, and the list is then refused as a
whole by whoever plans the update (:mod:`exporters.action_list_update`).

Files arrive by email, so nothing in one is trusted: the bytes are looked at before openpyxl
opens the file (an encrypted workbook is an OLE compound file, not a zip), a damaged
workbook is one sentence, formulas are never evaluated (a formula cell is read as the value
Excel last showed, or as its text when the file holds no such value), and text stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from exporters.action_list_cells import cell_text, check_cell, shown
from exporters.action_list_file import check_bytes, damaged
from exporters.action_list_said import ActionListError, Said
from exporters.action_list_xlsx import (
    ACTION_COLUMNS,
    ACTION_KEY_HEADER,
    BASE_COLUMNS,
    BASE_KEY_HEADER,
    JOURNEYS_PROPERTY,
    LIST_PROPERTY,
    WORKSHOP_PROPERTY,
)
from models import fields, i18n
from models.document import EditError
from models.file_problem import FileProblem
from models.workshop_file import describe

__all__ = [
    "ActionListError",
    "ListedRow",
    "ListedSheet",
    "read_action_list",
]

_HEADER_ROWS: Final = 20  # the key header is looked for in this many rows of each sheet
_KEY: Final = re.compile(r"action-(\d{1,18})")
# The fields a client's edits are read back from; the other columns (Priority, Phase) follow
# from these and are not read. Owner, journey and station are read as the names shown.
READ_FIELDS: Final = (
    "title",
    "description",
    "journey_id",
    "station_id",
    "owner_id",
    "effort",
    "value",
    "status",
    "due",
    "kpi",
)
_COLUMNS: Final = {c.field: c for c in ACTION_COLUMNS if c.field is not None}
_BY_HEADER: Final = {c.header: c for c in ACTION_COLUMNS}
_ACTION_FIELDS: Final = frozenset(fields.editable("action"))
PHASE_HEADER: Final = next(c.header for c in ACTION_COLUMNS if c.header == "Phase")


@dataclass(frozen=True)
class Column:
    """Where a column of the writer's table is in the client's sheet."""

    index: int  # 0-based
    header: str  # as the sheet shows it (in the list's language: "Indsats")

    @property
    def letter(self) -> str:
        return get_column_letter(self.index + 1)


@dataclass
class ListedRow:
    """One action row as the client left it, each cell read and checked.

    ``values`` holds a value for each read field whose column is in the sheet and whose cell
    passed its check: Action fields cleaned by ``models.edits.clean``; for ``owner_id``,
    ``journey_id`` and ``station_id`` the name in the cell (``None`` when empty).
    """

    row: int
    key: int | None  # the action's id; None for a row the client added
    values: dict[str, Any] = field(default_factory=dict)
    phase: str | None = None


@dataclass
class ListedSheet:
    """An edited action list: its rows, and what could not be read, with its place."""

    path: Path
    sheet: str
    columns: dict[str, Column]  # field -> where it is
    rows: list[ListedRow]
    problems: list[Said]
    notices: list[Said]
    journey_ids: list[int] | None  # the journeys exported (workbook property), if known
    workshop_title: str | None
    # Each action's values as exported (the hidden sheet), if the list still has them.
    base: dict[int, dict[str, Any]] | None = None
    # The language the list was exported in, as its headers tell ("da"): sentences about it
    # name its columns and values as the client sees them.
    language: str = i18n.DEFAULT

    def at(self, sentence: FileProblem, row: int, field_name: str) -> FileProblem:
        """``sentence`` about a cell ("Sheet “{sheet}”, row {row}, column {column} ({header})
        …"), its place filled in."""
        return at(sentence, self.sheet, row, self.columns[field_name])

    def heading(self, key: str) -> str:
        """A column's header as the list shows it (or, when the list lacks the column, as
        Journeyline exports it in the list's language): "Indsats" for ``effort``."""
        column = self.columns.get(key)
        if column is not None:
            return column.header
        return list_heading(_COLUMNS.get(key) or _BY_HEADER[key], self.language)


def at(sentence: FileProblem, sheet: str, row: int, column: Column) -> FileProblem:
    """``sentence`` with the place of a cell filled in: its sheet, row (as Excel numbers it,
    never grouped), column letter and header as the list wrote it."""
    return sentence.but(sheet=sheet, row=str(row), column=column.letter, header=column.header)


# -- the file ------------------------------------------------------------------------------------
def read_action_list(path: Path) -> ListedSheet:
    """Read an edited action list; ActionListError if the file is not one that can be read."""
    path = Path(path)
    check_bytes(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception:  # openpyxl raises many kinds on a broken part
        raise damaged(path, "parts") from None
    try:
        try:
            return _read(path, workbook)
        except ActionListError:
            raise
        except Exception:
            raise damaged(path, "sheet") from None
    finally:
        workbook.close()


# -- the sheet -----------------------------------------------------------------------------------
def _read(path: Path, workbook: Any) -> ListedSheet:
    name = describe(path)
    found: dict[str, list[tuple[Any, int, tuple[Any, ...]]]] = {
        ACTION_KEY_HEADER: [],
        BASE_KEY_HEADER: [],
    }
    for ws in workbook.worksheets:
        if not hasattr(ws, "iter_rows"):
            continue  # a chart sheet
        ws.reset_dimensions()  # never trust the stored size: other programs get it wrong
        for number, values in enumerate(ws.iter_rows(max_row=_HEADER_ROWS, values_only=True), 1):
            marks = {v.strip() for v in values if isinstance(v, str)} & found.keys()
            if marks:
                found[marks.pop()].append((ws, number, values))
                break
    lists = found[ACTION_KEY_HEADER]
    if not lists:
        raise ActionListError(
            FileProblem(
                "{file} is not a Journeyline action list: no sheet has the hidden action key "
                "column that Journeyline's export writes; nothing was changed.",
                file=name,
            )
        )
    if len(lists) > 1:
        raise ActionListError(
            FileProblem(
                "{file} holds the action list twice (sheets “{first}” and “{second}”): keep one "
                "of them and try again; nothing was changed.",
                file=name,
                first=lists[0][0].title,
                second=lists[1][0].title,
            )
        )
    sheet = _parse(path, *lists[0], ACTION_COLUMNS)
    _read_properties(workbook, sheet)
    if len(found[BASE_KEY_HEADER]) == 1:  # the values as exported, for telling who changed what
        base = _parse(path, *found[BASE_KEY_HEADER][0], BASE_COLUMNS)
        sheet.base = {r.key: r.values for r in base.rows if r.key is not None}
    return sheet


def _parse(
    path: Path, ws: Any, header_row: int, header: tuple[Any, ...], table: tuple[Any, ...]
) -> ListedSheet:
    columns, language = _columns(header, table)
    sheet = ListedSheet(
        path=path,
        sheet=ws.title,
        columns=columns,
        rows=[],
        problems=[],
        notices=[],
        journey_ids=None,
        workshop_title=None,
        language=language,
    )
    sheet.notices = [
        Said(
            FileProblem(
                "Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every "
                "action keeps its {field}.",
                field=fields.field("action", f).noun,
                sheet=ws.title,
                header=sheet.heading(f),
                row=str(header_row),
            )
        )
        for f in READ_FIELDS
        if f not in columns and f in _ACTION_FIELDS  # a missing Journey column matters to new rows
    ]
    formulas: dict[tuple[int, int], Any] = {}
    raw_rows = list(_raw_rows(ws, header_row, formulas))
    if formulas:
        _cached_values(path, ws.title, formulas)
    for number, cells in raw_rows:
        row = _row(sheet, number, cells, formulas)
        if row is not None:
            sheet.rows.append(row)
    _check_keys(sheet)
    return sheet


def _normal(header: str) -> str:
    return " ".join(header.split()).casefold()


def list_heading(column: Any, language: str) -> str:
    """A column's header as Journeyline exports it in ``language``."""
    from exporters.xlsx_sheet import column_heading

    with i18n.using(language):
        return column_heading(column)


def _headers(table: tuple[Any, ...]) -> dict[str, tuple[Any, set[str]]]:
    """Each column by its header in every language the list may have been exported in
    (a Danish list's "Ansvarlig" is the Owner column), with the languages that name it so."""
    wanted: dict[str, tuple[Any, set[str]]] = {}
    for language in i18n.LANGUAGES:
        for c in table:
            column, languages = wanted.setdefault(_normal(list_heading(c, language)), (c, set()))
            if column is c:
                languages.add(language)
    return wanted


def _columns(header: tuple[Any, ...], table: tuple[Any, ...]) -> tuple[dict[str, Column], str]:
    """Each read field's column, by its header (a header given twice is read where it first
    is), and the list's language: the one whose headers the sheet has most of, English on a
    tie ("Status" and "KPI" are the same in several)."""
    wanted = _headers(table)
    columns: dict[str, Column] = {}
    votes = dict.fromkeys(i18n.LANGUAGES, 0)
    for index, value in enumerate(header):
        if not isinstance(value, str):
            continue
        found = wanted.get(_normal(value))
        if found is None:
            continue
        column, languages = found
        key = column.field or column.header  # Priority and Phase have no field of their own
        if key not in columns:
            columns[key] = Column(index, " ".join(value.split()))
            for language in languages:
                votes[language] += 1
    language = max(i18n.LANGUAGES, key=lambda lang: votes[lang])  # the first of the best
    return columns, language


def _read_properties(workbook: Any, sheet: ListedSheet) -> None:
    props = {p.name: p.value for p in getattr(workbook, "custom_doc_props", ())}
    if props.get(LIST_PROPERTY) is None:
        return
    journeys = props.get(JOURNEYS_PROPERTY)
    if isinstance(journeys, str):
        ids = [int(m.group(1)) for m in re.finditer(r"journey-(\d{1,18})", journeys)]
        sheet.journey_ids = ids or None
    title = props.get(WORKSHOP_PROPERTY)
    sheet.workshop_title = title if isinstance(title, str) else None


Cells = dict[int, tuple[Any, str]]  # column index -> (value, openpyxl data type)


def _raw_rows(ws: Any, header_row: int, formulas: dict[tuple[int, int], Any]) -> Iterator[Any]:
    """(row number, {column: (value, type)}) for each row under the header, blanks skipped."""
    number = header_row
    for cells in ws.iter_rows(min_row=header_row + 1):
        number += 1
        found: Cells = {}
        for index, cell in enumerate(cells):
            value = cell.value
            if value is None:
                continue
            kind = cell.data_type
            if kind == "f":
                formulas[(number, index)] = None
            found[index] = (value, kind)
        if found:
            yield number, found


def _cached_values(path: Path, title: str, formulas: dict[tuple[int, int], Any]) -> None:
    """The values Excel last showed for formula cells (saved beside each formula)."""
    workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        ws = workbook[title]
        ws.reset_dimensions()
        last = max(r for r, _ in formulas)
        for number, cells in enumerate(ws.iter_rows(max_row=last, values_only=True), 1):
            for index, value in enumerate(cells):
                if (number, index) in formulas:
                    formulas[(number, index)] = value
    finally:
        workbook.close()


def _row(
    sheet: ListedSheet, number: int, cells: Cells, formulas: dict[tuple[int, int], Any]
) -> ListedRow | None:
    """One row read and checked; None for a row without anything a client could mean."""
    key_column = sheet.columns.get("id")
    key: int | None = None
    if key_column is not None and key_column.index in cells:
        raw, _ = cells.pop(key_column.index)
        match = _KEY.fullmatch(str(raw).strip())
        if match is None:
            not_a_key = FileProblem(
                "Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is "
                "not an action key Journeyline wrote: clear that hidden cell to add the row as "
                "a new action.",
                value=shown(raw),
            )
            sheet.problems.append(Said(at(not_a_key, sheet.sheet, number, key_column)))
            return None
        key = int(match.group(1))
    read = {
        f: sheet.columns[f] for f in READ_FIELDS if f in sheet.columns
    }  # field -> column, in a stable order
    given = [c for c in read.values() if c.index in cells]
    if not given:
        return None  # an empty row, or one whose cells the client cleared (reported as gone)
    if key is None and all(cells[c.index][1] == "f" for c in given):
        sheet.notices.append(
            Said(
                FileProblem(
                    "Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is "
                    "not read as an action.",
                    sheet=sheet.sheet,
                    row=str(number),
                )
            )
        )
        return None
    row = ListedRow(number, key)
    phase = sheet.columns.get(PHASE_HEADER)
    if phase is not None and phase.index in cells:
        row.phase = cell_text(cells[phase.index][0]).strip() or None
    for field_name, column in read.items():
        value, kind = cells.get(column.index, (None, "n"))
        if kind == "f":
            if not isinstance(value, str):  # an array formula
                value = getattr(value, "text", None) or str(value)
            # Never run: the value Excel last showed, or else the formula as the text it is.
            cached = formulas.get((number, column.index))
            if cached is None:
                uncomputed = FileProblem(
                    "Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula "
                    "“{formula}” with no value computed by Excel: it is read as that text, never "
                    "run.",
                    formula=shown(value),
                )
                sheet.notices.append(Said(sheet.at(uncomputed, number, field_name)))
                kind = "s"
            else:
                computed = FileProblem(
                    "Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula "
                    "“{formula}”: its value as Excel last showed it, “{value}”, is read.",
                    formula=shown(value),
                    value=shown(cached),
                )
                sheet.notices.append(Said(sheet.at(computed, number, field_name)))
                value, kind = cached, "n"
        if kind == "e":
            excel_error = FileProblem(
                "Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error "
                "“{value}”.",
                value=shown(value),
            )
            sheet.problems.append(Said(sheet.at(excel_error, number, field_name)))
            continue
        try:
            row.values[field_name] = check_cell(field_name, value, sheet.language)
        except EditError as e:
            blank = value is None or (isinstance(value, str) and not value.strip())
            if blank:
                cell = FileProblem(
                    "Sheet “{sheet}”, row {row}, column {column} ({header}) is empty."
                )
            else:
                cell = FileProblem(
                    "Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.",
                    value=shown(value),
                )
            sheet.problems.append(Said(sheet.at(cell, number, field_name), e.message))
    return row


def _check_keys(sheet: ListedSheet) -> None:
    """A key on two rows: one row was copied from the other, and which is which is unclear."""
    first: dict[int, int] = {}
    column = sheet.columns.get("id")
    for row in sheet.rows:
        if row.key is None:
            continue
        if row.key in first and column is not None:
            copied = FileProblem(
                "Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in "
                "column {column}: one row was copied from the other, so clear that cell in the "
                "copy to add it as a new action.",
                sheet=sheet.sheet,
                first=str(first[row.key]),
                second=str(row.row),
                column=column.letter,
            )
            sheet.problems.append(Said(copied))
        first.setdefault(row.key, row.row)

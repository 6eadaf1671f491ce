"""Writing one sheet of an Excel workbook fast: named styles, typed columns, a table.

What the action list (``exporters.action_list_xlsx``) is made of, apart from what it says:
columns of a kind (text, number, date, priority…) with a width range, cells styled only when
they need it (see the speed notes there), an Excel table with filter buttons, frozen header
and print setup, and the emotion colours.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from typing import Any, Final

from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.styles.fonts import DEFAULT_FONT
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from exporters.safe_text import text_cell
from models import i18n, style
from models.i18n import N_
from models.i18n import gettext as _
from models.priority import Priority

# The shared priority tints, as openpyxl writes colours (no "#").
PRIORITY_FILLS: Final[dict[Priority, str]] = {
    p: color.lstrip("#") for p, color in style.PRIORITY_TINTS.items()
}
# Emotion −2 … +2: tints of Okabe–Ito vermillion (#D55E00) and bluish green (#009E73), which
# read as red and green to most eyes and stay distinct for red–green colour blindness; the
# value itself is always shown too (with its sign), so colour is never the only cue.
EMOTION_FILLS: Final[dict[int, str]] = {
    -2: "EAAF80",
    -1: "F7E0CC",
    0: "EFEFEF",
    1: "CCECE3",
    2: "80CFB9",
}
HEADER_FILL: Final = "2F4858"  # dark slate, white bold text
TABLE_STYLE: Final = "TableStyleLight1"  # quiet grey banding under our own header


class Kind(enum.Enum):
    TEXT = "text"
    PRIORITY = "priority"
    NUMBER = "number"
    COUNT = "count"
    EMOTION = "emotion"
    AVERAGE = "average"
    DATE = "date"
    DATETIME = "datetime"
    LABEL = "label"


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    width: tuple[int, int]  # (least, most) characters; the content decides in between
    # The Action column a cell of the Actions sheet shows (references by name: ``owner_id``
    # holds the owner's name), for reading an edited list back (exporters.action_list_read).
    field: str | None = None
    hidden: bool = False
    unit: str = ""  # shown after the (translated) header: "Duration (min)"


@dataclass(frozen=True, slots=True)
class As:
    """A value styled otherwise than its column: the About sheet's date, the legend's labels."""

    value: Any
    style: Kind | Priority


Row = tuple[Any, ...]


# -- styles --------------------------------------------------------------------------------------
class Styles:
    """The workbook's named styles, as style arrays to create cells with."""

    def __init__(self, workbook: Any) -> None:
        self.workbook = workbook
        self.header = self._add(
            _("Header"),
            font=Font(name="Calibri", sz=11, family=2, b=True, color="FFFFFF", scheme="minor"),
            fill=fill_of(HEADER_FILL),
            alignment=Alignment(vertical="top", wrap_text=True),
        )
        # Cells whose content needs nothing stay unstyled (Excel's default look): a styled
        # cell costs openpyxl a style lookup when saving, and most cells need no style.
        self.wrap = self._add(_("Wrapped text"), alignment=Alignment(wrap_text=True))
        self.kinds: dict[Kind, Any] = {
            Kind.TEXT: None,
            Kind.NUMBER: None,
            Kind.COUNT: self._add(_("Count"), number_format="#,##0"),
            Kind.EMOTION: self._add(_("Emotion"), number_format="+0;-0;0"),
            Kind.AVERAGE: self._add(_("Average"), number_format="+0.0;-0.0;0.0"),
            Kind.DATE: self._add(_("Date"), number_format=excel_date_format()),
            Kind.DATETIME: self._add(
                _("Date and time"), number_format=excel_date_format() + " hh:mm"
            ),
            Kind.LABEL: self._add(_("Label"), font=font_of(bold=True)),
        }
        self.priority: dict[Priority, Any] = {
            p: self._add(p.label, font=font_of(bold=True), fill=fill_of(PRIORITY_FILLS[p]))
            for p in Priority
        }

    def _add(
        self,
        name: str,
        *,
        alignment: Alignment | None = None,
        font: Font | None = None,
        fill: PatternFill | None = None,
        number_format: str = "General",
    ) -> Any:
        style = NamedStyle(
            name=f"Journeyline {name}",
            font=font or font_of(),
            fill=fill or PatternFill(),
            alignment=alignment or Alignment(),
            number_format=number_format,
        )
        self.workbook.add_named_style(style)
        return style.as_tuple()


def column_heading(column: Column) -> str:
    """A column's header in the export's language, with its unit: "Varighed (min)"."""
    heading = _(column.header)
    return f"{heading} ({column.unit})" if column.unit else heading


def excel_date_format() -> str:
    """The export language's short date as an Excel number format, with the whole year:
    "dd.mm.yyyy" in Danish, "dd/mm/yyyy" in Spanish; ISO "yyyy-mm-dd" in English, which
    reads the same everywhere."""
    catalogue = i18n.current()
    if catalogue.language == i18n.DEFAULT:
        return "yyyy-mm-dd"
    pattern = catalogue.locale.date_formats["short"].pattern
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        run = len(pattern[i:]) - len(pattern[i:].lstrip(ch))
        if ch == "y":
            out.append("yyyy")
        elif ch in "dM":
            out.append(("d" if ch == "d" else "m") * 2)
        elif ch == "'":
            pass
        else:
            out.append("\\" + ch if ch.isalpha() else ch * run)
        i += run
    return "".join(out)


def font_of(*, bold: bool = False) -> Font:
    font = copy(DEFAULT_FONT)
    font.b = bold
    return font


def fill_of(rgb: str) -> PatternFill:
    # Conditional formats read bgColor for a solid fill, cells fgColor: set both.
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


# -- writing a sheet -----------------------------------------------------------------------------
class Sheet:
    """One sheet: header, rows, column widths, table, freeze and print setup."""

    def __init__(
        self, workbook: Any, title: str, columns: Sequence[Column], styles: Styles
    ) -> None:
        if workbook.worksheets and workbook.worksheets[0].title == "Sheet":
            self.ws = workbook.worksheets[0]  # the blank sheet every new Workbook starts with
            self.ws.title = title
        else:
            self.ws = workbook.create_sheet(title)
        self.columns = columns
        self.all_styles = styles
        self.styles = [styles.kinds.get(c.kind) for c in columns]
        self.widths = [c.width[0] for c in columns]
        self.caps = [c.width[1] for c in columns]
        self.rows = 0
        header = styles.header
        self.headers = [column_heading(c) for c in columns]  # in the export's language
        self.ws.append([text_cell(self.ws, h, header) for h in self.headers])

    def write(self, rows: list[Row]) -> None:
        """Append ``rows``, then empty the list: its values now live in the cells."""
        count = len(self.columns)
        for values in rows:
            if len(values) != count:
                raise ValueError(f"{len(values)} values for {count} columns")
        self._measure(rows)
        for values in rows:
            self._append(values)
        rows.clear()

    def _measure(self, rows: list[Row]) -> None:
        """Each column as wide as its longest line (within its bounds)."""
        for i, cap in enumerate(self.caps):
            if self.columns[i].kind not in (Kind.TEXT, Kind.LABEL):
                continue  # numbers, dates and priorities have fixed widths
            width = self.widths[i]
            for values in rows:
                text = values[i]
                if width >= cap:
                    break
                if type(text) is str:
                    longest = max(map(len, text.split("\n"))) if "\n" in text else len(text)
                    width = max(width, longest + 2)
            self.widths[i] = min(width, cap)

    def _append(self, values: Row) -> None:
        ws, styles, widths, wrap = self.ws, self.styles, self.widths, self.all_styles.wrap
        cells: list[Any] = []
        for i, value in enumerate(values):
            kind = type(value)
            if kind is str:
                if not value:
                    cells.append(None)
                elif "\n" in value or len(value) + 2 > widths[i]:
                    cells.append(text_cell(ws, value, wrap))  # wraps only what needs it
                else:
                    cells.append(text_cell(ws, value, styles[i]))
            elif value is None:
                cells.append(None)
            elif kind is Priority:
                cells.append(text_cell(ws, value.label, self.all_styles.priority[value]))
            elif kind is As:
                cells.append(self._styled(value))
            elif styles[i] is None:
                cells.append(value)  # a number: openpyxl makes the cell, as for any value
            else:
                cells.append(Cell(ws, value=value, style_array=styles[i]))
        ws.append(cells)
        self.rows += 1

    def _styled(self, item: As) -> Cell:
        if isinstance(item.style, Priority):
            style = self.all_styles.priority[item.style]
        else:
            style = self.all_styles.kinds[item.style]
        if isinstance(item.value, str):
            return text_cell(self.ws, item.value, style)
        return Cell(self.ws, value=item.value, style_array=style)

    @property
    def last_row(self) -> int:
        return max(self.rows, 1) + 1  # a table needs a data row, even an empty one

    def column_ref(self, header: str) -> str:
        letter = get_column_letter([c.header for c in self.columns].index(header) + 1)
        return f"{letter}2:{letter}{self.last_row}"

    def finish(self, table_name: str | None) -> None:
        ws = self.ws
        for i, width in enumerate(self.widths, 1):
            dimension = ws.column_dimensions[get_column_letter(i)]
            dimension.width = width
            dimension.hidden = self.columns[i - 1].hidden
        if table_name is not None:
            ref = f"A1:{get_column_letter(len(self.columns))}{self.last_row}"
            table = Table(
                displayName=table_name,
                ref=ref,
                autoFilter=AutoFilter(ref=ref),
                tableColumns=[TableColumn(id=i, name=h) for i, h in enumerate(self.headers, 1)],
            )
            table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
            ws.add_table(table)
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as it takes
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        # No user text: "&" is a code here (&A the sheet, &P the page, &N the pages).
        ws.oddFooter.center.text = _(N_("&A – page &P of &N"))


def emotion_colours(ws: Any, ref: str) -> None:
    """Fill −2 … +2 (and averages rounded to them); blank cells (not assessed) stay white."""
    first = ref.split(":")[0]
    fills = {k: fill_of(v) for k, v in EMOTION_FILLS.items()}
    cf = ws.conditional_formatting
    cf.add(ref, CellIsRule(operator="lessThanOrEqual", formula=["-1.5"], fill=fills[-2]))
    cf.add(ref, CellIsRule(operator="between", formula=["-1.5", "-0.5"], fill=fills[-1]))
    # Excel compares a blank cell as 0: only a real number may take the neutral colour.
    cf.add(ref, FormulaRule(formula=[f"AND(ISNUMBER({first}),ABS({first})<0.5)"], fill=fills[0]))
    cf.add(ref, CellIsRule(operator="between", formula=["0.5", "1.5"], fill=fills[1]))
    cf.add(ref, CellIsRule(operator="greaterThanOrEqual", formula=["1.5"], fill=fills[2]))

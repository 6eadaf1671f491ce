"""The pages after the poster: their machinery (rows, blocks, sections flowed into columns and
pages) and the action list; each station's details are in :mod:`exporters.report_details`.

They are for the reader of the emailed file, so every text is here in full, wrapped, never
cut. The content is built as rows of already wrapped lines, flowed into columns and pages
(:func:`flow`), and then drawn with any :class:`~exporters.painter.Painter`. Coordinates are
"report units": a landscape page 842 units wide (A4 landscape in points), whatever the paper;
the PDF backend scales them to the sheet, so every paper size gets the same typography
relative to its width.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Final

from exporters.fonts import FontSet
from exporters.marks import Painter
from models import fields, i18n, style
from models.colour_vision import contrast
from models.document import JourneySnapshot
from models.i18n import N_, ngettext
from models.i18n import gettext as _
from models.priority import Priority, action_sort_key, priority
from models.schema import Action, Station
from models.view_options import MapToggles

__all__ = [
    "PAGE_W",
    "PRIORITY_FILLS",
    "ReportPage",
    "Section",
    "action_section",
    "draw_page_content",
    "flow",
]

PAGE_W: Final = 842.0
MARGIN: Final = 36.0
TOP: Final = 78.0  # below the page heading
FOOT: Final = 40.0  # room for the footer
SIZE: Final = 7.5
LEAD: Final = 1.38
ROW_H: Final = SIZE * LEAD
PRIORITY_FILLS: Final[dict[Priority, str]] = style.PRIORITY_TINTS
# Marked for the exports' catalogue; translated where they are printed (models.i18n).
PRIORITY_RULES: Final[dict[Priority, str]] = {
    Priority.QUICK_WIN: N_("value 4–5, effort 1–2: do these first"),
    Priority.BIG_BET: N_("value 4–5, effort 3–5: plan them"),
    Priority.FILL_IN: N_("value 1–3, effort 1–2: when there is time"),
    Priority.TIME_SINK: N_("value 1–3, effort 3–5: think twice"),
    Priority.UNRATED: N_("value or effort not rated yet"),
}


def status_label(status: str) -> str:
    """An action's status as the reader reads it, in the export's language: "Planned"."""
    return _(fields.ACTION_STATUS_LABELS.get(status, status))


def due_text(due: str | None) -> str:
    """A due date ("2026-12-05") as the export's language writes it: "5. dec. 2026"."""
    if not due:
        return ""
    try:
        return i18n.format_date(dt.date.fromisoformat(due))
    except ValueError:
        return due


EVERYTHING: Final = MapToggles(quotes=True, figures=True)  # the details' default: all

Draw = Callable[[Painter, float, float], None]  # (painter, left, top)


@dataclass
class Row:
    """One slice of a block that may end a column: a line of text, a table line, a rule."""

    height: float
    draw: Draw
    keep_next: bool = False  # a heading stays with what follows it


@dataclass
class Block:
    rows: list[Row]
    gap: float = 0.0  # space after the block
    together: bool = True  # move to the next column rather than split, when it fits there
    continued: Row | None = None  # heads the next column when the block is split (its name)


@dataclass
class Section:
    title: str
    columns: int
    blocks: list[Block]
    header: Row | None = None  # repeated at the top of every column (a table's header)


@dataclass
class ReportPage:
    title: str
    continued: bool
    placed: list[tuple[float, float, Row]] = field(default_factory=list)


def column_width(columns: int, gutter: float = 24.0) -> float:
    return (PAGE_W - 2 * MARGIN - (columns - 1) * gutter) / columns


# A block that does not fit the rest of a column moves to the next one only when that leaves
# less than this share of the column empty; otherwise it is split there (its headings keep
# their first lines), so columns do not end half empty.
SPLIT_ABOVE: Final = 0.12
BALANCE_STEPS: Final = 14


def flow(section: Section, page_h: float, gutter: float = 24.0) -> list[ReportPage]:
    """Place a section's rows into columns and pages of height ``page_h`` (report units); the
    columns of the last page are balanced (as low a bottom as keeps them on that page)."""
    bottom = page_h - FOOT
    pages, starts = _flow(section, bottom, gutter)
    if section.columns < 2 or not starts:
        return pages
    block, row = starts[-1]
    blocks = section.blocks[block:]
    first = blocks[0]
    rest = first.rows[row:]
    if row and first.continued is not None:
        rest = [first.continued, *rest]
    tail = replace(section, blocks=[replace(first, rows=rest), *blocks[1:]])
    head_h = section.header.height if section.header else 0.0
    lo, hi, best = TOP + head_h, bottom, pages[-1]
    for _step in range(BALANCE_STEPS):
        mid = (lo + hi) / 2
        trial, _ = _flow(tail, mid, gutter)
        if len(trial) == 1:
            hi, best = mid, trial[0]
        else:
            lo = mid
    pages[-1] = replace(best, continued=pages[-1].continued)
    return pages


def _flow(
    section: Section, bottom: float, gutter: float
) -> tuple[list[ReportPage], list[tuple[int, int]]]:
    """The pages, and where each begins: (block, row) of the section."""
    width = column_width(section.columns, gutter)
    pages: list[ReportPage] = []
    starts: list[tuple[int, int]] = []
    col, y = 0, 0.0
    head_h = section.header.height if section.header else 0.0
    where = (0, 0)

    def start_column(new_page: bool) -> None:
        nonlocal col, y
        if new_page:
            pages.append(ReportPage(section.title, continued=bool(pages)))
            starts.append(where)
            col = 0
        else:
            col += 1
        y = TOP
        if section.header is not None:
            pages[-1].placed.append((MARGIN + col * (width + gutter), y, section.header))
            y += head_h

    def next_column() -> None:
        start_column(new_page=col + 1 >= section.columns)

    start_column(new_page=True)
    capacity = bottom - TOP - head_h
    for b, block in enumerate(section.blocks):
        total = sum(r.height for r in block.rows)
        where = (b, 0)
        free = bottom - y
        if (
            block.together
            and y + total > bottom
            and total <= capacity
            and y > TOP + head_h
            and free < SPLIT_ABOVE * capacity
        ):
            next_column()
        rows = block.rows
        for i, row in enumerate(rows):
            need = row.height
            j = i
            while rows[j].keep_next and j + 1 < len(rows):  # headings keep their first line
                j += 1
                need += rows[j].height
            if y + need > bottom and y > TOP + head_h:
                where = (b, i)
                next_column()
                if i and block.continued is not None:  # the block's name heads its rest
                    pages[-1].placed.append((MARGIN + col * (width + gutter), y, block.continued))
                    y += block.continued.height
            pages[-1].placed.append((MARGIN + col * (width + gutter), y, row))
            y += row.height
        y += block.gap
    return pages, starts


def draw_page_content(p: Painter, page: ReportPage) -> None:
    for x, y, row in page.placed:
        row.draw(p, x, y)


# --- building blocks -------------------------------------------------------------------------

Span = tuple[str, bool, str]  # text, bold, colour


def text_rows(
    fonts: FontSet,
    text: str,
    width: float,
    *,
    size: float = SIZE,
    bold: bool = False,
    color: str = style.INK,
    indent: float = 0.0,
    bullet: str | None = None,
    bullet_color: str = style.MUTED,
) -> list[Row]:
    """Rows for a wrapped paragraph (every line, nothing cut)."""
    lines = fonts.wrap(text, width - indent, size, bold)
    rows = []
    for i, line in enumerate(lines):

        def draw(p: Painter, x: float, y: float, line: str = line, first: bool = i == 0) -> None:
            base = y + size * 0.98
            if bullet and first:
                p.text(
                    x + indent - size * 0.9, base, bullet, size=size, bold=True, color=bullet_color
                )
            p.text(
                x + indent, base, line, size=size, bold=bold, color=color, max_width=width - indent
            )

        rows.append(Row(size * LEAD, draw))
    return rows


def spacer(h: float) -> Row:
    return Row(h, lambda p, x, y: None)


def heading(fonts: FontSet, label: str, color: str, width: float, note: str = "") -> Row:
    """A tinted band with a bold label (wrapped, never cut) and a note at the right."""
    note_w = fonts.width(note, 7) + 16 if note else 0.0
    lines = fonts.wrap(label, width - note_w - 16, 10, True)
    band = 18 + (len(lines) - 1) * 12.5

    # A colour the text cannot be read on (a phase's own dark or mid colour) marks the band
    # as a bar at its left; the band itself is then the light card colour.
    readable = contrast(style.INK, color) >= style.LEAST_CONTRAST

    def draw(p: Painter, x: float, y: float) -> None:
        p.rect(x, y + 4, width, band, fill=color if readable else style.PHASE_TINTS[0], radius=3)
        if not readable:
            p.rect(x, y + 4, 4, band, fill=color, radius=2)
        for i, line in enumerate(lines):
            p.text(
                x + 8, y + 17 + i * 12.5, line, size=10, bold=True, max_width=width - note_w - 16
            )
        if note:
            p.text(x + width - 8, y + 16.5, note, size=7, align="right")  # ink: 7:1 on the band

    return Row(band + 10, draw, keep_next=True)


# --- the action list -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Col:
    title: str
    width: float
    align: str = "left"


_ACTION_COLS: Final = (
    _Col("#", 24, "right"),
    _Col(N_("Action"), 180),
    _Col(N_("Station"), 128),
    _Col(N_("Owner"), 92),
    _Col(N_("Effort"), 40, "center"),  # room for "Indsats", "Työmäärä"
    _Col(N_("Value"), 40, "center"),
    _Col(N_("Status"), 58),  # "Planificada", "Suunniteltu" unbroken
    _Col(N_("Due"), 66),  # "31. mar. 2027" on one line
    _Col(N_("KPI"), 0),  # the rest
)
_CELL_PAD: Final = 5.0


def _columns(total: float) -> list[tuple[_Col, float, float]]:
    """(column, left offset, width) with the last column taking what is left."""
    out, x = [], 0.0
    fixed = sum(c.width for c in _ACTION_COLS)
    for c in _ACTION_COLS:
        w = c.width or total - fixed
        out.append((c, x, w))
        x += w
    return out


def _table_header(width: float) -> Row:
    cols = _columns(width)

    def draw(p: Painter, x: float, y: float) -> None:
        p.rect(x, y, width, 17, fill="#2F4858")
        for col, off, w in cols:
            tx = _align_x(x + off, w, col.align)
            p.text(
                tx,
                y + 11.5,
                _(col.title),
                size=7,
                bold=True,
                color="#FFFFFF",
                align=col.align,
                max_width=w - 2 * _CELL_PAD,
            )

    return Row(21, draw)


def _align_x(left: float, w: float, align: str) -> float:
    if align == "center":
        return left + w / 2
    if align == "right":
        return left + w - _CELL_PAD
    return left + _CELL_PAD


def _action_block(
    fonts: FontSet,
    number: int,
    action: Action,
    station: Station | None,
    station_where: str,
    owner: str,
    width: float,
) -> Block:
    cells: list[list[Span]] = []
    for col, _off, w in _columns(width):
        inner = w - 2 * _CELL_PAD
        spans: list[Span] = []

        def add(
            text: str,
            bold: bool = False,
            color: str = style.INK,
            inner: float = inner,
            spans: list[Span] = spans,
        ) -> None:
            if text:
                spans.extend((ln, bold, color) for ln in fonts.wrap(text, inner, SIZE, bold))

        if col.title == "#":
            add(str(number), color=style.MUTED)
        elif col.title == "Action":
            add(action.title, bold=True)
            add(action.description, color=style.MUTED)
        elif col.title == "Station":
            if station is not None:
                add(station.title)
                add(station_where, color=style.MUTED)
            else:
                add("—", color=style.MUTED)
        elif col.title == "Owner":
            add(owner or "—", color=style.INK if owner else style.MUTED)
        elif col.title == "Effort":
            add("—" if action.effort is None else str(action.effort))
        elif col.title == "Value":
            add("—" if action.value is None else str(action.value))
        elif col.title == "Status":
            add(status_label(action.status))
        elif col.title == "Due":
            add(due_text(action.due) or "—", color=style.INK if action.due else style.MUTED)
        else:
            add(action.kpi or "—", color=style.INK if action.kpi else style.MUTED)
        cells.append(spans)
    cols = _columns(width)
    n = max(len(c) for c in cells)
    rows = [Row(1, lambda p, x, y: p.line(x, y + 0.5, x + width, y + 0.5, color=style.RULE))]
    for i in range(n):

        def draw(p: Painter, x: float, y: float, i: int = i) -> None:
            for (col, off, w), spans in zip(cols, cells, strict=True):
                if i < len(spans):
                    text, bold, color = spans[i]
                    p.text(
                        _align_x(x + off, w, col.align),
                        y + 3 + SIZE * 0.98,
                        text,
                        size=SIZE,
                        bold=bold,
                        color=color,
                        align=col.align,
                        max_width=w - 2 * _CELL_PAD,
                    )

        rows.append(Row(ROW_H, draw))
    rows.append(spacer(6))
    return Block(rows)


_GROUP_NAMES: Final = {  # a priority's group of actions: "Quick wins"
    Priority.QUICK_WIN: N_("Quick wins"),
    Priority.BIG_BET: N_("Big bets"),
    Priority.FILL_IN: N_("Fill-ins"),
    Priority.TIME_SINK: N_("Time sinks"),
    Priority.UNRATED: N_("Unrated"),
}


def action_section(
    fonts: FontSet,
    snapshot: JourneySnapshot,
    owners: dict[int, str],
) -> Section:
    """The journey's actions by priority (Quick wins first), as a table."""
    width = column_width(1)
    stations = {s.id: s for s in snapshot.stations}
    phases = {p.id: p.name for p in snapshot.phases}
    lines = {ln.id: ln.name for ln in snapshot.lines}
    actions = sorted(snapshot.actions, key=action_sort_key)
    blocks: list[Block] = []
    if not actions:
        blocks.append(
            Block(text_rows(fonts, _("No actions yet for this journey."), width, color=style.MUTED))
        )
    groups: dict[Priority, list[Action]] = {}
    for a in actions:
        groups.setdefault(priority(a.effort, a.value), []).append(a)
    number = 0
    for prio in Priority:
        members = groups.get(prio, [])
        if not members:
            continue
        count = ngettext("{n} action", "{n} actions", len(members)).format(n=len(members))
        label = _(_GROUP_NAMES.get(prio, prio.value))
        head = heading(
            fonts, f"{label} · {count}", PRIORITY_FILLS[prio], width, _(PRIORITY_RULES[prio])
        )
        first = True
        for a in members:
            number += 1
            st = stations.get(a.station_id) if a.station_id is not None else None
            where = f"{phases.get(st.phase_id, '')} · {lines.get(st.line_id, '')}" if st else ""
            owner = owners.get(a.owner_id, "") if a.owner_id is not None else ""
            block = _action_block(fonts, number, a, st, where, owner, width)
            if first:
                block.rows.insert(0, head)
                first = False
            blocks.append(block)
    return Section(
        _("Action list") + " · " + snapshot.journey.name, 1, blocks, _table_header(width)
    )

"""The Excel action list: what the workshop decided to do, ready to filter, sort and print.

Sheets, in this order:

- **Actions**: one row per action, in the spec's action-list order (priority, then value ↓,
  effort ↑, title; see ``models.priority``), as an Excel table with filter buttons; Status is
  a drop-down of the spec's statuses, Due a real date, Effort and Value numbers, and the
  Priority cells are colour-coded. A hidden last column holds each row's action key, so that
  the list the client edited can be read back (``exporters.action_list_read``); the
  workbook's custom properties say which workshop and journeys it holds.
- **Stations**: every station in map order (phase, line, then left to right), with needs and
  pain points one per line, the gap (target − performance) and the emotion coloured from −2
  to +2.
- **Owners**: per owner, what they own (stations, actions), the average emotion at their
  stations and their largest gap. Only the exported journeys count.
- **About**: the workshop, the export date, the Journeyline version and a priority legend.
- **Journeyline** (hidden): each action's key and values as exported, so that reading the
  list back tells the client's changes from changes made in the workshop since the export.

Every user text goes through ``exporters.safe_text`` (text, never a formula); the file is
written atomically.

Speed (the generated 2,400-station document must write within 1.5x of openpyxl writing the
same values unstyled, see ``bench/bench_xlsx.py``): every sheet's rows are first collected as
plain values, so the document's objects are gone before the cells are made; the styles are
named styles whose style arrays the cells are created with (no font, fill or alignment object
per cell); and a cell gets a style only when it needs one (a priority fill, a number or date
format, text that must wrap because it has line breaks or is wider than its column). The rest
keep Excel's default look, which costs openpyxl nothing when it saves. Every reference is a
dict lookup.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.worksheet.datavalidation import DataValidation

from exporters.safe_text import clean_text
from exporters.xlsx_sheet import PRIORITY_FILLS, Row
from exporters.xlsx_sheet import As as _As
from exporters.xlsx_sheet import Column as _Column
from exporters.xlsx_sheet import Kind as _Kind
from exporters.xlsx_sheet import Sheet as _Sheet
from exporters.xlsx_sheet import Styles as _Styles
from exporters.xlsx_sheet import emotion_colours as _emotion_colours
from models import fields, i18n, rules
from models.atomic import atomic_write
from models.document import Document, JourneySnapshot
from models.i18n import N_
from models.i18n import gettext as _
from models.priority import Priority, action_sort_key, priority
from models.schema import Action, Journey, Owner, Station, Workshop
from models.transfer import export_id

__all__ = [
    "ACTION_COLUMNS",
    "ACTION_KEY_HEADER",
    "BASE_COLUMNS",
    "BASE_KEY_HEADER",
    "PRIORITY_FILLS",
    "SHEETS",
    "export_action_list",
]

# The sheets' names (msgids: the workbook names them in the export's language).
SHEETS: Final = (N_("Actions"), N_("Stations"), N_("Owners"), N_("About"))

_KINDS: Final = {
    fields.Kind.NAME: _Kind.TEXT,
    fields.Kind.TEXT: _Kind.TEXT,
    fields.Kind.CHOICE: _Kind.TEXT,
    fields.Kind.REF: _Kind.TEXT,  # shown by name
    fields.Kind.INTEGER: _Kind.NUMBER,
    fields.Kind.NUMBER: _Kind.NUMBER,
    fields.Kind.DATE: _Kind.DATE,
}


def _action_column(name: str, width: tuple[int, int]) -> _Column:
    """The column of an action field: its header and kind from the field registry."""
    f = fields.field("action", name)
    return _Column(f.label, _KINDS[f.kind], width, name)


# The hidden last column of the Actions table: each row's action, as ``action-12``
# (models.transfer.export_id). Inside the table, so sorting and filtering in Excel keep it with
# its row; its header is how an edited list is recognised, whatever the sheet is called.
ACTION_KEY_HEADER: Final = "Journeyline action key"
ACTION_COLUMNS: Final = (
    _Column(N_("Priority"), _Kind.PRIORITY, (11, 11)),
    _action_column("title", (24, 45)),
    _action_column("description", (20, 60)),
    _Column(N_("Journey"), _Kind.TEXT, (12, 28), "journey_id"),
    _Column(N_("Phase"), _Kind.TEXT, (10, 22)),
    _action_column("station_id", (14, 36)),
    _action_column("owner_id", (10, 26)),
    _action_column("effort", (9, 9)),
    _action_column("value", (9, 9)),
    _action_column("status", (11, 11)),
    _action_column("due", (12, 12)),
    _action_column("kpi", (12, 40)),
    _Column(ACTION_KEY_HEADER, _Kind.TEXT, (12, 12), "id", hidden=True),
)
# A hidden sheet keeps each action's values as exported, so that reading the list back can
# tell what the client changed from what changed in the workshop since (and keep the latter).
BASE_SHEET: Final = "Journeyline"
BASE_KEY_HEADER: Final = "Journeyline action key (as exported)"
BASE_COLUMNS: Final = (
    _Column(BASE_KEY_HEADER, _Kind.TEXT, (12, 12), "id"),
    *(c for c in ACTION_COLUMNS if c.field not in (None, "id", "journey_id")),
)
_BASE_INDEXES: Final = tuple(ACTION_COLUMNS.index(c) for c in BASE_COLUMNS[1:])
_KEY_INDEX: Final = len(ACTION_COLUMNS) - 1
# Workbook properties (File > Properties > Custom in Excel) that say what the list holds.
LIST_PROPERTY: Final = "Journeyline action list"  # the list's format version
JOURNEYS_PROPERTY: Final = "Journeyline journeys"  # the exported journeys' ids, space-separated
WORKSHOP_PROPERTY: Final = "Journeyline workshop"  # the workshop's title at export
LIST_VERSION: Final = 1
# The Stations sheet: where each station is, then its fields (header and kind from the field
# registry, so a new station field is one line here), with the gap after the target.
_GAP: Final = "gap"
_STATION_SHEET: Final[tuple[tuple[str, tuple[int, int]], ...]] = (
    ("title", (16, 40)),
    ("touchpoint", (13, 24)),
    ("needs", (16, 45)),
    ("pain_points", (16, 45)),
    ("quotes", (24, 60)),
    ("owner_id", (10, 26)),
    ("emotion", (11, 11)),
    ("evidence", (12, 12)),
    ("moment_of_truth", (11, 11)),
    ("impact", (9, 9)),
    ("performance", (10, 10)),
    ("target", (9, 9)),
    (_GAP, (8, 8)),
    ("day", (8, 8)),
    ("customers", (12, 12)),
    ("duration_minutes", (10, 10)),
    ("drop_off_percent", (10, 10)),
)
_STATION_KINDS: Final = {  # where the sheet shows a field its own way
    "emotion": _Kind.EMOTION,
    "customers": _Kind.COUNT,
    "moment_of_truth": _Kind.TEXT,
}


def _station_column(name: str, width: tuple[int, int]) -> _Column:
    if name == _GAP:
        return _Column(N_("Gap"), _Kind.NUMBER, width)
    f = fields.field("station", name)
    kind = _STATION_KINDS.get(name) or _KINDS.get(f.kind, _Kind.TEXT)
    unit = f.unit if f.kind is fields.Kind.NUMBER else ""
    return _Column(f.label, kind, width, name, unit=unit)


STATION_COLUMNS: Final = (
    _Column(N_("Journey"), _Kind.TEXT, (12, 28)),
    _Column(N_("Phase"), _Kind.TEXT, (10, 22)),
    _Column(N_("Line"), _Kind.TEXT, (8, 20)),
    _Column(N_("Order"), _Kind.NUMBER, (9, 9)),
    *(_station_column(name, width) for name, width in _STATION_SHEET),
)
OWNER_COLUMNS: Final = (
    _Column(N_("Owner"), _Kind.TEXT, (12, 30)),
    _Column(N_("Role"), _Kind.TEXT, (8, 26)),
    _Column(N_("Email"), _Kind.TEXT, (8, 34)),
    _Column(N_("Stations"), _Kind.NUMBER, (10, 10)),
    _Column(N_("Station titles"), _Kind.TEXT, (20, 50)),
    _Column(N_("Actions"), _Kind.NUMBER, (10, 10)),
    _Column(N_("Action titles"), _Kind.TEXT, (20, 50)),
    _Column(N_("Average emotion"), _Kind.AVERAGE, (11, 11)),
    _Column(N_("Largest gap"), _Kind.NUMBER, (9, 9)),
)
ABOUT_COLUMNS: Final = (
    _Column(N_("Field"), _Kind.LABEL, (22, 22)),
    _Column(N_("Value"), _Kind.TEXT, (30, 100)),
)
PRIORITY_RULES: Final[dict[Priority, str]] = {
    Priority.QUICK_WIN: N_("value 4–5 and effort 1–2"),
    Priority.BIG_BET: N_("value 4–5 and effort 3–5"),
    Priority.FILL_IN: N_("value 1–3 and effort 1–2"),
    Priority.TIME_SINK: N_("value 1–3 and effort 3–5"),
    Priority.UNRATED: N_("value or effort not set"),
}


def export_action_list(
    document: Document,
    path: Path,
    journey_id: int | None = None,
    *,
    language: str | None = None,
) -> None:
    """Write the action list workbook for one journey, or for all of them (the default).

    Sheet names, headers, the status drop-down, the About sheet and the date format are in
    ``language`` (a BCP 47 tag), by default the workshop's own (``models.i18n``); the list
    reads back whatever its language (``exporters.action_list_read``).

    Raises ``ValueError`` for an unknown ``journey_id`` and
    :class:`~exporters.errors.ExportError` when the file cannot be written (nothing is
    written then).
    """
    # First every sheet's rows as plain values, then the cells. The document's objects are
    # gone by the time the cells are made, and the rows go as each sheet is written: the
    # garbage collector, which runs often while tens of thousands of cells are created, then
    # has far fewer live objects to scan.
    with i18n.using(language or document.workshop().language):
        rows = _Rows.collect(_Data.read(document, journey_id))
        workbook = _write(rows)
    atomic_write(Path(path), workbook.save)


# -- the data ------------------------------------------------------------------------------------
@dataclass
class _Data:
    workshop: Workshop
    owners: list[Owner]
    snapshots: list[JourneySnapshot]
    owner_names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def read(cls, document: Document, journey_id: int | None) -> _Data:
        journeys = document.journeys()
        if journey_id is not None:
            journeys = [j for j in journeys if j.id == journey_id]
            if not journeys:
                raise ValueError(f"There is no journey with id {journey_id}.")
        owners = document.owners()
        return cls(
            workshop=document.workshop(),
            owners=owners,
            snapshots=[document.snapshot(j.id) for j in journeys],
            owner_names={o.id: o.name for o in owners},
        )

    def owner_name(self, owner_id: int | None) -> str | None:
        return None if owner_id is None else self.owner_names.get(owner_id)

    def sorted_actions(self) -> list[tuple[Action, JourneySnapshot]]:
        """All actions in the spec's order; ties keep document order (stable sort)."""
        pairs = [(a, snap) for snap in self.snapshots for a in snap.actions]
        pairs.sort(key=lambda pair: action_sort_key(pair[0]))
        return pairs


@dataclass
class _Rows:
    """Every sheet's rows as plain values (text, numbers, dates, Priority, _As)."""

    title: str
    journeys: list[str]  # export ids
    actions: list[Row]
    base: list[Row]  # the hidden sheet: key, then the values a client may change
    stations: list[Row]
    owners: list[Row]
    about: list[Row]

    @classmethod
    def collect(cls, data: _Data) -> _Rows:
        actions = data.sorted_actions()
        action_rows = _action_rows(data, actions)
        return cls(
            title=data.workshop.title,
            journeys=[export_id(Journey, snap.journey.id) for snap in data.snapshots],
            actions=action_rows,
            base=[(row[_KEY_INDEX], *(row[i] for i in _BASE_INDEXES)) for row in action_rows],
            stations=_station_rows(data),
            owners=_owner_rows(data, actions),
            about=_about_rows(data),
        )


def _gap(station: Station) -> int | None:
    if station.target is None or station.performance is None:
        return None
    return station.target - station.performance


def _lines(items: Iterable[str]) -> str:
    return "\n".join(items)


def _action_rows(data: _Data, actions: list[tuple[Action, JourneySnapshot]]) -> list[Row]:
    stations = {s.id: s for snap in data.snapshots for s in snap.stations}
    phase_names = {p.id: p.name for snap in data.snapshots for p in snap.phases}
    rows = []
    for action, snap in actions:
        station = None if action.station_id is None else stations.get(action.station_id)
        rows.append(
            (
                priority(action.effort, action.value),
                action.title,
                action.description,
                snap.journey.name,
                None if station is None else phase_names.get(station.phase_id),
                None if station is None else station.title,
                data.owner_name(action.owner_id),
                action.effort,
                action.value,
                status_text(action.status),
                None if action.due is None else dt.date.fromisoformat(action.due),
                action.kpi,
                export_id(Action, action.id),
            )
        )
    return rows


def _station_value(data: _Data, s: Station, name: str) -> Any:
    """A station's field as its cell holds it: numbers as numbers, the rest as text."""
    if name == _GAP:
        return _gap(s)
    f = fields.field("station", name)
    value = getattr(s, name)
    if f.kind is fields.Kind.REF:
        return data.owner_name(value)
    if f.kind in (fields.Kind.TEXT_LIST, fields.Kind.QUOTES, fields.Kind.BOOL):
        return f.display(value)
    if name == "evidence" and value is not None:
        return _(fields.EVIDENCE_LABELS.get(value, value))  # "Observeret" in Danish
    return value


def _station_rows(data: _Data) -> list[Row]:
    rows = []
    for snap in data.snapshots:
        phase_names = {p.id: p.name for p in snap.phases}
        line_names = {ln.id: ln.name for ln in snap.lines}
        order: dict[tuple[int, int], int] = defaultdict(int)
        for s in snap.stations:  # map order: by phase, line, then left to right
            lane = (s.phase_id, s.line_id)
            order[lane] += 1
            where = (snap.journey.name, phase_names[s.phase_id], line_names[s.line_id])
            values = (_station_value(data, s, name) for name, _ in _STATION_SHEET)
            rows.append((*where, order[lane], *values))
    return rows


def _owner_rows(data: _Data, actions: list[tuple[Action, JourneySnapshot]]) -> list[Row]:
    several = len(data.snapshots) > 1

    def title(text: str, journey: Journey) -> str:
        return f"{journey.name} › {text}" if several else text

    stations: dict[int, list[Station]] = defaultdict(list)
    station_titles: dict[int, list[str]] = defaultdict(list)
    for snap in data.snapshots:
        for s in snap.stations:
            if s.owner_id is not None:
                stations[s.owner_id].append(s)
                station_titles[s.owner_id].append(title(s.title, snap.journey))
    action_titles: dict[int, list[str]] = defaultdict(list)
    for action, snap in actions:
        if action.owner_id is not None:
            action_titles[action.owner_id].append(title(action.title, snap.journey))

    rows = []
    for owner in data.owners:
        owned = stations.get(owner.id, [])
        emotions = [s.emotion for s in owned if s.emotion is not None]
        gaps = [g for g in map(_gap, owned) if g is not None]
        rows.append(
            (
                owner.name,
                owner.role,
                owner.email,
                len(owned),
                _lines(station_titles.get(owner.id, [])),
                len(action_titles.get(owner.id, [])),
                _lines(action_titles.get(owner.id, [])),
                sum(emotions) / len(emotions) if emotions else None,
                max(gaps) if gaps else None,
            )
        )
    return rows


def _about_rows(data: _Data) -> list[Row]:
    w = data.workshop
    exported = dt.datetime.now().replace(second=0, microsecond=0)
    rows: list[Row] = [
        (_("Workshop"), w.title),
        *((_(fields.field("workshop", n).label), getattr(w, n)) for n in _ABOUT_FIELDS),
        (_("Language"), i18n.language_name(i18n.current().language)),
        (_("Journeys"), _lines(s.journey.name for s in data.snapshots)),
        (_("Exported"), _As(exported, _Kind.DATETIME)),
        (_("Journeyline version"), journeyline_version()),
    ]
    rows += [
        (_As(_("Priority: {name}").format(name=p.label), p), _(PRIORITY_RULES[p])) for p in Priority
    ]
    return rows


_ABOUT_FIELDS: Final = ("organisation", "segment", "business_goal", "notes")


def status_text(status: str) -> str:
    """A status as the list's cell and drop-down show it: the stored value in English
    ("planned"), the status's name in the export's other languages ("Planlagt")."""
    if i18n.current().language == i18n.DEFAULT:
        return status
    return _(fields.ACTION_STATUS_LABELS.get(status, status))


def journeyline_version() -> str:
    """The installed Journeyline's version, or "development" in a source checkout."""
    try:
        return importlib.metadata.version("journeyline")
    except importlib.metadata.PackageNotFoundError:
        return "development"


def _status_drop_down(ref: str) -> DataValidation:
    shown = [status_text(s) for s in rules.ACTION_STATUSES]
    validation = DataValidation(
        type="list",
        formula1='"{}"'.format(",".join(shown)),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Status"),
        error=_("Choose one of: {statuses}.").format(statuses=", ".join(shown)),
    )
    validation.add(ref)
    return validation


# -- the workbook --------------------------------------------------------------------------------
def _write(rows: _Rows) -> Any:
    workbook = Workbook()
    styles = _Styles(workbook)

    actions = _Sheet(workbook, _("Actions"), ACTION_COLUMNS, styles)
    actions.write(rows.actions)
    actions.ws.add_data_validation(_status_drop_down(actions.column_ref("Status")))
    actions.finish("Actions")

    stations = _Sheet(workbook, _("Stations"), STATION_COLUMNS, styles)
    stations.write(rows.stations)
    _emotion_colours(stations.ws, stations.column_ref("Emotion"))
    stations.finish("Stations")

    owners = _Sheet(workbook, _("Owners"), OWNER_COLUMNS, styles)
    owners.write(rows.owners)
    _emotion_colours(owners.ws, owners.column_ref("Average emotion"))
    owners.finish("Owners")

    about = _Sheet(workbook, _("About"), ABOUT_COLUMNS, styles)
    about.write(rows.about)
    about.finish(None)

    base = _Sheet(workbook, BASE_SHEET, BASE_COLUMNS, styles)
    base.write(rows.base)
    base.finish(None)
    base.ws.sheet_state = "hidden"

    workbook.active = 0
    props = workbook.properties
    props.title = clean_text(_("Action list") + " – " + rows.title, limit=255)
    props.subject = _("Customer-journey action list")
    props.creator = "Journeyline"
    props.lastModifiedBy = "Journeyline"
    custom = workbook.custom_doc_props
    custom.append(IntProperty(name=LIST_PROPERTY, value=LIST_VERSION))
    custom.append(StringProperty(name=JOURNEYS_PROPERTY, value=" ".join(rows.journeys)))
    custom.append(StringProperty(name=WORKSHOP_PROPERTY, value=clean_text(rows.title, 255)))
    return workbook

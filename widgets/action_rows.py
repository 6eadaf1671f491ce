"""The action table's rows: its columns, and each action as one :class:`ActionRow` with
everything the table shows, sorts and filters by, computed once (:class:`RowMaker`)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Final, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.translations import QT_TRANSLATE_NOOP, translate
from models import rules
from models.document import Document
from models.journey_ops import ActionRecord, StationRef, station_refs
from models.priority import Priority, action_sort_key, priority
from models.schema import Journey, Owner, Phase, Station
from widgets.dates import shown_date
from widgets.panel_kit import NOBODY, priority_name, status_label

(
    COL_PRIORITY,
    COL_TITLE,
    COL_EFFORT,
    COL_VALUE,
    COL_STATUS,
    COL_OWNER,
    COL_STATION,
    COL_PHASE,
    COL_JOURNEY,
    COL_DUE,
    COL_KPI,
    COL_DESCRIPTION,
) = range(12)
# The columns' titles, translated where shown (header()).
HEADERS: Final = (
    QT_TRANSLATE_NOOP("ActionTable", "Priority"),
    QT_TRANSLATE_NOOP("ActionTable", "Title"),
    QT_TRANSLATE_NOOP("ActionTable", "Effort"),
    QT_TRANSLATE_NOOP("ActionTable", "Value"),
    QT_TRANSLATE_NOOP("ActionTable", "Status"),
    QT_TRANSLATE_NOOP("ActionTable", "Owner"),
    QT_TRANSLATE_NOOP("ActionTable", "Station"),
    QT_TRANSLATE_NOOP("ActionTable", "Phase"),
    QT_TRANSLATE_NOOP("ActionTable", "Journey"),
    QT_TRANSLATE_NOOP("ActionTable", "Due"),
    QT_TRANSLATE_NOOP("ActionTable", "KPI"),
    QT_TRANSLATE_NOOP("ActionTable", "Description"),
)


def header(column: int) -> str:
    """A column's title in the window's language."""
    return translate("ActionTable", HEADERS[column])


FIELDS: Final = {
    COL_TITLE: "title",
    COL_EFFORT: "effort",
    COL_VALUE: "value",
    COL_STATUS: "status",
    COL_OWNER: "owner_id",
    COL_STATION: "station_id",
    COL_DUE: "due",
    COL_KPI: "kpi",
    COL_DESCRIPTION: "description",
}
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 30
ACTION_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 31
STATION_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 32
_LAST: Final = "\U0010ffff"  # sorts after every text (empty references go last)
_MUTED: Final = QColor("#6B7785")
_OVERDUE: Final = QColor("#B3261E")
LOOKUP_FIELDS: Final = {
    Station.__tablename__: {"title", "phase_id", "journey_id"},
    Owner.__tablename__: {"name"},
    Phase.__tablename__: {"name", "position"},
    Journey.__tablename__: {"name", "position"},
}


def _one_line(text: str) -> str:
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


def _rating(n: int | None) -> str:
    return str(n) if n is not None else "–"


class PhaseInfo(NamedTuple):
    name: str
    journey_id: int
    order: tuple[int, int]  # (journey position, phase position)


@dataclass(frozen=True)
class ActionRow:
    """One action with everything the table shows, sorts and filters by, computed once."""

    action: ActionRecord
    priority: Priority
    display: tuple[str, ...]
    sort: tuple[int | str, ...]
    search: str
    phase_name: str
    overdue: bool
    foreground: tuple[QBrush | None, ...]
    font: tuple[QFont | None, ...]
    # Plain copies of what filters and sorts read (faster than the mapped attributes).
    journey_id: int
    owner_id: int | None
    status: str
    order: tuple[int, int]  # document order: journey, position


FLAGS: Final = tuple(
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | (Qt.ItemFlag.ItemIsEditable if c in FIELDS else Qt.ItemFlag.NoItemFlags)
    for c in range(len(HEADERS))
)
ALIGN: Final = tuple(
    int(Qt.AlignmentFlag.AlignCenter)
    if c in (COL_EFFORT, COL_VALUE)
    else int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    for c in range(len(HEADERS))
)


def _styled_font(*, bold: bool = False, strike: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setStrikeOut(strike)
    return font


class RowMaker:
    """Makes the rows, with what they refer to (stations, phases, journeys, owners) read once."""

    def __init__(self) -> None:
        self.stations: dict[int, StationRef] = {}
        self.phases: dict[int, PhaseInfo] = {}
        self.journeys: dict[int, tuple[str, int]] = {}  # id: (name, position)
        self.owners: dict[int, str] = {}
        self.today = datetime.date.today().isoformat()
        self._muted = QBrush(_MUTED)
        self._overdue = QBrush(_OVERDUE)
        self._bold = _styled_font(bold=True)
        self._strike = _styled_font(strike=True)

    def load(self, document: Document) -> None:
        """Read what the rows refer to again."""
        journeys = document.journeys()
        self.journeys = {j.id: (j.name, i) for i, j in enumerate(journeys)}
        self.phases = {
            p.id: PhaseInfo(p.name, j.id, (i, k))
            for i, j in enumerate(journeys)
            for k, p in enumerate(document.phases(j.id))
        }
        self.stations = {r.id: r for r in station_refs(document)}
        self.owners = {o.id: o.name for o in document.owners()}
        self.today = datetime.date.today().isoformat()

    def make(self, a: ActionRecord) -> ActionRow:
        station = self.stations.get(a.station_id) if a.station_id is not None else None
        phase = self.phases.get(station.phase_id) if station is not None else None
        journey = self.journeys.get(a.journey_id, ("", 0))
        owner = self.owners.get(a.owner_id) if a.owner_id is not None else None
        p = priority(a.effort, a.value)
        status = status_label(a.status)
        display = (
            priority_name(p),
            a.title,
            _rating(a.effort),
            _rating(a.value),
            status,
            owner or NOBODY,
            station.title if station else NOBODY,
            phase.name if phase else NOBODY,
            journey[0],
            shown_date(a.due) or NOBODY,
            _one_line(a.kpi),
            _one_line(a.description),
        )
        key = action_sort_key(a)
        # The spec's order as one string Qt compares natively: single digits, then the titles.
        priority_key = f"{key[0]}{int(key[1])}{key[2] + 5}{int(key[3])}{key[4]}"
        sort: tuple[int | str, ...] = (
            f"{priority_key}\x00{key[5]}\x00{key[6]}",
            a.title.casefold(),
            a.effort if a.effort is not None else 99,
            a.value if a.value is not None else 99,
            rules.ACTION_STATUSES.index(a.status),
            owner.casefold() if owner else _LAST,
            station.title.casefold() if station else _LAST,
            f"{phase.order[0]:06d}{phase.order[1]:06d}" if phase else _LAST,
            journey[1],
            a.due or _LAST,
            a.kpi.casefold() or _LAST,
            a.description.casefold() or _LAST,
        )
        search = "\n".join((a.title, a.description, a.kpi, *display[4:9], display[0])).casefold()
        overdue = bool(a.due and a.due < self.today and a.status not in ("done", "dropped"))
        dropped = a.status == "dropped"
        foreground = [self._muted if dropped else None] * len(HEADERS)
        font: list[QFont | None] = [None] * len(HEADERS)
        if dropped:
            font[COL_TITLE] = self._strike
        if overdue:
            foreground[COL_DUE] = self._overdue
            font[COL_DUE] = self._bold
        return ActionRow(
            a,
            p,
            display,
            sort,
            search,
            display[COL_PHASE],
            overdue,
            tuple(foreground),
            tuple(font),
            a.journey_id,
            a.owner_id,
            a.status,
            (journey[1], a.position),
        )

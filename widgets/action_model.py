"""The action table's model: one row per action, sorted and filtered without Python in the
comparisons, following the document row by row.

:class:`ActionTableModel` holds one :class:`~widgets.action_rows.ActionRow` per action: what
the table shows, sorts and filters by, computed once when the row is read
(:mod:`widgets.action_rows`). It follows the document incrementally:
only the action rows an edit touched are re-read; when a station, owner, phase or journey is
renamed the cached texts are rebuilt and announced with ``dataChanged`` (selection and editing
survive); more than ``RESET_ABOVE`` rows at once reset the model. It sorts itself (Python's sort
over the cached keys, one call) and answers a delegate's roles in one ``multiData`` call.

:class:`ActionFilterProxy` filters by journey, phase, owner, status, priority and search words,
and hands sorting to the model.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.editor import Editor
from app.translations import translate
from models import edits, rules
from models.change import ChangeSet
from models.journey_ops import action_records
from models.priority import Priority
from models.schema import Action
from widgets.action_editors import (
    EFFORT_LABELS,
    PRIORITY_ROLE,
    VALUE_LABELS,
    priority_rule,
    rating_choices,
    rating_word,
)
from widgets.action_rows import (
    ACTION_ID_ROLE,
    ALIGN,
    COL_DESCRIPTION,
    COL_DUE,
    COL_EFFORT,
    COL_KPI,
    COL_OWNER,
    COL_PRIORITY,
    COL_STATION,
    COL_STATUS,
    COL_TITLE,
    COL_VALUE,
    FIELDS,
    FLAGS,
    HEADERS,
    LOOKUP_FIELDS,
    SORT_ROLE,
    STATION_ID_ROLE,
    ActionRow,
    PhaseInfo,
    RowMaker,
    header,
)
from widgets.dates import shown_date
from widgets.panel_kit import push_edit, status_label

RESET_ABOVE: Final = 64  # more action rows changed at once than this: reload the table


class ActionTableModel(QAbstractTableModel):
    """Every action of the workshop (document order), following the document as it changes.

    Editing a cell pushes one ``update_action`` edit; the row changes when the document
    announces it (never before), so the table always shows what the file holds.
    """

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._rows: list[ActionRow] = []
        self._row_of: dict[int, int] = {}
        self._lookups = RowMaker()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        D = Qt.ItemDataRole
        self._roles: dict[int, Any] = {
            int(D.EditRole): self._edit_value,
            int(D.ForegroundRole): lambda row, c: row.foreground[c],
            int(D.FontRole): lambda row, c: row.font[c],
            int(D.TextAlignmentRole): lambda row, c: ALIGN[c],
            int(D.ToolTipRole): self._tooltip,
            int(SORT_ROLE): lambda row, c: row.sort[c],
            int(PRIORITY_ROLE): lambda row, c: row.priority,
            int(ACTION_ID_ROLE): lambda row, c: row.action.id,
            int(STATION_ID_ROLE): lambda row, c: row.action.station_id,
        }
        editor.changed.connect(self._on_change)
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every action again (a model reset)."""
        self.beginResetModel()
        self._lookups.load(self.editor.document)
        self._rows = [self._lookups.make(a) for a in action_records(self.editor.document)]
        self._sort_rows()
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {r.action.id: i for i, r in enumerate(self._rows)}

    # -- sorting --------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column's sort key (stable; document order breaks ties).

        Sorting here, over keys computed once per row, keeps Python out of the comparisons a
        proxy's sort would make (tens of thousands of data() calls for 600 rows).
        """
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].action.id for i in persistent]
        self._sort_rows()
        self.changePersistentIndexList(
            persistent,
            [self.index(self._row_of[a], i.column()) for a, i in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        if column >= 0:
            self._rows.sort(key=lambda r: (r.sort[column], r.order))
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                self._rows.reverse()
        self._reindex()

    def sort_column(self) -> int:
        return self._sort_column

    # -- following the document ---------------------------------------------------------------
    def _on_change(self, change: ChangeSet) -> None:
        lookups = False
        for table, fields in LOOKUP_FIELDS.items():
            if (
                table in change.added
                or table in change.removed
                or any(f & fields for f in change.changed.get(table, {}).values())
            ):
                lookups = True
        name = Action.__tablename__
        added = change.added.get(name, frozenset())
        removed = change.removed.get(name, frozenset())
        changed = set(change.changed.get(name, {}))
        if len(added) + len(removed) + len(changed) > RESET_ABOVE:
            self.reload()
            return
        if lookups:
            self._lookups.load(self.editor.document)
            self._rows = [self._lookups.make(r.action) for r in self._rows]
            if self._rows:
                last = self.index(len(self._rows) - 1, len(HEADERS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        self._remove(removed)
        self._update(changed)
        self._add(added)
        if (added or changed) and self._sort_column >= 0:
            self.sort(self._sort_column, self._sort_order)

    def _remove(self, ids: frozenset[int]) -> None:
        for row in sorted((self._row_of[i] for i in ids if i in self._row_of), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        if ids:
            self._reindex()

    def _update(self, ids: set[int]) -> None:
        if not ids:
            return
        for action in action_records(self.editor.document, ids=ids):
            row = self._row_of.get(action.id)
            if row is None:
                continue
            self._rows[row] = self._lookups.make(action)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def _add(self, ids: frozenset[int]) -> None:
        if not ids:
            return
        actions = [
            a for a in action_records(self.editor.document, ids=ids) if a.id not in self._row_of
        ]
        if not actions:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(actions) - 1)
        self._rows.extend(self._lookups.make(a) for a in actions)
        self._reindex()
        self.endInsertRows()

    # -- reading ------------------------------------------------------------------------------
    def record(self, row: int) -> ActionRow:
        return self._rows[row]

    def row_of(self, action_id: int) -> int | None:
        return self._row_of.get(action_id)

    def action_ids(self) -> list[int]:
        return [r.action.id for r in self._rows]

    def journeys(self) -> list[tuple[int, str]]:
        return [
            (jid, name)
            for jid, (name, _) in sorted(self._lookups.journeys.items(), key=lambda j: j[1][1])
        ]

    def phase_names(self, journey_id: int | None = None) -> list[str]:
        """Phase names in map order (each name once), of one journey or of all."""
        phases = sorted(self._lookups.phases.values(), key=lambda p: p.order)
        names = (p.name for p in phases if journey_id is None or p.journey_id == journey_id)
        return list(dict.fromkeys(names))

    def owners(self) -> list[tuple[int, str]]:
        return list(self._lookups.owners.items())

    def station_title(self, station_id: int) -> str | None:
        ref = self._lookups.stations.get(station_id)
        return ref.title if ref is not None else None

    def station_choices(self, journey_id: int) -> list[tuple[str, int]]:
        """The journey's stations as ("Phase › Title", id), in map order."""
        phases = self._lookups.phases
        refs = [r for r in self._lookups.stations.values() if r.journey_id == journey_id]
        unknown = PhaseInfo("?", journey_id, (0, 0))
        refs.sort(key=lambda r: (phases.get(r.phase_id, unknown).order, r.position, r.id))
        return [(f"{phases.get(r.phase_id, unknown).name} › {r.title}", r.id) for r in refs]

    def choices(self, index: QModelIndex) -> list[tuple[str, Any]]:
        """The options of a combo cell (effort, value, status, owner, station)."""
        column = index.column()
        if column == COL_EFFORT:
            return rating_choices(EFFORT_LABELS)
        if column == COL_VALUE:
            return rating_choices(VALUE_LABELS)
        if column == COL_STATUS:
            return [(status_label(s), s) for s in rules.ACTION_STATUSES]
        if column == COL_OWNER:
            people = sorted(self._lookups.owners.items(), key=lambda o: o[1].casefold())
            return [(translate("ActionTable", "No owner"), None)] + [
                (name, oid) for oid, name in people
            ]
        if column == COL_STATION:
            journey_id = self._rows[index.row()].action.journey_id
            return [
                (translate("ActionTable", "No station"), None),
                *self.station_choices(journey_id),
            ]
        return []

    # -- the table model ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(section)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_PRIORITY:
                return translate(
                    "ActionTable", "Quick wins first, then big bets, fill-ins, time sinks, unrated"
                )
            if section in FIELDS:
                return translate("ActionTable", "{column} (F2 or double-click to edit)").format(
                    column=header(section)
                )
        return None

    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        # One Python call where the default makes two (rowCount and columnCount).
        if 0 <= row < len(self._rows) and 0 <= column < len(HEADERS) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return FLAGS[index.column()]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        # Hot: the view asks several roles of every visible cell on each paint.
        row = self._rows[index.row()]
        if role == 0:  # DisplayRole
            return row.display[index.column()]
        get = self._roles.get(role)
        return get(row, index.column()) if get is not None else None

    def multiData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        """Every role a delegate asks for a cell, in one call (Qt 6): painting a cell calls
        Python once instead of once per role."""
        assert isinstance(roleDataSpan, QModelRoleDataSpan)
        row = self._rows[index.row()]
        column = index.column()
        roles = self._roles
        for i in range(roleDataSpan.size()):
            item = roleDataSpan[i]  # type: ignore[index]
            role = item.role()
            if role == 0:
                item.setData(row.display[column])
                continue
            get = roles.get(role)
            value = get(row, column) if get is not None else None
            if value is None:
                item.clearData()  # the span is reused from cell to cell
            else:
                item.setData(value)

    def _edit_value(self, row: ActionRow, column: int) -> Any:
        field = FIELDS.get(column)
        return getattr(row.action, field) if field else row.display[column]

    def _tooltip(self, row: ActionRow, column: int) -> str | None:
        a = row.action
        if column == COL_PRIORITY:
            return priority_rule(row.priority)
        if column == COL_TITLE:
            return a.title
        if column == COL_DESCRIPTION:
            return a.description or None
        if column == COL_KPI:
            return a.kpi or None
        if column == COL_STATION:
            if a.station_id is None:
                return translate(
                    "ActionTable",
                    "Not linked to a station (F2 to choose, Ctrl+L to pick on the map)",
                )
            return translate(
                "ActionTable", "{station}\nDouble-click or Ctrl+Return: show on the map"
            ).format(station=row.display[COL_STATION])
        if column == COL_DUE and row.overdue:
            return translate("ActionTable", "Overdue since {date}").format(date=shown_date(a.due))
        if column == COL_EFFORT and a.effort is not None:
            return translate("ActionTable", "Effort {n}: {word}").format(
                n=a.effort, word=rating_word(EFFORT_LABELS, a.effort)
            )
        if column == COL_VALUE and a.value is not None:
            return translate("ActionTable", "Value {n}: {word}").format(
                n=a.value, word=rating_word(VALUE_LABELS, a.value)
            )
        return row.display[column] or None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        field = FIELDS.get(index.column())
        if role != Qt.ItemDataRole.EditRole or field is None or not index.isValid():
            return False
        action_id = self._rows[index.row()].action.id
        outcome = push_edit(self.editor, lambda: edits.update_action(action_id, **{field: value}))
        return outcome.applied


class ActionFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key and keeps the rows every filter accepts."""

    UNOWNED: Final = 0  # the owner filter's "no owner"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)  # filters follow changed rows
        self.journey_id: int | None = None
        self.phase_name: str | None = None
        self.owner_id: int | None = None
        self.status: str | None = None
        self.priority: Priority | None = None
        self.text = ""

    def set_filters(self, **filters: Any) -> None:
        """Change any of: journey_id, phase_name, owner_id, status, priority, text."""
        self.beginFilterChange()
        for key, value in filters.items():
            if not hasattr(self, key) or key.startswith("_"):
                raise AttributeError(key)
            setattr(self, key, value.casefold().strip() if key == "text" else value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def multiData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        # Qt's proxies answer multiData role by role through data(); pass the whole span on.
        model = self.sourceModel()
        assert isinstance(model, ActionTableModel)
        model.multiData(self.mapToSource(index), roleDataSpan)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model (see ActionTableModel.sort); rows keep its order."""
        model = self.sourceModel()
        assert isinstance(model, ActionTableModel)
        model.sort(column, order)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActionTableModel)
        row = model.record(source_row)
        if self.journey_id is not None and row.journey_id != self.journey_id:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.priority is not None and row.priority is not self.priority:
            return False
        if self.owner_id is not None and (row.owner_id or self.UNOWNED) != self.owner_id:
            return False
        if self.phase_name is not None and row.phase_name != self.phase_name:
            return False
        return not self.text or all(word in row.search for word in self.text.split())

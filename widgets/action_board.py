"""The action board: every improvement idea of the workshop in one sortable, filterable table.

The table is :class:`~widgets.action_model.ActionTableModel` behind an
:class:`~widgets.action_model.ActionFilterProxy` (sorted by the spec's priority order by
default), shown by :class:`~widgets.action_table.ActionTable`. :class:`ActionBoard` adds the
search box and filters (``widgets.action_filters``), in-place editing (the cell editors of
``widgets.action_editors``), the "Add improvement idea…" dialog, and the ways to link an action
to a station: a combo of the journey's stations, or "pick on the map".

Keyboard: Ctrl+F search, Insert adds an idea, F2 edits a cell, Delete deletes the selected
actions, Ctrl+Return shows the action's station on the map, Ctrl+L picks a station on the map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.translations import translate
from models import edits, rules
from models.change import ChangeSet
from models.priority import Priority
from widgets.action_editors import (
    ComboDelegate,
    DateDelegate,
    IdeaDialog,
    PriorityDelegate,
    TextDelegate,
    TitleDelegate,
)
from widgets.action_filters import ActionFilters
from widgets.action_model import ActionFilterProxy, ActionTableModel
from widgets.action_rows import (
    ACTION_ID_ROLE,
    COL_DESCRIPTION,
    COL_DUE,
    COL_EFFORT,
    COL_JOURNEY,
    COL_KPI,
    COL_OWNER,
    COL_PHASE,
    COL_PRIORITY,
    COL_STATION,
    COL_STATUS,
    COL_TITLE,
    COL_VALUE,
    HEADERS,
    SORT_ROLE,
    STATION_ID_ROLE,
    ActionRow,
)
from widgets.action_rows import header as column_title
from widgets.action_table import ActionTable
from widgets.panel_kit import (
    DialogSlot,
    apply_projector_font,
    priority_name,
    push_edit,
    status_label,
)

__all__ = [
    "ACTION_ID_ROLE",
    "COL_DESCRIPTION",
    "COL_DUE",
    "COL_EFFORT",
    "COL_JOURNEY",
    "COL_KPI",
    "COL_OWNER",
    "COL_PHASE",
    "COL_PRIORITY",
    "COL_STATION",
    "COL_STATUS",
    "COL_TITLE",
    "COL_VALUE",
    "HEADERS",
    "SORT_ROLE",
    "STATION_ID_ROLE",
    "ActionBoard",
    "ActionFilterProxy",
    "ActionRow",
    "ActionTable",
    "ActionTableModel",
]


class ActionBoard(QWidget):
    """Every action as a table, with filters, a search box, in-place editing and linking.

    Signals: ``station_activated(station id)`` when the user asks to see an action's station;
    ``pick_station_requested(action id)`` when the user wants to pick the station on the map
    (answer with :meth:`link_action_to_station`); ``action_selected(action id)``.
    """

    station_activated = Signal(int)
    pick_station_requested = Signal(int)
    action_selected = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("action-board")
        self.dialog_slot = DialogSlot()
        self.model = ActionTableModel(editor, self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filters = ActionFilters(editor, self.model, self.proxy, self)
        self.search = self.filters.search
        self.count_label = self.filters.count_label

        self.add_button = QPushButton(translate("ActionBoard", "Add improvement idea…"))
        self.add_button.setToolTip(
            translate("ActionBoard", "Add an idea to the journey on the map (Insert)")
        )
        self.add_button.clicked.connect(lambda: self.add_idea())
        self.show_button = QPushButton(translate("ActionBoard", "Show station"))
        self.show_button.setToolTip(
            translate("ActionBoard", "Show the action's station on the map (Ctrl+Return)")
        )
        self.show_button.clicked.connect(lambda: self.show_station())
        self.pick_button = QPushButton(translate("ActionBoard", "Pick station on map"))
        self.pick_button.setToolTip(
            translate("ActionBoard", "Link the action to a station you click on the map (Ctrl+L)")
        )
        self.pick_button.clicked.connect(lambda: self.request_pick())
        self.delete_button = QPushButton(translate("ActionBoard", "Delete"))
        self.delete_button.setToolTip(
            translate("ActionBoard", "Delete the selected actions (Delete)")
        )
        self.delete_button.clicked.connect(lambda: self.delete_selected())

        self.table = ActionTable()
        self.table.setObjectName("action-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_PRIORITY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.station_activated.connect(self.station_activated)
        self.table.delete_requested.connect(lambda: self.delete_selected())
        self.table.show_requested.connect(lambda: self.show_station())
        self.table.setItemDelegateForColumn(COL_PRIORITY, PriorityDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_TITLE, TitleDelegate(self.table))
        combos = ComboDelegate(self.table)
        for column in (COL_EFFORT, COL_VALUE, COL_STATUS, COL_OWNER, COL_STATION):
            self.table.setItemDelegateForColumn(column, combos)
        self.table.setItemDelegateForColumn(COL_DUE, DateDelegate(self.table))
        texts = TextDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_KPI, texts)
        self.table.setItemDelegateForColumn(COL_DESCRIPTION, texts)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda *_: self._update_buttons())
        self._size_columns()

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.show_button)
        top.addWidget(self.pick_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(self.filters.row())
        layout.addWidget(self.table, 1)

        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Find), self.filters.focus_search),
            (QKeySequence(Qt.Key.Key_Insert), lambda: self.add_idea()),
            (QKeySequence("Ctrl+Return"), lambda: self.show_station()),
            (QKeySequence("Ctrl+L"), lambda: self.request_pick()),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.filters.to_table.connect(self._enter_table)
        editor.changed.connect(self._on_change)
        self._update_buttons()

    # -- following ----------------------------------------------------------------------------
    def _on_change(self, _change: ChangeSet) -> None:
        self._update_buttons()

    def _enter_table(self) -> None:
        """From the search box (Down or Enter): to the table, on its first row."""
        self.table.setFocus()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # -- selection ----------------------------------------------------------------------------
    def current_action_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ACTION_ID_ROLE) if index.isValid() else None

    def selected_action_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [r.data(ACTION_ID_ROLE) for r in rows]

    def select_action(self, action_id: int) -> bool:
        """Make an action the current row (if the filters show it)."""
        row = self.model.row_of(action_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if current.isValid():
            self.action_selected.emit(int(current.data(ACTION_ID_ROLE)))

    def _update_buttons(self) -> None:
        action_id = self.current_action_id()
        linked = action_id is not None and self.table.currentIndex().data(STATION_ID_ROLE)
        self.show_button.setEnabled(bool(linked))
        self.pick_button.setEnabled(action_id is not None)
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        em = metrics.horizontalAdvance("m")
        widths = {
            COL_PRIORITY: max(metrics.horizontalAdvance(priority_name(p)) for p in Priority) + 44,
            COL_TITLE: 26 * em,
            COL_EFFORT: metrics.horizontalAdvance(column_title(COL_EFFORT)) + 34,
            COL_VALUE: metrics.horizontalAdvance(column_title(COL_VALUE)) + 34,
            COL_STATUS: max(
                metrics.horizontalAdvance(status_label(s)) for s in rules.ACTION_STATUSES
            )
            + 40,
            COL_OWNER: 13 * em,
            COL_STATION: 16 * em,
            COL_PHASE: 11 * em,
            COL_JOURNEY: 12 * em,
            COL_DUE: metrics.horizontalAdvance("2027-12-31") + 30,
            COL_KPI: 20 * em,
            COL_DESCRIPTION: 26 * em,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 14)

    def _context_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        action_id = int(index.data(ACTION_ID_ROLE))
        station_id = index.data(STATION_ID_ROLE)
        show = menu.addAction(translate("ActionBoard", "Show station on the map"))
        show.setEnabled(station_id is not None)
        show.triggered.connect(lambda: self.show_station(action_id))
        choose = menu.addAction(translate("ActionBoard", "Link to station…"))
        choose.triggered.connect(lambda: self._edit_cell(action_id, COL_STATION))
        pick = menu.addAction(translate("ActionBoard", "Pick station on the map"))
        pick.triggered.connect(lambda: self.request_pick(action_id))
        unlink = menu.addAction(translate("ActionBoard", "Unlink station"))
        unlink.setEnabled(station_id is not None)
        unlink.triggered.connect(lambda: self.link_action_to_station(action_id, None))
        menu.addSeparator()
        delete = menu.addAction(translate("ActionBoard", "Delete"))
        delete.triggered.connect(lambda: self.delete_selected())
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _edit_cell(self, action_id: int, column: int) -> None:
        row = self.model.row_of(action_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    # -- actions ------------------------------------------------------------------------------
    def show_station(self, action_id: int | None = None) -> bool:
        """Emit ``station_activated`` for an action's station (the current row's)."""
        aid = action_id if action_id is not None else self.current_action_id()
        row = self.model.row_of(aid) if aid is not None else None
        if row is None:
            return False
        station_id = self.model.record(row).action.station_id
        if station_id is None:
            return False
        self.station_activated.emit(station_id)
        return True

    def request_pick(self, action_id: int | None = None) -> bool:
        """Ask the window to let the user pick the action's station on the map."""
        aid = action_id if action_id is not None else self.current_action_id()
        if aid is None:
            return False
        self.pick_station_requested.emit(aid)
        return True

    def link_action_to_station(self, action_id: int, station_id: int | None) -> bool:
        """Link an action to a station of its journey (None unlinks); one undo step."""
        return push_edit(
            self.editor, lambda: edits.update_action(action_id, station_id=station_id)
        ).applied

    def delete_selected(self) -> bool:
        ids = self.selected_action_ids()
        if not ids:
            return False
        return push_edit(self.editor, lambda: edits.delete_actions(ids)).applied

    def add_idea(self, journey_id: int | None = None) -> IdeaDialog:
        """Open the idea dialog for a journey (the one on the map), station optional."""
        jid = journey_id if journey_id is not None else self.editor.journey_id
        dialog = IdeaDialog(None, self.model.station_choices(jid), self)
        return self._open_idea(dialog, jid, None)

    def add_idea_for_station(self, station_id: int) -> IdeaDialog | None:
        """Open the idea dialog for a station (e.g. from its context menu on the map)."""
        station = self.editor.document.station(station_id)
        if station is None:
            return None
        dialog = IdeaDialog(station.title, None, self)
        return self._open_idea(dialog, station.journey_id, station.id)

    def _open_idea(self, dialog: IdeaDialog, journey_id: int, station_id: int | None) -> IdeaDialog:
        def commit(d: IdeaDialog) -> str:
            values = d.values()
            title = values.pop("title")
            if station_id is not None:
                values["station_id"] = station_id
            pushed = push_edit(self.editor, lambda: edits.add_action(journey_id, title, **values))
            if pushed.applied and not self.select_action(pushed.result):
                self.filters.clear_filters()
                self.select_action(pushed.result)
            return pushed.message

        dialog._commit = commit
        self.dialog_slot.open(dialog)
        return dialog

    def set_projector_theme(self, on: bool) -> None:
        apply_projector_font(self, on)
        self.table.ensurePolished()
        self._size_columns()

"""The action board's table view: Delete, Ctrl+Return and a double-click on a station cell
are the board's (delete, show on the map), F2 and the other clicks edit the cell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from widgets.action_rows import COL_STATION, STATION_ID_ROLE


class ActionTable(QTableView):
    """The board's table: double-click on a station cell shows it on the map (F2 edits it)."""

    station_activated = Signal(int)
    delete_requested = Signal()
    show_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_requested.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            self.show_requested.emit()
        else:
            super().keyPressEvent(event)

    def edit(  # type: ignore[override]
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
    ) -> bool:
        if trigger is None:
            super().edit(index)
            return True
        if index.column() == COL_STATION and index.data(STATION_ID_ROLE) is not None:
            if trigger == QAbstractItemView.EditTrigger.DoubleClicked:
                self.station_activated.emit(int(index.data(STATION_ID_ROLE)))
                return False
            if trigger == QAbstractItemView.EditTrigger.SelectedClicked:
                return False
        return super().edit(index, trigger, event)  # type: ignore[arg-type]

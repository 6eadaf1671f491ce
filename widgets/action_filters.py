"""The action board's search box, filters and count: which actions the table shows.

The filters narrow the board's :class:`~widgets.action_model.ActionFilterProxy` by journey (all,
the one on the map, or one), phase, owner, status, priority and search words, and say how many
actions are shown of how many. The choices follow the document (journeys, phases and owners
renamed, added or gone).
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.editor import Editor
from app.translations import plural, translate
from models import rules
from models.change import ChangeSet
from models.priority import Priority
from models.schema import Journey, Owner, Phase
from widgets.action_model import ActionFilterProxy, ActionTableModel
from widgets.panel_kit import priority_name, status_label

ALL: Final = "*all*"  # a filter combo's "All …" entry
ON_MAP: Final = -1  # the journey filter's "journey on the map"


class ActionFilters(QObject):
    """The search box, the five filter combos, "Clear filters" and the count of one board."""

    to_table = Signal()  # Down or Enter in the search box: go to the table

    def __init__(
        self,
        editor: Editor,
        model: ActionTableModel,
        proxy: ActionFilterProxy,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._editor, self._model, self._proxy = editor, model, proxy
        self.search = QLineEdit(parent)
        self.search.setPlaceholderText(translate("ActionFilters", "Search actions (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ActionFilters", "Search actions"))
        self.search.textChanged.connect(lambda text: proxy.set_filters(text=text))
        self.search.installEventFilter(self)
        self.journey_filter = self._combo(translate("ActionFilters", "Journey"))
        self.phase_filter = self._combo(translate("ActionFilters", "Phase"))
        self.owner_filter = self._combo(translate("ActionFilters", "Owner"))
        self.status_filter = self._combo(translate("ActionFilters", "Status"))
        self.priority_filter = self._combo(translate("ActionFilters", "Priority"))
        self.clear_button = QPushButton(translate("ActionFilters", "Clear filters"), parent)
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel(parent)
        self.count_label.setObjectName("count")
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset):
            signal.connect(self.update_count)
        proxy.layoutChanged.connect(self.update_count)
        editor.changed.connect(self._on_change)
        editor.journey_changed.connect(self._on_journey)
        self.fill()
        self.update_count()

    def row(self) -> QHBoxLayout:
        """The filters in a row, each with its caption."""
        row = QHBoxLayout()
        for label, combo in (
            (translate("ActionFilters", "&Journey:"), self.journey_filter),
            (translate("ActionFilters", "P&hase:"), self.phase_filter),
            (translate("ActionFilters", "&Owner:"), self.owner_filter),
            (translate("ActionFilters", "S&tatus:"), self.status_filter),
            (translate("ActionFilters", "P&riority:"), self.priority_filter),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        return row

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(translate("ActionFilters", "{name} filter").format(name=name))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.activated.connect(lambda _i: self.apply())
        return combo

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, value in entries:
            combo.addItem(label, value)
        index = next((i for i, (_, v) in enumerate(entries) if v == chosen), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def fill(self) -> None:
        model = self._model
        self._refill(
            self.journey_filter,
            [
                (translate("ActionFilters", "All journeys"), ALL),
                (translate("ActionFilters", "Journey on the map"), ON_MAP),
                *[(n, j) for j, n in model.journeys()],
            ],
        )
        journey = self._journey_filter_id()
        self._refill(
            self.phase_filter,
            [
                (translate("ActionFilters", "All phases"), ALL),
                *[(n, n) for n in model.phase_names(journey)],
            ],
        )
        owners = sorted(model.owners(), key=lambda o: o[1].casefold())
        self._refill(
            self.owner_filter,
            [
                (translate("ActionFilters", "All owners"), ALL),
                (translate("ActionFilters", "No owner"), ActionFilterProxy.UNOWNED),
                *[(n, o) for o, n in owners],
            ],
        )
        self._refill(
            self.status_filter,
            [
                (translate("ActionFilters", "All statuses"), ALL),
                *[(status_label(s), s) for s in rules.ACTION_STATUSES],
            ],
        )
        self._refill(
            self.priority_filter,
            [
                (translate("ActionFilters", "All priorities"), ALL),
                *[(priority_name(p), p.name) for p in Priority],
            ],
        )

    def _journey_filter_id(self) -> int | None:
        value = self.journey_filter.currentData()
        if value == ALL or value is None:
            return None
        return self._editor.journey_id if value == ON_MAP else int(value)

    def apply(self) -> None:
        def value(combo: QComboBox) -> Any:
            data = combo.currentData()
            return None if data == ALL else data

        self._refill(
            self.phase_filter,
            [
                (translate("ActionFilters", "All phases"), ALL),
                *[(n, n) for n in self._model.phase_names(self._journey_filter_id())],
            ],
        )
        self._proxy.set_filters(
            journey_id=self._journey_filter_id(),
            phase_name=value(self.phase_filter),
            owner_id=value(self.owner_filter),
            status=value(self.status_filter),
            priority=Priority[value(self.priority_filter)] if value(self.priority_filter) else None,
        )
        self.update_count()

    def _choose(self, combo: QComboBox, value: Any) -> None:
        for i in range(combo.count()):
            if combo.itemData(i) == value:
                combo.setCurrentIndex(i)
                break
        else:
            raise ValueError(f"no such choice: {value!r}")
        self.apply()

    def set_journey_filter(self, journey_id: int | None) -> None:
        """Show one journey's actions (None: all; ON_MAP: the journey on the map)."""
        self._choose(self.journey_filter, ALL if journey_id is None else journey_id)

    def set_phase_filter(self, name: str | None) -> None:
        self._choose(self.phase_filter, ALL if name is None else name)

    def set_owner_filter(self, owner_id: int | None) -> None:
        """One owner's actions (None: all; ActionFilterProxy.UNOWNED: actions without owner)."""
        self._choose(self.owner_filter, ALL if owner_id is None else owner_id)

    def set_status_filter(self, status: str | None) -> None:
        self._choose(self.status_filter, ALL if status is None else status)

    def set_priority_filter(self, p: Priority | None) -> None:
        self._choose(self.priority_filter, ALL if p is None else p.name)

    def set_search_text(self, text: str) -> None:
        self.search.setText(text)

    def clear_filters(self) -> None:
        for combo in (
            self.journey_filter,
            self.phase_filter,
            self.owner_filter,
            self.status_filter,
            self.priority_filter,
        ):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.apply()

    def update_count(self, *_args: object) -> None:
        shown, total = self._proxy.rowCount(), self._model.rowCount()
        self.count_label.setText(
            plural("ActionFilters", "{shown} of %n action(s)", total).format(shown=shown)
            if shown != total
            else plural("ActionFilters", "%n action(s)", total)
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.to_table.emit()
                return True
        return super().eventFilter(watched, event)

    def _on_change(self, change: ChangeSet) -> None:
        if change.tables() & {Journey.__tablename__, Phase.__tablename__, Owner.__tablename__}:
            self.fill()
        self.update_count()

    def _on_journey(self, _journey_id: int) -> None:
        if self.journey_filter.currentData() == ON_MAP:
            self.apply()

"""The customer quotes of a station: what customers said, verbatim, and where it was heard.

Like the other list editors of the panel, each gesture (add, edit in place, change a source,
reorder, remove) emits ``changed`` with the whole new list once, which the panel pushes as
one undoable edit. The source box shows the selected quote's source, and changing it changes
that quote; with no quote selected it is the source of the next quote added.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import rules
from models.fields import QUOTE_SOURCE_LABELS
from widgets.field_texts import field_text
from widgets.properties_panel.text_fields import ItemList, list_button

Quote = dict[str, str]
_SOURCE = Qt.ItemDataRole.UserRole


class QuotesEditor(QWidget):
    changed = Signal(list)  # list[Quote]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_after: int | None = None
        self.list = ItemList(self)
        self.list.setObjectName("quotes-list")
        self.list.setProperty("role", "items")
        self.list.setAccessibleName(self.tr("Customer quotes"))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemChanged.connect(self._on_item_edited)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.list.remove_requested.connect(self.remove_selected)

        self.entry = QLineEdit(self)
        self.entry.setObjectName("quote-entry")
        self.entry.setPlaceholderText(self.tr("Add what a customer said…"))
        self.entry.setAccessibleName(self.tr("New customer quote"))
        self.entry.setMaxLength(rules.QUOTE_MAX)
        self.entry.returnPressed.connect(self.add_from_entry)
        self.source = QComboBox(self)
        self.source.setObjectName("quote-source")
        self.source.setAccessibleName(self.tr("Source of the quote"))
        for value, label in QUOTE_SOURCE_LABELS.items():
            self.source.addItem(field_text(label), value)
        self.source.setCurrentIndex(self.source.findData("interview"))
        self.source.activated.connect(self._on_source)
        self.add_button = list_button(self, "plus", self.tr("Add the quote"), self.add_from_entry)
        self.up_button = list_button(self, "up", self.tr("Move up"), lambda: self.move_selected(-1))
        self.down_button = list_button(
            self, "down", self.tr("Move down"), lambda: self.move_selected(1)
        )
        self.remove_button = list_button(
            self, "delete", self.tr("Remove the quote"), self.remove_selected
        )

        # The entry has the panel's whole width, so that its hint is whole in every language;
        # the quote's source and the list's buttons share the row below it.
        source_row = QHBoxLayout()
        source_row.setContentsMargins(0, 0, 0, 0)
        source_row.setSpacing(2)
        source_row.addWidget(self.source, 1)
        source_row.addSpacing(2)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            source_row.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.list)
        column.addWidget(self.entry)
        column.addLayout(source_row)
        self._fit()
        self._on_selection()

    # -- model → widget -----------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [{"text": item.text(), "source": str(item.data(_SOURCE))} for item in items]

    def set_quotes(self, quotes: list[Quote]) -> None:
        row = self._select_after
        self._select_after = None
        if quotes != self.quotes():
            with QSignalBlocker(self.list), QSignalBlocker(self.list.model()):
                self.list.clear()
                for quote in quotes:
                    item = QListWidgetItem(quote["text"])
                    item.setData(_SOURCE, quote["source"])
                    label = QUOTE_SOURCE_LABELS.get(quote["source"], quote["source"])
                    label = field_text(label)
                    item.setToolTip(self.tr("Source: %1").replace("%1", label))
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    self.list.addItem(item)
            self._fit()
        if row is not None and 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self._on_selection()

    # -- widget → model -----------------------------------------------------------------------
    def add_from_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        self.entry.clear()
        self._select_after = self.list.count()
        self.changed.emit([*self.quotes(), {"text": text, "source": self.source.currentData()}])

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        quotes = self.quotes()
        del quotes[row]
        self._select_after = min(row, len(quotes) - 1) if quotes else None
        self.changed.emit(quotes)

    def move_selected(self, delta: int) -> None:
        row = self._selected_row()
        quotes = self.quotes()
        if row is None or not 0 <= row + delta < len(quotes):
            return
        quotes.insert(row + delta, quotes.pop(row))
        self._select_after = row + delta
        self.changed.emit(quotes)

    def _on_source(self, index: int) -> None:
        row = self._selected_row()
        if row is None:
            return  # the source of the next quote added
        quotes = self.quotes()
        quotes[row]["source"] = str(self.source.itemData(index))
        self._select_after = row
        self.changed.emit(quotes)

    def _on_item_edited(self, _item: QListWidgetItem) -> None:
        quotes = [{**q, "text": q["text"].strip()} for q in self.quotes()]
        if any(not q["text"] for q in quotes):
            # A quote emptied by editing is removed; rebuild after Qt finishes the edit.
            QTimer.singleShot(0, lambda: self.changed.emit([q for q in quotes if q["text"]]))
        else:
            self.changed.emit(quotes)

    def _on_rows_moved(self, *_args: object) -> None:
        self._select_after = self.list.currentRow()
        self.changed.emit(self.quotes())

    # -- state ----------------------------------------------------------------------------------
    def _selected_row(self) -> int | None:
        row = self.list.currentRow()
        item = self.list.currentItem()
        return row if row >= 0 and item is not None and item.isSelected() else None

    def _on_selection(self) -> None:
        row = self._selected_row()
        if row is not None:
            with QSignalBlocker(self.source):
                self.source.setCurrentIndex(
                    max(0, self.source.findData(self.quotes()[row]["source"]))
                )
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.list.count() - 1)

    def _fit(self) -> None:
        """Show every quote up to six rows; an empty list takes one quiet row."""
        rows = self.list.count()
        height = sum(self.list.sizeHintForRow(i) for i in range(min(rows, 6)))
        if rows == 0:
            height = self.fontMetrics().height() + 8
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 8)

"""Text fields of the properties panel: each commits once per visit, not once per keystroke.

A line or a text field hands its text on when the user leaves it (or presses Enter); a list
editor hands on the whole new list once per gesture. Loading a value from the model blocks the
widget's signals, so loading never writes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QRegularExpression,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import application
from app.translations import translate
from widgets.wrapped_text import wrap_at_width


class _UndoPassThrough:
    """Ctrl+Z in a field with nothing typed since it was loaded undoes the map, not the field.

    A text widget normally takes Undo/Redo for its own typing; when it holds only what the
    model gave it, we let the window's Undo/Redo (the editor's) have the key instead.
    """

    @staticmethod
    def passes(event: QEvent, modified: bool) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or modified:
            return False
        assert isinstance(event, QKeyEvent)
        return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        )


class CommitLineEdit(QLineEdit):
    """A line edit that hands its text to ``on_commit`` on Enter or when the user leaves it."""

    def __init__(self, on_commit: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self.editingFinished.connect(self.commit)

    def set_value(self, text: str) -> None:
        if text != self.text() or self.isModified():
            with QSignalBlocker(self):
                self.setText(text)
                self.setCursorPosition(0)
        self.setModified(False)

    def is_modified(self) -> bool:
        return self.isModified()

    def commit(self) -> None:
        if self.isModified():
            self.setModified(False)
            self._on_commit(self.text())

    def event(self, event: QEvent) -> bool:
        if _UndoPassThrough.passes(event, self.isModified()):
            event.ignore()
            return True
        return super().event(event)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that commits when the user leaves it (or presses Ctrl+Enter).

    It wraps at its width with no horizontal scroll bar (see widgets/wrapped_text.py: with one,
    some texts at some widths toggle both scroll bars for ever).
    """

    def __init__(self, on_commit: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self.setTabChangesFocus(True)
        wrap_at_width(self)
        self.setFixedHeight(76)
        self.document().setDocumentMargin(2)

    def set_value(self, text: str) -> None:
        if text != self.toPlainText():
            with QSignalBlocker(self):
                self.setPlainText(text)
        self.document().setModified(False)

    def is_modified(self) -> bool:
        return self.document().isModified()

    def commit(self) -> None:
        if self.document().isModified():
            self.document().setModified(False)
            self._on_commit(self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if _UndoPassThrough.passes(event, self.document().isModified()):
            event.ignore()
            return True
        return super().event(event)


class NumberField(CommitLineEdit):
    """An optional number: empty means "not known"."""

    def __init__(
        self,
        on_number: Callable[[int | float | None], object],
        *,
        integer: bool = False,
        signed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._parse_and_commit, parent)
        self._on_number = on_number
        self._integer = integer
        sign = "-?" if signed else ""
        pattern = rf"^{sign}\d{{0,15}}$" if integer else rf"^{sign}\d{{0,12}}([.,]\d{{0,6}})?$"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setPlaceholderText("—")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_number(self, value: float | None) -> None:
        self.set_value("" if value is None else typed_number(value))

    def _parse_and_commit(self, text: str) -> None:
        text = text.strip().replace(",", ".")
        if not text or text in ("-", "."):
            self._on_number(None)
        elif self._integer:
            self._on_number(int(text))
        else:
            self._on_number(float(text))


def typed_number(value: float) -> str:
    """A number as a field shows it for typing over: every digit, no grouping and no exponent
    ("1234567", not "1.23457e+06"), with the window's decimal sign ("12,5" in German)."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.6f}".rstrip("0").rstrip(".")  # the field takes six decimals
    return text.replace(".", ",") if QLocale().decimalPoint() == "," else text


def list_button(
    parent: QWidget, icon_name: str, tip: str, slot: Callable[[], object]
) -> QToolButton:
    """A small icon button beside an editable list (add, move up or down, remove)."""
    button = QToolButton(parent)
    button.setIcon(application.icon(icon_name))
    button.setIconSize(QSize(16, 16))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setProperty("role", "small")
    button.setAutoRaise(True)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ItemList(QListWidget):
    """The list of a ListEditor: Delete removes the selected item instead of the station."""

    remove_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
                QAbstractItemView.State.EditingState
            ):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class ListTexts(NamedTuple):
    """A list editor's texts, each a whole phrase in the window's language."""

    name: str  # the list's object name: "{name}-list"
    placeholder: str  # "Add a need…"
    entry: str  # the entry's accessible name: "New need"
    add: str  # "Add the need"
    remove: str  # "Remove the need"


class ListEditor(QWidget):
    """An editable list of short texts: add, edit (double-click), reorder, remove.

    Each gesture emits ``changed`` with the whole new list once.
    """

    changed = Signal(list)

    def __init__(self, texts: ListTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self._select_after: int | None = None
        self.list = ItemList(self)
        self.list.setObjectName(f"{texts.name}-list")
        self.list.setProperty("role", "items")
        self.list.setAccessibleName(texts.entry)
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
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.remove_requested.connect(self.remove_selected)

        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(texts.placeholder)
        self.entry.setAccessibleName(texts.entry)
        self.entry.returnPressed.connect(self.add_from_entry)
        self.add_button = list_button(
            self,
            "plus",
            texts.add,
            self.add_from_entry,
        )
        self.up_button = list_button(
            self, "up", translate("ListEditor", "Move up"), lambda: self.move_selected(-1)
        )
        self.down_button = list_button(
            self, "down", translate("ListEditor", "Move down"), lambda: self.move_selected(1)
        )
        self.remove_button = list_button(
            self,
            "delete",
            texts.remove,
            self.remove_selected,
        )

        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(2)
        bottom.addWidget(self.entry, 1)
        bottom.addSpacing(2)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            bottom.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.list)
        column.addLayout(bottom)
        self._fit()
        self._update_buttons()

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_items(self, items: list[str]) -> None:
        row = self._select_after
        self._select_after = None
        if items != self.items():
            with QSignalBlocker(self.list), QSignalBlocker(self.list.model()):
                self.list.clear()
                for text in items:
                    item = QListWidgetItem(text)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    self.list.addItem(item)
            self._fit()
        if row is not None and 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self._update_buttons()

    def add_from_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        self.entry.clear()
        self._select_after = self.list.count()
        self.changed.emit([*self.items(), text])

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or not self.list.currentItem() or not self.list.currentItem().isSelected():
            return
        items = self.items()
        del items[row]
        self._select_after = min(row, len(items) - 1) if items else None
        self.changed.emit(items)

    def move_selected(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        items = self.items()
        if row < 0 or not 0 <= target < len(items):
            return
        items.insert(target, items.pop(row))
        self._select_after = target
        self.changed.emit(items)

    def _on_item_edited(self, item: QListWidgetItem) -> None:
        items = [t.strip() for t in self.items()]
        if any(not t for t in items):
            # An item emptied by editing is removed; rebuild after Qt finishes the edit.
            QTimer.singleShot(0, lambda: self.changed.emit([t for t in items if t]))
        else:
            self.changed.emit(items)

    def _on_rows_moved(self, *_args: object) -> None:
        self._select_after = self.list.currentRow()
        self.changed.emit(self.items())

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = row >= 0 and bool(self.list.selectedItems())
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)

    def _fit(self) -> None:
        """Show every item up to eight rows; an empty list takes one quiet row."""
        rows = self.list.count()
        height = sum(self.list.sizeHintForRow(i) for i in range(min(rows, 8)))
        if rows == 0:
            height = self.fontMetrics().height() + 8
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 8)

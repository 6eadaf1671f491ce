"""The properties panel: the details of the selected station, phase or line, bound both ways.

Every change is one undoable edit pushed through the editor: a text field commits when the
user leaves it (or presses Enter), so typing is one step per visit; a click on a face, a
rating or a colour is one step. The panel follows :attr:`Editor.changed`, so an undo shows
at once; while it loads values from the model, the widgets' signals are blocked, so loading
never writes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QPointF,
    QRectF,
    QRegularExpression,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app import application
from app.editor import Editor
from models import edits
from models.change import ChangeSet
from models.document import Edit, EditError
from models.schema import Base, Line, Owner, Phase, Station
from models.style import EMOTION_COLORS, EMOTION_LABELS, LINE_COLORS
from widgets.canvas.view import MapView

EVIDENCE = (
    (None, "Not stated"),
    ("observed", "Observed"),
    ("reported", "Reported"),
    ("assumed", "Assumed"),
)
PHASE_SWATCHES = (
    "#E3EEFB",
    "#E4F3E8",
    "#FFF4D6",
    "#FCE4EC",
    "#EFE6F7",
    "#DFF4F6",
    "#FBE7E0",
    "#ECEFF1",
)
LINE_SWATCHES = (*LINE_COLORS, "#6D7B8D", "#8D6E63", "#5C6BC0", "#78909C")
NO_OWNER = "No owner"


# -- field widgets: each commits once per gesture through a callback or a signal -------------
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
    """A multi-line field that commits when the user leaves it (or presses Ctrl+Enter)."""

    def __init__(self, on_commit: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self.setTabChangesFocus(True)
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
        self.set_value("" if value is None else f"{value:g}")

    def _parse_and_commit(self, text: str) -> None:
        text = text.strip().replace(",", ".")
        if not text or text in ("-", "."):
            self._on_number(None)
        elif self._integer:
            self._on_number(int(text))
        else:
            self._on_number(float(text))


class _ItemList(QListWidget):
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


class ListEditor(QWidget):
    """An editable list of short texts: add, edit (double-click), reorder, remove.

    Each gesture emits ``changed`` with the whole new list once.
    """

    changed = Signal(list)

    def __init__(self, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self._select_after: int | None = None
        self.list = _ItemList(self)
        self.list.setObjectName(f"{noun.replace(' ', '-')}-list")
        self.list.setProperty("role", "items")
        self.list.setAccessibleName(f"{noun.capitalize()}s")
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
        self.entry.setPlaceholderText(f"Add a {noun}…")
        self.entry.setAccessibleName(f"New {noun}")
        self.entry.returnPressed.connect(self.add_from_entry)
        self.add_button = self._button("plus", f"Add the {noun}", self.add_from_entry)
        self.up_button = self._button("up", "Move up", lambda: self.move_selected(-1))
        self.down_button = self._button("down", "Move down", lambda: self.move_selected(1))
        self.remove_button = self._button("delete", f"Remove the {noun}", self.remove_selected)

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

    def _button(self, icon_name: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(application.icon(icon_name))
        button.setIconSize(QSize(16, 16))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setProperty("role", "small")
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

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


def signed_emotion(emotion: int) -> str:
    """An emotion as the room says it: "+2", "0", "−1" (with a true minus sign)."""
    return f"{emotion:+d}".replace("-", "\u2212") if emotion else "0"


def face_icon(emotion: int, size: int = 28) -> QIcon:
    """A face for an emotion −2 … +2: the emotion colour, eyes and a mouth that curves."""
    icon = QIcon()
    fill = QColor(EMOTION_COLORS[emotion])
    ink = QColor("#FFFFFF") if fill.lightnessF() < 0.5 else QColor("#1F2933")
    for scale in (1, 2, 3):
        s = size * scale
        pixmap = QPixmap(QSize(s, s))
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(scale, scale)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        p.setBrush(ink)
        eye = size * 0.075
        for x in (0.36, 0.64):
            p.drawEllipse(QPointF(size * x, size * 0.40), eye, eye)
        pen = QPen(ink, max(1.6, size * 0.075))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        mouth = QPainterPath()
        y = size * (0.66 - 0.02 * emotion)
        mouth.moveTo(size * 0.32, y)
        mouth.quadTo(size * 0.5, y + size * 0.09 * emotion, size * 0.68, y)
        p.drawPath(mouth)
        p.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


class EmotionPicker(QWidget):
    """Five faces (−2 … +2) and "Not assessed"; ``picked(int | None)`` on a click."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[int | None, QToolButton] = {}
        self._group = QButtonGroup(self)
        faces = QHBoxLayout()
        faces.setContentsMargins(0, 0, 0, 0)
        faces.setSpacing(2)
        for emotion in range(-2, 3):
            button = QToolButton(self)
            button.setIcon(face_icon(emotion))
            button.setIconSize(QSize(28, 28))
            button.setFixedSize(QSize(38, 38))
            button.setCheckable(True)
            button.setProperty("role", "face")
            label = EMOTION_LABELS[emotion]
            button.setToolTip(f"{label} ({signed_emotion(emotion)})")
            button.setAccessibleName(label)
            button.clicked.connect(lambda _c=False, e=emotion: self.picked.emit(e))
            self._group.addButton(button)
            self.buttons[emotion] = button
            faces.addWidget(button)
        faces.addStretch(1)
        self.none_button = QToolButton(self)
        self.none_button.setText("Not assessed")
        self.none_button.setCheckable(True)
        self.none_button.setProperty("role", "segment")
        self.none_button.setToolTip("The room has not judged this moment yet")
        self.none_button.clicked.connect(lambda _c=False: self.picked.emit(None))
        self._group.addButton(self.none_button)
        self.buttons[None] = self.none_button
        self.label = QLabel(self)
        self.label.setProperty("role", "caption")
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.label, 1)
        below.addWidget(self.none_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(faces)
        column.addLayout(below)
        self.set_value(None)

    def set_value(self, emotion: int | None) -> None:
        with QSignalBlocker(self._group):
            self.buttons[emotion].setChecked(True)
        if emotion is None:
            self.label.setText("Not assessed yet")
        else:
            sign = signed_emotion(emotion)
            self.label.setText(f"{EMOTION_LABELS[emotion]} ({sign})")

    def value(self) -> int | None:
        for emotion, button in self.buttons.items():
            if button.isChecked():
                return emotion
        return None


class RatingPicker(QWidget):
    """Five segments 1 … 5; clicking the chosen one again clears it (``picked(None)``)."""

    picked = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.buttons: dict[int, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for n in range(1, 6):
            button = QToolButton(self)
            button.setText(str(n))
            button.setCheckable(True)
            button.setProperty("role", "segment")
            button.setToolTip(f"{name}: {n} of 5 (click again to clear)")
            button.setAccessibleName(f"{name} {n}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _c=False, v=n: self._click(v))
            self.buttons[n] = button
            row.addWidget(button)

    def _click(self, n: int) -> None:
        new = None if self._value == n else n
        self.set_value(self._value)  # the model decides; a reload shows the result
        self.picked.emit(new)

    def set_value(self, value: int | None) -> None:
        self._value = value
        for n, button in self.buttons.items():
            with QSignalBlocker(button):
                button.setChecked(n == value)

    def value(self) -> int | None:
        return self._value


def swatch_icon(color: str | None, size: int = 16) -> QIcon:
    icon = QIcon()
    for scale in (1, 2, 3):
        s = size * scale
        pixmap = QPixmap(QSize(s, s))
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(scale, scale)
        p.setPen(QPen(QColor(0, 0, 0, 60), 1))
        if color:
            p.setBrush(QColor(color))
            p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 4, 4)
        else:  # automatic: a split swatch
            p.setBrush(QColor("#FFFFFF"))
            p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 4, 4)
            p.setPen(QPen(QColor("#9AA3AD"), 1.2))
            p.drawLine(QPointF(3, size - 3), QPointF(size - 3, 3))
        p.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


class ColorButton(QToolButton):
    """A colour: swatches, "Automatic" (the map's own colour) and "Other colour…"."""

    picked = Signal(object)  # "#RRGGBB" or None

    def __init__(self, swatches: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: str | None = None
        self.setObjectName("color-button")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setProperty("role", "segment")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        menu = QMenu(self)
        automatic = menu.addAction(swatch_icon(None), "Automatic")
        automatic.triggered.connect(lambda: self.picked.emit(None))
        grid_holder = QWidget(menu)
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setSpacing(4)
        self.swatch_buttons: dict[str, QToolButton] = {}
        for i, color in enumerate(swatches):
            button = QToolButton(grid_holder)
            button.setIcon(swatch_icon(color, 20))
            button.setIconSize(QSize(20, 20))
            button.setAutoRaise(True)
            button.setToolTip(color)
            button.clicked.connect(lambda _c=False, c=color: self._choose(c, menu))
            grid.addWidget(button, i // 6, i % 6)
            self.swatch_buttons[color] = button
        grid_action = QWidgetAction(menu)
        grid_action.setDefaultWidget(grid_holder)
        menu.addAction(grid_action)
        menu.addSeparator()
        other = menu.addAction("Other colour…")
        other.triggered.connect(self._other)
        self.setMenu(menu)
        self.set_value(None)

    def _choose(self, color: str, menu: QMenu) -> None:
        menu.close()
        self.picked.emit(color)

    def _other(self) -> None:
        start = QColor(self._value) if self._value else QColor("#4C72B0")
        color = QColorDialog.getColor(start, self, "Choose a colour")
        if color.isValid():
            self.picked.emit(color.name().upper())

    def set_value(self, color: str | None) -> None:
        self._value = color
        self.setIcon(swatch_icon(color))
        self.setText(color.upper() if color else "Automatic")

    def value(self) -> str | None:
        return self._value


def set_owner_to_new(station_id: int, name: str) -> Edit:
    """One undo step: add an owner called ``name`` and make it the station's owner."""
    add = edits.add_owner(name)

    def perform(rec: Any) -> int:
        owner_id = add._perform(rec)
        edits.update_station(station_id, owner_id=owner_id)._perform(rec)
        return int(owner_id)

    return Edit(f"Set owner to new “{name.strip()}”", perform)


def _label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    return label


class _Form(QWidget):
    """A page of the panel: sections of captioned fields, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties-page")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 6, 14, 16)
        self.box.setSpacing(application.SPACE)

    def section(self, title: str) -> None:
        self.box.addSpacing(application.SPACE_SMALL)
        self.box.addWidget(_label(title.upper(), "section"))

    def field(self, caption: str, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(_label(caption, "caption"))
        column.addWidget(widget)
        self.box.addWidget(holder)
        return holder

    def row(self, *pairs: tuple[str, QWidget]) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(application.SPACE)
        grid.setVerticalSpacing(3)
        for col, (caption, widget) in enumerate(pairs):
            grid.addWidget(_label(caption, "caption"), 0, col)
            grid.addWidget(widget, 1, col)
            grid.setColumnStretch(col, 1)
        self.box.addLayout(grid)


class OwnerField(QComboBox):
    """Pick one of the workshop's owners, or type a new name (resolved on Enter or leave)."""

    def __init__(self, resolve: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setObjectName("owner-field")
        self.setAccessibleName("Owner")
        self.edit = self.lineEdit() or QLineEdit(self)
        self.edit.setPlaceholderText("Pick an owner or type a new name")
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._resolve = resolve
        self.activated.connect(lambda _i: self._resolve(self.currentText()))
        self.edit.editingFinished.connect(lambda: self._resolve(self.currentText()))

    def set_owners(self, owners: list[Owner], current: int | None) -> None:
        with QSignalBlocker(self), QSignalBlocker(self.edit):
            self.clear()
            self.addItem(NO_OWNER, None)
            for owner in owners:
                self.addItem(owner.name, owner.id)
            index = self.findData(current) if current is not None else 0
            self.setCurrentIndex(max(index, 0))
            self.setEditText("" if current is None else self.itemText(max(index, 0)))
            self.edit.setModified(False)


class PropertiesPanel(QWidget):
    """The details of the selection: a station, a phase or a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties-panel")
        self._editor: Editor | None = None
        self._view: MapView | None = None
        self._kind: str | None = None
        self._id: int | None = None

        self.pages = QStackedWidget(self)
        self._empty = self._message_page("Nothing selected", self._empty_hint())
        self._multi = self._message_page("", "Select one item to see and edit its details.")
        self._build_station_page()
        self._build_phase_page()
        self._build_line_page()
        for page in (self._empty, self._multi, self.station_page, self.phase_page, self.line_page):
            self.pages.addWidget(self._scrolled(page))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._show_page(self._empty)

    # -- wiring -----------------------------------------------------------------------------
    def set_editor(self, editor: Editor | None, view: MapView | None) -> None:
        self.commit_pending()
        if self._editor is not None:
            self._editor.changed.disconnect(self._on_change)
            self._editor.journey_changed.disconnect(self._on_journey)
        if self._view is not None:
            self._view.selection_changed.disconnect(self._on_selection)
        self._editor, self._view = editor, view
        if editor is not None:
            editor.changed.connect(self._on_change)
            editor.journey_changed.connect(self._on_journey)
        if view is not None:
            view.selection_changed.connect(self._on_selection)
        self._on_selection()

    def target(self) -> tuple[str | None, int | None]:
        return self._kind, self._id

    def show_item(self, kind: str | None, ids: list[int]) -> None:
        """Show the details of one selected item (several: a summary; none: a hint)."""
        self.commit_pending()
        if kind is None or not ids or self._editor is None:
            self._kind, self._id = None, None
            self._show_page(self._empty)
        elif len(ids) > 1:
            self._kind, self._id = None, None
            title = self._multi.findChild(QLabel, "message-title")
            assert title is not None
            title.setText(f"{len(ids)} {kind}s selected")
            self._show_page(self._multi)
        else:
            self._kind, self._id = kind, ids[0]
            self.reload()

    def commit_pending(self) -> None:
        """Commit a text field the user is still in (before the selection moves on)."""
        for field in self.findChildren(CommitLineEdit) + self.findChildren(CommitTextEdit):
            if field.isVisibleTo(self) and field.is_modified():
                field.commit()
        owner = self.owner
        if owner.isVisibleTo(self) and owner.edit.isModified():
            self._set_owner_by_name(owner.currentText())

    def reload(self) -> None:
        """Read the shown item from the model into the widgets (signals blocked)."""
        editor, kind, row_id = self._editor, self._kind, self._id
        if editor is None or kind is None or row_id is None:
            self._show_page(self._empty)
            return
        document = editor.document
        if kind == "station":
            station = document.station(row_id)
            if station is None:
                self.show_item(None, [])
                return
            self._load_station(station)
            self._show_page(self.station_page)
        elif kind == "phase":
            phase = document.phase(row_id)
            if phase is None:
                self.show_item(None, [])
                return
            self._load_phase(phase)
            self._show_page(self.phase_page)
        elif kind == "line":
            line = document.line(row_id)
            if line is None:
                self.show_item(None, [])
                return
            self._load_line(line)
            self._show_page(self.line_page)

    # -- model → widgets --------------------------------------------------------------------
    def _on_selection(self, *_args: object) -> None:
        if self._view is None:
            self.show_item(None, [])
            return
        kind, ids = self._view.selection()
        self.show_item(kind, list(ids))

    def _on_journey(self, _journey_id: int) -> None:
        self.show_item(None, [])

    def _on_change(self, change: ChangeSet) -> None:
        entities: dict[str, type[Base]] = {"station": Station, "phase": Phase, "line": Line}
        entity = entities.get(self._kind or "")
        if entity is None or self._id is None:
            return
        if self._id in change.removed_ids(entity):
            self.show_item(None, [])
        elif (
            self._id in change.changed_fields(entity)
            or self._id in change.added_ids(entity)
            or (self._kind == "station" and Owner.__tablename__ in change.tables())
            or (self._kind == "station" and change.tables() & {"phase", "line"})
        ):
            self.reload()

    def _load_station(self, s: Station) -> None:
        assert self._editor is not None
        document = self._editor.document
        phase, line = document.phase(s.phase_id), document.line(s.line_id)
        where = " · ".join(x.name for x in (phase, line) if x is not None)
        self.station_where.setText(where)
        self.title.set_value(s.title)
        self.description.set_value(s.description)
        self.touchpoint.set_value(s.touchpoint)
        self.needs.set_items(s.needs)
        self.pain_points.set_items(s.pain_points)
        self.owner.set_owners(document.owners(), s.owner_id)
        self.emotion.set_value(s.emotion)
        with QSignalBlocker(self.evidence):
            self.evidence.setCurrentIndex(max(0, self.evidence.findData(s.evidence)))
        with QSignalBlocker(self.moment_of_truth):
            self.moment_of_truth.setChecked(s.moment_of_truth)
        self.impact.set_value(s.impact)
        self.performance.set_value(s.performance)
        self.target_rating.set_value(s.target)
        self._show_gap(s.performance, s.target)
        self.day.set_number(s.day)
        self.customers.set_number(s.customers)
        self.duration.set_number(s.duration_minutes)
        self.drop_off.set_number(s.drop_off_percent)

    def _show_gap(self, performance: int | None, target: int | None) -> None:
        if performance is None or target is None:
            self.gap.setText("Gap: rate performance and target to see it")
            self.gap.setStyleSheet("")
            return
        gap = target - performance
        if gap > 0:
            text, color = f"Gap {gap}: performance is {gap} below target", application.danger()
        elif gap == 0:
            text, color = "No gap: performance meets the target", application.success()
        else:
            text, color = f"Ahead by {-gap}: performance beats the target", application.success()
        self.gap.setText(text)
        self.gap.setStyleSheet(f"color: {color.name()}; font-weight: bold;")

    def _load_phase(self, p: Phase) -> None:
        self.phase_name.set_value(p.name)
        self.phase_color.set_value(p.color)
        self.phase_description.set_value(p.description)

    def _load_line(self, ln: Line) -> None:
        self.line_name.set_value(ln.name)
        self.line_color.set_value(ln.color)
        button = self._kind_buttons.get(ln.kind)
        if button is not None:
            with QSignalBlocker(self._kind_group):
                button.setChecked(True)

    # -- widgets → model --------------------------------------------------------------------
    def _current(self) -> Any:
        editor, row_id = self._editor, self._id
        if editor is None or row_id is None:
            return None
        read = {
            "station": editor.document.station,
            "phase": editor.document.phase,
            "line": editor.document.line,
        }.get(self._kind or "")
        return read(row_id) if read else None

    def commit(self, field: str, value: Any) -> bool:
        """Push one edit setting ``field`` of the shown item; False if refused or unchanged."""
        editor, row_id, row = self._editor, self._id, self._current()
        if editor is None or row_id is None or row is None:
            return False
        if getattr(row, field) == value:
            self.reload()  # clears "modified" marks and normalises what was typed
            return False
        updates: dict[str, Callable[..., Edit]] = {
            "station": edits.update_station,
            "phase": edits.update_phase,
            "line": edits.update_line,
        }
        update = updates[self._kind or "station"]
        try:
            edit = update(row_id, **{field: value})
        except EditError as e:
            editor.failed.emit(str(e))
            self.reload()
            return False
        return self._push(edit)

    def _push(self, edit: Edit) -> bool:
        assert self._editor is not None
        before = self._editor.undo_stack.count(), self._editor.undo_stack.index()
        self._editor.push(edit)
        after = self._editor.undo_stack.count(), self._editor.undo_stack.index()
        if before == after:
            self.reload()  # refused: show the model's value again
        return before != after

    def _set_owner_by_name(self, text: str) -> None:
        editor, row = self._editor, self._current()
        if editor is None or row is None or self._kind != "station":
            return
        name = text.strip()
        if not name or name == NO_OWNER:
            self.commit("owner_id", None)
            return
        for owner in editor.document.owners():
            if owner.name.casefold() == name.casefold():
                self.commit("owner_id", owner.id)
                return
        try:
            edit = set_owner_to_new(row.id, name)
        except EditError as e:
            editor.failed.emit(str(e))
            self.reload()
            return
        self._push(edit)

    # -- building ---------------------------------------------------------------------------
    def _scrolled(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setObjectName("properties-scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(page)
        return area

    def _show_page(self, page: QWidget) -> None:
        for i in range(self.pages.count()):
            area = self.pages.widget(i)
            if isinstance(area, QScrollArea) and area.widget() is page:
                self.pages.setCurrentIndex(i)

    @staticmethod
    def _empty_hint() -> str:
        return (
            "Click a station, a phase header or a line name on the map to see and edit "
            "its details here."
        )

    def _message_page(self, title: str, hint: str) -> QWidget:
        page = _Form(self)
        page.box.addSpacing(application.SPACE_LARGE)
        heading = QLabel(title, page)
        heading.setObjectName("message-title")
        font = heading.font()
        font.setPointSizeF(application.HEADING)
        font.setBold(True)
        heading.setFont(font)
        text = _label(hint, "hint")
        text.setWordWrap(True)
        page.box.addWidget(heading)
        page.box.addWidget(text)
        page.box.addStretch(1)
        return page

    def _header(self, form: _Form, kind: str) -> QLabel:
        form.box.addSpacing(application.SPACE_SMALL)
        form.box.addWidget(_label(kind.upper(), "kind"))
        where = _label("", "caption")
        where.setWordWrap(True)
        return where

    def _build_station_page(self) -> None:
        form = self.station_page = _Form(self)
        self.station_where = self._header(form, "Station")
        self.title = CommitLineEdit(lambda v: self.commit("title", v), form)
        self.title.setObjectName("title-edit")
        self.title.setAccessibleName("Station title")
        form.box.addWidget(self.title)
        form.box.addWidget(self.station_where)

        self.description = CommitTextEdit(lambda v: self.commit("description", v), form)
        self.description.setPlaceholderText("What the customer does here")
        form.field("Description", self.description)
        self.touchpoint = CommitLineEdit(lambda v: self.commit("touchpoint", v), form)
        self.touchpoint.setPlaceholderText("Website, phone, letter, store…")
        form.field("Touchpoint", self.touchpoint)

        form.section("Customer")
        self.emotion = EmotionPicker(form)
        self.emotion.picked.connect(lambda v: self.commit("emotion", v))
        form.field("Emotion", self.emotion)
        self.needs = ListEditor("need", form)
        self.needs.changed.connect(lambda v: self.commit("needs", v))
        form.field("Needs", self.needs)
        self.pain_points = ListEditor("pain point", form)
        self.pain_points.changed.connect(lambda v: self.commit("pain_points", v))
        form.field("Pain points", self.pain_points)

        form.section("Ownership and evidence")
        self.owner = OwnerField(self._set_owner_by_name, form)
        form.field("Owner", self.owner)
        self.evidence = QComboBox(form)
        self.evidence.setObjectName("evidence-field")
        for value, text in EVIDENCE:
            self.evidence.addItem(text, value)
        self.evidence.activated.connect(
            lambda i: self.commit("evidence", self.evidence.itemData(i))
        )
        form.field("Evidence", self.evidence)
        self.moment_of_truth = QCheckBox("Moment of truth", form)
        self.moment_of_truth.setToolTip("A moment that decides how the customer feels about us")
        self.moment_of_truth.clicked.connect(
            lambda checked: self.commit("moment_of_truth", checked)
        )
        form.box.addWidget(self.moment_of_truth)

        form.section("Assessment")
        self.impact = RatingPicker("Impact", form)
        self.impact.picked.connect(lambda v: self.commit("impact", v))
        form.field("Impact on the customer (1–5)", self.impact)
        self.performance = RatingPicker("Performance", form)
        self.performance.picked.connect(lambda v: self.commit("performance", v))
        form.field("Performance today (1–5)", self.performance)
        self.target_rating = RatingPicker("Target", form)
        self.target_rating.picked.connect(lambda v: self.commit("target", v))
        form.field("Target (1–5)", self.target_rating)
        self.gap = _label("", "caption")
        self.gap.setObjectName("gap-label")
        self.gap.setWordWrap(True)
        form.box.addWidget(self.gap)

        form.section("Data")
        self.day = NumberField(lambda v: self.commit("day", v), integer=True, signed=True)
        self.customers = NumberField(lambda v: self.commit("customers", v), integer=True)
        self.duration = NumberField(lambda v: self.commit("duration_minutes", v))
        self.drop_off = NumberField(lambda v: self.commit("drop_off_percent", v))
        form.row(("Day", self.day), ("Customers", self.customers))
        form.row(("Duration (minutes)", self.duration), ("Drop-off (%)", self.drop_off))
        form.box.addStretch(1)

    def _build_phase_page(self) -> None:
        form = self.phase_page = _Form(self)
        self._header(form, "Phase")
        self.phase_name = CommitLineEdit(lambda v: self.commit("name", v), form)
        self.phase_name.setObjectName("title-edit")
        self.phase_name.setAccessibleName("Phase name")
        form.box.addWidget(self.phase_name)
        self.phase_color = ColorButton(PHASE_SWATCHES, form)
        self.phase_color.picked.connect(lambda v: self.commit("color", v))
        form.field("Colour", self.phase_color)
        self.phase_description = CommitTextEdit(lambda v: self.commit("description", v), form)
        self.phase_description.setPlaceholderText("What this stage of the journey is about")
        form.field("Description", self.phase_description)
        form.box.addStretch(1)

    def _build_line_page(self) -> None:
        form = self.line_page = _Form(self)
        self._header(form, "Line")
        self.line_name = CommitLineEdit(lambda v: self.commit("name", v), form)
        self.line_name.setObjectName("title-edit")
        self.line_name.setAccessibleName("Line name")
        form.box.addWidget(self.line_name)
        self.line_color = ColorButton(LINE_SWATCHES, form)
        self.line_color.picked.connect(lambda v: self.commit("color", v))
        form.field("Colour", self.line_color)
        kinds = QWidget(form)
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(application.SPACE_SMALL)
        self._kind_group = QButtonGroup(kinds)
        self._kind_buttons: dict[str, QToolButton] = {}
        for kind, text, tip in (
            ("frontstage", "Frontstage", "Where the customer meets us"),
            ("backstage", "Backstage", "What happens behind the line of visibility"),
        ):
            button = QToolButton(kinds)
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setProperty("role", "segment")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _c=False, k=kind: self.commit("kind", k))
            self._kind_group.addButton(button)
            self._kind_buttons[kind] = button
            row.addWidget(button, 1)
        form.field("Kind", kinds)
        form.box.addStretch(1)

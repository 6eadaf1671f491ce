"""Editing actions in place: the cell editors of the action board and the "idea" dialog.

Cell editors: a combo box for effort, value, status, owner and station (the choices come from
the model), a date editor whose lowest date means "no date" (Delete clears it), a plain-text
editor for the description and KPI (line breaks are content), and the priority painted as a
coloured chip with its name.
"""

from __future__ import annotations

import datetime
from functools import lru_cache
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.translations import QT_TRANSLATE_NOOP, translate
from models import rules
from models.priority import Priority, priority
from widgets.dates import date_format
from widgets.panel_kit import PRIORITY_STRONG, FormDialog, priority_name, scaled_font
from widgets.wrapped_text import wrap_at_width

# What each rating means, in words (translated where shown: rating_word).
EFFORT_LABELS: Final = {
    1: QT_TRANSLATE_NOOP("Ratings", "trivial"),
    2: QT_TRANSLATE_NOOP("Ratings", "small"),
    3: QT_TRANSLATE_NOOP("Ratings", "medium"),
    4: QT_TRANSLATE_NOOP("Ratings", "large"),
    5: QT_TRANSLATE_NOOP("Ratings", "very large"),
}
VALUE_LABELS: Final = {
    1: QT_TRANSLATE_NOOP("Ratings", "little"),
    2: QT_TRANSLATE_NOOP("Ratings", "some"),
    3: QT_TRANSLATE_NOOP("Ratings", "medium"),
    4: QT_TRANSLATE_NOOP("Ratings", "high"),
    5: QT_TRANSLATE_NOOP("Ratings", "very high"),
}
NO_DATE: Final = QDate(1900, 1, 1)
PRIORITY_ROLE: Final = Qt.ItemDataRole.UserRole + 20  # the row's Priority


def rating_word(words: dict[int, str], n: int) -> str:
    """A rating's word in the window's language ("small", "very high")."""
    return translate("Ratings", words[n])


def rating_choices(words: dict[int, str]) -> list[tuple[str, Any]]:
    return [(translate("Ratings", "Not rated"), None)] + [
        (f"{n} · {rating_word(words, n)}", n) for n in words
    ]


def priority_rule(p: Priority) -> str:
    """The spec's rule for a priority, for tooltips."""
    return {
        Priority.QUICK_WIN: translate("Ratings", "Quick win: value 4 or more, effort 2 or less"),
        Priority.BIG_BET: translate("Ratings", "Big bet: value 4 or more, effort 3 or more"),
        Priority.FILL_IN: translate("Ratings", "Fill-in: value 3 or less, effort 2 or less"),
        Priority.TIME_SINK: translate("Ratings", "Time sink: value 3 or less, effort 3 or more"),
        Priority.UNRATED: translate("Ratings", "Unrated: effort or value not set yet"),
    }[p]


def _source(index: QModelIndex | QPersistentModelIndex) -> tuple[QAbstractItemModel, QModelIndex]:
    """The source model and index behind a (proxy) index."""
    model = index.model()
    source = index.model().index(index.row(), index.column())
    while hasattr(model, "mapToSource") and hasattr(model, "sourceModel"):
        source = model.mapToSource(source)
        model = model.sourceModel()
    return model, source


@lru_cache(maxsize=8)
def _chip_font_for(key: str) -> tuple[QFont, QFontMetrics]:
    base = QFont()
    base.fromString(key)
    font = scaled_font(base, 0.92, bold=True)
    return font, QFontMetrics(font)


def _chip_font(base: QFont) -> tuple[QFont, QFontMetrics]:
    return _chip_font_for(base.toString())


class PriorityDelegate(QStyledItemDelegate):
    """The priority as a chip in its colour, with its name (colour is never the only cue)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        p = index.data(PRIORITY_ROLE)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if p is None:
            return
        font, metrics = _chip_font(opt.font)
        label = priority_name(p)
        width = metrics.horizontalAdvance(label) + 16
        height = metrics.height() + 6
        rect = QRectF(opt.rect)
        chip = QRectF(rect.x() + 6, rect.center().y() - height / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PRIORITY_STRONG[p]))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _, metrics = _chip_font(option.font)
        widest = max(metrics.horizontalAdvance(priority_name(p)) for p in Priority)
        return QSize(widest + 30, metrics.height() + 12)


class ComboDelegate(QStyledItemDelegate):
    """A combo box of the cell's choices (the model's ``choices(index)``)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        model, source = _source(index)
        choices = model.choices(source) if hasattr(model, "choices") else []
        for label, value in choices:
            combo.addItem(label, value)
        combo.setMaxVisibleItems(20)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        for i in range(editor.count()):
            if editor.itemData(i) == value:
                editor.setCurrentIndex(i)
                break

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class OptionalDateEdit(QDateEdit):
    """A date editor that can be empty: its lowest date shows "No date"; Delete clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())  # the window's way; set_iso/iso keep ISO
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(translate("OptionalDateEdit", "No date"))

    def set_iso(self, value: str | None) -> None:
        if value:
            self.setDate(QDate.fromString(value, "yyyy-MM-dd"))
        else:
            self.setDate(NO_DATE)

    def iso(self) -> str | None:
        date = self.date()
        if date == NO_DATE or not date.isValid():
            return None
        return str(date.toString("yyyy-MM-dd"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.iso() is None or self.lineEdit().hasSelectedText()
        ):
            self.setDate(NO_DATE)
            return
        if self.iso() is None and event.text().isdigit():
            today = datetime.date.today()
            self.setDate(QDate(today.year, today.month, today.day))
        super().keyPressEvent(event)


class DateDelegate(QStyledItemDelegate):
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return OptionalDateEdit(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, OptionalDateEdit)
        editor.set_iso(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, OptionalDateEdit)
        value = editor.iso()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    """Plain text that may hold line breaks (description, KPI): edited in a text box."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        wrap_at_width(editor)
        return editor

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 320), max(rect.height() * 3, 96))

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QPlainTextEdit)
        value = editor.toPlainText()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class TitleDelegate(QStyledItemDelegate):
    """A one-line editor for the title, limited to the name length of the spec."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(rules.NAME_MAX)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        value = editor.text()
        if value.strip() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class IdeaDialog(FormDialog):
    """A new improvement idea: title, effort and value (and, when not given, the station).

    The priority the ratings give is shown as they are chosen, in its colour and by name.
    """

    def __init__(
        self,
        station_title: str | None,
        stations: list[tuple[str, int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent, translate("IdeaDialog", "Add improvement idea"), "idea-dialog", 480
        )
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(rules.NAME_MAX)
        self.title_edit.setPlaceholderText(translate("IdeaDialog", "What could be better?"))
        self.effort_combo = QComboBox()
        self.value_combo = QComboBox()
        for combo, words in ((self.effort_combo, EFFORT_LABELS), (self.value_combo, VALUE_LABELS)):
            for label, value in rating_choices(words):
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(self._show_priority)
        self.station_combo: QComboBox | None = None
        form = QFormLayout()
        form.addRow(translate("IdeaDialog", "&Idea:"), self.title_edit)
        if station_title is not None:
            at = QLabel(station_title)
            at.setTextFormat(Qt.TextFormat.PlainText)
            at.setWordWrap(True)
            form.addRow(translate("IdeaDialog", "At station:"), at)
        else:
            self.station_combo = QComboBox()
            self.station_combo.addItem(translate("IdeaDialog", "No station"), None)
            for label, station_id in stations or []:
                self.station_combo.addItem(label, station_id)
            form.addRow(translate("IdeaDialog", "At &station:"), self.station_combo)
        form.addRow(translate("IdeaDialog", "&Effort:"), self.effort_combo)
        form.addRow(translate("IdeaDialog", "&Value:"), self.value_combo)
        self.priority_label = QLabel()
        self.priority_label.setObjectName("priority")
        self.priority_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(translate("IdeaDialog", "Priority:"), self.priority_label)
        self.add_form(form, self.title_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("IdeaDialog", "Add idea")
        )
        self._show_priority()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "title": self.title_edit.text(),
            "effort": self.effort_combo.currentData(),
            "value": self.value_combo.currentData(),
        }
        if self.station_combo is not None:
            values["station_id"] = self.station_combo.currentData()
        return values

    def set_rating(self, effort: int | None, value: int | None) -> None:
        self.effort_combo.setCurrentIndex(self.effort_combo.findData(effort))
        self.value_combo.setCurrentIndex(self.value_combo.findData(value))

    def _show_priority(self) -> None:
        p = priority(self.effort_combo.currentData(), self.value_combo.currentData())
        self.priority_label.setText(priority_name(p))
        self.priority_label.setToolTip(priority_rule(p))
        self.priority_label.setStyleSheet(
            f"background: {PRIORITY_STRONG[p]}; color: white; font-weight: bold;"
            " border-radius: 8px; padding: 3px 10px;"
        )

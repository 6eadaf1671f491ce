"""Fields of the properties panel that are picked rather than typed: an emotion face, a 1–5
rating, a colour, an owner. Each click is one ``picked`` signal (one undo step in the panel);
setting a value from the model never emits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.translations import QT_TRANSLATE_NOOP, translate
from exporters.marks import paint_scale_face
from models.schema import Owner
from models.style import EMOTION_LABELS
from widgets.canvas.qt_painter import QtPainter
from widgets.color_names import color_label, color_tip
from widgets.field_texts import field_text
from widgets.properties_panel.form import room_for_bold

NO_OWNER = QT_TRANSLATE_NOOP("OwnerField", "No owner")


def signed_emotion(emotion: int) -> str:
    """An emotion as the room says it: "+2", "0", "−1" (with a true minus sign)."""
    return f"{emotion:+d}".replace("-", "\u2212") if emotion else "0"


def face_icon(emotion: int, size: int = 28) -> QIcon:
    """A face for an emotion −2 … +2, the one the map and the poster draw (exporters.marks)."""
    icon = QIcon()
    for scale in (1, 2, 3):
        s = size * scale
        pixmap = QPixmap(QSize(s, s))
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(scale, scale)
        paint_scale_face(QtPainter(p), size / 2, size / 2, size / 2 - 1, emotion)
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
            label = field_text(EMOTION_LABELS[emotion])
            button.setToolTip(
                translate("EmotionPicker", "{label} ({sign})").format(
                    label=label, sign=signed_emotion(emotion)
                )
            )
            button.setAccessibleName(label)
            button.clicked.connect(lambda _c=False, e=emotion: self.picked.emit(e))
            self._group.addButton(button)
            self.buttons[emotion] = button
            faces.addWidget(button)
        faces.addStretch(1)
        self.none_button = QToolButton(self)
        self.none_button.setText(translate("EmotionPicker", "Not assessed"))
        self.none_button.setCheckable(True)
        self.none_button.setProperty("role", "segment")
        room_for_bold(self.none_button)
        self.none_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.none_button.setToolTip(
            translate("EmotionPicker", "The room has not judged this moment yet")
        )
        self.none_button.clicked.connect(lambda _c=False: self.picked.emit(None))
        self._group.addButton(self.none_button)
        self.buttons[None] = self.none_button
        self.label = QLabel(self)
        self.label.setProperty("role", "caption")
        self.label.setWordWrap(True)  # it wraps; the button beside it keeps its words whole
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
            self.label.setText(translate("EmotionPicker", "Not assessed yet"))
        else:
            sign = signed_emotion(emotion)
            self.label.setText(
                translate("EmotionPicker", "{label} ({sign})").format(
                    label=field_text(EMOTION_LABELS[emotion]), sign=sign
                )
            )

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
            button.setToolTip(
                translate("RatingPicker", "{name}: {n} of 5 (click again to clear)").format(
                    name=name, n=n
                )
            )
            button.setAccessibleName(translate("RatingPicker", "{name} {n}").format(name=name, n=n))
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
        automatic = menu.addAction(swatch_icon(None), translate("ColorButton", "Automatic"))
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
            button.setToolTip(color_tip(color))
            button.clicked.connect(lambda _c=False, c=color: self._choose(c, menu))
            grid.addWidget(button, i // 6, i % 6)
            self.swatch_buttons[color] = button
        grid_action = QWidgetAction(menu)
        grid_action.setDefaultWidget(grid_holder)
        menu.addAction(grid_action)
        menu.addSeparator()
        other = menu.addAction(translate("ColorButton", "Other colour…"))
        other.triggered.connect(self._other)
        self.setMenu(menu)
        self.set_value(None)

    def _choose(self, color: str, menu: QMenu) -> None:
        menu.close()
        self.picked.emit(color)

    def _other(self) -> None:
        start = QColor(self._value) if self._value else QColor("#4C72B0")
        color = QColorDialog.getColor(start, self, translate("ColorButton", "Choose a colour"))
        if color.isValid():
            self.picked.emit(color.name().upper())

    def set_value(self, color: str | None) -> None:
        self._value = color
        self.setIcon(swatch_icon(color))
        self.setText(color_label(color) if color else translate("ColorButton", "Automatic"))
        self.setToolTip(color_tip(color) if color else "")

    def value(self) -> str | None:
        return self._value


class OwnerField(QComboBox):
    """Pick one of the workshop's owners, or type a new name (resolved on Enter or leave)."""

    def __init__(self, resolve: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setObjectName("owner-field")
        self.setAccessibleName(translate("OwnerField", "Owner"))
        self.edit = self.lineEdit() or QLineEdit(self)
        self.edit.setPlaceholderText(translate("OwnerField", "Pick an owner or type a new name"))
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
            self.addItem(translate("OwnerField", NO_OWNER), None)
            for owner in owners:
                self.addItem(owner.name, owner.id)
            index = self.findData(current) if current is not None else 0
            self.setCurrentIndex(max(index, 0))
            self.setEditText("" if current is None else self.itemText(max(index, 0)))
            self.edit.setModified(False)

"""What the side panels share: pushing an edit safely, asking first, form dialogs, priority
colours, type size.

Panels build edits from user input; an edit refused by its rules (``EditError`` raised while
it is built or applied) or a failed write is said once through ``Editor.failed``, and the
panel learns whether the edit went through from :func:`push_edit`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor, Outcome
from models import fields, style
from models.document import Edit
from models.priority import Priority
from widgets import message_box
from widgets.field_texts import field_text

Confirm = Callable[[str, str], bool]  # (title, question) -> the user said yes


def push_edit(editor: Editor, build: Callable[[], Edit]) -> Outcome:
    """Build an edit and push it: applied with its result, or refused with the sentence
    (which the window also shows, through ``Editor.failed``)."""
    return editor.attempt(build)


def ask_with_message_box(parent: QWidget) -> Confirm:
    """The default confirm: a question box with No as the default button."""

    def confirm(title: str, question: str) -> bool:
        box = message_box.plain_box(QMessageBox.Icon.Question, title, question, parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    return confirm


class FormDialog(QDialog):
    """A form over an error line and OK/Cancel, for the panel that opened it to commit.

    OK is enabled while the required field holds more than spaces. On OK :meth:`commit` (by
    default the panel's ``_commit(dialog)``) pushes the edit and returns "" (the dialog closes)
    or why the edit was refused, which the dialog shows and stays open, so nothing typed is
    lost.
    """

    def __init__(self, parent: QWidget | None, title: str, name: str, min_width: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.setMinimumWidth(min_width)
        self._commit: Callable[[Any], str] | None = None  # set by the panel

    def add_form(self, form: QFormLayout, required: QLineEdit) -> None:
        """Lay out the form, the error line and the buttons; call once, after the fields."""
        self._required = required
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        required.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self._required.text().strip()))

    def commit(self) -> str:
        """Apply what was entered: "" when done (or nothing to do), else why it was refused."""
        return self._commit(self) if self._commit is not None else ""

    def accept(self) -> None:
        error = self.commit()
        if error:
            self.error_label.setText(error)
            self.error_label.show()
            return
        super().accept()


class DialogSlot:
    """The one non-blocking dialog a panel shows at a time.

    Opening another closes the first; a closed dialog is deleted and forgotten.
    """

    def __init__(self) -> None:
        self.current: QDialog | None = None

    def open(self, dialog: QDialog) -> None:
        if self.current is not None:
            self.current.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.current = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None


# -- colours --------------------------------------------------------------------------------------
# The priority palette shared with the poster and the Excel list (models/style.py).
PRIORITY_STRONG: Final = style.PRIORITY_STRONG
PRIORITY_TINT: Final = style.PRIORITY_TINTS


def status_label(status: str) -> str:
    """An action's status in the window's language (the registry's label: "Planned")."""
    label = fields.ACTION_STATUS_LABELS.get(status)
    return field_text(label) if label else status


def journey_state(state: str) -> str:
    """A journey's state in the window's language ("Today", "Future")."""
    label = fields.JOURNEY_STATE_LABELS.get(state)
    return field_text(label) if label else state


def priority_name(p: Priority) -> str:
    """A priority's name in the window's language (the registry's name: "Quick win")."""
    return field_text(p.value)


NOBODY: Final = "—"  # an empty reference (no owner, no station) in lists and cells


def swatch_icon(color: str | None, size: int = 16, round_: bool = True) -> QIcon:
    """A filled dot (or square) in a colour, for lists and combo boxes."""
    icon = QIcon()
    for scale in (1, 2, 3):
        side = size * scale
        pixmap = QPixmap(QSize(side, side))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#00000040"))
        painter.setBrush(QColor(color or "#9AA3AD"))
        rect = pixmap.rect().adjusted(scale, scale, -scale, -scale)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 3 * scale, 3 * scale)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


# -- type size ------------------------------------------------------------------------------------
PROJECTOR_SCALE: Final = 1.4


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    if bold:
        font.setBold(True)
    return font


def apply_projector_font(widget: QWidget, on: bool, extra: dict[str, float] | None = None) -> None:
    """Large type for a meeting-room screen, or back to the application's type.

    A style sheet, not ``setFont``: once the application has a style sheet, fonts set on a
    parent no longer reach its children. ``extra`` maps selectors to further size factors
    (``{"QLabel#name": 1.3}``).
    """
    if not on:
        widget.setStyleSheet("")
        return
    base = QApplication.font().pointSizeF()
    base = (base if base > 0 else 10.0) * PROJECTOR_SCALE
    rules = [f"QWidget {{ font-size: {base:.1f}pt; }}"]
    for selector, factor in (extra or {}).items():
        rules.append(f"{selector} {{ font-size: {base * factor:.1f}pt; }}")
    widget.setStyleSheet("\n".join(rules))


# -- two-line list items ------------------------------------------------------------------------
SUBTITLE_ROLE: Final = Qt.ItemDataRole.UserRole + 10  # the muted second line
BOLD_ROLE: Final = Qt.ItemDataRole.UserRole + 11  # the first line in bold


class TwoLineDelegate(QStyledItemDelegate):
    """An item as its text and, below it in a muted colour, its ``SUBTITLE_ROLE`` text.

    Narrow docks keep both readable (each line is elided on its own) where columns would cut
    them off. Items without a subtitle are drawn as usual.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        subtitle = index.data(SUBTITLE_ROLE)
        if subtitle is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = text_rect.adjusted(2, 4, -4, -4)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        ink = (palette.highlightedText() if selected else palette.text()).color()
        font = QFont(opt.font)
        font.setBold(bool(index.data(BOLD_ROLE)))
        metrics = QFontMetrics(font)
        small = scaled_font(opt.font, 0.92)
        small_metrics = QFontMetrics(small)
        painter.save()
        painter.setFont(font)
        painter.setPen(ink)
        title = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + metrics.ascent(), title)
        painter.setFont(small)
        painter.setPen(ink if selected else palette.placeholderText().color())
        second = small_metrics.elidedText(str(subtitle), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + metrics.height() + 2 + small_metrics.ascent(), second)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(SUBTITLE_ROLE) is None:
            return hint
        font = QFont(option.font)
        height = QFontMetrics(font).height() + QFontMetrics(scaled_font(font, 0.92)).height()
        return QSize(hint.width(), height + 12)

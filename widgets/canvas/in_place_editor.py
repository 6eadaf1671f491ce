"""Rename in place: an editor over the name being edited, in the map's own font.

Enter (or clicking elsewhere) commits, Esc cancels. A station's title may hold line breaks, so
its editor is a multi-line plain-text box (Shift+Enter breaks the line); phase and line names
use a one-line box. Both are plain text: neither reads markup, and a paste keeps only the
text, so ``<b>&amp;`` stays exactly as typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsProxyWidget,
    QGraphicsScene,
    QLineEdit,
    QPlainTextEdit,
)

from models import rules
from widgets.canvas.painting import map_font
from widgets.canvas.theme import Theme
from widgets.wrapped_text import wrap_at_width

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MAX_SHOWN_LINES = 5  # the multi-line box grows with its text up to this many lines, then scrolls


class InPlaceEditor(QObject):
    finished = Signal()

    def __init__(
        self,
        scene: QGraphicsScene,
        rect: QRectF,
        text: str,
        size: float,
        bold: bool,
        centered: bool,
        theme: Theme,
        on_commit: Callable[[str], None],
        select_all: bool = True,
        multiline: bool = False,
    ) -> None:
        super().__init__(scene)
        self._on_commit = on_commit
        self._done = False
        self._original = text
        self._size = size
        self._top = rect.y()
        self._left = rect.x()
        self._min_height = max(rect.height(), size * 1.9)
        self.widget: QLineEdit | QPlainTextEdit
        style = (
            f"background: {theme.paper}; color: {theme.ink};"
            f" border: 2px solid {theme.accent}; border-radius: 4px;"
        )
        if multiline:
            box = QPlainTextEdit()
            box.setObjectName("canvasRenameEditor")
            box.setFont(map_font(size, bold))
            box.setPlainText(text)
            box.setTabChangesFocus(True)
            box.setFrameShape(QFrame.Shape.NoFrame)
            wrap_at_width(box)
            box.setStyleSheet(f"QPlainTextEdit#canvasRenameEditor {{ {style} padding: 0 2px; }}")
            if centered:
                option = box.document().defaultTextOption()
                option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                box.document().setDefaultTextOption(option)
            box.setFixedWidth(int(rect.width()))
            box.textChanged.connect(self._on_text_changed)
            self.widget = box
        else:
            edit = QLineEdit()
            edit.setObjectName("canvasRenameEditor")
            edit.setFont(map_font(size, bold))
            edit.setMaxLength(rules.NAME_MAX)
            edit.setText(text)
            if centered:
                edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            edit.setStyleSheet(f"QLineEdit#canvasRenameEditor {{ {style} padding: 0 4px; }}")
            height = self._min_height
            edit.setFixedSize(int(rect.width()), int(height))
            edit.returnPressed.connect(self.commit)
            self.widget = edit
        self.proxy: QGraphicsProxyWidget = scene.addWidget(self.widget)
        self.proxy.setZValue(1000)
        if multiline:
            self._fit_height()
        else:
            self.proxy.setPos(self._left, rect.center().y() - self._min_height / 2)
        self.widget.installEventFilter(self)
        if select_all:
            self.widget.selectAll()
        elif isinstance(self.widget, QLineEdit):
            self.widget.end(False)
        else:
            self.widget.moveCursor(QTextCursor.MoveOperation.End)
        self.proxy.setFocus()
        self.widget.setFocus()

    # -- the text ---------------------------------------------------------------------------
    def text(self) -> str:
        """The text as it stands (line breaks as ``\\n``)."""
        widget = self.widget
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def set_text(self, text: str) -> None:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)
            widget.moveCursor(QTextCursor.MoveOperation.End)

    def selected_text(self) -> str:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            return widget.selectedText()
        # A text cursor gives line breaks as U+2029 (paragraph separator).
        return widget.textCursor().selectedText().replace("\u2029", "\n")

    def _on_text_changed(self) -> None:
        box = self.widget
        if not isinstance(box, QPlainTextEdit):
            return
        text = box.toPlainText()
        if len(text) > rules.NAME_MAX:  # as QLineEdit.setMaxLength: what does not fit is dropped
            cursor = box.textCursor()
            position = min(cursor.position(), rules.NAME_MAX)
            box.blockSignals(True)
            box.setPlainText(text[: rules.NAME_MAX])
            box.blockSignals(False)
            cursor = box.textCursor()
            cursor.setPosition(position)
            box.setTextCursor(cursor)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (or shrink) the multi-line box with its text, centred on the title's middle."""
        box = self.widget
        if not isinstance(box, QPlainTextEdit):
            return
        lines = max(1, min(MAX_SHOWN_LINES, round(box.document().size().height())))
        line_h = box.fontMetrics().lineSpacing()
        chrome = box.frameWidth() * 2 + box.document().documentMargin() * 2 + 4 + 4
        height = max(self._min_height, lines * line_h + chrome)
        if box.height() != int(height):
            box.setFixedHeight(int(height))
        self.proxy.setPos(self._left, self._top)

    @property
    def active(self) -> bool:
        return not self._done

    # -- keys and focus ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.widget or self._done:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if key in ENTER_KEYS and isinstance(self.widget, QPlainTextEdit):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.widget.insertPlainText("\n")  # a line break, not U+2028
                else:
                    self.commit()
                return True
        elif (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason  # its own context menu
        ):
            self.commit()  # clicking or tabbing elsewhere keeps what was typed
        return False

    # -- ending -----------------------------------------------------------------------------
    def commit(self) -> None:
        if self._done:
            return
        text = self.text()
        self._close()
        if text.strip() and text != self._original:
            self._on_commit(text)

    def cancel(self) -> None:
        if not self._done:
            self._close()

    def _close(self) -> None:
        self._done = True
        widget = self.widget
        widget.removeEventFilter(self)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.disconnect(self.commit)
        else:
            widget.textChanged.disconnect(self._on_text_changed)
        scene = self.proxy.scene()
        if scene is not None:
            scene.removeItem(self.proxy)
        self.proxy.deleteLater()
        self.finished.emit()
        self.deleteLater()

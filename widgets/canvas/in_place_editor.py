"""Rename in place: a line edit over the name being edited, in the map's own font.

Enter (or clicking elsewhere) commits, Esc cancels. The text is plain: a QLineEdit never reads
markup, so ``<b>&amp;`` stays exactly as typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsProxyWidget, QGraphicsScene, QLineEdit

from models import rules
from widgets.canvas.painting import map_font
from widgets.canvas.theme import Theme


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
    ) -> None:
        super().__init__(scene)
        self._on_commit = on_commit
        self._done = False
        self._original = text
        edit = self.line_edit = QLineEdit()
        edit.setObjectName("canvasRenameEditor")
        edit.setFont(map_font(size, bold))
        edit.setMaxLength(rules.NAME_MAX)
        edit.setText(text)
        if centered:
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        edit.setStyleSheet(
            f"QLineEdit#canvasRenameEditor {{ background: {theme.paper}; color: {theme.ink};"
            f" border: 2px solid {theme.accent}; border-radius: 4px; padding: 0 4px; }}"
        )
        height = max(rect.height(), size * 1.9)
        edit.setFixedSize(int(rect.width()), int(height))
        self.proxy: QGraphicsProxyWidget = scene.addWidget(edit)
        self.proxy.setZValue(1000)
        self.proxy.setPos(rect.x(), rect.center().y() - height / 2)
        edit.installEventFilter(self)
        edit.returnPressed.connect(self.commit)
        edit.editingFinished.connect(self.commit)  # also on focus loss
        if select_all:
            edit.selectAll()
        else:
            edit.end(False)
        self.proxy.setFocus()
        edit.setFocus()

    @property
    def active(self) -> bool:
        return not self._done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.cancel()
            return True
        return False

    def commit(self) -> None:
        if self._done:
            return
        text = self.line_edit.text()
        self._close()
        if text.strip() and text != self._original:
            self._on_commit(text)

    def cancel(self) -> None:
        if not self._done:
            self._close()

    def _close(self) -> None:
        self._done = True
        edit = self.line_edit
        edit.removeEventFilter(self)
        edit.returnPressed.disconnect(self.commit)
        edit.editingFinished.disconnect(self.commit)
        scene = self.proxy.scene()
        if scene is not None:
            scene.removeItem(self.proxy)
        self.proxy.deleteLater()
        self.finished.emit()
        self.deleteLater()

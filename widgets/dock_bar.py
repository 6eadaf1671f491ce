"""The title bar of a dock: its name and a close button, on every dock in every place.

Qt's own dock title bar is styled without its close icon (app/application.py), so every
docked panel gets one of these: a dock among tabs is named by its tab, so its bar has only the
close button; a dock alone in its area (the action board or the matrix at the bottom, say) or
floating has its name as well.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QWidget,
)

from app.translations import translate


class DockBar(QWidget):
    """A dock's title bar: its name (unless ``titled`` is False) and a close button."""

    titled = True

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        row = QHBoxLayout(self)
        self.title: QLabel | None = None
        if self.titled:
            row.setContentsMargins(14, 8, 2, 2)
            self.title = QLabel(dock.windowTitle(), self)
            self.title.setObjectName("dock-title")
            font = self.title.font()
            font.setBold(True)
            self.title.setFont(font)
            row.addWidget(self.title)
        else:
            row.setContentsMargins(0, 0, 2, 0)
        row.addStretch(1)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("dock-close")
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        text = translate("WindowPanels", "Close the panel “{title}”").format(
            title=dock.windowTitle()
        )
        self.close_button.setToolTip(text)
        self.close_button.setAccessibleName(text)
        self.close_button.clicked.connect(dock.close)
        row.addWidget(self.close_button)


class TabbedBar(DockBar):
    """The title bar of a dock among tabs: its tab names it, so only a close button."""

    titled = False

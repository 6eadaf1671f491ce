"""The title bar of a dock that stands among tabs: its tab names it, so the bar only closes it."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QStyle, QToolButton, QWidget

from app.translations import translate


class TabbedBar(QWidget):
    """The title bar of a dock among tabs: its tab names it, so only a close button."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        row = QHBoxLayout(self)
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

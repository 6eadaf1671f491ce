"""What the window shows without a workshop (the start page), and the first-run welcome card
over the map."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import application
from app.settings import Settings
from app.translations import translate
from widgets.welcome_overlay import WelcomeOverlay

RECENT_ON_START_PAGE = 5


class StartPage(QWidget):
    """ "No workshop open": Open…, New from template… and the recent workshops."""

    open_requested = Signal()
    new_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-page")
        self._settings = settings
        column = QVBoxLayout(self)
        column.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.setSpacing(application.SPACE)
        title = QLabel(translate("StartPage", "No workshop open"), self)
        font = title.font()
        font.setPointSizeF(application.TITLE)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            translate("StartPage", "Open a workshop file, or start a new one from a template."),
            self,
        )
        hint.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.setSpacing(application.SPACE)
        for text, icon, signal in (
            (translate("StartPage", "Open…"), "open", self.open_requested),
            (translate("StartPage", "New from template…"), "new", self.new_requested),
        ):
            button = QPushButton(application.icon(icon), text, self)
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _c=False, s=signal: s.emit())
            buttons.addWidget(button)
        self.recent = QVBoxLayout()
        self.recent.setSpacing(2)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(application.SPACE)
        column.addLayout(buttons)
        column.addSpacing(application.SPACE_LARGE)
        column.addLayout(self.recent)

    def refresh(self) -> None:
        """The recent workshops, as they are now."""
        while self.recent.count():
            item = self.recent.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        recent = self._settings.recent_files()[:RECENT_ON_START_PAGE]
        if recent:
            caption = QLabel(translate("StartPage", "RECENT"), self)
            caption.setProperty("role", "section")
            self.recent.addWidget(caption)
        for path in recent:
            button = QPushButton(Path(path).name, self)
            button.setFlat(True)
            button.setToolTip(path)
            button.setStyleSheet("text-align: left; padding: 4px 6px;")
            button.clicked.connect(lambda _c=False, p=path: self.recent_chosen.emit(p))
            self.recent.addWidget(button)


class WelcomeCard:
    """The first-run card over the map: shown on the first run only, and on request."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.overlay: WelcomeOverlay | None = None

    def maybe_show(self, view: QWidget) -> None:
        if self._settings.welcome_dismissed():
            return
        self.overlay = WelcomeOverlay(view)
        self.overlay.maybe_show(self._settings)

    def show_again(self, view: QWidget) -> None:
        """Help ▸ Welcome card: the card over the map now."""
        overlay = self.overlay
        if overlay is None or not shiboken6.isValid(overlay) or overlay.parentWidget() is not view:
            overlay = self.overlay = WelcomeOverlay(view)
        overlay.show_card()

    def dismiss(self) -> None:
        """Out of the way (presentation mode)."""
        overlay = self.overlay
        if overlay is not None and shiboken6.isValid(overlay) and overlay.isVisible():
            overlay.dismiss()

    def forget(self) -> None:
        self.overlay = None

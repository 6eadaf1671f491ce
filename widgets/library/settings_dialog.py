"""File ▸ Library settings…: the local library, or a team's PostgreSQL library by its URL.

The choice is stored by :func:`models.library.config.choose_url`, where the command line
reads it too.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import application
from models.library import config


class LibrarySettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-settings-dialog")
        self.setWindowTitle(self.tr("Library settings"))
        chosen = config.chosen_url()
        self.local = QRadioButton(self.tr("The local library on this computer"), self)
        self.local.setObjectName("library-local")
        self.team = QRadioButton(self.tr("A team library (PostgreSQL):"), self)
        self.team.setObjectName("library-team")
        self.url = QLineEdit(self)
        self.url.setObjectName("library-url")
        self.url.setPlaceholderText("postgresql+psycopg://you@server.example.com/journeyline")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.team)
        (self.team if chosen else self.local).setChecked(True)
        self.url.setText(chosen or "")
        self.url.setEnabled(bool(chosen))
        self.team.toggled.connect(self.url.setEnabled)
        hint = QLabel(
            self.tr(
                "Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. "
                "The command line uses the same library."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(application.SPACE)
        for widget in (self.local, self.team, self.url, hint, buttons):
            layout.addWidget(widget)
        self.resize(QSize(560, 220))

    def url_choice(self) -> str | None:
        """The URL chosen (None: the local library)."""
        text = self.url.text().strip()
        return text if self.team.isChecked() and text else None

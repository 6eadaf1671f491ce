"""File ▸ Publish to library…: as the next version of its map, as a new map, or one journey as
a house template, with a message for the others."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import application
from models.library import config
from models.library.errors import VersionInfo


@dataclass(frozen=True)
class PublishChoice:
    mode: str  # "version" (on top of the working copy's version), "new" or "template"
    message: str
    journey_index: int = 0


class PublishDialog(QDialog):
    """Ask how to publish the open workshop and with which message."""

    def __init__(
        self,
        title: str,
        library_url: str,
        base: VersionInfo | None,
        journeys: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publish-dialog")
        self.setWindowTitle(self.tr("Publish to library"))
        if config.is_local(library_url):
            text = self.tr("Publish “%1” to the local library.").replace("%1", title)
        else:
            text = (
                self.tr("Publish “%1” to the library at %2.")
                .replace("%1", title)
                .replace("%2", config.address(library_url))
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.as_version = QRadioButton(self)
        self.as_version.setObjectName("publish-version")
        if base is not None:
            self.as_version.setText(
                self.tr("As version %1 of “%2” (this copy is version %3)")
                .replace("%1", str(base.number + 1))
                .replace("%2", base.title)
                .replace("%3", str(base.number))
            )
        else:
            self.as_version.setText(self.tr("As a new version (this copy is not from the library)"))
            self.as_version.setEnabled(False)
        self.as_new = QRadioButton(self.tr("As a new map"), self)
        self.as_new.setObjectName("publish-new")
        self.as_template = QRadioButton(self.tr("One journey as a house template:"), self)
        self.as_template.setObjectName("publish-template")
        self.journey = QComboBox(self)
        self.journey.addItems(journeys)
        self.journey.setEnabled(False)
        self.as_template.toggled.connect(self.journey.setEnabled)
        group = QButtonGroup(self)
        for button in (self.as_version, self.as_new, self.as_template):
            group.addButton(button)
        (self.as_version if base is not None else self.as_new).setChecked(True)
        self.message = QLineEdit(self)
        self.message.setObjectName("publish-message")
        self.message.setPlaceholderText(self.tr("What changed, e.g. after workshop 2"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.as_version, 0, 0, 1, 2)
        grid.addWidget(self.as_new, 1, 0, 1, 2)
        grid.addWidget(self.as_template, 2, 0)
        grid.addWidget(self.journey, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(application.SPACE)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Message:"), self))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(QSize(520, 260))

    def choice(self) -> PublishChoice:
        if self.as_template.isChecked():
            mode = "template"
        elif self.as_version.isChecked():
            mode = "version"
        else:
            mode = "new"
        return PublishChoice(mode, self.message.text().strip(), self.journey.currentIndex())

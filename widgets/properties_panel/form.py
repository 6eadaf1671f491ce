"""The layout every page of the properties panel shares: sections of captioned fields, stacked.

Labels carry a ``role`` property (kind, section, caption, hint) that the application's style
sheet gives its look.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QVBoxLayout, QWidget

from app import application

Commit = Callable[[str, Any], object]  # (field, value): one edit of the item a page shows


def room_for_bold(button: QAbstractButton) -> None:
    """A segment button is bold while checked (the style sheet): keep room for its words in
    bold, so that the chosen one is never cut ("Für Kunden sichtbar", "Nicht bewertet")."""
    button.ensurePolished()
    bold = QFont(button.font())
    bold.setBold(True)
    text = button.text().replace("&", "")
    extra = QFontMetrics(bold).horizontalAdvance(text) - button.fontMetrics().horizontalAdvance(
        text
    )
    button.setMinimumWidth(button.sizeHint().width() + max(extra, 0) + 2)


def role_label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    return label


class Form(QWidget):
    """A page of the panel: sections of captioned fields, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties-page")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 6, 14, 16)
        self.box.setSpacing(application.SPACE)

    def header(self, kind: str) -> QLabel:
        """The page's kind ("STATION") at the top; returns an empty caption for its place."""
        self.box.addSpacing(application.SPACE_SMALL)
        self.box.addWidget(role_label(kind.upper(), "kind"))
        where = role_label("", "caption")
        where.setWordWrap(True)
        return where

    def section(self, title: str) -> None:
        self.box.addSpacing(application.SPACE_SMALL)
        self.box.addWidget(role_label(title.upper(), "section"))

    def field(self, caption: str, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(role_label(caption, "caption"))
        column.addWidget(widget)
        self.box.addWidget(holder)
        return holder

    def row(self, *pairs: tuple[str, QWidget]) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(application.SPACE)
        grid.setVerticalSpacing(3)
        for col, (caption, widget) in enumerate(pairs):
            grid.addWidget(role_label(caption, "caption"), 0, col)
            grid.addWidget(widget, 1, col)
            grid.setColumnStretch(col, 1)
        self.box.addLayout(grid)

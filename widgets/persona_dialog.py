"""The persona dialog: the fields of one persona, checked on OK (used by the personas panel)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.translations import translate
from models import rules
from models.schema import Persona
from widgets import color_names
from widgets.panel_kit import FormDialog, swatch_icon
from widgets.wrapped_text import wrap_at_width

LISTS = ("goals", "needs", "frustrations")  # the persona's list fields (one per line)


def _lines(text: str) -> list[str]:
    """One item per non-empty line, bullets and spaces trimmed."""
    items = (re.sub(r"^\s*[-•*]\s*", "", line).strip() for line in text.splitlines())
    return [item for item in items if item]


def _danger(widget: QWidget) -> str:
    dark = widget.palette().window().color().lightness() < 128
    return "#F2827A" if dark else "#B3261E"


class PersonaDialog(FormDialog):
    """The fields of one persona; ``values()`` is what the user entered, checked on OK."""

    def __init__(self, persona: Persona | None = None, parent: QWidget | None = None) -> None:
        title = (
            translate("PersonaDialog", "Edit persona")
            if persona
            else translate("PersonaDialog", "New persona")
        )
        super().__init__(parent, title, "persona-dialog", 560)
        self.persona_id = persona.id if persona is not None else None
        self._color = persona.color if persona else rules.DEFAULT_PERSONA_COLOR

        self.name_edit = QLineEdit(persona.name if persona else "")
        self.name_edit.setMaxLength(rules.NAME_MAX)
        self.name_edit.setPlaceholderText(translate("PersonaDialog", "e.g. Kari, the busy parent"))
        self.color_button = QPushButton()
        self.color_button.setToolTip(translate("PersonaDialog", "Choose the persona's colour"))
        self.color_button.clicked.connect(self._choose_color)
        self.color_edit = QLineEdit(self._color)
        self.color_edit.setMaxLength(7)
        self.color_edit.setMaximumWidth(110)
        self.color_edit.setAccessibleName(translate("PersonaDialog", "Colour"))
        self.color_edit.textChanged.connect(self._color_typed)
        self.description_edit = self._text(persona.description if persona else "", 70)
        self.lists: dict[str, QPlainTextEdit] = {}
        for key in LISTS:
            items: list[str] = getattr(persona, key) if persona else []
            edit = self._text("\n".join(items), 80)
            edit.setPlaceholderText(translate("PersonaDialog", "One per line"))
            self.lists[key] = edit
        self.quote_edit = QLineEdit(persona.quote if persona else "")
        self.quote_edit.setPlaceholderText(translate("PersonaDialog", "In the persona's own words"))

        color_row = QHBoxLayout()
        color_row.addWidget(self.color_button)
        color_row.addWidget(self.color_edit)
        self.color_name = QLabel()  # the colour by its name, or "Custom colour"
        self.color_name.setObjectName("color-name")
        color_row.addWidget(self.color_name)
        color_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("PersonaDialog", "&Name:"), self.name_edit)
        color_label = QLabel(self.tr("&Colour:"))
        color_label.setBuddy(self.color_button)
        form.addRow(color_label, color_row)
        form.addRow(translate("PersonaDialog", "&Description:"), self.description_edit)
        form.addRow(translate("PersonaDialog", "&Goals:"), self.lists["goals"])
        form.addRow(translate("PersonaDialog", "N&eeds:"), self.lists["needs"])
        form.addRow(translate("PersonaDialog", "&Frustrations:"), self.lists["frustrations"])
        form.addRow(translate("PersonaDialog", "&Quote:"), self.quote_edit)
        self.add_form(form, self.name_edit)
        self.error_label.setStyleSheet(f"color: {_danger(self)};")
        self._show_color()
        self.name_edit.setFocus()
        self._original = self.values() if persona else {}

    @staticmethod
    def _text(text: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)
        wrap_at_width(edit)
        edit.setMinimumHeight(height)
        return edit

    def _show_color(self) -> None:
        self.color_button.setIcon(swatch_icon(self._color, 20, round_=False))
        self.color_button.setText(translate("PersonaDialog", " Choose…"))
        self.color_name.setText(color_names.color_label(self._color))

    def _choose_color(self) -> None:
        color = QColorDialog.getColor(
            QColor(self._color), self, translate("PersonaDialog", "Persona colour")
        )
        if color.isValid():
            self.color_edit.setText(color.name().upper())

    def _color_typed(self, text: str) -> None:
        if re.fullmatch(rules.COLOR_PATTERN, text):
            self._color = text.upper()
            self._show_color()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "color": self.color_edit.text().strip(),
            "description": self.description_edit.toPlainText(),
            **{key: _lines(self.lists[key].toPlainText()) for key in LISTS},
            "quote": self.quote_edit.text(),
        }

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if not self._original:
            return values
        changed = {k: v for k, v in values.items() if v != self._original[k]}
        if "color" in changed and changed["color"].upper() == self._original["color"].upper():
            del changed["color"]
        return changed

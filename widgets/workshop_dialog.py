"""The workshop's details: title, organisation, segment, business goal, notes and language.

OK saves the fields that changed as one undo step; a refused value (an empty title) keeps the
dialog open with the reason under the fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.editor import Editor
from app.translations import translate
from models import edits, i18n, rules
from widgets.panel_kit import FormDialog, push_edit
from widgets.wrapped_text import wrap_at_width


class WorkshopDialog(FormDialog):
    """Edit the workshop's details; ``accept()`` pushes one ``update_workshop`` edit."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, translate("WorkshopDialog", "Workshop details"), "workshop-dialog", 560
        )
        self.editor = editor

        workshop = editor.document.workshop()
        self._original: dict[str, str] = {
            "title": workshop.title,
            "organisation": workshop.organisation,
            "segment": workshop.segment,
            "business_goal": workshop.business_goal,
            "notes": workshop.notes,
            "language": workshop.language,
        }
        self.title_edit = QLineEdit(workshop.title)
        self.title_edit.setMaxLength(rules.NAME_MAX)
        self.title_edit.setPlaceholderText(
            translate("WorkshopDialog", "Name of the workshop or engagement")
        )
        self.organisation_edit = QLineEdit(workshop.organisation)
        self.organisation_edit.setPlaceholderText(translate("WorkshopDialog", "The client company"))
        self.segment_edit = QLineEdit(workshop.segment)
        self.segment_edit.setPlaceholderText(translate("WorkshopDialog", "Target group in focus"))
        self.goal_edit = QLineEdit(workshop.business_goal)
        self.goal_edit.setPlaceholderText(
            translate("WorkshopDialog", "e.g. Lower customer departures")
        )
        self.notes_edit = QPlainTextEdit(workshop.notes)
        self.notes_edit.setTabChangesFocus(True)
        wrap_at_width(self.notes_edit)
        self.notes_edit.setMinimumHeight(120)
        # The languages the exports speak, by their own names; any other tag may be typed
        # (its exports are then in English).
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language-combo")
        self.language_combo.setEditable(True)
        self.language_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in i18n.LANGUAGES:
            self.language_combo.addItem(f"{i18n.language_name(code)} ({code})", code)
        at = self.language_combo.findData(workshop.language)
        if at >= 0:
            self.language_combo.setCurrentIndex(at)
        else:
            self.language_combo.setEditText(workshop.language)
        line = self.language_combo.lineEdit()
        assert line is not None  # an editable combo box has its line edit
        self.language_edit: QLineEdit = line
        self.language_edit.setObjectName("language-edit")
        self.language_edit.setMaxLength(rules.LANGUAGE_MAX)
        self.language_edit.setPlaceholderText("en")
        self.language_edit.setToolTip(
            translate(
                "WorkshopDialog",
                "The workshop's language: its exports (poster, action list) are in this "
                "language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in "
                "a language Journeyline does not speak are in English.",
            )
        )
        self.language_combo.setToolTip(self.language_edit.toolTip())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("WorkshopDialog", "&Title:"), self.title_edit)
        form.addRow(translate("WorkshopDialog", "&Organisation:"), self.organisation_edit)
        form.addRow(translate("WorkshopDialog", "&Segment:"), self.segment_edit)
        form.addRow(translate("WorkshopDialog", "Business &goal:"), self.goal_edit)
        form.addRow(translate("WorkshopDialog", "&Notes:"), self.notes_edit)
        form.addRow(translate("WorkshopDialog", "&Language:"), self.language_combo)
        self.add_form(form, self.title_edit)
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #B00020;")
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict[str, str]:
        return {
            "title": self.title_edit.text(),
            "organisation": self.organisation_edit.text(),
            "segment": self.segment_edit.text(),
            "business_goal": self.goal_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "language": self.language(),
        }

    def language(self) -> str:
        """The chosen language's tag: "da" for "dansk (da)", or the tag typed."""
        text = self.language_edit.text().strip()
        at = self.language_combo.findText(text)
        return str(self.language_combo.itemData(at)) if at >= 0 else text

    def changes(self) -> dict[str, Any]:
        """The fields the user changed (a title differing only in spaces is not a change)."""
        values = self.values()
        changed = {k: v for k, v in values.items() if v != self._original[k]}
        if "title" in changed and changed["title"].strip() == self._original["title"]:
            del changed["title"]
        return changed

    def commit(self) -> str:
        changed = self.changes()
        if not changed:
            return ""
        return push_edit(self.editor, lambda: edits.update_workshop(**changed)).message

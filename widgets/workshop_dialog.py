"""The workshop's details: title, organisation, segment, business goal, notes and language.

OK saves the fields that changed as one undo step; a refused value (an empty title) keeps the
dialog open with the reason under the fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.editor import Editor
from app.translations import translate
from models import edits, rules
from widgets.panel_kit import FormDialog, push_edit


class WorkshopDialog(FormDialog):
    """Edit the workshop's details; ``accept()`` pushes one ``update_workshop`` edit."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent, "Workshop details", "workshop-dialog", 560)
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
        self.notes_edit.setMinimumHeight(120)
        self.language_edit = QLineEdit(workshop.language)
        self.language_edit.setObjectName("language-edit")
        self.language_edit.setMaxLength(rules.LANGUAGE_MAX)
        self.language_edit.setPlaceholderText("en")
        self.language_edit.setToolTip(
            translate(
                "WorkshopDialog",
                "The workshop's language as a language tag (en, nb-NO, de-CH, pt-BR); its exports "
                "will be in this language.",
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("WorkshopDialog", "&Title:"), self.title_edit)
        form.addRow(translate("WorkshopDialog", "&Organisation:"), self.organisation_edit)
        form.addRow(translate("WorkshopDialog", "&Segment:"), self.segment_edit)
        form.addRow(translate("WorkshopDialog", "Business &goal:"), self.goal_edit)
        form.addRow(translate("WorkshopDialog", "&Notes:"), self.notes_edit)
        form.addRow(translate("WorkshopDialog", "&Language:"), self.language_edit)
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
            "language": self.language_edit.text().strip(),
        }

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

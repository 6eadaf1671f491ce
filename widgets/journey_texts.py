"""The journey's own texts, which the client reads: its name, description and storyline.

One path for editing them, wherever the user does it: the Journeys panel's fields and the
dialog that a click on the map's title opens both push ``models.edits.update_journey``
through :func:`commit_journey_texts` (one undo step, on disk at once, refused with the rule's
sentence). Where the description is written, the placeholder is the guidance of the template
the journey follows (``models.templates``), never stored and never exported.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app import translations
from app.editor import Editor, Outcome
from app.translations import translate
from models import edits, rules, templates
from widgets.panel_kit import FormDialog, push_edit
from widgets.wrapped_text import wrap_at_width

TEXTS = ("name", "description", "storyline")


def description_placeholder(editor: Editor, journey_id: int | None) -> str:
    """What goes in a journey's description: its template's guidance, in the window's
    language, or a general hint for a journey that follows no template."""
    if journey_id is not None:
        phases = [p.name for p in editor.document.phases(journey_id)]
        template = templates.template_of(phases)
        if template is not None:
            guidance = templates.journey_guidance(template, translations.current())
            if guidance:
                return guidance
    return translate("JourneysPanel", "What this journey covers, in words the client will read.")


def storyline_placeholder() -> str:
    return translate("JourneysPanel", "The story of this journey as the room tells it.")


def commit_journey_texts(editor: Editor, journey_id: int, **values: str) -> Outcome:
    """Change some of a journey's name, description and storyline, as one undo step; a
    value that is already the journey's is left out, and nothing changed is no step."""
    journey = editor.document.journey(journey_id)
    if journey is None:
        return Outcome.refused(translate("JourneyTexts", "That journey no longer exists."))
    changed = {k: v for k, v in values.items() if k in TEXTS and v != getattr(journey, k)}
    if "name" in changed and changed["name"].strip() == journey.name:
        del changed["name"]
    if not changed:
        return Outcome(True)
    return push_edit(editor, lambda: edits.update_journey(journey_id, **changed))


class JourneyTextsDialog(FormDialog):
    """The journey's name, description and storyline, opened from the map's title; OK
    applies what changed as one undo step, Esc leaves everything as it was."""

    def __init__(self, editor: Editor, journey_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            translate("JourneyTextsDialog", "The journey on the map"),
            "journey-texts-dialog",
            520,
        )
        self.editor = editor
        self.journey_id = journey_id
        journey = editor.document.journey(journey_id)
        self.name_edit = QLineEdit(journey.name if journey else "")
        self.name_edit.setMaxLength(rules.NAME_MAX)
        self.description_edit = QPlainTextEdit(journey.description if journey else "")
        self.description_edit.setPlaceholderText(description_placeholder(editor, journey_id))
        self.storyline_edit = QPlainTextEdit(journey.storyline if journey else "")
        self.storyline_edit.setPlaceholderText(storyline_placeholder())
        for edit in (self.description_edit, self.storyline_edit):
            edit.setTabChangesFocus(True)
            wrap_at_width(edit)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        form = QFormLayout()
        form.addRow(translate("JourneyTextsDialog", "&Name:"), self.name_edit)
        form.addRow(translate("JourneyTextsDialog", "&Description:"), self.description_edit)
        form.addRow(translate("JourneyTextsDialog", "&Storyline:"), self.storyline_edit)
        self.add_form(form, self.name_edit)
        self._commit = lambda _dialog: self.apply()
        self.name_edit.selectAll()

    def apply(self) -> str:
        """Push what changed; "" when done, else the sentence why it was refused."""
        outcome = commit_journey_texts(
            self.editor,
            self.journey_id,
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText(),
            storyline=self.storyline_edit.toPlainText(),
        )
        return "" if outcome.applied else outcome.message

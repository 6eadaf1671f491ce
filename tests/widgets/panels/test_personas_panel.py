"""Persona cards: create, edit, assign to the journey on the map, delete (asking first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app.editor import Editor
from tests.widgets.panels.conftest import Answers
from widgets.personas_panel import PersonaDialog, PersonasPanel


def _ok(dialog: PersonaDialog, qtbot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_cards_show_the_personas(make, editor: Editor) -> None:
    panel = make(PersonasPanel, size=(420, 900))
    personas = editor.document.personas()
    assert panel.persona_ids() == [p.id for p in personas]
    kari = panel.card(personas[0].id)
    texts = " ".join(label.text() for label in kari.findChildren(QLabel))
    assert personas[0].name in texts and personas[0].goals[0] in texts
    assert personas[0].quote in texts
    # Kari is the persona of the journey on the map: her card says so.
    assert kari.findChild(QLabel, "current-badge") is not None
    assert panel.card(personas[1].id).findChild(QLabel, "current-badge") is None


def test_create_edit_and_assign_a_persona(make, qtbot, editor: Editor) -> None:
    panel = make(PersonasPanel, size=(420, 900))
    dialog = panel.new_persona()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Nora, the newcomer")
    dialog.color_edit.setText("#2e933c")
    dialog.description_edit.setPlainText("Just moved to Norway.")
    dialog.lists["goals"].setPlainText("Get power on the day I move in\n\n• Pay by app\n")
    dialog.lists["frustrations"].setPlainText("Forms in Norwegian only")
    qtbot.keyClicks(dialog.quote_edit, "Can I do this in English?")
    _ok(dialog, qtbot)

    nora = editor.document.personas()[-1]
    assert nora.name == "Nora, the newcomer"
    assert nora.color == "#2E933C"
    assert nora.goals == ["Get power on the day I move in", "Pay by app"]
    assert nora.frustrations == ["Forms in Norwegian only"]
    assert nora.needs == []
    assert nora.quote == "Can I do this in English?"
    assert editor.undo_stack.count() == 1
    assert panel.selected_persona_id() == nora.id
    assert nora.id in panel.persona_ids()

    # Edit: only the changed fields, one step.
    dialog = panel.edit_persona()
    assert dialog is not None and dialog.name_edit.text() == nora.name
    dialog.lists["needs"].setPlainText("Help in English")
    _ok(dialog, qtbot)
    assert editor.document.persona(nora.id).needs == ["Help in English"]
    assert editor.undo_stack.count() == 2

    # Assign to the journey on the map (Ctrl+Return on the panel), then take it away again.
    panel.card(nora.id).setFocus()
    assert panel.assign_button.text() == "Use for this journey"
    qtbot.keyClick(panel.card(nora.id), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    journey = editor.document.journey(editor.journey_id)
    assert journey.persona_id == nora.id
    assert panel.assign_button.text() == "Remove from this journey"
    assert panel.card(nora.id).findChild(QLabel, "current-badge") is not None
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert editor.document.journey(editor.journey_id).persona_id is None

    editor.undo()  # back to Nora
    assert editor.document.journey(editor.journey_id).persona_id == nora.id
    for _ in range(3):
        editor.undo()
    assert nora.id not in [p.id for p in editor.document.personas()]
    assert nora.id not in panel.persona_ids()


def test_refused_name_keeps_the_dialog_open(make, editor: Editor) -> None:
    panel = make(PersonasPanel)
    dialog = panel.new_persona()
    dialog.name_edit.setText("x" * 10)
    dialog.color_edit.setText("not a colour")
    dialog.accept()
    assert dialog.isVisible()
    assert "colour" in dialog.error_label.text()
    assert editor.undo_stack.count() == 0
    dialog.reject()


def test_delete_asks_when_a_journey_uses_it(make, qtbot, editor: Editor) -> None:
    answers = Answers(answer=False)
    panel = make(PersonasPanel, confirm=answers)
    kari, erik = editor.document.personas()
    assert not panel.delete_persona(kari.id)
    assert len(answers.asked) == 1 and "Onboarding today" in answers.asked[0][1]
    assert editor.undo_stack.count() == 0

    answers.answer = True
    panel.select_persona(kari.id)
    panel.card(kari.id).setFocus()
    qtbot.keyClick(panel.card(kari.id), Qt.Key.Key_Delete)
    assert [p.id for p in editor.document.personas()] == [erik.id]
    assert all(j.persona_id is None for j in editor.document.journeys())
    assert editor.undo_stack.count() == 1

    # A persona no journey uses goes without a question.
    asked = len(answers.asked)
    assert panel.delete_persona(erik.id)
    assert len(answers.asked) == asked
    editor.undo()
    editor.undo()
    assert [p.id for p in editor.document.personas()] == [kari.id, erik.id]
    assert editor.document.journey(editor.journey_id).persona_id == kari.id


def test_large_type(make) -> None:
    panel = make(PersonasPanel)
    normal = panel.new_button.font().pointSizeF()
    panel.set_projector_theme(True)
    panel.new_button.ensurePolished()
    assert panel.new_button.font().pointSizeF() > normal
    panel.set_projector_theme(False)

"""The workshop's details: one undo step on OK, only the fields that changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.editor import Editor
from widgets.workshop_dialog import WorkshopDialog


def test_ok_saves_changed_fields_as_one_step(make, qtbot, editor: Editor, tmp_path) -> None:
    dialog = make(WorkshopDialog, size=(600, 500))
    before = editor.document.workshop()
    assert dialog.title_edit.text() == before.title
    dialog.segment_edit.clear()
    qtbot.keyClicks(dialog.segment_edit, "Families moving house")
    dialog.notes_edit.setPlainText("Line one\nLine two = <b>not markup</b>")
    changed: list[object] = []
    editor.changed.connect(changed.append)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    after = editor.document.workshop()
    assert after.segment == "Families moving house"
    assert after.notes == "Line one\nLine two = <b>not markup</b>"
    assert after.title == before.title and after.organisation == before.organisation
    assert editor.undo_stack.count() == 1
    assert len(changed) == 1
    assert changed[0].changed_fields(type(after)) == {1: frozenset({"segment", "notes"})}
    editor.undo()
    assert editor.document.workshop().segment == before.segment


def test_nothing_changed_pushes_nothing(make, editor: Editor) -> None:
    dialog = make(WorkshopDialog)
    dialog.title_edit.setText(dialog.title_edit.text() + "  ")  # spaces only
    dialog.accept()
    assert editor.undo_stack.count() == 0


def test_empty_title_cannot_be_saved(make, editor: Editor) -> None:
    dialog = make(WorkshopDialog)
    dialog.title_edit.setText("   ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()  # even when forced, the rule refuses it and the dialog stays open
    assert dialog.error_label.isVisibleTo(dialog)
    assert "title" in dialog.error_label.text()
    assert editor.undo_stack.count() == 0


def test_the_language_is_a_language_tag(make, editor: Editor) -> None:
    dialog = make(WorkshopDialog)
    assert dialog.language_edit.text() == "English (en)" and dialog.language() == "en"
    dialog.language_edit.setText("norsk")
    dialog.accept()  # refused with the rule's sentence; the dialog stays open
    assert "language tag like en, nb-NO or pt-BR" in dialog.error_label.text()
    assert editor.undo_stack.count() == 0
    dialog.language_edit.setText(" nb-NO ")
    dialog.accept()
    assert editor.document.workshop().language == "nb-NO"
    assert editor.undo_stack.count() == 1


def test_the_language_is_chosen_by_its_own_name(make, editor: Editor) -> None:
    dialog = make(WorkshopDialog)
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names[:3] == ["English (en)", "svenska (sv)", "dansk (da)"]
    assert "norsk bokmål (nb)" in names and "suomi (fi)" in names
    dialog.language_combo.setCurrentIndex(names.index("dansk (da)"))
    dialog.accept()
    assert editor.document.workshop().language == "da"
    reopened = make(WorkshopDialog)
    assert reopened.language_combo.currentText() == "dansk (da)"

"""Clicking the map's title edits the journey's name, description and storyline (one undo
step, on disk at once, through the same door as the Journeys panel); template guidance is the
description's placeholder, never its text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from models import templates
from models.document import Document
from widgets.journey_texts import JourneyTextsDialog

GUIDANCE = "Add stations on the customer line"


def click_title(window) -> JourneyTextsDialog:
    view = window.view
    title = view.map_scene.title_item()
    assert title is not None and title.isVisible()
    view.ensureVisible(title.text_rect())
    spot = view.mapFromScene(title.text_rect().center())
    assert view.viewport().rect().contains(spot)
    assert "edit" in view.tooltip_at(view.mapToScene(spot)).lower()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    QApplication.processEvents()
    dialog = window.panels.journeys.dialog_slot.current
    assert isinstance(dialog, JourneyTextsDialog) and dialog.isVisible()
    return dialog


def ok(dialog: JourneyTextsDialog) -> None:
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    QApplication.processEvents()


def test_clicking_the_title_edits_the_journey_in_one_undo_step(window, workshop_path: Path):
    editor = window.editor
    jid = editor.journey_id
    before = editor.document.journey(jid)
    old = (before.name, before.description, before.storyline)
    steps = editor.undo_stack.count()

    dialog = click_title(window)
    assert dialog.name_edit.text() == old[0]
    assert dialog.name_edit.hasFocus()
    dialog.name_edit.selectAll()
    QTest.keyClicks(dialog.name_edit, "Moving house & <b>")
    dialog.name_edit.insert("åäø</b>")  # (QTest types ASCII only)
    dialog.description_edit.setFocus()
    dialog.description_edit.selectAll()
    QTest.keyClicks(dialog.description_edit, "From the first look to the keys.")
    dialog.storyline_edit.setFocus()
    QTest.keyClicks(dialog.storyline_edit, "Kari moves in May. ")
    ok(dialog)

    assert window.panels.journeys.dialog_slot.current is None, "closed"
    journey = editor.document.journey(jid)
    assert journey.name == "Moving house & <b>åäø</b>"
    assert journey.description == "From the first look to the keys."
    assert journey.storyline == "Kari moves in May. " + old[2]
    assert editor.undo_stack.count() == steps + 1, "one undo step for the three"
    assert window.view.map_scene.layout.title.lines == ("Moving house & <b>åäø</b>",)
    assert window.panels.journeys.description_edit.toPlainText() == journey.description

    window.action("undo").trigger()
    journey = editor.document.journey(jid)
    assert (journey.name, journey.description, journey.storyline) == old
    window.action("redo").trigger()
    window.close_workshop()  # the file on disk has it (every edit is written at once)
    with Document.open(workshop_path, readonly=True) as doc:
        assert doc.journey(jid).name == "Moving house & <b>åäø</b>"
        assert doc.journey(jid).description == "From the first look to the keys."


def test_escape_leaves_the_journey_as_it_was(window):
    editor = window.editor
    steps = editor.undo_stack.count()
    name = editor.document.journey(editor.journey_id).name
    dialog = click_title(window)
    QTest.keyClicks(dialog.name_edit, " and more")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert window.panels.journeys.dialog_slot.current is None
    assert editor.document.journey(editor.journey_id).name == name
    assert editor.undo_stack.count() == steps
    dialog = click_title(window)  # OK without a change: no undo step either
    ok(dialog)
    assert editor.undo_stack.count() == steps


def test_a_name_of_spaces_cannot_be_applied(window):
    dialog = click_title(window)
    dialog.name_edit.setText("   ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_clicking_elsewhere_above_the_map_opens_nothing(window):
    view = window.view
    title = view.map_scene.title_item()
    right = title.text_rect().right() + 200
    spot = view.mapFromScene(right, title.text_rect().center().y())
    if view.viewport().rect().contains(spot):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert window.panels.journeys.dialog_slot.current is None
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.panels.journeys.dialog_slot.current is None


def test_template_guidance_is_the_descriptions_placeholder(make_window, tmp_path: Path):
    window = make_window()
    assert window.workshop.create_from_template("lifecycle", tmp_path / "Kickoff")
    editor = window.editor
    journey = editor.document.journey(editor.journey_id)
    assert journey.description == "", "guidance is never stored"
    panel = window.panels.journeys
    assert GUIDANCE in panel.description_edit.placeholderText()
    dialog = click_title(window)
    assert GUIDANCE in dialog.description_edit.placeholderText()
    assert dialog.description_edit.toPlainText() == ""
    ok(dialog)
    assert editor.document.journey(journey.id).description == ""
    # A new journey from the onboarding template gets that template's guidance.
    new_id = panel.create_journey("onboarding", "First 90 days")
    assert new_id is not None
    assert panel.description_edit.placeholderText() == templates.journey_guidance("onboarding")


def test_a_journey_of_no_template_gets_the_general_hint(window):
    text = window.panels.journeys.description_edit.placeholderText()
    assert text and GUIDANCE not in text
    assert templates.template_of(p.name for p in window.view.map_scene.layout.phases) is None

"""Text the client reads is the user's: a new workshop is titled after the file typed, template
guidance never becomes the journey's description nor reaches the PDF, and a future journey's
label is not doubled ("… (future) (future journey)")."""

from __future__ import annotations

from pypdf import PdfReader

from exporters.poster_pdf import export_poster
from models import templates
from models.journey_ops import design_future_journey

GUIDANCE = "Add stations on the customer line"


def squash(text: str) -> str:
    return "".join(text.split())


def test_a_new_workshop_takes_its_title_from_the_file_name(window, tmp_path):
    assert window.workshop.create_from_template("lifecycle", tmp_path / "Kickoff Nordlys")
    assert window.editor.document.workshop().title == "Kickoff Nordlys"
    assert window.windowTitle().startswith("Kickoff Nordlys")


def test_template_guidance_is_a_placeholder_never_content(window, tmp_path):
    assert GUIDANCE in templates.journey_guidance("lifecycle")
    assert window.workshop.create_from_template("lifecycle", tmp_path / "fresh")
    document = window.editor.document
    journey = document.journey(window.editor.journey_id)
    assert journey is not None and GUIDANCE not in journey.description
    window.editor.push(design_future_journey(journey.id))
    out = tmp_path / "poster.pdf"
    export_poster(document, out)
    text = squash(" ".join(page.extract_text() or "" for page in PdfReader(out).pages))
    assert squash(GUIDANCE) not in text
    assert "(future)(futurejourney)" not in text.lower()
    assert squash(journey.name + " (future)") in text


def test_the_journeys_description_and_storyline_are_edited_in_the_journeys_panel(window, qtbot):
    from PySide6.QtCore import Qt

    panel = window.panels.journeys
    editor = window.editor
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.panels.show_panel("journeys")
    jid = editor.journey_id
    field = panel.description_edit
    assert field.isVisible() and field.placeholderText()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Moving house, as the client sees it & <b>")
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.journey(jid).description == "Moving house, as the client sees it & <b>"
    panel.storyline_edit.setFocus()
    panel.storyline_edit.selectAll()
    qtbot.keyClicks(panel.storyline_edit, "Kari moves in May.")
    qtbot.keyClick(panel.storyline_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.journey(jid).storyline == "Kari moves in May."
    window.action("undo").trigger()
    before = window.editor.document.journey(jid).storyline
    assert before != "Kari moves in May."
    assert panel.storyline_edit.toPlainText() == before

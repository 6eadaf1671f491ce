"""The undo stack speaks the window's language: Edit ▸ Undo names the edit in Swedish, with
the count's plural form; the names are declared once (``EditName`` where the edit is made)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app import translations
from models import edits
from models.edit_name import EditName


@pytest.fixture
def swedish(qapp):
    translations.install("sv")
    yield
    translations.install("en")


def _undo_text(window) -> str:
    return window.commands["undo"].text()


def test_undo_and_redo_name_the_edit_in_the_windows_language(swedish, make_window, workshop_path):
    window = make_window(workshop_path)
    editor = window.editor
    jid = editor.journey_id
    stations = editor.document.stations(jid)
    assert editor.push(edits.delete_stations([stations[0].id, stations[1].id])).applied
    assert _undo_text(window) == "Ångra: Ta bort 2 stationer"
    assert editor.push(edits.update_station(stations[2].id, title="Ny titel")).applied
    assert _undo_text(window) == "Ångra: Byt namn på station"
    assert editor.push(edits.update_station(stations[2].id, touchpoint="Webb")).applied
    touchpoint = QCoreApplication.translate("Fields", "touchpoint")
    assert touchpoint != "touchpoint"
    assert _undo_text(window) == f"Ångra: Redigera {touchpoint}"
    window.undo()
    assert window.commands["redo"].text() == f"Gör om: Redigera {touchpoint}"


@pytest.mark.parametrize(
    ("n", "english", "swedish_text"),
    [(1, "Move station", "Flytta station"), (3, "Move 3 stations", "Flytta 3 stationer")],
)
def test_an_edit_name_has_plural_forms(swedish, n, english, swedish_text):
    name = EditName("Move %n station(s)", n)
    assert name.english() == english
    assert translations.edit_text(name) == swedish_text


def test_user_text_in_a_name_is_shown_as_typed(swedish):
    """A name in braces or with % stays as typed: only the edit's own placeholders are filled."""
    edit = edits.add_phase(1, "{field} 100 % <b>")
    assert edit.label == "Add phase “{field} 100 % <b>”"
    assert translations.edit_text(edit.name) == "Lägg till fas ”{field} 100 % <b>”"


def test_every_edit_name_is_in_every_catalogue():
    """`update` lists each EditName("…") for lupdate: none is left untranslated."""
    import xml.etree.ElementTree as ET

    names = {text for context, text in translations.hidden_texts() if context == "Edits"}
    assert {"Move %n station(s)", "Rename station", "Paste %n station(s)"} <= names
    for code in translations.TRANSLATED:
        tree = ET.parse(translations.catalogue(code, ".ts"))
        found = {
            m.findtext("source")
            for c in tree.getroot().iter("context")
            if c.findtext("name") == "Edits"
            for m in c.iter("message")
        }
        assert names <= found, (code, names - found)


def test_the_undo_item_quotes_a_name_the_windows_way(qapp, make_window, workshop_path):
    """A phase's name in Edit ▸ Undo is a Quoted value: German marks in a German window,
    English marks in the English name (the command line's, ``str(edit.name)``)."""
    translations.install("de")
    try:
        window = make_window(workshop_path)
        edit = edits.add_phase(window.editor.journey_id, "Kauft")
        assert str(edit.name) == "Add phase “Kauft”"
        assert window.editor.push(edit).applied
        assert _undo_text(window) == "Rückgängig: Phase „Kauft“ hinzufügen"
    finally:
        translations.install("en")

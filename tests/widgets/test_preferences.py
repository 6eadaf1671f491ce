"""Edit ▸ Preferences…: the window's language, saved and used from the next start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app import translations
from app.settings import Settings
from widgets.preferences_dialog import PreferencesDialog


@pytest.fixture
def english():
    yield
    translations.install(translations.SOURCE_LANGUAGE)


def _choose(dialog, code: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))


def test_preferences_save_the_language_and_say_when_it_applies(window, qtbot):
    window.commands["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog, "preferences-dialog")
    qtbot.waitExposed(dialog)
    assert not dialog.note.isVisible()  # the system's language is the one in use
    _choose(dialog, "fi")
    assert dialog.note.isVisible()
    assert "next time" in dialog.note.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings().language() == "fi"
    assert translations.choose(Settings().language()) == "fi"


def test_cancel_keeps_the_language(window):
    Settings().set_language("de")
    dialog = window.show_preferences()
    assert dialog.language.currentData() == "de"
    _choose(dialog, "sv")
    dialog.reject()
    assert Settings().language() == "de"


def test_the_system_choice_is_saved_as_empty(window):
    Settings().set_language("nl")
    dialog = window.show_preferences()
    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert Settings().language() == ""


def test_the_window_opens_in_the_chosen_language(make_window, workshop_path, english):
    translations.install("de")
    window = make_window(workshop_path)
    titles = [menu.title() for menu in window.menus]
    assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert window.commands["preferences"].text().replace("&", "") == "Einstellungen…"
    assert window.commands["export"].toolTip().startswith("PDF-Poster")


@pytest.mark.parametrize("code", translations.TRANSLATED)
def test_the_note_says_when_the_language_applies_in_the_language_chosen_too(window, qtbot, code):
    """Whoever picks Suomi in an English window reads when it applies in English and Finnish."""
    from widgets.preferences_dialog import RESTART_NOTE, in_language

    window.commands["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog, "preferences-dialog")
    qtbot.waitExposed(dialog)
    _choose(dialog, code)
    chosen = in_language(code, "PreferencesDialog", RESTART_NOTE)
    assert chosen != RESTART_NOTE  # translated in every language
    assert dialog.note.isVisible()
    assert dialog.note.text().splitlines() == [RESTART_NOTE, chosen]
    dialog.reject()


def test_the_start_page_speaks_the_chosen_language(make_window, workshop_path, english):
    """Seen on a German screenshot: with no workshop open, its two buttons were English."""
    from PySide6.QtWidgets import QPushButton

    translations.install("de")
    window = make_window(workshop_path)
    window.close_workshop()
    assert window.centralWidget().currentWidget() is window.start_page
    texts = {b.text() for b in window.start_page.findChildren(QPushButton)}
    assert {"Öffnen…", "Neu aus Vorlage…"} <= texts

"""A problem with a workshop file or an export speaks the window's language: a German user who
opens a missing or hostile file, or saves a copy or exports into a read-only folder, reads one
German sentence that names the file, and the file is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import translations
from tests.hostile_files import CORPUS, age, fingerprint
from tests.read_only import read_only_folder
from tests.widgets.test_export_dialog import export_with_dialog
from widgets import message_box


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes the window shows, captured instead of shown modally."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(message_box, "warning", warning)
    return shown


def _open_with_the_menu(window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window.action("open").trigger()


def test_a_missing_file_is_said_in_german(
    german, make_window, workshop_path, monkeypatch, boxes, tmp_path
):
    window = make_window(workshop_path)
    missing = tmp_path / "verloren.journey"
    _open_with_the_menu(window, monkeypatch, missing)
    assert boxes == [
        ("Der Workshop konnte nicht geöffnet werden", "„verloren.journey“ existiert nicht.")
    ]
    assert not missing.exists()
    assert window.editor.document.path == workshop_path  # the open workshop stays


def test_a_missing_file_is_said_in_finnish(qapp, make_window, monkeypatch, boxes, tmp_path):
    translations.install("fi")
    try:
        window = make_window()
        _open_with_the_menu(window, monkeypatch, tmp_path / "kadonnut.journey")
        assert boxes == [
            ("Työpajaa ei voitu avata", "Tiedostoa ”kadonnut.journey” ei ole olemassa.")
        ]
    finally:
        translations.install("en")


def test_a_missing_file_is_quoted_the_french_way(qapp, make_window, monkeypatch, boxes, tmp_path):
    """The file's name is a Quoted value: the window's language sets the marks (French
    guillemets with no-break spaces), never English marks baked into the name."""
    translations.install("fr")
    try:
        window = make_window()
        _open_with_the_menu(window, monkeypatch, tmp_path / "perdu.journey")
        assert [text for _, text in boxes] == ["«\u00a0perdu.journey\u00a0» n’existe pas."]
    finally:
        translations.install("en")


@pytest.mark.parametrize(
    ("case", "german_sentence"),
    [
        (
            "trigger",
            "„{name}“ wurde außerhalb von Journeyline geändert und kann nicht "
            "verwendet werden: Sie enthält einen Trigger „wipe“, den Journeyline nicht anlegt.",
        ),
        (
            "missing index",
            "„{name}“ wurde außerhalb von Journeyline geändert und kann nicht "
            "verwendet werden: Der Index „ix_station_owner_id“ fehlt.",
        ),
    ],
)
def test_a_hostile_file_is_said_in_german_and_left_untouched(
    german, make_window, workshop_path, monkeypatch, boxes, tmp_path, case, german_sentence
):
    window = make_window(workshop_path)
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = CORPUS[case].make(folder, workshop_path.read_bytes())
    age(folder)
    before = fingerprint(folder)
    _open_with_the_menu(window, monkeypatch, path)
    assert boxes == [
        ("Der Workshop konnte nicht geöffnet werden", german_sentence.format(name=path.name))
    ]
    assert fingerprint(folder) == before  # every byte and mtime, no side file
    assert window.editor.document.path == workshop_path


def test_a_file_that_is_no_workshop_is_said_in_german(
    german, make_window, workshop_path, monkeypatch, boxes, tmp_path
):
    window = make_window(workshop_path)
    folder = tmp_path / "mail"
    folder.mkdir()
    zipped = folder / "Kundenreise.journey"
    zipped.write_bytes(b"PK\x03\x04" + bytes(300))
    age(folder)
    before = fingerprint(folder)
    _open_with_the_menu(window, monkeypatch, zipped)
    assert boxes == [
        (
            "Der Workshop konnte nicht geöffnet werden",
            "„Kundenreise.journey“ ist ein Zip-Archiv, keine Journeyline-Workshop-Datei.",
        )
    ]
    assert fingerprint(folder) == before


def test_a_copy_into_a_read_only_folder_is_said_in_german(
    german, make_window, workshop_path, monkeypatch, boxes, tmp_path
):
    window = make_window(workshop_path)
    folder = tmp_path / "gesperrt"
    folder.mkdir()
    original = workshop_path.read_bytes()
    target = folder / "Kopie.journey"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with read_only_folder(folder):
        window.action("save_copy").trigger()
        assert list(folder.iterdir()) == []
    assert boxes == [
        (
            "Die Kopie konnte nicht gespeichert werden",
            "„Kopie.journey“ konnte nicht geschrieben werden: der Ordner ist schreibgeschützt; "
            "es wurde nichts geschrieben.",
        )
    ]
    assert workshop_path.read_bytes() == original  # the workshop itself is untouched


def test_an_export_into_a_read_only_folder_is_said_in_german(
    german, make_window, workshop_path, qtbot, boxes, tmp_path
):
    window = make_window(workshop_path)
    folder = tmp_path / "gesperrt"
    folder.mkdir()
    original = workshop_path.read_bytes()
    with read_only_folder(folder):
        run = export_with_dialog(window, qtbot, "pdf", folder / "Poster.pdf", paper="A3")
        assert list(folder.iterdir()) == []
    assert run.outcome.state == "failed"
    assert run.outcome.sentence == (  # the English sentence, for the log
        "“Poster.pdf” could not be written: the folder is read-only; nothing was written."
    )
    assert boxes == [
        (
            "Export fehlgeschlagen",
            "„Poster.pdf“ konnte nicht geschrieben werden: der Ordner ist schreibgeschützt; "
            "es wurde nichts geschrieben.",
        )
    ]
    assert workshop_path.read_bytes() == original


# The English words of the sentences that named a bad value before they were nested sentences
# ("cannot be used: station 1's emotion is 99, but the emotion must be …").
ENGLISH_WORDS = {
    "cannot",
    "used",
    "station",
    "emotion",
    "must",
    "whole",
    "number",
    "from",
    "empty",
    "title",
    "refers",
    "phase",
    "exist",
    "file",
    "the",
    "but",
    "is",
    "be",
    "or",
    "to",
}


@pytest.mark.parametrize(
    ("case", "german_sentence"),
    [
        (
            "emotion 99",
            "„{name}“ kann nicht verwendet werden: Das Feld „Emotion“ von Station 1 enthält 99. "
            "Das Feld „Emotion“ muss eine ganze Zahl von -2 bis 2 sein oder leer bleiben.",
        ),
        (
            "empty title",
            "„{name}“ kann nicht verwendet werden: Das Feld „Titel der Station“ von Station 1 "
            "enthält „“. Das Feld „Titel der Station“ muss 1 bis 200 Zeichen lang sein.",
        ),
        (
            "dangling reference",
            "„{name}“ kann nicht verwendet werden: Station 1 verweist auf eine Phase, die nicht "
            "in der Datei ist.",
        ),
    ],
)
def test_a_bad_value_inside_a_file_is_said_wholly_in_german(
    german, make_window, workshop_path, monkeypatch, boxes, tmp_path, case, german_sentence
):
    """The row, the field, the value and the broken rule are each a declared sentence or
    phrase, written in the window's language: no English word is left in the German sentence."""
    window = make_window(workshop_path)
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = CORPUS[case].make(folder, workshop_path.read_bytes())
    age(folder)
    before = fingerprint(folder)
    _open_with_the_menu(window, monkeypatch, path)
    [(title, text)] = boxes
    assert title == "Der Workshop konnte nicht geöffnet werden"
    assert text == german_sentence.format(name=path.name)
    words = set(text.replace(path.name, "").replace(".", " ").replace(",", " ").split())
    assert not words & ENGLISH_WORDS, words & ENGLISH_WORDS
    assert fingerprint(folder) == before
    assert window.editor.document.path == workshop_path

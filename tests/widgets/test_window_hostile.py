"""Hostile, crashed and WAL-mode workshop files opened through the real window (File ▸ Open…)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import edits
from models.document import Document
from tests.hostile_files import (
    BIG_CHANGE,
    CORPUS,
    age,
    crash_mid_change,
    fingerprint,
    in_wal_mode,
    one_sentence_naming,
)
from widgets import message_box


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes the window shows, captured instead of shown modally."""
    shown: list[tuple[str, str, str]] = []

    def box(kind):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(message_box, "warning", box("warning"))
    monkeypatch.setattr(message_box, "information", box("information"))
    return shown


def _open_with_the_menu(window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window.action("open").trigger()


@pytest.mark.parametrize("case", ["trigger", "emotion 99", "hostile colour", "FIFO"])
def test_a_hostile_file_is_refused_and_the_open_workshop_stays(
    window, monkeypatch, boxes, tmp_path, workshop_path, case
):
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = CORPUS[case].make(folder, workshop_path.read_bytes())
    age(folder)
    before = fingerprint(folder)

    _open_with_the_menu(window, monkeypatch, path)

    ((kind, title, sentence),) = boxes
    assert (kind, title) == ("warning", "The workshop could not be opened")
    one_sentence_naming(sentence, path)
    assert CORPUS[case].says in sentence
    assert window.editor is not None and window.editor.document.path == workshop_path
    assert fingerprint(folder) == before


def test_a_crashed_workshop_opens_recovered_and_the_window_says_so(
    window, monkeypatch, boxes, tmp_path
):
    folder = tmp_path / "crashed"
    folder.mkdir()
    path = folder / "crashed.journey"
    shutil.copyfile(window.editor.document.path, path)
    crash_mid_change(path, "UPDATE workshop SET title = 'never committed'", *BIG_CHANGE)

    _open_with_the_menu(window, monkeypatch, path)

    ((kind, title, sentence),) = boxes
    assert (kind, title) == ("information", "The workshop was recovered")
    assert sentence.startswith("“crashed.journey” was not closed properly")
    assert "recovered it as it was before that change" in sentence
    assert window.editor.document.path == path
    assert window.editor.document.workshop().title != "never committed"
    assert "never committed" not in window.windowTitle()


def test_edits_to_a_wal_file_land_in_the_journey_itself(window, monkeypatch, boxes, tmp_path):
    folder = tmp_path / "wal"
    folder.mkdir()
    path = folder / "arrived.journey"
    shutil.copyfile(window.editor.document.path, path)
    in_wal_mode(path, "UPDATE workshop SET title = 'Written in WAL mode'")

    _open_with_the_menu(window, monkeypatch, path)
    assert boxes == []
    editor = window.editor
    assert editor.document.workshop().title == "Written in WAL mode"
    editor.push(edits.update_workshop(notes="edited in the window"))

    # No -wal: what a user emails while the window is open, the .journey alone, is complete.
    assert not [p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert path.read_bytes()[18:20] == b"\x01\x01", "the header still says WAL"
    emailed = tmp_path / "emailed.journey"
    shutil.copyfile(path, emailed)
    with Document.open(emailed, readonly=True) as copy:
        assert copy.workshop().notes == "edited in the window"
        assert copy.workshop().title == "Written in WAL mode"
